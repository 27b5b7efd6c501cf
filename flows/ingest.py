"""The Prefect `ingest` flow: fetch -> parse + extract -> load, as tasks over batches.

The flow runs the plain pipeline (`flows/pipeline.py`) with each step wrapped in a task. Tasks wrap
batches, not single articles: a Prefect task costs 5-80 ms here, so one per article per stage
would cost more than the work. Tasks are never cached: `TASK_SOURCE` covers only a task's own
code, not the extractors it calls, and loading must always run.
"""
from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from claimgraph.config import Settings
from claimgraph.flows import pipeline
from claimgraph.flows.pipeline import IngestReport

TASK_STEPS = pipeline.Steps(
    fetch=task(pipeline.fetch_batch, name="fetch", retries=2, retry_delay_seconds=[1, 4], cache_policy=NO_CACHE),
    select=task(pipeline.select_changed, name="select-changed", cache_policy=NO_CACHE),
    extract=task(pipeline.extract_batch, name="parse-extract", cache_policy=NO_CACHE),
    load=task(pipeline.load_batch, name="load", cache_policy=NO_CACHE),
)


@flow(name="ingest", validate_parameters=False)
def ingest_flow(refs: list[str], home: str, settings: Settings, allow_private: bool = False,
                batch_size: int = 50, on_result=None) -> IngestReport:
    """Ingest sources into the store under `home`; failures are reported per source, never fatal."""
    logger = get_run_logger()
    report = pipeline.ingest(refs, Path(home), settings, allow_private=allow_private,
                             batch_size=batch_size, on_result=on_result, steps=TASK_STEPS)
    for result in report.failed:
        logger.warning(result.error)
    logger.info(report.summary())
    return report
