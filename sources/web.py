"""Fetch web pages as RawDocuments, politely and safely.

Safe: http(s) only, every redirect hop checked against private, loopback and link-local addresses,
time and size caps, content-type checks. Polite: an identifying User-Agent, robots.txt honoured
(cached per run), one request at a time per host with a delay between them, and retries with
backoff on 429, 5xx and time-outs only (a 404 will not get better by asking again).

`fetch_url` fetches one URL; a `Fetcher` fetches many in one run (the `update` flow and batches of
`ingest`), sharing its robots.txt cache, host clocks and connection pool, and supports
conditional GET (ETag / Last-Modified -> None on 304 Not Modified).
"""
from __future__ import annotations

import ipaddress
import re
import socket
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

from claimgraph.config import Settings
from claimgraph.errors import SourceError
from claimgraph.model import RawDocument
from claimgraph.sources.files import check_content
from claimgraph.sources.sniff import looks_like_html

PAGE_TYPES = {"text/html": "text/html", "application/xhtml+xml": "text/html", "text/plain": "text/plain",
              "text/markdown": "text/markdown", "text/x-markdown": "text/markdown"}
FEED_TYPES = {"application/rss+xml": "application/rss+xml", "application/atom+xml": "application/atom+xml",
              "application/rdf+xml": "application/rdf+xml", "application/xml": "application/xml",
              "text/xml": "application/xml", "application/feed+xml": "application/xml"}
_ACCEPTED_TYPES = PAGE_TYPES  # kept for callers of the first version
_BINARY_PREFIXES = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip",
                    "application/octet-stream", "application/gzip", "application/x-")
_KEPT_HEADERS = ("etag", "last-modified", "content-type")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([^\s;\"']+)", re.IGNORECASE)
_ACCEPT_PAGE = "text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8"
_ACCEPT_FEED = "application/rss+xml,application/atom+xml,application/rdf+xml;q=0.9,application/xml;q=0.8,text/xml;q=0.8"
_ACCEPT = _ACCEPT_PAGE
_RETRY_AFTER_CAP = 60.0  # seconds: a server asking for longer is treated as failing this run


@dataclass(frozen=True)
class FetchPolicy:
    """How polite a run is. Env: CLAIMGRAPH_HOST_DELAY, _FETCH_RETRIES, _RETRY_BACKOFF, _RESPECT_ROBOTS."""

    host_delay: float = 1.0  # seconds between two requests to one host
    retries: int = 2  # extra attempts on 429, 5xx and time-outs
    backoff: float = 0.5  # seconds before the first retry, doubled for each next one
    respect_robots: bool = True


def fetch_policy(settings: Settings) -> FetchPolicy:
    """The politeness policy from settings (config.toml or CLAIMGRAPH_HOST_DELAY, _FETCH_RETRIES, ...)."""
    return FetchPolicy(host_delay=settings.host_delay, retries=settings.fetch_retries,
                       backoff=settings.retry_backoff, respect_robots=settings.respect_robots)



class FetchError(SourceError):
    """A fetch that failed; `retryable` for 429, 5xx and time-outs."""

    def __init__(self, source: str, problem: str, fix: str = "", *, retryable: bool = False,
                 retry_after: float | None = None):
        super().__init__(source, problem, fix)
        self.retryable, self.retry_after = retryable, retry_after


class HostClock:
    """One request at a time per host, at least `delay` seconds apart (shared by a run's threads)."""

    def __init__(self):
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}
        self._last: dict[str, float] = {}

    def lock(self, host: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(host, threading.Lock())

    def wait_turn(self, host: str, delay: float) -> None:
        """Sleep until `delay` has passed since the last request to `host` (call holding its lock)."""
        pause = self._last.get(host, -1e9) + delay - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        self._last[host] = time.monotonic()


def fetch_url(url: str, settings: Settings, allow_private: bool = False) -> RawDocument:
    """Fetch one http(s) URL, following redirects by hand so that every hop is checked.

    Args:
        url: the page's URL (the source id).
        settings: timeout, size cap, redirect cap and User-Agent.
        allow_private: fetch from private, loopback and link-local addresses too (tests, intranets).
    Returns:
        The RawDocument; `headers` keeps etag, last-modified and content-type, `encoding` the charset.
    Raises:
        SourceError: one line naming the URL, the problem and the fix.
    """
    with Fetcher(settings, allow_private, robots=_PROCESS_ROBOTS) as fetcher:
        return fetcher.get(url)


class Fetcher:
    """Polite, safe HTTP fetching for one run. Use as a context manager.

    Args:
        settings: timeout, size cap, redirect cap and User-Agent.
        allow_private: the default for `get` (a source added with --allow-private passes True).
        policy: delays, retries, robots; defaults to `fetch_policy(settings)`.
        robots: a robots.txt cache to share; a fresh one (per run) by default.
    """

    def __init__(self, settings: Settings, allow_private: bool = False, policy: FetchPolicy | None = None,
                 robots=None, clock: HostClock | None = None):
        from claimgraph.sources.robots import RobotsCache

        self.settings, self.allow_private = settings, allow_private
        self.policy = policy or fetch_policy(settings)
        self.robots = robots if robots is not None else RobotsCache()
        self.clock = clock or HostClock()
        self.requests = 0  # HTTP requests sent (robots.txt included), for tests and logs
        self._http: httpx.Client | None = None  # made on the first request: a batch of files needs none

    @property
    def _client(self) -> httpx.Client:
        # Building a client builds an SSL context: 50 ms, 10 s of a no-op re-run of 10,000 files.
        if self._http is None:
            self._http = httpx.Client(headers={"User-Agent": self.settings.user_agent},
                                      timeout=httpx.Timeout(self.settings.http_timeout), follow_redirects=False)
        return self._http

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        if self._http is not None:
            self._http.close()

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            accept: dict[str, str] = PAGE_TYPES, allow_private: bool | None = None) -> RawDocument | None:
        """Fetch `url`, retrying on 429, 5xx and time-outs with backoff.

        Args:
            url: the http(s) URL (also the source id of the result).
            etag, last_modified: validators from the last fetch; sent as If-None-Match / If-Modified-Since.
            accept: accepted Content-Types -> our media type (PAGE_TYPES or FEED_TYPES).
            allow_private: overrides the fetcher's default for this URL.
        Returns:
            The RawDocument, or None when the server answered 304 Not Modified.
        Raises:
            SourceError: one line naming the URL, the problem and the fix.
        """
        private = self.allow_private if allow_private is None else allow_private
        conditional = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", last_modified)) if v}
        for attempt in range(self.policy.retries + 1):
            try:
                return self._get_once(url, conditional, accept, private)
            except FetchError as exc:
                if not exc.retryable or attempt == self.policy.retries:
                    raise
                time.sleep(exc.retry_after if exc.retry_after is not None else self.policy.backoff * 2 ** attempt)
        raise AssertionError("unreachable")

    def _get_once(self, url: str, conditional: dict, accept: dict, private: bool) -> RawDocument | None:
        headers = {"Accept": _ACCEPT_FEED if accept is FEED_TYPES else _ACCEPT_PAGE, **conditional}
        host = urlsplit(url).netloc
        try:
            with self.clock.lock(host):  # one fetch at a time per host, `host_delay` apart (hops and robots.txt included)
                self.clock.wait_turn(host, self.policy.host_delay)
                return self._follow(url, headers, private, lambda r: _read_response(url, r, self.settings, accept))
        except httpx.TimeoutException:
            raise _timed_out(url, self.settings) from None
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise SourceError(url, f"cannot fetch ({type(exc).__name__}: {exc})", "check the URL and your network") from None

    def _follow(self, url: str, headers: dict, private: bool, read):
        """Request `url`, then each redirect target (each hop checked), up to `max_redirects` hops."""
        current = url
        for _ in range(self.settings.max_redirects + 1):
            check_target(url, current, private)
            if self.policy.respect_robots and not self.robots.allowed(self, current, private):
                raise SourceError(url, f"robots.txt of {urlsplit(current).netloc} disallows '{current}'",
                                  "remove the source; the site asks crawlers not to fetch it")
            with self.request(current, headers) as response:
                if not response.has_redirect_location:  # a 3xx with a Location (a 304 has none)
                    return read(response)
                current = urljoin(current, response.headers["location"])
        raise SourceError(url, f"more than {self.settings.max_redirects} redirects",
                          "check the URL or raise max_redirects in config.toml")

    def request(self, url: str, headers: dict):
        """A streamed GET (callers hold the host's turn)."""
        self.requests += 1
        return _Closing(self._client.send(self._client.build_request("GET", url, headers=headers), stream=True))

    def fetch_bytes(self, url: str, private: bool, limit: int) -> tuple[int, bytes]:
        """(status, body up to `limit` bytes) of a plain GET with redirects checked; no robots check (robots.txt itself)."""
        current = url
        for _ in range(self.settings.max_redirects + 1):
            check_target(url, current, private)
            with self.request(current, {"Accept": "text/plain"}) as response:
                if not response.has_redirect_location:
                    return response.status_code, _read_some(response, limit)
                current = urljoin(current, response.headers["location"])
        return 599, b""


class _Closing:
    """Context manager closing a streamed response."""

    def __init__(self, response: httpx.Response):
        self.response = response

    def __enter__(self) -> httpx.Response:
        return self.response

    def __exit__(self, *exc_info) -> None:
        self.response.close()


def _read_some(response: httpx.Response, limit: int) -> bytes:
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        chunks.append(chunk)
        size += len(chunk)
        if size >= limit:
            break
    return b"".join(chunks)[:limit]


def check_target(source: str, url: str, allow_private: bool) -> None:
    """Refuse non-http(s) URLs, and hosts that resolve to private, loopback or link-local addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SourceError(source, f"cannot fetch '{url}' (only http and https URLs)", "use an http:// or https:// URL")
    if allow_private:
        return
    for address in _resolve(source, parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)):
        if not address.is_global or address.is_multicast:
            raise SourceError(source, f"host '{parts.hostname}' is a private or local address ({address})",
                              "fetch only public pages, or pass allow_private=True for trusted hosts")


def _resolve(source: str, host: str, port: int) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise SourceError(source, f"cannot resolve host '{host}' ({exc})", "check the URL and your network") from None
    addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    # An IPv4 address written as IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it is.
    return [getattr(a, "ipv4_mapped", None) or a for a in addresses]


def _read_response(url: str, response: httpx.Response, settings: Settings,
                   accept: dict[str, str] = PAGE_TYPES) -> RawDocument | None:
    """Check status and type, then read the body within the size cap and the time budget; None on 304."""
    if response.status_code == 304:
        return None
    _check_status(url, response)
    content_type = response.headers.get("content-type", "")
    media_type = _accepted_media_type(url, content_type, accept)
    content = _read_capped(url, response, settings)
    check_content(url, content, settings)
    charset = _CHARSET.search(content_type)
    return RawDocument(
        source_id=url,
        content=content,
        media_type=media_type or _guess_media_type(content, accept),
        encoding=charset.group(1) if charset else None,
        fetched_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        headers=tuple((name, response.headers[name]) for name in _KEPT_HEADERS if name in response.headers),
    )


def _check_status(url: str, response: httpx.Response) -> None:
    """FetchError for any non-2xx; retryable for 429 and 5xx."""
    status = response.status_code
    if 200 <= status < 300:
        return
    retryable = status == 429 or status >= 500
    raise FetchError(url, f"HTTP {status} {response.reason_phrase}",
                     "retry later" if retryable else "check the URL or remove it",
                     retryable=retryable, retry_after=_retry_after(response) if retryable else None)


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds from a Retry-After header (delta or HTTP date), capped; None when absent or unreadable."""
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return None
    try:
        seconds = float(value) if value.isdigit() else (parsedate_to_datetime(value) - datetime.now(timezone.utc)).total_seconds()
    except (TypeError, ValueError):
        return None
    return min(max(seconds, 0.0), _RETRY_AFTER_CAP)


def _guess_media_type(content: bytes, accept: dict[str, str]) -> str:
    if accept is FEED_TYPES:
        return "application/xml"
    return "text/html" if looks_like_html(content) else "text/plain"


def _accepted_media_type(url: str, content_type: str, accept: dict[str, str] = PAGE_TYPES) -> str | None:
    """Our media type for an accepted Content-Type; None when undeclared; SourceError when refused."""
    declared = content_type.split(";")[0].strip().lower()
    if not declared or declared in accept:
        return accept.get(declared)
    if declared.startswith(_BINARY_PREFIXES):
        raise SourceError(url, f"binary content ({declared})", "pass an HTML, text or Markdown page, or remove it")
    wanted = "a feed (RSS or Atom)" if accept is FEED_TYPES else "HTML or text"
    raise SourceError(url, f"not {wanted} (got {declared})", "pass an HTML, text or Markdown page, or remove it")


def _read_capped(url: str, response: httpx.Response, settings: Settings) -> bytes:
    """The body, refusing it as soon as it passes `max_bytes` or the request outlasts `http_timeout`."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > settings.max_bytes:
        raise _too_large(url, settings)
    deadline = time.monotonic() + settings.http_timeout
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > settings.max_bytes:
            raise _too_large(url, settings)
        if time.monotonic() > deadline:
            raise _timed_out(url, settings)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(url: str, settings: Settings) -> SourceError:
    return SourceError(url, f"larger than {settings.max_bytes} bytes", "raise max_bytes in config.toml or remove the URL")


def _timed_out(url: str, settings: Settings) -> FetchError:
    return FetchError(url, f"timed out after {settings.http_timeout:g} s",
                      "retry later or raise http_timeout in config.toml", retryable=True)


def _make_process_robots():
    from claimgraph.sources.robots import RobotsCache

    return RobotsCache(ttl=3600.0)


_PROCESS_ROBOTS = _make_process_robots()
