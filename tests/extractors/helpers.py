"""Build small Documents (text blocks and pipe tables) for extractor tests."""
from __future__ import annotations

from claimgraph.model import Block, Document, Table, TableRow


def make_doc(*parts, source_id: str = "/tmp/test.txt") -> Document:
    """A Document from strings (paragraphs) and lists of cell tuples (tables; first row is the header)."""
    text, blocks, tables = "", [], []
    for part in parts:
        if text:
            text += "\n\n"
        if isinstance(part, str):
            blocks.append(Block("paragraph", part, len(text), len(text) + len(part)))
            text += part
            continue
        rows = []
        for k, cells in enumerate(part):
            line = " | ".join(cells)
            if k:
                text += "\n"
            rows.append(TableRow(tuple(cells), len(text), len(text) + len(line), header=(k == 0)))
            text += line
        tables.append(Table(tuple(rows)))
    return Document(source_id=source_id, text=text, blocks=tuple(blocks), tables=tuple(tables))


def make_blocks_doc(*parts: tuple[str, str], source_id: str = "/tmp/test.md") -> Document:
    """A Document from (kind, text) blocks: headings, paragraphs and list items in order."""
    text, blocks = "", []
    for kind, part in parts:
        start = len(text) + (2 if text else 0)
        text = text + ("\n\n" if text else "") + part
        blocks.append(Block(kind, part, start, len(text)))
    return Document(source_id=source_id, text=text, blocks=tuple(blocks))


def claims_of(doc, kind=None):
    from claimgraph.extractors import claim_rows, extract
    rows = claim_rows(doc.source_id, extract(doc))
    return [r for r in rows if kind is None or r["kind"] == kind]
