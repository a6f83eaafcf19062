"""The built add-in: VBA read back by olevba, package structure, ribbon, LibreOffice, determinism."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

import pytest

from verdir import __version__
from verdir.addin import build as build_module
from verdir.addin import buttons

ADDIN = Path(build_module.__file__).resolve().parent
CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
UI_NS = "{" + build_module.CUSTOM_UI_NAMESPACE + "}"


@pytest.fixture(scope="module")
def xlam(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_module.build(tmp_path_factory.mktemp("addin") / "verdir.xlam")


def vba_subs(source: str) -> set[str]:
    return set(re.findall(r"(?im)^\s*(?:Public\s+|Private\s+)?Sub\s+(\w+)\s*\(", source))


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # oletools' use of old pyparsing names
def test_vba_modules_read_back_by_olevba_equal_the_sources(xlam: Path):
    from oletools.olevba import VBA_Parser

    parser = VBA_Parser(str(xlam))
    try:
        extracted = {PurePosixPath(stream).name: code for _, stream, _, code in parser.extract_macros()}
    finally:
        parser.close()
    expected = build_module.expected_modules()
    assert set(expected) <= set(extracted)
    for name, source in expected.items():
        assert extracted[name] == source, name
    assert extracted["Verdir"] == (ADDIN / "Verdir.bas").read_bytes().decode("ascii")
    assert "Module1" not in extracted  # the quickstart's sample module is gone
    assert 'PROJECT_NAME As String = "verdir"' in extracted["xlwings"]
    assert "Function RunPython" in extracted["xlwings"] and "Class_Initialize" in extracted["Dictionary"]


def test_vba_project_is_version_ffff_without_cache_and_named(xlam: Path):
    from pyopenvba.cfb import CFB

    with zipfile.ZipFile(xlam) as package:
        cfb = CFB.from_bytes(package.read(build_module.VBA_PART))
    assert cfb.get_stream_in_storage("VBA", "_VBA_PROJECT") == b"\xcc\x61\xff\xff\x00"
    assert b'Name="VerdirAddin"' in cfb.get_stream("PROJECT")
    assert not [s for s in cfb.list_streams_in_storage("VBA") if s.startswith("__SRP_")]


def test_sources_are_ascii_crlf_and_version_matches_the_package():
    raw = (ADDIN / "Verdir.bas").read_bytes()
    raw.decode("ascii")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert f'VERDIR_ADDIN_VERSION As String = "{__version__}"'.encode() in raw


def test_every_part_has_a_content_type_and_every_relationship_a_target(xlam: Path):
    with zipfile.ZipFile(xlam) as package:
        names = package.namelist()
        types = ElementTree.fromstring(package.read("[Content_Types].xml"))
        defaults = {d.get("Extension").lower() for d in types.iter(f"{CT_NS}Default")}
        overrides = {o.get("PartName") for o in types.iter(f"{CT_NS}Override")}
        for name in names:
            if name == "[Content_Types].xml":
                continue
            assert f"/{name}" in overrides or name.rsplit(".", 1)[-1].lower() in defaults, name
        for part in overrides:
            assert part.lstrip("/") in names, part
        rels = [n for n in names if n.endswith(".rels")]
        assert "_rels/.rels" in rels
        for rel_part in rels:
            source_dir = PurePosixPath(rel_part).parent.parent
            for rel in ElementTree.fromstring(package.read(rel_part)).iter(f"{REL_NS}Relationship"):
                if rel.get("TargetMode") == "External":
                    continue
                target = rel.get("Target")
                absolute = target.startswith("/")
                resolved = PurePosixPath(target.lstrip("/")) if absolute else source_dir / target
                assert str(resolved) in names, (rel_part, target)
        root_rels = ElementTree.fromstring(package.read("_rels/.rels"))
        ui = [r for r in root_rels if r.get("Type") == build_module.CUSTOM_UI_RELATIONSHIP]
        assert [r.get("Target") for r in ui] == [build_module.CUSTOM_UI_PART]
        workbook = package.read("xl/workbook.xml").decode()
        assert 'name="_verdir.conf"' in workbook and "absPath" not in workbook
        assert 'ContentType="application/vnd.ms-excel.addin.macroEnabled.main+xml"' in package.read(
            "[Content_Types].xml").decode()


# The signature Office calls each callback attribute with, by element (see the RibbonX reference).
CALLBACK_SIGNATURES = {
    ("customUI", "onLoad"): r"\(ribbon As IRibbonUI\)",
    ("button", "onAction"): r"\(control As IRibbonControl\)",
    ("dropDown", "onAction"): r"\(control As IRibbonControl, id As String, index As Integer\)",
    ("dropDown", "getSelectedItemIndex"): r"\(control As IRibbonControl, ByRef index\)",
    ("dropDown", "getItemCount"): r"\(control As IRibbonControl, ByRef count\)",
    ("dropDown", "getItemLabel"): r"\(control As IRibbonControl, index As Integer, ByRef label\)",
}


def test_ribbon_xml_namespace_labels_and_callbacks_exist():
    root = ElementTree.parse(ADDIN / "customUI14.xml").getroot()
    assert root.tag == f"{UI_NS}customUI"
    tabs = list(root.iter(f"{UI_NS}tab"))
    assert [t.get("label") for t in tabs] == ["Verdir"]
    buttons_xml = list(root.iter(f"{UI_NS}button"))
    labels = {b.get("label") for b in buttons_xml}
    assert labels == {"Classer la sélection", "Reclasser la ligne", "Enregistrer les corrections",
                      "Appliquer au groupe", "Tableau de bord", "Glossaire", "Service",
                      "Cadre personnalisé…"}
    assert all(b.get("screentip") and b.get("supertip") for b in buttons_xml)
    [cadre] = root.iter(f"{UI_NS}dropDown")
    assert cadre.get("label") == "Cadre"
    assert [i.get("label") for i in cadre.iter(f"{UI_NS}item")] == ["ODD", "Annexe verte",
                                                                   "Cadre personnalisé"]
    source = (ADDIN / "Verdir.bas").read_text(encoding="ascii")
    subs = vba_subs(source)
    checked = 0
    for element in root.iter():
        tag = element.tag.removeprefix(UI_NS)
        for attribute, callback in element.attrib.items():
            if attribute != "onLoad" and not attribute.startswith(("on", "get")):
                continue
            signature = CALLBACK_SIGNATURES.get((tag, attribute))
            assert signature is not None, f"{tag}/@{attribute}: callback kind unknown to this test"
            assert callback in subs, callback
            assert re.search(rf"Sub {callback}{signature}", source), (callback, signature)
            checked += 1
    assert checked == 1 + len(buttons_xml) + 2
    ids = [b.get("id") for b in root.iter() if b.get("id")]
    assert len(ids) == len(set(ids))


def test_dropdown_reads_the_cell_where_python_keeps_the_choice():
    from verdir.addin import frameworks

    source = (ADDIN / "Verdir.bas").read_text(encoding="ascii")
    cell = f'Worksheets("{frameworks.SETTINGS_SHEET}").Range("{frameworks.SETTINGS_CELL}")'
    assert cell in source
    column = frameworks.SETTINGS_VALUE_COLUMN
    assert f"{chr(64 + column)}{frameworks.SETTINGS_ROW}" == frameworks.SETTINGS_CELL
    assert '"odd"' in source and f'"{frameworks.ANNEX}"' in source


def test_each_sub_runs_an_existing_button_function():
    source = (ADDIN / "Verdir.bas").read_text(encoding="ascii")
    called = re.findall(r'RunPython "import verdir\.addin\.buttons as b; b\.(\w+)\(addin_version=', source)
    assert len(called) == 9 == len(re.findall(r"RunPython \"", source))
    assert len(vba_subs(source)) == 11  # the 9 above, the ribbon's onLoad and the drop-down's index
    for name in called:
        assert callable(getattr(buttons, name))


def test_build_is_deterministic_across_processes(xlam: Path, tmp_path: Path):
    other = tmp_path / "again.xlam"
    subprocess.run([sys.executable, "-c", f"from verdir.addin.build import build; build({str(other)!r})"],
                   check=True, timeout=120)
    assert hashlib.sha256(other.read_bytes()).digest() == hashlib.sha256(xlam.read_bytes()).digest()


def test_cli_build(tmp_path: Path):
    from click.testing import CliRunner

    from verdir.addin.cli import addin

    target = tmp_path / "out" / "verdir.xlam"
    result = CliRunner().invoke(addin, ["build", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert "Complément construit" in result.output and zipfile.is_zipfile(target)


def test_libreoffice_opens_the_add_in_and_lists_its_modules(xlam: Path, tmp_path: Path):
    """LibreOffice imports the VBA project as Basic libraries: converting to .ods writes one
    Basic/<project>/<module>.xml per module, which we list."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice absent : lancez addin/ci_requirements.sh (paquet Debian libreoffice-calc)")
    env = {**os.environ, "HOME": str(tmp_path)}
    done = subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path / 'profile'}",
         "--infilter=Calc MS Excel 2007 VBA XML", "--convert-to", "ods", "--outdir", str(tmp_path),
         str(xlam)], capture_output=True, text=True, timeout=60, env=env, check=False)
    converted = tmp_path / "verdir.ods"
    assert converted.is_file(), done.stdout + done.stderr
    with zipfile.ZipFile(converted) as ods:
        modules = {PurePosixPath(n).stem for n in ods.namelist()
                   if n.startswith("Basic/VerdirAddin/") and n.endswith(".xml") and "script-" not in n}
        verdir_module = ods.read("Basic/VerdirAddin/Verdir.xml").decode("utf-8")
    assert modules == {"Verdir", "xlwings", "Dictionary", "ThisWorkbook", "Sheet2"}
    assert vba_subs(verdir_module) == vba_subs((ADDIN / "Verdir.bas").read_text(encoding="ascii"))
