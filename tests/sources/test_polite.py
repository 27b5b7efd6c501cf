"""Polite fetching against a real server on 127.0.0.1: robots.txt, host delay and concurrency, retries, 304."""
from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from claimgraph.config import Settings
from claimgraph.errors import SourceError
from claimgraph.sources.web import FEED_TYPES, Fetcher, FetchPolicy, fetch_policy

SETTINGS = Settings(http_timeout=1.0, max_bytes=10_000, user_agent="claimgraph-test/1")
PAGE = b"<html><body><p>Qwen 3.5 9B scored 81.7 on GPQA Diamond.</p></body></html>"
FAST = FetchPolicy(host_delay=0, retries=2, backoff=0)


class State:
    def __init__(self):
        self.hits: dict[str, int] = {}
        self.in_flight = self.max_in_flight = 0
        self.times: list[float] = []
        self.lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    state: State

    def do_GET(self):  # noqa: N802
        s = self.state
        with s.lock:
            s.hits[self.path] = s.hits.get(self.path, 0) + 1
            s.in_flight += 1
            s.max_in_flight = max(s.max_in_flight, s.in_flight)
            s.times.append(time.monotonic())
            hit = s.hits[self.path]
        try:
            self._route(hit)
        finally:
            with s.lock:
                s.in_flight -= 1

    def _route(self, hit: int):
        path = self.path
        if path == "/robots.txt":
            return self._send(200, "text/plain", b"User-agent: claimgraph\nDisallow: /nobots/\n\nUser-agent: *\nDisallow:\n")
        if path == "/slowish":
            time.sleep(0.1)
            return self._send(200, "text/html", PAGE)
        if path == "/flaky" and hit == 1:
            return self._send(502, "text/plain", b"bad gateway")
        if path == "/busy" and hit == 1:
            return self._send(429, "text/plain", b"slow down", {"Retry-After": "0"})
        if path == "/down":
            return self._send(503, "text/plain", b"down")
        if path == "/missing":
            return self._send(404, "text/plain", b"nope")
        if path == "/cond":
            if self.headers.get("If-None-Match") == '"v1"' or self.headers.get("If-Modified-Since") == "Tue, 03 Mar 2026 10:00:00 GMT":
                return self._send(304, None, b"")
            return self._send(200, "text/html", PAGE, {"ETag": '"v1"', "Last-Modified": "Tue, 03 Mar 2026 10:00:00 GMT"})
        if path == "/feed.xml":
            return self._send(200, "application/rss+xml", b"<rss version='2.0'><channel></channel></rss>")
        self._send(200, "text/html", PAGE)

    def _send(self, status, content_type, body, extra=None):
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if status != 304:
            self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    state = State()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), type("H", (Handler,), {"state": state}))
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", state
    httpd.shutdown()
    httpd.server_close()


def fetcher(policy=FAST) -> Fetcher:
    return Fetcher(SETTINGS, allow_private=True, policy=policy)


def test_robots_txt_is_honoured_and_fetched_once_per_run(server):
    base, state = server
    with fetcher() as f:
        with pytest.raises(SourceError, match=r"robots.txt of 127.0.0.1:\d+ disallows"):
            f.get(f"{base}/nobots/page")
        assert f.get(f"{base}/a") and f.get(f"{base}/b")
    assert state.hits["/robots.txt"] == 1 and "/nobots/page" not in state.hits


def test_robots_can_be_switched_off(server):
    base, state = server
    with fetcher(FetchPolicy(host_delay=0, respect_robots=False)) as f:
        assert f.get(f"{base}/nobots/page")
    assert "/robots.txt" not in state.hits


def test_one_request_at_a_time_per_host_with_a_delay(server):
    base, state = server
    with fetcher(FetchPolicy(host_delay=0.2, retries=0)) as f:
        f.get(f"{base}/warm")  # robots.txt and the first page
        state.times.clear()
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(lambda i: f.get(f"{base}/slowish?{i}"), range(4)))
    assert state.max_in_flight == 1
    gaps = [b - a for a, b in zip(state.times, state.times[1:])]
    assert len(gaps) == 3 and min(gaps) >= 0.19


def test_5xx_and_429_are_retried_4xx_is_not(server):
    base, state = server
    with fetcher() as f:
        assert f.get(f"{base}/flaky").content == PAGE
        assert f.get(f"{base}/busy").content == PAGE
        with pytest.raises(SourceError, match=r"HTTP 404 Not Found; check the URL or remove it"):
            f.get(f"{base}/missing")
        with pytest.raises(SourceError, match=r"HTTP 503 Service Unavailable; retry later"):
            f.get(f"{base}/down")
    assert (state.hits["/flaky"], state.hits["/busy"], state.hits["/missing"], state.hits["/down"]) == (2, 2, 1, 3)


def test_conditional_get_returns_none_on_304(server):
    base, _ = server
    with fetcher() as f:
        raw = f.get(f"{base}/cond")
        headers = dict(raw.headers)
        assert f.get(f"{base}/cond", etag=headers["etag"]) is None
        assert f.get(f"{base}/cond", last_modified=headers["last-modified"]) is None
        assert f.get(f"{base}/cond", etag='"old"').content == PAGE


def test_feeds_need_feed_types_and_pages_page_types(server):
    base, _ = server
    with fetcher() as f:
        assert f.get(f"{base}/feed.xml", accept=FEED_TYPES).media_type == "application/rss+xml"
        with pytest.raises(SourceError, match=r"not HTML or text \(got application/rss\+xml\)"):
            f.get(f"{base}/feed.xml")


def test_private_address_refused_without_allow_private(server):
    base, state = server
    with Fetcher(SETTINGS, policy=FAST) as f:
        with pytest.raises(SourceError, match="private or local address"):
            f.get(f"{base}/a")
    assert state.hits == {}


def test_policy_from_environment_and_config(monkeypatch, tmp_path):
    from claimgraph.config import load_settings

    monkeypatch.setenv("CLAIMGRAPH_HOST_DELAY", "0")
    monkeypatch.setenv("CLAIMGRAPH_FETCH_RETRIES", "5")
    monkeypatch.setenv("CLAIMGRAPH_RESPECT_ROBOTS", "false")
    expected = FetchPolicy(host_delay=0.0, retries=5, backoff=0.5, respect_robots=False)
    assert fetch_policy(load_settings(tmp_path)) == expected
    monkeypatch.delenv("CLAIMGRAPH_HOST_DELAY")
    assert fetch_policy(load_settings(tmp_path)).host_delay == 1.0
    (tmp_path / "config.toml").write_text("host_delay = 2.5\n", encoding="utf-8")
    assert fetch_policy(load_settings(tmp_path)).host_delay == 2.5
