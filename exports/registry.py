"""Exporters by (what, format), like rdflib's `plugin.get(format, Serializer)`.

Each format module registers its writers with `@register(what, fmt)`; a writer takes the open store,
a binary stream and keyword options (`all_revisions` for claims), ignoring options it has no use for.
"""
from __future__ import annotations

from typing import Callable

from claimgraph.errors import ExportError

Writer = Callable[..., None]
_WRITERS: dict[tuple[str, str], Writer] = {}
ALIASES = {"ttl": "turtle", "nq": "nquads", "n-quads": "nquads", "json-ld": "jsonld", "ndjson": "jsonl"}


def register(what: str, fmt: str) -> Callable[[Writer], Writer]:
    """Decorator: make `writer` the exporter of `what` in `fmt`."""
    def decorate(writer: Writer) -> Writer:
        _WRITERS[(what, fmt)] = writer
        return writer
    return decorate


def get(what: str, fmt: str) -> Writer:
    """The writer for (what, fmt); ExportError naming the known pairs when there is none."""
    fmt = ALIASES.get(fmt.lower(), fmt.lower())
    try:
        return _WRITERS[(what.lower(), fmt)]
    except KeyError:
        known = ", ".join(f"{w} --format {f}" for w, f in sorted(_WRITERS))
        raise ExportError(f"export '{what}' as '{fmt}': unknown; known: {known}") from None


def formats() -> list[tuple[str, str]]:
    """Every registered (what, format) pair."""
    return sorted(_WRITERS)
