"""The RDF itself: TriG and N-Quads keep the named graphs (a full dump, earlier revisions included);
Turtle and JSON-LD hold the current data (current source graphs, background, disagreements).

Oxigraph serialises everything but compact JSON-LD (its own writer expands every IRI), which is
written here, streamed, with our prefixes as its context.
"""
from __future__ import annotations

import json
from functools import lru_cache
from typing import BinaryIO, Iterator

import pyoxigraph as ox

from claimgraph.exports.registry import register
from claimgraph.graph.vocab import SERIALIZATION_PREFIXES as PREFIXES

def current_triples(store) -> Iterator[ox.Triple]:
    """The current data as one graph: the triples of every named graph except the earlier revisions of
    sources, read graph by graph from the store's indexes (a SPARQL CONSTRUCT with a FILTER NOT EXISTS
    per quad took 150 s at 10,000 articles). A triple held by two graphs comes twice, as from CONSTRUCT;
    RDF readers merge them."""
    scope = store.current_scope()
    if scope is None:  # no earlier revision stored: every named graph, in one index scan
        return (q.triple for q in store.quads() if not isinstance(q.graph_name, ox.DefaultGraph))
    return (q.triple for graph in scope for q in store.quads(graph))


@register("rdf", "trig")
def write_trig(store, out: BinaryIO, **options) -> None:
    """Every named graph, with prefixes."""
    store.dump(ox.RdfFormat.TRIG, out)


@register("rdf", "nquads")
def write_nquads(store, out: BinaryIO, **options) -> None:
    """Every quad, one per line."""
    store.dump(ox.RdfFormat.N_QUADS, out)


@register("rdf", "turtle")
def write_turtle(store, out: BinaryIO, **options) -> None:
    """The current data merged into one graph."""
    ox.serialize(current_triples(store), out, ox.RdfFormat.TURTLE, prefixes=PREFIXES)


@register("rdf", "jsonld")
def write_jsonld(store, out: BinaryIO, **options) -> None:
    """The current data as compact JSON-LD with the claimgraph prefixes as context, streamed: one node
    object per run of triples about the same subject (a processor merges objects with the same @id),
    compact IRIs for terms under a prefix. Through rdflib's serialiser (the whole graph in memory) this
    took 366 s at 10,000 articles."""
    prefixes = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))
    compact = lru_cache(maxsize=100_000)(lambda iri: next(
        (f"{name}:{iri[len(base):]}" for name, base in prefixes if iri.startswith(base) and len(iri) > len(base)), iri))

    def term(value):
        if isinstance(value, ox.NamedNode):
            return {"@id": compact(value.value)}
        if isinstance(value, ox.BlankNode):
            return {"@id": str(value)}
        if value.language:
            return {"@value": value.value, "@language": value.language}
        if value.datatype.value == _XSD_STRING:
            return value.value
        return {"@value": value.value, "@type": compact(value.datatype.value)}

    out.write(b'{"@context": ' + json.dumps(dict(PREFIXES)).encode("utf-8") + b', "@graph": [')
    current, current_subject, separator = None, None, b"\n"
    for triple in current_triples(store):
        subject = triple.subject
        if current is None or subject != current_subject:
            if current is not None:
                out.write(separator + json.dumps(current, ensure_ascii=False).encode("utf-8"))
                separator = b",\n"
            current_subject = subject
            current = {"@id": compact(subject.value) if isinstance(subject, ox.NamedNode) else str(subject)}
        if triple.predicate.value == _RDF_TYPE and isinstance(triple.object, ox.NamedNode):
            current.setdefault("@type", []).append(compact(triple.object.value))
        else:
            current.setdefault(compact(triple.predicate.value), []).append(term(triple.object))
    if current is not None:
        out.write(separator + json.dumps(current, ensure_ascii=False).encode("utf-8"))
    out.write(b"\n]}\n")


_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
