"""The Prefect `ingest` flow: fetch -> parse + extract -> load, as tasks over batches.

The flow runs the plain pipeline (`flows/pipeline.py`) with each step wrapped in a task. Tasks wrap
batches, not single articles: a Prefect task costs 5-80 ms here, so one per article per stage
would cost more than the work. Tasks are never cached: `TASK_SOURCE` covers only a task's own
code, not the extractors it calls, and loading must always run.

Where extraction runs:
- the default (thread) task runner: with `workers` > 1 the extract task of a batch is submitted to
  a thread and splits the batch over a process pool (`flows/parallel.py`), so the flow fetches and
  loads other batches meanwhile; with 1 it runs in the flow's thread, as plain code does;
- any other runner, e.g. `DaskTaskRunner(address=...)` (`make_task_runner("dask", address)`): one
  extract task per batch is submitted to it and runs on the cluster, several batches at once.
Fetching (polite, per host) and loading (the store has one writer) always run in the flow's process.
"""
from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.task_runners import ThreadPoolTaskRunner

from claimgraph.config import Settings
from claimgraph.flows import pipeline
from claimgraph.flows.pipeline import IngestReport

TASK_STEPS = pipeline.Steps(
    fetch=task(pipeline.fetch_batch, name="fetch", retries=2, retry_delay_seconds=[1, 4], cache_policy=NO_CACHE),
    select=task(pipeline.select_changed, name="select-changed", cache_policy=NO_CACHE),
    extract=task(pipeline.extract_batch, name="parse-extract", cache_policy=NO_CACHE),
    load=task(pipeline.load_batch, name="load", cache_policy=NO_CACHE),
    refresh=task(pipeline.refresh_derived, name="refresh-derived", cache_policy=NO_CACHE),
)

REMOTE_IN_FLIGHT = 8  # batches extracting at once on a cluster (a Dask task costs ~100 ms: batches, not articles)


def extract_with(raws: list, gazetteer, pool=None) -> list:
    """Parse and extract a batch: over `pool`'s worker processes when given, else in this process."""
    return pool.run(raws, gazetteer) if pool is not None else pipeline.extract_batch(raws, gazetteer)


extract_task = task(extract_with, name="parse-extract", cache_policy=NO_CACHE)


def _submit_extract(raws: list, gazetteer, pool=None):
    return extract_task.submit(raws, gazetteer, pool)


def flow_steps(workers: int = 1) -> tuple[pipeline.Steps, int, object]:
    """(steps, batches in flight, process pool or None) for the task runner of the running flow."""
    from claimgraph.flows.parallel import ProcessExtract

    runner = FlowRunContext.get().task_runner
    if not isinstance(runner, ThreadPoolTaskRunner):  # Dask and the like: the batch is the unit of work
        return replace(TASK_STEPS, extract=_submit_extract), REMOTE_IN_FLIGHT, None
    if workers <= 1:
        return TASK_STEPS, 1, None
    pool = ProcessExtract(workers)
    return replace(TASK_STEPS, extract=partial(_submit_extract, pool=pool)), 2, pool


def make_task_runner(name: str = "thread", address: str | None = None, workers: int | None = None):
    """The task runner for `--task-runner`: None (Prefect's default threads) or a `DaskTaskRunner`.

    Args:
        name: "thread" or "dask".
        address: an existing Dask scheduler, e.g. tcp://10.0.0.5:8786; without it a local Dask cluster
            of `workers` processes is started for the run (and stopped after it).
        workers: processes of that local cluster (default: every core).
    Returns:
        A task runner for `flow.with_options(task_runner=...)`, or None for the default.
    """
    if name != "dask":
        return None
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError as exc:
        from claimgraph.errors import ConfigError

        raise ConfigError("--task-runner dask needs prefect-dask: pip install 'claimgraph[dask]'") from exc
    if address:
        return DaskTaskRunner(address=address)
    from claimgraph.flows.parallel import default_workers

    return DaskTaskRunner(cluster_kwargs={"n_workers": workers or default_workers(), "threads_per_worker": 1,
                                          "dashboard_address": None})


@flow(name="ingest", validate_parameters=False)
def ingest_flow(refs: list[str], home: str, settings: Settings, allow_private: bool = False,
                batch_size: int = pipeline.BATCH_SIZE, on_result=None, workers: int = 1) -> IngestReport:
    """Ingest sources into the store under `home`; failures are reported per source, never fatal.

    `workers`: processes extracting each batch under the default task runner (1: in the flow's thread).
    """
    logger = get_run_logger()
    steps, in_flight, pool = flow_steps(workers)
    try:
        report = pipeline.ingest(refs, Path(home), settings, allow_private=allow_private, batch_size=batch_size,
                                 on_result=on_result, steps=steps, in_flight=in_flight)
    finally:
        if pool is not None:
            pool.close()
    for result in report.failed:
        logger.warning(result.error)
    logger.info(report.summary())
    return report


def run_ingest_flow(refs: list[str], home: str, settings: Settings, *, task_runner: str = "thread",
                    dask_address: str | None = None, workers: int | None = None, **options) -> IngestReport:
    """`ingest_flow` on the chosen task runner (see `make_task_runner`); `options` go to the flow."""
    from claimgraph.flows.parallel import default_workers

    runner = make_task_runner(task_runner, dask_address, workers)
    run = ingest_flow.with_options(task_runner=runner) if runner is not None else ingest_flow
    return run(list(refs), home, settings, workers=workers or default_workers(), **options)
