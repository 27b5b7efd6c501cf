"""The claims table and the disagreements between claims, read from the store with SPARQL.

The claims come from one linear query; grouping them by (kind, subject, benchmark, setting) and the
rounding tolerance are applied here, in Python, so the whole store and the keys an incremental
refresh touches go through the same code (`conflicts_of_rows`).
"""
from __future__ import annotations

import hashlib
import re
from typing import Iterable, Iterator

import pyoxigraph as ox

from claimgraph.graph.rdf import node, number
from claimgraph.graph.store import Store, load_query
from claimgraph.graph.vocab import CG, DISAGREEMENTS_GRAPH, ID, PROV, RDF, slot_iri, source_iri

# The claims table contract (GUIDELINES.md), in order; extras follow.
CLAIM_FIELDS = ("source", "kind", "subject", "object", "benchmark", "value", "unit", "qualifier", "evidence")
EXTRA_FIELDS = ("method", "confidence")
PARAMETERS_TOLERANCE = 0.02  # relative: "9B" and 9,100,000,000 are the same count, rounded


def claims_table(store: Store, all_revisions: bool = False) -> list[dict]:
    """One row per claim of each source, with exactly the GUIDELINES fields plus method and confidence.

    Args:
        store: an open store.
        all_revisions: include the claims of earlier revisions of the sources (adds a `revision` field).
    Returns:
        Rows ordered by source and position of the evidence (then kind, subject, benchmark, ...: the
        same order on every run); numbers as int/float.
    """
    fields = CLAIM_FIELDS + EXTRA_FIELDS + (("revision",) if all_revisions else ())
    labels = {row["e"]: row["label"] for row in store.select(load_query("labels"))}
    sources = {(row["g"], row["src"]): row for row in store.select(load_query("claim_sources"))
               if all_revisions or row["gone"] is None}
    table = []
    for row in store.select(load_query("claims")):
        source, subject = sources.get((row["g"], row["src"])), labels.get(row["s"])
        if source is None or subject is None:  # an earlier revision's claim; an entity without a label
            continue
        row.update(source=source["source"], revision=source["revision"], subject=subject,
                   object=labels.get(row["object"], row["object"]), benchmark=labels.get(row["b"]))
        table.append(row)
    table.sort(key=lambda r: (r["source"], r["revision"], r["start"], r["kind"], r["subject"], r["benchmark"] or "",
                              r["qualifier"] or "", r["object"] or "", str(r["value"]), r["claim"]))
    return [{name: row[name] for name in fields} for row in table]


def conflicts(store: Store, tolerance: float = 0.05) -> list[dict]:
    """Disagreements across or within sources, in the GUIDELINES conflicts-report format.

    Args:
        store: an open store.
        tolerance: two scores agree when |a - b| <= tolerance (the same number, rounded).
    Returns:
        Dicts `{"kind": "score", "subject", "benchmark", "qualifier", "values", "sources"}`,
        `{"kind": "parameters", "subject", "qualifier", "values", "sources"}` and
        `{"kind": "license"|"release"|"developer", "subject", "objects", "sources"}`.
    """
    return [_public(c) for c in find_conflicts(store, tolerance)]


def _public(conflict: dict) -> dict:
    return {k: v for k, v in conflict.items() if not k.startswith("_")}


def find_conflicts(store: Store, tolerance: float) -> list[dict]:
    """Conflicts with private fields (_claims, _iris) kept for the disagreements graph.

    The current claims are read a group of subjects at a time (`claims_by_partition`); grouping and
    the tolerance are applied here, as the incremental refresh does for the keys it touches. The SPARQL
    GROUP BY / self-join it replaces took 170 s on 1,000 articles (the comparisons contradicted by
    scores); this takes 4 s, the same 2,095 conflicts."""
    found, comparisons = [], []
    for rows in claims_by_partition(store):
        found += conflicts_of_rows(rows, keys_of(rows), tolerance, comparisons=False)
        comparisons += comparison_rows(rows)
    return _sorted(found + comparison_conflicts(comparisons, tolerance))


# Claims read per query by `claims_by_partition`: about 20 MB of rows, where the whole store at once
# (171,419 claims of 10,000 articles) held 350 MB, and with the derived graphs being written, 2 GB.
PARTITION_CLAIMS = 20_000


def claims_by_partition(store: Store, size: int | None = None) -> Iterator[list[dict]]:
    """Every current claim (derived_claims.rq rows), a group of subjects at a time: all the claims of a
    subject are in one group, so every key (kind, subject, benchmark) is whole in one; a group holds
    about `size` (default PARTITION_CLAIMS) claims, more when one subject alone has more."""
    size = size or PARTITION_CLAIMS
    context = ClaimContext(store, everything=True)
    group: list[str] = []
    count = 0
    for row in sorted(store.select(load_query("claim_subjects")), key=lambda r: r["s"]):
        if group and count + row["n"] > size:
            yield claim_rows_of(store, [_values("s", group)], context=context)
            group, count = [], 0
        group.append(row["s"])
        count += row["n"]
    if group:
        yield claim_rows_of(store, [_values("s", group)], context=context)


_QUALIFIER_NOISE = re.compile(r"[ \t\r\n_/()\[\]{}-]")  # what two spellings of one setting differ by


class ClaimContext:
    """What claim rows are completed with, read once per source and entity rather than per claim: the
    current sources (graph, source IRI) -> (identifier, day seen) and the entities' labels."""

    def __init__(self, store: Store, everything: bool = False):
        self.store, self.everything = store, everything
        self.sources: dict[tuple[str, str], tuple[str, str | None]] = {}
        self.labels: dict[str, str] = {}
        if everything:
            self._read(None, None)

    def add(self, rows: list[dict]) -> None:
        """Read what `rows` need that was not read yet."""
        if self.everything:
            return
        sources = {r["src"] for r in rows} - {src for _, src in self.sources}
        entities = ({r["s"] for r in rows} | {r["b"] for r in rows if r["b"]} |
                    {r["object"] for r in rows if r["object_iri"]}) - set(self.labels)
        self._read(sources, entities)

    def _read(self, sources: set[str] | None, entities: set[str] | None) -> None:
        self.sources.update(((r["g"], r["src"]), (r["source"], r["seen"]))
                            for r in select_in(self.store, "current_sources", "src", sources))
        self.labels.update((r["e"], r["label"]) for r in select_in(self.store, "labels_of", "e", entities))


def claim_rows_of(store: Store, values: list[str], slot: str = "", context: ClaimContext | None = None) -> list[dict]:
    """The current claims derived_claims.rq selects with its #VALUES line replaced by each of `values`
    in turn (and its #SLOT line by `slot`), with their entities' labels and their source's identifier
    and day (from `context`, which reads what it lacks).

    The labels and sources are read once per distinct entity and source and joined here: joined in the
    query (a lookup per claim each) they made reading the claims of the keys 100 new articles touch in a
    10,000-article store 22 s of a 43 s refresh."""
    text = load_query("derived_claims").replace("#SLOT", slot)
    rows = [row for line in values for row in store.select(text.replace("#VALUES", line))]
    context = context or ClaimContext(store)
    context.add(rows)
    sources, labels = context.sources, context.labels
    current = []
    for r in rows:
        source = sources.get((r.pop("g"), r["src"]))
        if source is None:  # a claim of an earlier revision
            continue
        r["source"], r["seen"] = source
        r["subject_label"], r["benchmark_label"] = labels.get(r["s"]), labels.get(r["b"])
        if r.pop("object_iri"):
            r["object"] = labels.get(r["object"], r["object"])
        r["q"] = _QUALIFIER_NOISE.sub("", r["qualifier"] or "").lower()
        current.append(r)
    return current


def _values(variable: str, iris: Iterable[str]) -> str:
    """A VALUES block binding `variable` to each IRI."""
    return f"VALUES ?{variable} {{ {' '.join(iri(i) for i in iris)} }}"


VALUES_CHUNK = 400  # VALUES rows per query: large enough to be few queries, small enough to plan well


def select_in(store: Store, query: str, variable: str, iris: Iterable[str] | None,
              whole_above: int = 2_500) -> list[dict]:
    """The rows of the named query (graph/queries/) with its #VALUES line binding `variable` to each of
    `iris`, VALUES_CHUNK at a time; when `iris` is None or holds more than `whole_above` IRIs, every row
    of the query (the caller keeps those it needs): the 9,996 sources of the claims 100 new articles
    touch in a 10,000-article store took 3.9 s bound, 1.0 s whole."""
    if iris is None or len(iris := set(iris)) > whole_above:
        return store.select(load_query(query))
    return [row for chunk in chunks(sorted(iris))
            for row in store.select(load_query(query).replace("#VALUES", _values(variable, chunk)))]


def iri(value: str) -> str:
    """An IRI in N-Triples syntax, escaped by pyoxigraph (never pasted raw into query text)."""
    return str(ox.NamedNode(value))


def chunks(items: list, size: int = VALUES_CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def keys_of(rows: list[dict]) -> set[tuple]:
    """The keys (kind, subject, benchmark or "") of claim rows."""
    return {(r["kind"], r["s"], r["b"] or "") for r in rows}


def _sorted(found: list[dict]) -> list[dict]:
    return sorted(found, key=lambda c: (c["kind"], c["subject"] or "", c.get("benchmark") or "", c.get("qualifier") or "",
                                        c.get("objects") or []))


def conflicts_of_rows(rows: list[dict], keys: set, tolerance: float, comparisons: bool = True) -> list[dict]:
    """The conflicts (as `find_conflicts`) among claim rows (derived_claims.rq) of the given keys
    (kind, subject, benchmark): what `find_conflicts` finds over the whole store, for these keys only.
    Comparison keys need the unqualified scores of both models on the benchmark among the rows; with
    `comparisons` False the comparisons contradicted by scores are left to `comparison_conflicts`."""
    groups: dict[tuple, list[dict]] = {}
    for r in rows:
        key = (r["kind"], r["s"], r["b"] or "")
        if key not in keys:
            continue
        if r["kind"] == "score" and r["b"] and r["value"] is not None:
            groups.setdefault(("score", r["s"], r["b"], r["q"]), []).append(r)
        elif r["kind"] == "parameters" and r["value"] is not None:
            groups.setdefault(("parameters", r["s"], None, r["q"]), []).append(r)
        elif r["kind"] in ("license", "release", "developer") and r["o"] is not None:
            groups.setdefault((r["kind"], r["s"]), []).append(r)
    found = []
    for group, members in groups.items():
        found += _conflict_of_group(group, members, tolerance)
    if comparisons:
        found += _group_comparisons(_joined_comparisons(rows, keys), tolerance)
    return _sorted(found)


_COMPARISON_FIELDS = ("kind", "s", "b", "o", "object", "qualifier", "value", "claim", "source", "src",
                      "subject_label", "benchmark_label")


def comparison_rows(rows: list[dict]) -> list[dict]:
    """What `comparison_conflicts` reads of claim rows: comparisons on a benchmark and unqualified scores,
    with only the fields it reads (kept for the whole store while the other claims go by)."""
    return [{f: r[f] for f in _COMPARISON_FIELDS} for r in rows
            if r["b"] and ((r["kind"] == "outperforms" and r["o"]) or
                           (r["kind"] == "score" and r["qualifier"] is None and r["value"] is not None))]


def comparison_conflicts(rows: list[dict], tolerance: float) -> list[dict]:
    """The comparisons contradicted by scores among `comparison_rows` of every claim."""
    keys = {("outperforms", r["s"], r["b"]) for r in rows if r["kind"] == "outperforms"}
    return _group_comparisons(_joined_comparisons(rows, keys), tolerance)


def _conflict_of_group(group: tuple, members: list[dict], tolerance: float) -> list[dict]:
    """One group as the conflicts_*.rq queries see it (labels: the least; qualifier: the least stated)."""
    qualifiers = [m["qualifier"] for m in members if m["qualifier"] is not None]
    row = {"s": group[1], "subject": min((m["subject_label"] for m in members if m["subject_label"]), default=None),
           "qualifier": min(qualifiers) if qualifiers else None, "kind": group[0]}
    if group[0] in ("license", "release", "developer"):
        records = sorted({(m["object"], m["claim"], m["source"]) for m in members})
        if len({m["o"] for m in members}) > 1 and _disagree([r[0] for r in records], _same_object(group[0])):
            return [_object_conflict(row, records)]
        return []
    records = sorted({(m["value"], m["claim"], m["source"]) for m in members})
    if len({r[0] for r in records}) < 2:
        return []
    if group[0] == "parameters":
        return [_numeric_conflict("parameters", row, records)] if _disagree([r[0] for r in records], _same_count) else []
    row["b"] = group[2]
    benchmark = min((m["benchmark_label"] for m in members if m["benchmark_label"]), default=None)
    same = lambda a, b: abs(a - b) <= tolerance + 1e-9  # noqa: E731
    return [_numeric_conflict("score", row, records, benchmark=benchmark)] if _disagree([r[0] for r in records], same) else []


def _joined_comparisons(rows: list[dict], keys: set) -> list[dict]:
    """contradicted_comparisons.rq's rows, joined in Python from claim rows: each comparison of a key
    beside every source's unqualified scores of both models on its benchmark."""
    scores: dict[tuple, list[dict]] = {}
    for r in rows:
        if r["kind"] == "score" and r["b"] and r["qualifier"] is None and r["value"] is not None:
            scores.setdefault((r["s"], r["b"]), []).append(r)
    joined = []
    for c in rows:
        if c["kind"] != "outperforms" or not c["b"] or ("outperforms", c["s"], c["b"]) not in keys or not c["o"]:
            continue
        if not (c["subject_label"] and c["benchmark_label"] and c["object"] != c["o"]):
            continue  # the query asks for the labels of both models and of the benchmark
        for xs in scores.get((c["s"], c["b"]), []):
            for ys in scores.get((c["o"], c["b"]), []):
                if xs["src"] == ys["src"] and ys["value"] > xs["value"]:
                    joined.append({"claim": c["claim"], "x": c["s"], "y": c["o"], "b": c["b"], "subject": c["subject_label"],
                                   "loser": c["object"], "benchmark": c["benchmark_label"], "source": c["source"],
                                   "score_source": xs["source"], "x_value": xs["value"], "y_value": ys["value"],
                                   "x_claim": xs["claim"], "y_claim": ys["claim"]})
    return joined


def _group_comparisons(joined: list[dict], tolerance: float) -> list[dict]:
    """"X beats Y on B" where one source's scores for both on B say Y is ahead (beyond the tolerance)."""
    groups: dict[tuple, dict] = {}
    for row in joined:
        if row["y_value"] - row["x_value"] <= tolerance + 1e-9:
            continue
        key = (row["x"], row["y"], row["b"])
        found = groups.setdefault(key, {
            "kind": "outperforms", "subject": row["subject"], "benchmark": row["benchmark"], "objects": [row["loser"]],
            "sources": set(), "_claims": set(), "_iris": (row["x"], row["b"]), "_key": row["y"], "_reason": []})
        found["sources"].update((row["source"], row["score_source"]))
        found["_claims"].update((row["claim"], row["x_claim"], row["y_claim"]))
        found["_reason"].append(f"{row['score_source']} gives {row['subject']} {row['x_value']} "
                                f"and {row['loser']} {row['y_value']}")
    return [{**c, "sources": sorted(c["sources"]), "_claims": sorted(c["_claims"]),
             "_reason": "contradicted by scores: " + "; ".join(sorted(set(c["_reason"])))} for c in groups.values()]


def _disagree(values: list, agree) -> bool:
    """True when the values fall into more than one cluster of pairwise-agreeing neighbours."""
    distinct = sorted(set(values))
    return any(not agree(a, b) for a, b in zip(distinct, distinct[1:]))


def _same_count(a: float, b: float) -> bool:
    return abs(a - b) <= PARAMETERS_TOLERANCE * max(abs(a), abs(b))


def _same_object(kind: str):
    """Release dates agree when one is a prefix of the other ("2026-03" and "2026-03-01")."""
    if kind == "release":
        return lambda a, b: a.startswith(b) or b.startswith(a)
    return lambda a, b: a == b


def _numeric_conflict(kind: str, row: dict, members: list[tuple], **extra) -> dict:
    conflict = {"kind": kind, "subject": row["subject"], **extra, "qualifier": row["qualifier"],
                "values": sorted({m[0] for m in members}), "sources": sorted({m[2] for m in members})}
    return {**conflict, "_claims": sorted({m[1] for m in members}), "_iris": (row["s"], row.get("b"))}


def _object_conflict(row: dict, members: list[tuple]) -> dict:
    return {"kind": row["kind"], "subject": row["subject"], "objects": sorted({m[0] for m in members}),
            "sources": sorted({m[2] for m in members}),
            "_claims": sorted({m[1] for m in members}), "_iris": (row["s"], None)}


def refresh_disagreements(store: Store, tolerance: float = 0.05) -> int:
    """Rewrite the disagreements graph: one cg:Disagreement per conflict, linked to its claims and sources.

    Returns:
        The number of disagreements written.
    """
    found = find_conflicts(store, tolerance)
    quads = [q for conflict in found for q in disagreement_quads(conflict)]
    store.replace_graph(str(DISAGREEMENTS_GRAPH), quads)
    return len(found)


def _reason(conflict: dict) -> str:
    values = conflict.get("values") or conflict.get("objects") or []
    return f"{len(conflict['sources'])} source(s) state different {conflict['kind']}s: " + " vs ".join(map(str, values))


def disagreement_quads(conflict: dict) -> list[ox.Quad]:
    """The cg:Disagreement of one conflict (its IRI is a hash of kind, subject, benchmark, qualifier[, loser])."""
    key = (conflict["kind"], *conflict["_iris"], conflict.get("qualifier") or "")
    if conflict.get("_key"):
        key += (conflict["_key"],)
    d = ID[f"disagreement/{hashlib.sha256(repr(key).encode()).hexdigest()[:16]}"]
    triples = [(RDF.type, node(CG.Disagreement)), (CG.kind, ox.Literal(conflict["kind"])),
               (CG.subject, node(conflict["_iris"][0])),
               (CG.slot, node(slot_iri(conflict["kind"], conflict["_iris"][0], conflict["_iris"][1])))]
    if conflict["_iris"][1]:
        triples.append((CG.benchmark, node(conflict["_iris"][1])))
    if conflict.get("qualifier"):
        triples.append((CG.qualifier, ox.Literal(conflict["qualifier"])))
    triples += [(CG.value, number(v)) for v in conflict.get("values", [])]
    triples += [(CG.object, ox.Literal(o)) for o in conflict.get("objects", [])]
    triples += [(CG.claim, node(c)) for c in conflict["_claims"]]
    triples += [(CG.source, node(source_iri(s))) for s in conflict["sources"]]
    triples.append((CG.reason, ox.Literal(conflict.get("_reason") or _reason(conflict))))
    said = [number(v).value for v in conflict.get("values", [])] + list(conflict.get("objects", []))
    triples += [(CG.subjectLabel, ox.Literal(conflict.get("subject") or "")),
                (CG.valuesText, ox.Literal(" | ".join(said))),
                (CG.sourcesText, ox.Literal(" | ".join(conflict["sources"])))]
    if conflict.get("benchmark"):
        triples.append((CG.benchmarkLabel, ox.Literal(conflict["benchmark"])))
    triples.append((PROV.wasAttributedTo, node(ID["agent/conflict-finder"])))
    return [ox.Quad(node(d), node(p), o, node(DISAGREEMENTS_GRAPH)) for p, o in triples]

