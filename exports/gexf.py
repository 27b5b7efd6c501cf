"""Views as GEXF 1.3 for Gephi: typed attributes, viz colour and size, optional time intervals.

Written directly (not with networkx's `write_gexf`, which builds an ElementTree of the whole
graph first): one pass over nodes and edges into a buffered stream. networkx, Gephi and
graphology-gexf read the result.
"""
from __future__ import annotations

import io
from datetime import datetime, timezone
from typing import BinaryIO
from xml.sax.saxutils import escape as _escape

import networkx as nx

from claimgraph.exports.registry import register

HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
        '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n')
# Written as XML attributes or elements, not as <attvalue>s.
RESERVED = {"label", "viz", "start", "end", "weight", "kind_of_edge"}
_ATTR_ESCAPES = {'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
_INVALID_XML = dict.fromkeys(c for c in range(32) if c not in (9, 10, 13))


@register("gexf", "gexf")
def write_gexf_view(store, out: BinaryIO, view: str = "entities", dynamic: bool = False, **options) -> None:
    """A view (default: every entity) as GEXF; `dynamic` adds start dates for Gephi's timeline."""
    from claimgraph.exports.view import view_graph

    write_graph(view_graph(store, view, dates=dynamic), out, dynamic=dynamic)


def write_graph(graph: nx.MultiDiGraph, out: BinaryIO, dynamic: bool = False) -> None:
    """Write an attributed graph (see exports.view) as GEXF 1.3.

    Args:
        graph: nodes and edges with plain attributes, nodes with `viz` {color, size}, both with
            an optional `start` date (YYYY-MM-DD).
        out: a binary stream.
        dynamic: write mode="dynamic" and the start dates; otherwise a static graph.
    """
    text = io.TextIOWrapper(out, encoding="utf-8", write_through=False, newline="\n")
    node_types = attribute_types(data for _, data in graph.nodes(data=True))
    edge_types = attribute_types(data for _, _, data in graph.edges(data=True))
    text.write(HEAD)
    text.write(f'  <meta lastmodifieddate="{datetime.now(timezone.utc).date()}">'
               f'<creator>claimgraph</creator><description>{_text(graph.graph.get("title") or graph.graph.get("name", ""))}'
               '</description></meta>\n')
    mode = ' mode="dynamic" timeformat="date"' if dynamic else ' mode="static"'
    text.write(f'  <graph defaultedgetype="directed"{mode}>\n')
    _write_attribute_declarations(text, "node", node_types)
    _write_attribute_declarations(text, "edge", edge_types)
    text.write("    <nodes>\n")
    for node, data in graph.nodes(data=True):
        _write_node(text, node, data, node_types, dynamic)
    text.write("    </nodes>\n    <edges>\n")
    for source, target, key, data in graph.edges(keys=True, data=True):
        _write_edge(text, source, target, key, data, edge_types, dynamic)
    text.write("    </edges>\n  </graph>\n</gexf>\n")
    text.flush()
    text.detach()


def attribute_types(rows) -> dict[str, str]:
    """Attribute name -> GEXF type (long, double, boolean, string), the widest its values need."""
    types: dict[str, str] = {}
    for data in rows:
        for name, value in data.items():
            if name in RESERVED:
                continue
            kind = _type_of(value)
            old = types.get(name)
            if old is None or old == kind:
                types[name] = kind
            elif {old, kind} == {"long", "double"}:
                types[name] = "double"
            else:
                types[name] = "string"
    return dict(sorted(types.items()))


def _type_of(value) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    return "string"


def _write_attribute_declarations(text, cls: str, types: dict[str, str]) -> None:
    text.write(f'    <attributes class="{cls}" mode="static">\n')
    for name, kind in types.items():
        text.write(f'      <attribute id="{_attr(name)}" title="{_attr(name)}" type="{kind}"/>\n')
    text.write("    </attributes>\n")


def _write_node(text, node, data: dict, types: dict[str, str], dynamic: bool) -> None:
    start = f' start="{data["start"]}"' if dynamic and data.get("start") else ""
    text.write(f'      <node id="{_attr(node)}" label="{_attr(data.get("label", node))}"{start}>\n')
    _write_attvalues(text, data, types)
    viz = data.get("viz") or {}
    if "color" in viz:
        c = viz["color"]
        text.write(f'        <viz:color r="{int(c["r"])}" g="{int(c["g"])}" b="{int(c["b"])}" a="{float(c.get("a", 1.0))}"/>\n')
    if "size" in viz:
        text.write(f'        <viz:size value="{float(viz["size"])}"/>\n')
    text.write("      </node>\n")


def _write_edge(text, source, target, key, data: dict, types: dict[str, str], dynamic: bool) -> None:
    start = f' start="{data["start"]}"' if dynamic and data.get("start") else ""
    weight = data.get("weight", 1)
    text.write(f'      <edge id="{_attr(edge_id(source, key, target))}" source="{_attr(source)}" '
               f'target="{_attr(target)}" label="{_attr(data.get("kind", key))}" weight="{float(weight)}"{start}>\n')
    _write_attvalues(text, data, types)
    text.write("      </edge>\n")


def _write_attvalues(text, data: dict, types: dict[str, str]) -> None:
    values = [(name, value) for name, value in data.items() if name in types and value is not None]
    if not values:
        return
    text.write("        <attvalues>\n")
    for name, value in values:
        if isinstance(value, bool):
            value = "true" if value else "false"
        text.write(f'          <attvalue for="{_attr(name)}" value="{_attr(value)}"/>\n')
    text.write("        </attvalues>\n")


def edge_id(source: str, kind: str, target: str) -> str:
    """The stable id of an edge: its ends and kind (IRIs hold no spaces)."""
    return f"{source} {kind} {target}"


def _attr(value) -> str:
    """An XML attribute value: escaped, without characters XML 1.0 forbids."""
    return _escape(str(value).translate(_INVALID_XML), _ATTR_ESCAPES)


def _text(value) -> str:
    return _escape(str(value).translate(_INVALID_XML))
