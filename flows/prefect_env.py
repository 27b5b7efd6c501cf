"""Prefect settings claimgraph ships: local state, nothing sent off the machine, no measured stalls.

Must run before `prefect` is imported: Prefect reads its settings at import time.
"""
from __future__ import annotations

import os
from pathlib import Path

# Measured on a 2-core machine (DEPENDENCIES.md): with the default batch sizes the event writer falls
# behind and task submission stalls for 28-68 s; with 200 it costs 5-7 ms a task.
_QUIET_AND_FAST = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_BATCH_SIZE": "200",
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_READ_BATCH_SIZE": "200",
    "PREFECT_SERVER_SERVICES_EVENT_PERSISTER_BATCH_SIZE": "200",
    "PREFECT_SERVER_SERVICES_EVENT_PERSISTER_READ_BATCH_SIZE": "200",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_UI_ENABLED": "false",
    # the ephemeral server takes 7-14 s to start here, more on a loaded machine; Prefect's default is 20 s
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
}


def configure_prefect(home: Path, verbose: bool = False) -> None:
    """Point Prefect at CLAIMGRAPH_HOME/prefect unless the user configured Prefect already."""
    for key, value in _QUIET_AND_FAST.items():
        os.environ.setdefault(key, value)
    if verbose:
        os.environ["PREFECT_LOGGING_LEVEL"] = "INFO"
    server_file = home / "prefect-server.json"
    if "PREFECT_API_URL" not in os.environ and server_file.exists():
        # a Prefect server started by `claimgraph schedule` for this home: use it, not a second ephemeral one
        import json

        url = json.loads(server_file.read_text(encoding="utf-8")).get("api_url")
        if url:
            os.environ["PREFECT_API_URL"] = url
    if "PREFECT_HOME" not in os.environ:
        prefect_home = home / "prefect"
        prefect_home.mkdir(parents=True, exist_ok=True)
        os.environ["PREFECT_HOME"] = str(prefect_home)
