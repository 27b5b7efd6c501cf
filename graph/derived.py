"""Keeping the derived graphs (consensus and disagreements) up to date, incrementally.

Both graphs are functions of the current claims grouped by *key* (kind, subject, benchmark): a fact
(consensus.py) and a disagreement group (claims.py) read only the claims of one key (the qualifier
and, for comparisons, the object split a key further, never across keys), plus the scores that
contradict a comparison ("X beats Y on B" reads the keys (score, X, B) and (score, Y, B)) and which
sources are near-duplicates of each other.

So after a batch, `refresh_incremental` recomputes only the keys the batch touched: those of the
claims the written sources now have, those of the claims they had before (journaled by the Store
before each write), the comparisons depending on touched scores, and the keys of every source whose
near-duplicate representative changed. Old facts and disagreements of those keys are deleted and the
new ones inserted in ONE SPARQL update (one transaction). The cost follows the batch, not the store.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterator

import pyoxigraph as ox

from claimgraph.graph.claims import (chunks, claim_rows_of, claims_by_partition, comparison_conflicts, comparison_rows,
                                     conflicts_of_rows, disagreement_quads, iri, keys_of)
from claimgraph.graph.consensus import (duplicate_quads, fact_quads_for, independent_sources, independent_sources_after,
                                        iter_fact_quads)
from claimgraph.graph.rdf import node
from claimgraph.graph.store import Store, load_query
from claimgraph.graph.vocab import CG, CONSENSUS_GRAPH, DISAGREEMENTS_GRAPH, GRAPH, ID, RDF, slot_iri

Key = tuple[str, str, str]  # (kind, subject IRI, benchmark IRI or "")


def refresh_full(store: Store, tolerance: float) -> int:
    """Recompute both derived graphs from every claim. Returns the number of disagreements.

    The labels graph is made whole first (a store written before it existed gets one). The quads are
    streamed to the store in chunks (`Store.write_graphs`): the consensus graph of 10,000 articles is
    about 1.7 million quads, which held as Python objects alone would pass the 1 GiB memory goal."""
    store.refresh_labels()
    representative = independent_sources(store)

    def derived() -> Iterator[ox.Quad]:
        comparisons = []  # a key's comparison may be contradicted by scores of another subject: kept apart
        for rows in claims_by_partition(store):
            yield from iter_fact_quads(rows, representative, tolerance)
            for conflict in conflicts_of_rows(rows, keys_of(rows), tolerance, comparisons=False):
                yield from disagreement_quads(conflict)
            comparisons += comparison_rows(rows)
        yield from duplicate_quads(representative)
        yield from (q for conflict in comparison_conflicts(comparisons, tolerance) for q in disagreement_quads(conflict))

    store.write_graphs([str(CONSENSUS_GRAPH), str(DISAGREEMENTS_GRAPH)], derived())
    return count_disagreements(store)


def refresh_incremental(store: Store, sources: set[str], stale: set[tuple], tolerance: float) -> int:
    """Recompute the facts and disagreements of the keys touched by `sources` (IRIs written or removed)
    and `stale` (keys of the claims they replaced). Returns the number of disagreements in the store."""
    old_rep = _stored_representatives(store)
    representative = independent_sources_after(store, sources, old_rep)
    moved = {s for s in set(representative) | set(old_rep)
             if representative.get(s, s) != old_rep.get(s, s)}
    keys = {tuple(k) for k in stale} | slots_of_sources(store, sorted(sources | moved))
    keys |= _dependent_comparisons(store, keys)
    rows = claim_rows(store, keys)
    support = claim_rows(store, _comparison_scores(rows, keys) - keys)  # scores read, not rewritten
    new = []
    for slot_rows in _by_key(rows, keys).values():
        new += fact_quads_for(slot_rows, representative, tolerance)
    new += [q for c in conflicts_of_rows(rows + support, keys, tolerance) for q in disagreement_quads(c)]
    new += duplicate_quads({s: r for s, r in representative.items() if s in moved or s in sources})
    old = _derived_quads_of(store, keys) + _duplicate_quads_of(store, moved | sources)
    store.replace_quads(old, new)
    return count_disagreements(store)


def count_disagreements(store: Store) -> int:
    """The disagreements in the store, counted by the store (listing them as quads took 0.27 s at
    10,000 articles, a third of the refresh after one new article; COUNT takes 6 ms)."""
    rows = store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {iri(str(DISAGREEMENTS_GRAPH))} {{ ?d a cg:Disagreement }} }}")
    return int(rows[0]["n"]) if rows else 0


def slots_of_sources(store: Store, sources: list[str]) -> set[Key]:
    """The keys of the claims in the current graphs of `sources` (source IRIs)."""
    keys: set[Key] = set()
    for chunk in chunks(sources):
        sources = " ".join(iri(s) for s in chunk)
        graphs = " ".join(iri(_graph_of(s)) for s in chunk)
        text = (load_query("derived_slots").replace("#VALUES", f"VALUES ?src {{ {sources} }}")
                .replace("#GRAPHS", f"VALUES ?g {{ {graphs} }}"))
        keys |= {(r["kind"], r["s"], r["b"] or "") for r in store.select(text)}
    return keys


def claim_rows(store: Store, keys: set[Key]) -> list[dict]:
    """Every current claim of the keys, with what consensus and disagreements read (derived_claims.rq).

    Each claim carries its key as one IRI (`cg:slot`), so a key's claims are one index lookup. Binding
    (kind, subject[, benchmark]) instead read every claim of the subject for each key: 15 ms a key at
    10,000 articles (800 claims per model), 1.4 s of the 2.7 s refresh after one new article."""
    values = [" ".join(iri(str(slot_iri(k, s, b))) for k, s, b in chunk) for chunk in chunks(sorted(keys))]
    return claim_rows_of(store, [f"VALUES ?slot {{ {line} }}" for line in values], "?claim cg:slot ?slot .")


def _dependent_comparisons(store: Store, keys: set[Key]) -> set[Key]:
    """Comparisons a touched unqualified score may contradict: X beats Y on B reads (score, X, B) and
    (score, Y, B), so a touched (score, S, B) touches (outperforms, S, B) and (outperforms, X, B) for
    every X said to beat S on B."""
    scores = sorted({(s, b) for kind, s, b in keys if kind == "score" and b})
    out = {("outperforms", s, b) for s, b in scores}
    for chunk in chunks(scores):
        values = " ".join(f"({iri(s)} {iri(b)})" for s, b in chunk)
        text = load_query("derived_beaten").replace("#VALUES", f"VALUES (?y ?b) {{ {values} }}")
        out |= {("outperforms", r["x"], r["b"]) for r in store.select(text)}
    return out


def _comparison_scores(rows: list[dict], keys: set[Key]) -> set[Key]:
    """The score keys the touched comparisons read."""
    out = set()
    for r in rows:
        if r["kind"] == "outperforms" and r["b"] and ("outperforms", r["s"], r["b"]) in keys and r["o"]:
            out |= {("score", r["s"], r["b"]), ("score", r["o"], r["b"])}
    return out


def _by_key(rows: list[dict], keys: set[Key]) -> dict[Key, list[dict]]:
    grouped: dict[Key, list[dict]] = defaultdict(list)
    for r in rows:
        key = (r["kind"], r["s"], r["b"] or "")
        if key in keys:
            grouped[key].append(r)
    return grouped


def _derived_quads_of(store: Store, keys: set[Key]) -> list[ox.Quad]:
    """The stored facts and disagreements of the keys, with their claims' statuses: what is replaced."""
    nodes = set()
    for chunk in chunks(sorted(keys)):
        values = " ".join(iri(str(slot_iri(k, s, b))) for k, s, b in chunk)
        text = load_query("derived_nodes").replace("#VALUES", f"VALUES ?slot {{ {values} }}")
        nodes |= {r["d"] for r in store.select(text) if (r["kind"], r["s"], r["b"] or "") in keys}
    if store.embedded:
        return _quads_of_nodes(store, nodes)
    quads = []
    for chunk in chunks(sorted(nodes)):
        values = " ".join(iri(d) for d in chunk)
        text = load_query("derived_quads").replace("#VALUES", f"VALUES ?d {{ {values} }}")
        for solution in store.query(text):
            quads.append(ox.Quad(solution["x"], solution["p"], solution["o"], solution["g"]))
    return quads


def _quads_of_nodes(store: Store, nodes: set[str]) -> list[ox.Quad]:
    """What derived_quads.rq selects, by index lookups: each node's quads, and in the consensus graph the
    quads of the claims a fact lists. 287,574 quads for 100 new articles in a 10,000-article store:
    7.8 s by the query (a Python row per quad), 4.5 s this way."""
    claim, consensus = node(CG.claim), node(CONSENSUS_GRAPH)
    quads = []
    for d in sorted(nodes):
        for quad in store.quads_matching(node(d)):
            quads.append(quad)
            if quad.predicate == claim and quad.graph_name == consensus:
                quads += store.quads_matching(quad.object, None, None, str(CONSENSUS_GRAPH))
    return quads


def _stored_representatives(store: Store) -> dict[str, str]:
    """Source -> representative as the consensus graph holds it (sources absent represent themselves)."""
    return {q.subject.value: q.object.value
            for q in store.quads_matching(None, node(CG.duplicateOf), None, str(CONSENSUS_GRAPH))}


def _duplicate_quads_of(store: Store, sources: set[str]) -> list[ox.Quad]:
    return [q for s in sorted(sources) for q in store.quads_matching(node(s), node(CG.duplicateOf), None,
                                                                     str(CONSENSUS_GRAPH))]


def _graph_of(src: str) -> str:
    """A source IRI's current named graph (id/source/<h> -> graph/source/<h>)."""
    return str(GRAPH) + src[len(str(ID)):]


