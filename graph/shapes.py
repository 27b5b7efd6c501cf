"""SHACL validation of the current data against `graph/shapes.ttl` (pyshacl over an rdflib graph)."""
from __future__ import annotations

from pathlib import Path

SHAPES = Path(__file__).with_name("shapes.ttl")
_QUERY = """
SELECT ?focus ?path ?message WHERE {
  ?r a <http://www.w3.org/ns/shacl#ValidationResult> ; <http://www.w3.org/ns/shacl#focusNode> ?focus .
  OPTIONAL { ?r <http://www.w3.org/ns/shacl#resultPath> ?path }
  OPTIONAL { ?r <http://www.w3.org/ns/shacl#resultMessage> ?message }
} ORDER BY ?focus ?path"""


def validate_store(store) -> list[dict]:
    """Violations of the shapes by the current data (earlier revisions excluded), as focus/path/message dicts."""
    import pyoxigraph as ox
    import pyshacl
    import rdflib

    graph = rdflib.Graph()
    for g in store.current_graphs():
        graph.parse(data=store.dump(ox.RdfFormat.N_TRIPLES, graph=g), format="nt")
    conforms, report, _ = pyshacl.validate(graph, shacl_graph=str(SHAPES), shacl_graph_format="turtle",
                                           inference="none", allow_warnings=True)
    if conforms:
        return []
    return [{"focus": str(r.focus), "path": str(r.path or ""), "message": str(r.message or "")}
            for r in report.query(_QUERY)]
