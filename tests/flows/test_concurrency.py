"""Two runs on one CLAIMGRAPH_HOME: the second waits for the store (or fails clearly); nothing is corrupted."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from claimgraph.bench.generator import generate_small


def cli(home: Path) -> list[str]:
    return [str(Path(sys.executable).with_name("claimgraph")), "--home", str(home)]


def test_second_run_fails_clearly_while_the_store_is_held(tmp_path):
    from claimgraph.graph import open_store

    home, folder = tmp_path / "home", tmp_path / "sources"
    generate_small(folder, 3)
    env = {**os.environ, "CLAIMGRAPH_LOCK_TIMEOUT": "0.5"}
    with open_store(home):
        run = subprocess.run(cli(home) + ["ingest", "--no-prefect", str(folder)], capture_output=True, text=True, env=env)
    assert run.returncode != 0
    assert "is in use by pid" in run.stderr and str(os.getpid()) in run.stderr
    assert "Traceback" not in run.stderr
    with open_store(home, timeout=1) as store:  # nothing was written, the store opens
        assert store.sources() == []


def test_two_concurrent_ingests_wait_for_each_other(tmp_path):
    from claimgraph.graph import open_store
    from claimgraph.graph.claims import claims_table

    home, folder = tmp_path / "home", tmp_path / "sources"
    paths = generate_small(folder, 40)
    runs = [subprocess.Popen(cli(home) + ["ingest", "--no-prefect", "--batch-size", "5", str(folder)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=300)[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    with open_store(home, timeout=5) as store:
        assert len(store.sources()) == len(paths)
        rows = claims_table(store)
    keys = [(r["source"], r["kind"], r["subject"], r["object"], r["benchmark"], r["value"]) for r in rows]
    assert len(keys) == len(set(keys))
    assert {r["source"] for r in rows} == {str(p.resolve()) for p in paths}
