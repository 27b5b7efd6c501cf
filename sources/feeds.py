"""Parse RSS 0.9x/1.0/2.0 and Atom feeds into the links of their items, safely.

Parsing takes bytes and never does I/O: the DOCTYPE (with any entity declarations) is removed
before feedparser sees the feed, feedparser's SAX parser has external general entities off, and
the bytes are handed over as a stream (feedparser opens a *string or bytes* argument as a URL or
a file name, which would let a feed body name a local file).
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from urllib.parse import urljoin

from claimgraph.errors import ParseError

# <!DOCTYPE name [internal subset]> or <!DOCTYPE name SYSTEM "uri">: entity declarations live here.
_DOCTYPE = re.compile(rb"<!DOCTYPE\b(?:[^\[>]|\[.*?\])*>", re.IGNORECASE | re.DOTALL)
_ENTITY = re.compile(rb"<!ENTITY\b[^>]*>", re.IGNORECASE)


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed: the page it links to and what the feed says about it."""

    link: str
    title: str = ""
    updated: str | None = None  # as the feed states it
    guid: str | None = None


def strip_doctype(content: bytes) -> bytes:
    """The feed without DOCTYPE and ENTITY declarations, so no entity can be declared or fetched."""
    return _ENTITY.sub(b"", _DOCTYPE.sub(b"", content))


def parse_feed(content: bytes, base_url: str) -> list[FeedItem]:
    """The items of an RSS or Atom feed, in feed order, each link once.

    Args:
        content: the feed's bytes as fetched.
        base_url: the feed's URL, against which relative item links are resolved.
    Returns:
        One FeedItem per entry that has an http(s) link.
    Raises:
        ParseError: not a feed, or malformed before any entry could be read.
    """
    import feedparser

    parsed = feedparser.parse(io.BytesIO(strip_doctype(content)), resolve_relative_uris=False,
                              sanitize_html=False, response_headers={"content-location": base_url,
                                                                  "content-type": "application/xml"})
    items = _items(parsed.entries, base_url)
    if parsed.bozo and not items:
        reason = getattr(parsed.get("bozo_exception"), "getMessage", lambda: str(parsed.get("bozo_exception")))()
        raise ParseError(base_url, f"not a readable RSS or Atom feed ({reason})", "check the feed URL or add the pages with --kind page")
    if not parsed.version and not items:
        raise ParseError(base_url, "not an RSS or Atom feed", "check the feed URL or add the page with --kind page")
    return items


def _items(entries, base_url: str) -> list[FeedItem]:
    items, seen = [], set()
    for entry in entries:
        link = _entry_link(entry, base_url)
        if link and link not in seen:
            seen.add(link)
            items.append(FeedItem(link, entry.get("title", ""), _entry_date(entry),
                                  entry.get("id")))
    return items


def _entry_date(entry) -> str | None:
    """The entry's updated (or else published) date as stated; read from the raw keys, no feedparser fallback."""
    keys = set(dict.keys(entry))
    return next((entry[k] for k in ("updated", "published") if k in keys), None)


def _entry_link(entry, base_url: str) -> str | None:
    """The entry's alternate link (Atom) or <link> (RSS), absolute; None when not http(s)."""
    candidates = [l.get("href") for l in entry.get("links", []) if l.get("rel", "alternate") == "alternate"]
    candidates.append(entry.get("link"))
    for href in candidates:
        if href:
            absolute = urljoin(base_url, href.strip())
            if absolute.startswith(("http://", "https://")):
                return absolute
    return None
