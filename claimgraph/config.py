"""Where data lives and how claimgraph is configured.

Precedence: defaults shipped here < `CLAIMGRAPH_HOME/config.toml` (only the keys it sets) <
environment variables `CLAIMGRAPH_<KEY>` (upper case) < command-line options.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from claimgraph.errors import ConfigError

DEFAULT_HOME_NAME = ".claimgraph"
# Sources per batch of an ingest run: each batch costs a Prefect task per step and a store opening
# (25-40 ms on a 10,000-article store). 100 rather than 50: a no-op re-run of 10,000 files 11.8 s -> 8.3 s.
BATCH_SIZE = 100


@dataclass(frozen=True)
class Settings:
    # Where the graph lives: "" for the embedded Oxigraph store under the home, or an external SPARQL 1.1
    # store as sparql+http://HOST:PORT/PATH?update=PATH&gsp=PATH (README, "Using an external SPARQL store")
    store: str = ""
    # Run ingest/update as Prefect flows: "auto" (when a Prefect server is configured: PREFECT_API_URL, or the
    # one `claimgraph schedule` started for this home), "always" (else on Prefect's ephemeral server, 10-20 s
    # to start) or "never" (the same steps as plain functions)
    prefect: str = "auto"
    # Fetching
    http_timeout: float = 20.0  # seconds per request
    max_bytes: int = 10_000_000  # size cap of one fetched document or file
    max_redirects: int = 5
    host_delay: float = 1.0  # seconds between two requests to one host
    fetch_retries: int = 2  # retries on 429, 5xx and time-outs (never on other 4xx)
    retry_backoff: float = 0.5  # first retry delay in seconds, doubled on each retry
    respect_robots: bool = True
    user_agent: str = "claimgraph/0.1 (+https://example.invalid/claimgraph; knowledge-graph ingestion)"
    # Disagreement: two scores agree when they differ by at most this much (rounding)
    score_tolerance: float = 0.05
    # Store lock: how long a command waits for another process to release the store
    lock_timeout: float = 60.0


def resolve_home(option: str | os.PathLike | None = None) -> Path:
    """The claimgraph home: --home, else $CLAIMGRAPH_HOME, else ./.claimgraph."""
    raw = option or os.environ.get("CLAIMGRAPH_HOME") or Path.cwd() / DEFAULT_HOME_NAME
    home = Path(raw).expanduser().resolve()
    if home.exists() and not home.is_dir():
        raise ConfigError(f"home '{home}' is a file, not a folder; pass --home DIR or set CLAIMGRAPH_HOME")
    return home


def load_settings(home: Path) -> Settings:
    """Defaults, overridden by home/config.toml, overridden by CLAIMGRAPH_* variables."""
    values: dict = {}
    config_file = home / "config.toml"
    if config_file.exists():
        try:
            values.update(tomllib.loads(config_file.read_text(encoding="utf-8")))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"config '{config_file}': {exc}; fix or delete the file") from exc
    known = {f.name: f.type for f in fields(Settings)}
    unknown = set(values) - set(known)
    if unknown:
        raise ConfigError(f"config '{config_file}': unknown keys {sorted(unknown)}; known: {sorted(known)}")
    for name in known:
        env = os.environ.get(f"CLAIMGRAPH_{name.upper()}")
        if env is not None:
            values[name] = env
    return replace(Settings(), **{k: _coerce(k, v) for k, v in values.items()})


def _coerce(name: str, value):
    default = getattr(Settings(), name)
    if isinstance(default, bool) and isinstance(value, str):
        return value.strip().lower() not in ("0", "false", "no", "off", "")
    try:
        return type(default)(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting '{name}': {value!r} is not a {type(default).__name__}") from exc
