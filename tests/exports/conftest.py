"""A small populated store for the export tests."""
from __future__ import annotations

import pytest

from claimgraph.config import Settings
from claimgraph.graph.store import open_store
from claimgraph.model import Claim, Document, Entity, Evidence, Extraction, RawDocument

ENTITIES = (
    Entity("Model", "Qwen 3.5 9B", attributes=(("developer", "Alibaba"), ("wikidata", "Q1")), known=True),
    Entity("Lab", "Alibaba", attributes=(("region", "China"),), known=True),
    Entity("Model", "GPT-OSS-120B", known=True),
    Entity("Benchmark", "GPQA Diamond", known=True),
    Entity("License", "Apache-2.0", attributes=(("spdx", "Apache-2.0"),), known=True),
)


def _claims(value: float) -> tuple[Claim, ...]:
    sentence = f"Qwen 3.5 9B scored {value} on GPQA Diamond, beating GPT-OSS-120B; it is Apache 2.0, 9B."
    ev = Evidence(sentence, 0, len(sentence))
    return (
        Claim("score", "Qwen 3.5 9B", ev, benchmark="GPQA Diamond", value=value, unit="%"),
        Claim("outperforms", "Qwen 3.5 9B", ev, object="GPT-OSS-120B", benchmark="GPQA Diamond"),
        Claim("license", "Qwen 3.5 9B", ev, object="Apache-2.0"),
        Claim("parameters", "Qwen 3.5 9B", ev, value=9e9),
        Claim("developer", "Qwen 3.5 9B", ev, object="Alibaba"),
    )


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "home", Settings(lock_timeout=0.5)) as opened:
        for name, value in (("/docs/a.txt", 49.2), ("https://example.org/b", 81.7)):
            raw = RawDocument(name, f"{name} {value}".encode(), "text/plain")
            doc = Document(name, "text", title="A page")
            opened.put_source(raw, doc, Extraction(ENTITIES, _claims(value), "1"))
        yield opened
