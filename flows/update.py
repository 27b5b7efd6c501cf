"""The Prefect `update` flow: poll the registered sources -> select -> extract -> load -> report.

The body is the plain `pipeline.update` with its steps as tasks. Polling is one task for the run
(retried once on an unexpected error); retries for 429, 5xx and time-outs happen per URL inside it,
so one bad item never refetches the others. Each run leaves a markdown artifact saying what changed.
"""
from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from claimgraph.config import Settings, load_settings
from claimgraph.flows import pipeline
from claimgraph.flows.ingest import flow_steps, make_task_runner
from claimgraph.flows.pipeline import UpdateReport

poll_task = task(pipeline.poll_registered, name="poll-sources", retries=1, retry_delay_seconds=5, cache_policy=NO_CACHE)


@flow(name="update", validate_parameters=False)
def update_flow(home: str, settings: Settings | None = None, on_result=None, workers: int = 1) -> UpdateReport:
    """Poll every source registered under `home` once and ingest what is new or changed.

    `workers`: processes extracting the new items under the default task runner (see `flows/ingest.py`).
    """
    logger = get_run_logger()
    settings = settings or load_settings(Path(home))
    steps, _in_flight, pool = flow_steps(workers)
    try:
        report = pipeline.update(Path(home), settings, steps=steps, poll=poll_task, on_result=on_result)
    finally:
        if pool is not None:
            pool.close()
    for line in report.failures:
        logger.warning(line)
    for line in report.warnings:
        logger.warning(line)
    logger.info(report.summary())
    create_markdown_artifact(markdown=report.markdown(), key="claimgraph-update",
                             description=report.summary())
    return report


def run_update_flow(home: str, settings: Settings | None = None, *, task_runner: str = "thread",
                    dask_address: str | None = None, workers: int | None = None, on_result=None) -> UpdateReport:
    """`update_flow` on the chosen task runner (`flows.ingest.make_task_runner`)."""
    from claimgraph.flows.parallel import default_workers

    runner = make_task_runner(task_runner, dask_address, workers)
    run = update_flow.with_options(task_runner=runner) if runner is not None else update_flow
    return run(home, settings, on_result=on_result, workers=workers or default_workers())
