"""Claims to RDF: one named graph per source, plus the background graph of gazetteer facts.

Everything here is pure (no store, no I/O): `source_graph` and `background_quads` return lists of
pyoxigraph Quads that `store.Store` writes in one transaction; `source_write` gives both as the
`GraphText` that the extract step builds on its worker processes. IRIs are deterministic (see
vocab), so building the same source twice gives the same quads.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import PurePath

import pyoxigraph as ox
from rdflib.term import URIRef

from claimgraph.graph.similarity import band_keys, text_signature
from claimgraph.graph.vocab import (
    BACKGROUND_GRAPH, CG, CLAIM_CLASS, DCTERMS, GAZETTEER_AGENT, OWL, PROV, RDF, SKOS, SPDX, WD, XSD,
    claim_iri, entity_iri, evidence_iri, normalise_label, normalise_qualifier, revision_iri,
    slot_iri, source_graph_iri, source_iri,
)
from claimgraph.model import OBJECT_TYPE, SUBJECT_TYPE, Claim, Document, Entity, Extraction, RawDocument

# Claim kind -> the entity-level edge (subject -> object) it materialises.
EDGE_OF_KIND = {
    "developer": CG.developedBy,
    "lab_region": CG.region,
    "license": CG.license,
    "specialization": CG.specializesIn,
    "outperforms": CG.outperforms,
}
# Gazetteer attribute (extractors.ATTRIBUTE_KEYS) -> (edge, type of the entity it points to).
BACKGROUND_EDGES = {
    "developer": (CG.developedBy, "Lab"),
    "region": (CG.region, "Region"),
    "domain": (CG.domain, "Domain"),
    "family": (CG.memberOf, "Series"),
    "license": (CG.license, "License"),
}
_DATE_TYPES = ((re.compile(r"\d{4}-\d{2}-\d{2}"), XSD.date), (re.compile(r"\d{4}-\d{2}"), XSD.gYearMonth),
               (re.compile(r"\d{4}"), XSD.gYear))
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")


def node(iri) -> ox.NamedNode:
    """A pyoxigraph NamedNode from an rdflib URIRef or a string."""
    return ox.NamedNode(str(iri))


def typed(value, datatype) -> ox.Literal:
    return ox.Literal(str(value), datatype=node(datatype))


def number(value: float | int) -> ox.Literal:
    """An xsd:decimal written as the number was stated (81.7 stays 81.7, 9e9 becomes 9000000000)."""
    return typed(format(Decimal(repr(value)).normalize(), "f"), XSD.decimal)


def date_literal(text: str) -> ox.Literal:
    """xsd:date / gYearMonth / gYear for ISO dates, a plain string otherwise."""
    for pattern, datatype in _DATE_TYPES:
        if pattern.fullmatch(text):
            return typed(text, datatype)
    return ox.Literal(text)


def time_literal(text: str | None) -> ox.Literal | None:
    if not text:
        return None
    return typed(text, XSD.dateTime) if _DATETIME.fullmatch(text) else date_literal(text)


class _Builder:
    """Collects the triples of one named graph."""

    def __init__(self, graph):
        self.graph = node(graph)
        self.quads: dict[ox.Quad, None] = {}  # ordered set

    def add(self, s, p, o) -> None:
        if o is None:
            return
        if not isinstance(o, (ox.NamedNode, ox.Literal, ox.BlankNode)):
            o = node(o) if _is_iri(o) else ox.Literal(str(o))
        self.quads[ox.Quad(node(s), node(p), o, self.graph)] = None


def _is_iri(value) -> bool:
    return isinstance(value, URIRef)


def source_graph(raw: RawDocument, doc: Document, extraction: Extraction) -> list[ox.Quad]:
    """The named graph of one source: metadata, revision, claims, evidence, entities and edges.

    Args:
        raw: the fetched bytes (their sha256 identifies the revision).
        doc: the parsed document (title, date, author, publisher).
        extraction: entities and claims the extractor found.
    Returns:
        The quads, all in `source_graph_iri(raw.source_id)`.
    """
    b = _Builder(source_graph_iri(raw.source_id))
    _add_source(b, raw, doc, extraction)
    entities = _EntityIndex(extraction.entities)
    for claim in dedupe_claims(extraction.claims):
        _add_claim(b, raw, claim, entities)
    entities.write_labels(b)
    return list(b.quads)


@dataclass(frozen=True)
class GraphText:
    """Quads as N-Triples lines per named graph: what a SPARQL INSERT DATA (or DELETE DATA) block holds.

    `Store.put_source` writes a source as one; the extract step builds it (`source_write`) on its
    worker processes, beside the extraction. As text it crosses the process boundary cheaply:
    pickling a source's 400 pyoxigraph Quads took 8 ms each way, as long as building them.
    """

    graphs: tuple[tuple[str, str], ...]  # (graph as N-Triples, its triples one per line)
    count: int

    @classmethod
    def of(cls, quads) -> GraphText:
        by_graph: dict[str, list[str]] = {}
        count = 0
        for q in quads:
            by_graph.setdefault(str(q.graph_name), []).append(f"{q.subject} {q.predicate} {q.object} .")
            count += 1
        return cls(tuple((g, "\n".join(lines)) for g, lines in by_graph.items()), count)

    def data_block(self, verb: str = "INSERT") -> str:
        """`INSERT DATA { GRAPH <g> { ... } ... }` (or DELETE DATA)."""
        blocks = "\n".join(f"GRAPH {g} {{\n{lines}\n}}" for g, lines in self.graphs)
        return f"{verb} DATA {{\n{blocks}\n}}"

    def quads(self) -> list[ox.Quad]:
        """The quads again (for stores written through the Graph Store Protocol)."""
        text = "\n".join(f"{line[:-1]} {g} ." for g, lines in self.graphs for line in lines.split("\n") if line)
        return list(ox.parse(text, format=ox.RdfFormat.N_QUADS))


def source_write(raw: RawDocument, doc: Document, extraction: Extraction) -> GraphText:
    """What `Store.put_source` writes for a source: its graph, then the gazetteer facts about its
    entities (background graph)."""
    return GraphText.of(source_graph(raw, doc, extraction) + background_quads(extraction.entities))


def _add_source(b: _Builder, raw: RawDocument, doc: Document, extraction: Extraction) -> None:
    src, rev = source_iri(raw.source_id), revision_iri(raw.source_id, raw.sha256)
    b.add(src, RDF.type, CG.Source)
    b.add(src, RDF.type, PROV.Entity)
    b.add(src, DCTERMS.identifier, raw.source_id)
    b.add(src, DCTERMS.source, ox.NamedNode(_locator(raw.source_id)))
    b.add(src, DCTERMS.title, doc.title)
    b.add(src, DCTERMS.issued, doc.published and date_literal(doc.published))
    b.add(src, DCTERMS.creator, doc.author)
    b.add(src, DCTERMS.publisher, doc.publisher)
    b.add(src, CG.revision, rev)
    b.add(rev, RDF.type, CG.Revision)
    b.add(rev, RDF.type, PROV.Entity)
    b.add(rev, PROV.specializationOf, src)
    b.add(rev, CG.contentHash, raw.sha256)
    b.add(rev, CG.mediaType, raw.media_type)
    b.add(rev, PROV.generatedAtTime, time_literal(raw.fetched_at))
    b.add(rev, CG.extractorVersion, extraction.extractor_version)
    signature = text_signature(doc.text)
    b.add(rev, CG.textSignature, signature or None)
    for band in band_keys(signature):  # the sources sharing a band are one index lookup (consensus.py)
        b.add(rev, CG.band, band)
    activity = _activity(raw)
    b.add(activity, RDF.type, PROV.Activity)
    b.add(activity, RDF.type, CG.Extraction)
    b.add(activity, PROV.used, rev)
    b.add(activity, CG.extractorVersion, extraction.extractor_version)


def _activity(raw: RawDocument) -> URIRef:
    """The extraction run over this revision (one per revision: re-extraction replaces it)."""
    return URIRef(f"{revision_iri(raw.source_id, raw.sha256)}/extraction")


def _locator(source_id: str) -> str:
    """The source as an IRI: the URL itself, or a file: IRI for an absolute path."""
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", source_id) and not PurePath(source_id).drive:
        return source_id
    return PurePath(source_id).as_uri() if PurePath(source_id).is_absolute() else "file:" + source_id


def claim_key(claim: Claim) -> tuple:
    """Claim identity within a source, insensitive to spelling ("Qwen3.5-9B" == "Qwen 3.5 9B")."""
    name = lambda s: normalise_label(s) if s else ""  # noqa: E731
    value = "" if claim.value is None else format(Decimal(repr(claim.value)).normalize(), "f")
    return (claim.kind, name(claim.subject), name(claim.object), name(claim.benchmark), value,
            normalise_qualifier(claim.qualifier))


def dedupe_claims(claims) -> list[Claim]:
    """One claim per key; of several mentions, the best ranked (`Claim.evidence_rank`, first on ties) is kept."""
    best: dict[tuple, Claim] = {}
    for claim in claims:
        key = claim_key(claim)
        if key not in best or claim.evidence_rank() > best[key].evidence_rank():
            best[key] = claim
    return list(best.values())


def _add_claim(b: _Builder, raw: RawDocument, claim: Claim, entities: "_EntityIndex") -> None:
    iri = claim_iri(raw.source_id, claim_key(claim))
    subject = entities.resolve(claim.subject, SUBJECT_TYPE.get(claim.kind, "Model"))
    obj = _claim_object(claim, entities)
    benchmark = claim.benchmark and entities.resolve(claim.benchmark, "Benchmark")
    b.add(iri, RDF.type, CG.Claim)
    b.add(iri, RDF.type, CLAIM_CLASS[claim.kind])
    b.add(iri, CG.kind, claim.kind)
    b.add(iri, CG.subject, subject)
    b.add(iri, CG.object, obj)
    b.add(iri, CG.benchmark, benchmark)
    b.add(iri, CG.slot, slot_iri(claim.kind, str(subject), str(benchmark) if benchmark else None))
    b.add(iri, CG.value, None if claim.value is None else number(claim.value))
    b.add(iri, CG.unit, claim.unit)
    b.add(iri, CG.qualifier, claim.qualifier)
    b.add(iri, CG.method, claim.method)
    b.add(iri, CG.confidence, number(claim.confidence))
    b.add(iri, PROV.wasDerivedFrom, source_iri(raw.source_id))
    b.add(iri, PROV.wasGeneratedBy, _activity(raw))
    _add_evidence(b, iri, claim)
    _add_edge(b, claim, subject, obj)


def _claim_object(claim: Claim, entities: "_EntityIndex"):
    if claim.object is None:
        return None
    if claim.kind in OBJECT_TYPE:
        return entities.resolve(claim.object, OBJECT_TYPE[claim.kind])
    return date_literal(claim.object) if claim.kind == "release" else ox.Literal(claim.object)


def _add_evidence(b: _Builder, iri, claim: Claim) -> None:
    ev = evidence_iri(iri)
    b.add(iri, CG.evidence, ev)
    b.add(ev, RDF.type, CG.Evidence)
    b.add(ev, CG.text, claim.evidence.text)
    b.add(ev, CG.start, typed(claim.evidence.start, XSD.integer))
    b.add(ev, CG.end, typed(claim.evidence.end, XSD.integer))


def _add_edge(b: _Builder, claim: Claim, subject, obj) -> None:
    """The entity-level edge a claim states (parameters only when unqualified: total count)."""
    if claim.kind in EDGE_OF_KIND and obj is not None:
        b.add(subject, EDGE_OF_KIND[claim.kind], obj)
    elif claim.kind == "parameters" and claim.value is not None and not claim.qualifier:
        b.add(subject, CG.parameters, number(claim.value))


class _EntityIndex:
    """Maps labels in claims to entity IRIs, preferring the types the extractor gave."""

    def __init__(self, entities):
        self.by_key: dict[str, list[Entity]] = {}
        for entity in entities:
            for name in (entity.label, *entity.aliases):
                self.by_key.setdefault(normalise_label(name), []).append(entity)
        self.labels: dict = {}  # iri -> (type, [labels], aliases), first label is the prefLabel
        for entity in entities:
            self._note(entity_iri(entity.type, entity.label), entity.type, entity.label, entity.aliases)

    def resolve(self, label: str, expected_type: str):
        """The IRI of `label`: of the expected type, else a Series for a model slot, else as expected."""
        found = {e.type: e for e in self.by_key.get(normalise_label(label), ())}
        entity = found.get(expected_type) or (found.get("Series") if expected_type == "Model" else None)
        etype = entity.type if entity else expected_type
        iri = entity_iri(etype, entity.label if entity else label)
        self._note(iri, etype, label, ())
        return iri

    def _note(self, iri, etype: str, label: str, aliases) -> None:
        _, labels, alts = self.labels.setdefault(iri, (etype, [], set()))
        if label not in labels:
            labels.append(label)
        alts.update(aliases)

    def write_labels(self, b: _Builder) -> None:
        for iri, (etype, labels, aliases) in self.labels.items():
            b.add(iri, RDF.type, CG[etype])
            b.add(iri, SKOS.prefLabel, labels[0])
            for alt in sorted((set(labels[1:]) | aliases) - {labels[0]}):
                b.add(iri, SKOS.altLabel, alt)


def background_quads(entities) -> list[ox.Quad]:
    """Gazetteer facts about known entities, in the background graph, attributed to the gazetteer.

    These are curated knowledge, not claims of any article: they never reach the claims table.
    """
    b = _Builder(BACKGROUND_GRAPH)
    b.add(BACKGROUND_GRAPH, PROV.wasAttributedTo, GAZETTEER_AGENT)
    b.add(GAZETTEER_AGENT, RDF.type, PROV.Agent)
    b.add(GAZETTEER_AGENT, RDF.type, CG.Gazetteer)
    b.add(GAZETTEER_AGENT, SKOS.prefLabel, "claimgraph gazetteer")
    for entity in entities:
        if entity.known or entity.attributes:
            _add_background_entity(b, entity)
    return list(b.quads)


def _add_background_entity(b: _Builder, entity: Entity) -> None:
    iri = entity_iri(entity.type, entity.label)
    b.add(iri, RDF.type, CG[entity.type])
    b.add(iri, SKOS.prefLabel, entity.label)
    for alias in entity.aliases:
        b.add(iri, SKOS.altLabel, alias)
    for name, value in entity.attributes:
        if name in BACKGROUND_EDGES:
            edge, target_type = BACKGROUND_EDGES[name]
            target = entity_iri(target_type, value)
            b.add(iri, edge, target)
            b.add(target, RDF.type, CG[target_type])
            b.add(target, SKOS.prefLabel, value)
        elif name == "spdx":
            b.add(iri, OWL.sameAs, SPDX[value])
        elif name == "wikidata":
            b.add(iri, OWL.sameAs, WD[value])
