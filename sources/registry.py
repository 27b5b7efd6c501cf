"""The source registry: feeds, pages and folders that `claimgraph update` polls, and what it saw.

Two JSON files under the claimgraph home, written atomically:
    sources.json       the registered sources (name, kind, location, allow_private, added_at)
    source-state.json  per source: each item's validators (ETag, Last-Modified), content hash and
                       claims; the feed's own validators and item links; the history of runs

Polling a source discovers its items and fetches the new or changed ones: conditional GET for
URLs (304 -> unchanged), size and mtime for files, then the content hash. Nothing here touches the
graph store: an item's new hash is recorded only after the flow has stored it.
"""
from __future__ import annotations

import json
import os
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from claimgraph.config import Settings
from claimgraph.errors import ClaimgraphError, ConfigError, SourceError
from claimgraph.model import RawDocument

KINDS = ("feed", "page", "folder")
REGISTRY_FILE, STATE_FILE = "sources.json", "source-state.json"
HISTORY_LENGTH = 50  # runs kept per source
_FEED_PATH = re.compile(r"(\.(xml|rss|atom)$|/(feed|rss|atom)(\.\w+)?/?$)", re.IGNORECASE)
_FEED_QUERY = re.compile(r"(^|&)(feed|format)=(rss|atom)", re.IGNORECASE)


@dataclass(frozen=True)
class RegisteredSource:
    """A place `update` polls: a feed URL, a page URL, or a folder of documents."""

    name: str
    kind: str  # "feed" | "page" | "folder"
    location: str  # a normalised URL or an absolute folder/file path
    allow_private: bool = False
    added_at: str = ""


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# -- the registry --------------------------------------------------------------------------------
def list_sources(home: Path) -> list[RegisteredSource]:
    """The registered sources, in the order they were added."""
    path = home / REGISTRY_FILE
    if not path.exists():
        return []
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))["sources"]
        return [RegisteredSource(**row) for row in rows]
    except (ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"registry '{path}': unreadable ({exc}); fix it or delete it and add the sources again") from exc


def add_source(home: Path, location: str, kind: str | None = None, name: str | None = None,
               allow_private: bool = False) -> RegisteredSource:
    """Register a feed, page or folder.

    Args:
        home: the claimgraph home.
        location: an http(s) URL or a path.
        kind: "feed", "page" or "folder"; guessed from the location when None.
        name: a short unique name; made from the location when None.
        allow_private: let its URLs reach loopback and private addresses.
    Returns:
        The registered source.
    Raises:
        SourceError: the location cannot be used or is registered already.
    """
    from claimgraph.sources.expand import source_id_of

    location = source_id_of(location)
    kind = kind or guess_kind(location)
    _check_location(location, kind)
    sources = list_sources(home)
    if any(s.location == location for s in sources):
        raise SourceError(location, "is registered already", "see `claimgraph sources list`")
    name = name or _unique_name(_default_name(location), {s.name for s in sources})
    if any(s.name == name for s in sources):
        raise SourceError(location, f"the name '{name}' is taken", "pass another --name")
    source = RegisteredSource(name, kind, location, allow_private, now_iso())
    _write_registry(home, sources + [source])
    return source


def remove_source(home: Path, ref: str) -> RegisteredSource:
    """Unregister a source by name or location (its stored claims stay; `claimgraph remove` drops those)."""
    from claimgraph.sources.expand import source_id_of

    sources = list_sources(home)
    match = next((s for s in sources if s.name == ref or s.location in (ref, source_id_of(ref))), None)
    if match is None:
        raise SourceError(ref, "is not a registered source", "see `claimgraph sources list` for names")
    _write_registry(home, [s for s in sources if s is not match])
    state = load_state(home)
    if state.pop(match.name, None) is not None:
        save_state(home, state)
    return match


def guess_kind(location: str) -> str:
    """folder for a folder, feed for URLs that look like feeds (.xml, /feed, /rss), else page."""
    if "://" not in location:
        return "folder" if Path(location).is_dir() else "page"
    parts = urlsplit(location)
    return "feed" if _FEED_PATH.search(parts.path) or _FEED_QUERY.search(parts.query) else "page"


def _check_location(location: str, kind: str) -> None:
    if kind not in KINDS:
        raise SourceError(location, f"unknown kind '{kind}'", f"use one of {', '.join(KINDS)}")
    is_url = "://" in location
    if is_url and not location.startswith(("http://", "https://")):
        raise SourceError(location, "only http and https URLs can be polled", "use an http:// or https:// URL")
    if kind == "folder" and (is_url or not Path(location).is_dir()):
        raise SourceError(location, "is not a folder", "pass an existing folder or another --kind")
    if kind == "feed" and not is_url and not Path(location).is_file():
        raise SourceError(location, "no such feed file", "pass a feed URL or an existing file")


def _default_name(location: str) -> str:
    if "://" in location:
        parts = urlsplit(location)
        tail = parts.path.strip("/").split("/")[-1] if parts.path.strip("/") else ""
        base = f"{parts.hostname}-{tail}" if tail else parts.hostname or "source"
    else:
        base = Path(location).name or "folder"
    return re.sub(r"[^A-Za-z0-9._-]+", "-", base).strip("-")[:60] or "source"


def _unique_name(base: str, taken: set[str]) -> str:
    name, n = base, 2
    while name in taken:
        name, n = f"{base}-{n}", n + 1
    return name


def _write_registry(home: Path, sources: list[RegisteredSource]) -> None:
    write_json(home / REGISTRY_FILE, {"version": 1, "sources": [asdict(s) for s in sources]})


# -- state ---------------------------------------------------------------------------------------
def load_state(home: Path) -> dict:
    """source name -> {"items": {item: {...}}, "feed": {...}, "runs": [...]}."""
    path = home / STATE_FILE
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ConfigError(f"state '{path}': unreadable ({exc}); delete it (the next update re-fetches everything)") from exc


def save_state(home: Path, state: dict) -> None:
    write_json(home / STATE_FILE, state)


def write_json(path: Path, data) -> None:
    """Write JSON atomically (a reader never sees half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


# -- polling -------------------------------------------------------------------------------------
@dataclass
class Poll:
    """What polling one source found: documents to ingest, unchanged items, failures, state to record."""

    source: str  # the registered source's name
    raws: list[RawDocument] = field(default_factory=list)  # new or changed items
    new: set[str] = field(default_factory=set)  # item ids not seen before
    unchanged: list[str] = field(default_factory=list)
    not_modified: int = 0  # items answered with 304
    failures: list[tuple[str, str]] = field(default_factory=list)  # (item or source, one-line reason)
    seen: dict[str, dict] = field(default_factory=dict)  # item id -> validators and hash, once stored
    discovered: int = 0  # items the source lists now
    feed: dict | None = None  # the feed's validators and item links


def poll_sources(sources: list[RegisteredSource], state: dict, fetcher, settings: Settings,
                 workers: int = 4) -> list[Poll]:
    """Poll every source, several hosts at once (the fetcher keeps one request at a time per host)."""
    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(sources)))) as pool:
        return list(pool.map(lambda s: poll_source(s, state.get(s.name, {}), fetcher, settings), sources))


def poll_source(source: RegisteredSource, state: dict, fetcher, settings: Settings) -> Poll:
    """Discover a source's items and fetch those that are new or changed; never raises for one item."""
    poll = Poll(source.name)
    known = state.get("items", {})
    try:
        items = _discover(source, state, fetcher, settings, poll)
    except ClaimgraphError as exc:
        poll.failures.append((source.location, str(exc)))
        return poll
    except Exception as exc:  # a bug or an unexpected reply must not stop the other sources
        poll.failures.append((source.location, f"source '{source.location}': polling failed ({type(exc).__name__}: {exc})"))
        return poll
    poll.discovered = len(items)
    for item in items:
        _poll_item(source, item, known.get(item), fetcher, settings, poll)
    return poll


def _discover(source: RegisteredSource, state: dict, fetcher, settings: Settings, poll: Poll) -> list[str]:
    """The item ids of a source: the feed's links, the folder's files, or the page itself."""
    if source.kind == "page":
        return [source.location]
    if source.kind == "folder":
        from claimgraph.sources.expand import expand

        return [i for i in expand([source.location]) if isinstance(i, str)]
    return _feed_links(source, state.get("feed", {}), fetcher, settings, poll)


def _feed_links(source: RegisteredSource, feed_state: dict, fetcher, settings: Settings, poll: Poll) -> list[str]:
    from claimgraph.sources.feeds import parse_feed
    from claimgraph.sources.web import FEED_TYPES

    if "://" not in source.location:
        content = Path(source.location).read_bytes()[: settings.max_bytes + 1]
        return [i.link for i in parse_feed(content, Path(source.location).as_uri())]
    raw = fetcher.get(source.location, etag=feed_state.get("etag"), last_modified=feed_state.get("last_modified"),
                      accept=FEED_TYPES, allow_private=source.allow_private)
    if raw is None:  # 304: the links are those of the last run
        return list(feed_state.get("links", []))
    links = [i.link for i in parse_feed(raw.content, source.location)]
    poll.feed = {**_validators(raw), "links": links}
    return links


def _poll_item(source: RegisteredSource, item: str, known: dict | None, fetcher, settings: Settings, poll: Poll) -> None:
    """Fetch one item unless it is unchanged; record the outcome in `poll`."""
    try:
        raw = _fetch_item(source, item, known or {}, fetcher, settings)
    except ClaimgraphError as exc:
        poll.failures.append((item, str(exc)))
        return
    except Exception as exc:  # noqa: BLE001 (one odd item must not stop the source)
        poll.failures.append((item, f"source '{item}': fetch failed ({type(exc).__name__}: {exc})"))
        return
    if raw is None:
        poll.unchanged.append(item)
        poll.not_modified += 1
    elif known and known.get("sha256") == raw.sha256:
        poll.unchanged.append(item)
        poll.seen[item] = {**known, **_validators(raw)}
    else:
        poll.raws.append(raw)
        poll.seen[item] = {**(known or {}), **_validators(raw)}
        if not known:
            poll.new.add(item)


def _fetch_item(source: RegisteredSource, item: str, known: dict, fetcher, settings: Settings) -> RawDocument | None:
    """The item's document, or None when it did not change (304, or a file of the same size and mtime)."""
    if "://" in item:
        return fetcher.get(item, etag=known.get("etag"), last_modified=known.get("last_modified"),
                           allow_private=source.allow_private)
    from claimgraph.sources.files import fetch_file

    stat = Path(item).stat()
    if known.get("mtime_ns") == stat.st_mtime_ns and known.get("size") == stat.st_size:
        return None
    raw = fetch_file(item, settings)
    return RawDocument(raw.source_id, raw.content, raw.media_type, raw.encoding, raw.fetched_at,
                       (("x-mtime-ns", str(stat.st_mtime_ns)), ("x-size", str(stat.st_size))))


def _validators(raw: RawDocument) -> dict:
    """What to remember of a fetch: ETag, Last-Modified (or a file's mtime and size) and the hash."""
    headers = dict(raw.headers)
    out = {"sha256": raw.sha256, "etag": headers.get("etag"), "last_modified": headers.get("last-modified")}
    if "x-mtime-ns" in headers:
        out.update(mtime_ns=int(headers["x-mtime-ns"]), size=int(headers["x-size"]))
    return out


# -- health --------------------------------------------------------------------------------------
HEALTH_WINDOW = 10  # earlier runs that set the usual yield
HEALTH_DROP = 0.25  # a yield under this share of the usual one is "far fewer"


def usual_yield(runs: list[dict]) -> float | None:
    """Claims per ingested item over the last runs that ingested items; None without such runs."""
    recent = [r for r in runs if r.get("ingested")][-HEALTH_WINDOW:]
    items = sum(r["ingested"] for r in recent)
    return sum(r.get("claims", 0) for r in recent) / items if items else None


def health_warning(name: str, runs: list[dict], ingested: int, claims: int) -> str | None:
    """A warning when this run's new or changed items yield no claims, or far fewer than they used to.

    Args:
        name: the source's name.
        runs: its earlier runs (oldest first).
        ingested, claims: items stored in this run and the claims extracted from them.
    """
    usual = usual_yield(runs)
    if not ingested or not usual:
        return None
    now = claims / ingested
    if now >= usual * HEALTH_DROP:
        return None
    return (f"source '{name}': {ingested} new or changed item(s) yielded {claims} claim(s), usually "
            f"{usual:.1f} per item; the site may have changed its layout (check one item with `claimgraph ingest URL`)")


def health(runs: list[dict]) -> str:
    """One word for `sources list`: new, ok, failing (last run failed) or warning (yield dropped)."""
    if not runs:
        return "new"
    last = runs[-1]
    if last.get("warning"):
        return "warning"
    if last.get("failed") and not last.get("items"):
        return "failing"
    return "ok" if not last.get("failed") else "partial"
