"""The region specialisation report: per capability domain, the leading region and, per benchmark,
the best open-weight and the best proprietary model with their scores (the "parity map").

The leading region of a domain is the one whose region-specialization edge has the most stated
specialisation claims, then the most benchmark leads, then the most supporting claims; regions
equal on all three are listed together.
"""
from __future__ import annotations

from pathlib import Path

from claimgraph.exports.view import SEPARATOR, view_graph

SCORES = Path(__file__).with_name("views") / "domain_scores.rq"


def specialization_rows(store) -> list[dict]:
    """One row per domain and benchmark (qualifier apart): domain, region, benchmark,
    open_leader, open_score, proprietary_leader, proprietary_score, claims (the region edge's)."""
    graph = view_graph(store, "region-specialization")
    leaders = _leading_regions(graph)
    best = _best_by_openness(store, graph)
    rows = []
    for domain, (regions, claims) in sorted(leaders.items()):
        benchmarks = best.get(domain) or {"-": {}}
        for benchmark, by_openness in sorted(benchmarks.items()):
            open_, closed = by_openness.get("open-weight"), by_openness.get("proprietary")
            rows.append({"domain": domain, "region": " = ".join(regions), "benchmark": benchmark,
                         "open_leader": open_ and open_[1], "open_score": open_ and open_[0],
                         "proprietary_leader": closed and closed[1], "proprietary_score": closed and closed[0],
                         "claims": claims})
    return rows


def _leading_regions(graph) -> dict[str, tuple[list[str], list[str]]]:
    """domain label -> (leading region labels, supporting claim IRIs)."""
    by_domain: dict[str, list] = {}
    for region, domain, kind, data in graph.edges(keys=True, data=True):
        if kind == "specializesIn":
            rank = (data.get("stated_count", 0), data.get("lead_count", 0), data.get("weight", 0))
            claims = [c for c in str(data.get("claims", "")).split(SEPARATOR) if c]
            by_domain.setdefault(graph.nodes[domain]["label"], []).append((rank, graph.nodes[region]["label"], claims))
    leaders = {}
    for domain, entries in by_domain.items():
        top = max(rank for rank, _, _ in entries)
        winners = sorted((label, claims) for rank, label, claims in entries if rank == top)
        leaders[domain] = ([label for label, _ in winners], sorted({c for _, cs in winners for c in cs}))
    return leaders


def _best_by_openness(store, graph) -> dict[str, dict[str, dict[str, tuple[float, str]]]]:
    """domain -> benchmark (qualifier) -> openness -> (best score, model label)."""
    from claimgraph.exports.view import entity_attributes

    attributes = entity_attributes(store)
    best: dict = {}
    for row in store.select(SCORES.read_text(encoding="utf-8")):
        model = attributes.get(row["model"], {})
        openness = model.get("openness", "proprietary")
        slot = best.setdefault(row["domain"], {}).setdefault(row["benchmark"], {})
        if openness not in slot or row["score"] > slot[openness][0]:
            slot[openness] = (row["score"], model.get("label", row["model"]))
    return best


def format_table(rows: list[dict]) -> str:
    """The rows as an aligned text table."""
    head = ["domain", "leading region", "benchmark", "open-weight leader", "proprietary leader"]
    cells = [[r["domain"], r["region"], r["benchmark"], _leader(r["open_leader"], r["open_score"]),
              _leader(r["proprietary_leader"], r["proprietary_score"])] for r in rows]
    widths = [max(len(str(c)) for c in column) for column in zip(head, *cells)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(head, widths)).rstrip(), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


def _leader(label: str | None, score) -> str:
    if not label:
        return "n/a"
    return f"{label} ({score:g})"
