import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from claimgraph.extractors import load_gazetteer  # noqa: E402
from claimgraph.extractors.names import Recognizer  # noqa: E402


@pytest.fixture(scope="session")
def gaz():
    return load_gazetteer()


@pytest.fixture(scope="session")
def rec(gaz):
    return Recognizer(gaz)
