"""Extraction on every core: a process pool inside the extract step of a batch.

Parsing and extraction are pure CPU work (about 25 ms a document here), so a batch is split into
chunks of several documents and the chunks run in worker processes. Threads would not help (the
GIL; the thread runner was measured 4x slower than plain code), and one Prefect or Dask task per
document would cost more than the work (DEPENDENCIES.md). Each worker gets the gazetteer once, when
it starts, not with every document. Fetching and loading stay in the calling process: fetching is
polite per host and the store has one writer.

`ProcessExtract` is a drop-in for `Steps.extract`: called with a batch it returns a future of the
batch's results, in the batch's order, so the pipeline can fetch and load other batches meanwhile.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from claimgraph.flows.pipeline import SourceResult, extract_batch

log = logging.getLogger("claimgraph.ingest")

CHUNKS_PER_WORKER = 4  # small enough to balance uneven documents, large enough to amortise a round trip
MIN_PER_CHUNK = 2  # documents a chunk gets at least
# Starting the workers costs about 1 s (measured, 2 busy cores): a run whose batches are smaller than
# this (the demo's 7 samples, one new article) is extracted in-process and never starts them.
MIN_TO_START = 16


def default_workers() -> int:
    """Every core this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


class ProcessExtract:
    """`Steps.extract` over `workers` processes; `workers=1` extracts in-process.

    Use it as a context manager (or call `close`) so the worker processes end with the run. The
    pool starts on the first batch large enough to need it.
    """

    def __init__(self, workers: int | None = None):
        self.workers = max(1, workers or default_workers())
        self._pool: ProcessPoolExecutor | None = None
        self._gazetteer = None
        self._lock = threading.Lock()

    def __call__(self, raws: list, gazetteer) -> Future:
        """Start extracting a batch; the future's result is `extract_batch(raws, gazetteer)`'s."""
        if self.workers == 1 or len(raws) < 2 * MIN_PER_CHUNK or (self._pool is None and len(raws) < MIN_TO_START):
            return _done(extract_batch(raws, gazetteer))
        pool = self._pool_for(gazetteer)
        chunks = split_chunks(raws, min(self.workers * CHUNKS_PER_WORKER, len(raws) // MIN_PER_CHUNK))
        parts = [(chunk, _submit(pool, chunk)) for chunk in chunks]
        return _BatchFuture(self, parts, gazetteer)

    def run(self, raws: list, gazetteer) -> list:
        """Extract a batch and wait for it (for a task that must return the results themselves)."""
        return self(raws, gazetteer).result()

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(wait=True, cancel_futures=True)
                self._pool = None

    def __enter__(self) -> ProcessExtract:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def _pool_for(self, gazetteer) -> ProcessPoolExecutor:
        """The running pool, started (or restarted, for another gazetteer) when needed."""
        with self._lock:
            if self._pool is None or self._gazetteer is not gazetteer:
                if self._pool is not None:
                    self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = _start_pool(self.workers, gazetteer)
                self._gazetteer = gazetteer
            return self._pool

    def _restart(self, broken: ProcessPoolExecutor, gazetteer) -> ProcessPoolExecutor:
        """A fresh pool in place of one whose worker died (once, however many batches noticed)."""
        with self._lock:
            if self._pool is broken or self._pool is None:
                if self._pool is not None:
                    self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = _start_pool(self.workers, gazetteer)
                self._gazetteer = gazetteer
            return self._pool


class _BatchFuture:
    """The chunks of one batch; `result()` joins them in order and retries the chunks of a dead worker."""

    def __init__(self, owner: ProcessExtract, parts: list, gazetteer):
        self.owner, self.parts, self.gazetteer = owner, parts, gazetteer

    def done(self) -> bool:
        return all(future.done() for _chunk, future in self.parts)

    def result(self, timeout: float | None = None) -> list:
        out = []
        for chunk, future in self.parts:
            try:
                out += future.result(timeout)
            except BrokenProcessPool:
                out += self._retry_one_by_one(chunk, future)
        return out

    def _retry_one_by_one(self, chunk: list, failed: Future) -> list:
        """Every document of the chunk alone in a fresh pool: only the one that kills a worker fails."""
        out = []
        pool = self.owner._restart(getattr(failed, "pool", None), self.gazetteer)
        for raw in chunk:
            try:
                out += _submit(pool, [raw]).result()
            except BrokenProcessPool:
                log.debug("extraction killed its worker process on %s", raw.source_id)
                out.append(SourceResult(raw.source_id, "failed", error=(
                    f"source '{raw.source_id}': extraction crashed its worker process; please report it with "
                    "the file")))
                pool = self.owner._restart(pool, self.gazetteer)
        return out


def split_chunks(items: list, count: int) -> list[list]:
    """`items` in at most `count` consecutive chunks of near-equal size (order kept)."""
    size = max(1, -(-len(items) // max(1, count)))
    return [items[start:start + size] for start in range(0, len(items), size)]


def _submit(pool: ProcessPoolExecutor, chunk: list) -> Future:
    try:
        future = pool.submit(_extract_chunk, chunk)
    except BrokenProcessPool:  # a worker died before this chunk was queued: fail it like a queued one
        future = Future()
        future.set_exception(BrokenProcessPool("worker process died"))
    future.pool = pool  # which pool to replace if this chunk finds it broken
    return future


def _done(value) -> Future:
    future = Future()
    future.set_result(value)
    return future


def _start_pool(workers: int, gazetteer) -> ProcessPoolExecutor:
    # forkserver, not fork: the caller may run threads (Prefect's), and forking those is unsafe;
    # preloading the extractors in the server makes each worker start in a fraction of a second
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["claimgraph.extractors", "claimgraph.sources", "claimgraph.flows.pipeline"])
    return ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                               initargs=(gazetteer, os.getpid()))


# -- in the worker process ----------------------------------------------------------------------------------
_gazetteer = None  # the run's gazetteer, set once when the worker starts


def _start_worker(gazetteer, run_pid: int) -> None:
    global _gazetteer
    _gazetteer = gazetteer
    threading.Thread(target=_exit_with, args=(run_pid,), daemon=True, name="claimgraph-orphan-watch").start()


def _exit_with(run_pid: int) -> None:
    """End this worker when the run's process is gone (killed with SIGKILL, say): no orphans left behind."""
    import time

    server = os.getppid()  # the forkserver, which ends when the run's process does
    while True:
        time.sleep(1.0)
        if os.getppid() != server:
            os._exit(0)
        try:
            os.kill(run_pid, 0)
        except ProcessLookupError:
            os._exit(0)
        except PermissionError:  # the pid was reused by another user's process: ours is gone
            os._exit(0)


def _extract_chunk(raws: list) -> list:
    return extract_batch(raws, _gazetteer)
