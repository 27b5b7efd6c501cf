"""`claimgraph export WHAT [--format FMT] [--view NAME|FILE.rq] [--dynamic] [-o PATH]`."""
from __future__ import annotations

import click

from claimgraph.cli.main import Context

WHATS = ("claims", "conflicts", "rdf", "gexf", "graphml", "csv", "png")
GRAPH_FORMATS = ("gexf", "graphml", "csv", "png")
DEFAULT_FORMAT = {"claims": "jsonl", "conflicts": "jsonl", "rdf": "turtle", "gexf": "gexf", "graphml": "graphml",
                  "csv": "csv", "png": "png"}


def register(cli: click.Group) -> None:
    cli.add_command(export_cmd)


@click.command("export")
@click.argument("what", type=click.Choice(WHATS), required=False)
@click.option("-f", "--format", "fmt", help="claims: jsonl|csv; conflicts: jsonl; rdf: turtle|trig|nquads|jsonld.")
@click.option("-o", "--output", help="File to write (default: stdout); a folder for csv; required for graph formats.")
@click.option("--view", default="entities", show_default=True,
              help="gexf/graphml/csv/png: a view name (see --list-views) or your own CONSTRUCT file.rq.")
@click.option("--dynamic", is_flag=True, help="gexf: time intervals from the sources' publication dates.")
@click.option("--list-views", is_flag=True, help="List the shipped views and exit.")
@click.option("--all-revisions", is_flag=True, help="claims: list superseded revisions of sources too.")
@click.pass_obj
def export_cmd(ctx: Context, what: str | None, fmt: str | None, output: str | None, view: str, dynamic: bool,
               list_views: bool, all_revisions: bool) -> None:
    """Export the claims table, the disagreements, the RDF graph, or a view as a graph for Gephi.

    \b
    claimgraph export claims --format jsonl            # the claims table, one JSON object per claim
    claimgraph export conflicts --format jsonl         # one line per disagreement
    claimgraph export rdf --format trig -o graph.trig  # every named graph
    claimgraph export --list-views                     # the views for Gephi
    claimgraph export gexf --view region-specialization --dynamic -o regions.gexf
    claimgraph export graphml --view my_view.rq -o mine.graphml
    claimgraph export csv --view model-comparison -o comparison/   # nodes.csv + edges.csv
    claimgraph export png --view lab-landscape -o labs.png         # a quick look without Gephi
    """
    from claimgraph.errors import ExportError

    if list_views:
        from claimgraph.exports.view import list_views as shipped

        for item in shipped():
            click.echo(f"{item.name:24} {item.title}")
        return
    if what is None:
        raise click.UsageError("name what to export (claims, conflicts, rdf, gexf, graphml, csv, png) or pass --list-views")
    from claimgraph.exports import export
    from claimgraph.graph import open_store

    fmt = fmt or DEFAULT_FORMAT[what]
    if what in GRAPH_FORMATS and output in (None, "-"):
        raise ExportError(f"export {what}: pass -o {'DIR' if what == 'csv' else 'FILE.' + what} "
                          "(a graph is not written to the terminal)")
    options = {"all_revisions": all_revisions} if what == "claims" else {}
    if what in GRAPH_FORMATS:
        from claimgraph.exports.view import load_view

        options["view"] = load_view(view)  # fails early, before the store is opened
        if what == "gexf":
            options["dynamic"] = dynamic
    with open_store(ctx.home, ctx.settings) as store:
        export(store, what, fmt, output if output not in (None, "-") else None, **options)
    if output not in (None, "-"):
        click.echo(f"wrote {output}", err=True)
