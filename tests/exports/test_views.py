"""Every view on the bundled samples: structure, golden files, and three independent readers.

Golden files (tests/exports/golden/<view>.json) hold the parsed GEXF: node ids with type, label
and colour, edges with kind and weight. Extraction improves over time, so regenerate them with
CLAIMGRAPH_UPDATE_GOLDEN=1 and review the diff; the structural tests below hold whatever the counts.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest

from claimgraph import exports
from claimgraph.config import Settings
from claimgraph.exports.view import list_views, load_view
from claimgraph.graph import open_store

GOLDEN = Path(__file__).with_name("golden")
NODE_DIR = Path(__file__).with_name("node")
VIEWS = [v.name for v in list_views()]
UPDATE = os.environ.get("CLAIMGRAPH_UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="module")
def sample_home(tmp_path_factory, sample_paths):
    from claimgraph.flows.pipeline import ingest

    home = tmp_path_factory.mktemp("views-home")
    ingest(sample_paths, home, Settings())
    return home


@pytest.fixture(scope="module")
def exported(sample_home, tmp_path_factory):
    """Every view written once as static GEXF, dynamic GEXF and GraphML."""
    folder = tmp_path_factory.mktemp("views-out")
    with open_store(sample_home, Settings()) as store:
        for name in VIEWS:
            exports.export(store, "gexf", "gexf", folder / f"{name}.gexf", view=name)
            exports.export(store, "gexf", "gexf", folder / f"{name}.dynamic.gexf", view=name, dynamic=True)
            exports.export(store, "graphml", "graphml", folder / f"{name}.graphml", view=name)
    return folder


def summary(graph: nx.Graph) -> dict:
    """What a golden file compares: nodes (type, label, colour) and edges (kind, weight).

    Source and claim IRIs hash the source id, an absolute path that differs between checkouts, so
    they are replaced by names made of labels (a source by its title, a claim by its label and the
    titles of the sources stating it); every other IRI is compared as it is.
    """
    key = stable_keys(graph)
    nodes = {key[n]: {"type": d.get("type"), "label": d.get("label"), "color": _colour(d)} for n, d in graph.nodes(data=True)}
    edges = sorted([key[s], d.get("kind"), key[t], float(d.get("weight", 1))] for s, t, d in graph.edges(data=True))
    return {"nodes": dict(sorted(nodes.items())), "edges": edges}


def stable_keys(graph: nx.Graph) -> dict[str, str]:
    """Node id -> an id that does not depend on where the samples were checked out."""
    label = {n: d.get("label", "") for n, d in graph.nodes(data=True)}
    key = {n: n for n in graph.nodes}
    for n, d in graph.nodes(data=True):
        if "/id/source/" in n:
            key[n] = f"source: {label[n]}"
    for n, d in graph.nodes(data=True):
        if "/id/claim/" in n:
            stating = sorted(key[s] for s, _t in graph.in_edges(n) if "/id/source/" in s) if graph.is_directed() else []
            key[n] = f"claim: {label[n]} @ {' | '.join(stating)}"
    return key


def _colour(data: dict):
    colour = data.get("viz", {}).get("color")
    return [colour["r"], colour["g"], colour["b"]] if colour else None


def test_shipped_views_listed():
    assert {"entities", "region-specialization", "model-comparison", "lab-landscape", "provenance",
            "conflicts"} <= set(VIEWS)


@pytest.mark.parametrize("name", VIEWS)
def test_view_matches_golden(exported, name):
    actual = summary(nx.read_gexf(exported / f"{name}.gexf"))
    path = GOLDEN / f"{name}.json"
    if UPDATE:
        path.write_text(json.dumps(actual, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert path.exists(), f"no golden file {path}; run with CLAIMGRAPH_UPDATE_GOLDEN=1"
    assert actual == json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", VIEWS)
def test_view_structure(exported, name):
    """Independent of counts: ids are IRIs, every node typed, labelled, coloured and sized; edges typed."""
    graph = nx.read_gexf(exported / f"{name}.gexf")
    assert graph.number_of_nodes() > 0 and graph.number_of_edges() > 0
    for node, data in graph.nodes(data=True):
        assert node.startswith("https://w3id.org/claimgraph/id/")
        assert data["type"] and data["label"] and "color" in data["viz"] and data["viz"]["size"] >= 4
    for _, _, data in graph.edges(data=True):
        assert data["kind"] and data["weight"] >= 1


@pytest.mark.parametrize("name", VIEWS)
def test_graphml_reads_back_with_networkx_and_igraph(exported, name):
    import igraph

    static = nx.read_gexf(exported / f"{name}.gexf")
    graph = nx.read_graphml(exported / f"{name}.graphml")
    assert set(graph.nodes) == set(static.nodes) and graph.number_of_edges() == static.number_of_edges()
    for node, data in graph.nodes(data=True):
        assert data["type"] == static.nodes[node]["type"] and {"r", "g", "b", "size"} <= set(data)
    other = igraph.Graph.Read_GraphML(str(exported / f"{name}.graphml"))
    assert other.vcount() == graph.number_of_nodes() and other.ecount() == graph.number_of_edges()
    assert set(other.vs["id"]) == set(graph.nodes)


@pytest.mark.parametrize("name", VIEWS)
def test_dynamic_gexf_has_intervals(exported, name):
    graph = nx.read_gexf(exported / f"{name}.dynamic.gexf")
    assert graph.graph.get("mode") == "dynamic"
    dated = [d["start"] for _, d in graph.nodes(data=True) if "start" in d]
    assert dated and all(len(s) == 10 and s[4] == "-" for s in dated)
    for source, target, data in graph.edges(data=True):
        for end in (source, target):  # no edge before its ends
            if "start" in data and "start" in graph.nodes[end]:
                assert graph.nodes[end]["start"] <= data["start"]


def test_region_view_edges_trace_to_claims(sample_home):
    from claimgraph.exports.view import view_graph

    with open_store(sample_home, Settings()) as store:
        graph = view_graph(store, "region-specialization")
        claims = {row["c"] for row in store.select("SELECT ?c WHERE { ?c a cg:Claim }")}
    edges = [(s, t, d) for s, t, k, d in graph.edges(keys=True, data=True) if k == "specializesIn"]
    assert edges
    for source, target, data in edges:
        assert graph.nodes[source]["type"] == "Region" and graph.nodes[target]["type"] == "Domain"
        listed = data["claims"].split("; ")
        assert listed and set(listed) <= claims
        assert data["weight"] == len(listed)  # weight = the supporting claims, each listed


def test_user_view_file(sample_home, tmp_path):
    view = tmp_path / "labs.rq"
    view.write_text("# @color: region\nCONSTRUCT { ?m cg:developedBy ?lab } WHERE { ?m cg:developedBy ?lab }\n")
    assert load_view(str(view)).color == "region"
    with open_store(sample_home, Settings()) as store:
        exports.export(store, "gexf", "gexf", tmp_path / "labs.gexf", view=str(view))
        exports.export(store, "csv", "csv", tmp_path / "csv", view=str(view))
    graph = nx.read_gexf(tmp_path / "labs.gexf")
    assert {d["kind"] for _, _, d in graph.edges(data=True)} == {"developedBy"}
    assert any(d.get("region") for _, d in graph.nodes(data=True))  # entity attributes filled in
    assert (tmp_path / "csv" / "nodes.csv").read_text().startswith("Id,Label,Color,Size,Start")
    assert "Source,Target,Type" in (tmp_path / "csv" / "edges.csv").read_text().splitlines()[0]


def test_png(sample_home, tmp_path):
    with open_store(sample_home, Settings()) as store:
        exports.export(store, "png", "png", tmp_path / "v.png", view="model-comparison")
    assert (tmp_path / "v.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def _node_checker() -> Path | None:
    """node and graphology-gexf, installed with `npm ci` when missing; None (skip) locally without node."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        if os.environ.get("CI") == "true":
            pytest.fail("Node.js (node and npm) is required in CI for the graphology-gexf cross-check")
        pytest.skip("Node.js not installed")
    if not (NODE_DIR / "node_modules" / "graphology-gexf").is_dir():
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=NODE_DIR, check=True, capture_output=True, timeout=300)
    return NODE_DIR / "check.js"


def test_graphology_gexf_agrees(exported):
    script = _node_checker()
    files = [str(exported / f"{name}.gexf") for name in VIEWS]
    out = subprocess.run(["node", str(script), *files], check=True, capture_output=True, text=True, timeout=120)
    parsed = json.loads(out.stdout)
    for file in files:
        ours, theirs = nx.read_gexf(file), parsed[file]
        assert set(theirs["nodes"]) == set(ours.nodes)
        for node, data in ours.nodes(data=True):
            other = theirs["nodes"][node]
            colour = data["viz"]["color"]
            assert other["color"].replace(" ", "") in (f"rgba({colour['r']},{colour['g']},{colour['b']},1.0)",
                                                       f"rgb({colour['r']},{colour['g']},{colour['b']})")
            for name, value in data.items():
                if name not in ("viz", "label"):
                    assert other[name] == value or float(other[name]) == float(value), (node, name)
            assert other["label"] == data["label"] and other["size"] == pytest.approx(data["viz"]["size"])
        ours_edges = sorted((s, d["kind"], t, d["weight"]) for s, t, d in ours.edges(data=True))
        their_edges = sorted((s, a["kind"], t, a.get("weight", 1)) for s, t, a in theirs["edges"])
        assert ours_edges == their_edges


def test_node_dates_equal_the_one_query_definition(sample_home, tmp_path):
    """node_dates joins three scans in Python; the single SPARQL query it replaced (too slow at scale)
    is the definition: same dates on the samples, and on a store with a revised source and a disagreement."""
    from claimgraph.exports.view import node_dates
    from claimgraph.flows.pipeline import ingest

    reference = (Path(__file__).parents[1] / "resources" / "node_dates_reference.rq").read_text(encoding="utf-8")
    source_dates = (Path(exports.__file__).with_name("views") / "source_dates.rq").read_text(encoding="utf-8")
    docs, home = tmp_path / "docs", tmp_path / "home"
    docs.mkdir()
    (docs / "a.html").write_text('<html><head><meta name="date" content="2026-03-02"></head><body>'
                                 "<p>Qwen 3.5 9B scores 81.7 on GPQA Diamond.</p></body></html>")
    (docs / "b.txt").write_text("On GPQA Diamond, Qwen 3.5 9B scores 49.2. Mistral Small 4 is released under Apache 2.0.")
    ingest([str(docs)], home, Settings())
    (docs / "b.txt").write_text("On GPQA Diamond, Qwen 3.5 9B scores 49.5. Mistral Small 4 beats GPT-OSS-120B.")
    ingest([str(docs)], home, Settings())  # b.txt's first revision is kept as an earlier revision
    for store_home in (sample_home, home):
        with open_store(store_home, Settings()) as store:
            expected = {r["e"]: r["start"] for r in store.select(reference) if r["start"] and r["e"]}
            assert len(expected) > 5
            dates = node_dates(store)
            sources = {r["src"]: r["date"] for r in store.select(source_dates)}
            # The query meant to date sources too, but its BIND (?src AS ?e) inside a UNION saw no ?src.
            assert {k: v for k, v in dates.items() if k not in sources} == expected
            assert {k: v for k, v in dates.items() if k in sources} == sources
            store.close(refresh=False)
    with open_store(home, Settings()) as store:
        assert store.select("ASK { GRAPH ?g { ?r prov:invalidatedAtTime ?t } }")
        assert store.select("ASK { GRAPH <https://w3id.org/claimgraph/graph/disagreements> { ?d cg:claim ?c } }")
        store.close(refresh=False)
