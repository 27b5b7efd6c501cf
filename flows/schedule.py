"""Serve the `update` flow on a schedule, with a Prefect server for the home when none is configured.

Prefect's ephemeral mode cannot schedule ("Cannot schedule flows on an ephemeral server"), so
`serve_update` uses the server at PREFECT_API_URL, or starts `prefect server start` on 127.0.0.1
with its database under the home, records its address in `home/prefect-server.json` (other
claimgraph commands then use it instead of opening the same database in an ephemeral server),
and stops it and removes the file on exit. Nothing here imports Prefect before the server address
is known: Prefect reads its settings at import time.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager, suppress
from pathlib import Path

from claimgraph.errors import ConfigError

SERVER_FILE = "prefect-server.json"
DEPLOYMENT_NAME = "claimgraph-update"
_SERVER_ENV = {"PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1", "PREFECT_UI_ENABLED": "true",
               "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_BATCH_SIZE": "200",
               "PREFECT_SERVER_SERVICES_EVENT_PERSISTER_BATCH_SIZE": "200"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(api_url: str, timeout: float, process: subprocess.Popen | None = None) -> None:
    """Poll `api_url`/health until it answers 200 (measured: 4.6-10 s after start)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise ConfigError(f"Prefect server exited with code {process.returncode}; see {api_url} logs under PREFECT_HOME")
        with suppress(OSError):
            with urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:
                if response.status == 200:
                    return
        time.sleep(0.3)
    raise ConfigError(f"Prefect server at {api_url} not healthy after {timeout:g} s; check `prefect server start` by hand")


def start_server(home: Path, port: int | None = None, timeout: float = 90.0) -> tuple[subprocess.Popen, str]:
    """Start `prefect server start` on 127.0.0.1 with PREFECT_HOME under `home`; returns (process, api_url)."""
    port = port or free_port()
    env = {**os.environ, **_SERVER_ENV}
    env.setdefault("PREFECT_HOME", str(home / "prefect"))
    env.pop("PREFECT_API_URL", None)
    Path(env["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)
    log = open(Path(env["PREFECT_HOME"]) / "server.log", "ab")
    prefect = Path(sys.executable).with_name("prefect")
    command = [str(prefect)] if prefect.exists() else [sys.executable, "-m", "prefect"]
    process = subprocess.Popen(command + ["server", "start", "--host", "127.0.0.1", "--port", str(port)],
                               env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    api_url = f"http://127.0.0.1:{port}/api"
    try:
        wait_healthy(api_url, timeout, process)
    except BaseException:
        stop_server(process)
        raise
    return process, api_url


def stop_server(process: subprocess.Popen, timeout: float = 20.0) -> None:
    """SIGTERM the server's process group (uvicorn and its services), SIGKILL after `timeout`."""
    if process.poll() is not None:
        return
    with suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def forget_stale_server(home: Path) -> None:
    """Remove `home/prefect-server.json` when the process that wrote it is gone (killed without cleanup)."""
    path = home / SERVER_FILE
    with suppress(OSError, ValueError, KeyError):
        pid = json.loads(path.read_text(encoding="utf-8"))["pid"]
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            path.unlink()


@contextmanager
def prefect_server(home: Path):
    """The API URL to use: PREFECT_API_URL if set, else a server started for this home and stopped on exit."""
    if os.environ.get("PREFECT_API_URL"):
        yield os.environ["PREFECT_API_URL"]
        return
    forget_stale_server(home)
    if (home / SERVER_FILE).exists():
        raise ConfigError(f"home '{home}': a Prefect server is already serving it ({home / SERVER_FILE}); "
                          "stop that `claimgraph schedule` first")
    process, api_url = start_server(home)
    path = home / SERVER_FILE
    path.write_text(json.dumps({"api_url": api_url, "pid": os.getpid(), "server_pid": process.pid}), encoding="utf-8")
    try:
        yield api_url
    finally:
        with suppress(FileNotFoundError):
            path.unlink()
        stop_server(process)


def serve_update(home: Path, *, cron: str | None = None, interval: float | None = None, verbose: bool = False,
                 on_started=None) -> None:
    """Serve the `update` flow for `home` on a cron or interval schedule until interrupted (Ctrl-C, SIGTERM).

    Args:
        home: the claimgraph home whose sources are polled.
        cron: a cron expression ("0 */6 * * *"), or
        interval: seconds between runs.
        verbose: Prefect's INFO logs too.
        on_started: called with the API URL once the server is healthy (for the CLI's message).
    """
    if (cron is None) == (interval is None):
        raise ConfigError("schedule: pass exactly one of --cron or --interval")
    stop = _Stop(home)
    previous = signal.signal(signal.SIGTERM, stop)
    previous_int = signal.signal(signal.SIGINT, stop)
    try:
        with prefect_server(home) as api_url:
            os.environ["PREFECT_API_URL"] = api_url
            from claimgraph.flows.prefect_env import configure_prefect

            configure_prefect(home, verbose=verbose)
            from claimgraph.flows.update import update_flow

            if on_started:
                on_started(api_url)
            from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy

            schedule = {"cron": cron} if cron else {"interval": interval}
            # One run at a time: a run due while the previous one still polls is skipped (cancelled), not
            # started to fail on the update lock or queued behind it.
            one_at_a_time = ConcurrencyLimitConfig(limit=1, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW)
            update_flow.serve(name=DEPLOYMENT_NAME, parameters={"home": str(home)}, print_starting_message=False,
                              global_limit=one_at_a_time, **schedule)
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        signal.signal(signal.SIGINT, previous_int)
        _end_children()


STOP_GRACE = 30.0  # seconds Ctrl-C or SIGTERM leaves Prefect to stop before the command stops it


class _Stop:
    """The SIGINT/SIGTERM handler of `serve_update`: KeyboardInterrupt in the main thread, and (once) a
    watchdog that ends the command, its Prefect server and flow-run processes included, if Prefect has
    not stopped STOP_GRACE s later."""

    def __init__(self, home: Path):
        self.home, self.armed = home, False

    def __call__(self, signum, frame):
        import threading

        if not self.armed:
            self.armed = True
            threading.Thread(target=self._after_grace, daemon=True).start()
        raise KeyboardInterrupt

    def _after_grace(self) -> None:
        time.sleep(STOP_GRACE)
        path = self.home / SERVER_FILE
        with suppress(OSError, ValueError, KeyError):
            info = json.loads(path.read_text(encoding="utf-8"))
            if info.get("pid") == os.getpid():  # the server this command started
                path.unlink()
                os.killpg(int(info["server_pid"]), signal.SIGKILL)
        _end_children(grace=0.0)
        os._exit(0)


def _children() -> list[int]:
    """This process's child processes (Linux /proc; none elsewhere)."""
    pids = []
    for path in Path(f"/proc/{os.getpid()}/task").glob("*/children"):
        with suppress(OSError):
            pids += [int(p) for p in path.read_text().split()]
    return pids


def _end_children(grace: float = 5.0) -> None:
    """SIGTERM, then SIGKILL after `grace` s, any child process still running (a flow run Prefect's
    runner started): left behind, it would hold the command's output open after the command ended."""
    children = _children()
    for pid in children:
        with suppress(OSError):
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while children and time.monotonic() < deadline:
        children = [pid for pid in children if _alive(pid)]
        time.sleep(0.1)
    for pid in children:
        with suppress(OSError):
            os.kill(pid, signal.SIGKILL)


def _alive(pid: int) -> bool:
    with suppress(ChildProcessError):
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            return False
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True
