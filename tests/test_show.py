"""`claimgraph show MODEL`, `query --list/--name/--param/--as-of` and `validate` through the CLI."""
from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent / "graph"))
from graph_helpers import license_claim, score, source  # noqa: E402

from claimgraph.cli import COMMAND_MODULES  # noqa: E402
from claimgraph.cli.main import cli  # noqa: E402
from claimgraph.config import Settings  # noqa: E402
from claimgraph.graph.store import open_store  # noqa: E402
import importlib  # noqa: E402

for _name in COMMAND_MODULES:
    importlib.import_module(f"claimgraph.cli.{_name}").register(cli)


def _home(tmp_path):
    home = tmp_path / "home"
    with open_store(home, Settings(lock_timeout=1)) as store:
        raw, doc, ex = source("/docs/a.txt", score(49.2), license_claim("Apache-2.0"))
        store.put_source(replace(raw, fetched_at="2026-03-01T08:00:00Z"), doc, ex)
        raw, doc, ex = source("/docs/a.txt", score(50.0), license_claim("Apache-2.0"))
        store.put_source(replace(raw, fetched_at="2026-03-04T08:00:00Z"), doc, ex)
        store.put_source(*source("/docs/b.txt", score(81.7)))
    return str(home)


def test_show_model(tmp_path):
    out = CliRunner().invoke(cli, ["--home", _home(tmp_path), "show", "qwen3.5-9B"])
    assert out.exit_code == 0, out.output
    assert "Qwen 3.5 9B" in out.output and "license" in out.output and "Apache-2.0" in out.output
    assert "GPQA Diamond" in out.output and "contested" in out.output and "disagreements:" in out.output


def test_query_list_name_param_as_of(tmp_path):
    home, runner = _home(tmp_path), CliRunner()
    listed = runner.invoke(cli, ["--home", home, "query", "--list"])
    assert "scores-of" in listed.output and "--param model=<model>" in listed.output
    now = runner.invoke(cli, ["--home", home, "query", "--name", "scores-of", "--param", "model=Qwen 3.5 9B", "--format", "csv"])
    assert "50" in now.output and "49.2" not in now.output
    then = runner.invoke(cli, ["--home", home, "query", "--as-of", "2026-03-01", "--name", "scores-of",
                               "--param", "model=Qwen 3.5 9B", "--format", "csv"])
    assert "49.2" in then.output and "81.7" not in then.output, then.output


def test_validate_passes_on_stored_data(tmp_path):
    out = CliRunner().invoke(cli, ["--home", _home(tmp_path), "validate"])
    assert out.exit_code == 0 and "0 violation(s)" in out.output


def test_help_of_new_commands():
    for command in ("serve", "show", "validate", "query"):
        assert CliRunner().invoke(cli, [command, "--help"]).exit_code == 0
