"""Fixtures shared by every test folder."""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def _share_one_prefect_home() -> Path:
    """One Prefect home for the whole run, set before any test module imports Prefect (it reads its
    settings at import): its ephemeral server database is created once, not in every test."""
    from claimgraph.flows.prefect_env import _QUIET_AND_FAST

    path = Path(tempfile.mkdtemp(prefix="claimgraph-prefect-"))
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    os.environ["PREFECT_HOME"] = str(path)
    os.environ.pop("PREFECT_API_URL", None)
    os.environ.update(_QUIET_AND_FAST)
    return path


PREFECT_HOME = _share_one_prefect_home()


@pytest.fixture(scope="session")
def prefect_home() -> Path:
    return PREFECT_HOME


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
