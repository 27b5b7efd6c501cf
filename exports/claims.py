"""The claims table as JSON Lines or CSV (GUIDELINES.md fields first, then method and confidence)."""
from __future__ import annotations

import csv
import io
import json
from typing import BinaryIO

from claimgraph.exports.registry import register
from claimgraph.graph.claims import CLAIM_FIELDS, EXTRA_FIELDS, claims_table


@register("claims", "jsonl")
def write_claims_jsonl(store, out: BinaryIO, all_revisions: bool = False, **options) -> None:
    """One JSON object per claim and line (earlier revisions too with all_revisions)."""
    for row in claims_table(store, all_revisions):
        out.write(json.dumps(row, ensure_ascii=False).encode("utf-8") + b"\n")


@register("claims", "csv")
def write_claims_csv(store, out: BinaryIO, all_revisions: bool = False, **options) -> None:
    """A header row, then one row per claim; empty cells for nulls."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.DictWriter(text, fieldnames=CLAIM_FIELDS + EXTRA_FIELDS + (("revision",) if all_revisions else ()))
    writer.writeheader()
    writer.writerows(claims_table(store, all_revisions))
    text.detach()  # leave `out` open for the caller
