"""`claimgraph schedule --interval 5` serves `update` on its own Prefect server, runs it, and stops cleanly."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from claimgraph.sources.registry import add_source, load_state


@pytest.mark.slow
def test_served_deployment_runs_update_on_its_own_and_stops_cleanly(tmp_path):
    home = tmp_path / "home"
    folder = tmp_path / "crawl"
    folder.mkdir()
    (folder / "a.txt").write_text("Qwen 3.5 9B scored 81.7 on GPQA Diamond.\n", encoding="utf-8")
    add_source(home, str(folder), name="crawl")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(CLAIMGRAPH_HOME=str(home), CLAIMGRAPH_HOST_DELAY="0")
    process = subprocess.Popen([sys.executable, "-c", "from claimgraph.cli import main; main()", "schedule",
                                "--interval", "5"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        server = _wait_for(lambda: json.loads((home / "prefect-server.json").read_text()), 120, process)
        assert server["api_url"].startswith("http://127.0.0.1:")
        runs = _wait_for(lambda: load_state(home)["crawl"]["runs"] if len(load_state(home).get("crawl", {}).get("runs", [])) >= 2 else None,
                         120, process)
        assert runs[0]["new"] == 1 and runs[0]["claims"] >= 1 and runs[1]["ingested"] == 0
    finally:
        process.send_signal(signal.SIGINT)
        output = process.communicate(timeout=180)[0]  # a loaded machine stops Prefect's server slowly
    assert process.returncode == 0, output
    assert "serving `update`" in output
    assert not (home / "prefect-server.json").exists()
    with pytest.raises(ProcessLookupError):
        os.kill(server["server_pid"], 0)


def _wait_for(probe, timeout: float, process: subprocess.Popen):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()[0]
        try:
            value = probe()
        except (OSError, ValueError, KeyError):
            value = None
        if value:
            return value
        time.sleep(0.5)
    raise AssertionError(f"timed out after {timeout} s")
