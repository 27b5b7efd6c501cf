"""`claimgraph validate`: check the stored graph against the SHACL shapes (graph/shapes.ttl)."""
from __future__ import annotations

import sys

import click

from claimgraph.cli.main import Context


def register(cli: click.Group) -> None:
    cli.add_command(validate)


@click.command()
@click.option("--max", "limit", default=20, show_default=True, help="Most violations to print.")
@click.pass_obj
def validate(ctx: Context, limit: int) -> None:
    """Validate the current data (sources, entities, claims) against graph/shapes.ttl with pyshacl.

    Prints each violation (focus node, path, message); exits 1 when there is any.
    """
    from claimgraph.graph import open_store
    from claimgraph.graph.shapes import validate_store

    with open_store(ctx.home, ctx.settings) as store:
        violations = validate_store(store)
    for v in violations[:limit]:
        click.echo(f"{v['focus']}  {v['path']}: {v['message']}")
    if len(violations) > limit:
        click.echo(f"... and {len(violations) - limit} more")
    click.echo(f"{len(violations)} violation(s)", err=True)
    sys.exit(1 if violations else 0)
