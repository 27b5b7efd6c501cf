"""Views as two CSV files, nodes.csv and edges.csv, for Gephi's spreadsheet import (Id/Label,
Source/Target/Type/Weight columns first; colour as #rrggbb, size, and the view's attributes)."""
from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx

from claimgraph.errors import ExportError
from claimgraph.exports.registry import register

NODE_HEAD = ["Id", "Label", "Color", "Size", "Start"]
EDGE_HEAD = ["Id", "Source", "Target", "Type", "Label", "Weight", "Start"]


@register("csv", "csv")
def write_csv_view(store, folder, view: str = "entities", **options) -> None:
    """nodes.csv and edges.csv of a view in `folder` (created)."""
    from claimgraph.exports.view import view_graph

    write_graph(view_graph(store, view), folder)


write_csv_view.writes_folder = True  # export() passes the path, not an open stream


def write_graph(graph: nx.MultiDiGraph, folder) -> None:
    from claimgraph.exports.gexf import attribute_types, edge_id

    if folder is None:
        raise ExportError("export csv: pass -o DIR (nodes.csv and edges.csv are written there)")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    node_cols = list(attribute_types(d for _, d in graph.nodes(data=True)))
    edge_cols = [c for c in attribute_types(d for _, _, d in graph.edges(data=True)) if c != "kind"]
    with open(folder / "nodes.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(NODE_HEAD + node_cols)
        for node, data in graph.nodes(data=True):
            viz = data.get("viz") or {}
            colour = "#{r:02x}{g:02x}{b:02x}".format(**viz["color"]) if "color" in viz else ""
            writer.writerow([node, data.get("label", node), colour, viz.get("size", ""), data.get("start", "")]
                            + [_cell(data.get(c)) for c in node_cols])
    with open(folder / "edges.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(EDGE_HEAD + edge_cols)
        for source, target, key, data in graph.edges(keys=True, data=True):
            writer.writerow([edge_id(source, key, target), source, target, "Directed", data.get("kind", key),
                             data.get("weight", 1), data.get("start", "")] + [_cell(data.get(c)) for c in edge_cols])


def _cell(value) -> str:
    return "" if value is None else str(value)
