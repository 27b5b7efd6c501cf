"""The conflicts report as JSON Lines (GUIDELINES.md format)."""
from __future__ import annotations

import json
from typing import BinaryIO

from claimgraph.exports.registry import register
from claimgraph.graph.claims import conflicts


@register("conflicts", "jsonl")
def write_conflicts_jsonl(store, out: BinaryIO, **options) -> None:
    """One disagreement per line, scores compared with the store's `score_tolerance`."""
    for conflict in conflicts(store, store.settings.score_tolerance):
        out.write(json.dumps(conflict, ensure_ascii=False).encode("utf-8") + b"\n")
