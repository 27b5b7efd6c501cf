"""Figures for the README's "Parallelism" section, printed side by side in one run (no timed assertions).

    python tests/flows/test_parallel_figures.py --articles 500 [--dask]

Measures on copies of the bundled samples (each copy's text changed, so every hash differs):
the extract stage alone (in-process vs a process pool of 2), end-to-end plain ingest with
--workers 1 and 2 (per-stage times), and with --dask the flow on a local Dask cluster of 2 workers.
The test below runs the script on a few articles so it cannot rot.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path


def copy_samples(folder: Path, n: int) -> list[Path]:
    """`n` articles: the bundled samples again and again, each with a line of its own (a distinct hash)."""
    from claimgraph.cli.ingest import sample_paths

    folder.mkdir(parents=True, exist_ok=True)
    samples = [Path(p) for p in sample_paths()]
    out = []
    for i in range(n):
        sample = samples[i % len(samples)]
        text = sample.read_text(encoding="utf-8")
        note = f"\n<!-- copy {i} -->\n" if sample.suffix == ".html" else f"\n(copy {i})\n"
        path = folder / f"{sample.stem}-{i:05d}{sample.suffix}"
        path.write_text(text + note, encoding="utf-8")
        out.append(path)
    return out


def extract_stage(paths: list[Path], workers: int) -> tuple[float, list]:
    """Seconds to parse and extract every file in batches of 50 (one batch loading while the next extracts)."""
    from claimgraph.config import Settings
    from claimgraph.extractors import load_gazetteer
    from claimgraph.flows.parallel import ProcessExtract
    from claimgraph.flows.pipeline import batched
    from claimgraph.sources import fetch

    gazetteer = load_gazetteer()
    raws = [fetch(str(p), Settings()) for p in paths]
    with ProcessExtract(workers) as pool:
        start = time.perf_counter()
        futures = [pool(batch, gazetteer) for batch in batched(raws, 50)]
        results = [item for future in futures for item in future.result()]
        return time.perf_counter() - start, results


def plain_ingest(folder: Path, home: Path, workers: int) -> dict:
    """One plain ingest with per-stage wall times."""
    from claimgraph.bench.run import timed_refresh, timed_steps
    from claimgraph.config import Settings
    from claimgraph.flows.parallel import ProcessExtract
    from claimgraph.flows.pipeline import Steps, ingest

    times: dict = {}
    with ProcessExtract(workers) as pool, timed_refresh(times):
        start = time.perf_counter()
        report = ingest([str(folder)], home, Settings(), steps=timed_steps(Steps(extract=pool), times))
        times["total"] = time.perf_counter() - start
    assert not report.failed, report.failed[:3]
    times["claims"] = report.claims
    return times


def dask_ingest(folder: Path, home: Path) -> dict:
    """The Prefect flow with its extract tasks on a local Dask cluster of 2 workers (started apart)."""
    from distributed import LocalCluster

    from claimgraph.config import Settings
    from claimgraph.flows.ingest import run_ingest_flow

    start = time.perf_counter()
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster:
        figures = {"cluster start": time.perf_counter() - start}
        start = time.perf_counter()
        report = run_ingest_flow([str(folder)], str(home), Settings(), task_runner="dask",
                                 dask_address=cluster.scheduler_address)
        figures["total"] = time.perf_counter() - start
    figures["claims"] = report.claims
    return figures


def measure(n: int, work: Path, dask: bool = False, echo=print) -> dict:
    folder = work / "articles"
    paths = copy_samples(folder, n)
    figures = {"cores": os.cpu_count(), "load average": os.getloadavg()[0]}
    serial, serial_results = extract_stage(paths, 1)
    pooled, pooled_results = extract_stage(paths, 2)
    assert [_claims(r) for r in serial_results] == [_claims(r) for r in pooled_results], "pool changed results"
    figures["extract stage"] = {"workers 1": serial, "workers 2": pooled}
    echo(f"extract stage, {n} articles: workers 1 {serial:.2f} s, workers 2 {pooled:.2f} s "
         f"(x{serial / pooled:.2f})")
    for workers in (1, 2):
        times = plain_ingest(folder, work / f"home-{workers}", workers)
        figures[f"ingest workers {workers}"] = times
        echo(f"plain ingest --workers {workers}: " + ", ".join(f"{k} {v:.1f}" for k, v in times.items()))
    if dask:
        figures["dask"] = dask_ingest(folder, work / "home-dask")
        echo("flow on Dask (2 workers): " + ", ".join(f"{k} {v:.1f}" for k, v in figures["dask"].items()))
    return figures


def _claims(item):
    return item.error if hasattr(item, "error") else item[2].claims


def test_figures_script_runs(tmp_path):
    figures = measure(24, tmp_path, echo=lambda line: None)
    assert figures["ingest workers 1"]["claims"] == figures["ingest workers 2"]["claims"] > 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--dask", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="claimgraph-parallel-"))
    try:
        from claimgraph.flows.prefect_env import configure_prefect

        configure_prefect(work / "prefect-owner")
        measure(args.articles, work, args.dask)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(0)
