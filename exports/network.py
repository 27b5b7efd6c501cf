"""The entity graph as a networkx MultiDiGraph, shared by the GEXF and GraphML writers.

Nodes are keyed by entity IRI with `type`, `label`, `claim_count` and, when known, `lab`, `region`,
`licence`, `parameters`, and for models and series `openness` ("open-weight" or "proprietary");
edges (one per kind) carry `kind`, `weight` and `origin` ("claims", "gazetteer" or "both").
A model without a stated lab or licence takes its series'; without a region, its lab's.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from claimgraph.graph.vocab import normalise_label

VIEWS = Path(__file__).with_name("views")
# Edge kind -> the node attribute it fills on its source node.
ATTRIBUTE_OF_EDGE = {"developedBy": "lab", "region": "region", "license": "licence"}
# Licences under which weights are published (keys as normalise_label gives them). A model with no
# such licence, stated or inherited from its series, is "proprietary".
OPEN_LICENCES = frozenset(normalise_label(name) for name in (
    "Apache-2.0", "Apache 2.0", "MIT", "BSD-3-Clause", "BSD-2-Clause", "GPL-3.0", "LGPL-3.0", "AGPL-3.0",
    "MPL-2.0", "CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "OpenRAIL", "OpenRAIL-M", "Llama", "Llama 2",
    "Llama 3", "Llama 3.1", "Llama 3.2", "Llama 3.3", "Llama 4", "Gemma", "Qwen", "DeepSeek", "Mistral Research",
    "NVIDIA Open Model License", "Falcon", "Yi"))


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
    for data in graph.nodes.values():
        if data["type"] == "Region":
            data["region"] = data["label"]  # so that colouring by region colours the regions too
    _inherit_from_series(graph)
    _inherit_region(graph)
    _set_openness(graph)
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


def _targets(graph: nx.MultiDiGraph, node: str, kind: str) -> list[str]:
    return sorted(t for _, t, k in graph.out_edges(node, keys=True) if k == kind)


def _inherit_from_series(graph: nx.MultiDiGraph) -> None:
    """A model without a stated lab or licence gets its series' (Qwen 3.5 9B -> Qwen 3.5 -> Alibaba)."""
    for node, data in graph.nodes(data=True):
        for series in _targets(graph, node, "memberOf"):
            for kind in ("developedBy", "license"):
                if not _targets(graph, node, kind):
                    for target in _targets(graph, series, kind):
                        data.setdefault(ATTRIBUTE_OF_EDGE[kind], graph.nodes[target]["label"])


def _set_openness(graph: nx.MultiDiGraph) -> None:
    """open-weight when any licence of the model (or of its series) is an open one."""
    for node, data in graph.nodes(data=True):
        if data["type"] not in ("Model", "Series"):
            continue
        licences = _targets(graph, node, "license") or [t for s in _targets(graph, node, "memberOf")
                                                        for t in _targets(graph, s, "license")]
        labels = {normalise_label(graph.nodes[t]["label"]) for t in licences}
        data["openness"] = "open-weight" if labels & OPEN_LICENCES else "proprietary"


def _inherit_region(graph: nx.MultiDiGraph) -> None:
    """A model without a stated region gets its lab's (its own, else its series')."""
    for node, data in graph.nodes(data=True):
        if "region" in data:
            continue
        labs = _targets(graph, node, "developedBy") or [t for s in _targets(graph, node, "memberOf")
                                                        for t in _targets(graph, s, "developedBy")]
        regions = sorted({graph.nodes[lab]["region"] for lab in labs if "region" in graph.nodes[lab]})
        if regions:
            data["region"] = regions[0]
