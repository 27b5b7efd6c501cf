"""`claimgraph eval`: score extraction against gold claims in the GUIDELINES format."""
from __future__ import annotations

from pathlib import Path

import click

from claimgraph.cli.main import Context


def register(cli: click.Group) -> None:
    cli.add_command(eval_cmd)


@click.command("eval")
@click.option("--gold", "gold_dir", required=True, type=click.Path(exists=True, file_okay=False),
              help="Folder of gold files: <article stem>.jsonl.")
@click.argument("sources", nargs=-1, required=True)
@click.option("--show", is_flag=True, help="List each missed and extra claim.")
@click.pass_obj
def eval_cmd(ctx: Context, gold_dir: str, sources: tuple[str, ...], show: bool) -> None:
    """Extract SOURCES (without storing them) and print precision, recall and F1 per claim kind."""
    from claimgraph.extractors import claim_rows, extract, load_gazetteer
    from claimgraph.extractors.evaluate import format_report, score
    from claimgraph.flows.pipeline import expand_sources, fetch_batch, split_results
    from claimgraph.sources import parse

    gazetteer = load_gazetteer(ctx.home)
    source_ids, failures = expand_sources(sources)
    raws, fetch_failed = split_results(fetch_batch(source_ids, ctx.settings))
    for failure in failures + fetch_failed:
        click.secho(f"skipped: {failure.error}", fg="yellow", err=True)
    rows = []
    for raw in raws:
        rows.extend(claim_rows(raw.source_id, extract(parse(raw), gazetteer)))
    report = score(rows, Path(gold_dir))
    click.echo(format_report(report, show=show))
