"""The ingest path as plain functions: fetch -> parse + extract -> load, a batch at a time.

The Prefect flow in `flows/ingest.py` wraps these same functions in tasks; tests and the
`--no-prefect` CLI path call them directly. A failing source becomes a failed `SourceResult`
and never stops the batch; nothing stored changes for a source that failed.
"""
from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from claimgraph.config import BATCH_SIZE, Settings
from claimgraph.errors import ClaimgraphError
from claimgraph.model import Document, Extraction, RawDocument

if TYPE_CHECKING:
    from claimgraph.graph.rdf import GraphText

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


class Extracted(NamedTuple):
    """A source after the extract step: what `load_batch` writes."""

    raw: RawDocument
    doc: Document
    extraction: Extraction
    written: GraphText  # the quads to store, built beside the extraction (on the worker processes)


def expand_sources(refs: Iterable[str]) -> tuple[list[str], list[SourceResult]]:
    """Source ids for the CLI arguments, and a failed result for each argument that names none."""
    from claimgraph.sources import expand

    ids: dict[str, None] = {}  # in order, each once
    failures = []
    for item in expand(refs):
        if isinstance(item, ClaimgraphError):
            failures.append(_failure(getattr(item, "source", "?"), item))
        else:
            ids.setdefault(item)
    return list(ids), failures


def fetch_batch(source_ids: list[str], settings: Settings, allow_private: bool = False) -> list[RawDocument | SourceResult]:
    """Fetch each source; a source that cannot be fetched becomes a failed result.

    URLs share one polite `Fetcher` (robots.txt cached, one request at a time per host, a delay
    between them, retries on 429/5xx/time-outs), so a retry repeats one URL, never the batch.
    """
    from claimgraph.sources import fetch
    from claimgraph.sources.web import Fetcher

    out: list[RawDocument | SourceResult] = []
    with Fetcher(settings, allow_private) as fetcher:
        for source_id in source_ids:
            try:
                out.append(fetcher.get(source_id) if "://" in source_id else fetch(source_id, settings, allow_private))
            except ClaimgraphError as exc:
                out.append(_failure(source_id, exc))
    return out


def select_changed(raws: list[RawDocument], home: Path, version: str, settings: Settings) -> tuple[list[RawDocument], list[SourceResult]]:
    """Split fetched documents into those to extract and those stored already (same hash and extractor)."""
    from claimgraph.graph import open_store

    with open_store(home, settings) as store:
        states = {raw.source_id: store.source_state(raw.source_id) for raw in raws}
        store.close(refresh=False)  # a run under way refreshes the derived graphs once, at its end
    changed = [raw for raw in raws if states[raw.source_id] != (raw.sha256, version)]
    unchanged = [SourceResult(raw.source_id, "unchanged") for raw in raws if states[raw.source_id] == (raw.sha256, version)]
    return changed, unchanged


def extract_batch(raws: list[RawDocument], gazetteer) -> list[Extracted | SourceResult]:
    """Parse and extract each document, and build the quads to store; pure CPU work, no store access."""
    from claimgraph.extractors import extract
    from claimgraph.graph.rdf import source_write
    from claimgraph.sources import parse

    out: list[Extracted | SourceResult] = []
    for raw in raws:
        try:
            doc = parse(raw)
            extraction = extract(doc, gazetteer)
            out.append(Extracted(raw, doc, extraction, source_write(raw, doc, extraction)))
        except ClaimgraphError as exc:
            out.append(_failure(raw.source_id, exc))
        except Exception as exc:  # an extractor bug must not stop the batch
            log.debug("extraction crashed on %s", raw.source_id, exc_info=True)
            out.append(SourceResult(raw.source_id, "failed", error=f"source '{raw.source_id}': extraction failed "
                                    f"({type(exc).__name__}: {exc}); please report it with the file"))
    return out


def load_batch(items: list[Extracted], home: Path, settings: Settings) -> list[SourceResult]:
    """Write each source's graph, one transaction per source.

    The derived graphs (consensus, disagreements) are not refreshed here but once per run, by
    `refresh_derived` after the last batch: refreshing after every batch re-read the claims of every
    touched slot each time, a cost that grew with the store (ingest fell from 8.5 to 3.6 articles/s
    between 1,400 and 2,000 articles). The sources written are journaled before each write, so a run
    killed before its refresh leaves the next one what it needs."""
    from claimgraph.graph import open_store

    results = []
    with open_store(home, settings) as store:
        for raw, doc, extraction, quads in items:
            known = store.source_state(raw.source_id) is not None
            written = store.put_source(raw, doc, extraction, quads)
            status = ("updated" if known else "added") if written else "unchanged"
            results.append(SourceResult(raw.source_id, status, claims=len({c.key() for c in extraction.claims})))
        store.close(refresh=False)
    return results


def refresh_derived(home: Path, settings: Settings) -> int | None:
    """Bring the derived graphs up to date with every source written since the last refresh (journaled
    in home/derived.pending); nothing to do when nothing is pending. Returns the disagreements in the store."""
    from claimgraph.graph import open_store

    with open_store(home, settings) as store:
        return store.refresh_derived() if store.pending_refresh else None


@dataclass(frozen=True)
class Steps:
    """The batch steps of an ingest run: plain functions here, Prefect tasks in `flows/ingest.py`.

    `extract` returns the batch's results, or a future of them (anything with `.result()`: a process
    pool's, see `flows/parallel.py`, or a Prefect task's on a Dask cluster); the run fetches, selects
    and loads other batches while a future is pending.
    """

    fetch: Callable = fetch_batch
    select: Callable = select_changed
    extract: Callable = extract_batch
    load: Callable = load_batch
    refresh: Callable = refresh_derived


def ingest(refs: Iterable[str], home: Path, settings: Settings, *, allow_private: bool = False,
           batch_size: int = BATCH_SIZE, on_result: Callable[[SourceResult], None] | None = None,
           steps: Steps = Steps(), in_flight: int = 2) -> IngestReport:
    """Ingest sources (files, folders, URLs) into the store under `home`.

    Args:
        refs: CLI arguments naming sources.
        home: the claimgraph home holding the store.
        settings: fetch limits and tolerances.
        allow_private: fetch from loopback and private addresses too.
        batch_size: sources per batch (one task per stage per batch under Prefect).
        on_result: called with each source's result as soon as it is known (progress).
        steps: the step functions; the Prefect flow passes its tasks.
        in_flight: batches extracted at once when `steps.extract` returns futures (one is being
            loaded while the others extract); 1 runs the batches strictly one after the other.

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

    def fetched() -> Iterator[list[RawDocument]]:
        for batch in batched(source_ids, batch_size):
            raws, fetch_failed = split_results(steps.fetch(batch, settings, allow_private))
            _record(report, fetch_failed, on_result)
            yield raws

    ingest_batches(fetched(), home, settings, gazetteer, version, steps, report, on_result, in_flight)
    report.seconds = time.perf_counter() - started
    return report


def ingest_documents(raws: list[RawDocument], home: Path, settings: Settings, *, gazetteer=None,
                     version: str | None = None, steps: Steps = Steps(), report: IngestReport | None = None,
                     on_result: Callable[[SourceResult], None] | None = None) -> IngestReport:
    """Select the changed documents, extract and load them: the part of `ingest` after fetching.

    Args:
        raws: fetched documents (from `fetch_batch`, or from polling registered sources).
        home, settings: the store's home and settings.
        gazetteer, version: loaded once by the caller; loaded here when None.
        steps: plain functions or Prefect tasks (`select`, `extract`, `load` are used).
        report: results are appended to it (a new report when None).
        on_result: called with each result.
    Returns:
        The report. The store is not opened when `raws` is empty.
    """
    from claimgraph.extractors import extractor_version, load_gazetteer

    report = report if report is not None else IngestReport()
    if not raws:
        return report
    gazetteer = gazetteer if gazetteer is not None else load_gazetteer(home)
    version = version or extractor_version(gazetteer)
    ingest_batches([raws], home, settings, gazetteer, version, steps, report, on_result)
    return report


def ingest_batches(batches: Iterable[list[RawDocument]], home: Path, settings: Settings, gazetteer, version: str,
                   steps: Steps, report: IngestReport, on_result=None, in_flight: int = 2) -> None:
    """Select, extract and load batches of fetched documents, `in_flight` extractions at a time.

    While batch k is loaded (in this process: the store has one writer), batch k+1 may already be
    extracting in worker processes or on a cluster, and the next batch is fetched meanwhile.
    Results are recorded in `report` as they are known.
    """
    from claimgraph.graph.store import JOURNAL

    pending: deque = deque()
    try:
        for raws in batches:
            if not raws:
                continue
            changed, unchanged = steps.select(raws, home, version, settings)
            _record(report, unchanged, on_result)
            if changed:
                pending.append(steps.extract(changed, gazetteer))
            while len(pending) >= max(1, in_flight):
                _load_extracted(pending.popleft(), home, settings, steps, report, on_result)
        while pending:
            _load_extracted(pending.popleft(), home, settings, steps, report, on_result)
        if any(r.status in ("added", "updated") for r in report.results) or (home / JOURNAL).exists():
            steps.refresh(home, settings)  # also when an earlier run was killed before its refresh
    finally:
        for future in pending:  # a failed run: do not leave work queued on the workers
            getattr(future, "cancel", lambda: None)()


def _load_extracted(extraction, home: Path, settings: Settings, steps: Steps, report: IngestReport, on_result) -> None:
    """Wait for one batch's extraction (a list, or a future of one), load it, record the results."""
    items = extraction.result() if hasattr(extraction, "result") else extraction
    extracted, failed = split_results(items)
    loaded = steps.load(extracted, home, settings) if extracted else []
    _record(report, failed + loaded, on_result)


def reextract(home: Path, settings: Settings, on_result: Callable[[SourceResult], None] | None = None,
              steps: Steps = Steps()) -> IngestReport:
    """Extract every stored source again from its raw document kept under home (after an extractor change).

    `steps.extract` and `steps.load` are used (a process pool's extract step extracts on every core).
    """
    from claimgraph.extractors import load_gazetteer
    from claimgraph.graph import open_store

    started = time.perf_counter()
    report = IngestReport()
    gazetteer = load_gazetteer(home)
    with open_store(home, settings) as store:
        raws = [store.raw_document(s["source"]) for s in store.sources()]
    pending: deque = deque()
    for batch in batched(raws, BATCH_SIZE):
        pending.append(steps.extract(batch, gazetteer))
        while len(pending) >= 2:  # one batch loads while the next extracts
            _load_extracted(pending.popleft(), home, settings, steps, report, on_result)
    while pending:
        _load_extracted(pending.popleft(), home, settings, steps, report, on_result)
    if any(r.status in ("added", "updated") for r in report.results):
        steps.refresh(home, settings)
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


# -- update: poll the registered sources, ingest what is new or changed ------------------------------
@dataclass
class SourceRun:
    """One registered source in one `update` run."""

    name: str
    items: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    not_modified: int = 0  # 304 Not Modified (or a file of the same size and mtime)
    claims: int = 0
    failures: list[str] = field(default_factory=list)
    warning: str | None = None


@dataclass
class UpdateReport:
    """What an `update` run did, per source and overall."""

    sources: list[SourceRun] = field(default_factory=list)
    ingest: IngestReport = field(default_factory=IngestReport)
    new_disagreements: list[dict] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failures(self) -> list[str]:
        return [line for s in self.sources for line in s.failures]

    @property
    def warnings(self) -> list[str]:
        return [s.warning for s in self.sources if s.warning]

    @property
    def store_written(self) -> bool:
        return any(r.status in ("added", "updated") for r in self.ingest.results)

    def summary(self) -> str:
        new, changed = sum(s.new for s in self.sources), sum(s.changed for s in self.sources)
        return (f"update: {len(self.sources)} sources, {new} new and {changed} changed items, "
                f"{self.ingest.claims} claims, {len(self.new_disagreements)} new disagreements, "
                f"{len(self.failures)} failures in {self.seconds:.1f} s")

    def markdown(self) -> str:
        """The what-changed report: per source, new claims, new disagreements, failures and warnings."""
        lines = ["# claimgraph update", "", self.summary(), "",
                 "| source | items | new | changed | unchanged (304) | claims | failures |", "|---|---|---|---|---|---|---|"]
        lines += [f"| {s.name} | {s.items} | {s.new} | {s.changed} | {s.unchanged} ({s.not_modified}) | {s.claims} | "
                  f"{len(s.failures)} |" for s in self.sources]
        added = [r for r in self.ingest.results if r.status in ("added", "updated")]
        if added:
            lines += ["", "## New and changed documents", ""] + [f"- {r.status} {r.source} ({r.claims} claims)" for r in added]
        if self.new_disagreements:
            lines += ["", "## New disagreements", ""] + [f"- {_describe_conflict(c)}" for c in self.new_disagreements]
        for title, rows in (("Failures", self.failures), ("Health warnings", self.warnings)):
            if rows:
                lines += ["", f"## {title}", ""] + [f"- {row}" for row in rows]
        return "\n".join(lines) + "\n"


def _describe_conflict(conflict: dict) -> str:
    values = conflict.get("values") or conflict.get("objects")
    what = " / ".join(str(x) for x in (conflict.get("subject"), conflict.get("benchmark"), conflict.get("qualifier")) if x)
    return f"{conflict.get('kind')}: {what}: {values} ({len(conflict.get('sources', []))} sources)"


def poll_registered(sources: list, state: dict, settings: Settings) -> list:
    """Poll every registered source with one polite fetcher for the run (robots.txt cached per host)."""
    from claimgraph.sources.registry import poll_sources
    from claimgraph.sources.web import Fetcher

    with Fetcher(settings) as fetcher:
        return poll_sources(sources, state, fetcher, settings)


def update(home: Path, settings: Settings, *, steps: Steps = Steps(), poll: Callable = poll_registered,
           on_result: Callable[[SourceResult], None] | None = None) -> UpdateReport:
    """Poll every registered source once and ingest its new and changed items.

    Args:
        home: the claimgraph home (registry, state and store).
        settings: fetch limits and tolerances.
        steps: plain functions or Prefect tasks for select, extract and load.
        poll: the polling step (a Prefect task in the flow).
        on_result: called with each ingested item's result.
    Returns:
        The report. With nothing new or changed the store is not opened, so nothing in it changes.
    """
    from claimgraph.sources.registry import list_sources, load_state

    started = time.perf_counter()
    with _update_lock(home):
        sources, state = list_sources(home), load_state(home)
        polls = poll(sources, state, settings)
        raws = _unique_raws(polls)
        before = _conflict_keys(home, settings) if raws else None
        ingested = ingest_documents(raws, home, settings, steps=steps, on_result=on_result)
        report = UpdateReport(ingest=ingested)
        if before is not None and report.store_written:
            report.new_disagreements = _new_conflicts(home, settings, before)
        report.sources = record_runs(home, state, polls, ingested)
    report.seconds = time.perf_counter() - started
    return report


def _unique_raws(polls: list) -> list[RawDocument]:
    """Each item once, even when two sources (two feeds) list the same page."""
    seen, out = set(), []
    for poll in polls:
        for raw in poll.raws:
            if raw.source_id not in seen:
                seen.add(raw.source_id)
                out.append(raw)
    return out


def record_runs(home: Path, state: dict, polls: list, ingested: IngestReport) -> list[SourceRun]:
    """Remember what each source's items look like now (only items that were stored) and its run history."""
    from claimgraph.sources.registry import HISTORY_LENGTH, health_warning, now_iso, save_state

    results = {r.source: r for r in ingested.results}
    runs = []
    for poll in polls:
        entry = state.setdefault(poll.source, {})
        run = _record_items(poll, entry.setdefault("items", {}), results)
        if poll.feed is not None:
            entry["feed"] = poll.feed
        history = entry.setdefault("runs", [])
        run.warning = health_warning(poll.source, history, run.new + run.changed, run.claims)
        history.append({"at": now_iso(), "items": run.items, "new": run.new, "changed": run.changed,
                        "unchanged": run.unchanged, "ingested": run.new + run.changed, "claims": run.claims,
                        "failed": len(run.failures), "errors": run.failures[:5], "warning": run.warning})
        del history[:-HISTORY_LENGTH]
        runs.append(run)
    save_state(home, state)
    return runs


def _record_items(poll, items: dict, results: dict[str, SourceResult]) -> SourceRun:
    """Update one source's item state from its poll and the ingest results; count what happened."""
    run = SourceRun(poll.source, unchanged=len(poll.unchanged), not_modified=poll.not_modified,
                    failures=[reason for _item, reason in poll.failures])
    for raw in poll.raws:
        result = results.get(raw.source_id)
        if result is None or result.status == "failed":
            run.failures.append(result.error if result else f"source '{raw.source_id}': not ingested")
            continue
        known = items.get(raw.source_id, {})
        claims = result.claims if result.status != "unchanged" else known.get("claims", 0)
        items[raw.source_id] = {**poll.seen[raw.source_id], "claims": claims}
        if raw.source_id in poll.new:
            run.new += 1
        else:
            run.changed += 1
        run.claims += claims
    for item in poll.unchanged:
        if item in poll.seen:  # same hash, new validators
            items[item] = {**poll.seen[item], "claims": items.get(item, {}).get("claims", 0)}
    run.items = poll.discovered
    return run


def _conflict_keys(home: Path, settings: Settings) -> dict[str, frozenset]:
    """Each disagreement in the store (materialised by the last refresh) -> what it says: a lookup in the
    disagreements graph, not a recomputation (that was 4 s at 1,000 articles, twice per update)."""
    from claimgraph.graph import open_store
    from claimgraph.graph.store import load_query

    said: dict[str, set] = {}
    with open_store(home, settings) as store:
        for row in store.select(load_query("disagreement_signatures")):
            said.setdefault(row["d"], set()).add(row["x"])
    return {d: frozenset(x) for d, x in said.items()}


def _new_conflicts(home: Path, settings: Settings, before: dict[str, frozenset]) -> list[dict]:
    """The disagreements that are new since `before`, or say something new (a value, a source)."""
    from claimgraph.graph import open_store
    from claimgraph.graph.store import load_query

    after = _conflict_keys(home, settings)
    changed = sorted(d for d, said in after.items() if before.get(d) != said)
    found: dict[str, dict] = {}
    with open_store(home, settings) as store:
        for start in range(0, len(changed), 500):
            values = " ".join(f"<{d}>" for d in changed[start:start + 500])
            for r in store.select(load_query("disagreements_of").replace("#VALUES", f"VALUES ?d {{ {values} }}")):
                conflict = found.setdefault(r["d"], {"kind": r["kind"], "subject": r["subject"], "benchmark": r["benchmark"],
                                                     "qualifier": r["qualifier"], "sources": []})
                conflict.setdefault({"value": "values", "object": "objects"}.get(r["what"], "sources"), []).append(r["x"])
    for conflict in found.values():
        for field_name in ("values", "objects", "sources"):
            if field_name in conflict:
                conflict[field_name] = sorted(set(conflict[field_name]))
    return sorted(found.values(), key=lambda c: (c["kind"], c["subject"] or "", c["benchmark"] or ""))


class _update_lock:
    """One `update` at a time per home (a scheduled run and a manual one would race on the state file)."""

    def __init__(self, home: Path):
        self.path = home / "update.lock"

    def __enter__(self):
        import fcntl

        from claimgraph.errors import ConfigError

        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.file = open(self.path, "a+")
        try:
            fcntl.flock(self.file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.file.close()
            raise ConfigError(f"home '{self.path.parent}': another `claimgraph update` is running; wait for it") from None
        return self

    def __exit__(self, *exc_info):
        self.file.close()
