"""The dev set through the whole path: ingest -> store -> claims table and conflicts -> score.

Unlike tests/extractors (which scores `extract` directly), this scores what `claimgraph export
claims` writes, so a loss anywhere between the extractor and the export shows here.
"""
from __future__ import annotations

import json
from pathlib import Path

from claimgraph.config import Settings
from claimgraph.extractors.evaluate import format_report, score
from claimgraph.flows.pipeline import ingest
from claimgraph.graph import open_store
from claimgraph.graph.claims import claims_table, conflicts

FLOORS = json.loads((Path(__file__).parents[1] / "extractors" / "f1_floor.json").read_text())


def test_devset_through_the_store(home, seed_paths, shared_eval):
    report = ingest(seed_paths, home, Settings())
    assert not report.failed
    with open_store(home, Settings()) as store:
        rows = claims_table(store)
        found = conflicts(store, Settings().score_tolerance)
    result = score(rows, shared_eval / "gold")
    print("\ndev set through the store:\n" + format_report(result))
    assert result.headline_f1 >= FLOORS["devset"]
    gold_conflicts = json.loads((shared_eval / "gold" / "conflicts.json").read_text())
    required = [g for g in gold_conflicts if not g.get("optional")]
    for g in required:
        subjects = {s.casefold().replace(" ", "").replace("-", "") for s in g["subject"]} if isinstance(g["subject"], list) else None
        hit = [c for c in found if c["kind"] == g["kind"] and
               (subjects is None or c["subject"].casefold().replace(" ", "").replace("-", "") in subjects)]
        assert hit, f"gold disagreement not found: {g['kind']} {g['subject']}"


def _norm(name: str) -> str:
    return name.casefold().replace(" ", "").replace("-", "").replace("_", "").replace("/", "")


def _matches(conflict: dict, gold: dict) -> bool:
    """As ../shared/eval/score.py matches a reported disagreement to a gold one (names, values within 0.05, objects)."""
    names = lambda v: {_norm(x) for x in (v if isinstance(v, list) else [v])}  # noqa: E731
    if conflict.get("kind", "score") != gold.get("kind", "score") or _norm(conflict.get("subject") or "") not in names(gold["subject"]):
        return False
    if gold.get("benchmark") and _norm(conflict.get("benchmark") or "") not in names(gold["benchmark"]):
        return False
    values = [float(v) for v in conflict.get("values", []) if isinstance(v, (int, float))]
    if not all(any(abs(v - float(g)) <= 0.05 for v in values) for g in gold.get("values", [])):
        return False
    objects = {_norm(o) for o in conflict.get("objects", [])}
    return all(names(g) & objects for g in gold.get("objects", []))


def test_one_launch_from_six_sources_gives_its_disagreements(home):
    """docs23: six sources on one release (a misquote, an evaluator's re-runs, a provider's licence, a wrong date);
    every required gold disagreement is reported, and few others (first run: 4/17 found, 13 others)."""
    folder = Path(__file__).parents[1] / "resources" / "docs23"
    paths = sorted(str(p) for p in folder.iterdir() if p.suffix in (".md", ".html", ".txt") and p.name != "README.md")
    report = ingest(paths, home, Settings())
    assert not report.failed
    with open_store(home, Settings()) as store:
        found = conflicts(store, Settings().score_tolerance)
    gold = json.loads((folder / "gold" / "conflicts.json").read_text())
    required = [g for g in gold if not g.get("optional")]
    missed = [g for g in required if not any(_matches(c, g) for c in found)]
    extra = [c for c in found if not any(_matches(c, g) for g in gold)]
    print(f"\ndocs23 conflicts: {len(required) - len(missed)}/{len(required)} found, {len(extra)} with no gold match")
    assert not missed and len(extra) <= 2
