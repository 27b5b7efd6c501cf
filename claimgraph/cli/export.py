"""`claimgraph export WHAT --format FMT [-o FILE]`."""
from __future__ import annotations

import click

from claimgraph.cli.main import Context

WHATS = ("claims", "conflicts", "rdf", "gexf", "graphml")
DEFAULT_FORMAT = {"claims": "jsonl", "conflicts": "jsonl", "rdf": "turtle", "gexf": "gexf", "graphml": "graphml"}


def register(cli: click.Group) -> None:
    cli.add_command(export_cmd)


@click.command("export")
@click.argument("what", type=click.Choice(WHATS))
@click.option("-f", "--format", "fmt", help="claims: jsonl|csv; conflicts: jsonl; rdf: turtle|trig|nquads|jsonld.")
@click.option("-o", "--output", help="File to write (default: stdout; required for gexf and graphml).")
@click.option("--all-revisions", is_flag=True, help="claims: list superseded revisions of sources too.")
@click.pass_obj
def export_cmd(ctx: Context, what: str, fmt: str | None, output: str | None, all_revisions: bool) -> None:
    """Export the claims table, the disagreements, the RDF graph, or the entity graph (GEXF/GraphML for Gephi).

    \b
    claimgraph export claims --format jsonl            # the claims table, one JSON object per claim
    claimgraph export conflicts --format jsonl         # one line per disagreement
    claimgraph export rdf --format trig -o graph.trig  # every named graph
    claimgraph export gexf -o entities.gexf            # open in Gephi
    """
    from claimgraph.errors import ExportError
    from claimgraph.exports import export
    from claimgraph.graph import open_store

    fmt = fmt or DEFAULT_FORMAT[what]
    if what in ("gexf", "graphml") and output in (None, "-"):
        raise ExportError(f"export {what}: pass -o FILE.{what} (a graph file is not written to the terminal)")
    options = {"all_revisions": all_revisions} if what == "claims" else {}
    with open_store(ctx.home, ctx.settings) as store:
        export(store, what, fmt, output if output not in (None, "-") else None, **options)
    if output not in (None, "-"):
        click.echo(f"wrote {output}", err=True)
