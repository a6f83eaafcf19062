"""Generate the CLI reference (docs/cli.md) from the commands' own --help.

``python -m verdir.clidoc > docs/cli.md`` updates it; a test checks it is current.
"""

from __future__ import annotations

import click
from click.testing import CliRunner

from verdir.cli import cli


def _commands(group: click.Group, prefix: list[str]) -> list[list[str]]:
    found = [prefix]
    for name in sorted(group.commands):
        command = group.commands[name]
        if isinstance(command, click.Group):
            found += _commands(command, [*prefix, name])
        else:
            found.append([*prefix, name])
    return found


def render() -> str:
    runner = CliRunner()
    parts = ["# Référence des commandes `verdir`", "",
             "Générée depuis `--help` par `python -m verdir.clidoc > docs/cli.md`.", ""]
    for path in _commands(cli, []):
        result = runner.invoke(cli, [*path, "--help"], prog_name="verdir", terminal_width=100)
        title = " ".join(["verdir", *path])
        parts += [f"## {title}", "", "```", result.output.rstrip(), "```", ""]
    return "\n".join(parts)


if __name__ == "__main__":
    print(render(), end="")
