"""Consensus: for each claimed fact, how many independent sources state it, the value most of them
give, when it was first and last seen, and a status per claim. Materialised in the consensus graph
whenever sources change (`Store.refresh_derived`), so questions about it are lookups.

A *fact* is a slot a claim fills: (kind, subject, benchmark, normalised qualifier) for single-valued
kinds (score, parameters, price, license, developer, release), plus the object for the others
(outperforms, lab_region, specialization), which only agree or stay single. Values agree by the same
rules as disagreements (claims.py). Sources that are near-duplicates of each other (similarity.py)
count once.

Status of a claim: `contested` when its fact has values that disagree, else `corroborated` when at
least two independent sources state it, else `single-source`.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import Iterator

import pyoxigraph as ox

from claimgraph.graph.claims import PARAMETERS_TOLERANCE
from claimgraph.graph.rdf import node, number, typed
from claimgraph.graph.similarity import DUPLICATE_THRESHOLD, band_keys, duplicate_groups, similarity
from claimgraph.graph.store import Store, load_query
from claimgraph.graph.vocab import CG, CONSENSUS_GRAPH, GRAPH, ID, PROV, RDF, XSD, slot_iri

SINGLE_VALUED = {"score", "parameters", "price", "license", "developer", "release"}
PRICE_TOLERANCE = 0.01  # relative, as the scorer


def fact_quads_for(rows: list[dict], representative: dict, tolerance: float) -> list[ox.Quad]:
    """The facts of the claims in `rows` (consensus_claims.rq fields), grouped by slot."""
    return list(iter_fact_quads(rows, representative, tolerance))


def iter_fact_quads(rows: list[dict], representative: dict, tolerance: float) -> Iterator[ox.Quad]:
    """As `fact_quads_for`, one slot at a time (a whole store's facts are millions of quads)."""
    for slot, claims in _group_facts(rows).items():
        yield from _fact_quads(slot, claims, representative, tolerance)


def duplicate_quads(representative: dict[str, str]) -> list[ox.Quad]:
    """`cg:duplicateOf` links of the sources that are near-duplicates of an earlier one."""
    return [ox.Quad(node(src), node(CG.duplicateOf), node(rep), node(CONSENSUS_GRAPH))
            for src, rep in representative.items() if src != rep]


def independent_sources(store: Store) -> dict[str, str]:
    """Source IRI -> IRI of the source it is a near-duplicate of (itself when independent)."""
    rows = store.select(load_query("source_signatures"))
    return duplicate_groups({r["src"]: r["signature"] or "" for r in rows})


def independent_sources_after(store: Store, touched: set[str], stored: dict[str, str]) -> dict[str, str]:
    """As `independent_sources`, after the `touched` sources (IRIs) were written or removed, given the grouping
    `stored` before (source -> representative, for the sources in a group).

    When no touched source was in a group and none joins one, the other groups cannot change, so the
    grouping is not recomputed: a lookup of the touched sources' LSH bands instead of a query of every
    source and a grouping (1.6 s for one new article in a 10,000-article store; a scan of every
    signature, as before the bands were stored, 0.6 s)."""
    grouped = set(stored) | set(stored.values())
    if touched & grouped or any(_has_near_duplicate(store, source) for source in touched):
        return independent_sources(store)
    return dict(stored)


def _has_near_duplicate(store: Store, source: str, threshold: float = DUPLICATE_THRESHOLD) -> bool:
    """Whether another current source shares an LSH band (`cg:band`) with `source`'s current revision and
    has a signature similar enough: the candidates of `similarity.candidate_pairs`, found by lookups.
    Buckets shared by many sources are not skipped as there, so a False here is a False there too (the
    caller may keep its grouping); a True may be one `duplicate_groups` would not join."""
    graph = _current_graph(source)
    signature = _signature(store, graph)
    for band in band_keys(signature):
        for quad in store.quads_matching(None, node(CG.band), ox.Literal(band)):
            other = quad.graph_name.value
            if other != graph and _is_current(other) and similarity(signature, _signature(store, other)) >= threshold:
                return True
    return False


def _current_graph(source: str) -> str:
    return str(GRAPH) + "source/" + source[len(str(ID) + "source/"):]


def _is_current(graph: str) -> bool:
    """A source's current graph, not one of its earlier revisions' (graph/source/<key>/rev/<sha>)."""
    prefix = str(GRAPH) + "source/"
    return graph.startswith(prefix) and "/" not in graph[len(prefix):]


def _signature(store: Store, graph: str) -> str:
    found = next(store.quads_matching(None, node(CG.textSignature), None, graph), None)
    return found.object.value if found is not None else ""


def _group_facts(rows: list[dict]) -> dict[tuple, list[dict]]:
    facts: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        value = row["value"] if row["value"] is not None else row["object"]
        if value is None:
            continue
        row["_v"] = value
        extra = () if row["kind"] in SINGLE_VALUED else (row["o"],)
        facts[(row["kind"], row["s"], row["b"] or "", row["q"] or "", *extra)].append(row)
    return facts


def agree(kind: str, tolerance: float):
    """The agreement test of two values of a kind (rounding, relative size, date prefix, equality)."""
    if kind == "score":
        return lambda a, b: abs(a - b) <= tolerance + 1e-9
    if kind in ("parameters", "price"):
        rel = PARAMETERS_TOLERANCE if kind == "parameters" else PRICE_TOLERANCE
        return lambda a, b: abs(a - b) <= rel * max(abs(a), abs(b))
    if kind == "release":
        return lambda a, b: str(a).startswith(str(b)) or str(b).startswith(str(a))
    return lambda a, b: a == b


def clusters(values: list, same) -> list[list]:
    """Sorted distinct values split where neighbours disagree (the rule `conflicts` uses)."""
    groups: list[list] = []
    numeric = all(isinstance(v, (int, float)) for v in values)
    for v in sorted(set(values), key=None if numeric else str):
        if groups and same(groups[-1][-1], v):
            groups[-1].append(v)
        else:
            groups.append([v])
    return groups


def _fact_quads(slot: tuple, claims: list[dict], representative: dict, tolerance: float) -> list[ox.Quad]:
    kind = slot[0]
    groups = clusters([c["_v"] for c in claims], agree(kind, tolerance))
    cluster_of = {v: i for i, g in enumerate(groups) for v in g}
    support = defaultdict(set)  # cluster -> independent sources
    for c in claims:
        support[cluster_of[c["_v"]]].add(representative.get(c["src"], c["src"]))
    majority = max(range(len(groups)), key=lambda i: (len(support[i]), -i))
    contested = len(groups) > 1
    fact = ID[f"fact/{hashlib.sha256(repr(slot).encode()).hexdigest()[:16]}"]
    seen = sorted(c["seen"] for c in claims if c["seen"])
    status = "contested" if contested else ("corroborated" if len(support[majority]) > 1 else "single-source")
    g = node(CONSENSUS_GRAPH)
    out = [(fact, RDF.type, node(CG.Fact)), (fact, CG.kind, ox.Literal(kind)), (fact, CG.subject, node(slot[1])),
           (fact, CG.slot, node(slot_iri(kind, slot[1], slot[2]))),
           (fact, CG.status, ox.Literal(status)),
           (fact, CG.independentSources, ox.Literal(len(support[majority]))),
           (fact, CG.sourceCount, ox.Literal(len({c["src"] for c in claims}))),
           (fact, PROV.wasAttributedTo, node(ID["agent/consensus"]))]
    if slot[2]:
        out.append((fact, CG.benchmark, node(slot[2])))
    if claims[0]["qualifier"]:
        out.append((fact, CG.qualifier, ox.Literal(min(c["qualifier"] or "" for c in claims))))
    out.append(_majority_triple(fact, claims, groups[majority]))
    if seen:
        out += [(fact, CG.firstSeen, _date(seen[0])), (fact, CG.lastSeen, _date(seen[-1]))]
    for c in claims:
        i = cluster_of[c["_v"]]
        claim_status = "contested" if contested else status
        out += [(c["claim"], CG.fact, fact), (c["claim"], CG.status, ox.Literal(claim_status)),
                (c["claim"], CG.independentSources, ox.Literal(len(support[i]))), (fact, CG.claim, c["claim"])]
    return [ox.Quad(node(s), node(p), o if isinstance(o, (ox.Literal, ox.NamedNode)) else node(o), g)
            for s, p, o in out]


def _majority_triple(fact, claims: list[dict], cluster: list) -> tuple:
    """The majority value: the most frequent value of the winning cluster, as its claims state it."""
    counts = defaultdict(int)
    for c in claims:
        if c["_v"] in cluster:
            counts[c["_v"]] += 1
    value = max(cluster, key=lambda v: (counts[v], str(v)))
    if isinstance(value, (int, float)):
        return (fact, CG.value, number(value))
    iri = next((c["o"] for c in claims if c["_v"] == value and c["o"] and c["o"].startswith("http")), None)
    return (fact, CG.object, node(iri) if iri else ox.Literal(str(value)))


def _date(text: str) -> ox.Literal:
    return typed(text, XSD.date) if len(text) == 10 else ox.Literal(text)
