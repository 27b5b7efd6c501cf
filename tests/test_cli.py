"""Smoke tests of every CLI command, in process (click's runner) and once as the installed script."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.cli import COMMAND_MODULES, main  # noqa: F401  (main registers the commands)
from claimgraph.cli.main import cli

SCRIPT = Path(sys.executable).with_name("claimgraph")


def run(*args, home=None, ok=True):
    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(f"claimgraph.cli.{name}").register(cli)
    result = CliRunner().invoke(cli, ([f"--home={home}"] if home else []) + list(args), catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def loaded(home, sample_paths):
    run("ingest", "--no-prefect", *sample_paths, home=home)
    return home


def test_every_command_has_help():
    result = run("--help")
    for command in ("ingest", "export", "query", "stats", "remove", "reextract", "demo", "eval"):
        assert command in result.output
        assert "Usage" in run(command, "--help").output


def test_export_claims_jsonl_and_csv(loaded):
    lines = run("export", "claims", "--format", "jsonl", home=loaded).stdout.splitlines()
    rows = [json.loads(line) for line in lines]
    assert rows and all(r["kind"] and r["evidence"] for r in rows)
    csv_out = run("export", "claims", "--format", "csv", home=loaded).stdout
    assert csv_out.splitlines()[0].startswith("source,kind,subject,object,benchmark,value,unit,qualifier,evidence")


def test_export_conflicts_finds_the_samples_contradictions(loaded):
    rows = [json.loads(line) for line in run("export", "conflicts", home=loaded).stdout.splitlines()]
    scores = {(r["subject"], r["benchmark"]): sorted(r["values"]) for r in rows if r["kind"] == "score"}
    assert scores[("Qwen 3.5 9B", "GPQA Diamond")] == [49.2, 81.7]


def test_export_rdf_and_graph_files(loaded, tmp_path):
    import networkx as nx
    import rdflib

    run("export", "rdf", "--format", "turtle", "-o", str(tmp_path / "g.ttl"), home=loaded)
    assert len(rdflib.Graph().parse(tmp_path / "g.ttl")) > 100
    run("export", "gexf", "-o", str(tmp_path / "g.gexf"), home=loaded)
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() > 10
    run("export", "graphml", "-o", str(tmp_path / "g.graphml"), home=loaded)
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_edges() > 10


def test_query_formats_and_errors(loaded):
    sparql = "SELECT ?kind (COUNT(*) AS ?n) WHERE { ?c cg:kind ?kind } GROUP BY ?kind ORDER BY ?kind"
    table = run("query", sparql, home=loaded).stdout
    assert "score" in table
    data = json.loads(run("query", sparql, "--format", "json", home=loaded).stdout)
    assert data["head"]["vars"] == ["kind", "n"]
    bad = run("query", "SELECT WHERE {", home=loaded, ok=False)
    assert bad.exit_code == 2 and "error:" in bad.output and "Traceback" not in bad.output


def test_stats_and_remove(loaded, sample_paths):
    assert "sources: " in run("stats", home=loaded).stdout
    run("remove", sample_paths[0], home=loaded)
    assert f"sources: {len(sample_paths) - 1}" in run("stats", home=loaded).stdout
    missing = run("remove", sample_paths[0], home=loaded, ok=False)
    assert missing.exit_code == 2 and "not in the store" in missing.output


def test_ingest_failure_exit_code(home, tmp_path, sample_paths):
    result = run("ingest", "--no-prefect", str(tmp_path / "nope.html"), sample_paths[0], home=home, ok=False)
    assert result.exit_code == 1
    assert "nope.html" in result.output and "1 added" in result.output


def test_eval_command_on_samples(home, sample_paths):
    from importlib import resources

    gold = Path(str(resources.files("claimgraph.samples"))) / "gold"
    out = run("eval", "--gold", str(gold), *sample_paths, home=home).stdout
    assert "headline" in out


def test_installed_script_runs_the_prefect_flow(home, sample_paths, prefect_home):
    """The console script, a real Prefect flow run (ephemeral server) and progress on stderr."""
    env = dict(os.environ, CLAIMGRAPH_HOME=str(home), PREFECT_HOME=str(prefect_home))
    done = subprocess.run([str(SCRIPT), "ingest", "--prefect", sample_paths[0]], env=env, capture_output=True,
                          text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert "added" in done.stderr and "claims" in done.stderr
    assert (prefect_home / "prefect.db").exists() or any(prefect_home.iterdir()), "no Prefect state written"


def test_ingest_runs_plain_steps_unless_a_prefect_server_is_configured(home, tmp_path, monkeypatch):
    """Auto: no flow (and no 10-20 s ephemeral-server start) unless a Prefect server is configured
    and the run has SMALL_RUN sources or more."""
    from claimgraph.cli.ingest import wants_prefect
    from claimgraph.cli.main import Context

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    ctx = Context(str(home), debug=False, verbose=False)
    assert wants_prefect(None, ctx) is False
    assert wants_prefect(True, ctx) is True
    home.mkdir(parents=True, exist_ok=True)
    (home / "prefect-server.json").write_text('{"api_url": "http://127.0.0.1:4200/api"}', encoding="utf-8")
    assert wants_prefect(None, ctx) is True
    # a small run stays plain even so (a flow costs ~4.5 s before any work); a folder counts its files
    articles = tmp_path / "articles"
    articles.mkdir()
    for i in range(12):
        (articles / f"a{i}.txt").write_text(f"article {i}", encoding="utf-8")
    assert wants_prefect(None, ctx, [str(articles / "a0.txt")]) is False
    assert wants_prefect(True, ctx, [str(articles / "a0.txt")]) is True
    assert wants_prefect(None, ctx, [str(articles)]) is True
    (home / "config.toml").write_text('prefect = "never"\n', encoding="utf-8")
    assert wants_prefect(None, ctx) is False


def test_query_and_export_do_not_import_prefect(loaded):
    code = ("import sys; from claimgraph.cli import main; sys.argv=['claimgraph','export','claims'];\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\nassert 'prefect' not in sys.modules, 'prefect imported'")
    done = subprocess.run([sys.executable, "-c", code], env=dict(os.environ, CLAIMGRAPH_HOME=str(loaded)),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
