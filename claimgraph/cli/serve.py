"""`claimgraph serve`: the SPARQL endpoint and query page (see graph/server.py)."""
from __future__ import annotations

import click

from claimgraph.cli.main import Context


def register(cli: click.Group) -> None:
    cli.add_command(serve)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0 exposes it).")
@click.option("--port", default=7878, show_default=True, type=int, help="Port of /sparql and the query page (0: any free).")
@click.option("--time-limit", default=30.0, show_default=True, type=float, help="Seconds a query may run.")
@click.option("--row-cap", default=10_000, show_default=True, type=int, help="Most result rows returned.")
@click.pass_obj
def serve(ctx: Context, host: str, port: int, time_limit: float, row_cap: int) -> None:
    """Serve the store read-only over the SPARQL 1.1 Protocol, with a query page, until Ctrl-C.

    \b
    /sparql   GET or POST (form or application/sparql-query); results as JSON, XML, CSV, TSV
              (Accept or format=), CONSTRUCT/DESCRIBE as Turtle, N-Triples or RDF/XML.
              UPDATE, LOAD and SERVICE are refused (403).
    /         the YASGUI query page (assets served locally; /?query=... runs a query)
    /queries  the named queries as JSON

    While it runs, this process owns the store: other claimgraph commands on the same home
    (ingest, update, query, export) work through it (see README, "SPARQL endpoint").
    """
    from claimgraph.graph.server import serve as run_server

    def announce(url: str) -> None:
        click.echo(f"serving {ctx.home} at {url}/sparql (query page {url}/); Ctrl-C stops", err=True)

    run_server(ctx.home, ctx.settings, host, port, time_limit=time_limit, row_cap=row_cap, ready=announce)
