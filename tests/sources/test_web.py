"""fetch() over HTTP against a real server on 127.0.0.1."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from claimgraph.config import Settings
from claimgraph.errors import SourceError
from claimgraph.sources import fetch, parse

PAGE = (b"<html><head><title>Test page</title></head><body><article><h1>Nova 7B</h1>"
        b"<p>Nova 7B scored 71.3 on GPQA Diamond.</p></article></body></html>")
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


class _Handler(BaseHTTPRequestHandler):
    """Fixture routes: each path shows one behaviour of a real web server."""

    seen_agents: list[str] = []

    def do_GET(self):  # noqa: N802 (http.server's naming)
        _Handler.seen_agents.append(self.headers.get("User-Agent", ""))
        route = {
            "/page": lambda: self._send(200, "text/html; charset=utf-8", PAGE, {"ETag": '"v1"', "Last-Modified": "Tue, 03 Mar 2026 10:00:00 GMT"}),
            "/notes.md": lambda: self._send(200, "text/markdown", b"# Notes\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"),
            "/missing": lambda: self._send(404, "text/html", b"<p>nope</p>"),
            "/slow": self._slow,
            "/loop": lambda: self._redirect("/loop2"),
            "/loop2": lambda: self._redirect("/loop"),
            "/hop": lambda: self._redirect("/page"),
            "/image": lambda: self._send(200, "image/png", PNG),
            "/json": lambda: self._send(200, "application/json", b'{"a": 1}'),
            "/big": lambda: self._send(200, "text/plain", b"x" * 5000),
            "/big-chunked": self._chunked_big,
            "/empty": lambda: self._send(200, "text/html", b""),
        }.get(self.path)
        (route or (lambda: self._send(404, "text/plain", b"unknown")))()

    def _send(self, status, content_type, body, extra=None):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _slow(self):
        time.sleep(1.5)
        self._send(200, "text/plain", b"late")

    def _chunked_big(self):
        # No Content-Length: the cap must hold while streaming.
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        for _ in range(50):
            self.wfile.write(b"y" * 1000)

    def log_message(self, *args):
        pass


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # clients that give up early (time-out and size-cap tests) break the pipe on purpose


@pytest.fixture(scope="module")
def server():
    httpd = _QuietServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


SETTINGS = Settings(http_timeout=0.5, max_bytes=4000, max_redirects=3, user_agent="claimgraph-test/1")


def _fetch(url):
    return fetch(url, SETTINGS, allow_private=True)


def test_html_page_is_fetched_with_headers_and_charset(server):
    raw = _fetch(f"{server}/page")
    assert raw.media_type == "text/html" and raw.encoding == "utf-8" and raw.source_id == f"{server}/page"
    headers = dict(raw.headers)
    assert headers["etag"] == '"v1"' and headers["last-modified"].startswith("Tue") and headers["content-type"].startswith("text/html")
    assert "claimgraph-test/1" in _Handler.seen_agents
    assert "71.3 on GPQA Diamond" in parse(raw).text


def test_markdown_page_is_accepted(server):
    doc = parse(_fetch(f"{server}/notes.md"))
    assert doc.tables[0].body_rows[0].cells == ("1", "2")


def test_404_names_status_and_fix(server):
    with pytest.raises(SourceError, match=r"HTTP 404 Not Found; check the URL or remove it"):
        _fetch(f"{server}/missing")


def test_slow_endpoint_times_out(server):
    with pytest.raises(SourceError, match=r"timed out after 0.5 s"):
        _fetch(f"{server}/slow")


def test_redirect_loop_stops_at_the_cap(server):
    with pytest.raises(SourceError, match=r"more than 3 redirects"):
        _fetch(f"{server}/loop")


def test_redirect_is_followed_and_source_id_kept(server):
    raw = _fetch(f"{server}/hop")
    assert raw.source_id == f"{server}/hop" and b"Nova 7B" in raw.content


def test_image_and_other_types_are_refused(server):
    with pytest.raises(SourceError, match=r"binary content \(image/png\)"):
        _fetch(f"{server}/image")
    with pytest.raises(SourceError, match=r"not HTML or text \(got application/json\)"):
        _fetch(f"{server}/json")


def test_oversize_body_is_refused_by_length_and_while_streaming(server):
    for path in ("/big", "/big-chunked"):
        with pytest.raises(SourceError, match=r"larger than 4000 bytes; raise max_bytes in config.toml"):
            _fetch(f"{server}{path}")


def test_empty_body_is_refused(server):
    with pytest.raises(SourceError, match="empty document"):
        _fetch(f"{server}/empty")


def test_loopback_refused_unless_allowed(server):
    with pytest.raises(SourceError, match="private or local address"):
        fetch(f"{server}/page", SETTINGS)
    assert fetch(f"{server}/page", SETTINGS, allow_private=True).content == PAGE


@pytest.mark.parametrize("url", ["http://localhost/", "http://169.254.169.254/latest/meta-data", "http://10.0.0.1/", "http://[::1]/"])
def test_private_and_link_local_hosts_refused_before_connecting(url):
    with pytest.raises(SourceError, match="private or local address"):
        fetch(url, SETTINGS)


def test_non_http_scheme_refused():
    with pytest.raises(SourceError, match="only http and https"):
        fetch("ftp://example.com/a.txt", SETTINGS)
