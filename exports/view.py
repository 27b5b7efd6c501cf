"""Views: a SPARQL CONSTRUCT (a `.rq` file) mapped to a graph of nodes and edges with attributes.

A view file is a CONSTRUCT query with an optional header of `# @key: value` lines:

    # @title: Regions and the capability domains they lead
    # @color: region            node attribute that picks viz:color (default: type)
    # @size: claim_count        numeric node attribute that picks viz:size (default: claim_count)

The mapping from the constructed triples (namespace `view:` = https://w3id.org/claimgraph/view#):

- **Nodes**: every IRI with an `rdf:type`, and every edge endpoint. The node id is the IRI (stable
  across re-exports). `type` is the local name of its class (`view:type` overrides); `label` is
  `view:label`, `skos:prefLabel`, `rdfs:label` or `dcterms:title`, else the end of the IRI.
- **Node attributes**: every literal triple `node P value` gives an attribute named after P's local
  name (`cg:parameters` -> `parameters`, `view:claim_count` -> `claim_count`).
- **Edges**: a triple `node P node` is an edge of kind P's local name and weight 1. A resource
  typed `view:Edge` (usually `BNODE()`) is an edge with `view:source`, `view:target`, `view:kind`,
  `view:weight`; its other literal properties become edge attributes.
- **Merging**: edges with the same (source, kind, target) are one edge: `weight` and `*_count`
  attributes add up, other numbers keep the largest, texts are the sorted union of their
  "; "-separated items. So a query may emit one edge per supporting claim.
- **Entities**: nodes that are claimgraph entities get the standard attributes from the store
  (type, label, region, lab, licence, parameters, claim_count, openness) unless the query set them.
- **Time**: every node gets `start`, the earliest publication date (`dcterms:issued`, else the
  fetch time) of the sources of its claims; an edge gets the earliest date of its `claims`
  (a "; "-list of claim IRIs), else the later start of its two ends.
- **Looks**: `viz:color` from the `@color` attribute (fixed colours for entity types and the
  common regions), `viz:size` from the `@size` attribute (4 + 4 * sqrt(value)).
"""
from __future__ import annotations

import colorsys
import hashlib
import math
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from claimgraph.errors import ExportError
from claimgraph.exports.network import load_view as helper_query

VIEWS = Path(__file__).with_name("views")
VIEW_NS = "https://w3id.org/claimgraph/view#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL_PREDICATES = (VIEW_NS + "label", "http://www.w3.org/2004/02/skos/core#prefLabel",
                    "http://www.w3.org/2000/01/rdf-schema#label", "http://purl.org/dc/terms/title")
EDGE_FIELDS = {VIEW_NS + "source": "source", VIEW_NS + "target": "target", VIEW_NS + "kind": "kind"}
ENTITY_ATTRIBUTES = ("type", "label", "region", "lab", "licence", "parameters", "claim_count", "openness")
SEPARATOR = "; "
# Internal helper queries in views/ (SELECTs), not views a user exports.
HELPERS = ("entity_nodes", "entity_edges", "entity_claim_counts", "entity_parameters", "source_dates", "claim_mentions",
           "disagreement_claims", "domain_scores")

TYPE_COLOURS = {
    "Model": (31, 119, 180), "Series": (158, 202, 225), "Lab": (255, 127, 14), "Region": (44, 160, 44),
    "Benchmark": (148, 103, 189), "Domain": (214, 39, 40), "License": (140, 86, 75), "Source": (127, 127, 127),
    "Claim": (188, 189, 34), "Disagreement": (227, 119, 194),
}
REGION_COLOURS = {"China": (214, 39, 40), "United States": (31, 119, 180), "Europe": (255, 187, 0),
                  "Canada": (227, 119, 194), "Middle East": (140, 86, 75), "Japan": (23, 190, 207)}
UNKNOWN_COLOUR = (190, 190, 190)


@dataclass(frozen=True)
class View:
    """A view: its name, the CONSTRUCT query, and the mapping options of its header."""

    name: str
    query: str
    title: str = ""
    color: str = "type"
    size: str = "claim_count"
    path: Path | None = field(default=None, compare=False)


def list_views() -> list[View]:
    """The shipped views (every `views/*.rq` that is a CONSTRUCT), by name."""
    return [read_view(p) for p in sorted(VIEWS.glob("*.rq")) if p.stem not in HELPERS]


def load_view(name_or_path: str | Path) -> View:
    """A shipped view by name ("region-specialization") or a user's CONSTRUCT file (".../mine.rq").

    Raises:
        ExportError: no such view or file, or the file is not a CONSTRUCT query.
    """
    text = str(name_or_path)
    path = Path(text)
    if text.endswith(".rq") or path.is_file():
        if not path.is_file():
            raise ExportError(f"view file '{text}': not found; pass an existing .rq file or a view name")
        return read_view(path)
    for view in list_views():
        if view.name == text:
            return view
    known = ", ".join(v.name for v in list_views())
    raise ExportError(f"view '{text}': unknown; known views: {known} (or pass a FILE.rq)")


def read_view(path: Path) -> View:
    """Parse a view file: its `# @key: value` header and the query."""
    query = path.read_text(encoding="utf-8")
    options = {}
    for line in query.splitlines():
        if line.startswith("# @") and ":" in line:
            key, value = line[3:].split(":", 1)
            options[key.strip()] = value.strip()
    if "CONSTRUCT" not in query.upper():
        raise ExportError(f"view file '{path}': not a CONSTRUCT query; a view builds triples (see README, Views for Gephi)")
    return View(path.stem.replace("_", "-"), query, options.get("title", ""), options.get("color", "type"),
                options.get("size", "claim_count"), path)


def view_graph(store, view: View | str, dates: bool = True) -> nx.MultiDiGraph:
    """Run a view on the store and map its triples to a graph with Gephi's attributes.

    Args:
        store: an open claimgraph Store.
        view: a View, a view name or a path to a CONSTRUCT file.
        dates: set `start` on nodes and edges (a pass over every claim: half of a static GEXF's time
            at 10,000 articles, where nothing writes them).
    Returns:
        A MultiDiGraph: nodes keyed by IRI, edges keyed by kind, both with attributes and `viz`;
        graph attributes `name`, `title`, `color_by`.
    """
    view = view if isinstance(view, View) else load_view(view)
    triples = store.select(view.query)
    if not isinstance(triples, list):
        raise ExportError(f"view '{view.name}': the query is not a CONSTRUCT")
    graph = graph_from_triples(triples)
    graph.graph.update(name=view.name, title=view.title, color_by=view.color)
    add_entity_attributes(graph, entity_attributes(store))
    if dates:
        add_time(graph, node_dates(store))
    add_viz(graph, view.color, view.size)
    return graph


# -- triples -> graph ---------------------------------------------------------------------------
def graph_from_triples(triples: list) -> nx.MultiDiGraph:
    """Apply the mapping rules (module docstring) to CONSTRUCT triples."""
    subjects: dict[str, dict[str, list]] = {}
    for t in triples:
        subjects.setdefault(_key(t.subject), {}).setdefault(t.predicate.value, []).append(t.object)
    edge_resources = {s for s, props in subjects.items()
                      if any(isinstance(o, ox.NamedNode) and o.value == VIEW_NS + "Edge" for o in props.get(RDF_TYPE, []))}
    graph = nx.MultiDiGraph()
    for subject, props in subjects.items():
        if subject not in edge_resources and RDF_TYPE in props:
            _add_node(graph, subject, props)
    for subject, props in subjects.items():
        if subject in edge_resources:
            _add_edge_resource(graph, props)
        else:
            _add_plain_edges(graph, subject, props, edge_resources)
    return graph


def _key(term) -> str:
    return term.value if isinstance(term, (ox.NamedNode, ox.Literal)) else str(term)


def _add_node(graph: nx.MultiDiGraph, iri: str, props: dict) -> None:
    classes = sorted(o.value for o in props.get(RDF_TYPE, []) if isinstance(o, ox.NamedNode))
    data = graph.nodes[iri] if iri in graph else {}
    if classes:
        data.setdefault("type", local_name(classes[0]))
    for predicate in LABEL_PREDICATES:
        if predicate in props and "label" not in data:
            data["label"] = min(o.value for o in props[predicate])
    for predicate, objects in props.items():
        if predicate in LABEL_PREDICATES or predicate == RDF_TYPE:
            continue
        for value in (o for o in objects if isinstance(o, ox.Literal)):
            _merge_value(data, local_name(predicate), literal_value(value))
    graph.add_node(iri, **data)


def _add_plain_edges(graph: nx.MultiDiGraph, subject: str, props: dict, edge_resources: set) -> None:
    for predicate, objects in props.items():
        if predicate == RDF_TYPE:
            continue
        for target in (o.value for o in objects if isinstance(o, ox.NamedNode)):
            if target not in edge_resources:
                add_edge(graph, subject, target, local_name(predicate), {"weight": 1})


def _add_edge_resource(graph: nx.MultiDiGraph, props: dict) -> None:
    ends = {name: _first(props.get(predicate)) for predicate, name in EDGE_FIELDS.items()}
    if not ends["source"] or not ends["target"]:
        return  # an edge missing an end (an OPTIONAL that did not match): nothing to draw
    attributes = {"weight": 1}
    for predicate, objects in props.items():
        if predicate in EDGE_FIELDS or predicate == RDF_TYPE:
            continue
        name = local_name(predicate)
        values = [literal_value(o) if isinstance(o, ox.Literal) else _key(o) for o in objects]
        if len(values) == 1 and not isinstance(values[0], str):
            attributes[name] = values[0]
        else:  # a text, or a "; "-list (GROUP_CONCAT): sorted, without empty items
            items = {item for value in values for item in str(value).split(SEPARATOR)} - {""}
            if items:
                attributes[name] = SEPARATOR.join(sorted(items))
    add_edge(graph, ends["source"], ends["target"], ends["kind"] or "edge", attributes)


def _first(objects) -> str | None:
    return _key(objects[0]) if objects else None


def add_edge(graph: nx.MultiDiGraph, source: str, target: str, kind: str, attributes: dict) -> None:
    """Add or merge the edge (source, kind, target)."""
    for node in (source, target):
        if node not in graph:
            graph.add_node(node)
    if graph.has_edge(source, target, key=kind):
        data = graph.edges[source, target, kind]
        for name, value in attributes.items():
            _merge_value(data, name, value, add=name == "weight" or name.endswith("_count"))
    else:
        graph.add_edge(source, target, key=kind, kind=kind, **attributes)


def _merge_value(data: dict, name: str, value, add: bool = False) -> None:
    """Combine a second value of an attribute: add, keep the larger number, or unite the texts."""
    old = data.get(name)
    if old is None:
        data[name] = value
    elif isinstance(old, (int, float)) and isinstance(value, (int, float)) and not isinstance(old, bool):
        data[name] = old + value if add else max(old, value)
    else:
        items = set(str(old).split(SEPARATOR)) | set(str(value).split(SEPARATOR))
        data[name] = SEPARATOR.join(sorted(items - {""}))


def local_name(iri: str) -> str:
    """The part of an IRI after its last '#' or '/'."""
    return iri.rsplit("#", 1)[-1] if "#" in iri else iri.rstrip("/").rsplit("/", 1)[-1]


def literal_value(literal: ox.Literal):
    """int, float, bool or str for a literal."""
    from claimgraph.graph.store import to_python

    value = to_python(literal)
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53 and "." not in literal.value:
        return int(value)
    return value


# -- entity attributes, dates ---------------------------------------------------------------------
def entity_attributes(store) -> dict[str, dict]:
    """The standard attributes of every entity of the current data (see network.entity_graph)."""
    from claimgraph.exports.network import entity_graph

    graph = entity_graph(store)
    return {node: {k: v for k, v in data.items() if k in ENTITY_ATTRIBUTES} for node, data in graph.nodes(data=True)}


def add_entity_attributes(graph: nx.MultiDiGraph, attributes: dict[str, dict]) -> None:
    """Fill the standard attributes the query did not set; label and type for every node."""
    for node, data in graph.nodes(data=True):
        for name, value in attributes.get(node, {}).items():
            data.setdefault(name, value)
        data.setdefault("type", "Resource")
        data.setdefault("label", local_name(node))
        data.setdefault("claim_count", 0)


def node_dates(store) -> dict[str, str]:
    """IRI -> earliest publication date (YYYY-MM-DD) of sources, claims, entities and disagreements.

    A source's date is dcterms:issued, else dcterms:date, else its fetch time. Claims take their
    source's; entities their earliest claim's; a disagreement the date its last claim arrived (when it
    became a disagreement). Three linear scans joined here: as one SPARQL join (the query kept in
    tests/resources/node_dates_reference.rq, which a test compares with this) it took 13 minutes at
    10,000 articles.
    """
    graph_dates = {(r["src"], r["g"]): r["date"] for r in store.select(helper_query("source_dates")) if r["date"]}
    dates: dict[str, str] = {}

    def earliest(iri: str, date: str) -> None:
        if date < dates.get(iri, "9999"):
            dates[iri] = date

    for (source, _), date in graph_dates.items():
        earliest(source, date)
    claim_dates: dict[str, str] = {}
    for row in store.select(helper_query("claim_mentions")):
        date = graph_dates.get((row["src"], row["g"]))
        if date is None:  # an earlier revision's graph
            continue
        claim_dates[row["claim"]] = min(date, claim_dates.get(row["claim"], date))
        earliest(row["claim"], date)
        if row["e"] is not None:
            earliest(row["e"], date)
    for row in store.select(helper_query("disagreement_claims")):
        date = claim_dates.get(row["claim"])
        if date is not None and date > dates.get(row["d"], ""):
            dates[row["d"]] = date
    return dates


def add_time(graph: nx.MultiDiGraph, dates: dict[str, str]) -> None:
    """Set `start` on nodes and edges so a dynamic GEXF replays the arrival of the claims."""
    for node, data in graph.nodes(data=True):
        if node in dates:
            data["start"] = dates[node]
    for source, target, data in graph.edges(data=True):
        claims = [dates[c] for c in str(data.get("claims", "")).split(SEPARATOR) if c in dates]
        ends = [graph.nodes[n]["start"] for n in (source, target) if "start" in graph.nodes[n]]
        start = min(claims) if claims else (max(ends) if ends else None)
        if start:
            data["start"] = start
            for node in (source, target):  # an edge cannot exist before its ends (no start: always there)
                if graph.nodes[node].get("start", start) > start:
                    graph.nodes[node]["start"] = start


# -- looks -----------------------------------------------------------------------------------------
def add_viz(graph: nx.MultiDiGraph, color_by: str = "type", size_by: str = "claim_count") -> None:
    """viz colour from `color_by` (fixed palette, else a stable hash colour), size from `size_by`."""
    palette = REGION_COLOURS if color_by == "region" else TYPE_COLOURS
    for _, data in graph.nodes(data=True):
        key = data.get(color_by)
        colour = palette.get(key) or (hashed_colour(str(key)) if key not in (None, "") else UNKNOWN_COLOUR)
        size = data.get(size_by)
        size = size if isinstance(size, (int, float)) and size > 0 else 0
        data["viz"] = {"color": dict(zip("rgb", colour), a=1.0), "size": round(4 + 4 * math.sqrt(size), 3)}


def hashed_colour(key: str) -> tuple[int, int, int]:
    """A colour that stays the same for the same value across exports."""
    hue = int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF
    return tuple(int(c * 255) for c in colorsys.hsv_to_rgb(hue, 0.6, 0.85))
