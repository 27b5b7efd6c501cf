"""`claimgraph show MODEL`: a readable summary of one model."""
from __future__ import annotations

import click

from claimgraph.cli.main import Context


def register(cli: click.Group) -> None:
    cli.add_command(show)


@click.command()
@click.argument("model")
@click.pass_obj
def show(ctx: Context, model: str) -> None:
    """Summarise MODEL (label or alias): developer, licence, size, release, scores with their
    sources and consensus status, and the disagreements about it.

    \b
    claimgraph show "Qwen 3.5 9B"
    """
    from claimgraph.graph import open_store
    from claimgraph.graph.summary import format_summary, model_summary

    with open_store(ctx.home, ctx.settings) as store:
        summary = model_summary(store, model)
    click.echo(format_summary(summary), nl=False)
