"""Fetch web pages as RawDocuments: timeouts, size cap, redirect cap, content-type check, no private hosts."""
from __future__ import annotations

import ipaddress
import re
import socket
import time
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import httpx

from claimgraph.config import Settings
from claimgraph.errors import SourceError
from claimgraph.model import RawDocument
from claimgraph.sources.files import check_content
from claimgraph.sources.sniff import looks_like_html

_ACCEPTED_TYPES = {"text/html": "text/html", "application/xhtml+xml": "text/html", "text/plain": "text/plain",
                   "text/markdown": "text/markdown", "text/x-markdown": "text/markdown"}
_BINARY_PREFIXES = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip",
                    "application/octet-stream", "application/gzip", "application/x-")
_KEPT_HEADERS = ("etag", "last-modified", "content-type")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([^\s;\"']+)", re.IGNORECASE)
_ACCEPT = "text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8"


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
    headers = {"User-Agent": settings.user_agent, "Accept": _ACCEPT}
    timeout = httpx.Timeout(settings.http_timeout)
    try:
        with httpx.Client(headers=headers, timeout=timeout, follow_redirects=False) as client:
            return _follow(client, url, settings, allow_private)
    except httpx.TimeoutException:
        raise _timed_out(url, settings) from None
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise SourceError(url, f"cannot fetch ({type(exc).__name__}: {exc})", "check the URL and your network") from None


def _follow(client: httpx.Client, url: str, settings: Settings, allow_private: bool) -> RawDocument:
    """Request `url`, then each redirect target, up to `max_redirects` hops."""
    current = url
    for _ in range(settings.max_redirects + 1):
        check_target(url, current, allow_private)
        with client.stream("GET", current) as response:
            if not response.is_redirect:  # is_redirect: a 3xx status with a Location header
                return _read_response(url, response, settings)
            current = urljoin(current, response.headers["location"])
    raise SourceError(url, f"more than {settings.max_redirects} redirects", "check the URL or raise max_redirects in config.toml")


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


def _read_response(url: str, response: httpx.Response, settings: Settings) -> RawDocument:
    """Check status and type, then read the body within the size cap and the time budget."""
    if not 200 <= response.status_code < 300:
        raise SourceError(url, f"HTTP {response.status_code} {response.reason_phrase}", "check the URL or remove it")
    content_type = response.headers.get("content-type", "")
    media_type = _accepted_media_type(url, content_type)
    content = _read_capped(url, response, settings)
    check_content(url, content, settings)
    charset = _CHARSET.search(content_type)
    return RawDocument(
        source_id=url,
        content=content,
        media_type=media_type or ("text/html" if looks_like_html(content) else "text/plain"),
        encoding=charset.group(1) if charset else None,
        fetched_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        headers=tuple((name, response.headers[name]) for name in _KEPT_HEADERS if name in response.headers),
    )


def _accepted_media_type(url: str, content_type: str) -> str | None:
    """Our media type for an accepted Content-Type; None when undeclared; SourceError when refused."""
    declared = content_type.split(";")[0].strip().lower()
    if not declared or declared in _ACCEPTED_TYPES:
        return _ACCEPTED_TYPES.get(declared)
    if declared.startswith(_BINARY_PREFIXES):
        raise SourceError(url, f"binary content ({declared})", "pass an HTML, text or Markdown page, or remove it")
    raise SourceError(url, f"not HTML or text (got {declared})", "pass an HTML, text or Markdown page, or remove it")


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


def _timed_out(url: str, settings: Settings) -> SourceError:
    return SourceError(url, f"timed out after {settings.http_timeout:g} s", "retry later or raise http_timeout in config.toml")
