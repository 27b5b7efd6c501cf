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
@click.option("--name", help="Run a shipped named query (see --list).")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE",
              help="A parameter of the named query, bound as a typed RDF term (repeatable).")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and their parameters.")
@click.option("--as-of", "as_of", metavar="DATE", help="Query what sources claimed at DATE (YYYY-MM-DD or ISO date-time).")
@click.option("--all-revisions", is_flag=True, help="Include superseded revisions of sources in the default graph.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("-o", "--output", help="Write to this file instead of stdout.")
@click.pass_obj
def query(ctx: Context, sparql: str | None, query_file: str | None, name: str | None, params: tuple[str, ...],
          list_queries: bool, as_of: str | None, all_revisions: bool, fmt: str, output: str | None) -> None:
    """Run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) on the store.

    The default graph is the union of the current data (every source's current revision, the
    background knowledge, the disagreements and consensus graphs); GRAPH patterns also reach
    superseded revisions. With --as-of DATE it is the revisions current at that date instead. The
    prefixes cg:, prov:, dcterms:, skos:, rdfs:, rdf:, xsd: and owl: are predeclared.

    \b
    claimgraph query --list
    claimgraph query --name scores-of --param model="Qwen 3.5 9B"
    claimgraph query --as-of 2026-03-01 --name scores-of --param model=qwen3.5-9b
    claimgraph query 'SELECT ?winner ?benchmark WHERE {
      ?c a cg:OutperformsClaim ; cg:subject/skos:prefLabel ?winner ;
         cg:object/skos:prefLabel "GPT-OSS-120B" .
      OPTIONAL { ?c cg:benchmark/skos:prefLabel ?benchmark } }'
    """
    from claimgraph.errors import QueryError
    from claimgraph.graph import open_store
    from claimgraph.graph.named import bind_params, load_named, named_queries
    from claimgraph.graph.store import parse_time

    if list_queries:
        click.echo(format_named_list(named_queries()), nl=False)
        return
    when = parse_time(as_of) if as_of else None
    if as_of and when is None:
        raise QueryError(f"--as-of {as_of!r}: not a date; use YYYY-MM-DD or an ISO date-time")
    named = load_named(name) if name else None
    if named:
        sparql = named.text
    elif query_file:
        sparql = open(query_file, encoding="utf-8").read()
    if not sparql:
        raise QueryError("no query given; pass the SPARQL text as an argument, --file Q.rq or --name NAME (see --list)")
    if params and not named:
        raise QueryError("--param applies to named queries; add --name NAME (see --list)")
    with open_store(ctx.home, ctx.settings) as store:
        bindings = bind_params(store, named, parse_params(params)) if named else {}
        graphs = None if all_revisions else (store.graphs_as_of(when) if when else store.current_scope())
        result = store.query(sparql, bindings, default_graphs=graphs)
        write_result(result, fmt, output)


def parse_params(params: tuple[str, ...]) -> dict[str, str]:
    """KEY=VALUE pairs as a dict (the value may contain '=' and spaces)."""
    from claimgraph.errors import QueryError

    pairs = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param {item!r}: write it as KEY=VALUE, e.g. --param model=\"Qwen 3.5 9B\"")
        pairs[key.strip()] = value
    return pairs


def format_named_list(queries) -> str:
    """One block per named query: name, description, parameters."""
    lines = []
    for q in queries:
        lines.append(f"{q.name}\n    {q.description}")
        lines += [f"    --param {p.name}=<{p.type}>  {p.help}" for p in q.params]
    return "\n".join(lines) + "\n"


def write_result(result, fmt: str, output: str | None) -> None:
    """Print a pyoxigraph query result in the chosen format."""
    import pyoxigraph as ox

    if isinstance(result, ox.QueryBoolean):
        with open_output(output) as out:
            out.write(("true" if bool(result) else "false") + "\n")
        return
    if not isinstance(result, ox.QuerySolutions):  # CONSTRUCT / DESCRIBE (local or over the server)
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
