"""Smoke tests of `claimgraph sources`, `update` and `schedule` (help) through the CLI."""
from __future__ import annotations

import sys

import pytest
from click.testing import CliRunner

from claimgraph.cli import COMMAND_MODULES
from claimgraph.cli.main import cli


@pytest.fixture(scope="module")
def runner():
    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(f"claimgraph.cli.{name}").register(cli)
    return CliRunner()


@pytest.mark.parametrize("args", [["sources", "--help"], ["sources", "add", "--help"], ["sources", "list", "--help"],
                                  ["sources", "remove", "--help"], ["update", "--help"], ["schedule", "--help"]])
def test_help(runner, args):
    result = runner.invoke(cli, args)
    assert result.exit_code == 0 and "Usage:" in result.output


def test_sources_add_list_update_remove(runner, home, tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMGRAPH_HOST_DELAY", "0")
    folder = tmp_path / "crawl"
    folder.mkdir()
    (folder / "a.txt").write_text("Qwen 3.5 9B scored 81.7 on GPQA Diamond.\n", encoding="utf-8")
    result = runner.invoke(cli, ["--home", str(home), "sources", "add", str(folder), "--name", "crawl"])
    assert result.exit_code == 0 and "added folder 'crawl'" in result.output
    again = runner.invoke(cli, ["--home", str(home), "sources", "add", str(folder)])
    assert again.exit_code == 2 and "is registered already" in again.output

    result = runner.invoke(cli, ["--home", str(home), "update", "--no-prefect"])
    assert result.exit_code == 0, result.output
    assert "crawl: 1 items, 1 new" in result.output and "update: 1 sources" in result.output

    listing = runner.invoke(cli, ["--home", str(home), "sources", "list"])
    assert "crawl\tfolder" in listing.output and "1 items" in listing.output and listing.output.rstrip().endswith("ok")

    assert "removed 'crawl'" in runner.invoke(cli, ["--home", str(home), "sources", "remove", "crawl"]).output
    assert "no sources registered" in runner.invoke(cli, ["--home", str(home), "sources", "list"]).output


def test_update_exit_code_is_1_when_a_source_fails(runner, home, tmp_path):
    page = tmp_path / "gone.txt"
    page.write_text("x", encoding="utf-8")
    runner.invoke(cli, ["--home", str(home), "sources", "add", str(page), "--kind", "page"])
    page.unlink()
    result = runner.invoke(cli, ["--home", str(home), "update", "--no-prefect"])
    assert result.exit_code == 1 and "failed   source '" in result.output


def test_commands_without_flows_do_not_import_prefect(tmp_path):
    import subprocess

    code = ("import sys; from claimgraph.cli import main; sys.argv=['claimgraph','--home',sys.argv[1],'sources','list'];"
            "\ntry: main()\nexcept SystemExit: pass\nassert 'prefect' not in sys.modules, 'prefect imported'")
    subprocess.run([sys.executable, "-c", code, str(tmp_path / "h")], check=True, capture_output=True)
