"""Read claims from tables: score grids in either orientation and attribute columns.

Orientation is detected from content: the axis whose labels are model names (known or
model-shaped) is the model axis; the other holds benchmarks (known names, or any header over
numeric cells). Evidence for a cell is the row's text in Document.text.
"""
from __future__ import annotations

import re
from dataclasses import replace

from claimgraph.model import Document, Evidence, Table, TableRow

from .gazetteer import Gazetteer, norm_key
from .names import Recognizer
from .numbers import find_settings, normalise_setting, parse_date, parse_size
from .prose import Draft

EMPTY_CELL = re.compile(r"^\s*(?:|[-–—‐]+|n/?a|N/?A|none|None|–|\?|x|✗|tbd|TBD|unknown|not reported)\s*$")
FOOTNOTE = r"[*†‡§¶#¹²³⁴⁵⁶⁷⁸⁹⁰ᵃᵇᶜᵈ]*"
SCORE_CELL = re.compile(rf"^\s*[~≈]?\s*(\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(%)?\s*{FOOTNOTE}\s*(?:[±]\s*\d+(?:\.\d+)?\s*%?)?\s*{FOOTNOTE}\s*(?:\(([^)]*)\))?\s*{FOOTNOTE}\s*$")
ATTRIBUTE_COLUMNS = (
    ("parameters", re.compile(r"\b(?:param(?:eter)?s?|(?<!file )(?<!disk )(?<!download )size(?! on disk)|#\s*params|active|activated)\b", re.I)),
    ("license", re.compile(r"\blicen[cs]e\b", re.I)),
    ("developer", re.compile(r"\b(?:developer|lab|organi[sz]ation|company|creator|vendor|provider|maker|org)\b"
                             r"(?!\s+(?:country|hq|headquarters|location|region|origin)\b)", re.I)),
    ("release", re.compile(r"\b(?:release(?:d)?|date|launch(?:ed)?)\b", re.I)),
    ("lab_region", re.compile(r"^\s*(?:(?:lab|developer|company|vendor)(?:['’]s)?\s+)?(?:country|hq|headquarters|based in|location|region|origin)\s*$", re.I)),
    ("price", re.compile(r"\b(?:cost|price|pricing|usd)\b|\$", re.I)),
)
NOT_BENCHMARK = re.compile(r"\b(?:average|avg|rank|#|context|ctx|price|cost|tokens?/s|speed|latency|year|layers|hidden|vocab|experts?|heads|"
                           r"throughput|memory|vram|ram|gb|mb|notes?|result|type|modality|architecture|window|"
                           r"input|output|bits?|bpw|size on disk|file size|disk|downloads?|likes|format|quantization|votes?|count|samples|dimensions?|dims?|max tokens|"
                           r"power|emissions?|co2(?:eq)?|energy|gpu[- ]hours?|kwh|watts?|tok|ms|p(?:50|90|95|99)|"
                           r"ppl|perplexity|kld|kl[- ]?div(?:ergence)?|vocabulary|providers?|hosts|"
                           r"(?:macro|micro|label|weighted)[ _-]?(?:f1|acc|accuracy)|"
                           r"\$)\b", re.I)
SETTING_HEADER = re.compile(r"^\s*(?:settings?|shots?|#\s*shots?|n[- ]shots?|metrics?|mode|eval(?:uation)?\s+settings?|protocol|prompting)\s*$", re.I)
ROW_KEY_ATTRIBUTE = re.compile(r"^\s*(?:lab|developer|organi[sz]ation|company|org|creator|maker|vendor)s?\s*$", re.I)
MODEL_HEADER = re.compile(r"^\s*(?:model|models|name|system|llm|model name)\s*$", re.I)
BRACKETS_RE = re.compile(r"\s*[\(\[]\s*(?:average|avg\.?|mean|overall)\s*[\)\]]", re.I)  # 'SEA-HELM (average)' is SEA-HELM's score
# 'MTEB avg (41 tasks)', 'LongBench average': the suite's own score, named before the word (not 'Overall average')
NAMED_AVERAGE_RE = re.compile(r"^(?!\s*(?:overall|total|weighted|macro|micro|tasks?|scores?|categor(?:y|ies)|domains?|all|final|"
                              r"global|grand|simple|group|arithmetic|harmonic)\b)(\s*[A-Za-z][\w.+-]*(?:\s+[\w.+-]+){0,2}?)"
                              r"\s+(?:avg\.?|average|mean)(?=\s*(?:[\(\[]|$))", re.I)
SNAKE_HEADER = re.compile(r"^\s*[a-z][a-z0-9]*(?:_[a-z0-9]+)+\s*$")
SNAKE_CASE = re.compile(r"_")
OPENNESS = re.compile(r"^\s*(?:open|open[- ]source|open[- ]weights?|proprietary|closed|closed[- ]source|commercial|api)\s*$", re.I)


def read_tables(doc: Document, gaz: Gazetteer, rec: Recognizer) -> list[Draft]:
    """Claims of every table of the document."""
    out: list[Draft] = []
    for table in doc.tables:
        out += read_table(doc, table, gaz, rec)
    return out


def read_table(doc: Document, table: Table, gaz: Gazetteer, rec: Recognizer) -> list[Draft]:
    """Claims of one table, rows as models or columns as models, whichever the content says."""
    rows = [r for r in table.rows if any(c.strip() for c in r.cells)]
    if len(rows) < 2:
        return []
    header = [r for r in rows if r.header] or [rows[0]]
    if not any(r.header for r in rows) and (bench := _intro_benchmark(doc, table, rows, gaz, rec)):
        # 'Full YardCode-300 results (pass@1):' over 'Zinnia-120B  64.7' rows: a model and its score a line
        header = [TableRow(("Model", bench), rows[0].start, rows[0].start, True)]
    # a row label's note mark ('GPT-4o [†]', 'GPQA Diamond [1]') is read by the notes, not as part of a name
    body = [TableRow((LABEL_MARK_RE.sub("", r.cells[0]),) + r.cells[1:], r.start, r.end, r.header) if r.cells and
            LABEL_MARK_RE.search(r.cells[0]) else r for r in rows if r not in header]
    while len(body) > 1 and _continues_header(body[0], gaz, rec):  # Markdown has one header row: a group row above the names
        header, body = header + [body[0]], body[1:]
    if len(body) > 1 and _settings_row(body[0]):  # '| *Shots* | *5-shot CoT* | *0-shot CoT* |' under the names
        header, body = header + [TableRow(("",) + body[0].cells[1:], body[0].start, body[0].end, True)], body[1:]
    head = _merged_header(header)
    # a spreadsheet's snake_case column names read as words: 'mmlu_pro', 'params_total_b', 'in_usd_per_m'
    head = TableRow(tuple(SNAKE_CASE.sub(" ", c) if SNAKE_HEADER.match(c) else c for c in head.cells), head.start, head.end, True)
    unnamed = not any(_model_in(c, rec) for r in rows for c in r.cells)  # no model named in the table
    value_col = next((j for j, c in enumerate(head.cells) if j and VALUE_HEADER.match(c)), None)
    if unnamed and value_col is not None and BENCH_COLUMN.match(head.cells[0]) and (owner := _owner_above(doc, table, rec)):
        # '| Benchmark | Setting | Score |' under a model's name (an accordion's summary): that model's results
        head = TableRow(tuple(owner if j == value_col else c for j, c in enumerate(head.cells)), head.start, head.end, True)
    head = _legend_names(doc, table, head, rec)
    if any(GENERIC_METRIC.match(c) for c in head.cells):
        head = _name_metric_columns(doc, table, head, rec)
    if sum(1 for c in head.cells if _setting_only(c)) >= 2:
        head = _name_setting_columns(doc, table, head, rec)
    card = (_owner_above(doc, table, rec) or _card_model(doc, rec)) if len(head.cells) == 2 and VALUE_HEADER.match(head.cells[1]) \
        else None
    if card and unnamed:
        # '| Metric | Value |' on a model card (the Open LLM Leaderboard's): the card's model's results
        head = TableRow((head.cells[0], card), head.start, head.end, True)
    else:
        card = None
    sources = [j for j, c in enumerate(head.cells) if j and (SOURCE_HEADER.match(c) or gaz.lookup(c.strip(), ("Lab",)))]
    if sources:  # beside 'Mine', a column of figures under any other name ('Vistula') is another source's
        sources = [j for j, c in enumerate(head.cells) if j in sources or j and c.strip() and _mostly_numeric(body, j)
                   and not _benchmark_label(c, gaz, rec)]
    if sources and not any(_model_in(c, rec) for r in rows for c in r.cells) and (card := _focal_model(doc, rec)):
        # '| Benchmark | Setting | Vistula | Mine |' in a review: the reviewed model's figures, as each source has them
        head = TableRow(tuple(card if j in sources else c for j, c in enumerate(head.cells)), head.start, head.end, True)
    regional = _region_rows(doc, head, body, gaz, rec)
    if regional is not None:
        return regional
    model_col = next((j for j, c in enumerate(head.cells) if MODEL_HEADER.match(c)), None)
    bench_col = next((j for j, c in enumerate(head.cells) if BENCH_COLUMN.match(c)), None)
    if model_col is not None and bench_col is not None:
        drafts = _read_long(doc, head, body, gaz, rec, model_col, bench_col)
    elif _models_on_columns(head, body, gaz, rec):
        drafts = _read_columns(doc, head, body, gaz, rec)
    else:
        drafts = _read_rows(doc, head, body, gaz, rec)
    if card:  # the header row does not name the model: its size is not stated there
        drafts = [d for d in drafts if d.kind != "parameters"]
    variant = _heading_variant(doc, table, rec)
    if variant:  # only models the document also lists elsewhere, where the untuned twin is meant
        elsewhere = {m.label for t in doc.tables if t is not table for r in t.rows for c in r.cells if (m := _model_in(c, rec))}
        # ... unless the base checkpoints have names of their own ('Skerry-3-8B-Base'): then the plain name is the tuned one
        elsewhere = {label for label in elsewhere if not _named_base(label, doc.text)}
        drafts = _apply_heading_variant(drafts, variant, rec, elsewhere)
    return _apply_intro_settings(_lab_regions(drafts), intro_settings(doc, table, gaz, rec))


def _legend_names(doc: Document, table: Table, head: TableRow, rec: Recognizer) -> TableRow:
    """Column headers a legend names: 'Ours = Quetzal-M2 (instruct); Previous = Quetzal-M1' in the caption, or
    'In the table below, Ours is Quetzal-M2, Previous is Quetzal-M1' before the table."""
    words = [j for j, c in enumerate(head.cells) if j and re.fullmatch(r"[A-Z][\w-]{1,20}(?: [A-Za-z][\w-]{1,15})?", c.strip())
             and not _model_in(c, rec)]
    if not words:
        return head
    first = table.rows[0].start if table.rows else 0
    after = max((t.rows[-1].end for t in doc.tables if t.rows and t.rows[-1].end <= first), default=0)
    text = " ".join([table.caption or ""] + [b.text for b in doc.blocks if after <= b.start and b.end <= first][-3:])
    cells = list(head.cells)
    for j in words:
        said = re.search(rf"(?<![\w-]){re.escape(cells[j].strip())}\s*(?:=|:|\bis\b|\bmeans\b|\bstands for\b|\brefers to\b)\s*"
                         rf"(?:(?:the|our|OpenAI['’]s|[A-Z][\w.&-]*['’]s)\s+)?", text)
        model = next((m for m in rec.find(text[said.end():said.end() + 60]) if m.type in ("Model", "Series") and m.start == 0),
                     None) if said else None
        if model:
            cells[j] = model.text
    return TableRow(tuple(cells), head.start, head.end, head.header)


TUNED_HEADING = re.compile(r"\b(?:instruct(?:ion)?[- ](?:tuned|following)|instruct|post-trained)\b", re.I)
BASE_HEADING = re.compile(r"\b(?:base|pre-?trained|foundation)\b", re.I)
VARIANT_IN_LABEL = re.compile(r"\b(?:instruct|chat|it|base|pt|thinking|reasoning|coder|vl)\b", re.I)


def _heading_variant(doc: Document, table: Table, rec: Recognizer) -> str | None:
    """'Instruct' when the heading right above a table says its models are the instruction-tuned ones."""
    first = table.rows[0].start if table.rows else 0
    above = [b for b in doc.blocks if b.end <= first]
    last_heading = next((k for k in range(len(above) - 1, -1, -1) if above[k].kind == "heading"), None)
    if last_heading is None or any(t.rows and above[last_heading].end <= t.rows[0].start < first for t in doc.tables):
        return None
    text = _without_model_names(above[last_heading].text, rec)
    return "Instruct" if TUNED_HEADING.search(text) and not BASE_HEADING.search(text) else None


def _without_model_names(text: str, rec: Recognizer) -> str:
    """The heading with model names blanked out: 'Foo 14B Instruct and friends' says nothing about a table."""
    for m in reversed(rec.find(text)):
        if m.type in ("Model", "Series"):
            text = text[:m.start] + " " * (m.end - m.start) + text[m.end:]
    return text


def _named_base(label: str, text: str) -> bool:
    """Whether the text names a base checkpoint of the label's family with a suffix of its own ('Skerry-3-30B-A3B-Base')."""
    family = re.split(r"[\s-]\d+(?:\.\d+)?[BM]\b", label)[0]
    return bool(family) and re.search(rf"{re.escape(family)}[\w.-]*[\s-]Base\b", text) is not None


def _apply_heading_variant(drafts: list[Draft], variant: str, rec: Recognizer, elsewhere: set[str]) -> list[Draft]:
    """Sized models named without a variant under an 'Instruction tuned models' heading are the tuned ones.

    Only names with a size that the document also lists in another table: a lineup's base checkpoints
    ('Llama 3 8B' in the base table too) have tuned twins; 'GPT-4o' and 'gpt-oss-120b' have none.
    """
    for d in drafts:
        for attr in ("subject", "object"):
            label = getattr(d, attr)
            if label and label in elsewhere and re.search(r"\d[BM]\b", label) and not VARIANT_IN_LABEL.search(label) and \
                    any(m.type == "Model" for m in rec.find(label)):
                setattr(d, attr, f"{label} {variant}")
    return drafts


def intro_settings(doc: Document, table: Table, gaz: Gazetteer, rec: Recognizer) -> dict[str | None, str]:
    """Settings the text around a table states for its scores: the paragraphs before it, and the notes
    right below it ('† AIME 2025 is reported as avg@16'). A benchmark's own setting from either; the
    default (a setting no benchmark owns) from the text before, else from the notes.

    "all 0-shot except GSM8K (8-shot)" gives {None: "0-shot", "GSM8K": "8-shot"}: a setting right
    after a benchmark name is that benchmark's; one other setting (only one) is the default.
    """
    first = table.rows[0].start if table.rows else 0
    last = table.rows[-1].end if table.rows else 0
    after = max((t.rows[-1].end for t in doc.tables if t.rows and t.rows[-1].end <= first), default=0)
    # the paragraphs since the previous table, up to four ("Setup ... MMLU-Pro is reported 5-shot", then
    # the section heading and the table's caption)
    blocks = [b for b in doc.blocks if after <= b.start and b.end <= first][-4:]
    before = _settings_in(" ".join(b.text for b in blocks)[-1200:] if blocks else doc.text[max(0, first - 400):first], rec)
    upto = min((t.rows[0].start for t in doc.tables if t.rows and t.rows[0].start >= last), default=len(doc.text))
    note = next((b for b in doc.blocks if last <= b.start < upto), None)  # the paragraph right below the table
    below = _settings_in(note.text[:1200], rec) if note and note.kind != "heading" else {}
    caption = _settings_in(table.caption[:1200], rec) if table.caption else {}
    notes = [b.text for b in doc.blocks if last <= b.start < upto and b.kind != "heading"][:3]
    marked, spans = _marked_settings(table, " ".join(notes + ([table.caption] if table.caption else []))[:2000], gaz, rec)
    if marked and note and note.text == notes[0]:
        # the notes' settings belong to the columns that point to them; the table's are said outside them
        text = note.text[:1200]
        for start, end in spans:
            text = text[:start] + " " * (min(end, len(text)) - start) + text[end:] if start < len(text) else text
        below = _settings_in(text, rec)
    return {**_document_default(doc, first, rec), **_benchmark_notes(doc, rec), **below, **before, **caption, **marked}


# "All results are 0-shot unless marked", "Unless otherwise stated, scores are pass@1": for every table after it
DOCUMENT_DEFAULT_RE = re.compile(r"[^.;!?]*\bunless\s+(?:otherwise\s+(?:marked|noted|stated|indicated|specified|shown)|"
                                 r"(?:marked|noted|stated|indicated|specified|shown)(?:\s+otherwise)?|"
                                 r"(?:an?|the)\s+(?:foot)?note\s+says\s+otherwise)\b[^.;!?]*", re.I)


def _document_default(doc: Document, first: int, rec: Recognizer) -> dict[str | None, str]:
    """The settings a sentence before the table states for the whole document: its default, and each
    benchmark's ('MMLU-Pro is 5-shot CoT and GPQA-D 0-shot CoT, unless a footnote says otherwise')."""
    out: dict[str | None, str] = {}
    for block in doc.blocks:
        if block.start >= first:
            break
        if "nless" in block.text:
            for m in DOCUMENT_DEFAULT_RE.finditer(block.text):
                if found := _settings_in(m.group(0), rec):
                    out = found
    return out


# A footnote mark closing a header cell: 'MMLU [1]' (an HTML <sup>1</sup>), 'GSM8K²', 'HumanEval†'
HEADER_MARK_RE = re.compile(r"(?:\s*\[(\d{1,2}|[a-z]|[*†‡§¶#])\]|([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|[*†‡§¶#]{1,3}))\s*$")
LABEL_MARK_RE = re.compile(r"\s+\[(?:\d{1,2}|[a-z]|[*†‡§¶#])\]$")  # the form the HTML reader writes
SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")


def _marked_settings(table: Table, notes: str, gaz: Gazetteer, rec: Recognizer) -> tuple[dict[str, str], list[tuple[int, int]]]:
    """Settings of columns whose header points to a note: 'MMLU [1] | GSM8K [2]' over '1 5-shot.
    2 8-shot, chain-of-thought.' gives MMLU 5-shot and GSM8K 8-shot CoT; and the notes' spans (a note
    runs to the next mark or the end of its sentence)."""
    marks: dict[str, set[str]] = {}
    heads = [r for r in table.rows if r.header] or table.rows[:1]
    # the header's cells, and the first cells of the rows when benchmarks are the rows ('GPQA Diamond [1]')
    labels = [(cell, True) for row in heads for cell in row.cells] + \
        [(row.cells[0], False) for row in table.rows if row not in heads and row.cells]
    # (in the rows, only when some are benchmarks the gazetteer knows: a row named by a model is no benchmark)
    benchmark_rows = any(not in_header and _benchmark_label(cell, gaz, rec) for cell, in_header in labels)
    for cell, in_header in labels:
        mark = HEADER_MARK_RE.search(cell)
        if not mark:
            continue
        # a benchmark the gazetteer lacks ('LusoQA [4]') goes by the cell's text, as the table reader names it
        bench = _benchmark_label(cell, gaz, rec) or ((cell[:mark.start()].strip(), None) if in_header or benchmark_rows and
                                                     not _model_in(cell, rec) else (None, None))
        if bench[0] and not bench[1]:
            marks.setdefault((mark.group(1) or mark.group(2)).translate(SUPERSCRIPTS), set()).add(bench[0])
    if not marks or not notes:
        return {}, []
    found = []  # where each mark's note starts: '[1]', '(1)', '1.', '1 ', '¹', '†'
    for mark in marks:
        forms = [re.escape(mark)] + ([re.escape(mark.translate(str.maketrans("1234567890", "¹²³⁴⁵⁶⁷⁸⁹⁰")))] if mark.isdigit() else [])
        alt = "|".join(forms)  # a bare mark only where a note starts ('Table 2.' is no note)
        rx = rf"(?:(?:^|(?<=\s))\[(?:{alt})\]|(?:^|(?<=[.;]\s)|(?<=[.;]))(?:\((?:{alt})\)|(?:{alt})[.):]?))(?=\s)"
        if hit := re.search(rx, notes):
            found.append((hit.start(), hit.end(), mark))
    found.sort()
    out: dict[str, str] = {}
    spans = []
    for k, (start, end, mark) in enumerate(found):
        stop = found[k + 1][0] if k + 1 < len(found) else len(notes)
        if full_stop := re.compile(r"[.;](?=\s|$)").search(notes, end + 2, stop):
            stop = full_stop.end()
        spans.append((start, stop))
        settings = _settings_in(notes[end:stop], rec)
        for label in marks[mark]:
            if setting := settings.get(label) or settings.get(None):
                out[label] = setting
    return out, spans


# A note that defines one benchmark: "[1] GPQA Diamond: all 198 questions, zero-shot with chain of thought"
NOTE_HEAD_RE = re.compile(r"^\W{0,3}(?:\[?\d{1,2}\]?[.)]?\s+)?([^:.;]{2,40}?)\s*[:\u2013\u2014]\s")


def _benchmark_notes(doc: Document, rec: Recognizer) -> dict[str, str]:
    """Settings of notes that each define one benchmark, anywhere in the document ('AIME 2025: 16
    samples per problem, reported as the mean accuracy (avg@16)'): that benchmark's setting in the
    tables, below what the text around a table says."""
    out: dict[str, str] = {}
    for block in doc.blocks:
        head = NOTE_HEAD_RE.match(block.text) if block.kind != "heading" else None
        if not head:
            continue
        named = [m for m in rec.find(head.group(1)) if m.type == "Benchmark"]
        if len(named) == 1 and len(head.group(1)) - (named[0].end - named[0].start) <= 4:
            found = _settings_in(block.text[:600], rec)
            setting = found.get(named[0].label) or found.get(None)
            if setting:
                out.setdefault(named[0].label, setting)
    return out


def _settings_in(text: str, rec: Recognizer) -> dict[str | None, str]:
    found = find_settings(text)
    if not found:
        return {}
    benches = [m for m in rec.find(text) if m.type == "Benchmark"]
    out: dict[str | None, str] = {}
    loose = []
    models = [m.end for m in rec.find(text) if m.type == "Model"] if any(
        text[a:b].lower().endswith(" mode") or s.startswith("with") for s, a, b in found) else []  # ('thinking mode' reads 'thinking')
    for setting, start, _end in found:
        if re.search(r"(?<![\w.'’-])(?!(?:19|20)\d\d\b)\d+(?:\.\d+)?\s*%?\s*[(\[,]?\s*$", text[max(0, start - 14):start]):
            continue  # "lands at 70.4 (5-shot)": the setting of that number, not of the table
        if any(end <= start and not re.search(r"[.;]", text[end:start]) for end in models):
            continue  # "Qwen3-8B was evaluated with thinking mode disabled": one model's, not the table's
        nearest = next((b for b in reversed(benches) if b.end <= start), None)
        owner = next((b for b in benches if b.end <= start and SETTING_OF_RE.fullmatch(text[b.end:start])), None) or (
            nearest if nearest and SETTING_AFTER_CLAUSE_RE.fullmatch(text, nearest.end, start) else None)
        named = None if owner else NAMED_BEFORE_SETTING_RE.search(text, max(0, start - 40), start)
        if owner is None and (listed := _benchmarks_leading(text, start, benches)):
            for b in listed:  # "For AIME and HMMT we sample 32 times ... (avg@32)": theirs
                out.setdefault(b.label, setting)
            continue
        if owner:
            out[owner.label] = setting
            k = benches.index(owner)
            while k > 0 and re.fullmatch(r"\s*(?:,|and|, and|&|/)\s*", text[benches[k - 1].end:benches[k].start]):
                k -= 1  # "MMLU-Pro and GPQA Diamond are scored 0-shot CoT": both are
                out.setdefault(benches[k].label, setting)
        elif OTHERS_BEFORE_SETTING_RE.search(text, max(0, start - 40), start):
            out[None] = setting  # "...; the other three are 0-shot": the default
        elif named and named.group(1) not in COMMON_SETTING_SUBJECTS:
            out[named.group(1)] = setting  # "MedQA is 5-shot" (a benchmark the gazetteer does not know)
        else:
            loose.append(setting)
    shots = {setting for setting in loose if "shot" in setting}
    metrics = {setting for setting in loose if "@" in setting}
    if None in out:
        pass
    elif len(set(loose)) == 1 or len(shots) == 1:  # "all 0-shot" beside "with tools= in the call": the shot count
        out[None] = loose[0] if len(set(loose)) == 1 else shots.pop()
    elif not shots and len(metrics) == 1:  # "the mean of 16 samples (avg@16), without tools": the metric
        out[None] = metrics.pop()
    return out


FOR_BENCHMARKS_RE = re.compile(r"(?:^|(?<=[.;!?]\s))\s*(?:For|On|In)\s+(?:the\s+)?$")


def _benchmarks_leading(text: str, start: int, benches: list) -> list:
    """The benchmarks a sentence opens with, before a setting in it: 'For AIME and HMMT we ... (avg@32)'."""
    clause = max(text.rfind(". ", 0, start), text.rfind("; ", 0, start)) + 1
    inside = [b for b in benches if clause <= b.start and b.end <= start]
    if not inside or not FOR_BENCHMARKS_RE.search(text, max(0, inside[0].start - 12), inside[0].start):
        return []
    listed = [inside[0]]
    for b in inside[1:]:
        if not re.fullmatch(r"\s*(?:,|and|, and|&|/)\s*", text[listed[-1].end:b.start]):
            break
        listed.append(b)
    return listed


NAMED_BEFORE_SETTING_RE = re.compile(r"\b([A-Z][A-Za-z0-9]*[A-Z][\w-]*)\s+(?:is|are|was|were)\s+(?:reported\s+|scored\s+|run\s+|evaluated\s+)?$")
OTHERS_BEFORE_SETTING_RE = re.compile(r"\b(?:the\s+other(?:s|\s+\w+)?|the\s+rest|all\s+others|the\s+remaining(?:\s+\w+)?)\s+"
                                      r"(?:are|were|is|use|run)\s+(?:all\s+)?(?:reported\s+|scored\s+|run\s+)?$", re.I)
COMMON_SETTING_SUBJECTS = frozenset({"All", "Scores", "Results", "Numbers", "Everything", "It", "This", "That"})
# What may stand between a benchmark and its setting: "GSM8K (8-shot)", "MMLU: 5-shot", "MMLU-Pro is 5-shot",
# "MATH-500 uses 4-shot prompting".
SETTING_OF_RE = re.compile(r"\s*[(\[:,]?\s*(?:we\s+)?(?:(?:is|are|was|were|uses?|used|runs?|run|with|at|under|in|reported|reports?|evaluated|"
                           r"measured|scored|as)\s+){0,3}(?:the\s+|a\s+)?")
# "AIME 2025 is the mean over 16 samples (avg@16)": a setting in brackets closing its benchmark's clause
SETTING_AFTER_CLAUSE_RE = re.compile(r"\s+(?:is|are|was|were)\s+[^.;:()]{1,40}\(\s*|\s*\([^()]{1,100}[,;]\s*")
# ... or last in the benchmark's own brackets: "LiveCodeBench (problems published in 2025, pass@1)"


def _apply_intro_settings(drafts: list[Draft], settings: dict[str | None, str]) -> list[Draft]:
    if not settings:
        return drafts
    def own(bench: str | None) -> str | None:  # a subset's setting is its benchmark's ('Belebele swe' of 'Belebele is 0-shot')
        return settings.get(bench) or next((v for k, v in settings.items() if k and bench and bench.startswith(k + " ")), None)

    for d in drafts:
        if d.kind == "score" and not d.qualifier:
            d.qualifier = own(d.benchmark) or settings.get(None)
        elif d.kind == "score" and d.qualifier.lower() == "cot":
            # 'GPQA Diamond (CoT)' in a table that is 0-shot throughout: '0-shot CoT'
            shots = own(d.benchmark) or settings.get(None) or ""
            if re.fullmatch(r"\d+-shot", shots):
                d.qualifier = f"{shots} CoT"
    return drafts


def _continues_header(row: TableRow, gaz: Gazetteer, rec: Recognizer) -> bool:
    """A body row that is a second header row: an empty first cell, then benchmark names, most of the
    others ('| | | **GPQA-D** | **BBH** |' under '| Model | Act. | Reasoning | Reasoning |'); not a row
    of values ('| | Architecture | - | MoE | Dense |')."""
    cells = [c.strip() for c in row.cells]
    rest = [c for c in cells[1:] if c and not EMPTY_CELL.match(c)]
    return not cells[0] and len(rest) >= 2 and not any(SCORE_CELL.match(c) for c in rest) and \
        2 * sum(1 for c in rest if _benchmark_label(c, gaz, rec)) >= len(rest)


def _settings_row(row: TableRow) -> bool:
    """A row of settings under the benchmarks' names, its first cell saying so ('Shots', 'Setting', 'Metric')."""
    cells = [c.strip(" *_") for c in row.cells]
    rest = [c for c in cells[1:] if c and not EMPTY_CELL.match(c)]
    return bool(SETTING_HEADER.match(cells[0])) and len(rest) >= 2 and 2 * sum(1 for c in rest if find_settings(c)) >= len(rest)


def _merged_header(header: list[TableRow]) -> TableRow:
    """One header row from stacked ones (spans already expanded): 'FLTEval pass@2' over 'Score'."""
    if len(header) == 1:
        return header[0]
    width = max(len(r.cells) for r in header)
    cells = []
    for j in range(width):
        parts = [r.cells[j].strip() for r in header if j < len(r.cells) and r.cells[j].strip()]
        cells.append(re.sub(r"(?<=\w-) (?=\w)", "", " ".join(dict.fromkeys(parts))))  # 'MATH-' over '500
    last = header[-1]
    return TableRow(tuple(cells), last.start, last.end, True)


def _models_on_columns(head: TableRow, body: list[TableRow], gaz: Gazetteer, rec: Recognizer) -> bool:
    col_models = sum(1 for c in head.cells[1:] if _model_in(PAIR_TAIL.sub("", c), rec))
    row_models = sum(1 for r in body if r.cells and _model_in(r.cells[0], rec))
    row_benches = sum(1 for r in body if r.cells and _benchmark_label(r.cells[0], gaz, rec))
    if col_models == 1 and row_models == 0 and row_benches >= 1:
        return True  # one model's results, a benchmark per row (a card's own table, its model-index)
    if col_models >= 2 and BENCH_COLUMN.match(head.cells[0]) and col_models > row_models:
        return True  # '| Task | Fjell-2-Mini | Fjell-2 |': the first column says its rows are benchmarks
    return col_models >= 2 and col_models > row_models and row_benches >= row_models


# A group row's label merged into a model's header cell: 'Proprietary GPT-5 mini', 'Open-weight Hoopoe 2 Pro'
GROUP_PREFIX = re.compile(r"^\s*(?:open[- ]weights?|open[- ]source|open|proprietary|closed(?:[- ](?:weights?|source))?|api[- ]only|api|"
                          r"ours|our models?|baselines?|others|competitors?|frontier|reference)\s+(?=\S)", re.I)
PAREN_SIZE_TAIL = re.compile(r"\s*\((\d+(?:\.\d+)?\s?[BMT])\)\s*$")  # 'Phi-4 (14B)'
# Columns of one model's figures as different parties give them: 'Reported', 'Mine', 'Official', 'Re-run'
SOURCE_HEADER = re.compile(r"^\s*(?:reported|official|claimed|vendor|paper|lab|launch post|model card|ours?|mine|measured|"
                           r"our (?:run|runs|eval|harness)|my (?:run|runs)|re-?run|reproduced|independent|third[- ]party)"
                           r"(?:\s*\([^)]*\))?\s*$", re.I)
VALUE_HEADER = re.compile(r"^\s*(?:value|values|score|result|results|accuracy|acc|%|performance|details?)\s*$", re.I)


def _card_model(doc: Document, rec: Recognizer) -> str | None:
    """The model a card is about: the one its first heading is mostly the name of."""
    heading = next((b for b in doc.blocks if b.kind == "heading"), None)
    found = [m for m in rec.find(heading.text) if m.type in ("Model", "Series")] if heading else []
    return found[0].label if found and len(heading.text) - len(found[0].text) <= 40 else None


def _owner_above(doc: Document, table: Table, rec: Recognizer) -> str | None:
    """The one model the nearest text above a table names (of the last three blocks before it, the first that
    names a model): a '| Field | Value |' table under a model's name is that model's."""
    first = table.rows[0].start if table.rows else 0
    above = [b for b in doc.blocks if b.end <= first and first - b.end <= 1500][-3:]
    for b in reversed(above):  # a line that opens with the name: a heading, an accordion's summary
        found = [m for m in rec.find(b.text) if m.type in ("Model", "Series")]
        if found and not b.text[:found[0].start].strip(" #*-•") and len({m.label for m in found}) == 1:
            return found[0].label
    for b in reversed(above):
        labels = {m.label for m in rec.find(b.text) if m.type in ("Model", "Series")}
        if labels:
            return labels.pop() if len(labels) == 1 else None
    return None


def _focal_model(doc: Document, rec: Recognizer) -> str | None:
    """The model a page is about: the card's, else the one named in the most blocks (twice at least, and
    more often than any other)."""
    card = _card_model(doc, rec)
    if card:
        return card
    counts: dict[str, int] = {}
    for b in doc.blocks:
        for label in {m.label for m in rec.find(b.text) if m.type == "Model"}:
            counts[label] = counts.get(label, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


# who ran or reported a column's figures, in a bracket after the model's name: '(Bytegauge)', '(ours)', '(reported)'
SOURCE_BRACKET_RE = re.compile(r"\s*[\(\[](?:(?-i:[A-Z][\w.&'-]*(?:\s[A-Z][\w.&'-]*)?)|ours|our runs?|reported|official|measured|"
                               r"self-reported|re-?run|vendor|lab|this model|for comparison|baseline|API|(?:non-?|no )?thinking)[\)\]]\s*$", re.I)


def _model_in(cell: str, rec: Recognizer):
    cell = GROUP_PREFIX.sub("", PAREN_SIZE_TAIL.sub("", cell))  # 'Phi-4 (14B)', 'Proprietary GPT-5 mini': the model
    found = rec.find(cell)
    ms = [m for m in found if m.type in ("Model", "Series")]
    labs = sum(len(m.text) for m in found if m.type == "Lab")  # 'Gemma 3 27B Google': the lab says whose it is
    # 'Qwen3-32B (Bytegauge)': a bracket after the name says who ran it, or how
    rest = len(SOURCE_BRACKET_RE.sub("", cell).strip(" *†‡")) if ms and ms[0].end < len(cell) else len(cell.strip(" *†‡"))
    return ms[0] if ms and len(ms[0].text) >= 0.5 * (rest - labs) else None


def _unaveraged(cell: str) -> str:
    """A header without the average word that follows a suite's name: 'MTEB avg (41 tasks)' -> 'MTEB (41 tasks)',
    'SEA-HELM (average)' -> 'SEA-HELM'; a bare 'Average' or 'Overall average' stays."""
    return NAMED_AVERAGE_RE.sub(r"\1", BRACKETS_RE.sub(" ", cell))


METRIC_TAIL_RE = re.compile(r"\s+(?:chrF\+\+|chrF|BLEU|COMET(?:-\d+)?|ROUGE(?:-\w+)?|NDCG@\d+|Spearman|Pearson|V-measure)\s*$", re.I)


def _header_name(cell: str, rec: Recognizer) -> str:
    """The name of a benchmark the gazetteer does not know, from its header: without brackets, an average
    word, its setting or a judge model and scale after it ('JHumanEval pass@1', 'ELYZA-tasks-100 GPT-4o
    judge, 1–5' name 'JHumanEval' and 'ELYZA-tasks-100')."""
    text = re.sub(FOOTNOTE + r"\s*$", "", _unaveraged(cell).strip())
    text = METRIC_TAIL_RE.sub("", text)  # 'IN22-Gen en→xx chrF++': the metric it is scored with
    settings = find_settings(text)
    if settings and settings[0][1] > 0:
        text = text[:settings[0][1]] + text[settings[0][2]:]
    text = _bracketless(text)
    judge = next((m.start for m in rec.find(text) if m.type in ("Model", "Series") and m.start > 0), None)
    text = text[:judge] if judge else text
    return re.split(r",\s", text)[0].strip(" ,-:") or _bracketless(cell)


def _bracketless(text: str) -> str:
    """A cell's name without what it says in brackets: 'MMLU (5-shot)' -> 'MMLU'."""
    return re.sub(r"\s*[\(\[][^)\]]*[\)\]]\s*", " ", text).strip()


def _benchmark_label(cell: str, gaz: Gazetteer, rec: Recognizer) -> tuple[str, str | None] | None:
    """(benchmark label, setting) from a header or first-column cell like 'MMLU (5-shot)'."""
    text = re.sub(FOOTNOTE + r"\s*$", "", cell.strip())
    settings = find_settings(text)
    setting = settings[0][0] if settings else None
    base = _bracketless(text)
    paren = re.search(r"[\(\[]([^)\]]*)[\)\]]", text)
    if paren and not setting and re.fullmatch(r"\s*(?:\d+[- ]shot.*|pass@\d+|maj@\d+|cot|0-shot cot)\s*", paren.group(1), re.I):
        setting = normalise_setting(paren.group(1))
    elif paren and (shots := re.fullmatch(r"\s*(\d{1,2})s\s*(?:[,;]\s*(CoT))?\s*", paren.group(1), re.I)):
        setting = f"{shots.group(1)}-shot" + (" CoT" if shots.group(2) else "")  # 'MMLU (5s)', 'GSM8K (8s, CoT)': harness shorthand
    elif paren and not setting:
        setting = _worded_setting(text)
    if settings and not paren:
        base = (text[:settings[0][1]] + text[settings[0][2]:]).strip(" ,-")
    entry = gaz.lookup(base, ("Benchmark",))
    if entry:
        return entry.label, setting
    # A known name continued by '-Word' is another benchmark ('HumanEval-Mul' is not HumanEval).
    ms = [m for m in rec.find(base) if m.type == "Benchmark" and not re.match(r"-?[A-Za-z]", base[m.end:])]
    if ms and not setting:
        rest = find_settings(base)
        setting = rest[0][0] if rest else None
    if ms and ms[0].start == 0 and (subset := SUBSET_RE.fullmatch(base, ms[0].end)) and \
            not METRIC_WORDS_RE.fullmatch(subset.group(1)):
        return f"{ms[0].label} {subset.group(1)}", setting  # 'MMLU clinical knowledge': a subject of MMLU, not MMLU
    return (ms[0].label, setting) if ms else None


def _worded_setting(label: str) -> str | None:
    """A setting said in words in a label's brackets: 'τ²-bench (retail)', 'Cybench (unguided)', 'AgentHarm
    (refusal rate)'; not a metric, a unit, a modality or a variant ('MMLU (accuracy)', 'MMMU-Pro (vision)')."""
    paren = re.search(r"[\(\[]([^)\]]*)[\)\]]", label)
    if paren and WORDED_SETTING_RE.fullmatch(paren.group(1)) and not METRIC_WORDS_RE.fullmatch(paren.group(1).lower()) \
            and paren.group(1).lower().strip() not in NOT_SETTING_WORDS:
        return paren.group(1).strip()
    return None


# a setting said in words in a label's brackets: one to three words, lower case after the first letter
WORDED_SETTING_RE = re.compile(r"\s*[A-Za-z][a-z-]+(?:\s[a-z][a-z-]*){0,2}\s*")
NOT_SETTING_WORDS = frozenset("elo points pts wer cer chrf bleu anls rouge percent ours new old reported official self-reported "
                              # a modality or a variant of the benchmark is no setting: 'MMMU-Pro (vision)', 'MBPP (base)'
                              "vision text image images video audio multimodal base plus hard easy full lite mini".split()) | \
    {"higher is better", "lower is better"}
SUBSET_RE = re.compile(r"[\s:_-]+([a-z][a-z_]+(?:[\s_-][a-z]+){0,3})\s*")
METRIC_WORDS_RE = re.compile(r"(?:(?:avg|average|overall|mean|score|scores|accuracy|acc|acc_norm|em|f1|exact match|"
                             r"pass rate|rate|results?|strict|loose|subset|split|test|val|dev|all|total)\s*)+")


def _cell_model(cell: str, rec: Recognizer) -> str | None:
    m = _model_in(cell, rec)
    if m:
        return m.label
    text = re.sub(FOOTNOTE + r"\s*$", "", cell).strip()
    text = re.split(r"\s+[·•|—–]\s+", text)[0]  # 'Kestrel-8B Fernleaf AI · Apache-2.0': a name, its lab and licence
    cut = next((m.start for m in rec.find(text) if m.type in ("Lab", "License") and m.start > 0), None)
    text = text[:cut].strip() if cut else text
    text = SOURCE_BRACKET_RE.sub("", text).strip()  # 'vireo-rerank-v2 (this model)', 'rerank-v3.5 (API)'
    if not text or text.endswith(":") or EMPTY_CELL.match(text) or SCORE_CELL.match(text) or len(text.split()) > 6 or \
            not re.search(r"[A-Za-z]", text) or norm_key(text.split()[0]) in rec.not_models:
        return None  # (nor a baseline that is no model: 'BM25 only (no reranking)')
    return re.sub(r"\s+", " ", text)


LABS_SPLIT = re.compile(r"\s*(?:,|;|/|&|\band\b)\s*")
STRENGTH_HEADER = re.compile(r"\b(?:strengths?|speciali[sz](?:ation|ations|ty|ties)|specialit(?:y|ies)|focus|strong in|leads? in|"
                             r"where (?:they|its labs|the labs) leads?|best at|known for)\b", re.I)
LABS_HEADER = re.compile(r"\b(?:labs?|developers?|companies|organi[sz]ations?|players)\b", re.I)


def _region_rows(doc: Document, head: TableRow, body: list[TableRow], gaz: Gazetteer, rec: Recognizer) -> list[Draft] | None:
    """'| Region | Leading labs | Strength |' with a region a row: what each region's labs lead in (each item of
    the strength cell, split at ';' and ','), and the region of every lab its labs cell names. None when the
    table is not one of regions."""
    strength = next((j for j, c in enumerate(head.cells) if j and STRENGTH_HEADER.search(c)), None)
    cells = [r.cells[0] for r in body if r.cells and r.cells[0].strip()]
    regions = [gaz.lookup(re.sub(r"\s*\(.*", "", c).strip(), ("Region",)) for c in cells]
    if strength is None or not cells or sum(1 for r in regions if r) < 0.6 * len(cells):
        return None
    labs_col = next((j for j, c in enumerate(head.cells) if j and j != strength and LABS_HEADER.search(c)), None)
    out = []
    for row in body:
        region = gaz.lookup(re.sub(r"\s*\(.*", "", row.cells[0]).strip(), ("Region",)) if row.cells else None
        if region is None or strength >= len(row.cells):
            continue
        ev = _row_evidence(doc, row, head)
        for item in re.split(r"\s*[;,/]\s*", re.sub(r"\([^)]*\)", "", row.cells[strength])):
            if item.strip(" .") and not EMPTY_CELL.match(item):
                out.append(Draft("specialization", region.label, ev, object=item.strip(" ."), method="table.region-strength",
                                 confidence=0.75))
        if labs_col is not None and labs_col < len(row.cells):
            out += [Draft("lab_region", m.label, ev, object=region.label, method="table.region-labs", confidence=0.75)
                    for m in rec.find(row.cells[labs_col]) if m.type == "Lab"]
    return out


def _row_evidence(doc: Document, row: TableRow, head: TableRow | None = None) -> Evidence:
    text = doc.text[row.start:row.end]
    if head is not None and head.start < row.start:
        text = doc.text[head.start:head.end] + "\n" + text
    return Evidence(text, row.start, row.end)


def _column_kinds(head: TableRow, body: list[TableRow], gaz: Gazetteer, rec: Recognizer) -> dict[int, tuple]:
    kinds: dict[int, tuple] = {}
    for j, cell in enumerate(head.cells):
        bench = _benchmark_label(cell, gaz, rec)
        if j == 0 and not bench and not (ROW_KEY_ATTRIBUTE.match(cell) and len(head.cells) > 2):
            continue  # the first column names the rows, unless it is a lab's ('| Lab | Country | Model |')
        if bench and dict(ATTRIBUTE_COLUMNS)["price"].search(cell):
            kinds[j] = ("price", None, bench[1])
            continue
        if bench:
            kinds[j] = ("score", *bench)
            continue
        attr = next((k for k, rx in ATTRIBUTE_COLUMNS if rx.search(cell)), None) or ("price" if _mostly_dollars(body, j) else None) \
            or ("parameters" if SIZE_ONLY_HEADER.match(cell) and _mostly_sizes(body, j) else None)  # '| TOTAL | ACTIVE |' of sizes
        if attr:
            # a price column's header says per what; an 'Active (params)' column holds active counts
            kinds[j] = (attr, cell if attr in ("price", "parameters") else None, _params_setting(cell) if attr == "parameters" else None)
        elif cell.strip() and not NOT_BENCHMARK.search(_unaveraged(cell)) and _mostly_numeric(body, j):
            settings = find_settings(cell)
            name = _header_name(cell, rec)
            kinds[j] = ("score", name, settings[0][0] if settings else _worded_setting(cell))
    return kinds


def _mostly_dollars(body: list[TableRow], j: int) -> bool:
    """A column of dollar amounts ('Input (per 1M tokens)': '$0.30') is a price column whatever its header."""
    cells = [r.cells[j] for r in body if j < len(r.cells) and not EMPTY_CELL.match(r.cells[j])]
    return bool(cells) and sum(1 for c in cells if DOLLAR_CELL.match(c)) >= 0.6 * len(cells)


# '$0.30', or a local currency with its dollar price in brackets: '₹12 ($0.14)', '€0.25 ($0.27)'
DOLLAR_CELL = re.compile(r"\s*(?:[₹€£¥]\s?|(?:Rs\.?|INR|EUR|GBP|JPY|CNY|RMB)\s?)?(?:[\d,.]+\s*\(\s*)?\$\s?\d")


SIZE_ONLY_HEADER = re.compile(r"^\s*(?:total|active|activated|size|total size|active size)\s*$", re.I)


def _mostly_sizes(body: list[TableRow], j: int) -> bool:
    cells = [r.cells[j] for r in body if j < len(r.cells) and not EMPTY_CELL.match(r.cells[j])]
    return bool(cells) and sum(1 for c in cells if re.fullmatch(r"\s*\d+(?:\.\d+)?\s?[BMT]\s*", c)) >= 0.6 * len(cells)


def _mostly_numeric(body: list[TableRow], j: int) -> bool:
    cells = [r.cells[j] for r in body if j < len(r.cells) and not EMPTY_CELL.match(r.cells[j])]
    return bool(cells) and sum(1 for c in cells if SCORE_CELL.match(c) or PAIR_CELL.match(c)) >= 0.6 * len(cells)


PAIR_CELL = re.compile(r"^\s*\d+(?:\.\d+)?\s*/\s*(?:\d+(?:\.\d+)?|[—–-])\s*$")  # '59.8 / 61.3' (two settings)


def _read_rows(doc, head, body, gaz, rec) -> list[Draft]:
    kinds = _column_kinds(head, body, gaz, rec)
    if not kinds:
        return []
    name_col = _name_column(head, body, rec)
    kinds.pop(name_col, None)
    if not (name_col < len(head.cells) and MODEL_HEADER.match(head.cells[name_col])) and \
            not any(name_col < len(r.cells) and _model_in(r.cells[name_col], rec) for r in body):
        return []  # rows named 'Coding', 'Math' under 'Domain': no model's row, so no model's claims
    # a 'Mode' or 'Setting' column: the setting of the row's scores ('Albatross-VL-8B | thinking | 63.5')
    setting_cols = [j for j in _settings_columns(head, body) if j != name_col and j not in kinds]
    out = []
    for row in body:
        if len(row.cells) <= name_col:
            continue
        model = _cell_model(row.cells[name_col], rec)
        if model is None:
            continue
        ev = _row_evidence(doc, row, head)
        row_setting = _row_setting(head, row, setting_cols) if setting_cols else None
        name_mention = _model_in(row.cells[name_col], rec)
        if name_mention and name_mention.params:
            # in a row that also gives the parameter count, the name's size is stated beside it: that row
            # represents the claim (a sentence naming the model only mentions it)
            stated = any(kind == "parameters" for kind, _, _ in kinds.values())
            out.append(Draft("parameters", model, ev, value=name_mention.params,
                             method="table.name-size-beside-count" if stated else "table.name-size", confidence=0.8))
        paren = PAREN_SIZE_TAIL.search(row.cells[name_col])
        if name_mention and not name_mention.params and paren:  # 'Phi-4 (14B)'
            out.append(Draft("parameters", model, ev, value=parse_size(paren.group(1)), method="table.paren-size", confidence=0.8))
        for m in rec.find(row.cells[name_col]) if re.search(r"\d", model) else ():  # 'Kestrel-8B<br>Fernleaf AI · Apache-2.0'
            if m.type == "Lab" and "developer" not in (k for k, _, _ in kinds.values()):
                out.append(Draft("developer", model, ev, object=m.label, method="table.name-cell-lab", confidence=0.7))
            elif m.type == "License" and "license" not in (k for k, _, _ in kinds.values()):
                out.append(Draft("license", model, ev, object=m.label, method="table.name-cell-license", confidence=0.7))
        if name_mention and name_mention.active:  # 'Kite-2 16B-A2B'
            out.append(Draft("parameters", model, ev, value=name_mention.active, qualifier="active",
                             method="table.name-size", confidence=0.7))
        for j, (kind, label, setting) in kinds.items():
            if j < len(row.cells) and j != name_col and not EMPTY_CELL.match(row.cells[j]):
                pair = _setting_pair(head.cells[j], row.cells[j]) if kind == "score" else None
                if pair:  # '59.8 / 61.3' under 'KMMLU (0-shot / 5-shot)': one score per setting
                    for value, each in pair:
                        out += _cell_claims(kind, model, label, each, value, ev, gaz, rec, "table.rows")
                    continue
                setting = _merge_settings(row_setting, setting) if kind == "score" else setting
                out += _cell_claims(kind, model, label, setting, row.cells[j], ev, gaz, rec, "table.rows")
    return out


# A long-format table: a row per (model, benchmark[, setting]), its figures in one or more value columns
BENCH_COLUMN = re.compile(r"^\s*(?:benchmark|task|eval(?:uation)?|dataset|test)s?\s*$", re.I)
DELTA_HEADER = re.compile(r"^\s*(?:Δ|delta|diff(?:erence)?|change|gap|\+/[-−]|±)\s*(?:\(.*\))?\s*$", re.I)


def _read_long(doc, head, body, gaz, rec, model_col: int, bench_col: int) -> list[Draft]:
    """'| Model | Benchmark | Setting | Kormoran reported | Benchwright | Δ |': every figure of a row is
    the row's model's score on the row's benchmark (each column a party's figure), except differences.
    An empty model cell continues the model above."""
    setting_cols = [j for j in _settings_columns(head, body) if j not in (model_col, bench_col)]
    value_cols = [j for j, c in enumerate(head.cells) if j not in (model_col, bench_col, *setting_cols)
                  and not DELTA_HEADER.match(c) and not NOT_BENCHMARK.search(c) and _mostly_numeric(body, j)]
    out, model = [], None
    for row in body:
        if len(row.cells) <= max(model_col, bench_col):
            continue
        model = _cell_model(row.cells[model_col], rec) or (model if not row.cells[model_col].strip() else None)
        label_cell = row.cells[bench_col]
        bench = _benchmark_label(label_cell, gaz, rec) or (_bracketless(label_cell), None)
        if model is None or not bench[0]:
            continue
        setting = _merge_settings(_row_setting(head, row, setting_cols), bench[1]) if setting_cols else bench[1]
        ev = _row_evidence(doc, row, head)
        for j in value_cols:
            if j < len(row.cells) and not EMPTY_CELL.match(row.cells[j]):
                out += _cell_claims("score", model, bench[0], setting, row.cells[j], ev, gaz, rec, "table.long")
    return out


# A column named for its measure, not its benchmark: 'Resolved', 'Score (pass@1)', 'Accuracy'
GENERIC_METRIC = re.compile(r"^\s*(?:%\s*)?(?:score|resolved|resolve rate|accuracy|pass rate|success rate)\s*"
                            r"(?:\((?P<setting>[^)]*)\))?\s*$", re.I)


def _name_metric_columns(doc: Document, table: Table, head: TableRow, rec: Recognizer) -> TableRow:
    """Such a column is the benchmark the text above the table (since the table before) names, when it
    names one ('TIDEWATER AGENT BOARD (SWE-bench Verified)'), else no benchmark's: its cells are no scores."""
    first = table.rows[0].start
    after = max((t.rows[-1].end for t in doc.tables if t.rows and t.rows[-1].end <= first), default=0)
    above = " ".join(b.text for b in [b for b in doc.blocks if after <= b.start and b.end <= first][-4:])
    named = {m.label for m in rec.find(f"{above} {table.caption or ''}") if m.type == "Benchmark"}
    bench = named.pop() if len(named) == 1 else None
    cells = []
    for c in head.cells:
        m = GENERIC_METRIC.match(c)
        if m:
            c = "Rank" if bench is None else f"{bench} ({m.group('setting')})" if m.group("setting") else bench
        cells.append(c)
    return TableRow(tuple(cells), head.start, head.end, True)


def _text_above(doc: Document, table: Table) -> str:
    """The paragraphs between the table before and this one (the last four) and this table's caption."""
    first = table.rows[0].start
    after = max((t.rows[-1].end for t in doc.tables if t.rows and t.rows[-1].end <= first), default=0)
    return " ".join(b.text for b in [b for b in doc.blocks if after <= b.start and b.end <= first][-4:]) + " " + (table.caption or "")


SETTING_SPLIT = re.compile(r"^\s*(?P<split>[A-Z][a-z]+)?\s*\(?\s*(?P<setting>[^()]+?)\s*\)?\s*$")
# 'Full StepProof Leaderboard', 'StepProof accuracy as a fraction': the benchmark a results table is about
RESULTS_OF_RE = re.compile(r"\b([A-Z][a-z]*[A-Z][\w-]*|[A-Z][\w]*-[\w-]+)\s+(?i:leaderboard|accuracy|results|scores|score)\b")


def _setting_only(cell: str) -> bool:
    """'0-shot', 'pass@1', 'Hard (0-shot)': a column header that names a setting (of a split) and no benchmark."""
    m = SETTING_SPLIT.match(cell)
    found = find_settings(cell)
    return bool(m and found and len(found) == 1 and found[0][0] and m.group("setting") and
                normalise_setting(m.group("setting")) == found[0][0])


def _name_setting_columns(doc: Document, table: Table, head: TableRow, rec: Recognizer) -> TableRow:
    """Columns named only by settings ('| Model | 0-shot | 3-shot | Hard (0-shot) |') are the benchmark the text
    above the table is about, each in its setting (a split's name kept: 'StepProof Hard')."""
    above = _text_above(doc, table)
    named = list(dict.fromkeys(m.label for m in rec.find(above) if m.type == "Benchmark"))
    shaped = list(dict.fromkeys(RESULTS_OF_RE.findall(f"{above}")))
    bench = named[0] if len(named) == 1 else shaped[0] if len(shaped) == 1 and not named else None
    if bench is None:
        return head
    cells = []
    for c in head.cells:
        m = SETTING_SPLIT.match(c) if _setting_only(c) else None
        cells.append(f"{bench}{' ' + m.group('split') if m.group('split') else ''} ({m.group('setting')})" if m else c)
    return TableRow(tuple(cells), head.start, head.end, True)


def _intro_benchmark(doc: Document, table: Table, rows: list[TableRow], gaz: Gazetteer, rec: Recognizer) -> str | None:
    """The one benchmark the paragraph right above a headerless two-column table of models and figures
    names (ending in ':'), as written there."""
    if any(len(r.cells) != 2 for r in rows) or not all(SCORE_CELL.match(r.cells[1]) or EMPTY_CELL.match(r.cells[1]) for r in rows) \
            or not all(_model_in(r.cells[0], rec) or re.search(r"\d", r.cells[0]) for r in rows):
        return None
    intro = next((b for b in reversed(doc.blocks) if b.end <= rows[0].start), None)
    if intro is None or not intro.text.rstrip().endswith(":") or rows[0].start - intro.end > 4:
        return None
    named = {m.label for m in rec.find(intro.text) if m.type == "Benchmark"}
    if len(named) == 1:
        return named.pop()
    local = re.findall(r"\b([A-Z][\w]*(?:-[\w]+)+|[A-Z][a-z]*[A-Z][\w-]*)\s+(?:results|scores)\b", intro.text)
    return local[0] if len(set(local)) == 1 and not named else None


def _setting_pair(header: str, cell: str) -> list[tuple[str, str]] | None:
    """A cell of two values under a header naming two settings split by a slash: [(value, setting), ...]."""
    values = re.fullmatch(r"\s*(\S+)\s*/\s*(\S+)\s*", cell)
    if not values or " / " not in header and "/" not in header:
        return None
    found = find_settings(header)
    if len(found) == 2 and re.fullmatch(r"\s*/\s*", header[found[0][2]:found[1][1]]):
        return [(v, s) for v, (s, _, _) in zip(values.groups(), found) if not EMPTY_CELL.match(v)]
    sides = BRACKET_PAIR.search(header)  # 'Video-MME (w/o subs / w subs)': two settings the harness has no name for
    if sides is None:
        return None
    return [(v, _side_name(side)) for v, side in zip(values.groups(), sides.groups()) if not EMPTY_CELL.match(v)]


BRACKET_PAIR = re.compile(r"[\(\[]([^()\[\]]{1,40}?)\s+/\s+([^()\[\]]{1,40}?)[\)\]]")


def _side_name(text: str) -> str:
    """A setting as a bracket pair writes it: a known one by its name, 'w/o subs' as 'without subs'."""
    found = find_settings(text)
    if found and found[0][1] == 0 and found[0][2] >= len(text.strip()) - 1:
        return found[0][0]
    return re.sub(r"^w/o\b", "without", re.sub(r"^w/\s*|^w\s+", "with ", text.strip()))


def _lab_regions(drafts: list[Draft]) -> list[Draft]:
    """A 'Country' cell is where the developer of its model is: 'Mistral Small 3.1 | Mistral AI | France'
    gives Mistral AI's region (each lab's, when the cell names several); with no developer beside it, nothing
    (a model has no country)."""
    labs: dict[tuple, list[str]] = {}
    by_model: dict[str, list[str]] = {}  # a 'Developer' row of a column table
    for d in drafts:
        if d.kind == "developer":
            labs.setdefault((d.subject, d.evidence.start), []).append(d.object)
            by_model.setdefault(d.subject, []).append(d.object)
    out = []
    for d in drafts:
        if d.kind == "lab_region":
            out += [replace(d, subject=lab) for lab in labs.get((d.subject, d.evidence.start)) or by_model.get(d.subject, [])]
            continue
        out.append(d)
    return out


def _name_column(head: TableRow, body: list[TableRow], rec: Recognizer) -> int:
    """The column naming the models: headed 'Model', else the one with most model names."""
    for j, cell in enumerate(head.cells):
        if MODEL_HEADER.match(cell):
            return j
    width = max(len(r.cells) for r in body)
    counts = [sum(1 for r in body if j < len(r.cells) and _model_in(r.cells[j], rec)) for j in range(width)]
    return max(range(width), key=lambda j: (counts[j], -j)) if any(counts) else 0


def _settings_columns(head: TableRow, body: list[TableRow]) -> list[int]:
    """Columns of evaluation settings ('Setting': '5-shot', 'Metric': 'pass@1', 'Shots': '5'), by header,
    else the one whose every cell is a setting."""
    named = [j for j, cell in enumerate(head.cells) if SETTING_HEADER.match(cell)]
    if named:
        return named
    for j in range(1, len(head.cells)):
        cells = [r.cells[j] for r in body if j < len(r.cells) and r.cells[j].strip()]
        if cells and all(_whole_setting(c) for c in cells):
            return [j]
    return []


def _whole_setting(cell: str) -> str | None:
    found = find_settings(cell)
    return found[0][0] if len(found) == 1 and len(cell.strip()) <= found[0][2] - found[0][1] + 4 else None


def _label_column(head: TableRow, body: list[TableRow], gaz: Gazetteer, rec: Recognizer) -> tuple[int, int]:
    """(benchmark column, first model column) of a models-as-columns table.

    Report tables put a group column ("English", "Code") and a settings column ("# Shots") before
    the models; the benchmark column is the leading one with most benchmark names.
    """
    first_model = next((j for j, c in enumerate(head.cells) if j > 0 and _model_in(c, rec)), 1)
    while first_model > 1 and (c := head.cells[first_model - 1]).strip() and not SETTING_HEADER.match(c) and \
            not _benchmark_label(c, gaz, rec) and _mostly_numeric(body, first_model - 1):
        first_model -= 1  # a model the recogniser does not know, before the known ones: 'pumice-5 14b | qwen3 14b'
    def rank(j):
        cells = [r.cells[j] for r in body if j < len(r.cells) and r.cells[j].strip() and not EMPTY_CELL.match(r.cells[j])]
        return (sum(1 for c in cells if _benchmark_label(c, gaz, rec)), len(cells), -j)
    return max(range(first_model), key=rank), first_model


# A group cell naming a language before a models-as-columns table's benchmark ('French | Arc-C | 54.3 | ...');
# not English or Chinese: report tables group benchmarks by them as categories (DeepSeek-V3, Qwen)
LANGUAGE_CELL = re.compile(r"^\s*(?:French|German|Spanish|Italian|Portuguese|Dutch|Russian|Japanese|Korean|"
                           r"Arabic|Hindi|Turkish|Polish|Vietnamese|Indonesian|Thai|Swedish)\s*$", re.I)
SHOTS_HEADER = re.compile(r"^\s*(?:#\s*|n[- ])?shots?\s*$", re.I)
METRIC_HEADER = re.compile(r"^\s*metrics?\s*$", re.I)
PLAIN_METRIC = re.compile(r"^\s*(?:acc|accuracy)\s*$", re.I)  # the default metric qualifies nothing


def _row_setting(head: TableRow, row: TableRow, columns: list[int]) -> str | None:
    """One setting from a row's settings cells: shots first ('5' under 'Shots' is '5-shot'), then the metric."""
    parts = []
    for j in columns:
        cell = row.cells[j] if j < len(row.cells) else ""
        if EMPTY_CELL.match(cell) or PLAIN_METRIC.match(cell):
            continue
        shots = re.fullmatch(r"\s*(\d+(?:\s*[-–]\s*\d+)?)\s*(?:\(\s*(CoT|chain[- ]of[- ]thought)\s*\))?\s*", cell, re.I)
        if SHOTS_HEADER.match(head.cells[j]) and shots:  # '5' or '5 (CoT)' under 'Shots': '5-shot', '5-shot CoT'
            parts.insert(0, "".join(shots.group(1).split()) + "-shot" + (" CoT" if shots.group(2) else ""))
        else:
            # 'acc (CoT)': the default metric with a setting in brackets is the setting
            cell = re.sub(r"^\s*(?:acc|accuracy)\s*\(\s*([^)]+?)\s*\)\s*$", r"\1", cell, flags=re.I)
            setting = _whole_setting(cell) or (normalise_setting(cell) if not METRIC_HEADER.match(head.cells[j]) else None)
            if setting is None:  # under 'Metric': 'em', 'acc_char', 'macro_avg/acc' are how it is read, not a setting
                found = find_settings(cell) + ([("CoT", 0, 0)] if re.search(r"\bCoT\b", cell, re.I) else []) + \
                    ([("acc_norm", 0, 0)] if re.fullmatch(r"\s*acc_norm\s*", cell) else [])  # length-normalised: another number
                setting = found[0][0] if found else None
            setting = "CoT" if setting == "cot" else setting
            parts.insert(0, setting) if setting and "shot" in setting else parts.append(setting)  # shots first
    return " ".join(p for p in parts if p) or None


def _merge_settings(row: str | None, label: str | None) -> str | None:
    """A settings column's setting with the one in the benchmark's label: '5' under 'Shots' beside
    'MMLU-Pro (CoT)' is '5-shot CoT'; the label's own shot count wins over the column's."""
    if not row or not label:
        return label or row
    label = "CoT" if label == "cot" else label
    if "shot" in label or label.lower() in row.lower():
        return label
    return f"{row} {label}"


def _read_columns(doc, head, body, gaz, rec) -> list[Draft]:
    label_col, first_model = _label_column(head, body, gaz, rec)
    setting_cols = _settings_columns(head, body)
    modes = _column_modes(head.cells)
    names = [PAIR_TAIL.sub("", c) for c in head.cells]  # 'Corvid-3-70B thinking / non-thinking': the model's name
    models = {j: _cell_model(modes[j][0] if j in modes else c, rec) for j, c in enumerate(names)
              if j >= first_model and j not in setting_cols}
    out = []
    for j, model in models.items():
        named = _model_in(modes[j][0] if j in modes else names[j], rec)
        if model and named and named.params:
            out.append(Draft("parameters", model, _row_evidence(doc, head), value=named.params,
                             method="table.name-size", confidence=0.8))
        lab = next((m for m in rec.find(head.cells[j]) if m.type == "Lab"), None) if model and named else None
        if lab and lab.start >= named.end:  # 'Gemma 3 27B<br><small>Google</small>': the column's model and its lab
            out.append(Draft("developer", model, _row_evidence(doc, head), object=lab.label, method="table.header-lab",
                             confidence=0.75))
    for row in body:
        if len(row.cells) <= label_col:
            continue
        label_cell = row.cells[label_col]
        bench = _benchmark_label(label_cell, gaz, rec)
        attr = next((k for k, rx in ATTRIBUTE_COLUMNS if rx.search(label_cell)), None)
        if bench is None and attr is None:
            if NOT_BENCHMARK.search(_unaveraged(label_cell)) or not label_cell.strip():  # not 'SEA-HELM (average)'
                continue
            name = _header_name(label_cell, rec)
            settings = find_settings(label_cell)
            bench = (name, settings[0][0] if settings else _worded_setting(label_cell))
        if bench and setting_cols:
            bench = (bench[0], _merge_settings(_row_setting(head, row, setting_cols), bench[1]))
        language = next((c.strip().title() for c in row.cells[:label_col] if LANGUAGE_CELL.match(c)), None)
        if bench and language:  # 'French | Arc-C | ...': the benchmark's French version
            bench = (bench[0], f"{language} {bench[1]}" if bench[1] else language)
        kind, label, setting = ("score", *bench) if bench else (attr, None, None)
        if kind == "parameters":
            setting = _params_setting(label_cell)  # a '# Activated Params' row
        ev = _row_evidence(doc, row, head)
        for j, model in models.items():
            if model and j < len(row.cells) and not EMPTY_CELL.match(row.cells[j]):
                pair = (_column_setting_pair(head.cells[j], row.cells[j], rec) or _setting_pair(label_cell, row.cells[j])) \
                    if kind == "score" else None
                if pair:  # '79.6 / 31.2' under 'Corvid-3-70B thinking / non-thinking', in 'Video-MME (w/o subs / w subs)'s row
                    for value, each in pair:
                        out += _cell_claims(kind, model, label, each, value, ev, gaz, rec, "table.columns")
                    continue
                mode = modes[j][1] if j in modes and kind == "score" else None
                out += _cell_claims(kind, model, label, f"{setting} {mode}" if setting and mode else setting or mode,
                                    row.cells[j], ev, gaz, rec, "table.columns")
    return out


PAIR_TAIL = re.compile(r"\s+\(?\s*([A-Za-z][\w@-]*(?: [\w@-]+){0,2})\s*/\s*([A-Za-z][\w@-]*(?: [\w@-]+){0,2})\s*\)?\s*$")


def _column_setting_pair(header: str, cell: str, rec: Recognizer) -> list[tuple[str, str]] | None:
    """A cell of two values under a model's header naming two settings after the name ('X thinking / non-thinking')."""
    values = re.fullmatch(r"\s*(\S+)\s*/\s*(\S+)\s*", cell)
    sides = PAIR_TAIL.search(header) if values else None
    if sides is None or _model_in(header[:sides.start()], rec) is None:
        return None
    return [(v, normalise_setting(side)) for v, side in zip(values.groups(), sides.groups()) if not EMPTY_CELL.match(v)]


# A model's reasoning mode in its column's header: 'Qwen3-8B (thinking)', 'X Non-thinking' beside 'X Thinking'
MODE_BRACKET = re.compile(r"^(.*?\S)\s*\(\s*((?:non-)?(?:thinking|reasoning))(?:\s+mode)?\s*\)\s*$", re.I)
MODE_WORD = re.compile(r"^(.*?\S)\s+((?:non-)?(?:thinking|reasoning))(?:\s+mode)?\s*$", re.I)


def _column_modes(cells) -> dict[int, tuple[str, str]]:
    """Columns holding one model in one mode: {column: (model cell, 'thinking'|'non-thinking'|...)}. A
    bare trailing word is a mode only when the same model also has a column in the other mode ('Kimi K2
    Thinking' alone is a model's name)."""
    out = {}
    words = {j: m for j, c in enumerate(cells) if (m := MODE_WORD.match(c))}
    for j, cell in enumerate(cells):
        if m := MODE_BRACKET.match(cell):
            out[j] = (m.group(1), m.group(2).lower())
        elif j in words:
            base, mode = words[j].group(1), words[j].group(2).lower()
            other = mode[4:] if mode.startswith("non-") else "non-" + mode
            if any(k != j and w.group(1) == base and w.group(2).lower() == other for k, w in words.items()):
                out[j] = (base, mode)
    return out


def _cell_claims(kind, model, label, setting, cell, ev, gaz, rec, method) -> list[Draft]:
    if kind == "score":
        m = SCORE_CELL.match(cell)
        if not m:
            return []
        q = setting
        if m.group(3) and find_settings(m.group(3)):
            q = find_settings(m.group(3))[0][0]
        return [Draft("score", model, ev, benchmark=label, value=float(m.group(1).replace(",", "")), unit="%" if m.group(2) else None,
                      qualifier=q, method=method, confidence=0.9)]
    if kind == "parameters":
        drafts = _param_cell(model, cell, ev, method)
        scale = HEADER_SCALE.search(label or "")
        bare = re.fullmatch(r"\s*(\d[\d,]*(?:\.\d+)?)\s*(?:\(\s*(\d+(?:\.\d+)?)\s+active\s*\))?\s*", cell)
        if not drafts and scale and bare:  # '30.5' under 'Params (B)'; '671 (37 active)' under 'Parameters (billion)'
            unit = {"b": 1e9, "m": 1e6, "t": 1e12}[scale.group(1)[0].lower()]
            drafts = [Draft("parameters", model, ev, value=float(bare.group(1).replace(",", "")) * unit,
                            method=method + ".parameters", confidence=0.8)]
            if bare.group(2):
                drafts.append(Draft("parameters", model, ev, value=float(bare.group(2)) * unit, qualifier="active",
                                    method=method + ".parameters", confidence=0.8))
                return drafts
        if setting in ("total/active", "active/total") and len(drafts) == 2:  # '310B / 24B' under 'Params (total / active)'
            for d, side in zip(drafts, setting.split("/")):
                d.qualifier = "active" if side == "active" else None
            return drafts
        for d in drafts:
            d.qualifier = d.qualifier or (setting if setting == "active" else None)
        return drafts
    if kind == "license":
        return _license_cell(model, cell, ev, gaz, rec, method)
    if kind == "developer":
        place = re.search(r"\s*\(([^()]{2,50})\)\s*$", cell)  # 'Cuarzo Labs (Montevideo, Uruguay)': the lab and where it is
        if place and (country := gaz.lookup(place.group(1).split(",")[-1].strip(), ("Region",)) or
                      (gaz.cities.get(place.group(1).strip()) and gaz.lookup(gaz.cities[place.group(1).strip()], ("Region",)))):
            name = re.sub(r"\s+", " ", cell[:place.start()].strip())
            lab = gaz.lookup(name, ("Lab",))
            name = lab.label if lab else name
            return [Draft("developer", model, ev, object=name, method=method + ".developer", confidence=0.85),
                    Draft("lab_region", model, ev, object=country.label, method=method + ".developer-place", confidence=0.75)]
            # (a lab_region draft names the model; _lab_regions gives it to the model's developer)
        lab = gaz.lookup(cell.strip(), ("Lab",))
        names = [lab.label] if lab else [n for n in (re.sub(r"\s+", " ", p.strip()) for p in LABS_SPLIT.split(cell)) if n] \
            if LABS_SPLIT.search(cell) and not re.search(r",\s*(?:Inc|Ltd|LLC|Co|Corp|GmbH|S\.?A)\b", cell) else \
            [re.sub(r"\s+", " ", cell.strip())]  # 'Inception, MBZUAI': each lab
        return [Draft("developer", model, ev, object=n, method=method + ".developer", confidence=0.85) for n in names if n]
    if kind == "price":
        return _price_cell(model, label or "", cell, setting, ev, method)
    if kind == "lab_region":
        cell = FLAG_RE.sub("", cell).strip()  # '🇨🇳 China'
        regions = [gaz.lookup(REGION_ABBREVIATIONS.get(c.strip().lower(), c.strip()), ("Region",))
                   for c in ([cell] + (LABS_SPLIT.split(cell) if LABS_SPLIT.search(cell) else []))]
        regions = regions[:1] if regions[0] else [r for r in regions[1:] if r]  # 'United Kingdom, United States'
        return [Draft("lab_region", model, ev, object=r.label, method=method + ".lab-region", confidence=0.8) for r in regions]
    if kind == "release":
        month = re.fullmatch(r"\s*(0?[1-9]|1[0-2])\s*/\s*((?:19|20)\d\d)\s*|\s*((?:19|20)\d\d)-(0[1-9]|1[0-2])\s*", cell)
        if month:  # '07/2024', '2024-07': a month
            return [Draft("release", model, ev, object=f"{month.group(2)}-{int(month.group(1)):02d}" if month.group(1)
                          else f"{month.group(3)}-{month.group(4)}", method=method + ".release", confidence=0.85)]
        date = parse_date(cell)
        return [Draft("release", model, ev, object=date[0], method=method + ".release", confidence=0.85)] if date else []
    return []


# the unit of a parameters column's bare numbers: 'Params (B)', 'params total b', 'Size (billions)'
HEADER_SCALE = re.compile(r"(?:\(\s*|\bin\s+|\s)(B|M|T|billions?|millions?|trillions?)\s*\)?\s*(?:\[\w{1,3}\])?\s*$", re.I)
FLAG_RE = re.compile(r"[\U0001f1e6-\U0001f1ff]")
REGION_ABBREVIATIONS = {"s. korea": "South Korea", "nz": "New Zealand", "n. zealand": "New Zealand", "u.s.": "United States",
                        "u.s.a.": "United States", "u.k.": "United Kingdom", "sg": "Singapore", "kr": "South Korea"}
PER_TOKENS = re.compile(r"(?:per|/)\s*(?:1\s?M|1\s?mn|one million|1 million|million|M|1,000,000|mtok)\b|\bper\s+(?:1\s?M|1\s?mn|million)", re.I)
PRICE_SIDES = (("input", re.compile(r"\b(?:input|prompt)\b|^\s*in\b|\bin\s*/\s*out\b", re.I)),  # '(in / out)' too
               ("output", re.compile(r"\b(?:output|completion)\b|^\s*out\b|\bin\s*/\s*out\b", re.I)))
USD_HEADER = re.compile(r"\$|\busd\b|\bdollars?\b", re.I)


def _price_cell(model, header: str, cell: str, setting, ev, method) -> list[Draft]:
    """Dollar amounts of a price cell; the header gives the unit ('$/1M tokens') and the side.

    A header naming both sides ('Input / Output') with two amounts in the cell gives one of each;
    one amount under such a header (a row with no split) is a price with no side.
    """
    amounts = [float(m.group(1).replace(",", "")) for m in re.finditer(r"\$\s?(\d[\d,]*(?:\.\d+)?)", cell)]
    if not amounts and USD_HEADER.search(header) and \
            (bare := re.fullmatch(r"\s*(\d[\d,]*(?:\.\d+)?)\s*(?:/\s*(\d[\d,]*(?:\.\d+)?)\s*)?", cell)):
        # '0.40' under 'in_usd_per_m' or 'Input ($/1M)', '0.90 / 2.70' under 'Price, input / output ($ per 1mn tokens)'
        amounts = [float(g.replace(",", "")) for g in bare.groups() if g]
    elif not amounts or not DOLLAR_CELL.match(cell):
        return []
    per_tokens = bool(PER_TOKENS.search(header) or PER_TOKENS.search(cell))
    unit = "USD/1M tokens" if per_tokens else "USD"
    side_only = re.fullmatch(r"\s*(?:input|output|prompt|completion)s?\s*", header, re.I)  # 'Input' over '₹12 ($0.14)'
    sides = [name for name, rx in PRICE_SIDES if rx.search(header)] if per_tokens or side_only else []
    if len(sides) == 2 and len(amounts) == 2:
        pairs = list(zip(amounts, sides))
    elif len(sides) == 1:
        pairs = [(amounts[0], sides[0])]
    else:
        pairs = [(amounts[0], None if per_tokens else setting)]
    return [Draft("price", model, ev, value=value, unit=unit, qualifier=side, method=method + ".price", confidence=0.8)
            for value, side in pairs]


def _params_setting(label: str) -> str | None:
    """What a parameters column or row header says its counts are: 'active' ('# Activated Params'),
    'total/active' or 'active/total' (two counts per cell, in that order), else None (totals)."""
    total, active = re.search(r"\btotal", label, re.I), re.search(r"\bact(?:iv|\.|\b)", label, re.I)  # "act." too
    if total and active:
        return "total/active" if total.start() < active.start() else "active/total"
    return "active" if active else None


def _param_cell(model, cell, ev, method) -> list[Draft]:
    out = []
    for m in re.finditer(r"(\d+(?:\.\d+)?)\s?(B|M|T|bn|tn|billion|million|trillion)\b(\s*active)?(\s*total)?", cell):
        scale = {"b": 1e9, "m": 1e6, "t": 1e12}[m.group(2)[0].lower()]
        value = float(m.group(1)) * scale
        active = bool(m.group(3)) or bool(re.match(r"\s*\)?\s*active", cell[m.end():]) and not m.group(4))
        out.append(Draft("parameters", model, ev, value=value, qualifier="active" if active else None,
                         method=method + ".parameters", confidence=0.85))
    return out


def _license_cell(model, cell, ev, gaz, rec, method) -> list[Draft]:
    text = re.sub(FOOTNOTE + r"\s*$", "", cell).strip()
    if OPENNESS.match(text):
        return []
    entry = gaz.lookup(text, ("License",))
    found = [m for m in rec.find(text) if m.type == "License"]
    if found and not found[0].known and found[0].end == len(text) and re.fullmatch(r"(?:[A-Z][\w.&-]*\s+){1,2}", text[:found[0].start]):
        found = []  # 'TII Falcon Licence': the cell's whole name, its owner's before the licence's
    name = entry.label if entry else (found[0].label if found else re.sub(r"\s+", " ", text))
    return [Draft("license", model, ev, object=name, method=method + ".license", confidence=0.85)]
