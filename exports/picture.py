"""A view as a PNG picture (matplotlib's Agg backend over networkx): a quick look without Gephi.
Nodes in their viz colour and size, labelled (the largest ones when there are many), a legend by
colour, edge width by weight."""
from __future__ import annotations

from typing import BinaryIO

import networkx as nx

from claimgraph.exports.registry import register

MAX_LABELS = 60


@register("png", "png")
def write_png_view(store, out: BinaryIO, view: str = "entities", **options) -> None:
    """A picture of a view (default: every entity)."""
    from claimgraph.exports.view import view_graph

    draw_graph(view_graph(store, view, dates=False), out)


def draw_graph(graph: nx.MultiDiGraph, out: BinaryIO) -> None:
    """Draw an attributed view graph (see exports.view) to a PNG stream."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    fig, ax = plt.subplots(figsize=(14, 10), dpi=110)
    simple = nx.DiGraph(graph)
    positions = nx.spring_layout(simple.to_undirected(), seed=7, k=2.2 / max(len(simple), 1) ** 0.5, iterations=200)
    colours = [_rgb(data) for _, data in graph.nodes(data=True)]
    sizes = [18 * data.get("viz", {}).get("size", 4) for _, data in graph.nodes(data=True)]
    widths = [0.6 + min(float(d.get("weight", 1)), 6) * 0.5 for _, _, d in simple.edges(data=True)]
    nx.draw_networkx_edges(simple, positions, ax=ax, width=widths, alpha=0.35, arrowsize=8, edge_color="#555555",
                           node_size=sizes)
    nx.draw_networkx_nodes(graph, positions, ax=ax, node_color=colours, node_size=sizes, linewidths=0.5,
                           edgecolors="#333333")
    ranked = sorted(graph.nodes, key=lambda n: -graph.nodes[n].get("viz", {}).get("size", 0))[:MAX_LABELS]
    labels = {n: _short(graph.nodes[n].get("label", n)) for n in ranked}
    above = {n: (x, y + 0.03) for n, (x, y) in positions.items()}  # beside the node, not over its colour
    nx.draw_networkx_labels(graph, above, labels, ax=ax, font_size=8,
                            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.7})
    by = graph.graph.get("color_by", "type")
    legend = {}
    for _, data in graph.nodes(data=True):
        legend.setdefault(str(data.get(by) or f"no {by}"), _rgb(data))
    handles = [Line2D([], [], marker="o", linestyle="", markersize=9, markerfacecolor=c, markeredgecolor="#333333",
                      label=name) for name, c in sorted(legend.items())]
    ax.legend(handles=handles, title=by, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    ax.set_title(graph.graph.get("title") or graph.graph.get("name", ""), fontsize=12)
    ax.axis("off")
    fig.tight_layout()
    fig.savefig(out, format="png")
    plt.close(fig)


def _rgb(data: dict) -> tuple[float, float, float]:
    colour = data.get("viz", {}).get("color", {"r": 190, "g": 190, "b": 190})
    return (colour["r"] / 255, colour["g"] / 255, colour["b"] / 255)


def _short(label: str, limit: int = 28) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
