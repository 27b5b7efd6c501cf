"""The RDF itself: TriG and N-Quads keep the named graphs (a full dump, earlier revisions included);
Turtle and JSON-LD hold the current data (current source graphs, background, disagreements).

Oxigraph serialises everything but JSON-LD, which goes through rdflib for a compact document with
our prefixes as its context.
"""
from __future__ import annotations

from typing import BinaryIO

import pyoxigraph as ox
import rdflib

from claimgraph.exports.registry import register
from claimgraph.graph.vocab import SERIALIZATION_PREFIXES as PREFIXES

# The current data as one graph: every named graph except the invalidated (earlier) revisions.
CURRENT_TRIPLES = """
CONSTRUCT { ?s ?p ?o } WHERE {
  GRAPH ?g { ?s ?p ?o }
  FILTER NOT EXISTS { GRAPH ?g { ?old prov:invalidatedAtTime ?gone } }
}"""


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
    triples = store.select(CURRENT_TRIPLES, union_default_graph=False)
    ox.serialize(triples, out, ox.RdfFormat.TURTLE, prefixes=PREFIXES)


@register("rdf", "jsonld")
def write_jsonld(store, out: BinaryIO, **options) -> None:
    """The current data as compact JSON-LD with the claimgraph prefixes as context."""
    triples = store.select(CURRENT_TRIPLES, union_default_graph=False)
    graph = rdflib.Graph()
    graph.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
    out.write(graph.serialize(format="json-ld", context=PREFIXES, auto_compact=True).encode("utf-8"))
