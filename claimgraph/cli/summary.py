"""The run summary printed by `demo` and `stats`, and the default exports written by `demo`."""
from __future__ import annotations

from pathlib import Path

import click

DEFAULT_EXPORTS = (  # (what, format, file name under HOME/exports)
    ("claims", "jsonl", "claims.jsonl"),
    ("claims", "csv", "claims.csv"),
    ("conflicts", "jsonl", "conflicts.jsonl"),
    ("rdf", "trig", "claimgraph.trig"),
    ("gexf", "gexf", "entities.gexf"),
    ("graphml", "graphml", "entities.graphml"),
)


def print_summary(home: Path, settings) -> None:
    """Sources, entities by type, claims by kind and disagreements found, on stdout."""
    from claimgraph.graph import open_store
    from claimgraph.graph.claims import conflicts

    with open_store(home, settings) as store:
        stats = store.stats()
        found = conflicts(store, settings.score_tolerance)
    click.echo(f"home: {home}")
    click.echo(f"sources: {stats['sources']}")
    click.echo("entities: " + _counts(stats.get("entities", {})))
    click.echo(f"claims: {sum(stats.get('claims', {}).values())} (" + _counts(stats.get("claims", {})) + ")")
    click.echo(f"disagreements: {len(found)}")
    for c in found:
        values = c.get("values") or c.get("objects") or []
        what = f"{c['subject']}" + (f" on {c['benchmark']}" if c.get("benchmark") else "")
        what += f" [{c['qualifier']}]" if c.get("qualifier") else ""
        click.echo(f"  {c['kind']:9} {what}: {' vs '.join(str(v) for v in values)} ({_plural(len(c.get('sources', [])), 'source')})")


def write_default_exports(home: Path, settings) -> list[Path]:
    """Write the claims table, conflicts, RDF and the entity graph under HOME/exports."""
    from claimgraph.exports import export
    from claimgraph.graph import open_store

    out_dir = home / "exports"
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with open_store(home, settings) as store:
        for what, fmt, name in DEFAULT_EXPORTS:
            export(store, what, fmt, out_dir / name)
            written.append(out_dir / name)
    return written


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _counts(counts: dict) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))) or "none"
