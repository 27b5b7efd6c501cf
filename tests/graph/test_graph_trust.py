"""Consensus, near-duplicates, contradicted comparisons, history (--as-of), named queries, shapes."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from graph_helpers import QWEN, GPQA, APACHE, score, source

from claimgraph.errors import QueryError
from claimgraph.graph.claims import claims_table, conflicts
from claimgraph.graph.named import bind_params, load_named, named_queries
from claimgraph.graph.similarity import similarity, text_signature
from claimgraph.model import Claim, Entity, Evidence, Extraction, RawDocument
from dataclasses import replace

ARTICLE = ("Alibaba released the Qwen 3.5 small models this week. The 9B model scored 81.7 on GPQA Diamond, "
           "well ahead of much larger open models, and the whole family ships under the Apache 2.0 licence. "
           "Independent testers confirmed the numbers on their own hardware over the weekend.")


def _statuses(store) -> dict:
    return {(r["source"], r["value"]): r["status"] for r in store.select(load_named("scores-of").text)}


def test_status_single_corroborated_contested(store):
    store.put_source(*source("/docs/a.txt", score(81.7), content=b"first article about something"))
    store.refresh_derived()
    assert set(_statuses(store).values()) == {"single-source"}
    store.put_source(*source("/docs/b.txt", score(81.72), content=b"another independent text entirely"))
    store.refresh_derived()
    assert set(_statuses(store).values()) == {"corroborated"}
    store.put_source(*source("/docs/c.txt", score(49.2), content=b"a third and different article"))
    store.refresh_derived()
    assert set(_statuses(store).values()) == {"contested"}
    [fact] = store.select("SELECT ?v ?n WHERE { ?f a cg:Fact ; cg:value ?v ; cg:independentSources ?n }")
    assert fact["n"] == 2 and fact["v"] in (81.7, 81.72)


def _with_text(source_id, text, *claims):
    raw, doc, extraction = source(source_id, *claims, content=text.encode())
    return raw, replace(doc, text=text), extraction


def test_syndicated_copy_is_not_independent(store):
    store.put_source(*_with_text("/docs/orig.txt", ARTICLE, score(81.7)))
    store.put_source(*_with_text("/docs/copy.txt", "Reposted from Example News. " + ARTICLE, score(81.7)))
    store.refresh_derived()
    assert set(_statuses(store).values()) == {"single-source"}
    [dup] = store.select("SELECT ?a ?b WHERE { ?a cg:duplicateOf ?b }")
    assert dup["a"] != dup["b"]


def test_signatures_separate_different_texts():
    a, b = text_signature(ARTICLE), text_signature("Reposted. " + ARTICLE)
    c = text_signature("Mistral released a model for code verification with a new licence and benchmark table.")
    assert similarity(a, b) >= 0.7 and similarity(a, c) < 0.2


def test_comparison_contradicted_by_scores(store):
    gpt = Entity("Model", "GPT-OSS-120B", known=True)
    text = "Qwen 3.5 9B beats GPT-OSS-120B on GPQA Diamond."
    beats = Claim("outperforms", "Qwen 3.5 9B", Evidence(text, 0, len(text)), object="GPT-OSS-120B", benchmark="GPQA Diamond")
    raw, doc, ex = source("/docs/a.txt", beats, score(49.2), score(80.1, subject="GPT-OSS-120B"))
    store.put_source(raw, doc, replace(ex, entities=ex.entities + (gpt,)))
    [found] = [c for c in conflicts(store) if c["kind"] == "outperforms"]
    assert found == {"kind": "outperforms", "subject": "Qwen 3.5 9B", "benchmark": "GPQA Diamond",
                     "objects": ["GPT-OSS-120B"], "sources": ["/docs/a.txt"]}


def test_comparison_agreeing_with_scores_is_fine(store):
    text = "Qwen 3.5 9B beats GPT-OSS-120B on GPQA Diamond."
    beats = Claim("outperforms", "Qwen 3.5 9B", Evidence(text, 0, len(text)), object="GPT-OSS-120B", benchmark="GPQA Diamond")
    store.put_source(*source("/docs/a.txt", beats, score(81.7), score(80.1, subject="GPT-OSS-120B")))
    assert conflicts(store) == []


def test_disagreements_materialised_with_claims_and_sources(store):
    store.put_source(*source("/docs/a.txt", score(49.2)))
    store.put_source(*source("/docs/b.txt", score(81.7)))
    store.refresh_derived()
    rows = store.select(load_named("disagreements").text)
    assert len(rows) == 1 and rows[0]["values"].split(" | ") == ["49.2", "81.7"] or \
        sorted(rows[0]["values"].split(" | ")) == ["49.2", "81.7"]
    assert store.select("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?d a cg:Disagreement ; cg:claim ?c }")[0]["n"] == 2


def _raw(source_id, claim, fetched):
    raw, doc, ex = source(source_id, claim)
    return replace(raw, fetched_at=fetched), doc, ex


def test_changed_article_keeps_old_revision_and_as_of_shows_it(store):
    store.put_source(*_raw("/docs/a.txt", score(49.2), "2026-03-01T10:00:00Z"))
    store.put_source(*_raw("/docs/a.txt", score(81.7), "2026-03-05T10:00:00Z"))
    assert [r["value"] for r in claims_table(store)] == [81.7]  # current only
    assert sorted(r["value"] for r in claims_table(store, all_revisions=True)) == [49.2, 81.7]
    text = load_named("scores-of").text
    before = store.select(text, default_graphs=store.graphs_as_of(datetime(2026, 3, 2, tzinfo=timezone.utc)))
    after = store.select(text, default_graphs=store.graphs_as_of(datetime(2026, 3, 6, tzinfo=timezone.utc)))
    assert [r["value"] for r in before] == [49.2] and [r["value"] for r in after] == [81.7]
    assert store.select(text, default_graphs=store.graphs_as_of(datetime(2026, 2, 1, tzinfo=timezone.utc))) == []
    revs = store.select(load_named("revisions").text)
    assert len(revs) == 2 and sum(r["superseded"] is not None for r in revs) == 1


def test_every_named_query_has_a_description_and_runs(store):
    store.put_source(*source("/docs/a.txt", score(81.7)))
    store.refresh_derived()
    names = {q.name for q in named_queries()}
    assert {"scores-of", "who-beats", "disagreements", "sources-of-claim", "labs-by-region", "licences",
            "region-specialization"} <= names
    for q in named_queries():
        assert q.description and all(p.type and p.help for p in q.params)
        store.select(q.text, default_graphs=store.current_graphs())


def test_named_parameter_resolves_label_case_insensitively(store):
    store.put_source(*source("/docs/a.txt", score(81.7), score(60.0, subject="Other 1B")))
    q = load_named("scores-of")
    bindings = bind_params(store, q, {"model": "qwen3.5-9b"})
    assert bindings["model"].value.endswith("/model/qwen3.59b")
    rows = store.select(q.text, bindings)
    assert {r["model_label"] for r in rows} == {"Qwen 3.5 9B"}


def test_named_parameter_resolves_an_alias(store):
    """A name that is not the entity's key ("Qwen Small Nine") is found among the aliases, spacing,
    '-' and case ignored; an alias of an entity of another type does not answer for a model."""
    raw, doc, ex = source("/docs/a.txt", score(81.7))
    aliased = replace(QWEN, aliases=("Qwen3.5-9B", "Qwen Small Nine"))
    store.put_source(raw, doc, replace(ex, entities=(aliased, replace(GPQA, aliases=("Google-Proof QA",)), APACHE)))
    q = load_named("scores-of")
    assert bind_params(store, q, {"model": "qwen small-nine"})["model"].value.endswith("/model/qwen3.59b")
    with pytest.raises(QueryError, match="no model"):
        bind_params(store, q, {"model": "google proof qa"})


def test_named_parameter_is_bound_not_pasted(store):
    store.put_source(*source("/docs/a.txt", score(81.7)))
    q = load_named("disagreements")
    rows = store.select(q.text, bind_params(store, q, {"kind": '" } } DROP ALL #'}))
    assert rows == [] and claims_table(store)


def test_named_parameter_errors(store):
    with pytest.raises(QueryError, match="no model"):
        bind_params(store, load_named("scores-of"), {"model": "Nothing Like It"})
    with pytest.raises(QueryError, match="unknown parameter"):
        bind_params(store, load_named("scores-of"), {"modle": "x"})
    with pytest.raises(QueryError, match="not found"):
        load_named("no-such-query")


def test_shapes_accept_stored_data_and_catch_a_broken_claim(store):
    from claimgraph.graph.shapes import validate_store
    store.put_source(*source("/docs/a.txt", score(81.7)))
    store.refresh_derived()
    assert validate_store(store) == []
    store._update('INSERT DATA { GRAPH <https://w3id.org/claimgraph/graph/x> { '
                  '<https://w3id.org/claimgraph/id/claim/bad> a cg:Claim ; cg:kind "rumour" } }')
    messages = validate_store(store)
    assert {v["focus"] for v in messages} == {"https://w3id.org/claimgraph/id/claim/bad"}
