"""Plain text and Markdown to a Document: headings, paragraphs, list items and tables.

The dev-set articles are text dumps of web pages: one paragraph per line, headings as short
title-like lines, bullets ("•", "-", "*"), and Markdown pipe tables. Markdown files read the same way,
with `#` headings and paragraphs that may wrap over several lines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from claimgraph.model import Document, RawDocument
from claimgraph.sources.document import DocumentBuilder, collapse_whitespace

_ATX_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT_UNDERLINE = re.compile(r"^(=+|-+)\s*$")
_RULE = re.compile(r"^([-*_=])(\s*\1){2,}\s*$")
# a list bullet: a symbol, a number, or an emoji as posts use them ('🔹 ', '📈 ', '✅ ', '1️⃣ ')
_BULLET = re.compile(r"^(?:[•●▪◦‣·∙*+\-–—]|\d{1,3}[.)]|\d\ufe0f?\u20e3|[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff"
                     r"\U0001f300-\U0001faff][\ufe0f\U0001f3fb-\U0001f3ff]?)\s+(?=\S)")
_PIPE_SPLIT = re.compile(r"(?<!\\)\|")
_SEPARATOR_CELL = re.compile(r"^:?-+:?$")
_FLAT_CELL_SPLIT = re.compile(r"\t+|\s{2,}")
_INNER_SENTENCE_END = re.compile(r"[.!?] [A-Z]")
_SENTENCE_END = (".", "!", "?", ":", ";", ",", "…")
_INLINE_MARKUP = (
    (re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)"), r"\1"),  # [text](url), ![alt](src)
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # **strong**, __strong__
    (re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])"), r"\1"),  # *emphasis*
    (re.compile(r"(?<!\w)_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?!\w)"), r"\1"),  # _emphasis_
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # `code`
    (re.compile(r"(?<=\S)\^(?:[*†‡§¶#]\^?|(?:\d{1,2}|[a-z])\^)(?=[\s,;.)]|$)"), ""),  # Pandoc marks: 73.3^†^, Licence^a^ (not 10^9)
    (re.compile(r"<sup>\s*[^<\s]{1,3}\s*</sup>", re.I), ""),  # footnote marks: <sup>2</sup> after 40.8 is not 40.82
    (re.compile(r"<br\s*/?>", re.I), " "),
    (re.compile(r"</?(?:u|b|i|em|strong|small|mark|ins|del|s|span|sub|sup)\b[^>]{0,200}>", re.I), ""),  # inline HTML
    # HTML a card writes around its text (a centred banner, a link, a collapsible section): the tags go,
    # their text stays; an image has none (its file name is no sentence)
    (re.compile(r"</?(?:a|p|div|center|img|picture|source|details|summary|h[1-6]|hr|figure|figcaption|video|iframe)"
                r"(?:\s[^>]{0,500})?/?>", re.I), " "),
)
_MAX_HEADING_CHARS = 100
_WRAPPED_LINE_CHARS = 60
_OPEN_WORDS = frozenset("a an the of than to and or by on in for with from as at its their our his her is are was were "
                        "be been that which who whose into over under between against".split())
_MAX_HEADING_WORDS = 14
_MIN_FLAT_TABLE_ROWS = 3
_PSQL_RULE = re.compile(r"^[-=]{3,}(?:[+|][-=]{3,})+[+|]?$")  # '-----+------+-----'
_ALIGNED_GAP = re.compile(r"\S(?: {2,}|\t)\S")
_ALIGNED_RULE = re.compile(r"^\s*(?=.*[-=_─━═]{3})[-=_─━═+|: ]+$")
_ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")
_ALIGNED_VALUE = re.compile(r"^(?:[-+−]?\$?\d[\d,]*(?:\.\d+)?(?:%|[KMBT](?![a-z]))?(?:\s*±\s*\d+(?:\.\d+)?)?[*†‡§¹²³]*|[-–—]|[nN]/?[aA])$")  # (a size in capitals, '32.5B', not a name's '14b')
_MAX_ALIGNED_LINES = 2000
_MAX_FLAT_CELL_CHARS = 60


@dataclass
class _State:
    """Reading position plus the paragraph lines waiting to be joined."""

    lines: list[str]
    index: int = 0
    pending: list[str] | None = None
    title: str | None = None
    published: str | None = None  # the front matter's date ('date: 2025-10-27'), as an ISO date
    no_aligned_table_until: int = 0  # lines a failed try at a space-aligned table already covered
    markdown: bool = False  # lines of a Markdown paragraph run on until a blank line


def parse_text(raw: RawDocument, text: str) -> Document:
    """Parse decoded plain text or Markdown.

    Args:
        raw: the fetched document (for source id, media type and hash).
        text: its decoded text.
    Returns:
        The Document with blocks and tables in reading order.
    """
    builder = DocumentBuilder()
    state = _State(lines=[line.rstrip() for line in text.splitlines()], markdown=raw.media_type == "text/markdown")
    _read_front_matter(state, builder)
    while state.index < len(state.lines):
        _read_next(state, builder)
    _flush_paragraph(state, builder)
    return builder.build(raw, title=_pick_title(state, builder), published=state.published or _header_date(state.lines))


_FRONT_MATTER_FIELD = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(\S.*)$")
_DATE_FIELDS = frozenset({"date", "published", "pubdate", "published_at", "publish_date", "created"})
_FRONT_MATTER_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MAX_FRONT_MATTER_LINES = 5000  # a model card's `model-index:` lists every result: hundreds of lines
_MAX_MODEL_INDEX_CHARS = 500_000


_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_HEADER_DATE = re.compile(r"^[^\n]{0,60}?\b(?:date|posted|published|sent|issue|edition)\b[^\n]{0,40}?(?:(\d{4})-(\d{2})-(\d{2})|"
                          r"([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4}))", re.I)


def _header_date(lines: list[str]) -> str | None:
    """A text's date from a header line near its top ('Date: Thu, 6 Nov 2025', 'Posted Nov 4, 2025'), ISO."""
    for line in lines[:10]:
        m = _HEADER_DATE.match(line)
        if not m:
            continue
        if m.group(1):
            return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
        month_name, day, year = (m.group(4), m.group(5), m.group(6)) if m.group(4) else (m.group(8), m.group(7), m.group(9))
        month = _MONTHS.get(month_name[:3].lower())
        if month and 1 <= int(day) <= 31:
            return f"{year}-{month:02d}-{int(day):02d}"
    return None


def _read_front_matter(state: _State, builder: DocumentBuilder) -> None:
    """YAML front matter (a model card's `license: apache-2.0`): one item per `key: value` line.

    Nested lists and maps (`language:` then `- en`) are skipped: only scalar fields are read.
    """
    lines = state.lines
    if not lines or lines[0].strip() != "---":
        return
    end = next((i for i in range(1, min(len(lines), _MAX_FRONT_MATTER_LINES)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        return
    for line in lines[1:end]:
        match = _FRONT_MATTER_FIELD.match(line)  # indented lines (nested values) do not match
        if match:
            value = match.group(2).strip().strip("'\"")
            builder.add_block("item", f"{match.group(1)}: {value}")
            if match.group(1).lower() in _DATE_FIELDS and (day := _FRONT_MATTER_DATE.match(value)):
                state.published = state.published or day.group(0)  # a post's date: what its "on Tuesday" means
    if any(line.startswith("model-index:") for line in lines[1:end]):
        for table in _model_index_tables("\n".join(lines[1:end])):
            builder.add_table(table, caption="model-index")
    state.index = end + 1


def _model_index_tables(front_matter: str) -> list[list[tuple[list[str], bool]]]:
    """A card's `model-index` results as tables, one per model: ('Benchmark', name) then one
    (dataset name, value) row per result ('IFEval (0-Shot)', '79.3'), which the table readers read as
    any results table. Front matter that is not YAML, or too large, gives none."""
    if len(front_matter) > _MAX_MODEL_INDEX_CHARS:
        return []
    import yaml  # only for cards that have a model-index

    try:
        data = yaml.safe_load(front_matter)
    except yaml.YAMLError:
        return []
    tables = []
    for model in (data.get("model-index") or []) if isinstance(data, dict) else []:
        if not isinstance(model, dict) or not isinstance(model.get("name"), str):
            continue
        rows = []
        for result in model.get("results") or []:
            dataset = result.get("dataset") if isinstance(result, dict) else None
            name = dataset.get("name") if isinstance(dataset, dict) else None
            args = dataset.get("args") if isinstance(dataset, dict) else None
            shots = next((args[k] for k in ("num_few_shot", "num_fewshot", "n_shot", "n_shots", "shots")
                          if isinstance(args, dict) and isinstance(args.get(k), int)), None)
            if isinstance(name, str) and shots is not None and "shot" not in name.lower():
                name = f"{name} ({shots}-shot)"  # the `args` of the result: 'num_few_shot: 5'
            for metric in (result.get("metrics") or []) if isinstance(name, str) else []:
                value = metric.get("value") if isinstance(metric, dict) else None
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    kind = metric.get("type")  # 'type: pass@1': the setting, when the name has none
                    label = f"{name} ({kind})" if isinstance(kind, str) and re.fullmatch(r"(?:pass|maj|avg)@\d+", kind) \
                        and "(" not in name else name
                    rows.append(([label, format(value, "g")], False))
                    break  # the first metric of a result is its headline
        if rows:
            tables.append([(["Benchmark", model["name"]], True)] + rows)
    return tables


def _read_next(state: _State, builder: DocumentBuilder) -> None:
    """Consume one construct (a line, or a whole table) starting at the current line."""
    line = state.lines[state.index].strip()
    for reader in (_read_blank, _read_atx_heading, _read_tab_separated, _read_simple_table, _read_aligned_table, _read_setext_heading, _read_rule,
                   _read_pipe_table, _read_flat_table, _read_item, _read_one_space_table):
        if reader(line, state, builder):
            return
    _read_plain_line(line, state, builder)


def _read_blank(line: str, state: _State, builder: DocumentBuilder) -> bool:
    if line:
        return False
    _flush_paragraph(state, builder)
    state.index += 1
    return True


def _read_atx_heading(line: str, state: _State, builder: DocumentBuilder) -> bool:
    match = _ATX_HEADING.match(line)
    if not match or not match.group(2):
        return False
    _add(state, builder, "heading", match.group(2))
    if len(match.group(1)) == 1 and state.title is None:
        state.title = collapse_whitespace(match.group(2))
    state.index += 1
    return True


def _read_setext_heading(line: str, state: _State, builder: DocumentBuilder) -> bool:
    """A line underlined by === or --- (Markdown's other heading syntax)."""
    following = state.lines[state.index + 1].strip() if state.index + 1 < len(state.lines) else ""
    if not following or not _SETEXT_UNDERLINE.match(following) or _BULLET.match(line) or "|" in line:
        return False
    _add(state, builder, "heading", line)
    state.index += 2
    return True


def _read_rule(line: str, state: _State, builder: DocumentBuilder) -> bool:
    if not _RULE.match(line):
        return False
    _flush_paragraph(state, builder)
    state.index += 1
    return True


_GRID_BORDER = re.compile(r"^\+(?:[-=:]+\+){2,}$")  # '+----+-------+' (an ASCII grid table's border)


def _read_grid_table(line: str, state: _State, builder: DocumentBuilder) -> bool:
    """An ASCII grid table: '|' rows between '+----+----+' borders; the rows above the first inner border
    are the header ('+====+' in Pandoc's grid tables)."""
    lines = state.lines
    if not _GRID_BORDER.match(line) or state.index + 1 >= len(lines) or not lines[state.index + 1].strip().startswith("|"):
        return False
    rows, end, header = [], state.index + 1, None
    while end < len(lines) and (text := lines[end].strip()) and (text.startswith("|") or _GRID_BORDER.match(text)):
        if _GRID_BORDER.match(text):
            header = len(rows) if header is None and rows and end + 1 < len(lines) and lines[end + 1].strip().startswith("|") else header
        else:
            rows.append(split_pipe_row(text))
        end += 1
    if len(rows) < 2:
        return False
    _flush_paragraph(state, builder)
    builder.add_table(_pad([(cells, i < (header or 0)) for i, cells in enumerate(rows)]))
    state.index = end
    return True


def _read_pipe_table(line: str, state: _State, builder: DocumentBuilder) -> bool:
    """A Markdown pipe table; rows above a |---| separator are header rows."""
    lines = state.lines
    if _GRID_BORDER.match(line):
        return _read_grid_table(line, state, builder)
    has_separator = state.index + 1 < len(lines) and _is_separator(lines[state.index + 1])
    if not (line.startswith("|") and len(split_pipe_row(line)) >= 2) and not ("|" in line and has_separator):
        return _read_bare_pipe_table(line, state, builder)
    rows, end, separator_at = [], state.index, None
    while end < len(lines) and _is_table_line(lines[end].strip(), has_separator):
        if separator_at is None and _is_separator(lines[end]):
            separator_at = len(rows)
        else:
            rows.append(split_pipe_row(lines[end]))
        end += 1
    _flush_paragraph(state, builder)
    builder.add_table(_pad([(cells, i < (separator_at or 0)) for i, cells in enumerate(rows)]))
    state.index = end
    return True


def _bare_pipe_width(line: str) -> int:
    """Cells of a 'a | b | c' row with no outer pipes (plain-text leaderboards); 0 when not one."""
    line = line.strip()
    return line.count(" | ") + 1 if line.count(" | ") >= 2 and not line.startswith("|") else 0


def _read_bare_pipe_table(line: str, state: _State, builder: DocumentBuilder) -> bool:
    """Three or more consecutive 'a | b | c' lines of one width, without outer pipes: plain-text
    leaderboards, and psql-style tables whose header may take two lines (the second with an empty first
    cell: '      | 5-shot | 25-shot') above a '----+----' rule, more such rules between row groups."""
    width, end = _bare_pipe_width(line), state.index
    rows, rule_at = [], None
    while width and end < len(state.lines):
        text = state.lines[end].strip()
        if _PSQL_RULE.match(text):
            rule_at = len(rows) if rule_at is None else rule_at
        elif _bare_pipe_width(text) == width:
            rows.append(split_pipe_row(text))
        elif rule_at is None and rows and text.startswith("|") and text.count(" | ") + 2 == width:
            rows.append([""] + split_pipe_row(text))  # the header's second line
        else:
            break
        end += 1
    if not width or len(rows) < _MIN_FLAT_TABLE_ROWS:
        return False
    _flush_paragraph(state, builder)
    header = rule_at if rule_at else (1 if _looks_like_header(rows) else 0)
    builder.add_table([(cells, i < header) for i, cells in enumerate(rows)])
    state.index = end
    return True


def _is_table_line(line: str, has_separator: bool) -> bool:
    return line.startswith("|") or (has_separator and "|" in line)


def _is_separator(line: str) -> bool:
    """True for a Markdown table separator row such as |---|:--:|."""
    line = line.strip()
    if "|" not in line and not line.startswith(":"):
        return False
    cells = split_pipe_row(line)
    return bool(cells) and all(_SEPARATOR_CELL.match(cell.replace(" ", "")) for cell in cells)


def split_pipe_row(line: str) -> list[str]:
    """The cells of a pipe row, outer pipes removed and escaped pipes kept as text."""
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return [strip_inline_markup(cell.strip().replace("\\|", "|")) for cell in _PIPE_SPLIT.split(line)]


def _read_flat_table(line: str, state: _State, builder: DocumentBuilder) -> bool:
    """A table flattened to text: several lines with the same number (2+) of tab/space-separated cells."""
    width = len(_flat_cells(line))
    if width < 2:
        return False
    end = state.index
    while end < len(state.lines) and len(_flat_cells(state.lines[end].strip())) == width:
        end += 1
    if end - state.index < _MIN_FLAT_TABLE_ROWS:
        return False
    rows = [_flat_cells(state.lines[i].strip()) for i in range(state.index, end)]
    _flush_paragraph(state, builder)
    if _prose_columns(rows):
        _add_columns_as_text(rows, builder)
    elif sum(1 for r in rows if _FIGURES_IN_LABEL.search(r[0])) >= 0.6 * len(rows):
        for i in range(state.index, end):  # 'Kimi K2 ...... $0.60 in / $2.50 out   (128K context)': lines, not rows
            builder.add_block("item", state.lines[i].strip())
    else:
        builder.add_table([(cells, i == 0 and _looks_like_header(rows)) for i, cells in enumerate(rows)])
    state.index = end
    return True


# A first cell holding a dot leader, a price or a percentage: a line of text with an aside after a wide gap
_FIGURES_IN_LABEL = re.compile(r"\.{4,}|\$\s?\d|\d\s?%")


def _prose_columns(rows: list[list[str]]) -> bool:
    """Lines of running text side by side (a two-column page that a PDF converter kept in its layout), not
    a table: most cells are four words or more, in lower case, and hold no figure alone."""
    cells = [c for r in rows for c in r if c.strip() and not _RULE_CHARS.fullmatch(c)]
    wordy = sum(1 for c in cells if len(c.split()) >= 4 and re.search(r"\b[a-z]{3,}\b", c))
    return len(cells) >= 6 and wordy >= 0.6 * len(cells)


def _add_columns_as_text(rows: list[list[str]], builder: DocumentBuilder) -> None:
    """Each column's lines as one paragraph, left column first, words broken at a line end joined again."""
    for j in range(max(len(r) for r in rows)):
        text = ""
        for r in rows:
            cell = r[j].strip() if j < len(r) else ""
            if not cell or _RULE_CHARS.fullmatch(cell):
                continue
            text = text[:-1] + cell if re.search(r"[a-z]-$", text) and cell[:1].islower() else f"{text} {cell}".strip()
        if text:
            builder.add_block("paragraph", text)


def _read_tab_separated(line: str, state: _State, builder: DocumentBuilder) -> bool:
    """Tab-separated values pasted from a spreadsheet: three or more lines of one width (3+ fields; empty
    fields kept, so the columns stay in place), the first a header when it has no digits."""
    raw = state.lines[state.index]
    width = raw.count("\t") + 1
    if width < 3:
        return False
    end = state.index
    # (lines were right-stripped: a row whose last fields are empty has fewer tabs)
    while end < len(state.lines) and width // 2 < state.lines[end].count("\t") + 1 <= width:
        end += 1
    if end - state.index < _MIN_FLAT_TABLE_ROWS:
        return False
    rows = [[strip_inline_markup(cell.strip()) for cell in text.split("\t")] for text in state.lines[state.index:end]]
    header = _looks_like_header(rows)
    _flush_paragraph(state, builder)
    builder.add_table(_pad([(cells, header and i == 0) for i, cells in enumerate(rows)]))
    state.index = end
    return True


def _read_one_space_table(line: str, state: _State, builder: DocumentBuilder) -> bool:
    """A table whose cells a converter joined with single spaces (slides, some PDFs): a header line of
    column names ('Model Params MMLU (5-shot) GSM8K (8-shot)', a bracket stays with its name) over two
    or more lines that each end in one value per column after the first ('Llama 3.1 8B 8.0B 66.6 56.2');
    the header's names count the values, so a row's name may hold numbers of its own."""
    header = _ONE_SPACE_GROUP.findall(line)
    if not 3 <= len(header) <= 16 or line.endswith(_SENTENCE_END) or any(_ALIGNED_VALUE.match(h) for h in header):
        return False
    k = len(header) - 1
    rows, end = [], state.index + 1
    while end < len(state.lines) and state.lines[end].strip():
        words = state.lines[end].split()
        if len(words) <= k or not all(_ALIGNED_VALUE.match(w) or _SIZE_VALUE.match(w) for w in words[-k:]):
            break
        rows.append([" ".join(words[:-k])] + words[-k:])
        end += 1
    if len(rows) < 2 or end < len(state.lines) and state.lines[end].strip():
        return False  # (every line to the blank one is a row)
    _flush_paragraph(state, builder)
    builder.add_table([(header, True)] + [(cells, False) for cells in rows])
    state.index = end
    return True


_ONE_SPACE_GROUP = re.compile(r"\S+(?:\s+\([^()]*\))?")  # a name with its bracket: 'MMLU (5-shot)'
_SIZE_VALUE = re.compile(r"^\d+(?:\.\d+)?[BMT]$")  # a parameter count: '7.3B'


def _read_simple_table(line: str, state: _State, builder: DocumentBuilder) -> bool:
    """A Pandoc simple table: a header line over a rule of dash runs, one per column ('-----  ------'),
    rows to a blank line or a closing rule, and a caption after it ('  : Table 2: ...' or 'Table: ...').
    The dash runs are the columns: a cell belongs to the run it overlaps most."""
    following = state.lines[state.index + 1] if state.index + 1 < len(state.lines) else ""
    if not line or _SIMPLE_RULE.match(line) or not _SIMPLE_RULE.match(following):
        return False
    runs = [m.span() for m in re.finditer(r"-+", following.expandtabs(8))]
    end, rows = state.index + 2, [(_simple_row(state.lines[state.index], runs), True)]
    while end < len(state.lines) and state.lines[end].strip() and not _SIMPLE_RULE.match(state.lines[end]):
        rows.append((_simple_row(state.lines[end], runs), False))
        end += 1
    if len(rows) < 2 or not any(any(cells) for cells, _ in rows[1:]) or any(
            m.end() <= runs[0][0]  # a cell left of every dash run: the rule groups some columns ('Knowledge')
            for line in [state.lines[state.index]] + state.lines[state.index + 2:end]
            for m in _ALIGNED_CELL.finditer(line.expandtabs(8))):
        return False
    end += 1 if end < len(state.lines) and _SIMPLE_RULE.match(state.lines[end]) else 0
    caption = None
    after = end + (1 if end < len(state.lines) and not state.lines[end].strip() else 0)
    if after < len(state.lines) and (m := _SIMPLE_CAPTION.match(state.lines[after])):
        caption_lines = [m.group(1)]
        end = after + 1
        while end < len(state.lines) and state.lines[end].strip() and not state.lines[end].startswith(":::"):
            caption_lines.append(state.lines[end].strip())
            end += 1
        caption = strip_inline_markup(" ".join(caption_lines))
    _flush_paragraph(state, builder)
    builder.add_table(rows, caption)
    state.index = end
    return True


_RULE_CHARS = re.compile(r"[-=_─━═+|: ]+")
_SIMPLE_RULE = re.compile(r"^\s*-{2,}(?:[ \t]+-{2,})+\s*$")
_SIMPLE_CAPTION = re.compile(r"^\s*(?::|Table:)\s+(\S.*)$")


def _simple_row(line: str, runs: list[tuple[int, int]]) -> list[str]:
    """A line's cells in the columns of the rule's dash runs; a cell reaching into two runs is split
    into its words ('78.4 ± 0.3 62.9 ± 1.1' over two columns)."""
    out = [""] * len(runs)

    def put(start: int, end: int, text: str) -> None:
        overlap = [min(end, b) - max(start, a) for a, b in runs]
        j = max(range(len(runs)), key=lambda k: (overlap[k], -abs(runs[k][0] - start)))
        out[j] = f"{out[j]} {text}".strip()

    for m in _ALIGNED_CELL.finditer(line.expandtabs(8)):
        if sum(1 for a, b in runs if a < m.end() and m.start() < b) > 1:
            for word in re.finditer(r"\S+", m.group()):
                put(m.start() + word.start(), m.start() + word.end(), word.group())
        else:
            put(m.start(), m.end(), m.group())
    return [strip_inline_markup(cell) for cell in out]


def _read_aligned_table(line: str, state: _State, builder: DocumentBuilder) -> bool:
    """A table laid out with spaces, as PDF-to-text converters and plain-text reports write it: columns
    found by where the cells of the fullest lines start and end; header lines stacked above the first
    row of values (a cell over a segmented rule `-----  -----` spans the columns of its segment); rules
    between row groups skipped. A block whose every line has the same cells is left to the flat reader."""
    if state.index < state.no_aligned_table_until or not (_ALIGNED_GAP.search(line) or _ALIGNED_RULE.match(line)) or \
            " | " in line:  # cells split by pipes: the pipe readers' table
        return False
    end = state.index
    while end < len(state.lines) and state.lines[end].strip() and end - state.index < _MAX_ALIGNED_LINES:
        end += 1
    parsed = []  # (cells as (start, end, text), rule segments as (start, end))
    for raw_line in state.lines[state.index:end]:
        text = raw_line.expandtabs(8)
        if _ALIGNED_RULE.match(text):
            parsed.append(((), tuple(m.span() for m in re.finditer(r"\S+", text))))
            continue
        cells = tuple((m.start(), m.end(), m.group()) for m in _ALIGNED_CELL.finditer(text))
        if any(len(c[2]) > _MAX_FLAT_CELL_CHARS for c in cells):
            break  # prose (a caption, the next paragraph): the table ended
        parsed.append((cells, ()))
    while parsed and not parsed[-1][0]:
        parsed.pop()  # a closing rule belongs to the table but holds nothing
    content = [cells for cells, _ in parsed if cells]
    width = max((len(c) for c in content), default=0)
    full = [c for c in content if len(c) == width]
    columns = [(min(c[j][0] for c in full), max(c[j][1] for c in full)) for j in range(width)]
    # a header line over a full-width rule ('Lab  Country  Flagship model' / '--------'): a table of any cells
    ruled = len(parsed) > 2 and not parsed[1][0] and len(parsed[1][1]) == 1 and len(parsed[0][0]) >= 3
    if width < 2 or len(full) < 2 or len(content) < 3 or \
            (len(full) == len(content) == len(parsed)) or sum(1 for c in content if _values_in(c)) < 2 and not ruled or \
            any(columns[j][1] >= columns[j + 1][0] for j in range(width - 1)):  # the cells do not line up
        # Not a table from here, nor from any line this block holds: a later line would only see a part
        # of it (each line trying again cost minutes on a long file of ragged lines).
        state.no_aligned_table_until = state.index + len(parsed)
        return False
    # Header lines: those above the first line of values, until a complete header line (a cell over each
    # column) has been read; after it, a line with a first cell is a row ('Lab  Wenlan AI  DeepSeek' under
    # the models' names), while lines with an empty first cell continue the header ('(5-shot)  (3-shot)').
    rows, body_started, complete = [], False, False
    for k, (cells, _) in enumerate(parsed):
        if not cells:
            continue
        below = parsed[k + 1][1] if k + 1 < len(parsed) else ()
        row = _aligned_row(cells, columns, below if len(below) >= 2 else ())
        if body_started and rows and row[0] and not any(row[1:]) and (
                rows[-1][0][0].count("(") > rows[-1][0][0].count(")") or row[0][:1].islower()):
            rows[-1][0][0] += " " + row[0]  # a wrapped label: 'IFEval (prompt-level' / 'strict)'
            continue
        if body_started and rows and not row[0] and sum(1 for c in row if c) == 1 and len(cells) == 1:
            j = next(k for k, c in enumerate(row) if c)  # a wrapped cell: 'Llama 4 Community' / 'License'
            rows[-1][0][j] = f"{rows[-1][0][j]} {row[j]}".strip()
            continue
        # 'Model  2025  500  Diamond' under '  AIME  MATH-  GPQA': the second line of a header whose first line
        # left the label column empty
        header_tail = rows and not body_started and not rows[-1][0][0] and _HEADER_LABEL.match(row[0])
        body_started = body_started or not header_tail and (_values_in(cells) or (complete and bool(row[0])) or (ruled and k > 1))
        complete = complete or (len(cells) >= width - 1 and len(below) < 2)  # (a group line over a segmented rule is not)
        rows.append((row, not body_started))
    if not any(header for _, header in rows):
        rows = [(cells, False) for cells, _ in rows]
    _flush_paragraph(state, builder)
    if _prose_columns([cells for cells, _ in rows]):
        _add_columns_as_text([cells for cells, _ in rows], builder)
    else:
        builder.add_table(rows)
    state.index += len(parsed)
    return True


_HEADER_LABEL = re.compile(r"^(?:model|models|name|system|benchmark|task|dataset)s?$", re.I)


def _aligned_row(cells, columns: list[tuple[int, int]], segments) -> list[str]:
    """A line's cells put in their columns; a cell over a rule segment (or overlapping several columns)
    fills every column the segment (or the cell) covers."""
    out = [""] * len(columns)
    for start, end, text in cells:
        span = next(((a, b) for a, b in segments if a <= end and start <= b), (start, end))
        covered = [j for j, (a, b) in enumerate(columns) if a <= span[1] and span[0] <= b]
        if len(covered) > 1 and not segments and any(_ALIGNED_VALUE.match(w) for w in text.split()):
            # values a single space apart ('54.8±1.9 56.1±2.0 42.4', 'GPQA (0-shot) 61.4±1.6'): each word in its column
            last = None
            for word in re.finditer(r"\S+", text):
                a, b = start + word.start(), start + word.end()
                if last is not None and not _ALIGNED_VALUE.match(word.group()):
                    j = last  # a label's words stay together: 'GPQA Diamond (0-shot, CoT)'
                else:
                    j = max(range(len(columns)), key=lambda k: (min(b, columns[k][1]) - max(a, columns[k][0]), -abs(columns[k][0] - a)))
                out[j] = f"{out[j]} {word.group()}".strip()
                last = j
            continue
        if not covered:  # in a gap: the nearest column
            covered = [min(range(len(columns)), key=lambda j: min(abs(columns[j][0] - start), abs(columns[j][1] - end)))]
        for j in covered:
            out[j] = f"{out[j]} {text}".strip()
    return out


def _values_in(cells) -> bool:
    """A line of values: a number (or a dash for a missing one) in most cells after the first."""
    rest = [c[2] for c in cells[1:]]
    return bool(rest) and 2 * sum(1 for t in rest if _ALIGNED_VALUE.match(t)) > len(rest)


def _flat_cells(line: str) -> list[str]:
    """Cells of a line split on tabs or 2+ spaces; [] when the line does not look like a table row."""
    if not line or _BULLET.match(line):
        return []
    cells = _FLAT_CELL_SPLIT.split(line)
    return cells if all(0 < len(c) <= _MAX_FLAT_CELL_CHARS for c in cells) else []


def _looks_like_header(rows: list[list[str]]) -> bool:
    """The first row names columns when it has no digits and some later row has."""
    has_digit = lambda cells: any(ch.isdigit() for cell in cells for ch in cell)  # noqa: E731
    return not has_digit(rows[0]) and any(has_digit(r) for r in rows[1:])


def _read_item(line: str, state: _State, builder: DocumentBuilder) -> bool:
    """A list item, with the lines that continue it: a wrapped sentence, or lines indented under the
    bullet ('  * Kimi K2 vs DeepSeek-V3.1. K2 beats V3.1 on SWE-bench Verified (69.2 to' / '    66.0) ...'),
    not a 'Field: value' line under it."""
    match = _BULLET.match(line)
    if not match:
        return False
    indent = _indent(state.lines[state.index])
    parts = [line[match.end():]]
    state.index += 1
    while state.index < len(state.lines):
        following = state.lines[state.index].strip()
        if not following or _BULLET.match(following) or _FIELD_LINE.match(following) or \
                not (_continues(parts[-1], following) or _indent(state.lines[state.index]) > max(indent, 1)):
            break
        parts.append(following)
        state.index += 1
    _add(state, builder, "item", " ".join(parts))
    return True


def _indent(raw: str) -> int:
    return len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip())


def _read_plain_line(line: str, state: _State, builder: DocumentBuilder) -> None:
    """A paragraph line: joined to the previous one when it continues a wrapped sentence."""
    if state.pending and (_continues(state.pending[-1], line, in_paragraph=True) or state.markdown and _runs_on(state.pending[-1], line)):
        state.pending.append(line)
    elif is_title_like(line) and not _next_line_continues(state, line):
        _add(state, builder, "heading", line)
    else:
        _flush_paragraph(state, builder)
        state.pending = [line]
    state.index += 1


def _runs_on(previous: str, line: str) -> bool:
    """In Markdown, a full-width line's next line is the same paragraph even after a full stop (text
    wrapped at a width: 'MMLU-Redux is 0-shot. GPQA Diamond is 0-shot CoT. AIME 2025 is' / 'avg@8.'),
    unless it is a 'Field: value' line, a short title-like one or opens with a symbol (an emoji list)."""
    return len(previous) >= _WRAPPED_LINE_CHARS and (line[:1].isalnum() or line[:1] in "(\"'“‘") and \
        not _FIELD_LINE.match(line) and not is_title_like(line)


_FIELD_LINE = re.compile(r"^[\w][\w ()/.-]{0,30}:\s")


def _next_line_continues(state: _State, line: str) -> bool:
    """Whether a line that could be a heading is the first line of a wrapped paragraph: the next line
    continues it, or both are full-width lines and this one is not in title case."""
    following = state.lines[state.index + 1].strip() if state.index + 1 < len(state.lines) else ""
    if not following:
        return False
    return _continues(line, following) or (
        len(following) >= _WRAPPED_LINE_CHARS and _continues(line, following, in_paragraph=True) and not _title_case(line))


def _title_case(line: str) -> bool:
    """Most longer words capitalised: 'Qwen 3.5 9B Beats GPT-OSS-120B on 3 Benchmarks'."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) > 3]
    return bool(words) and 2 * sum(1 for w in words if w[0].isupper()) >= len(words)


def _continues(previous: str, line: str, in_paragraph: bool = False) -> bool:
    """A wrapped line: the previous line stops mid-sentence, and this one starts in lower case, or the
    previous one ends on a word no sentence or heading ends on ('than', 'the', a hyphen), or (inside a
    paragraph) is a full-width line of hard-wrapped text, a PDF's or an e-mail's: 'scores higher than
    the roughly three-times-larger' / 'Gemma 3 12B on MATH'. A line opening with a symbol (an emoji
    list) starts anew."""
    if _BULLET.match(line):
        return False
    if previous.endswith(_SENTENCE_END):  # after a comma or a colon only a lower-case line goes on ('..., Rimal-2-34B,' / 'and ...')
        return previous.endswith((",", ";")) and (line[:1].islower() or bool(re.match(r"\d{1,2} [A-Z][a-z]+ \d{4}", line)))
        # (or a date: 'Kimi K2,' / '11 July 2025; GLM-4.5, ...')
    if line[:1].islower():
        return True
    return (line[:1].isalnum() or line[:1] in "(\"'“‘") and (
        previous.endswith("-") or previous.rsplit(None, 1)[-1].lower() in _OPEN_WORDS
        or in_paragraph and len(previous) >= _WRAPPED_LINE_CHARS)


def is_title_like(line: str) -> bool:
    """A short line without sentence punctuation at its end, starting with a capital or a digit."""
    return (
        len(line) <= _MAX_HEADING_CHARS
        and len(line.split()) <= _MAX_HEADING_WORDS
        and not line.endswith(_SENTENCE_END)
        and not _INNER_SENTENCE_END.search(line)
        and (line[:1].isupper() or line[:1].isdigit())
    )


def strip_inline_markup(text: str) -> str:
    """Markdown emphasis, code and links reduced to their text, so `**81.7**` reads as 81.7; backslash
    escapes ('78.2\\*') give the character itself, never taken for markup."""
    escaped = "\\" in text
    if escaped:
        text = _ESCAPED.sub(lambda m: chr(_PROTECT + ord(m.group(1))), text)
    for pattern, replacement in _INLINE_MARKUP:
        text = pattern.sub(replacement, text)
    return _PROTECTED.sub(lambda m: chr(ord(m.group(0)) - _PROTECT), text) if escaped else text


_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")  # CommonMark: any ASCII punctuation may be escaped
_PROTECT = 0xF0000  # escaped characters wait in a private-use plane while the markup is read
_PROTECTED = re.compile("[\U000F0021-\U000F007E]")


def _add(state: _State, builder: DocumentBuilder, kind: str, text: str) -> None:
    _flush_paragraph(state, builder)
    builder.add_block(kind, strip_inline_markup(text))


def _flush_paragraph(state: _State, builder: DocumentBuilder) -> None:
    if state.pending:
        builder.add_block("paragraph", strip_inline_markup(" ".join(state.pending)))
    state.pending = None


def _pad(rows: list[tuple[list[str], bool]]) -> list[tuple[list[str], bool]]:
    """Give every row the table's width, so columns line up for the table readers."""
    width = max((len(cells) for cells, _ in rows), default=0)
    return [(cells + [""] * (width - len(cells)), header) for cells, header in rows]


def _pick_title(state: _State, builder: DocumentBuilder) -> str | None:
    """The first `#` heading, else the first heading, else the first block."""
    if state.title:
        return state.title
    heading = next((b.text for b in builder.blocks if b.kind == "heading"), None)
    return heading or (builder.blocks[0].text if builder.blocks else None)
