"""`verdir addin install`: where the add-in and its settings go, with a fake home folder."""

from __future__ import annotations

import zipfile
from pathlib import Path, PureWindowsPath

import pytest
from click.testing import CliRunner

from verdir.addin import install
from verdir.addin.cli import addin


def test_windows_plan_uses_xlstart_profile_conf_and_pythonw(tmp_path: Path):
    plan = install.plan("windows", tmp_path, r"C:\Verdir\.venv\Scripts\python.exe", environ={})
    xlstart = tmp_path / "AppData" / "Roaming" / "Microsoft" / "Excel" / "XLSTART"
    assert plan.addin_target == xlstart / "verdir.xlam"
    assert plan.config_file == tmp_path / ".verdir" / "verdir.conf"
    assert PureWindowsPath(plan.config["INTERPRETER_WIN"]) == PureWindowsPath(
        r"C:\Verdir\.venv\Scripts\pythonw.exe")
    assert plan.applescript is None


def test_windows_plan_honours_appdata_and_userprofile(tmp_path: Path):
    env = {"APPDATA": str(tmp_path / "roaming"), "USERPROFILE": str(tmp_path / "profile")}
    plan = install.plan("windows", tmp_path / "ignored", r"C:\Python311\pythonw.exe", environ=env)
    assert plan.addin_target.parent == tmp_path / "roaming" / "Microsoft" / "Excel" / "XLSTART"
    assert plan.config_file == tmp_path / "profile" / ".verdir" / "verdir.conf"
    assert plan.config["INTERPRETER_WIN"] == r"C:\Python311\pythonw.exe"


def test_mac_plan_uses_the_sandboxed_folders(tmp_path: Path):
    plan = install.plan("mac", tmp_path, "/Users/anne/verdir/.venv/bin/python", environ={})
    office = tmp_path / "Library" / "Group Containers" / "UBF8T346G9.Office"
    startup = office / "User Content.localized" / "Startup.localized" / "Excel"
    assert plan.addin_target == startup / "verdir.xlam"
    data = tmp_path / "Library" / "Containers" / "com.microsoft.Excel" / "Data"
    assert plan.config_file == data / "verdir.conf"
    assert plan.config["INTERPRETER_MAC"] == "/Users/anne/verdir/.venv/bin/python"
    assert plan.applescript.parent == tmp_path / "Library" / "Application Scripts" / "com.microsoft.Excel"
    assert plan.applescript.name.startswith("xlwings-") and plan.applescript.suffix == ".applescript"


def test_install_copies_a_fresh_add_in_and_merges_settings(tmp_path: Path):
    conf = tmp_path / ".verdir" / "verdir.conf"
    conf.parent.mkdir(parents=True)
    conf.write_bytes(b'"SHOW CONSOLE","True"\r\n"INTERPRETER_WIN","C:\\old\\python.exe"\r\n')
    done = install.install("windows", tmp_path, r"C:\Verdir\.venv\Scripts\python.exe", environ={})
    assert zipfile.is_zipfile(done.addin_target)
    text = conf.read_bytes().decode("cp1252")
    assert text == ('"SHOW CONSOLE","True"\r\n"INTERPRETER_WIN","C:\\Verdir\\.venv\\Scripts\\pythonw.exe"\r\n'
                    '"ADD_WORKBOOK_TO_PYTHONPATH","False"\r\n')


def test_install_on_mac_also_installs_the_applescript(tmp_path: Path):
    done = install.install("mac", tmp_path, "/opt/verdir/bin/python", environ={})
    assert done.applescript is not None and done.applescript.is_file()
    assert done.addin_target.is_file()
    assert '"INTERPRETER_MAC","/opt/verdir/bin/python"' in done.config_file.read_text(encoding="utf-8")


def test_config_refuses_quotes_and_unencodable_paths(tmp_path: Path):
    with pytest.raises(install.InstallError, match="Guillemet"):
        install.config_text({"INTERPRETER_WIN": 'C:\\a"b'})
    with pytest.raises(install.InstallError, match="sans accents"):
        install.write_config(tmp_path / "x.conf", {"INTERPRETER_WIN": "C:\\Users\\Алла\\python.exe"},
                             "windows")


def test_linux_without_platform_is_refused_in_french(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(install, "current_platform", lambda: None)
    with pytest.raises(install.InstallError, match="Windows ou macOS"):
        install.install()


def test_cli_install_prints_what_to_do_about_blocked_macros(tmp_path: Path):
    result = CliRunner().invoke(addin, ["install", "--platform", "windows", "--home", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "Complément Verdir installé" in result.output
    assert "Débloquer" in result.output and "Emplacements approuvés" in result.output
    assert "verdir addin install" in result.output
    result = CliRunner().invoke(addin, ["install", "--platform", "mac", "--home", str(tmp_path)])
    assert result.exit_code == 0 and "Automatisation" in result.output
