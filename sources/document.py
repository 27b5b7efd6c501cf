"""Assemble a Document from blocks and table rows, keeping every offset consistent with `text`."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimgraph.model import Block, Document, RawDocument, Table, TableRow

SEPARATOR = "\n\n"
CELL_SEPARATOR = " | "
_WHITESPACE = re.compile(r"\s+")


def collapse_whitespace(text: str) -> str:
    """Runs of whitespace (newlines included) become one space; ends are stripped."""
    return _WHITESPACE.sub(" ", text).strip()


@dataclass
class DocumentBuilder:
    """Collects blocks and tables in reading order and renders them into one text with offsets."""

    _parts: list[str] = field(default_factory=list)
    _length: int = 0
    blocks: list[Block] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)

    def _append(self, text: str) -> tuple[int, int]:
        """Add `text` after a blank line and return its (start, end) in the document text."""
        if self._parts:
            self._parts.append(SEPARATOR)
            self._length += len(SEPARATOR)
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        return start, self._length

    def add_block(self, kind: str, text: str) -> None:
        """Add a heading, paragraph or item; blank text is skipped."""
        text = collapse_whitespace(text)
        if text:
            start, end = self._append(text)
            self.blocks.append(Block(kind=kind, text=text, start=start, end=end))

    def add_table(self, rows: list[tuple[list[str], bool]], caption: str | None = None) -> None:
        """Add a table from (cells, is_header) rows; rows whose cells are all blank are skipped."""
        built = []
        for cells, header in rows:
            cells = tuple(collapse_whitespace(c) for c in cells)
            if any(cells):
                start, end = self._append(CELL_SEPARATOR.join(cells))
                built.append(TableRow(cells=cells, start=start, end=end, header=header))
        if built:
            self.tables.append(Table(rows=tuple(built), caption=collapse_whitespace(caption or "") or None))

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def build(self, raw: RawDocument, **metadata) -> Document:
        """The finished Document; `metadata` holds title, published, author, publisher."""
        return Document(
            source_id=raw.source_id,
            text=self.text,
            blocks=tuple(self.blocks),
            tables=tuple(self.tables),
            media_type=raw.media_type,
            sha256=raw.sha256,
            **metadata,
        )
