"""Every export parses back with the tool that reads it."""
from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
import rdflib

from claimgraph import exports
from claimgraph.errors import ExportError
from claimgraph.graph.claims import claims_table


def exported(store, what: str, fmt: str) -> bytes:
    out = io.BytesIO()
    exports.export(store, what, fmt, out)
    return out.getvalue()


def test_formats_listed():
    assert {("claims", "jsonl"), ("claims", "csv"), ("conflicts", "jsonl"), ("rdf", "turtle"), ("rdf", "trig"),
            ("rdf", "nquads"), ("rdf", "jsonld"), ("gexf", "gexf"), ("graphml", "graphml")} <= set(exports.FORMATS)


def test_unknown_format_names_the_known_ones(store):
    with pytest.raises(ExportError, match="known: .*claims --format jsonl"):
        exports.export(store, "claims", "xlsx", io.BytesIO())


def test_claims_jsonl_and_csv(store, tmp_path):
    lines = exported(store, "claims", "jsonl").decode().splitlines()
    assert [json.loads(line) for line in lines] == claims_table(store)
    assert len(lines) == 10
    path = tmp_path / "claims.csv"
    exports.export(store, "claims", "csv", path)
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert len(rows) == 10 and list(rows[0])[:3] == ["source", "kind", "subject"]


def test_text_stream_output(store):
    text = io.StringIO()
    exports.export(store, "conflicts", "jsonl", text)
    [conflict] = [json.loads(line) for line in text.getvalue().splitlines()]
    assert conflict["kind"] == "score" and conflict["values"] == [49.2, 81.7]


def test_rdf_formats_parse_back(store):
    quads = len(list(store.quads()))
    dataset = rdflib.Dataset()
    dataset.parse(data=exported(store, "rdf", "trig"), format="trig")
    assert len(list(dataset.quads())) == quads
    nquads = rdflib.Dataset()
    nquads.parse(data=exported(store, "rdf", "nquads"), format="nquads")
    assert set(nquads.quads()) == set(dataset.quads())  # no blank nodes: plain set equality
    turtle = rdflib.Graph().parse(data=exported(store, "rdf", "turtle"), format="turtle")
    cg = rdflib.Namespace("https://w3id.org/claimgraph/ns#")
    assert len(set(turtle.subjects(rdflib.RDF.type, cg.ScoreClaim))) == 2
    jsonld = rdflib.Graph().parse(data=exported(store, "rdf", "jsonld"), format="json-ld")
    assert jsonld.isomorphic(turtle)


@pytest.mark.parametrize("fmt, read", [("gexf", nx.read_gexf), ("graphml", nx.read_graphml)])
def test_entity_graph_parses_back(store, tmp_path, fmt, read):
    path = tmp_path / f"graph.{fmt}"
    exports.export(store, fmt, fmt, path)
    graph = read(path)
    qwen = "https://w3id.org/claimgraph/id/model/qwen3.59b"
    node = graph.nodes[qwen]
    assert node["type"] == "Model" and node["lab"] == "Alibaba" and node["region"] == "China"
    assert node["licence"] == "Apache-2.0" and float(node["parameters"]) == 9e9 and int(node["claim_count"]) == 10
    kinds = {data["kind"]: data for _, _, data in graph.out_edges(qwen, data=True)}
    assert set(kinds) == {"developedBy", "license", "outperforms"}
    assert float(kinds["outperforms"]["weight"]) == 2 and kinds["developedBy"]["origin"] == "both"


def test_gazetteer_licence_and_series_reach_the_entity_graph(tmp_path):
    """A model no article gives a licence to takes the gazetteer's (GPT-OSS-120B is Apache-2.0, so
    open-weight, not "proprietary") and is drawn in its series, both edges marked as the gazetteer's."""
    from claimgraph.config import Settings
    from claimgraph.exports.network import entity_graph
    from claimgraph.graph.store import open_store
    from claimgraph.model import Claim, Document, Entity, Evidence, Extraction, RawDocument

    gpt = Entity("Model", "GPT-OSS-120B", attributes=(("developer", "OpenAI"), ("family", "GPT-OSS"),
                                                       ("license", "Apache-2.0")), known=True)
    sentence = "GPT-OSS-120B scored 80.1 on GPQA Diamond."
    claim = Claim("score", "GPT-OSS-120B", Evidence(sentence, 0, len(sentence)), benchmark="GPQA Diamond", value=80.1)
    with open_store(tmp_path / "home", Settings(lock_timeout=0.5)) as store:
        store.put_source(RawDocument("/docs/a.txt", sentence.encode(), "text/plain"), Document("/docs/a.txt", sentence),
                         Extraction((gpt, Entity("Benchmark", "GPQA Diamond", known=True)), (claim,), "1"))
        graph = entity_graph(store)
    model = "https://w3id.org/claimgraph/id/model/gptoss120b"
    assert graph.nodes[model]["openness"] == "open-weight" and graph.nodes[model]["licence"] == "Apache-2.0"
    edges = {kind: data["origin"] for _, target, kind, data in graph.out_edges(model, keys=True, data=True)}
    assert edges == {"developedBy": "gazetteer", "memberOf": "gazetteer", "license": "gazetteer"}
    assert graph.nodes["https://w3id.org/claimgraph/id/series/gptoss"]["label"] == "GPT-OSS"


def test_turtle_and_jsonld_hold_the_current_data_only(tmp_path):
    """The triples of every named graph but the earlier revisions of sources: the CONSTRUCT that defined
    it (too slow at scale) gives the same graph, and a superseded figure is not in it."""
    from claimgraph.config import Settings
    from claimgraph.flows.pipeline import ingest
    from claimgraph.graph.store import open_store

    docs, home = tmp_path / "docs", tmp_path / "home"
    docs.mkdir()
    (docs / "b.txt").write_text("On GPQA Diamond, Qwen 3.5 9B scores 49.2. Mistral Small 4 is released under Apache 2.0.")
    ingest([str(docs)], home, Settings())
    (docs / "b.txt").write_text("On GPQA Diamond, Qwen 3.5 9B scores 49.5. Mistral Small 4 beats GPT-OSS-120B.")
    ingest([str(docs)], home, Settings())
    definition = ("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } "
                  "FILTER NOT EXISTS { GRAPH ?g { ?old prov:invalidatedAtTime ?gone } } }")
    with open_store(home, Settings()) as store:
        expected = rdflib.Graph().parse(data=rdflib.Graph().parse(
            data="\n".join(f"{t} ." for t in store.select(definition, union_default_graph=False)), format="nt"
        ).serialize(format="nt"), format="nt")
        turtle = rdflib.Graph().parse(data=exported(store, "rdf", "turtle"), format="turtle")
        jsonld = rdflib.Graph().parse(data=exported(store, "rdf", "jsonld"), format="json-ld")
        store.close(refresh=False)
    values = {float(v) for v in turtle.objects(None, rdflib.URIRef("https://w3id.org/claimgraph/ns#value"))}
    assert 49.5 in values and 49.2 not in values
    assert turtle.isomorphic(expected) and jsonld.isomorphic(expected)
