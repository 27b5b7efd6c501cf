"""The ingest path end to end without Prefect: samples -> store -> SPARQL -> exports."""
from __future__ import annotations

import json

import pytest

from claimgraph.config import Settings
from claimgraph.flows.pipeline import ingest, reextract
from claimgraph.graph import open_store

WHO_BEATS = """
SELECT DISTINCT ?winner ?benchmark WHERE {
  ?c a cg:OutperformsClaim ; cg:subject ?w ; cg:object ?l .
  ?w skos:prefLabel ?winner . ?l skos:prefLabel "GPT-OSS-120B" .
  OPTIONAL { ?c cg:benchmark/skos:prefLabel ?benchmark }
}"""


def all_quads(home):
    with open_store(home, Settings()) as store:
        return {str(q) for q in store.quads()}


@pytest.fixture
def ingested(home, sample_paths):
    report = ingest(sample_paths, home, Settings())
    assert not report.failed, [r.error for r in report.failed]
    return report


def test_samples_are_ingested_with_claims(ingested, sample_paths):
    assert ingested.count("added") == len(sample_paths) >= 6
    assert ingested.claims > 50


def test_reingest_adds_nothing(home, ingested, sample_paths):
    before = all_quads(home)
    assert before, "the first run added quads"
    again = ingest(sample_paths, home, Settings())
    assert again.count("unchanged") == len(sample_paths)
    assert all_quads(home) == before


def test_a_rerun_that_changes_nothing_finishes_a_killed_runs_refresh(home, sample_paths):
    """Sources written by a run killed before its refresh: re-running it finds them unchanged, and
    still brings the derived graphs (consensus, disagreements) up to date."""
    from claimgraph.flows.pipeline import extract_batch, fetch_batch, load_batch
    from claimgraph.extractors import load_gazetteer

    settings = Settings()
    load_batch(extract_batch(fetch_batch(sample_paths, settings), load_gazetteer(home)), home, settings)
    assert (home / "derived.pending").exists()  # written, not refreshed: as if killed there
    again = ingest(sample_paths, home, settings)
    assert again.count("unchanged") == len(sample_paths)
    assert not (home / "derived.pending").exists()
    with open_store(home, settings) as store:
        assert store.select("SELECT ?d WHERE { ?d a cg:Disagreement } LIMIT 1")


def test_relative_and_absolute_path_are_one_source(home, tmp_path, monkeypatch, sample_paths):
    article = tmp_path / "a.txt"
    article.write_text("Alibaba's Qwen 3.5 9B scored 81.7 on GPQA Diamond.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    ingest(["./a.txt"], home, Settings())
    second = ingest([str(article)], home, Settings())
    assert second.count("unchanged") == 1


def test_query_who_beats_gpt_oss(home, ingested):
    with open_store(home, Settings()) as store:
        rows = {(s["winner"].value, s["benchmark"].value if s["benchmark"] else None) for s in store.query(WHO_BEATS)}
    assert ("Qwen 3.5 9B", "GPQA Diamond") in rows


def test_bad_sources_fail_alone_and_change_nothing(home, ingested, tmp_path, sample_paths):
    before = all_quads(home)
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    report = ingest([str(tmp_path / "missing.html"), str(binary), str(empty), sample_paths[0]], home, Settings())
    assert len(report.failed) == 3
    assert all(r.error and "source '" in r.error for r in report.failed)
    assert report.count("unchanged") == 1
    assert all_quads(home) == before


def test_changed_article_replaces_its_claims(home, tmp_path):
    article = tmp_path / "news.txt"
    article.write_text("Qwen 3.5 9B scored 81.7 on GPQA Diamond.\n", encoding="utf-8")
    ingest([str(article)], home, Settings())
    article.write_text("Qwen 3.5 9B scored 49.2 on GPQA Diamond.\n", encoding="utf-8")
    report = ingest([str(article)], home, Settings())
    assert report.count("updated") == 1
    from claimgraph.graph.claims import claims_table

    with open_store(home, Settings()) as store:
        values = {r["value"] for r in claims_table(store) if r["kind"] == "score"}
    assert values == {49.2}


def test_reextract_is_idempotent(home, ingested):
    before = all_quads(home)
    report = reextract(home, Settings())
    assert not report.failed
    assert all_quads(home) == before


def test_exports_are_written(home, ingested):
    from claimgraph.cli.summary import write_default_exports

    paths = write_default_exports(home, Settings())
    claims = [json.loads(line) for line in paths[0].read_text(encoding="utf-8").splitlines()]
    assert {"source", "kind", "subject", "object", "benchmark", "value", "unit", "qualifier", "evidence"} <= set(claims[0])
    assert all(p.stat().st_size > 0 for p in paths)
