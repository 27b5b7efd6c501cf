"""Hand-built extractions for the graph tests (no extractor involved)."""
from __future__ import annotations

from claimgraph.model import Claim, Document, Entity, Evidence, Extraction, RawDocument

QWEN = Entity("Model", "Qwen 3.5 9B", aliases=("Qwen3.5-9B",),
              attributes=(("developer", "Alibaba"), ("wikidata", "Q130000000")), known=True)
GPQA = Entity("Benchmark", "GPQA Diamond", attributes=(("domain", "science"),), known=True)
APACHE = Entity("License", "Apache-2.0", attributes=(("spdx", "Apache-2.0"),), known=True)


def score(value, subject="Qwen 3.5 9B", benchmark="GPQA Diamond", qualifier=None) -> Claim:
    sentence = f"{subject} scored {value} on {benchmark}" + (f" ({qualifier})" if qualifier else "")
    return Claim("score", subject, Evidence(sentence, 0, len(sentence)), benchmark=benchmark,
                 value=value, unit="%", qualifier=qualifier)


def license_claim(licence, subject="Qwen 3.5 9B") -> Claim:
    sentence = f"{subject} is released under {licence}."
    return Claim("license", subject, Evidence(sentence, 0, len(sentence)), object=licence)


def source(source_id: str, *claims: Claim, content: bytes | None = None, version: str = "1"):
    """(raw, doc, extraction) for one hand-made source; content defaults to the evidence text."""
    text = " ".join(c.evidence.text for c in claims)
    raw = RawDocument(source_id, content if content is not None else text.encode(), "text/plain",
                      fetched_at="2026-03-02T09:00:00Z")
    doc = Document(source_id, text, title=f"About {source_id}", published="2026-03-02", sha256=raw.sha256)
    return raw, doc, Extraction(entities=(QWEN, GPQA, APACHE), claims=claims, extractor_version=version)
