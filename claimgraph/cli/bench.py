"""`claimgraph bench`: generate a synthetic corpus and print the benchmark table."""
from __future__ import annotations

from pathlib import Path

import click

from claimgraph.cli.main import Context
from claimgraph.config import BATCH_SIZE


def register(cli: click.Group) -> None:
    cli.add_command(bench)


@click.command()
@click.option("--articles", "sizes", type=int, multiple=True, default=(1000,), show_default=True,
              help="Corpus size; repeat for several runs (--articles 1000 --articles 10000).")
@click.option("--workers", type=int, default=None, help="Processes in the extract step (default: every core).")
@click.option("--batch-size", default=BATCH_SIZE, show_default=True, help="Sources per batch.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=None,
              help="Working folder for corpora, stores and exports (default HOME/bench).")
@click.option("--seed", default=7, show_default=True, help="Corpus seed (the same seed gives the same articles).")
@click.option("--no-prefect", is_flag=True, help="Skip the Prefect measurements: the flow's share, and one article with a Prefect server running.")
@click.option("--no-rdflib", is_flag=True, help="Skip the rdflib query baseline (slow on big stores).")
@click.pass_obj
def bench(ctx: Context, sizes: tuple[int, ...], workers: int | None, batch_size: int, out_dir: str | None, seed: int,
          no_prefect: bool, no_rdflib: bool) -> None:
    """Measure ingest, re-runs, queries, exports and recall on generated articles, each beside a baseline.

    Prints one table per corpus size and writes it (with the raw figures as JSON) under --out.
    """
    from claimgraph.bench.run import run_bench, save

    out = Path(out_dir) if out_dir else ctx.home / "bench"
    for size in sizes:
        result = run_bench(out, size, workers, batch_size, seed, prefect=not no_prefect,
                           rdflib_baseline=not no_rdflib, echo=lambda line: click.echo(f"bench: {line}", err=True))
        click.echo(result.markdown())
        click.echo(f"wrote {save(result, out)}", err=True)
