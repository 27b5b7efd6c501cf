"""Extraction quality gate: headline F1 on annotated articles must stay above pinned floors."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

import devset
from claimgraph.extractors.evaluate import format_report, load_jsonl, score

ROOT = Path(__file__).resolve().parents[2]
FLOORS = json.loads((Path(__file__).parent / "f1_floor.json").read_text())
SETS = {"samples": ROOT / "claimgraph" / "samples", "test_docs": ROOT / "tests" / "resources" / "docs",
        "test_docs2": ROOT / "tests" / "resources" / "docs2",
        "test_docs3": ROOT / "tests" / "resources" / "docs3",
        "test_docs4": ROOT / "tests" / "resources" / "docs4",
        "test_docs5": ROOT / "tests" / "resources" / "docs5",
        "test_docs6": ROOT / "tests" / "resources" / "docs6",
        "test_docs7": ROOT / "tests" / "resources" / "docs7",
        "test_docs8": ROOT / "tests" / "resources" / "docs8",
        "test_docs9": ROOT / "tests" / "resources" / "docs9",
        **{f"test_docs{n}": ROOT / "tests" / "resources" / f"docs{n}" for n in range(10, 39)}}


def _report(folder: Path):
    gold = folder / "gold"
    if not gold.is_dir() or not list(gold.glob("*.jsonl")):
        pytest.skip(f"no gold in {gold}")
    return score(devset.rows_for(devset.articles(folder)), gold)


@pytest.mark.parametrize("name", sorted(SETS))
def test_headline_f1_floor(name):
    report = _report(SETS[name])
    print(f"\n{name}:\n{format_report(report)}")
    assert report.headline_f1 >= FLOORS[name] - 1e-9


@pytest.mark.skipif(not devset.SCORER.exists(), reason="../shared/eval not present")
def test_devset_floor_and_agreement_with_shared_scorer(tmp_path):
    rows = devset.rows_for(devset.articles(devset.SEEDS))
    ours = score(rows, devset.GOLD)
    out = devset.write_jsonl(rows, tmp_path / "claims.jsonl")
    theirs = devset.run_scorer(out, devset.GOLD)
    print(f"\ndev set (score.py):\n{theirs}")
    assert theirs.strip().splitlines()[-1] == format_report(ours).strip().splitlines()[-1]
    assert ours.headline_f1 >= FLOORS["devset"] - 1e-9


@pytest.mark.skipif(not devset.SCORER.exists(), reason="../shared/eval not present")
def test_our_scorer_agrees_with_shared_on_gold_itself(tmp_path):
    """Gold rows scored against themselves (first accepted name) give the same table in both scorers."""
    rows = []
    for f in devset.GOLD.glob("*.jsonl"):
        for g in load_jsonl(f):
            rows.append({k: (v[0] if isinstance(v, list) else v) for k, v in g.items()} | {"source": f.stem + ".txt"})
    out = devset.write_jsonl(rows, tmp_path / "gold_rows.jsonl")
    theirs = subprocess.run([sys.executable, str(devset.SCORER), "--claims", str(out), "--gold", str(devset.GOLD)],
                            capture_output=True, text=True, check=True).stdout
    assert theirs.strip() == format_report(score(rows, devset.GOLD)).strip()
