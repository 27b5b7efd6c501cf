"""`claimgraph update` (poll the registered sources once) and `claimgraph schedule` (on a schedule)."""
from __future__ import annotations

import sys

import click

from claimgraph.cli.ingest import check_compute_options, compute_options, prefect_option, wants_prefect
from claimgraph.cli.main import Context


def register(cli: click.Group) -> None:
    cli.add_command(update)
    cli.add_command(schedule)


def run_update(ctx: Context, use_prefect: bool = True, workers: int | None = None, task_runner: str = "thread",
               dask_address: str | None = None):
    """Run the update once, printing one line per ingested item; returns the UpdateReport."""
    from claimgraph.cli.ingest import Progress

    home, settings = ctx.home, ctx.settings
    if not use_prefect:
        from claimgraph.flows.parallel import ProcessExtract
        from claimgraph.flows.pipeline import Steps
        from claimgraph.flows.pipeline import update as update_plain

        with ProcessExtract(workers) as pool:
            return update_plain(home, settings, on_result=Progress(), steps=Steps(extract=pool))
    from claimgraph.flows.prefect_env import configure_prefect
    from claimgraph.flows.schedule import forget_stale_server

    forget_stale_server(home)
    configure_prefect(home, verbose=ctx.verbose)
    from claimgraph.flows.update import run_update_flow

    return run_update_flow(str(home), settings, task_runner=task_runner, dask_address=dask_address,
                           workers=workers, on_result=Progress())


@click.command()
@prefect_option
@compute_options
@click.pass_obj
def update(ctx: Context, use_prefect: bool | None, workers: int | None, task_runner: str, dask_address: str | None) -> None:
    """Poll every registered source once; ingest new and changed items; say what changed.

    Feeds and pages are fetched with conditional GET (304 means unchanged), folders by size and
    modification time, and unchanged content (same hash) is skipped: a run with nothing new writes
    nothing to the store. A source that fails is reported on one line and the others go on; the
    exit code is 1 when any failed.
    """
    use_prefect, task_runner = check_compute_options(use_prefect, task_runner, dask_address)
    report = run_update(ctx, use_prefect=wants_prefect(use_prefect, ctx), workers=workers, task_runner=task_runner,
                        dask_address=dask_address)
    for run in report.sources:
        click.echo(f"{run.name}: {run.items} items, {run.new} new, {run.changed} changed, "
                   f"{run.unchanged} unchanged ({run.not_modified} not modified), {run.claims} claims", err=True)
    for line in report.failures:
        click.secho(f"failed   {line}", fg="yellow", err=True)
    for line in report.warnings:
        click.secho(f"warning  {line}", fg="yellow", err=True)
    click.echo(report.summary(), err=True)
    if report.failures:
        sys.exit(1)


@click.command()
@click.option("--cron", help='A cron schedule, e.g. "0 */6 * * *" (every six hours).')
@click.option("--interval", type=float, help="Seconds between runs, e.g. 3600.")
@click.pass_obj
def schedule(ctx: Context, cron: str | None, interval: float | None) -> None:
    """Serve the `update` flow on a schedule until stopped (Ctrl-C).

    Uses the Prefect server at PREFECT_API_URL, or starts one on 127.0.0.1 with its database under
    the home (stopped on exit). Open the printed address in a browser to see the runs.
    """
    from claimgraph.flows.schedule import serve_update

    def started(api_url: str) -> None:
        what = f"cron '{cron}'" if cron else f"every {interval:g} s"
        click.echo(f"serving `update` for {ctx.home} {what}; Prefect UI and API at {api_url.removesuffix('/api')}; "
                   "Ctrl-C stops", err=True)

    serve_update(ctx.home, cron=cron, interval=interval, verbose=ctx.verbose, on_started=started)
