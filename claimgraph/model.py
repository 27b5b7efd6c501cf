"""The shared data model: what flows from sources to extractors to the graph.

Every stage imports from here and only from stages to its left. All records are
frozen dataclasses so that extractors stay pure and results can be hashed,
cached and compared in tests.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

# Claim kinds, as fixed by the annotation guidelines (the claims table contract).
CLAIM_KINDS = (
    "score",
    "outperforms",
    "developer",
    "license",
    "parameters",
    "lab_region",
    "specialization",
    "release",
    "price",
)

# Entity types. A claim's subject/object/benchmark are canonical labels of entities of these types.
ENTITY_TYPES = ("Model", "Series", "Lab", "Region", "Benchmark", "Domain", "License")

# Which entity type the subject and the object of each claim kind have.
SUBJECT_TYPE = {
    "score": "Model",
    "outperforms": "Model",
    "developer": "Model",
    "license": "Model",
    "parameters": "Model",
    "lab_region": "Lab",
    "specialization": "Region",
    "release": "Model",
    "price": "Model",
}
OBJECT_TYPE = {
    "outperforms": "Model",
    "developer": "Lab",
    "license": "License",
    "lab_region": "Region",
    "specialization": "Domain",
}


@dataclass(frozen=True)
class RawDocument:
    """One fetched document: bytes plus where they came from.

    `source_id` is the identity of the source: the absolute path of a file or the URL of a page,
    so `./a.txt` and `/abs/a.txt` are one source.
    """

    source_id: str
    content: bytes
    media_type: str  # "text/html", "text/plain" or "text/markdown"
    encoding: str | None = None  # declared charset, if any (HTTP header or BOM)
    fetched_at: str | None = None  # ISO timestamp
    headers: tuple[tuple[str, str], ...] = ()  # selected HTTP headers (etag, last-modified, ...)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


@dataclass(frozen=True)
class Block:
    """A unit of main text: a heading, a paragraph or a list item, with offsets into `Document.text`."""

    kind: str  # "heading" | "paragraph" | "item"
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class TableRow:
    """One row of a table; `cells` are plain text with spans already expanded into the grid."""

    cells: tuple[str, ...]
    start: int  # offsets of the row's rendering ("a | b | c") in Document.text
    end: int
    header: bool = False


@dataclass(frozen=True)
class Table:
    rows: tuple[TableRow, ...]
    caption: str | None = None

    @property
    def header_rows(self) -> tuple[TableRow, ...]:
        return tuple(r for r in self.rows if r.header)

    @property
    def body_rows(self) -> tuple[TableRow, ...]:
        return tuple(r for r in self.rows if not r.header)


@dataclass(frozen=True)
class Document:
    """A parsed document: main text without page furniture, its blocks and tables, and metadata.

    `text` is the concatenation of the blocks and the table rows (each row rendered as cells joined by
    " | "), separated by blank lines; every Block and TableRow carries offsets into it, so evidence
    found in a block or row maps back to the document.
    """

    source_id: str
    text: str
    blocks: tuple[Block, ...] = ()
    tables: tuple[Table, ...] = ()
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) when the page states one
    author: str | None = None
    publisher: str | None = None
    media_type: str = "text/plain"
    sha256: str = ""


@dataclass(frozen=True)
class Evidence:
    """The sentence or table row that states a claim, with character offsets into `Document.text`.

    A table cell's evidence is its row preceded by the table's header row (a line apart), so the row
    says which column the figure sits in; the offsets are the row's."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    """An entity mentioned by a document, by canonical label.

    `attributes` holds background knowledge from the gazetteer (a model's developer, a lab's region,
    a benchmark's domain, a licence's SPDX id, a Wikidata id), as (name, value) pairs. Those are
    curated facts, not claims of the article; the graph keeps them apart with their own provenance.
    """

    type: str  # one of ENTITY_TYPES
    label: str
    aliases: tuple[str, ...] = ()
    attributes: tuple[tuple[str, str], ...] = ()
    known: bool = False  # True when the gazetteer knows it, False when found by shape and context

    def attribute(self, name: str) -> str | None:
        return next((v for k, v in self.attributes if k == name), None)


@dataclass(frozen=True)
class Claim:
    """One claim stated by one document (the claims table row, plus how it was found)."""

    kind: str  # one of CLAIM_KINDS
    subject: str  # canonical label
    evidence: Evidence
    object: str | None = None
    benchmark: str | None = None
    value: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    method: str = "rule"  # the rule or table reader that produced it
    confidence: float = 0.9

    def key(self) -> tuple:
        """What makes two mentions the same claim within one source."""
        return (self.kind, self.subject, self.object, self.benchmark, self.value, self.qualifier)

    def evidence_rank(self) -> tuple:
        """Which of several mentions of one claim represents it: a statement over a size read from a name
        ('has 30B parameters', a parameters column, over 'Foo-30B beats ...'), a sentence over a table
        row, then confidence."""
        return (not self.method.endswith("name-size"),
                not self.method.startswith("table") or self.method.endswith("beside-count"), self.confidence)


@dataclass(frozen=True)
class Extraction:
    """What an extractor returns for one document."""

    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    extractor_version: str = ""
    warnings: tuple[str, ...] = field(default=())
