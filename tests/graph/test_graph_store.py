"""The store: idempotent writes, replacement, removal, queries, the one-writer lock."""
from __future__ import annotations

import subprocess
import sys
import time

import pyoxigraph as ox
import pytest
from graph_helpers import license_claim, score, source

from claimgraph.config import Settings
from claimgraph.errors import QueryError, StoreLockedError
from claimgraph.graph.claims import claims_table
from claimgraph.graph.store import open_store
from claimgraph.graph.vocab import source_graph_iri


def test_same_source_twice_writes_once(store):
    data = source("/docs/a.txt", score(81.7))
    assert store.put_source(*data) is True
    before = set(store.quads())
    assert store.put_source(*data) is False
    assert set(store.quads()) == before
    assert store.source_state("/docs/a.txt") == (data[0].sha256, "1")


def test_new_extractor_version_rewrites_without_duplicates(store):
    store.put_source(*source("/docs/a.txt", score(81.7)))
    assert store.put_source(*source("/docs/a.txt", score(81.7), version="2")) is True
    assert len(claims_table(store)) == 1
    assert store.source_state("/docs/a.txt")[1] == "2"


def test_changed_content_replaces_the_graph(store):
    store.put_source(*source("/docs/a.txt", score(49.2), license_claim("MIT")))
    assert store.put_source(*source("/docs/a.txt", score(81.7))) is True
    rows = claims_table(store)
    assert [(r["kind"], r["value"]) for r in rows] == [("score", 81.7)]
    graph = ox.NamedNode(str(source_graph_iri("/docs/a.txt")))
    assert not any("49.2" in str(q.object) for q in store.quads(graph.value))
    # the earlier revision is kept aside, and listed only on request
    assert sorted(r["value"] for r in claims_table(store, all_revisions=True) if r["kind"] == "score") == [49.2, 81.7]
    store.put_source(*source("/docs/b.txt", score(60.0)))
    stats = store.stats()
    assert stats["sources"] == 2 == len(store.sources())  # the kept revision is not a source
    assert stats["claims"] == {"score": 2}, stats  # nor its claims


def test_spellings_of_one_model_are_one_entity(store):
    store.put_source(*source("/docs/a.txt", score(81.7, subject="Qwen3.5-9B")))
    store.put_source(*source("/docs/b.txt", score(81.7, subject="Qwen 3.5 9B")))
    assert store.stats()["entities"]["Model"] == 1


def test_raw_copy_and_sources_listing(store, home):
    raw, doc, extraction = source("/docs/a.txt", score(81.7))
    store.put_source(raw, doc, extraction)
    assert (home / "raw" / raw.sha256).read_bytes() == raw.content
    assert store.raw_document("/docs/a.txt").content == raw.content
    [listed] = store.sources()
    assert listed["source"] == "/docs/a.txt" and listed["claims"] == 1 and listed["sha256"] == raw.sha256


def test_remove_source(store, home):
    raw, doc, extraction = source("/docs/a.txt", score(81.7))
    store.put_source(raw, doc, extraction)
    assert store.remove_source("/docs/a.txt", purge=True) is True
    assert claims_table(store) == [] and store.sources() == []
    assert not (home / "raw" / raw.sha256).exists()
    assert store.remove_source("/docs/a.txt") is False


def test_background_is_not_in_the_claims_table(store):
    store.put_source(*source("/docs/a.txt", score(81.7)))
    assert [r["kind"] for r in claims_table(store)] == ["score"]
    lab = store.select("SELECT ?lab WHERE { GRAPH <https://w3id.org/claimgraph/graph/background> "
                      "{ ?m cg:developedBy ?l . ?l skos:prefLabel ?lab } }")
    assert lab == [{"lab": "Alibaba"}]


def test_query_with_bindings(store):
    store.put_source(*source("/docs/a.txt", score(81.7), score(30.1, benchmark="HLE")))
    sparql = ("SELECT DISTINCT ?benchmark ?value WHERE { GRAPH ?g { ?c cg:benchmark ?b ; cg:value ?value . "
              "?b skos:prefLabel ?benchmark } }")
    assert store.select(sparql, {"benchmark": "HLE"}) == [{"benchmark": "HLE", "value": 30.1}]
    # a hostile string is substituted as a literal, never pasted into the SPARQL text
    assert store.select(sparql, {"benchmark": '" } } DROP ALL ; #'}) == []
    assert len(claims_table(store)) == 2


def test_malformed_sparql_is_a_query_error(store):
    with pytest.raises(QueryError, match=r"1:\d+"):
        store.select("SELECT ?x WHERE { ?x ?y }")


def test_lock_held_by_another_process(home):
    home.mkdir(parents=True)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from claimgraph.graph.store import open_store\n"
         f"s = open_store({str(home)!r}); print('ready', flush=True); time.sleep(30)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        started = time.monotonic()
        with pytest.raises(StoreLockedError, match=rf"in use by pid {holder.pid} .*wait for it to finish"):
            open_store(home, Settings(lock_timeout=0.3))
        assert time.monotonic() - started >= 0.3
    finally:
        holder.kill()
        holder.wait()
    with open_store(home, timeout=2) as store:  # released when the holder dies
        assert store.sources() == []


def test_query_returns_pyoxigraph_terms(store):
    store.put_source(*source("/docs/a.txt", score(81.7)))
    [solution] = store.query("SELECT DISTINCT ?label WHERE { ?m a cg:Model ; skos:prefLabel ?label }")
    assert solution["label"].value == "Qwen 3.5 9B"
    assert bool(store.query("ASK { ?c a cg:ScoreClaim }"))


def _labels(store) -> dict:
    from claimgraph.graph.vocab import CG, LABELS_GRAPH
    out = {}
    for q in store.quads_matching(None, ox.NamedNode(str(CG.label)), None, str(LABELS_GRAPH)):
        out.setdefault(q.subject.value, []).append(q.object.value)
    return out


def test_one_label_per_entity_however_many_sources_name_it(store):
    from claimgraph.graph.named import load_named
    store.put_source(*source("/docs/a.txt", score(81.7, subject="Qwen3.5-9B")))
    store.put_source(*source("/docs/b.txt", score(81.7, subject="Qwen 3.5 9B")))
    labels = _labels(store)
    assert labels["https://w3id.org/claimgraph/id/model/qwen3.59b"] == ["Qwen 3.5 9B"]  # the gazetteer's
    assert all(len(v) == 1 for v in labels.values())
    rows = store.select(load_named("scores-of").text, default_graphs=store.current_graphs())
    assert len(rows) == 2 and {r["model_label"] for r in rows} == {"Qwen 3.5 9B"}  # one row per claim


def test_labels_of_entities_no_graph_names_are_removed(store):
    store.put_source(*source("/docs/a.txt", score(40.1, subject="Zeta Model 7B")))
    store.put_source(*source("/docs/b.txt", score(40.1, subject="Zeta Model 7B")))
    zeta = "https://w3id.org/claimgraph/id/model/zetamodel7b"
    assert _labels(store)[zeta] == ["Zeta Model 7B"]
    store.remove_source("/docs/a.txt", purge=True)
    assert zeta in _labels(store)  # b.txt still names it
    store.remove_source("/docs/b.txt", purge=True)
    assert zeta not in _labels(store) and "https://w3id.org/claimgraph/id/model/qwen3.59b" in _labels(store)


def test_a_store_without_labels_gets_them_when_opened(home):
    from claimgraph.graph.vocab import LABELS_GRAPH
    with open_store(home, Settings(lock_timeout=0.5)) as store:
        store.put_source(*source("/docs/a.txt", score(81.7)))
        expected = _labels(store)
        store._update(f"DROP GRAPH <{LABELS_GRAPH}>")  # as written before the labels graph existed
        assert _labels(store) == {}
    with open_store(home, Settings(lock_timeout=0.5)) as store:
        assert _labels(store) == expected and [r["subject"] for r in claims_table(store)] == ["Qwen 3.5 9B"]


def test_current_scope_is_the_union_until_a_revision_is_kept(store):
    """Queries of current data use the union of every graph (no list of graphs to build) while no
    earlier revision exists; once one does, the list of current graphs, which leaves it out."""
    store.put_source(*source("/docs/a.txt", score(81.7)))
    store.put_source(*source("/docs/b.txt", score(49.2)))
    assert store.current_scope() is None
    store.put_source(*source("/docs/a.txt", score(82.0), content=b"a changed text"))
    scope = store.current_scope()
    assert scope == store.current_graphs() and not any("/rev/" in g for g in scope)
    values = {r["v"] for r in store.select("SELECT ?v WHERE { ?c a cg:ScoreClaim ; cg:value ?v }", default_graphs=scope)}
    assert values == {82.0, 49.2}


def test_opening_keeps_only_the_newest_rocksdb_logs(home):
    """RocksDB rotates its info log on every open and keeps up to 1,000; the writer keeps ten."""
    from claimgraph.graph.store import KEEP_ROCKSDB_LOGS

    with open_store(home, Settings(lock_timeout=0.5)) as store:
        store.put_source(*source("/docs/a.txt", score(81.7)))
    folder = home / "store"
    for stamp in range(1795457389300000, 1795457389300000 + 30):
        (folder / f"LOG.old.{stamp}").write_text("old log")
    with open_store(home, Settings(lock_timeout=0.5)) as store:
        assert store.select("SELECT ?s WHERE { ?s a cg:Source }")
    left = sorted(p.name for p in folder.glob("LOG.old.*"))
    assert len(left) == KEEP_ROCKSDB_LOGS
    assert f"LOG.old.{1795457389300000 + 29}" in left and f"LOG.old.{1795457389300000}" not in left
    assert (folder / "CURRENT").exists()  # RocksDB's own files are untouched
