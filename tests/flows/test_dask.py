"""`ingest --task-runner dask`: the extract tasks run on a Dask cluster (prefect-dask), loading stays here."""
from __future__ import annotations

import pytest

from claimgraph.config import Settings
from claimgraph.flows.pipeline import ingest

from test_parallel import invoke
from test_parallel_figures import copy_samples

pytestmark = pytest.mark.slow  # a local Dask cluster takes ~10 s to start, Prefect's server as long


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    pytest.importorskip("prefect_dask")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as local, \
            distributed.Client(local) as client:
        yield local, client


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    copy_samples(folder, 24)
    return folder


def test_ingest_runs_extract_tasks_on_an_existing_cluster(home, articles, tmp_path, cluster):
    from distributed import get_task_stream

    local, client = cluster
    with get_task_stream(client) as stream:
        result = invoke("--home", str(home), "ingest", "--dask-address", local.scheduler_address,
                        "--batch-size", "8", str(articles))
    assert result.exit_code == 0, result.output
    assert "24 added" in result.output
    workers = {task["worker"] for task in stream.data}
    assert len(stream.data) == 3, "one extract task per batch of 8"
    assert workers and workers <= set(client.scheduler_info()["workers"])
    plain = ingest([str(articles)], tmp_path / "plain-home", Settings(), batch_size=8)
    assert f"{plain.claims} claims" in result.output


def test_task_runner_dask_starts_a_local_cluster(home, articles):
    result = invoke("--home", str(home), "update", "--task-runner", "dask", "--workers", "2")
    assert result.exit_code == 0, result.output  # nothing registered: a run with nothing to do
    result = invoke("--home", str(home), "ingest", "--task-runner", "dask", "--workers", "2", "--batch-size", "12",
                    str(articles))
    assert result.exit_code == 0, result.output
    assert "24 added" in result.output
