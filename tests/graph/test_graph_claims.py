"""The claims table contract and the conflicts report (GUIDELINES.md)."""
from __future__ import annotations

from graph_helpers import license_claim, score, source

from claimgraph.graph.claims import claims_table, conflicts, refresh_disagreements

GUIDELINE_FIELDS = ["source", "kind", "subject", "object", "benchmark", "value", "unit", "qualifier", "evidence"]


def test_claims_table_fields_exactly(store):
    store.put_source(*source("/docs/a.txt", score(81.7), score(81.7, subject="Qwen3.5-9B")))
    [row] = claims_table(store)  # two mentions of one claim in one source: one row
    assert list(row)[:9] == GUIDELINE_FIELDS and list(row)[9:] == ["method", "confidence"]
    assert row["source"] == "/docs/a.txt" and row["subject"] == "Qwen 3.5 9B"
    assert row["value"] == 81.7 and isinstance(row["value"], float) and row["object"] is None


def test_count_values_are_plain_numbers(store):
    from claimgraph.model import Claim, Evidence
    params = Claim("parameters", "Qwen 3.5 9B", Evidence("Qwen 3.5 9B", 0, 11), value=9e9)
    store.put_source(*source("/docs/a.txt", params))
    assert claims_table(store)[0]["value"] == 9000000000


def test_score_disagreement_across_sources(store):
    store.put_source(*source("/docs/001.txt", score(49.2)))
    store.put_source(*source("/docs/002.txt", score(81.7, subject="Qwen3.5-9B")))
    assert conflicts(store) == [{"kind": "score", "subject": "Qwen 3.5 9B", "benchmark": "GPQA Diamond",
                                 "qualifier": None, "values": [49.2, 81.7],
                                 "sources": ["/docs/001.txt", "/docs/002.txt"]}]


def test_rounding_is_not_a_disagreement(store):
    store.put_source(*source("/docs/a.txt", score(81.7)))
    store.put_source(*source("/docs/b.txt", score(81.72)))
    assert conflicts(store, 0.05) == []


def test_small_real_difference_is_a_disagreement(store):
    store.put_source(*source("/docs/a.txt", score(57.2, subject="GPT-5-Nano", benchmark="MMMU-Pro")))
    store.put_source(*source("/docs/b.txt", score(57.4, subject="GPT-5 Nano", benchmark="MMMU Pro")))
    [found] = conflicts(store, 0.05)
    assert found["values"] == [57.2, 57.4]


def test_different_qualifiers_are_never_compared(store):
    store.put_source(*source("/docs/a.txt", score(49.2, qualifier="pass@2")))
    store.put_source(*source("/docs/b.txt", score(81.7, qualifier="pass@16")))
    assert conflicts(store) == []
    store.put_source(*source("/docs/c.txt", score(60.0, qualifier="Pass @ 2")))  # same qualifier, normalised
    assert [c["values"] for c in conflicts(store)] == [[49.2, 60]]


def test_license_disagreement(store):
    store.put_source(*source("/docs/a.txt", license_claim("Apache-2.0")))
    store.put_source(*source("/docs/b.txt", license_claim("MIT")))
    store.put_source(*source("/docs/c.txt", license_claim("Apache-2.0")))
    assert conflicts(store) == [{"kind": "license", "subject": "Qwen 3.5 9B", "objects": ["Apache-2.0", "MIT"],
                                 "sources": ["/docs/a.txt", "/docs/b.txt", "/docs/c.txt"]}]


def test_release_month_agrees_with_a_day_in_it(store):
    from claimgraph.model import Claim, Evidence
    ev = Evidence("released", 0, 8)
    store.put_source(*source("/docs/a.txt", Claim("release", "Qwen 3.5 9B", ev, object="2026-03")))
    store.put_source(*source("/docs/b.txt", Claim("release", "Qwen 3.5 9B", ev, object="2026-03-01")))
    assert conflicts(store) == []
    store.put_source(*source("/docs/c.txt", Claim("release", "Qwen 3.5 9B", ev, object="2026-03-02")))
    assert conflicts(store)[0]["objects"] == ["2026-03", "2026-03-01", "2026-03-02"]


def test_disagreements_graph_follows_the_data(store):
    store.put_source(*source("/docs/a.txt", score(49.2)))
    store.put_source(*source("/docs/b.txt", score(81.7)))
    assert refresh_disagreements(store) == 1
    count = "SELECT (COUNT(?c) AS ?n) WHERE { GRAPH ?g { ?d a cg:Disagreement ; cg:claim ?c } }"
    assert store.select(count) == [{"n": 2}]
    store.put_source(*source("/docs/a.txt", score(81.7), content=b"corrected"))
    assert refresh_disagreements(store) == 0
    assert store.select(count) == [{"n": 0}]


def test_closing_after_changes_rewrites_disagreements(home):
    from claimgraph.graph.store import open_store
    with open_store(home) as store:
        store.put_source(*source("/docs/a.txt", score(49.2)))
        store.put_source(*source("/docs/b.txt", score(81.7)))
    with open_store(home) as store:
        rows = store.select("SELECT ?v WHERE { GRAPH ?g { ?d a cg:Disagreement ; cg:value ?v } } ORDER BY ?v")
        assert [r["v"] for r in rows] == [49.2, 81.7]
