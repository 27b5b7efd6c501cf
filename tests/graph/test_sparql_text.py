"""The query text an external SPARQL store receives (no store needed): bindings, form, dataset options."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from claimgraph.graph.sparql_store import SparqlOx, is_sparql_url, query_form, redact, with_values


def test_bindings_become_one_values_block_of_escaped_terms_first_in_the_where_group():
    hostile = 'x" } ; DROP ALL ; { "'
    text = with_values('PREFIX a: <urn:x#>\n# { not here\nSELECT ?m ?n WHERE { ?m a:p ?n }',
                       {ox.Variable("m"): ox.NamedNode("urn:model"), ox.Variable("n"): ox.Literal(hostile)})
    assert text.endswith('WHERE { VALUES (?m ?n) { (<urn:model> "x\\" } ; DROP ALL ; { \\"") }  ?m a:p ?n }')
    parsed = ox.Store()
    parsed.add(ox.Quad(ox.NamedNode("urn:model"), ox.NamedNode("urn:x#p"), ox.Literal(hostile)))
    assert [s["n"].value for s in parsed.query(text)] == [hostile]  # the value stayed a literal


def test_construct_bindings_go_into_the_where_group_not_the_template():
    text = with_values("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", {ox.Variable("s"): ox.NamedNode("urn:s")})
    assert text == "CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?s) { (<urn:s>) }  ?s ?p ?o }"


@pytest.mark.parametrize("text, form", [("SELECT * {}", "SELECT"), ("# SELECT\nASK { }", "ASK"),
                                        ('PREFIX s: <urn:select>\nconstruct {} where {}', "CONSTRUCT"),
                                        ("DROP GRAPH <urn:g>", "")])
def test_query_form_ignores_comments_iris_and_strings(text, form):
    assert query_form(text) == form


def test_store_urls_and_their_options():
    assert is_sparql_url("sparql+https://h/sparql") and not is_sparql_url("http://h/sparql")
    assert redact("sparql+http://dba:secret@h:8890/sparql") == "sparql+http://dba:***@h:8890/sparql"
    backend = SparqlOx("sparql+http://h:8890/sparql-auth?gsp=/sparql-graph-crud-auth&graph_param=graph-uri")
    assert (backend.query_url, backend.update_url, backend.gsp_url, backend.graph_param) == (
        "http://h:8890/sparql-auth", "http://h:8890/sparql-auth", "http://h:8890/sparql-graph-crud-auth", "graph-uri")
    backend.close()
