"""Not a test: time our GEXF writer against networkx's write_gexf on a 50k-node / 200k-edge view.

    .venv/bin/python tests/exports/bench_export.py [NODES] [EDGES]
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from claimgraph.exports import gexf, graphml
from claimgraph.exports.view import add_viz

TYPES = ("Model", "Lab", "Benchmark", "Region", "Domain", "License", "Series")
REGIONS = ("China", "United States", "Europe", None)


def build(nodes: int, edges: int) -> nx.MultiDiGraph:
    """A view-shaped graph: typed, labelled entity nodes with the usual attributes, typed weighted edges."""
    rng = random.Random(7)
    graph = nx.MultiDiGraph(name="bench", title="50k bench")
    for i in range(nodes):
        data = {"type": TYPES[i % len(TYPES)], "label": f"Entity {i}", "claim_count": rng.randint(0, 40),
                "start": f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}
        if (region := REGIONS[i % 4]) is not None:
            data.update(region=region, lab=f"Lab {i % 97}", licence="Apache-2.0", parameters=float(rng.randint(1, 400)) * 1e9)
        graph.add_node(f"https://w3id.org/claimgraph/id/entity/{i}", **data)
    ids = list(graph.nodes)
    kinds = ("outperforms", "developedBy", "license", "domain")
    added = 0
    while added < edges:  # (MultiDiGraph.number_of_edges() walks the whole graph: count instead)
        s, t, k = rng.choice(ids), rng.choice(ids), rng.choice(kinds)
        if not graph.has_edge(s, t, key=k):
            graph.add_edge(s, t, key=k, kind=k, weight=rng.randint(1, 5), benchmarks="MMMU-Pro; Video-MME")
            added += 1
    add_viz(graph, "region")
    return graph


def timed(label: str, write, path: Path) -> None:
    start = time.perf_counter()
    with open(path, "wb") as out:
        write(out)
    print(f"{label:32} {time.perf_counter() - start:6.2f} s  {path.stat().st_size / 1e6:6.1f} MB")


def main(nodes: int = 50_000, edges: int = 200_000) -> None:
    start = time.perf_counter()
    graph = build(nodes, edges)
    print(f"built {nodes} nodes / {edges} edges in {time.perf_counter() - start:.1f} s")
    folder = Path(tempfile.mkdtemp())
    timed("claimgraph GEXF 1.3 (static)", lambda out: gexf.write_graph(graph, out), folder / "ours.gexf")
    timed("claimgraph GEXF 1.3 (dynamic)", lambda out: gexf.write_graph(graph, out, dynamic=True), folder / "dyn.gexf")
    timed("networkx write_gexf (1.2draft)", lambda out: nx.write_gexf(graph, out), folder / "nx.gexf")
    timed("claimgraph GraphML (networkx)", lambda out: graphml.write_graph(graph, out), folder / "ours.graphml")
    start = time.perf_counter()
    back = nx.read_gexf(folder / "ours.gexf")
    print(f"networkx read_gexf of ours          {time.perf_counter() - start:6.2f} s  "
          f"({back.number_of_nodes()} nodes, {back.number_of_edges()} edges)")


if __name__ == "__main__":
    main(*map(int, sys.argv[1:3]))
