"""robots.txt, fetched once per host per run and honoured for every request (RFC 9309).

A missing robots.txt (any 4xx) allows everything; a server error or an unreachable robots.txt
disallows everything on that host for this run, as the RFC asks (the site may be overloaded).
"""
from __future__ import annotations

import threading
import time
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from claimgraph.errors import SourceError

_MAX_ROBOTS_BYTES = 500_000  # RFC 9309 asks parsers to read at least 500 KiB
AGENT_TOKEN = "claimgraph"


def parse_robots(text: str) -> RobotFileParser:
    """A parser loaded with the rules of a robots.txt body."""
    parser = RobotFileParser()
    parser.parse(text.splitlines())
    return parser


def allow_all() -> RobotFileParser:
    parser = RobotFileParser()
    parser.allow_all = True
    return parser


def disallow_all() -> RobotFileParser:
    parser = RobotFileParser()
    parser.disallow_all = True
    return parser


class RobotsCache:
    """The robots.txt rules of each scheme://host:port seen in a run.

    Args:
        ttl: seconds a cached robots.txt stays valid (None: for the life of the cache, i.e. one run).
    """

    def __init__(self, ttl: float | None = None):
        self.ttl = ttl
        self._rules: dict[str, tuple[float, RobotFileParser]] = {}
        self._lock = threading.Lock()

    def allowed(self, fetcher, url: str, allow_private: bool) -> bool:
        """Whether robots.txt of the URL's host lets our User-Agent fetch it."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        rules = self._cached(origin)
        if rules is None:
            rules = fetch_rules(fetcher, origin, allow_private)
            with self._lock:
                self._rules[origin] = (time.monotonic(), rules)
        return rules.can_fetch(AGENT_TOKEN, url) and rules.can_fetch(fetcher.settings.user_agent, url)

    def _cached(self, origin: str) -> RobotFileParser | None:
        with self._lock:
            entry = self._rules.get(origin)
        if entry and (self.ttl is None or time.monotonic() - entry[0] < self.ttl):
            return entry[1]
        return None


def fetch_rules(fetcher, origin: str, allow_private: bool) -> RobotFileParser:
    """Fetch and parse `origin`/robots.txt with the fetcher's checks (private hosts, redirects, caps)."""
    try:
        status, body = fetcher.fetch_bytes(f"{origin}/robots.txt", allow_private, _MAX_ROBOTS_BYTES)
    except SourceError:
        raise
    except httpx.HTTPError:
        return disallow_all()
    if 200 <= status < 300:
        return parse_robots(body.decode("utf-8", errors="replace"))
    if 400 <= status < 500:
        return allow_all()
    return disallow_all()
