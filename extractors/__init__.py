"""Extractors stage: a parsed Document in, entities and claims (frozen dataclasses) out.

Public API:
    load_gazetteer(home) -> Gazetteer
    extractor_version(gazetteer) -> str
    extract(doc, gazetteer=None) -> Extraction
    claim_rows(source_id, extraction) -> list[dict]
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from claimgraph.model import Claim, Document, Entity, Evidence, Extraction

from .gazetteer import Gazetteer, load_gazetteer, norm_key
from .names import DocumentRecognizer, Mention, Recognizer
from .numbers import LANGUAGE_NAMES, spoken_numbers
from .prose import Draft, ProseReader, join_fields
from .sentences import split_sentences
from .tables import read_tables

__all__ = ["Gazetteer", "load_gazetteer", "extractor_version", "extract", "claim_rows"]

ROW_FIELDS = ("source", "kind", "subject", "object", "benchmark", "value", "unit", "qualifier", "evidence")


def extractor_version(gazetteer: Gazetteer) -> str:
    """A short hash of the extractor code and the merged gazetteer: changing either re-extracts.

    Args:
        gazetteer: the merged gazetteer in use.
    Returns:
        12 hex characters.
    """
    h = hashlib.sha256(_code_digest().encode())
    h.update(gazetteer.content_hash_input())
    return h.hexdigest()[:12]


@lru_cache(maxsize=1)
def _code_digest() -> str:
    h = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


@lru_cache(maxsize=4)
def _recognizer(gazetteer: Gazetteer) -> Recognizer:
    return Recognizer(gazetteer)


def _readers(gazetteer: Gazetteer) -> tuple[Recognizer, ProseReader]:
    """A shared (read-only) recogniser and a fresh prose reader: no state survives a call."""
    rec = DocumentRecognizer(_recognizer(gazetteer))
    return rec, ProseReader(gazetteer, rec)


@lru_cache(maxsize=1)
def _default_gazetteer() -> Gazetteer:
    return load_gazetteer()


def extract(doc: Document, gazetteer: Gazetteer | None = None) -> Extraction:
    """Entities and claims of one parsed document.

    Args:
        doc: the parsed document (text, blocks, tables).
        gazetteer: the merged gazetteer; the shipped one when None.
    Returns:
        An Extraction with entities, claims (one per mention; `claim_rows` dedupes) and the
        extractor version.
    """
    gaz = gazetteer or _default_gazetteer()
    rec, prose = _readers(gaz)
    table_drafts = read_tables(doc, gaz, rec)
    sentences = [replace(s, text=said) if (said := spoken_numbers(s.text)) != s.text else s for s in split_sentences(doc)]
    drafts, mentions = prose.read(join_fields(sentences, doc), doc.text, doc.published,
                                  _local_benchmarks(gaz, table_drafts, doc.text), _local_models(rec, table_drafts))
    for d in drafts:  # a sentence whose said numbers were read as digits is still quoted as written
        written = doc.text[d.evidence.start:d.evidence.end]
        if written != d.evidence.text and spoken_numbers(written) == d.evidence.text:
            d.evidence = Evidence(written, d.evidence.start, d.evidence.end)
    drafts += table_drafts
    drafts = refine(drafts)
    claims = tuple(_to_claim(d) for d in drafts)
    entities = build_entities(gaz, mentions, claims)
    return Extraction(entities=entities, claims=claims, extractor_version=extractor_version(gaz))


def _local_benchmarks(gaz: Gazetteer, drafts: list[Draft], text: str = "") -> tuple[str, ...]:
    """Benchmark names the gazetteer does not know that a document's tables use ('JGLUE'), or that are
    shaped as benchmark names in its text ('CatalanQA', 'TauBench', 'KoEval') or called benchmarks there
    ('the AlGhafa benchmark'; not a language or a nationality: 'the Arabic test')."""
    names = {d.benchmark for d in drafts if d.kind == "score" and d.benchmark}
    names |= set(BENCHMARK_SHAPED_RE.findall(text)) | set(SCORED_ON_RE.findall(text)) | {n for n in WITH_SETTING_RE.findall(text) if not re.search(r"\d[BMT]$", n)} | \
        {n for n in CALLED_BENCHMARK_RE.findall(text) if n not in gaz.demonyms and n not in LANGUAGE_NAMES}
    return tuple(sorted(n for n in names if gaz.lookup(n) is None and 2 <= len(n) <= 40
                        and re.search(r"[A-Z]", n)))


def _local_models(rec: Recognizer, drafts: list[Draft]) -> tuple[tuple[str, str], ...]:
    """(name, label) of models a document's tables score that the recogniser does not know, shaped like
    model names (a digit in them: 'pumice-5 14b'), also without their size ('pumice-5'): the text's
    mentions of them are theirs."""
    out = {}
    for label in {d.subject for d in drafts if d.kind == "score"}:
        if not re.search(r"\d", label) or not 3 <= len(label) <= 40 or any(m.type in ("Model", "Series") for m in rec.find(label)):
            continue
        out[label] = label
        short = re.sub(r"\s+\d+(?:\.\d+)?[bmBM]$", "", label)
        if short != label and re.search(r"[A-Za-z]{3}", short):
            out.setdefault(short, label)
    return tuple(sorted(out.items()))


# An acronym a score is reported on ('scores 71.8 on VMLU', '62.0% on AfriMMLU'): then every mention of it
SCORED_ON_RE = re.compile(r"\b(?:scores?|scored|reaches|reached|gets|got|achieves|achieved|hits|posts|posted)\s+"
                          r"\d{1,3}(?:\.\d+)?\s*%?\s+on\s+(?:the\s+)?([A-Z][a-z]*[A-Z][A-Z0-9]+(?:-[A-Z0-9][\w]*)?)\b")
# An acronym written with an evaluation setting in brackets ('MILU (5-shot)', 'KMMLU (0-shot CoT)', 'BFCL (pass@1)')
WITH_SETTING_RE = re.compile(r"\b([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)?)(?=\s*\(\s*(?:(?:\d+|zero|few)[- ]shot\b|"
                             r"(?:pass|maj|avg)@\d))")
# A name the text calls a benchmark: 'on the AlGhafa benchmark', 'On Lahjat, a dialect comprehension test'
CALLED_BENCHMARK_RE = re.compile(r"\b(?:the|on|On)\s+([A-Z][A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)?)"
                                 r"(?:\s+(?:benchmark|test|eval|evaluation|exam)\b(?!\s+(?:team|teams|lead|group|harness|suite|set|sets|results?)\b)"
                                 r"|,\s+an?\s+(?:[\w-]+\s+){0,4}(?:benchmark|test|exam)\b)")
# A word ending the way benchmark names do: 'CatalanQA', 'SciBench', 'KoEval', 'XGLUE', a language's 'JMMLU' (one word)
BENCHMARK_SHAPED_RE = re.compile(r"\b(?:[A-Z][A-Za-z0-9]*[a-z0-9](?:QA|Bench|Eval|EVAL|GLUE)|[A-Z][A-Za-z]{0,10}MMLU)\b")


def refine(drafts: list[Draft]) -> list[Draft]:
    """Document-level fixes: qualified scores win over unqualified twins (the same figure, or it rounded), so do comparisons with a benchmark
    over the same sentence's comparison without one; family scores go to the member."""
    # ... also when the unqualified one is the other rounded ('38.5' in the text for the table's 38.52, 0-shot)
    qualified = {(d.subject, d.benchmark, v) for d in drafts if d.kind == "score" and d.qualifier and d.value is not None
                 for v in {d.value, round(d.value, 1), float(round(d.value))}}
    drafts = [d for d in drafts if not (d.kind == "score" and not d.qualifier and (d.subject, d.benchmark, d.value) in qualified)]
    # "X remains behind Y, which scores 70.2 vs 68.1 on MMLU": the comparison has the benchmark its scores name
    benched = {(d.subject, d.object, d.evidence.start) for d in drafts if d.kind == "outperforms" and d.benchmark}
    # "Qilin-M2 leads with 57.0, ahead of Zinnia at 52.4" (the benchmark said before): the one both scores are on
    scored: dict[tuple, set] = {}
    for d in drafts:
        if d.kind == "score" and d.benchmark:
            scored.setdefault((d.subject, d.evidence.start), set()).add(d.benchmark)
    for d in drafts:
        if d.kind == "outperforms" and not d.benchmark and d.method != "prose.beats-overall":
            common = scored.get((d.subject, d.evidence.start), set()) & scored.get((d.object, d.evidence.start), set())
            if len(common) == 1:
                d.benchmark = common.pop()
    drafts = [d for d in drafts if not (d.kind == "outperforms" and not d.benchmark and d.method != "prose.beats-overall"
                                        and (d.subject, d.object, d.evidence.start) in benched)]
    drafts += _each_of_the_counted(drafts)
    member = {}
    for d in drafts:
        if d.kind == "score":
            member.setdefault((d.benchmark, d.value), []).append(d.subject)
    out = []
    for d in drafts:
        if d.kind in ("score", "outperforms"):
            value = d.value if d.kind == "score" else d.subject_value
            better = [s for s in member.get((d.benchmark, value), [])
                      if s != d.subject and norm_key(s).startswith(norm_key(d.subject)) and len(s) > len(d.subject)]
            if better:
                d.subject = better[0]
        out.append(d)
    return out


# "beats B on all three benchmarks", "ahead on both coding benchmarks": a count of the benchmarks compared on
COUNTED_RE = re.compile(r"\b(?:on|across|in)\s+(?:all\s+(two|three|four|five|six|seven|eight|[2-9])|both)\s+(?:of\s+the\s+)?"
                        r"(?:[\w-]+\s+){0,2}?(?:benchmarks|tests|evals|evaluations|tasks|columns)\b", re.I)
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


def _each_of_the_counted(drafts: list[Draft]) -> list[Draft]:
    """'A beats B on all three benchmarks' with no benchmark named: one comparison per benchmark, when the
    document scores both models on exactly that many benchmarks and A's score is the higher on each."""
    scores: dict[str, dict[str, list[float]]] = {}
    for d in drafts:
        if d.kind == "score" and d.benchmark and d.value is not None:
            scores.setdefault(d.subject, {}).setdefault(d.benchmark, []).append(d.value)
    have = {(d.subject, d.object, d.benchmark) for d in drafts if d.kind == "outperforms"}
    out = []
    for d in drafts:
        if d.kind != "outperforms" or d.benchmark or d.subject not in scores:
            continue
        m = _count_after(d.evidence.text, d.object)
        if m is None:
            continue
        n = 2 if m.group(1) is None else COUNT_WORDS.get(m.group(1).lower()) or int(m.group(1))
        win, lose = scores[d.subject], scores.get(d.object, {})
        if lose:
            common = sorted(set(win) & set(lose))
            if len(common) != n or not all(max(win[b]) > max(lose[b]) for b in common):
                continue
        else:  # the loser unscored: the benchmarks the text scored the winner on before ('on all three of the benchmarks above')
            common = sorted({e.benchmark for e in drafts if e.kind == "score" and e.subject == d.subject and e.benchmark
                             and e.evidence.end <= d.evidence.start})
            if len(common) != n:
                continue
        out += [Draft("outperforms", d.subject, d.evidence, object=d.object, benchmark=b, method="prose.beats-each",
                      confidence=0.6) for b in common if (d.subject, d.object, b) not in have]
    return out


def _count_after(text: str, name: str) -> re.Match | None:
    """The count of benchmarks a comparison with `name` states: the sentence's one count, else the first after the name."""
    found = list(COUNTED_RE.finditer(text))
    if len(found) <= 1:
        return found[0] if found else None
    at = text.casefold().find(name.casefold())
    return next((m for m in found if m.start() > at), None) if at >= 0 else None


def _to_claim(d: Draft) -> Claim:
    # a parameter count is a whole number: '8.03B' is 8030000000, not 8029999999.999999 from the float product
    value = float(round(d.value)) if d.kind == "parameters" and d.value is not None else d.value
    return Claim(kind=d.kind, subject=d.subject, evidence=d.evidence, object=d.object, benchmark=d.benchmark,
                 value=value, unit=d.unit, qualifier=d.qualifier, method=d.method, confidence=d.confidence)


def build_entities(gaz: Gazetteer, mentions: list[Mention], claims: tuple[Claim, ...]) -> tuple[Entity, ...]:
    """One entity per canonical label, with aliases as written and gazetteer attributes."""
    seen: dict[tuple[str, str], set[str]] = {}
    family: dict[str, str] = {}
    for m in mentions:
        seen.setdefault((m.type, m.label), set()).add(m.text)
        if m.family:
            family[m.label] = m.family
    for c in claims:
        for type_, label in _claim_entities(c):
            seen.setdefault((type_, label), set())
    out = []
    for (type_, label), written in sorted(seen.items()):
        entry = gaz.entry(type_, label) or gaz.lookup(label, (type_,))
        aliases = tuple(sorted((set(entry.get("aliases", [])) if entry else set()) | written - {label}))
        attrs = _attributes(gaz, type_, label, entry) or _family_attributes(gaz, family.get(label))
        out.append(Entity(type_, label, aliases, attrs, entry is not None))
    return tuple(out)


def _family_attributes(gaz: Gazetteer, family: str | None) -> tuple[tuple[str, str], ...]:
    """A model the gazetteer composes from a known series ("Qwen 3.5" + "9B") inherits its developer."""
    if not family:
        return ()
    series = gaz.entry("Series", family)
    dev = series.get("developer") if series else None
    return (("family", family),) + ((("developer", dev),) if dev else ())


def _claim_entities(c: Claim):
    from claimgraph.model import OBJECT_TYPE, SUBJECT_TYPE
    yield SUBJECT_TYPE[c.kind], c.subject
    if c.object and c.kind in OBJECT_TYPE:
        yield OBJECT_TYPE[c.kind], c.object
    if c.benchmark:
        yield "Benchmark", c.benchmark


ATTRIBUTE_KEYS = {"Model": ("developer", "family", "params", "active_params", "variant", "license", "wikidata"),
                  "Series": ("developer", "wikidata"), "Lab": ("country", "region", "wikidata"),
                  "Benchmark": ("domain", "wikidata"), "License": ("spdx",), "Region": ("wikidata",)}


def _attributes(gaz: Gazetteer, type_: str, label: str, entry) -> tuple[tuple[str, str], ...]:
    if entry is None:
        return ()
    attrs = []
    for key in ATTRIBUTE_KEYS.get(type_, ()):
        value = entry.get(key)
        if value is not None:
            attrs.append((key, str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)))
    return tuple(attrs)


def claim_rows(source_id: str, extraction: Extraction) -> list[dict]:
    """The claims-table rows of one source, one per distinct claim (see GUIDELINES.md).

    Args:
        source_id: the document's absolute path or URL.
        extraction: what `extract` returned for it.
    Returns:
        Dicts with source, kind, subject, object, benchmark, value, unit, qualifier, evidence,
        plus method and confidence. Among mentions of one claim, the most confident one's
        evidence is kept (the first on ties).
    """
    best: dict[tuple, Claim] = {}
    for c in extraction.claims:
        key = c.key()
        if key not in best or c.evidence_rank() > best[key].evidence_rank():
            best[key] = c
    rows = []
    for c in best.values():
        rows.append({"source": source_id, "kind": c.kind, "subject": c.subject, "object": c.object,
                     "benchmark": c.benchmark, "value": _plain(c.value), "unit": c.unit, "qualifier": c.qualifier,
                     "evidence": c.evidence.text, "method": c.method, "confidence": c.confidence})
    return rows


def _plain(value):
    if isinstance(value, float) and value.is_integer() and abs(value) >= 1e6:
        return int(value)
    return value
