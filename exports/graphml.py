"""Views as GraphML (for Gephi, yEd, Cytoscape, igraph). Gephi reads node colour and size from the
`r`, `g`, `b` and `size` attributes, which are written next to the view's own attributes."""
from __future__ import annotations

from typing import BinaryIO

import networkx as nx

from claimgraph.exports.registry import register


@register("graphml", "graphml")
def write_graphml_view(store, out: BinaryIO, view: str = "entities", **options) -> None:
    """A view (default: every entity): nodes keyed by IRI with their attributes; edges with kind and weight."""
    from claimgraph.exports.view import view_graph

    write_graph(view_graph(store, view), out)


def write_graph(graph: nx.MultiDiGraph, out: BinaryIO) -> None:
    """GraphML of an attributed view graph; `viz` flattened to r, g, b, size; one type per attribute."""
    from claimgraph.exports.gexf import attribute_types

    flat = nx.MultiDiGraph(name=graph.graph.get("name", ""))
    node_types = attribute_types(d for _, d in graph.nodes(data=True))
    edge_types = attribute_types(d for _, _, d in graph.edges(data=True))
    for node, data in graph.nodes(data=True):
        attributes = _typed(data, node_types)
        attributes["label"] = data.get("label", node)
        viz = data.get("viz") or {}
        if "color" in viz:
            attributes.update(r=int(viz["color"]["r"]), g=int(viz["color"]["g"]), b=int(viz["color"]["b"]))
        if "size" in viz:
            attributes["size"] = float(viz["size"])
        flat.add_node(node, **attributes)
    for source, target, key, data in graph.edges(keys=True, data=True):
        attributes = _typed(data, edge_types)
        attributes["weight"] = float(data.get("weight", 1))
        flat.add_edge(source, target, key=key, **attributes)
    nx.write_graphml(flat, out)


def _typed(data: dict, types: dict[str, str]) -> dict:
    """Values cast to the attribute's single type (GraphML declares one type per key)."""
    cast = {"long": int, "double": float, "boolean": bool, "string": str}
    return {name: cast[types[name]](value) for name, value in data.items() if name in types and value is not None}
