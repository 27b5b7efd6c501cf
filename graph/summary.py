"""A readable summary of one model (`claimgraph show`), read from the named queries and the consensus graph."""
from __future__ import annotations

from claimgraph.graph.named import ENTITY_TYPES, load_named, resolve_entity


def model_summary(store, label: str) -> dict:
    """Label, facts (developer, licence, size, release, ...), scores and disagreements of one model.

    Raises:
        QueryError: no model or series has that label or alias.
    """
    model = resolve_entity(store, label, ENTITY_TYPES["model"], "model")
    graphs = store.current_graphs()

    def run(name: str) -> list[dict]:
        return store.select(load_named(name).text, {"model": model}, default_graphs=graphs)

    facts = run("consensus")
    return {"iri": model.value, "label": facts[0]["subject"] if facts else label,
            "facts": [f for f in facts if f["kind"] != "score"], "scores": run("scores-of"),
            "disagreements": run("disagreements")}


def format_summary(summary: dict) -> str:
    """The summary as text: one line per fact, scores grouped by benchmark with sources and status."""
    lines = [f"{summary['label']}  <{summary['iri']}>"]
    for fact in sorted(summary["facts"], key=lambda f: (f["kind"], f["qualifier"] or "")):
        what = fact["kind"] + (f" on {fact['benchmark']}" if fact["benchmark"] else "") \
            + (f" ({fact['qualifier']})" if fact["qualifier"] else "")
        lines.append(f"  {what:28} {_value(fact)}  [{fact['status']}, {fact['independent_sources']} independent "
                     f"of {fact['source_count']} source(s), seen {fact['first_seen'] or '?'}..{fact['last_seen'] or '?'}]")
    if summary["scores"]:
        lines.append("  scores:")
    for s in summary["scores"]:
        setting = f" ({s['qualifier']})" if s["qualifier"] else ""
        lines.append(f"    {s['benchmark'] + setting:32} {s['value']}{s['unit'] or ''}  [{s['status'] or '?'}]  {s['source']}")
    if summary["disagreements"]:
        lines.append("  disagreements:")
    for d in summary["disagreements"]:
        on = f" on {d['benchmark']}" if d["benchmark"] else ""
        lines.append(f"    {d['kind']}{on}: {d['values']}  ({d['reason']})")
        lines.append(f"      sources: {d['sources']}")
    if len(lines) == 1:
        lines.append("  (no claims)")
    return "\n".join(lines) + "\n"


def _value(fact: dict) -> str:
    value = fact["majority"]
    if fact["kind"] == "parameters" and value:
        try:
            return f"{float(value) / 1e9:g}B"
        except ValueError:
            pass
    return str(value)
