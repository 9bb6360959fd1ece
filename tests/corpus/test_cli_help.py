"""Every command says what it does, explains each argument and shows an example."""
from __future__ import annotations

import argparse
from importlib.metadata import version

import pytest

from checkout import run_cli
from vncorpus.corpus.cli import _parser


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"vncorpus {version('vncorpus')}"


@pytest.mark.parametrize("name", sorted(_subcommands()))
def test_subcommand_help_has_description_arguments_and_example(name):
    parser = _subcommands()[name]
    assert parser.description and parser.description.split("\n")[0].endswith(".")
    unexplained = [a.dest for a in parser._actions if a.dest != "help" and not a.help]
    assert unexplained == []
    help_text = run_cli(name, "--help").stdout
    examples = help_text.split("examples:\n", 1)[1].splitlines()
    assert examples and all(line.startswith(f"  vncorpus {name}") for line in examples if line.strip())


def test_top_level_help_lists_every_command():
    help_text = run_cli("--help").stdout
    assert all(f"    {name}" in help_text for name in _subcommands())


def test_documented_command_table_shows_every_command():
    from checkout import REPO

    page = (REPO / "docs" / "commands.md").read_text(encoding="utf-8")
    table = [line for line in page.splitlines() if line.startswith("| `vncorpus ")]
    assert all(any(line.startswith(f"| `vncorpus {name}") for line in table) for name in _subcommands())
    assert any(line.startswith("| `vncorpus --version`") for line in table)
