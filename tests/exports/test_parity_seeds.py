"""On the dev-set seeds, the region view reproduces the "Open-Source Multimodal Parity" article's map."""
from __future__ import annotations

import pytest

from claimgraph.config import Settings
from claimgraph.flows.pipeline import ingest
from claimgraph.graph import open_store


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory, seed_paths):
    home = tmp_path_factory.mktemp("seeds-home")
    assert not ingest(seed_paths, home, Settings()).failed
    return home


def test_parity_map_from_extracted_claims(seed_store):
    from claimgraph.exports.specialization import specialization_rows

    with open_store(seed_store, Settings()) as store:
        rows = specialization_rows(store)
    leader = {r["domain"]: r["region"] for r in rows}
    assert leader["multimodal"] == "China"
    assert leader["formal verification"] == "Europe"
    assert leader["coding"] == "United States"
    assert leader["reasoning"] == "United States"
    # every leading region is traceable to the claims that support it
    assert all(r["claims"] for r in rows if r["domain"] in ("multimodal", "formal verification", "coding", "reasoning"))
    multimodal = {r["benchmark"]: r for r in rows if r["domain"] == "multimodal"}
    assert multimodal["Video-MME (with subtitles)"]["open_leader"] == "Qwen 3.5 9B"
    assert multimodal["Video-MME (with subtitles)"]["open_score"] == 84.5


def test_region_view_links_regions_to_domains(seed_store):
    from claimgraph.exports.view import view_graph

    with open_store(seed_store, Settings()) as store:
        graph = view_graph(store, "region-specialization")
    label = {n: d.get("label") for n, d in graph.nodes(data=True)}
    edges = {(label[u], label[v]) for u, v in graph.edges()}
    for region, domain in [("China", "multimodal"), ("Europe", "formal verification"),
                           ("United States", "coding"), ("United States", "reasoning")]:
        assert (region, domain) in edges, (region, domain)
