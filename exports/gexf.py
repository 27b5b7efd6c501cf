"""The entity graph as GEXF (for Gephi). networkx writes GEXF 1.2draft."""
from __future__ import annotations

from typing import BinaryIO

import networkx as nx

from claimgraph.exports.network import entity_graph
from claimgraph.exports.registry import register


@register("gexf", "gexf")
def write_gexf(store, out: BinaryIO, **options) -> None:
    """Nodes keyed by IRI, with type/label/claim_count/lab/region/licence/parameters; typed edges."""
    nx.write_gexf(entity_graph(store), out)
