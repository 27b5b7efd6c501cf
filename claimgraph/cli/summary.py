"""The run summary printed by `demo` and `stats`, and the default exports written by `demo`."""
from __future__ import annotations

from pathlib import Path

import click

SHOWN = 25  # disagreements listed by the summary; the export has them all
DEFAULT_EXPORTS = (  # (what, format, file name under HOME/exports, options)
    ("claims", "jsonl", "claims.jsonl", {}),
    ("claims", "csv", "claims.csv", {}),
    ("conflicts", "jsonl", "conflicts.jsonl", {}),
    ("rdf", "trig", "claimgraph.trig", {}),
    ("gexf", "gexf", "entities.gexf", {"view": "entities"}),
    ("graphml", "graphml", "entities.graphml", {"view": "entities"}),
    ("gexf", "gexf", "region-specialization.gexf", {"view": "region-specialization"}),
    ("gexf", "gexf", "model-comparison.gexf", {"view": "model-comparison"}),
    ("gexf", "gexf", "provenance-timeline.gexf", {"view": "provenance", "dynamic": True}),
    ("png", "png", "region-specialization.png", {"view": "region-specialization"}),
)


def print_summary(home: Path, settings) -> None:
    """Sources, entities by type, claims by kind and disagreements found, on stdout."""
    from claimgraph.graph import open_store
    from claimgraph.graph.named import load_named

    with open_store(home, settings) as store:
        if store.pending_refresh:  # a run was cut short: bring the disagreements up to date first
            store.refresh_derived()
        stats = store.stats()
        # The materialised disagreements (a lookup each), not a recomputation from every claim: `stats` of
        # 10,000 articles took 65 s, most of it finding the conflicts again.
        found = store.select(load_named("disagreements").text)
    click.echo(f"home: {home}")
    click.echo(f"sources: {stats['sources']}")
    click.echo("entities: " + _counts(stats.get("entities", {})))
    click.echo(f"claims: {sum(stats.get('claims', {}).values())} (" + _counts(stats.get("claims", {})) + ")")
    click.echo(f"disagreements: {len(found)}")
    for c in found:
        c["sources"] = c["sources"].split(" | ")
    shown = sorted(found, key=lambda c: -len(c["sources"]))[:SHOWN] if len(found) > SHOWN else found
    for c in shown:
        what = f"{c['subject']}" + (f" on {c['benchmark']}" if c.get("benchmark") else "")
        what += f" [{c['qualifier']}]" if c.get("qualifier") else ""
        click.echo(f"  {c['kind']:9} {what}: {c['values'].replace(' | ', ' vs ')} ({_plural(len(c['sources']), 'source')})")
    if len(found) > len(shown):
        click.echo(f"  ... and {len(found) - len(shown)} more (those with the most sources are shown); "
                   "all of them: claimgraph export conflicts --format jsonl")


def print_specialization(home: Path, settings) -> None:
    """Which region leads which capability domain (`claimgraph report specialization`)."""
    from claimgraph.exports.specialization import format_table, specialization_rows
    from claimgraph.graph import open_store

    with open_store(home, settings) as store:
        rows = specialization_rows(store)
    if rows:
        click.echo("\nregion specialisation (claimgraph report specialization):")
        click.echo(format_table(rows))


def write_default_exports(home: Path, settings) -> list[Path]:
    """Write the claims table, conflicts, RDF, Gephi views and a picture under HOME/exports."""
    from claimgraph.exports import export
    from claimgraph.exports.view import load_view
    from claimgraph.graph import open_store

    out_dir = home / "exports"
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with open_store(home, settings) as store:
        for what, fmt, name, options in DEFAULT_EXPORTS:
            if "view" in options:
                options = {**options, "view": load_view(options["view"])}
            export(store, what, fmt, out_dir / name, **options)
            written.append(out_dir / name)
    return written


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _counts(counts: dict) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))) or "none"
