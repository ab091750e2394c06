"""Every command's ``--help`` runs and shows all of its own words: each option's and argument's
help text, and the command's description rewrapped to the terminal rather than cut where the
source line ended."""

from __future__ import annotations

import re

import click
import pytest
import typer
from typer.testing import CliRunner

from prospectus.cli import _register, app

_register()  # the commands join the app when their modules are imported, as `main` does
ROOT = typer.main.get_command(app)


Found = list[tuple[tuple[str, ...], click.Command]]


def _commands(group: click.Command, path: tuple[str, ...] = ()) -> Found:
    found = [(path, group)]
    for name, command in getattr(group, "commands", {}).items():
        found += _commands(command, (*path, name))
    return found


def _words(text: str) -> str:
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", text).split())


@pytest.mark.parametrize(
    ("path", "command"), _commands(ROOT), ids=lambda v: " ".join(v) if isinstance(v, tuple) else ""
)
def test_help_shows_every_parameter_help(path: tuple[str, ...], command: click.Command) -> None:
    result = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    shown = _words(result.output)
    for param in command.params:
        help_text = getattr(param, "help", None)
        if help_text:
            # the words appear in order; a line break may fall anywhere, but no word may be lost
            assert _words(help_text) in shown, (param.name, help_text)


def test_descriptions_are_rewrapped_to_the_terminal() -> None:
    result = CliRunner().invoke(app, ["extract", "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0
    paragraph = _words(result.output)
    assert "visible text separated and merged into records" in paragraph
    # the docstring breaks its line after "visible text"; at 100 columns the next words follow on
    assert any("visible text separated" in line for line in result.output.splitlines())
