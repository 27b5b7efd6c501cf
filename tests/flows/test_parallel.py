"""Extraction on several processes: same results in the same order, crashes contained, `--workers`."""
from __future__ import annotations

import os
from dataclasses import fields

import pytest
from click.testing import CliRunner

from claimgraph.config import Settings
from claimgraph.extractors import load_gazetteer
from claimgraph.flows.parallel import MIN_TO_START, ProcessExtract, split_chunks
from claimgraph.flows.pipeline import Steps, SourceResult, extract_batch, ingest
from claimgraph.graph import open_store
from claimgraph.model import RawDocument
from claimgraph.sources import fetch

from test_parallel_figures import copy_samples

class WorkerKiller(RawDocument):
    """A document that kills the worker process receiving it (no exception anyone could catch)."""

    def __reduce__(self):
        return (os._exit, (3,))


@pytest.fixture(scope="module")
def raws(tmp_path_factory) -> list:
    folder = tmp_path_factory.mktemp("copies")
    return [fetch(str(p), Settings()) for p in copy_samples(folder, 24)]


def invoke(*args: str):
    """Run the CLI in this process (every command registered, as `claimgraph` does)."""
    import importlib

    from claimgraph.cli import COMMAND_MODULES
    from claimgraph.cli.main import cli

    for name in COMMAND_MODULES:
        importlib.import_module(f"claimgraph.cli.{name}").register(cli)
    return CliRunner().invoke(cli, list(args))


def claims_of(items: list) -> list:
    return [(i.source, i.status) if isinstance(i, SourceResult) else (i[0].source_id, i[2].claims)
            for i in items]


def test_chunks_keep_order_and_cover_everything():
    items = list(range(50))
    chunks = split_chunks(items, 8)
    assert len(chunks) <= 8 and [x for c in chunks for x in c] == items


def test_pool_gives_the_in_process_results_in_order(raws):
    gazetteer = load_gazetteer()
    expected = claims_of(extract_batch(raws, gazetteer))
    with ProcessExtract(2) as pool:
        got = pool(raws, gazetteer).result()
        assert pool._pool is not None, "a batch this size runs on the worker processes"
        pids = pool._pool.submit(os.getpid).result()
    assert pids != os.getpid()
    assert claims_of(got) == expected


def test_small_batch_never_starts_workers(raws):
    with ProcessExtract(2) as pool:
        got = pool(raws[:MIN_TO_START - 1], load_gazetteer()).result()
        assert pool._pool is None
    assert len(got) == MIN_TO_START - 1


def test_a_document_that_kills_its_worker_fails_alone(raws):
    killer = WorkerKiller(**{f.name: getattr(raws[0], f.name) for f in fields(RawDocument)})
    object.__setattr__(killer, "source_id", "killer.txt")
    batch = raws[:10] + [killer] + raws[10:]
    gazetteer = load_gazetteer()
    with ProcessExtract(2) as pool:
        got = pool(batch, gazetteer).result()
        after = pool(raws, gazetteer).result()  # the pool was replaced and still works
    failed = [i for i in got if isinstance(i, SourceResult)]
    assert [f.source for f in failed] == [batch[10].source_id]
    assert "crashed its worker process" in failed[0].error
    assert [i[0].source_id for i in got if not isinstance(i, SourceResult)] == [r.source_id for r in raws]
    assert len(after) == len(raws) and not any(isinstance(i, SourceResult) for i in after)


def test_plain_ingest_with_a_pool_stores_what_one_process_stores(tmp_path, raws):
    folder = tmp_path / "articles"
    copy_samples(folder, 40)
    stored = {}
    for workers in (1, 2):
        home = tmp_path / f"home-{workers}"
        with ProcessExtract(workers) as pool:
            report = ingest([str(folder)], home, Settings(), batch_size=20, steps=Steps(extract=pool))
        assert report.count("added") == 40 and not report.failed
        with open_store(home, Settings()) as store:
            stored[workers] = {s["source"]: s for s in store.sources()}
    assert stored[1].keys() == stored[2].keys()


def test_cli_workers_option(tmp_path):
    folder = tmp_path / "articles"
    copy_samples(folder, 20)
    home = tmp_path / "home"
    result = invoke("--home", str(home), "ingest", "--no-prefect", "--workers", "2", str(folder))
    assert result.exit_code == 0, result.output
    assert "20 added" in result.output
    again = invoke("--home", str(home), "reextract", "--workers", "2")
    assert again.exit_code == 0 and "20 sources" in again.output, again.output


def test_cli_rejects_dask_without_prefect(tmp_path):
    result = invoke("--home", str(tmp_path / "h"), "ingest", "--no-prefect", "--dask-address", "tcp://127.0.0.1:1",
                    str(tmp_path))
    assert result.exit_code == 2 and "drop --no-prefect" in result.output
    assert "--workers N" in invoke("update", "--help").output


def test_flow_extracts_on_a_pool_under_the_thread_runner(home, tmp_path):
    from claimgraph.flows.prefect_env import configure_prefect

    configure_prefect(home)
    from claimgraph.flows.ingest import ingest_flow

    folder = tmp_path / "articles"
    copy_samples(folder, 40)
    report = ingest_flow([str(folder)], str(home), Settings(), batch_size=20, workers=2)
    assert report.count("added") == 40 and not report.failed
    plain = ingest([str(folder)], tmp_path / "plain-home", Settings(), batch_size=20)
    assert report.claims == plain.claims
