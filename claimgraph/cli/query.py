"""`claimgraph query`: SPARQL over the claims graph, printed as a table, CSV, TSV or JSON."""
from __future__ import annotations

import json
import sys

import click

from claimgraph.cli.main import Context, open_output

FORMATS = ("table", "csv", "tsv", "json")


def register(cli: click.Group) -> None:
    cli.add_command(query)


@click.command()
@click.argument("sparql", required=False)
@click.option("--file", "query_file", type=click.Path(exists=True, dir_okay=False), help="Read the query from a .rq file.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("-o", "--output", help="Write to this file instead of stdout.")
@click.pass_obj
def query(ctx: Context, sparql: str | None, query_file: str | None, fmt: str, output: str | None) -> None:
    """Run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) on the store.

    The default graph is the union of all named graphs (every source's graph, the background
    knowledge and the disagreements), and the prefixes cg:, prov:, dcterms:, skos:, rdfs:, rdf:,
    xsd: and owl: are predeclared. Which models beat GPT-OSS-120B, and on which benchmarks:

    \b
    claimgraph query 'SELECT ?winner ?benchmark WHERE {
      ?c a cg:OutperformsClaim ; cg:subject/skos:prefLabel ?winner ;
         cg:object/skos:prefLabel "GPT-OSS-120B" .
      OPTIONAL { ?c cg:benchmark/skos:prefLabel ?benchmark } }'
    """
    from claimgraph.errors import QueryError
    from claimgraph.graph import open_store

    if query_file:
        sparql = open(query_file, encoding="utf-8").read()
    if not sparql:
        raise QueryError("no query given; pass the SPARQL text as an argument or --file Q.rq")
    with open_store(ctx.home, ctx.settings) as store:
        result = store.query(sparql)
        write_result(result, fmt, output)


def write_result(result, fmt: str, output: str | None) -> None:
    """Print a pyoxigraph query result in the chosen format."""
    import pyoxigraph as ox

    if isinstance(result, ox.QueryBoolean):
        with open_output(output) as out:
            out.write(("true" if bool(result) else "false") + "\n")
        return
    if isinstance(result, ox.QueryTriples):
        data = ox.serialize(result, format=ox.RdfFormat.N_TRIPLES if fmt != "table" else ox.RdfFormat.TURTLE)
        with open_output(output, binary=True) as out:
            out.write(data)
        return
    if fmt in ("csv", "tsv", "json"):
        formats = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV, "json": ox.QueryResultsFormat.JSON}
        with open_output(output, binary=True) as out:
            out.write(result.serialize(format=formats[fmt]))
        return
    variables = [v.value for v in result.variables]
    rows = [[show_term(solution[v]) for v in variables] for solution in result]
    with open_output(output) as out:
        out.write(format_table(variables, rows))
    click.echo(f"{len(rows)} row(s)", err=True)


def show_term(term) -> str:
    """A readable rendering: literal values bare, IRIs shortened with the known prefixes."""
    if term is None:
        return ""
    from claimgraph.graph.vocab import PREFIXES

    value = term.value
    if type(term).__name__ == "NamedNode":
        for prefix, iri in PREFIXES.items():
            if value.startswith(iri):
                return f"{prefix}:{value[len(iri):]}"
        return f"<{value}>"
    return value


def format_table(headers: list[str], rows: list[list[str]], max_width: int = 60) -> str:
    """A plain fixed-width table."""
    cells = [[h for h in headers]] + [[c if len(c) <= max_width else c[: max_width - 1] + "…" for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"
