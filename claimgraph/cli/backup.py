"""`claimgraph backup` and `claimgraph restore`: keep a home's data in one .tar.gz."""
from __future__ import annotations

import click

from claimgraph.cli.main import Context


def register(cli: click.Group) -> None:
    cli.add_command(backup)
    cli.add_command(restore)


@click.command()
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="The archive to write (.tar.gz).")
@click.pass_obj
def backup(ctx: Context, output: str) -> None:
    """Write the home (store snapshot, raw documents, settings, registered sources) to one .tar.gz.

    Holds the store lock while copying: a running ingest finishes its batch first, and waits meanwhile.
    """
    from pathlib import Path

    from claimgraph.homefmt import backup_home

    manifest = backup_home(ctx.home, Path(output), ctx.settings)
    click.echo(f"wrote {output}: {manifest['sources']} sources, home format {manifest['home_format']}", err=True)


@click.command()
@click.argument("archive", type=click.Path(exists=True, dir_okay=False))
@click.option("--force", is_flag=True, help="Replace a home that is not empty (the old one is kept beside it).")
@click.pass_obj
def restore(ctx: Context, archive: str, force: bool) -> None:
    """Restore a backup written by `claimgraph backup` into the home (a new or empty one, or --force)."""
    from pathlib import Path

    from claimgraph.homefmt import restore_home

    manifest = restore_home(Path(archive), ctx.home, force, ctx.settings)
    click.echo(f"restored {manifest['sources']} sources from {archive} (made {manifest.get('created')}) "
               f"into {ctx.home}", err=True)
