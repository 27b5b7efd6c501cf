"""`claimgraph ingest`, `reextract` and `demo`."""
from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

import click

from claimgraph.cli.main import Context
from claimgraph.errors import ConfigError
from claimgraph.config import BATCH_SIZE


def register(cli: click.Group) -> None:
    cli.add_command(ingest)
    cli.add_command(reextract)
    cli.add_command(demo)


def run_ingest(ctx: Context, refs: list[str], *, allow_private: bool = False, use_prefect: bool = True,
               batch_size: int = BATCH_SIZE, workers: int | None = None, task_runner: str = "thread",
               dask_address: str | None = None):
    """Ingest with progress lines on stderr; returns the IngestReport.

    `workers`: processes extracting each batch (default: every core; 1: in this process).
    `task_runner`, `dask_address`: where the flow's extract tasks run (see `flows/ingest.py`).
    """
    home, settings = ctx.home, ctx.settings
    progress = Progress()
    if use_prefect:
        from claimgraph.flows.prefect_env import configure_prefect

        configure_prefect(home, verbose=ctx.verbose)
        from claimgraph.flows.ingest import run_ingest_flow

        return run_ingest_flow(list(refs), str(home), settings, task_runner=task_runner, dask_address=dask_address,
                               workers=workers, allow_private=allow_private, batch_size=batch_size,
                               on_result=progress)
    from claimgraph.flows.parallel import ProcessExtract
    from claimgraph.flows.pipeline import Steps
    from claimgraph.flows.pipeline import ingest as ingest_plain

    with ProcessExtract(workers) as pool:
        return ingest_plain(refs, home, settings, allow_private=allow_private, batch_size=batch_size,
                            on_result=progress, steps=Steps(extract=pool))


def compute_options(command):
    """`--workers`, `--task-runner` and `--dask-address`, shared by `ingest` and `update`."""
    command = click.option("--dask-address", metavar="tcp://HOST:PORT",
                           help="Run the extract tasks on this existing Dask scheduler (implies --task-runner dask).")(command)
    command = click.option("--task-runner", type=click.Choice(["thread", "dask"]), default="thread", show_default=True,
                           help="Prefect task runner: threads here, or Dask (one extract task per batch; without "
                                "--dask-address a local Dask cluster of --workers processes).")(command)
    return click.option("--workers", type=click.IntRange(min=1), metavar="N",
                        help="Processes extracting each batch [default: every core]; 1 extracts in this process.")(command)


def prefect_option(command):
    """`--prefect/--no-prefect`, shared by `ingest`, `update` and `demo`."""
    return click.option(
        "--prefect/--no-prefect", "use_prefect", default=None,
        help="Run as a Prefect flow, or as the same steps in plain functions. Default (setting `prefect`, auto): "
             "a flow when a Prefect server is configured (PREFECT_API_URL, or the one `claimgraph schedule` "
             "started) and the run has 10 sources or more, else plain functions: a flow costs about 4.5 s "
             "before any work, and Prefect's ephemeral server 10-20 s to start.")(command)


# Runs naming fewer sources than this run as plain functions in auto mode even with a Prefect server:
# a flow costs about 4.5 s before any work (importing Prefect 2.4-3 s, then the flow run's set-up;
# measured: one article into the 10,000-article store, 5.8-6.3 s as a flow against 1.3-1.8 s plain).
SMALL_RUN = 10


def wants_prefect(choice: bool | None, ctx: Context, sources: list[str] | None = None) -> bool:
    """Whether to run a Prefect flow: the option, else the `prefect` setting.

    Auto: a flow when a Prefect server is configured and the run names SMALL_RUN sources or more
    (`sources`: the command's arguments; folders count as the files in them); else plain functions.
    """
    if choice is not None:
        return choice
    mode = ctx.settings.prefect
    if mode not in ("auto", "always", "never"):
        raise ConfigError(f"setting 'prefect': {mode!r} is not one of auto, always, never")
    if mode != "auto":
        return mode == "always"
    if not (os.environ.get("PREFECT_API_URL") or (ctx.home / "prefect-server.json").exists()):
        return False
    if sources is not None:
        from claimgraph.sources.expand import expand

        return sum(1 for _ in zip(range(SMALL_RUN), expand(sources))) >= SMALL_RUN
    return True


def check_compute_options(use_prefect: bool | None, task_runner: str, dask_address: str | None) -> tuple[bool | None, str]:
    """The Prefect choice and task runner to use: Dask implies a flow; a usage error for Dask without Prefect."""
    if dask_address:
        task_runner = "dask"
    if task_runner == "dask":
        if use_prefect is False:
            raise click.UsageError("--task-runner dask runs Prefect tasks on Dask; drop --no-prefect")
        use_prefect = True
    return use_prefect, task_runner


class Progress:
    """One line per source on stderr: `[3] added  path (12 claims)`, failures with their reason."""

    def __init__(self):
        self.done = 0

    def __call__(self, result) -> None:
        self.done += 1
        if result.status == "failed":
            click.secho(f"[{self.done}] failed    {result.error}", fg="yellow", err=True)
        else:
            detail = f" ({result.claims} claims)" if result.status != "unchanged" else ""
            click.echo(f"[{self.done}] {result.status:<9} {result.source}{detail}", err=True)


def finish(report) -> None:
    click.echo(report.summary(), err=True)
    if report.failed:
        click.secho(f"{len(report.failed)} source(s) failed; the others were ingested (see the lines above)",
                    fg="yellow", err=True)
        sys.exit(1)


@click.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--allow-private", is_flag=True, help="Allow URLs on loopback or private addresses (e.g. 127.0.0.1).")
@prefect_option
@click.option("--batch-size", default=BATCH_SIZE, show_default=True, help="Sources per batch (one task per stage per batch).")
@compute_options
@click.pass_obj
def ingest(ctx: Context, sources: tuple[str, ...], allow_private: bool, use_prefect: bool | None, batch_size: int,
           workers: int | None, task_runner: str, dask_address: str | None) -> None:
    """Ingest articles: files (.html .htm .txt .md), folders of them, and http(s) URLs.

    A source already stored with the same content and extractor version is left untouched; a
    changed one is replaced in one transaction. A source that fails is reported on one line and the
    rest of the batch goes on; the exit code is 1 when any failed.
    """
    use_prefect, task_runner = check_compute_options(use_prefect, task_runner, dask_address)
    finish(run_ingest(ctx, list(sources), allow_private=allow_private,
                      use_prefect=wants_prefect(use_prefect, ctx, list(sources)),
                      batch_size=batch_size, workers=workers, task_runner=task_runner, dask_address=dask_address))


@click.command()
@click.option("--workers", type=click.IntRange(min=1), metavar="N",
              help="Processes extracting each batch [default: every core]; 1 extracts in this process.")
@click.pass_obj
def reextract(ctx: Context, workers: int | None) -> None:
    """Extract every stored source again from its raw document (after an extractor or gazetteer change)."""
    from claimgraph.flows.parallel import ProcessExtract
    from claimgraph.flows.pipeline import Steps
    from claimgraph.flows.pipeline import reextract as run

    with ProcessExtract(workers) as pool:
        finish(run(ctx.home, ctx.settings, on_result=Progress(), steps=Steps(extract=pool)))


def sample_paths() -> list[str]:
    """The bundled sample articles shipped with the package."""
    folder = resources.files("claimgraph.samples")
    return sorted(str(Path(str(p))) for p in folder.iterdir() if p.name.endswith((".html", ".txt", ".md"))
                  and p.name != "README.md")


@click.command()
@prefect_option
@click.pass_obj
def demo(ctx: Context, use_prefect: bool | None) -> None:
    """Ingest the bundled sample articles, print what was found, and write the exports under HOME/exports."""
    from claimgraph.cli.summary import print_specialization, print_summary, write_default_exports

    report = run_ingest(ctx, sample_paths(), use_prefect=wants_prefect(use_prefect, ctx, sample_paths()))
    click.echo(report.summary(), err=True)
    print_summary(ctx.home, ctx.settings)
    print_specialization(ctx.home, ctx.settings)
    for path in write_default_exports(ctx.home, ctx.settings):
        click.echo(f"wrote {path}")
    if report.failed:
        sys.exit(1)
