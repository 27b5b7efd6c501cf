"""A deterministic synthetic corpus: articles about invented models, with the claims each one states.

    corpus = generate_corpus(Path("out"), n=1000, seed=7)
    # out/articles/a00000.html, a00001.txt, a00002.md, ...   the articles
    # out/gold/a00000.jsonl, ...                              the claims each states (GUIDELINES format)

The population is invented models ("Vexa-3 70B", "Orin-2.5 8B Instruct") from the real labs and
benchmarks of the shipped gazetteer (read as data, never through `claimgraph.extractors`: this is a
scale check, so it must not share the extractors' code). Articles use the shapes the extractors read:
score sentences, comparisons with both figures, "Lab's Model was released on <date>", licence
sentences, regional sentences, and benchmark tables in both orientations (HTML `<table>` with a
`<thead>`, Markdown pipe tables in text files).
"""
from __future__ import annotations

import html
import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib.util import find_spec
from pathlib import Path

# Benchmarks whose labels read unambiguously in prose and tables (no brackets, no apostrophes, no
# spaces that a table header could split); chosen from the gazetteer at generation time.
_SKIP_BENCHMARKS = {"AIME", "MATH", "DROP", "GAIA", "Needle in a Haystack", "Humanity's Last Exam", "RULER"}
_ROOTS = ("Vexa", "Orin", "Kestrel", "Talon", "Mirel", "Quill", "Sorrel", "Tamsin", "Ysolde", "Brisk",
          "Corvid", "Dunlin", "Elder", "Fennec", "Garnet", "Heron", "Ibis", "Jasper", "Kelp", "Lumen",
          "Marlin", "Nimbus", "Osprey", "Plover", "Quartz", "Rook", "Saker", "Tern", "Umber", "Vireo",
          "Wren", "Xerus", "Yarrow", "Zephyr", "Alder", "Bracken", "Cinder", "Dace", "Egret", "Finch")
_VERSIONS = ("1", "2", "2.5", "3", "3.1", "4", "4.5", "5")
_SIZES = ("1.5B", "3B", "7B", "8B", "14B", "32B", "34B", "70B", "72B", "120B")
_SUFFIXES = ("", "", "", " Instruct", " Chat", " Coder")
_LICENCES = {"Apache-2.0": "Apache 2.0", "MIT": "MIT", "CC-BY-4.0": "CC BY 4.0", "GPL-3.0": "GPLv3",
             "BSD-3-Clause": "BSD 3-Clause"}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_FILLER = ("The results were published alongside the weights and a short technical report.",
           "Independent evaluators have not yet reproduced every figure.",
           "The team says more evaluations will follow in the coming weeks.",
           "Inference costs were not disclosed.",
           "Several readers asked how the evaluation harness handles prompts.")


@dataclass(frozen=True)
class ModelSpec:
    name: str  # "Vexa-3 70B Instruct"
    lab: str
    size: str  # "70B"
    licence: str  # SPDX id


@dataclass
class Article:
    """One generated article: its file name, its bytes and the claims it states."""

    name: str
    content: str
    claims: list[dict] = field(default_factory=list)


def gazetteer_data() -> dict:
    """The shipped gazetteer as data, read from the extractors' data folder without importing them."""
    spec = find_spec("claimgraph.extractors")  # locates the package; does not execute it
    folder = Path(next(iter(spec.submodule_search_locations)))
    return json.loads((folder / "data" / "gazetteer.json").read_text(encoding="utf-8"))


def build_population(rng: random.Random, gazetteer: dict, n_models: int = 240) -> tuple[list[ModelSpec], list[str], dict]:
    """Invented models (unique names) from the gazetteer's labs, the benchmarks to use, the labs' regions."""
    labs = {name: info for name, info in gazetteer["labs"].items() if info.get("region") in gazetteer["regions"]}
    benchmarks = [b for b in gazetteer["benchmarks"] if b not in _SKIP_BENCHMARKS and "'" not in b]
    names: set[str] = set()
    models = []
    while len(models) < n_models:
        size = rng.choice(_SIZES)
        name = f"{rng.choice(_ROOTS)}-{rng.choice(_VERSIONS)} {size}{rng.choice(_SUFFIXES)}"
        if name in names:
            continue
        names.add(name)
        models.append(ModelSpec(name, rng.choice(sorted(labs)), size, rng.choice(sorted(_LICENCES))))
    return models, benchmarks, labs


def generate_corpus(out: Path, n: int, seed: int = 7, n_models: int = 240) -> list[Path]:
    """Write `n` articles under out/articles and their claims under out/gold/<stem>.jsonl.

    Args:
        out: the folder to write into (created).
        n: how many articles.
        seed: the same seed gives the same bytes.
        n_models: size of the model population.
    Returns:
        The article paths, in order.
    """
    rng = random.Random(seed)
    gazetteer = gazetteer_data()
    population = build_population(rng, gazetteer, n_models)
    (out / "articles").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        article = make_article(random.Random(f"{seed}/{i}"), i, population, gazetteer)
        path = out / "articles" / article.name
        path.write_text(article.content, encoding="utf-8")
        write_claims(out / "gold" / f"{path.stem}.jsonl", article.claims)
        paths.append(path)
    return paths


def write_claims(path: Path, claims: list[dict]) -> None:
    """One claim per line, GUIDELINES fields, each distinct claim once."""
    seen, lines = set(), []
    for claim in claims:
        key = json.dumps({k: v for k, v in claim.items() if k != "evidence"}, sort_keys=True)
        if key not in seen:
            seen.add(key)
            lines.append(json.dumps(claim, ensure_ascii=False))
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


# -- one article ------------------------------------------------------------------------------------
class _Writer:
    """Collects the sentences and tables of one article and the claims they state."""

    def __init__(self, rng: random.Random, benchmarks: list[str], gazetteer: dict):
        self.rng, self.benchmarks, self.gazetteer = rng, benchmarks, gazetteer
        self.paragraphs: list[str] = []
        self.claims: list[dict] = []
        self.used_values: set[float] = set()
        self.mentioned: set[str] = set()

    def value(self) -> float:
        """A score not used yet in this article (so no two claims share a value by accident)."""
        while True:
            v = round(self.rng.uniform(20.0, 95.0), 1)
            if v not in self.used_values and v != int(v):
                self.used_values.add(v)
                return v

    def claim(self, kind: str, subject: str, evidence: str, *, obj=None, benchmark=None, value=None,
              unit=None, qualifier=None) -> None:
        self.claims.append({"kind": kind, "subject": subject, "object": obj, "benchmark": benchmark, "value": value,
                            "unit": unit, "qualifier": qualifier, "evidence": evidence})

    def mention(self, model: ModelSpec, evidence: str) -> None:
        """A model named with its size states its parameter count (GUIDELINES)."""
        if model.name not in self.mentioned:
            self.mentioned.add(model.name)
            self.claim("parameters", model.name, evidence, value=_count(model.size))

    def score_sentence(self, model: ModelSpec) -> None:
        bench, v = self.rng.choice(self.benchmarks), self.value()
        text = self.rng.choice(("{m} scored {v} on {b}.", "On {b}, {m} reached {v}.", "{m} posts {v} on {b}."))
        sentence = text.format(m=model.name, v=v, b=bench)
        self.paragraphs.append(sentence)
        self.claim("score", model.name, sentence, benchmark=bench, value=v)
        self.mention(model, sentence)

    def comparison(self, a: ModelSpec, b: ModelSpec) -> None:
        bench, va, vb = self.rng.choice(self.benchmarks), self.value(), self.value()
        win, lose, hi, lo = (a, b, va, vb) if va > vb else (b, a, vb, va)
        sentence = f"{win.name} outperforms {lose.name} on {bench} ({hi} vs {lo})."
        self.paragraphs.append(sentence)
        self.claim("outperforms", win.name, sentence, obj=lose.name, benchmark=bench)
        self.claim("score", win.name, sentence, benchmark=bench, value=hi)
        self.claim("score", lose.name, sentence, benchmark=bench, value=lo)
        self.mention(win, sentence)
        self.mention(lose, sentence)

    def release(self, model: ModelSpec, day: date) -> None:
        sentence = f"{model.lab}'s {model.name} was released on {_MONTHS[day.month - 1]} {day.day}, {day.year}."
        self.paragraphs.append(sentence)
        self.claim("developer", model.name, sentence, obj=model.lab)
        self.claim("release", model.name, sentence, obj=day.isoformat())
        self.mention(model, sentence)

    def licence(self, model: ModelSpec) -> None:
        sentence = f"{model.name} is released under the {_LICENCES[model.licence]} license."
        self.paragraphs.append(sentence)
        self.claim("license", model.name, sentence, obj=model.licence)
        self.mention(model, sentence)

    def regions(self, labs: dict) -> None:
        region = self.rng.choice(sorted({info["region"] for info in labs.values()}))
        members = sorted(name for name, info in labs.items() if info["region"] == region)[:2]
        demonyms = self.gazetteer["regions"][region].get("demonyms") or []
        if not demonyms:
            return
        sentence = f"{demonyms[0]} labs ({', '.join(members)}) keep releasing open models."
        self.paragraphs.append(sentence)
        for lab in members:
            self.claim("lab_region", lab, sentence, obj=region)

    def table(self, models: list[ModelSpec], transposed: bool) -> list[list[str]]:
        """A score grid: models as rows and benchmarks as columns, or the other way round; a dash states nothing."""
        benches = self.rng.sample(self.benchmarks, 3)
        grid = {}
        for m in models:
            for b in benches:
                grid[m.name, b] = None if self.rng.random() < 0.1 else self.value()
        rows = [["Model"] + benches] + [[m.name] + [_cell(grid[m.name, b]) for b in benches] for m in models]
        if transposed:
            rows = [["Benchmark"] + [m.name for m in models]] + \
                   [[b] + [_cell(grid[m.name, b]) for m in models] for b in benches]
        for row in rows[1:]:
            evidence = " | ".join(row)
            for (m_name, b), v in grid.items():
                if v is not None and row[0] in (m_name, b) and _cell(v) in row:
                    self.claim("score", m_name, evidence, benchmark=b, value=v)
        for m in models:
            self.mention(m, m.name)
        return rows


def make_article(rng: random.Random, index: int, population, gazetteer: dict) -> Article:
    """One article (HTML, text or Markdown, by index) with its claims."""
    models_all, benchmarks, labs = population
    kind = ("html", "txt", "md")[index % 3] if index % 5 else "html"
    models = rng.sample(models_all, 5)
    w = _Writer(rng, benchmarks, gazetteer)
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(800))
    title = f"{models[0].name} and friends: notes on {rng.choice(benchmarks)}"
    w.paragraphs.append(rng.choice(_FILLER))
    w.release(models[0], day)
    w.score_sentence(models[1])
    w.comparison(models[2], models[3])
    w.licence(models[0])
    if rng.random() < 0.3:
        w.regions(labs)
    w.paragraphs.append(rng.choice(_FILLER))
    table = w.table(models[1:4], transposed=rng.random() < 0.5) if rng.random() < 0.7 else None
    render = _render_html if kind == "html" else _render_text
    return Article(f"a{index:05d}.{kind}", render(title, day, w.paragraphs, table, kind), w.claims)


def _render_html(title: str, day: date, paragraphs: list[str], table, _kind: str) -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    grid = ""
    if table:
        head = "".join(f"<th>{html.escape(c)}</th>" for c in table[0])
        rows = "\n".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in table[1:])
        grid = f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>"
    return (f"<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>\n"
            f"<meta property=\"article:published_time\" content=\"{day.isoformat()}T09:00:00Z\"></head>\n<body>\n"
            f"<header><nav><a href=\"/\">Home</a> <a href=\"/models\">Models</a></nav></header>\n"
            f"<article><h1>{html.escape(title)}</h1>\n{body}\n{grid}\n</article>\n"
            f"<footer><p>Subscribe to our newsletter.</p></footer>\n</body></html>\n")


def _render_text(title: str, day: date, paragraphs: list[str], table, kind: str) -> str:
    heading = f"# {title}" if kind == "md" else title
    lines = [heading, "", f"Published {_MONTHS[day.month - 1]} {day.day}, {day.year}", ""]
    for p in paragraphs:
        lines += [p, ""]
    if table:
        lines.append("| " + " | ".join(table[0]) + " |")
        lines.append("|" + "---|" * len(table[0]))
        lines += ["| " + " | ".join(row) + " |" for row in table[1:]]
        lines.append("")
    return "\n".join(lines)


def _cell(value: float | None) -> str:
    return "–" if value is None else f"{value}"


def _count(size: str) -> int:
    return int(round(float(size.rstrip("B")) * 1_000_000_000))


def generate_small(folder: Path, n: int, seed: int = 7) -> list[Path]:
    """`n` tiny text articles (a score and a comparison each), for tests that need many quick sources."""
    rng = random.Random(seed)
    gazetteer = gazetteer_data()
    models, benchmarks, _labs = build_population(rng, gazetteer, 60)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        a, b = rng.sample(models, 2)
        bench, va, vb = rng.choice(benchmarks), round(rng.uniform(50, 90), 1), round(rng.uniform(20, 49), 1)
        text = (f"Note {i}\n\n{a.name} scored {va} on {bench}.\n\n"
                f"{a.name} outperforms {b.name} on {bench} ({va} vs {vb}).\n")
        path = folder / f"s{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
