"""`claimgraph report specialization`: which region leads which capability domain."""
from __future__ import annotations

import click

from claimgraph.cli.main import Context


def register(cli: click.Group) -> None:
    cli.add_command(report)


@click.group()
def report() -> None:
    """Reports computed from the stored claims."""


@report.command("specialization")
@click.option("--claims", "show_claims", is_flag=True, help="List the claims supporting each domain's leading region.")
@click.pass_obj
def specialization(ctx: Context, show_claims: bool) -> None:
    """Per capability domain: the leading region, and per benchmark the best open-weight and the best
    proprietary model with their scores (the region-specialization view as a table).

    \b
    claimgraph report specialization
    claimgraph report specialization --claims    # with the claim IRIs behind each leading region
    """
    from claimgraph.exports.specialization import format_table, specialization_rows
    from claimgraph.graph import open_store

    with open_store(ctx.home, ctx.settings) as store:
        rows = specialization_rows(store)
    if not rows:
        click.echo("no domains yet: ingest articles with benchmark scores or specialisation claims", err=True)
        return
    click.echo(format_table(rows))
    if show_claims:
        for domain in sorted({r["domain"] for r in rows}):
            claims = next(r["claims"] for r in rows if r["domain"] == domain)
            click.echo(f"\n{domain}:\n  " + "\n  ".join(claims or ["(none)"]))
