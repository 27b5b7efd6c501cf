"""Fixtures shared by every test folder."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session", autouse=True)
def prefect_home(tmp_path_factory):
    """One Prefect home for the whole run: its ephemeral server starts once, not in every test."""
    from claimgraph.flows.prefect_env import _QUIET_AND_FAST

    home = tmp_path_factory.mktemp("prefect-home")
    previous = {k: os.environ.get(k) for k in ("PREFECT_HOME", "PREFECT_API_URL", *_QUIET_AND_FAST)}
    os.environ["PREFECT_HOME"] = str(home)
    os.environ.pop("PREFECT_API_URL", None)
    os.environ.update(_QUIET_AND_FAST)
    yield home
    for key, value in previous.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A fresh CLAIMGRAPH_HOME in a temp folder."""
    path = tmp_path / "home"
    monkeypatch.setenv("CLAIMGRAPH_HOME", str(path))
    return path


@pytest.fixture(scope="session")
def sample_paths() -> list[str]:
    from claimgraph.cli.ingest import sample_paths

    return sample_paths()


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    """../shared/eval when it is beside the repo (CI, developers); tests that need it skip otherwise."""
    path = SHARED / "eval"
    if not (path / "gold").is_dir():
        pytest.skip("../shared/eval is not beside the repository")
    return path


@pytest.fixture(scope="session")
def seed_paths() -> list[str]:
    folder = SHARED / "corpus" / "seeds"
    if not folder.is_dir():
        pytest.skip("../shared/corpus/seeds is not beside the repository")
    return sorted(str(p) for p in folder.glob("*.txt"))
