"""The entity graph as GraphML (for yEd, Cytoscape, igraph)."""
from __future__ import annotations

from typing import BinaryIO

import networkx as nx

from claimgraph.exports.network import entity_graph
from claimgraph.exports.registry import register


@register("graphml", "graphml")
def write_graphml(store, out: BinaryIO, **options) -> None:
    """Nodes keyed by IRI with their attributes; edges with kind, weight and origin."""
    nx.write_graphml(entity_graph(store), out)
