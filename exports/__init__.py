"""exports stage of claimgraph: views of the store for other tools.

    export(store, "claims", "jsonl", path)     # the claims table (GUIDELINES.md)
    export(store, "conflicts", "jsonl", None)  # the conflicts report, to stdout
    export(store, "rdf", "trig", path)         # the RDF, named graphs kept
    export(store, "gexf", "gexf", path, view="region-specialization", dynamic=True)  # a view for Gephi
    export(store, "graphml", "graphml", path, view="entities")   # also "csv" (a folder) and "png"

`FORMATS` lists the (what, format) pairs; one module per format registers its writers.
"""
from __future__ import annotations

import io
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator, TextIO

from claimgraph.errors import ExportError
from claimgraph.exports import claims, conflicts, gexf, graphml, picture, rdf, spreadsheet  # noqa: F401  (register writers)
from claimgraph.exports.registry import formats, get

FORMATS: list[tuple[str, str]] = formats()

__all__ = ["FORMATS", "export"]


def export(store, what: str, fmt: str, out: BinaryIO | TextIO | Path | str | None = None, **options) -> None:
    """Write a view of the store.

    Args:
        store: an open `claimgraph.graph.store.Store`.
        what: "claims", "conflicts", "rdf", or a graph format of a view: "gexf", "graphml", "csv", "png".
        fmt: a format registered for `what` (see FORMATS); "ttl", "nq", "json-ld" are accepted aliases.
        out: a binary or text stream, a file path, or None for standard output.
        options: passed to the writer; `all_revisions=True` lists earlier revisions in the claims table;
            `view=NAME|FILE.rq` picks the view of a graph format, `dynamic=True` adds GEXF time intervals.
            "csv" writes a folder (`out` is its path).
    Raises:
        ExportError: unknown (what, format) pair, or the output cannot be written.
    """
    writer = get(what, fmt)
    if getattr(writer, "writes_folder", False):
        return writer(store, out, **options)
    try:
        with _binary_sink(out) as sink:
            writer(store, sink, **options)
    except OSError as exc:
        raise ExportError(f"export '{what}' as '{fmt}' to '{out}': {exc}; check the path and free space") from exc


@contextmanager
def _binary_sink(out) -> Iterator[BinaryIO]:
    """A binary stream over any of the accepted outputs (text streams get UTF-8)."""
    if out is None:
        out = sys.stdout
    if isinstance(out, (str, Path)):
        with open(out, "wb") as fh:
            yield fh
    elif isinstance(out, io.TextIOBase) or hasattr(out, "encoding"):
        if hasattr(out, "buffer"):
            out.flush()
            yield out.buffer
            out.buffer.flush()
        else:
            buffer = io.BytesIO()
            yield buffer
            out.write(buffer.getvalue().decode("utf-8"))
    else:
        yield out
