"""The synthetic corpus generator: deterministic, self-describing, independent of the extractors."""
from __future__ import annotations

import json
import subprocess
import sys

from claimgraph.bench.generator import generate_corpus


def test_same_seed_same_bytes(tmp_path):
    first = generate_corpus(tmp_path / "a", 12, seed=3)
    second = generate_corpus(tmp_path / "b", 12, seed=3)
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    other = generate_corpus(tmp_path / "c", 12, seed=4)
    assert [p.read_bytes() for p in first] != [p.read_bytes() for p in other]


def test_every_article_has_its_claims_in_the_guidelines_format(tmp_path):
    paths = generate_corpus(tmp_path, 15, seed=1)
    assert {p.suffix for p in paths} == {".html", ".txt", ".md"}
    for path in paths:
        claims = [json.loads(line) for line in (tmp_path / "gold" / f"{path.stem}.jsonl").read_text().splitlines()]
        assert {"score", "outperforms", "developer", "license", "release", "parameters"} <= {c["kind"] for c in claims}
        for claim in claims:
            assert set(claim) == {"kind", "subject", "object", "benchmark", "value", "unit", "qualifier", "evidence"}
            assert claim["subject"] in path.read_text(encoding="utf-8") or claim["kind"] == "lab_region"


def test_generator_does_not_import_the_extractors(tmp_path):
    code = ("import sys; from pathlib import Path; from claimgraph.bench.generator import generate_corpus; "
            f"generate_corpus(Path({str(tmp_path)!r}), 3); "
            "print(any(m.startswith('claimgraph.extractors') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_recall_on_a_small_corpus(tmp_path):
    from claimgraph.bench.run import recall_of

    paths = generate_corpus(tmp_path, 30, seed=11)
    result = recall_of(paths, tmp_path / "gold")
    assert result.recall >= 0.98, result.per_kind


def test_rows_of_sources_without_gold_are_not_counted_as_extra(tmp_path):
    from claimgraph.bench.run import recall_against

    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "a1.jsonl").write_text(json.dumps({"kind": "score", "subject": "Foo-2", "object": None,
                                                            "benchmark": "MMLU", "value": 70.1, "evidence": "e"}) + "\n")
    rows = [{"source": "/x/a1.txt", "kind": "score", "subject": "Foo-2", "object": None, "benchmark": "MMLU", "value": 70.1},
            {"source": "/x/a1.txt", "kind": "score", "subject": "Foo-2", "object": None, "benchmark": "GSM8K", "value": 50.0},
            {"source": "/x/new.txt", "kind": "score", "subject": "Bar-3", "object": None, "benchmark": "MMLU", "value": 60.0}]
    result = recall_against(rows, tmp_path / "gold")
    assert result.recall == 1.0 and result.extra == 1  # the GSM8K row; the gold-less new.txt is not judged
