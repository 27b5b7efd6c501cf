"""`claimgraph sources add|list|remove`: the feeds, pages and folders that `update` polls."""
from __future__ import annotations

import click

from claimgraph.cli.main import Context


def register(cli: click.Group) -> None:
    cli.add_command(sources)


@click.group()
def sources() -> None:
    """Register feeds (RSS, Atom), pages and folders for `claimgraph update` to poll."""


@sources.command("add")
@click.argument("location")
@click.option("--kind", type=click.Choice(["feed", "page", "folder"]),
              help="What LOCATION is (default: folder for folders, feed for URLs like .../feed or .xml, else page).")
@click.option("--name", help="A short unique name (default: made from LOCATION).")
@click.option("--allow-private", is_flag=True, help="Let its URLs reach loopback and private addresses (e.g. 127.0.0.1).")
@click.pass_obj
def add(ctx: Context, location: str, kind: str | None, name: str | None, allow_private: bool) -> None:
    """Register LOCATION: a feed URL, a page URL, or a folder that a crawler fills."""
    from claimgraph.sources.registry import add_source

    source = add_source(ctx.home, location, kind, name, allow_private)
    click.echo(f"added {source.kind} '{source.name}': {source.location}")


@sources.command("list")
@click.pass_obj
def list_(ctx: Context) -> None:
    """The registered sources with their last run, items, claims and health."""
    from claimgraph.sources.registry import health, list_sources, load_state

    state = load_state(ctx.home)
    rows = list_sources(ctx.home)
    if not rows:
        click.echo("no sources registered; add one with `claimgraph sources add URL|FOLDER`")
    for source in rows:
        entry = state.get(source.name, {})
        runs, items = entry.get("runs", []), entry.get("items", {})
        last = runs[-1]["at"] if runs else "never"
        claims = sum(i.get("claims", 0) for i in items.values())
        click.echo(f"{source.name}\t{source.kind}\t{source.location}\tlast run {last}\t{len(items)} items\t"
                   f"{claims} claims\t{health(runs)}")
        if runs and runs[-1].get("warning"):
            click.secho(f"  {runs[-1]['warning']}", fg="yellow")


@sources.command("remove")
@click.argument("refs", nargs=-1, required=True)
@click.pass_obj
def remove(ctx: Context, refs: tuple[str, ...]) -> None:
    """Unregister sources by name or location (stored claims stay; `claimgraph remove URL` drops them)."""
    from claimgraph.sources.registry import remove_source

    for ref in refs:
        source = remove_source(ctx.home, ref)
        click.echo(f"removed '{source.name}' ({source.location})")
