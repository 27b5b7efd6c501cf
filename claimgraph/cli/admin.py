"""`claimgraph stats` and `claimgraph remove`."""
from __future__ import annotations

import click

from claimgraph.cli.main import Context


def register(cli: click.Group) -> None:
    cli.add_command(stats)
    cli.add_command(remove)


@click.command()
@click.pass_obj
def stats(ctx: Context) -> None:
    """Sources, entities by type, claims by kind, and disagreements in the store."""
    from claimgraph.cli.summary import print_summary

    print_summary(ctx.home, ctx.settings)


@click.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--purge", is_flag=True, help="Also delete the kept raw document.")
@click.pass_obj
def remove(ctx: Context, sources: tuple[str, ...], purge: bool) -> None:
    """Forget sources (by path or URL as ingested): their graphs and claims leave the store."""
    from claimgraph.errors import SourceError
    from claimgraph.graph import open_store
    from claimgraph.sources import source_id_of

    with open_store(ctx.home, ctx.settings) as store:
        for ref in sources:
            source_id = source_id_of(ref)
            if store.source_state(source_id) is None:
                raise SourceError(ref, "not in the store", "see `claimgraph query` or `claimgraph stats` for stored sources")
            store.remove_source(source_id, purge=purge)
            click.echo(f"removed {source_id}" + (" (raw document purged)" if purge else ""))
        store.refresh_derived()
