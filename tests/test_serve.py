"""`claimgraph serve`: a real server on 127.0.0.1 (ephemeral port), a standard client (SPARQLWrapper),
other processes writing through it, and the query page in headless Chromium."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from SPARQLWrapper import CSV, JSON, TURTLE, SPARQLWrapper

sys.path.insert(0, str(Path(__file__).parent / "graph"))
from graph_helpers import score, source  # noqa: E402

from claimgraph.config import Settings  # noqa: E402
from claimgraph.graph.claims import claims_table  # noqa: E402
from claimgraph.graph.named import named_queries  # noqa: E402
from claimgraph.graph.store import open_store  # noqa: E402

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """A home with two hand-built sources, served by `claimgraph serve --port 0` in another process."""
    home = tmp_path_factory.mktemp("served") / "home"
    with open_store(home, Settings(lock_timeout=1)) as store:
        store.put_source(*source("/docs/a.txt", score(49.2), content=b"one article"))
        store.put_source(*source("/docs/b.txt", score(81.7), content=b"another article"))
    process = subprocess.Popen([sys.executable, "-c", "from claimgraph.cli import main; main()", "--home", str(home),
                                "serve", "--port", "0"], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 20
    while not (home / "server.json").exists():
        assert process.poll() is None, process.stderr.read()
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    info = json.loads((home / "server.json").read_text())
    yield home, info["public"], info
    process.send_signal(signal.SIGINT)
    process.wait(timeout=10)
    assert not (home / "server.json").exists()


def _client(url: str, query: str, fmt=JSON) -> SPARQLWrapper:
    client = SPARQLWrapper(url + "/sparql")
    client.setQuery(query)
    client.setReturnFormat(fmt)
    return client


def test_select_json_and_csv(served):
    _, url, _ = served
    q = "SELECT ?v WHERE { ?c a cg:ScoreClaim ; cg:value ?v } ORDER BY ?v"
    result = _client(url, q).query().convert()
    assert [b["v"]["value"] for b in result["results"]["bindings"]] == ["49.2", "81.7"]
    assert _client(url, q, CSV).query().convert().decode().split() == ["v", "49.2", "81.7"]


def test_post_form_xml_tsv_and_construct(served):
    _, url, _ = served
    q = "SELECT ?v WHERE { ?c a cg:ScoreClaim ; cg:value ?v } ORDER BY ?v"
    for fmt, media in (("xml", "sparql-results+xml"), ("tsv", "tab-separated-values")):
        request = urllib.request.Request(url + "/sparql?format=" + fmt, data=urllib.parse.urlencode({"query": q}).encode())
        with urllib.request.urlopen(request) as response:
            assert media in response.headers["content-type"] and b"81.7" in response.read()
    client = _client(url, "CONSTRUCT { ?c cg:value ?v } WHERE { ?c a cg:ScoreClaim ; cg:value ?v }", TURTLE)
    assert b"81.7" in client.query().convert()


def test_every_named_query_is_answered(served):
    _, url, _ = served
    for named in named_queries():
        result = _client(url, named.text).query().convert()
        assert "results" in result, named.name


@pytest.mark.parametrize("query", ["INSERT DATA { <urn:a> <urn:b> <urn:c> }", "LOAD <http://example.org/x>",
                                   "PREFIX ex: <urn:x:> DROP ALL",
                                   "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"])
def test_update_load_service_refused(served, query):
    _, url, _ = served
    for data in ({"query": query}, {"update": query}):
        request = urllib.request.Request(url + "/sparql", data=urllib.parse.urlencode(data).encode())
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request)
        assert refused.value.code == 403 and b"refused" in refused.value.read()


def test_internal_endpoint_needs_token_and_loopback_socket(served):
    _, url, info = served
    for base, token in ((info["internal"], "wrong"), (url, info["token"])):
        request = urllib.request.Request(base + "/_internal/len", data=b"{}", headers={"Authorization": f"Bearer {token}"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request)
        assert refused.value.code == 403


def test_other_processes_write_and_read_through_the_server(served):
    home, url, _ = served
    with open_store(home, Settings(lock_timeout=5)) as store:  # this process: a client of the server
        assert store.remote
        store.put_source(*source("/docs/c.txt", score(60.0), content=b"a third article"))
    result = _client(url, "SELECT (COUNT(*) AS ?n) WHERE { ?c a cg:ScoreClaim }").query().convert()
    assert result["results"]["bindings"][0]["n"]["value"] == "3"
    out = subprocess.run([sys.executable, "-c", "from claimgraph.cli import main; main()", "--home", str(home),
                          "query", "--name", "disagreements", "--format", "csv"], capture_output=True, text=True, timeout=30)
    assert out.returncode == 0 and "49.2" in out.stdout and "60" in out.stdout
    with open_store(home, Settings(lock_timeout=5)) as store:
        assert len(claims_table(store)) == 3


def test_row_cap_and_page_assets_are_local(served):
    _, url, _ = served
    with urllib.request.urlopen(url + "/") as page:
        html = page.read().decode()
    assert "/static/vendor/yasgui.min.js" in html and "http" not in html.replace("http-equiv", "")
    with urllib.request.urlopen(url + "/static/vendor/yasgui.min.js") as js:
        assert len(js.read()) > 500_000


def test_query_page_in_headless_chromium(served):
    _, url, _ = served
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing; .ci/run installs it (apt-get install -y chromium)")
        pytest.skip("chromium not installed (apt-get install -y chromium)")
    query = "SELECT ?value WHERE { ?c a cg:ScoreClaim ; cg:value ?value } ORDER BY ?value"
    page = f"{url}/?query={urllib.parse.quote(query)}"
    dom = subprocess.run([chromium, *CHROMIUM_FLAGS, "--virtual-time-budget=20000", "--dump-dom", page],
                         capture_output=True, text=True, timeout=90).stdout
    shown = [v for v in ("49.2", "81.7") if f">{v}<" in dom or f'"{v}"' in dom]  # plain, or "81.7"^^xsd:decimal
    assert 'class="rowNumber"' in dom and shown == ["49.2", "81.7"], dom[-2000:]
