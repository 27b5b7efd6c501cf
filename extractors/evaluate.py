"""Score a claims table against gold claims, by the rules of the annotation guidelines.

Our own implementation of GUIDELINES.md "Scoring" (it backs `claimgraph eval`); it agrees with
the shared eval/score.py on the development set (a test checks this when ../shared exists).
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from claimgraph.errors import ConfigError

KINDS = ("score", "outperforms", "developer", "license", "parameters", "lab_region", "specialization",
         "release", "price")
HEADLINE = ("score", "outperforms", "developer", "license", "parameters", "lab_region", "specialization")
NAME_FIELDS = ("subject", "object", "benchmark")
VALUE_TOLERANCE = {"parameters": ("relative", 0.02), "price": ("relative", 0.01)}


@dataclass
class Report:
    """Counts per kind, qualifier agreement and the claims missed or extra (for --show)."""

    tp: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    fp: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    fn: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    qualifier_same: int = 0
    qualifier_total: int = 0
    misses: list[tuple[str, dict]] = field(default_factory=list)
    extras: list[tuple[str, dict]] = field(default_factory=list)

    def prf(self, kinds=HEADLINE) -> tuple[float, float, float]:
        """Micro precision, recall and F1 over `kinds`."""
        return prf(sum(self.tp[k] for k in kinds), sum(self.fp[k] for k in kinds), sum(self.fn[k] for k in kinds))

    @property
    def headline_f1(self) -> float:
        return self.prf()[2]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def norm(name) -> str:
    """Names compare after case folding and removing spaces, '-', '_' and '/'."""
    return re.sub(r"[\s\-_/]+", "", str(name)).casefold()


def _names(value) -> set[str] | None:
    if value is None:
        return None
    return {norm(v) for v in value} if isinstance(value, list) else {norm(value)}


def _stem(source: str) -> str:
    base = PurePosixPath(str(source).rstrip("/")).name
    return base.rsplit(".", 1)[0] if "." in base else base


def _tokens(text) -> set[str]:
    return {t for t in re.findall(r"[a-z]+|\d+(?:\.\d+)?", str(text or "").casefold()) if len(t) > 1 or t.isdigit()}


def _value_ok(kind: str, got, want) -> bool:
    if want is None:
        return True
    if got is None:
        return False
    try:
        g, w = float(got), float(want)
    except (TypeError, ValueError):
        return str(got) == str(want)
    mode, tol = VALUE_TOLERANCE.get(kind, ("absolute", 0.05))
    return abs(g - w) <= (tol * abs(w) + (1e-9 if kind == "price" else 0) if mode == "relative" else tol + 1e-9)


def _evidence_ok(row: dict, gold: dict) -> bool:
    want = _tokens(gold.get("evidence"))
    return not want or len(want & _tokens(row.get("evidence"))) >= 0.4 * len(want)


def _qualifier_norm(q) -> str:
    return re.sub(r"[\s\-_/()]+", "", str(q or "")).casefold()


def matches(row: dict, gold: dict) -> bool:
    """True when a system row states the gold claim (names, value, active qualifier, evidence)."""
    kind = gold["kind"]
    if row.get("kind") != kind:
        return False
    for name in NAME_FIELDS:
        want = _names(gold.get(name))
        if want is not None and (row.get(name) is None or norm(row[name]) not in want):
            return False
    if kind in ("score", "parameters", "price") and not _value_ok(kind, row.get("value"), gold.get("value")):
        return False
    gold_active = (gold.get("qualifier") or "") == "active"
    row_active = (row.get("qualifier") or "") == "active"
    if gold_active and not row_active or kind == "parameters" and row_active and not gold_active:
        return False
    return _evidence_ok(row, gold)


def _dedup(rows: list[dict]) -> list[dict]:
    seen, out = set(), []
    for r in rows:
        key = (r.get("kind"), *(norm(r.get(f)) if r.get(f) is not None else "" for f in NAME_FIELDS),
               r.get("value"), r.get("qualifier"))
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def load_jsonl(path: Path) -> list[dict]:
    """Rows of a JSON Lines file; a bad line raises ConfigError naming the file and line."""
    rows = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ConfigError(f"gold '{path}' line {n}: not JSON ({exc}); fix the line") from exc
    return rows


def score(rows: list[dict], gold_dir: Path) -> Report:
    """Score claims-table rows against the gold files of a folder (one `<stem>.jsonl` per source).

    Args:
        rows: claims-table rows (source, kind, subject, object, benchmark, value, unit, qualifier, evidence).
        gold_dir: folder of gold JSON Lines files.
    Returns:
        A Report; rows whose source matches no gold file are not scored.
    """
    by_source: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_source[_stem(r.get("source", ""))].append(r)
    report = Report()
    for gold_file in sorted(Path(gold_dir).glob("*.jsonl")):
        _score_source(report, gold_file.stem, load_jsonl(gold_file), _dedup(by_source.get(gold_file.stem, [])))
    return report


def _score_source(report: Report, stem: str, gold: list[dict], system: list[dict]) -> None:
    used: set[int] = set()
    for g in gold:
        hit = next((i for i, s in enumerate(system) if i not in used and matches(s, g)), None)
        if hit is None:
            if not g.get("optional"):
                report.fn[g["kind"]] += 1
                report.misses.append((stem, g))
            continue
        used.add(hit)
        if g.get("optional"):
            continue
        report.tp[g["kind"]] += 1
        if g.get("qualifier") and g["kind"] == "score":
            report.qualifier_total += 1
            report.qualifier_same += _qualifier_norm(system[hit].get("qualifier")) == _qualifier_norm(g["qualifier"])
    for i, s in enumerate(system):
        if i not in used and not any(matches(s, g) for g in gold):
            report.fp[s.get("kind")] += 1
            report.extras.append((stem, s))


def format_report(report: Report, show: bool = False) -> str:
    """The report as text: per-kind P/R/F1, qualifier accuracy, headline; misses and extras with `show`."""
    lines = []
    if show:
        lines += [f"MISS {stem}: {json.dumps(g, ensure_ascii=False)}" for stem, g in report.misses]
        lines += [f"EXTRA {stem}: {json.dumps({k: s.get(k) for k in ('kind', *NAME_FIELDS, 'value', 'qualifier')}, ensure_ascii=False)}"
                  for stem, s in report.extras]
    lines.append(f"{'kind':16} {'P':>6} {'R':>6} {'F1':>6}  tp fp fn")
    for kind in KINDS:
        t, f, n = report.tp[kind], report.fp[kind], report.fn[kind]
        if t + f + n:
            p, r, f1 = prf(t, f, n)
            lines.append(f"{kind:16} {p:6.3f} {r:6.3f} {f1:6.3f}  {t} {f} {n}")
    if report.qualifier_total:
        lines.append(f"qualifier accuracy on matched scores: {report.qualifier_same}/{report.qualifier_total} = "
                     f"{report.qualifier_same / report.qualifier_total:.3f}")
    p, r, f1 = report.prf()
    lines.append(f"headline ({', '.join(HEADLINE)}) P={p:.3f} R={r:.3f} F1={f1:.3f}")
    return "\n".join(lines)
