"""`claimgraph ingest`, `reextract` and `demo`."""
from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

import click

from claimgraph.cli.main import Context


def register(cli: click.Group) -> None:
    cli.add_command(ingest)
    cli.add_command(reextract)
    cli.add_command(demo)


def run_ingest(ctx: Context, refs: list[str], *, allow_private: bool = False, use_prefect: bool = True,
               batch_size: int = 50):
    """Ingest with progress lines on stderr; returns the IngestReport."""
    home, settings = ctx.home, ctx.settings
    progress = Progress()
    if use_prefect:
        from claimgraph.flows.prefect_env import configure_prefect

        configure_prefect(home, verbose=ctx.verbose)
        from claimgraph.flows.ingest import ingest_flow

        return ingest_flow(list(refs), str(home), settings, allow_private=allow_private,
                           batch_size=batch_size, on_result=progress)
    from claimgraph.flows.pipeline import ingest as ingest_plain

    return ingest_plain(refs, home, settings, allow_private=allow_private, batch_size=batch_size, on_result=progress)


class Progress:
    """One line per source on stderr: `[3] added  path (12 claims)`, failures with their reason."""

    def __init__(self):
        self.done = 0

    def __call__(self, result) -> None:
        self.done += 1
        if result.status == "failed":
            click.secho(f"[{self.done}] failed   {result.error}", fg="yellow", err=True)
        else:
            detail = f" ({result.claims} claims)" if result.status != "unchanged" else ""
            click.echo(f"[{self.done}] {result.status:9}{result.source}{detail}", err=True)


def finish(report) -> None:
    click.echo(report.summary(), err=True)
    if report.failed:
        click.secho(f"{len(report.failed)} source(s) failed; the others were ingested (see the lines above)",
                    fg="yellow", err=True)
        sys.exit(1)


@click.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--allow-private", is_flag=True, help="Allow URLs on loopback or private addresses (e.g. 127.0.0.1).")
@click.option("--no-prefect", is_flag=True, help="Run the same steps without Prefect (no flow run recorded).")
@click.option("--batch-size", default=50, show_default=True, help="Sources per batch (one task per stage per batch).")
@click.pass_obj
def ingest(ctx: Context, sources: tuple[str, ...], allow_private: bool, no_prefect: bool, batch_size: int) -> None:
    """Ingest articles: files (.html .htm .txt .md), folders of them, and http(s) URLs.

    A source already stored with the same content and extractor version is left untouched; a
    changed one is replaced in one transaction. A source that fails is reported on one line and the
    rest of the batch goes on; the exit code is 1 when any failed.
    """
    finish(run_ingest(ctx, list(sources), allow_private=allow_private, use_prefect=not no_prefect,
                      batch_size=batch_size))


@click.command()
@click.pass_obj
def reextract(ctx: Context) -> None:
    """Extract every stored source again from its raw document (after an extractor or gazetteer change)."""
    from claimgraph.flows.pipeline import reextract as run

    finish(run(ctx.home, ctx.settings, on_result=Progress()))


def sample_paths() -> list[str]:
    """The bundled sample articles shipped with the package."""
    folder = resources.files("claimgraph.samples")
    return sorted(str(Path(str(p))) for p in folder.iterdir() if p.name.endswith((".html", ".txt", ".md"))
                  and p.name != "README.md")


@click.command()
@click.option("--no-prefect", is_flag=True, help="Run without Prefect.")
@click.pass_obj
def demo(ctx: Context, no_prefect: bool) -> None:
    """Ingest the bundled sample articles, print what was found, and write the exports under HOME/exports."""
    from claimgraph.cli.summary import print_summary, write_default_exports

    report = run_ingest(ctx, sample_paths(), use_prefect=not no_prefect)
    click.echo(report.summary(), err=True)
    print_summary(ctx.home, ctx.settings)
    for path in write_default_exports(ctx.home, ctx.settings):
        click.echo(f"wrote {path}")
    if report.failed:
        sys.exit(1)
