"""`update` against a real HTTP server on 127.0.0.1 whose feeds and pages change between runs."""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from claimgraph.config import Settings
from claimgraph.flows.pipeline import update
from claimgraph.graph import open_store
from claimgraph.sources.registry import add_source, list_sources, load_state

SETTINGS = Settings(http_timeout=0.5, max_bytes=6000, max_redirects=3, user_agent="claimgraph-test/1",
                    host_delay=0.0, retry_backoff=0.0)


def article(title: str, *sentences: str) -> bytes:
    body = "".join(f"<p>{s}</p>" for s in sentences)
    return f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>".encode()


def rss(*links: str) -> bytes:
    items = "".join(f"<item><title>{l}</title><link>{l}</link><guid>{l}</guid></item>" for l in links)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><link>/</link>{items}</channel></rss>'.encode()


def atom(*links: str) -> bytes:
    entries = "".join(f'<entry><title>{l}</title><id>tag:t,{l}</id><link href="{l}"/>'
                      f"<updated>2026-03-01T00:00:00Z</updated></entry>" for l in links)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>'
            f"<id>tag:t,feed</id><updated>2026-03-01T00:00:00Z</updated>{entries}</feed>").encode()


@dataclass
class Resource:
    content_type: str
    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    status: int = 200
    fail_first: int = 0  # answer 500 this many times first
    sleep: float = 0.0
    location: str | None = None


@dataclass
class Site:
    """What the server serves, editable by tests between runs, and what it was asked."""

    routes: dict[str, Resource] = field(default_factory=dict)
    log: list[tuple[str, int]] = field(default_factory=list)

    def statuses(self, path: str) -> list[int]:
        return [status for p, status in self.log if p == path]


class Handler(BaseHTTPRequestHandler):
    site: Site

    def do_GET(self):  # noqa: N802
        res = self.site.routes.get(self.path)
        if res is None:
            return self._send(404, "text/plain", b"not found")
        if res.sleep:
            time.sleep(res.sleep)
        if res.fail_first > 0:
            res.fail_first -= 1
            return self._send(500, "text/plain", b"oops")
        if res.location:
            return self._send(302, "text/plain", b"", {"Location": res.location})
        if (res.etag and self.headers.get("If-None-Match") == res.etag) or \
                (res.last_modified and self.headers.get("If-Modified-Since") == res.last_modified):
            return self._send(304, None, b"")
        extra = {k: v for k, v in (("ETag", res.etag), ("Last-Modified", res.last_modified)) if v}
        self._send(res.status, res.content_type, res.body, extra)

    def _send(self, status, content_type, body, extra=None):
        self.site.log.append((self.path, status))
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if status != 304:
            self.wfile.write(body)

    def log_message(self, *args):
        pass


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass


@pytest.fixture
def site():
    site = Site()
    handler = type("SiteHandler", (Handler,), {"site": site})
    httpd = QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    site.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    site.routes["/robots.txt"] = Resource("text/plain", b"User-agent: *\nDisallow: /private/\n")
    yield site
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def fast_politeness(monkeypatch):
    """No host delay and no backoff in tests (retries still happen)."""
    monkeypatch.setenv("CLAIMGRAPH_HOST_DELAY", "0")
    monkeypatch.setenv("CLAIMGRAPH_RETRY_BACKOFF", "0")


HTML = "text/html; charset=utf-8"


def serve_news(site: Site) -> None:
    """An RSS feed of a and b, an Atom feed of c and d; b and the feeds send ETags, c Last-Modified."""
    site.routes.update({
        "/rss.xml": Resource("application/rss+xml", rss("/a.html", "/b.html"), etag='"rss1"'),
        "/atom.xml": Resource("application/atom+xml", atom(f"{site.base}/c.html", f"{site.base}/d.html"), etag='"atom1"'),
        "/a.html": Resource(HTML, article("A", "Qwen 3.5 9B scored 81.7 on GPQA Diamond.")),
        "/b.html": Resource(HTML, article("B", "Llama 4 Scout scored 60.1 on GPQA Diamond."), etag='"b1"'),
        "/c.html": Resource(HTML, article("C", "Gemma 3 27B scored 42.4 on GPQA Diamond."),
                            last_modified="Tue, 03 Mar 2026 10:00:00 GMT"),
        "/d.html": Resource(HTML, article("D", "Mistral Small 3.1 scored 46.0 on GPQA Diamond.")),
    })


def store_quads(home: Path) -> set[str]:
    with open_store(home, SETTINGS) as store:
        return {str(q) for q in store.quads()}


def store_files(home: Path) -> dict[str, int]:
    """The mtimes of every file of the store, the lock files and the raw copies (opening the store changes some)."""
    paths = [p for folder in ("store", "raw") for p in (home / folder).rglob("*")] + [home / "store.lock"]
    return {str(p): p.stat().st_mtime_ns for p in paths if p.is_file()}


def statuses(report) -> dict[str, str]:
    return {r.source: r.status for r in report.ingest.results}


def test_update_ingests_all_then_nothing_then_exactly_the_new_and_edited(home, site):
    serve_news(site)
    add_source(home, f"{site.base}/rss.xml", allow_private=True)
    add_source(home, f"{site.base}/atom.xml", kind="feed", name="atom", allow_private=True)

    first = update(home, SETTINGS)
    assert statuses(first) == {f"{site.base}/{p}.html": "added" for p in "abcd"}, first.failures
    assert first.ingest.claims >= 4 and not first.failures

    quads, mtimes = store_quads(home), store_files(home)
    site.log.clear()
    started = time.perf_counter()
    second = update(home, SETTINGS)
    seconds = time.perf_counter() - started
    assert second.ingest.results == [] and not second.store_written and not second.failures
    assert site.statuses("/b.html") == [304] and site.statuses("/c.html") == [304]  # validators sent
    assert site.statuses("/rss.xml") == [304] and site.statuses("/atom.xml") == [304]
    assert site.statuses("/a.html") == [200] and site.statuses("/d.html") == [200]  # no validators: hash compared
    assert sum(r.not_modified for r in second.sources) == 2 and sum(r.unchanged for r in second.sources) == 4
    assert (home / "store.owner").exists() is False
    assert seconds < 2.0
    assert store_files(home) == mtimes  # the store was not even opened by the no-op run
    assert store_quads(home) == quads

    site.routes["/rss.xml"] = Resource("application/rss+xml", rss("/e.html", "/a.html", "/b.html"), etag='"rss2"')
    site.routes["/e.html"] = Resource(HTML, article("E", "Phi-4 scored 56.1 on GPQA Diamond."))
    site.routes["/d.html"] = Resource(HTML, article("D", "Mistral Small 3.1 scored 47.5 on GPQA Diamond."))
    third = update(home, SETTINGS)
    assert statuses(third) == {f"{site.base}/e.html": "added", f"{site.base}/d.html": "updated"}
    runs = {r.name: r for r in third.sources}
    assert (runs["127.0.0.1-rss.xml"].new, runs["atom"].changed) == (1, 1)
    assert "## New and changed documents" in third.markdown()

    state = load_state(home)
    assert [r["ingested"] for r in state["atom"]["runs"]] == [2, 0, 1]


def test_failures_are_one_line_each_and_the_rest_goes_on(home, site):
    serve_news(site)
    site.routes["/rss.xml"] = Resource("application/rss+xml", rss("/a.html"))
    add_source(home, f"{site.base}/rss.xml", name="news", allow_private=True)
    assert statuses(update(home, SETTINGS)) == {f"{site.base}/a.html": "added"}
    quads_before = store_quads(home)

    site.routes.update({
        "/rss.xml": Resource("application/rss+xml", rss("/a.html", "/flaky.html", "/slow.html", "/loop.html",
                                                        "/big.html", "/gone.html", "/private/x.html", "/b.html")),
        "/a.html": Resource(HTML, b"", status=503),  # stored earlier, now failing: must stay stored
        "/flaky.html": Resource(HTML, article("F", "Phi-4 scored 56.1 on GPQA Diamond."), fail_first=1),
        "/slow.html": Resource(HTML, article("S", "x"), sleep=1.0),
        "/loop.html": Resource(HTML, b"", location="/loop.html"),
        "/big.html": Resource("text/plain", b"x" * 7000),
        "/bad.xml": Resource("application/rss+xml", b"<rss version='2.0'><channel><item><title>oops</titl"),
    })
    add_source(home, f"{site.base}/bad.xml", name="broken-feed", allow_private=True)
    add_source(home, f"{site.base}/d.html", name="no-private")  # 127.0.0.1 without --allow-private

    report = update(home, SETTINGS)
    assert statuses(report) == {f"{site.base}/flaky.html": "added", f"{site.base}/b.html": "added"}
    assert site.statuses("/flaky.html") == [500, 200]  # retried once, then fine
    assert site.statuses("/gone.html") == [404]  # a 4xx is not retried
    lines = report.failures
    assert all("\n" not in line and line.startswith("source '") for line in lines)
    expected = {"/a.html": "HTTP 503", "/slow.html": "timed out after 0.5 s", "/loop.html": "more than 3 redirects",
                "/big.html": "larger than 6000 bytes", "/gone.html": "HTTP 404", "/private/x.html": "robots.txt",
                "/bad.xml": "not a readable RSS or Atom feed", "/d.html": "private or local address"}
    for path, text in expected.items():
        assert any(f"{site.base}{path}'" in line and text in line for line in lines), (path, lines)
    assert len(lines) == len(expected)

    quads_after = store_quads(home)
    assert quads_before - quads_after == set()  # nothing stored was lost
    state = load_state(home)
    assert state["news"]["items"][f"{site.base}/a.html"]["sha256"]  # the stored revision is still the known one
    assert state["broken-feed"]["runs"][-1]["failed"] == 1


def test_folder_source_picks_up_new_and_changed_files(home, tmp_path):
    folder = tmp_path / "crawl"
    folder.mkdir()
    (folder / "one.txt").write_text("Qwen 3.5 9B scored 81.7 on GPQA Diamond.\n", encoding="utf-8")
    add_source(home, str(folder))
    assert list_sources(home)[0].kind == "folder"
    assert update(home, SETTINGS).ingest.count("added") == 1
    assert update(home, SETTINGS).ingest.results == []
    (folder / "two.md").write_text("Llama 4 Scout scored 60.1 on GPQA Diamond.\n", encoding="utf-8")
    (folder / "one.txt").write_text("Qwen 3.5 9B scored 82.0 on GPQA Diamond.\n", encoding="utf-8")
    assert sorted(r.status for r in update(home, SETTINGS).ingest.results) == ["added", "updated"]


def test_update_reports_the_disagreements_it_brought(home, tmp_path):
    folder = tmp_path / "crawl"
    folder.mkdir()
    (folder / "one.txt").write_text("Qwen 3.5 9B scored 81.7 on GPQA Diamond.\n", encoding="utf-8")
    add_source(home, str(folder))
    assert update(home, SETTINGS).new_disagreements == []
    (folder / "two.txt").write_text("Qwen 3.5 9B scored 49.2 on GPQA Diamond.\n", encoding="utf-8")
    [found] = update(home, SETTINGS).new_disagreements
    assert found == {"kind": "score", "subject": "Qwen 3.5 9B", "benchmark": "GPQA Diamond", "qualifier": None,
                     "values": [49.2, 81.7], "sources": sorted(str(folder / n) for n in ("one.txt", "two.txt"))}
    (folder / "three.txt").write_text("Qwen 3.5 9B scored 81.7 on GPQA Diamond.\n", encoding="utf-8")
    assert [c["sources"] for c in update(home, SETTINGS).new_disagreements] == [  # one more source: changed
        sorted(str(folder / n) for n in ("one.txt", "three.txt", "two.txt"))]
    (folder / "four.txt").write_text("Llama 4 Scout scored 60.1 on GPQA Diamond.\n", encoding="utf-8")
    report = update(home, SETTINGS)
    assert report.ingest.count("added") == 1 and report.new_disagreements == []


def test_health_warns_when_a_source_stops_yielding_claims(home, site):
    site.routes["/rss.xml"] = Resource("application/rss+xml", rss("/a.html", "/b.html"))
    site.routes["/a.html"] = Resource(HTML, article("A", "Qwen 3.5 9B scored 81.7 on GPQA Diamond."))
    site.routes["/b.html"] = Resource(HTML, article("B", "Llama 4 Scout scored 60.1 on GPQA Diamond."))
    add_source(home, f"{site.base}/rss.xml", name="news", allow_private=True)
    assert update(home, SETTINGS).warnings == []
    # a redesign: new items still come, but the text no longer carries the scores
    site.routes["/rss.xml"] = Resource("application/rss+xml", rss("/c.html", "/a.html", "/b.html"))
    site.routes["/c.html"] = Resource(HTML, article("C", "Read the full story in our app."))
    report = update(home, SETTINGS)
    assert len(report.warnings) == 1 and "source 'news': 1 new or changed item(s) yielded 0 claim(s)" in report.warnings[0]
    assert "## Health warnings" in report.markdown()
    from claimgraph.sources.registry import health

    assert health(load_state(home)["news"]["runs"]) == "warning"


def test_update_flow_runs_under_prefect_and_leaves_an_artifact(home, site):
    from claimgraph.flows.prefect_env import configure_prefect

    configure_prefect(home)
    from prefect.client.orchestration import get_client

    from claimgraph.flows.update import update_flow

    serve_news(site)
    add_source(home, f"{site.base}/rss.xml", allow_private=True)
    report = update_flow(str(home), SETTINGS)
    assert report.ingest.count("added") == 2 and not report.failures
    with get_client(sync_client=True) as client:
        artifacts = client.read_latest_artifacts()
    assert any(a.key == "claimgraph-update" and "New and changed documents" in (a.data or "") for a in artifacts)
