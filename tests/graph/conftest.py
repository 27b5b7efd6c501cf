"""A real Oxigraph store in a temp folder."""
from __future__ import annotations

import pytest

from claimgraph.config import Settings
from claimgraph.graph.store import open_store


@pytest.fixture
def home(tmp_path):
    return tmp_path / "home"


@pytest.fixture
def store(home):
    with open_store(home, Settings(lock_timeout=0.5)) as opened:
        yield opened
