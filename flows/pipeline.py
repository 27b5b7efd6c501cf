"""The ingest path as plain functions: fetch -> parse + extract -> load, a batch at a time.

The Prefect flow in `flows/ingest.py` wraps these same functions in tasks; tests and the
`--no-prefect` CLI path call them directly. A failing source becomes a failed `SourceResult`
and never stops the batch; nothing stored changes for a source that failed.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from claimgraph.config import Settings
from claimgraph.errors import ClaimgraphError
from claimgraph.model import Document, Extraction, RawDocument

log = logging.getLogger("claimgraph.ingest")


@dataclass
class SourceResult:
    """What happened to one source in one run."""

    source: str
    status: str  # "added" | "updated" | "unchanged" | "failed"
    claims: int = 0
    error: str | None = None


@dataclass
class IngestReport:
    results: list[SourceResult] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(r.status == status for r in self.results)

    @property
    def failed(self) -> list[SourceResult]:
        return [r for r in self.results if r.status == "failed"]

    @property
    def claims(self) -> int:
        return sum(r.claims for r in self.results if r.status in ("added", "updated"))

    def summary(self) -> str:
        parts = [f"{len(self.results)} sources"] + [
            f"{self.count(s)} {s}" for s in ("added", "updated", "unchanged", "failed") if self.count(s)
        ]
        return ", ".join(parts) + f"; {self.claims} claims extracted in {self.seconds:.1f} s"


Extracted = tuple[RawDocument, Document, Extraction]


def expand_sources(refs: Iterable[str]) -> tuple[list[str], list[SourceResult]]:
    """Source ids for the CLI arguments, and a failed result for each argument that names none."""
    from claimgraph.sources import expand

    ids, failures = [], []
    for item in expand(refs):
        if isinstance(item, ClaimgraphError):
            failures.append(_failure(getattr(item, "source", "?"), item))
        elif item not in ids:
            ids.append(item)
    return ids, failures


def fetch_batch(source_ids: list[str], settings: Settings, allow_private: bool = False) -> list[RawDocument | SourceResult]:
    """Fetch each source; a source that cannot be fetched becomes a failed result."""
    from claimgraph.sources import fetch

    out: list[RawDocument | SourceResult] = []
    for source_id in source_ids:
        try:
            out.append(fetch(source_id, settings, allow_private=allow_private))
        except ClaimgraphError as exc:
            out.append(_failure(source_id, exc))
    return out


def select_changed(raws: list[RawDocument], home: Path, version: str, settings: Settings) -> tuple[list[RawDocument], list[SourceResult]]:
    """Split fetched documents into those to extract and those stored already (same hash and extractor)."""
    from claimgraph.graph import open_store

    with open_store(home, settings) as store:
        states = {raw.source_id: store.source_state(raw.source_id) for raw in raws}
    changed = [raw for raw in raws if states[raw.source_id] != (raw.sha256, version)]
    unchanged = [SourceResult(raw.source_id, "unchanged") for raw in raws if states[raw.source_id] == (raw.sha256, version)]
    return changed, unchanged


def extract_batch(raws: list[RawDocument], gazetteer) -> list[Extracted | SourceResult]:
    """Parse and extract each document; pure CPU work, no store access."""
    from claimgraph.extractors import extract
    from claimgraph.sources import parse

    out: list[Extracted | SourceResult] = []
    for raw in raws:
        try:
            doc = parse(raw)
            out.append((raw, doc, extract(doc, gazetteer)))
        except ClaimgraphError as exc:
            out.append(_failure(raw.source_id, exc))
        except Exception as exc:  # an extractor bug must not stop the batch
            log.debug("extraction crashed on %s", raw.source_id, exc_info=True)
            out.append(SourceResult(raw.source_id, "failed", error=f"source '{raw.source_id}': extraction failed "
                                    f"({type(exc).__name__}: {exc}); please report it with the file"))
    return out


def load_batch(items: list[Extracted], home: Path, settings: Settings) -> list[SourceResult]:
    """Write each source's graph, one transaction per source, then refresh disagreements."""
    from claimgraph.graph import open_store

    results = []
    with open_store(home, settings) as store:
        for raw, _doc, extraction in items:
            known = store.source_state(raw.source_id) is not None
            written = store.put_source(raw, _doc, extraction)
            status = ("updated" if known else "added") if written else "unchanged"
            results.append(SourceResult(raw.source_id, status, claims=len(extraction.claims)))
        if any(r.status != "unchanged" for r in results):
            store.refresh_derived()
    return results


@dataclass(frozen=True)
class Steps:
    """The batch steps of an ingest run: plain functions here, Prefect tasks in `flows/ingest.py`."""

    fetch: Callable = fetch_batch
    select: Callable = select_changed
    extract: Callable = extract_batch
    load: Callable = load_batch


def ingest(refs: Iterable[str], home: Path, settings: Settings, *, allow_private: bool = False,
           batch_size: int = 50, on_result: Callable[[SourceResult], None] | None = None,
           steps: Steps = Steps()) -> IngestReport:
    """Ingest sources (files, folders, URLs) into the store under `home`.

    Args:
        refs: CLI arguments naming sources.
        home: the claimgraph home holding the store.
        settings: fetch limits and tolerances.
        allow_private: fetch from loopback and private addresses too.
        batch_size: sources per batch (one task per stage per batch under Prefect).
        on_result: called with each source's result as soon as it is known (progress).
        steps: the step functions; the Prefect flow passes its tasks.

    Returns:
        The report: one result per source, failures included.
    """
    from claimgraph.extractors import extractor_version, load_gazetteer

    started = time.perf_counter()
    report = IngestReport()
    source_ids, failures = expand_sources(refs)
    _record(report, failures, on_result)
    gazetteer = load_gazetteer(home)
    version = extractor_version(gazetteer)
    for batch in batched(source_ids, batch_size):
        raws, fetch_failed = split_results(steps.fetch(batch, settings, allow_private))
        changed, unchanged = steps.select(raws, home, version, settings)
        extracted, failed = split_results(steps.extract(changed, gazetteer))
        loaded = steps.load(extracted, home, settings) if extracted else []
        _record(report, fetch_failed + unchanged + failed + loaded, on_result)
    report.seconds = time.perf_counter() - started
    return report


def reextract(home: Path, settings: Settings, on_result: Callable[[SourceResult], None] | None = None) -> IngestReport:
    """Extract every stored source again from its raw document kept under home (after an extractor change)."""
    from claimgraph.extractors import load_gazetteer
    from claimgraph.graph import open_store

    started = time.perf_counter()
    report = IngestReport()
    gazetteer = load_gazetteer(home)
    with open_store(home, settings) as store:
        raws = [store.raw_document(s["source"]) for s in store.sources()]
    for batch in batched(raws, 50):
        extracted, failed = split_results(extract_batch(batch, gazetteer))
        _record(report, failed + load_batch(extracted, home, settings), on_result)
    report.seconds = time.perf_counter() - started
    return report


def split_results(items: list) -> tuple[list, list[SourceResult]]:
    """Separate work items from failed results."""
    work = [i for i in items if not isinstance(i, SourceResult)]
    return work, [i for i in items if isinstance(i, SourceResult)]


def batched(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _failure(source: str, exc: Exception) -> SourceResult:
    return SourceResult(source, "failed", error=str(exc))


def _record(report: IngestReport, results: list[SourceResult], on_result) -> None:
    for result in results:
        report.results.append(result)
        if on_result:
            on_result(result)
