"""Named queries: the shipped `queries/named/*.rq` files, their typed parameters, and binding them.

Each file starts with comment lines: the first says what the query answers, and each
`# @param NAME TYPE  help` declares a parameter. A parameter is a variable of the query; its value
is bound as an RDF term (Oxigraph substitutions), never pasted into the query text, and a parameter
left out stays unbound, so the query answers for every value. Types:

    model, benchmark, lab, region, license, entity   a label or alias (case-insensitive), or an IRI,
                                                     resolved to the entity's IRI
    iri                                              an IRI
    string                                           a plain literal
    integer, decimal                                 an xsd:integer / xsd:decimal literal
    date                                             an xsd:date literal (YYYY-MM-DD)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox

from claimgraph.errors import QueryError
from claimgraph.graph.rdf import node, typed
from claimgraph.graph.store import QUERIES, load_query
from claimgraph.graph.vocab import CG, XSD, entity_iri, normalise_label

NAMED = QUERIES / "named"
ENTITY_TYPES = {"model": ("Model", "Series"), "benchmark": ("Benchmark",), "lab": ("Lab",),
                "region": ("Region",), "license": ("License",),
                "entity": ("Model", "Series", "Lab", "Region", "Benchmark", "Domain", "License")}
PARAM_TYPES = tuple(ENTITY_TYPES) + ("iri", "string", "integer", "decimal", "date")
_PARAM = re.compile(r"#\s*@param\s+(\w+)\s+(\w+)\s*(.*)")


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    help: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    text: str


def named_queries() -> list[NamedQuery]:
    """Every shipped named query, by name."""
    return [load_named(p.stem) for p in sorted(NAMED.glob("*.rq"))]


def load_named(name: str) -> NamedQuery:
    """One named query with its description and parameters, read from its header comments.

    Raises:
        QueryError: no query has that name.
    """
    path = NAMED / f"{name}.rq"
    if not re.fullmatch(r"[\w-]+", name) or not path.exists():
        known = ", ".join(p.stem for p in sorted(NAMED.glob("*.rq")))
        raise QueryError(f"named query '{name}': not found; known: {known} (claimgraph query --list)")
    text = path.read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    description = " ".join(l.lstrip("# ").strip() for l in header if "@param" not in l).strip()
    params = tuple(Param(*m.groups()) for m in map(_PARAM.match, header) if m)
    for p in params:
        if p.type not in PARAM_TYPES:
            raise QueryError(f"named query '{name}': parameter {p.name} has unknown type {p.type}")
    return NamedQuery(name, description, params, text)


def bind_params(store, query: NamedQuery, values: dict[str, str]) -> dict[str, ox.NamedNode | ox.Literal]:
    """The substitutions for `values` (parameter name -> text as the user typed it), typed and resolved.

    Raises:
        QueryError: an unknown parameter, a value of the wrong type, or an entity that is not in the graph.
    """
    declared = {p.name: p for p in query.params}
    unknown = set(values) - set(declared)
    if unknown:
        names = ", ".join(declared) or "none"
        raise QueryError(f"named query '{query.name}': unknown parameter(s) {sorted(unknown)}; it takes: {names}")
    return {k: to_param_term(store, declared[k], v) for k, v in values.items()}


def to_param_term(store, param: Param, text: str):
    """One parameter value as an RDF term of its declared type."""
    try:
        if param.type in ENTITY_TYPES:
            return resolve_entity(store, text, ENTITY_TYPES[param.type], param.name)
        if param.type == "iri":
            return ox.NamedNode(text)
        if param.type == "integer":
            return typed(int(text), XSD.integer)
        if param.type == "decimal":
            return typed(format(Decimal(text), "f"), XSD.decimal)
        if param.type == "date":
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                raise ValueError(text)
            return typed(text, XSD.date)
    except (ValueError, InvalidOperation) as exc:
        raise QueryError(f"parameter {param.name}={text!r}: not a valid {param.type}") from exc
    return ox.Literal(text)


def resolve_entity(store, label: str, types: tuple[str, ...], param: str = "entity") -> ox.NamedNode:
    """The IRI of the entity of one of `types` whose label or alias is `label` (spacing, '-', '_' and case ignored).

    Raises:
        QueryError: no such entity (the message suggests the models query).
    """
    if re.match(r"^https?://", label):
        return ox.NamedNode(label)
    for entity_type in types:  # the usual case: the label is the entity's name, whose key is in its IRI
        iri = node(entity_iri(entity_type, label))
        if store.select(f"ASK {{ {iri} a {node(CG[entity_type])} }}"):
            return iri
    # else an alias: the distinct names of all entities, compared here, then the entities bearing them
    needle = normalise_label(label)
    names = [r["label"] for r in store.query(load_query("resolve_entity")) if normalise_label(r["label"].value) == needle]
    rows = store.select(load_query("entities_labelled").replace("VALUES ?label { }", "VALUES ?label { "
                        + " ".join(str(name) for name in names) + " }")) if names else []
    wanted = {str(CG[t]) for t in types}
    matches = sorted({r["e"] for r in rows if r["class"] in wanted})
    if not matches:
        raise QueryError(f"{param} '{label}': no {' or '.join(types).lower()} with that label or alias; "
                         "list them with: claimgraph query --name models")
    return node(matches[0])  # labels normalise to the IRI key, so several matches are rare
