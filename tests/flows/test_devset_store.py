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
