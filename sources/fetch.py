"""Fetch any source id: a URL goes to `web`, anything else is a local file."""
from __future__ import annotations

from claimgraph.config import Settings
from claimgraph.model import RawDocument
from claimgraph.sources.files import fetch_file
from claimgraph.sources.web import fetch_url


def fetch(source_id: str, settings: Settings | None = None, allow_private: bool = False) -> RawDocument:
    """Read a file or fetch a URL.

    Args:
        source_id: an absolute file path or an http(s) URL, as yielded by `expand`.
        settings: limits and User-Agent; defaults to `Settings()`.
        allow_private: let URLs reach private, loopback and link-local addresses.
    Returns:
        The document's bytes with media type, charset and selected headers.
    Raises:
        SourceError: with one line naming the source, the problem and the fix.
    """
    settings = settings or Settings()
    if "://" in source_id:
        return fetch_url(source_id, settings, allow_private)
    return fetch_file(source_id, settings)
