"""The CLI reference in docs/ is the one the commands print."""

from pathlib import Path

from verdir.clidoc import render


def test_cli_reference_is_up_to_date():
    reference = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
    assert reference.read_text(encoding="utf-8") == render(), (
        "docs/cli.md is stale: run `python -m verdir.clidoc > docs/cli.md`")
