"""Split a parsed document's text blocks into sentences with offsets into `Document.text`."""
from __future__ import annotations

import re
from dataclasses import dataclass

from claimgraph.model import Block, Document

# A sentence ends at . ! ? followed by space and an upper-case letter, digit or quote; not after
# common abbreviations or single initials.
BOUNDARY_RE = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9\"“‘(])")
ABBREV_RE = re.compile(r"(?:\b(?:vs|etc|e\.g|i\.e|approx|Fig|No|Inc|Ltd|Corp|Dr|Mr|Ms|St|al|cf|U\.S|U\.K)\.|\b[A-Z]\.|\.{4,})$")
# (a run of four or more dots is a leader between a label and its value: 'United States ..... OpenAI, ...')
# Fields run together on one line: 'Licence: MIT · Params: 9B · Released: May 21' is three field lines
FIELD_SEP_RE = re.compile(r"\s+[·•|]\s+(?=[A-Z][\w ()/-]{0,25}:\s)")
LINE_RE = re.compile(r"[^\n]+")
# No sentence is longer than this: rules look at a sentence as a whole, so one endless "sentence"
# (a 1 MB text without a full stop) would make extraction hang. Real sentences are far shorter.
MAX_SENTENCE = 2000
# Where an over-long sentence is cut, best first: after a clause mark, then at any space.
SOFT_BREAKS = (re.compile(r"[;:,]\s+"), re.compile(r"\s+"))


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text, offsets into Document.text, and the block it came from."""

    text: str
    start: int
    end: int
    block: int  # index of the block in Document.blocks (or of the line when there are no blocks)
    kind: str = "paragraph"


def split_sentences(doc: Document) -> list[Sentence]:
    """All sentences of the document's text blocks, in order."""
    blocks = doc.blocks or tuple(_line_blocks(doc))
    out: list[Sentence] = []
    for index, block in enumerate(blocks):
        out.extend(_split_block(doc.text, block, index))
    return out


def _line_blocks(doc: Document):
    """Blocks for a Document that carries none: one per non-table line."""
    in_table = [(r.start, r.end) for t in doc.tables for r in t.rows]
    for m in LINE_RE.finditer(doc.text):
        if m.group(0).strip() and not any(s <= m.start() < e for s, e in in_table):
            yield Block("paragraph", m.group(0), m.start(), m.end())


def _split_block(text: str, block: Block, index: int) -> list[Sentence]:
    out = []
    for line in LINE_RE.finditer(text, block.start, block.end):
        cut = line.start()
        bounds = list(BOUNDARY_RE.finditer(text, line.start(), line.end()))
        if "·" in line.group(0) or "•" in line.group(0) or "|" in line.group(0):
            bounds = sorted(bounds + list(FIELD_SEP_RE.finditer(text, line.start(), line.end())), key=lambda m: m.start())
        for m in bounds:
            if m.start() < cut or m.re is BOUNDARY_RE and ABBREV_RE.search(text[max(cut, m.start() - 6):m.start()]):
                continue
            out.extend(_capped(text, cut, m.start(), index, block.kind))
            cut = m.end()
        out.extend(_capped(text, cut, line.end(), index, block.kind))
    return [s for s in out if s.text.strip()]


def _capped(text: str, start: int, end: int, block: int, kind: str) -> list[Sentence]:
    """The sentence text[start:end], cut into pieces of at most MAX_SENTENCE characters if longer."""
    out = []
    while end - start > MAX_SENTENCE:
        cut = _soft_break(text, start, start + MAX_SENTENCE)
        out.append(_sentence(text, start, cut, block, kind))
        start = cut
    out.append(_sentence(text, start, end, block, kind))
    return out


def _soft_break(text: str, start: int, limit: int) -> int:
    """The last clause mark or space in the second half of text[start:limit] (limit if there is none)."""
    for rx in SOFT_BREAKS:
        ends = [m.end() for m in rx.finditer(text, start + (limit - start) // 2, limit)]
        if ends:
            return ends[-1]
    return limit


def _sentence(text: str, start: int, end: int, block: int, kind: str) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(text[start:end], start, end, block, kind)
