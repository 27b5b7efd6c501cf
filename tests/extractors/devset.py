"""Dev loop: extract the dev-set seeds (or any folder of articles) and score them.

Run as a script: `python tests/extractors/devset.py [--show]` writes the claims table to
/tmp/claimgraph-devset.jsonl and prints /work/shared/eval/score.py's report.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from claimgraph.extractors import claim_rows, extract
from claimgraph.model import RawDocument
from claimgraph.sources import parse

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "eval" / "gold"
SCORER = SHARED / "eval" / "score.py"
MEDIA = {".txt": "text/plain", ".md": "text/markdown", ".html": "text/html", ".htm": "text/html"}


def rows_for(paths: list[Path]) -> list[dict]:
    """Claims-table rows for the given article files."""
    rows: list[dict] = []
    for path in paths:
        path = path.resolve()
        raw = RawDocument(source_id=str(path), content=path.read_bytes(), media_type=MEDIA.get(path.suffix, "text/plain"))
        rows += claim_rows(str(path), extract(parse(raw)))
    return rows


def articles(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in MEDIA)


def write_jsonl(rows: list[dict], out: Path) -> Path:
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return out


def run_scorer(claims: Path, gold: Path, show: bool = False) -> str:
    cmd = [sys.executable, str(SCORER), "--claims", str(claims), "--gold", str(gold)] + (["--show"] if show else [])
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def main(argv: list[str]) -> None:
    out = write_jsonl(rows_for(articles(SEEDS)), Path("/tmp/claimgraph-devset.jsonl"))
    print(run_scorer(out, GOLD, show="--show" in argv))


if __name__ == "__main__":
    main(sys.argv[1:])
