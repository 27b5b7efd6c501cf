"""The entity graph as a networkx MultiDiGraph, shared by the GEXF and GraphML writers.

Nodes are keyed by entity IRI with `type`, `label`, `claim_count` and, when known, `lab`, `region`,
`licence`, `parameters`; edges (one per kind) carry `kind`, `weight` and `origin`
("claims", "gazetteer" or "both").
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

VIEWS = Path(__file__).with_name("views")
# Edge kind -> the node attribute it fills on its source node.
ATTRIBUTE_OF_EDGE = {"developedBy": "lab", "region": "region", "license": "licence"}


def load_view(name: str) -> str:
    return (VIEWS / f"{name}.rq").read_text(encoding="utf-8")


def entity_graph(store) -> nx.MultiDiGraph:
    """Entities of the current data and the entity-level edges between them."""
    graph = nx.MultiDiGraph()
    for row in store.select(load_view("entity_nodes")):
        graph.add_node(row["e"], type=row["type"], label=row["label"] or row["e"], claim_count=0)
    _set_attribute(graph, "claim_count", store.select(load_view("entity_claim_counts")), int)
    _set_attribute(graph, "parameters", store.select(load_view("entity_parameters")), float)
    for row in store.select(load_view("entity_edges")):
        _add_edge(graph, row)
    _inherit_region(graph)
    return graph


def _set_attribute(graph: nx.MultiDiGraph, name: str, rows: list[dict], convert) -> None:
    """Copy the single non-key column of `rows` onto the nodes (GEXF/GraphML want one type per key)."""
    for row in rows:
        if row["e"] in graph and row[name] is not None:
            graph.nodes[row["e"]][name] = convert(row[name])


def _add_edge(graph: nx.MultiDiGraph, row: dict) -> None:
    source, target, kind = row["s"], row["o"], row["kind"]
    if source not in graph or target not in graph:
        return  # an edge to a literal or to an entity without a label: nothing to draw
    stated = row["weight"] - row["background"]
    origin = "both" if stated and row["background"] else ("gazetteer" if row["background"] else "claims")
    graph.add_edge(source, target, key=kind, kind=kind, weight=row["weight"], origin=origin)
    if kind in ATTRIBUTE_OF_EDGE:
        graph.nodes[source][ATTRIBUTE_OF_EDGE[kind]] = graph.nodes[target]["label"]


def _inherit_region(graph: nx.MultiDiGraph) -> None:
    """A model without a stated region gets its lab's."""
    for node, data in graph.nodes(data=True):
        if "region" in data:
            continue
        labs = [t for _, t, k in graph.out_edges(node, keys=True) if k == "developedBy"]
        regions = sorted({graph.nodes[lab]["region"] for lab in labs if "region" in graph.nodes[lab]})
        if regions:
            data["region"] = regions[0]
