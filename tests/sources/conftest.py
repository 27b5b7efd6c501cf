"""Shared fixtures for the sources tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.model import Document, RawDocument

RESOURCES = Path(__file__).parent / "resources"


def raw_from(name: str, media_type: str, encoding: str | None = None) -> RawDocument:
    """A RawDocument for a fixture file in resources/."""
    path = RESOURCES / name
    return RawDocument(str(path), path.read_bytes(), media_type, encoding)


def assert_offsets_consistent(doc: Document) -> None:
    """Every block and table row is found in `doc.text` at its offsets."""
    for block in doc.blocks:
        assert doc.text[block.start:block.end] == block.text
    for table in doc.tables:
        for row in table.rows:
            assert doc.text[row.start:row.end] == " | ".join(row.cells)


@pytest.fixture
def resources() -> Path:
    return RESOURCES


@pytest.fixture(name="raw_from")
def raw_from_fixture():
    return raw_from


@pytest.fixture(name="assert_offsets")
def assert_offsets_fixture():
    return assert_offsets_consistent
