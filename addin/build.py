"""``verdir addin build``: dist/verdir.xlam from text sources, on any OS, byte for byte reproducible.

Ingredients, none of xlwings' files copied into the repository:
- the quickstart add-in template of the INSTALLED xlwings (``quickstart_addin.xlam``): the package
  (workbook, theme, styles, the ``_myaddin.conf`` settings sheet) and its VBA project;
- xlwings' own VBA from the installed package: ``xlwings_custom_addin.bas`` (RunPython & co, with
  its ``PROJECT_NAME`` set to ``verdir`` so that its settings file is ``%USERPROFILE%\\.verdir\\
  verdir.conf``) and ``addin/Dictionary.cls`` (needed on the Mac);
- our sources in ``addin/``: ``Verdir.bas`` (one callback per ribbon button) and ``customUI14.xml``.

The VBA project is rewritten with pyopenvba; then every module is source-only and the
``_VBA_PROJECT`` stream carries version 0xFFFF and no performance cache, so Office compiles the
project from source on first open whatever its version. The customUI part is added with its
relationship. Zip entries have a fixed order, date and compression: the same inputs give the
same bytes.
"""

from __future__ import annotations

import importlib.util
import io
import re
import shutil
import struct
import tempfile
import zipfile
from pathlib import Path
from xml.etree import ElementTree

ADDIN_DIR = Path(__file__).resolve().parent
REPO_DIR = ADDIN_DIR.parent
DEFAULT_OUTPUT = REPO_DIR / "dist" / "verdir.xlam"

TEMPLATE = "quickstart_addin.xlam"
XLWINGS_MODULE = "xlwings_custom_addin.bas"
DICTIONARY_CLASS = "addin/Dictionary.cls"
TEMPLATE_MODULE_TO_DROP = "Module1"
OUR_MODULES = ("Verdir",)  # addin/<name>.bas
CONFIG_NAME = "verdir"  # xlwings' PROJECT_NAME: verdir.conf file/sheet
PROJECT_NAME = "VerdirAddin"  # the VBA project's name (must differ from every module's)

CUSTOM_UI_SOURCE = ADDIN_DIR / "customUI14.xml"
CUSTOM_UI_PART = "customUI/customUI14.xml"
CUSTOM_UI_NAMESPACE = "http://schemas.microsoft.com/office/2009/07/customui"
CUSTOM_UI_RELATIONSHIP = "http://schemas.microsoft.com/office/2007/relationships/ui/extensibility"
RELS_NAMESPACE = "http://schemas.openxmlformats.org/package/2006/relationships"
VBA_PART = "xl/vbaProject.bin"
VBA_PROJECT_STREAM = b"\xcc\x61\xff\xff\x00"  # Reserved1 0x61CC, Version 0xFFFF, Reserved2 0
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


class BuildError(RuntimeError):
    pass


# ------------------------------------------------------------------------------ sources
def xlwings_dir() -> Path:
    """Folder of the installed xlwings package (found without importing it)."""
    spec = importlib.util.find_spec("xlwings")
    if spec is None or not spec.submodule_search_locations:
        raise BuildError("xlwings n'est pas installé dans cet environnement.")
    return Path(next(iter(spec.submodule_search_locations)))


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


def xlwings_module_source() -> str:
    text = (xlwings_dir() / XLWINGS_MODULE).read_text(encoding="latin-1")
    patched, count = re.subn(r'(Public Const PROJECT_NAME As String = )"[^"]*"', rf'\1"{CONFIG_NAME}"', text)
    if count != 1:
        raise BuildError(f"PROJECT_NAME introuvable dans {XLWINGS_MODULE} de xlwings.")
    return crlf(patched)


def our_module_source(name: str) -> str:
    text = (ADDIN_DIR / f"{name}.bas").read_bytes()
    try:
        decoded = text.decode("ascii")
    except UnicodeDecodeError as error:
        raise BuildError(f"{name}.bas doit être en ASCII (les accents vont dans customUI14.xml).") from error
    return crlf(decoded)


def expected_modules() -> dict[str, str]:
    """Standard modules of the built project and their exact source (what olevba must read back)."""
    modules = {"xlwings": xlwings_module_source()}
    modules.update({name: our_module_source(name) for name in OUR_MODULES})
    return modules


# ------------------------------------------------------------------------------ build
def build(output: Path = DEFAULT_OUTPUT) -> Path:
    from pyopenvba import ExcelFile, VBAModuleKind

    template = xlwings_dir() / TEMPLATE
    if not template.is_file():
        raise BuildError(f"Modèle d'add-in xlwings introuvable : {template}")
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "template.xlam"
        rewritten = Path(tmp) / "rewritten.xlam"
        shutil.copyfile(template, work)
        with ExcelFile(work) as book:
            project = book.vba_project()
            names = book.module_names()
            if TEMPLATE_MODULE_TO_DROP in names:
                project.delete_module(TEMPLATE_MODULE_TO_DROP)
            for name, source in expected_modules().items():
                if name in names:
                    book.set_module(name, source)
                else:
                    project.add_module(name, source, kind=VBAModuleKind.standard)
            dictionary = (xlwings_dir() / DICTIONARY_CLASS).read_text(encoding="latin-1")
            book.set_module("Dictionary", crlf(dictionary))
            for name in names:  # rewrite the rest too: every module stream source-only, no old p-code
                if name not in (TEMPLATE_MODULE_TO_DROP, "Dictionary", *expected_modules()):
                    book.set_module(name, book.get_module(name))
            book.save(rewritten, allow_invalidate_signature=True)
        package = _finish_package(rewritten.read_bytes())
    partial = output.with_suffix(".xlam.part")
    partial.write_bytes(package)
    partial.replace(output)
    return output


def _finish_package(data: bytes) -> bytes:
    parts: dict[str, bytes] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        order = [info.filename for info in source.infolist()]
        for name in order:
            parts[name] = source.read(name)
    parts[VBA_PART] = _finish_vba_project(parts[VBA_PART])
    parts["xl/workbook.xml"] = _finish_workbook_xml(parts["xl/workbook.xml"])
    parts["_rels/.rels"] = _with_custom_ui_relationship(parts["_rels/.rels"])
    parts[CUSTOM_UI_PART] = CUSTOM_UI_SOURCE.read_bytes()
    ordered = ["[Content_Types].xml", "_rels/.rels", *[n for n in order if n not in (
        "[Content_Types].xml", "_rels/.rels")], CUSTOM_UI_PART]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for name in ordered:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            target.writestr(info, parts[name], compresslevel=9)
    return buffer.getvalue()


def _finish_vba_project(data: bytes) -> bytes:
    from pyopenvba.cfb import CFB

    cfb = CFB.from_bytes(data)
    cfb.write_stream_in_storage("VBA", "_VBA_PROJECT", VBA_PROJECT_STREAM)
    _rename_project(cfb, PROJECT_NAME)
    return cfb.to_bytes()


def _rename_project(cfb, name: str) -> None:  # noqa: ANN001 - pyopenvba.cfb.CFB
    """Rename the VBA project in the PROJECT stream and in the dir stream's PROJECTNAME record."""
    from pyopenvba.vba import compress, decompress

    project = cfb.get_stream("PROJECT")
    project, count = re.subn(rb'(?m)^Name="[^"\r\n]*"', b'Name="' + name.encode("ascii") + b'"', project)
    if count != 1:
        raise BuildError("Nom du projet VBA introuvable dans le flux PROJECT.")
    cfb.write_stream("PROJECT", project)

    raw = decompress(cfb.get_stream_in_storage("VBA", "dir"), stream_name="dir")
    position = 0
    while position + 6 <= len(raw):
        record_id, size = struct.unpack_from("<HI", raw, position)
        if record_id == 0x0004:  # PROJECTNAME
            encoded = name.encode("ascii")
            raw = (raw[:position] + struct.pack("<HI", 0x0004, len(encoded)) + encoded
                   + raw[position + 6 + size:])
            cfb.write_stream_in_storage("VBA", "dir", compress(raw))
            return
        if record_id == 0x0009:  # PROJECTVERSION: Reserved(4) MajorVersion(4) MinorVersion(2)
            position += 12
            continue
        position += 6 + size
    raise BuildError("Enregistrement PROJECTNAME introuvable dans le flux dir.")


def _finish_workbook_xml(data: bytes) -> bytes:
    text = data.decode("utf-8")
    # The template's settings sheet, renamed for Verdir and left inactive (leading underscore):
    # the per-user settings file written by `verdir addin install` holds the interpreter.
    text, count = re.subn(r'name="_myaddin\.conf"', f'name="_{CONFIG_NAME}.conf"', text)
    if count != 1:
        raise BuildError("Feuille « _myaddin.conf » introuvable dans le modèle xlwings.")
    # Drop the absolute path of the machine the template was saved on.
    text = re.sub(r"<mc:AlternateContent[^>]*><mc:Choice Requires=\"x15\"><x15ac:absPath[^>]*/>"
                  r"</mc:Choice></mc:AlternateContent>", "", text)
    return text.encode("utf-8")


def _with_custom_ui_relationship(data: bytes) -> bytes:
    ElementTree.register_namespace("", RELS_NAMESPACE)
    root = ElementTree.fromstring(data)
    for child in list(root):
        if child.get("Type") in (CUSTOM_UI_RELATIONSHIP,
                                 "http://schemas.microsoft.com/office/2006/relationships/ui/extensibility"):
            root.remove(child)
    ids = {child.get("Id") for child in root}
    number = 1
    while f"rId{number}" in ids:
        number += 1
    ElementTree.SubElement(root, f"{{{RELS_NAMESPACE}}}Relationship",
                           {"Id": f"rId{number}", "Type": CUSTOM_UI_RELATIONSHIP, "Target": CUSTOM_UI_PART})
    return b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + ElementTree.tostring(root)
