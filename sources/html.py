"""HTML to a Document: metadata, main text without page furniture, and tables with spans expanded.

Everything here walks the tree with explicit stacks or bs4's iterative generators, never recursion,
so deeply nested pages cannot overflow the Python stack.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString

from claimgraph.model import Document, RawDocument
from claimgraph.sources.document import DocumentBuilder, collapse_whitespace
from claimgraph.sources.html_meta import read_metadata

_FURNITURE_TAGS = ("script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "svg",
                   "template", "button", "select", "textarea", "canvas", "object", "embed", "video", "audio",
                   "annotation", "annotation-xml")  # MathML's TeX source of a formula shown beside it
_FURNITURE_WORDS = frozenset({
    "nav", "navbar", "navigation", "menu", "menubar", "footer", "sidebar", "newsletter", "subscribe",
    "subscription", "share", "sharing", "social", "related", "breadcrumb", "breadcrumbs", "cookie",
    "cookies", "banner", "comments", "comment", "ad", "ads", "advert", "advertisement", "sponsored", "promo",
    "readnext", "contentinfo", "complementary",
})
_FURNITURE_HEADING = re.compile(
    r"^(read (next|more|this next)|related( (articles|posts|stories|reading))?|more (on|from|stories)\b.*"
    r"|you (may|might) also like|recommended( for you)?|share( this( article| post| story)?)?"
    r"|(sign up|subscribe)\b.*|.*newsletter|comments?|leave a (comment|reply))$",
    re.IGNORECASE,
)
_NOT_ABOUT = re.compile(r"©|\(c\)|rights reserved|cookie|newsletter|subscribe|privacy|terms of (?:use|service)|sign up", re.I)
_MAX_ABOUT_CHARS = 1000
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BLOCK_TAGS = frozenset(_HEADINGS + (
    "p", "div", "section", "article", "main", "header", "blockquote", "pre", "li", "ul", "ol", "dl", "dt",
    "dd", "figure", "figcaption", "address", "details", "summary", "table", "tr", "td", "th", "caption",
    "thead", "tbody", "tfoot", "body", "html", "hr",
))
_KIND_OF_TAG = {**{h: "heading" for h in _HEADINGS}, "li": "item", "dt": "item", "dd": "item",
                "p": "paragraph", "blockquote": "paragraph", "pre": "paragraph"}
_COMMENT_WORDS = frozenset({"comments", "comment"})
_DISCUSSION_SHARE = 0.3  # comments holding this share of a page without an <article>: a forum thread
_POST_CHARS = 200
_ARTICLE_SHARE = 0.4  # of several <article>s, the longest is the page's article only with this share of its text
_PROTECTED_SHARE = 0.6  # an element holding this share of the page's text is the content, whatever its class says
_CITATION = re.compile(r"^\[\s*(?:\d{1,3}|[a-z]{1,2}|[a-z ]{3,30}needed|note \d+|nb \d+)\s*\](?:\s*\[[^\]]{1,30}\])*$", re.I)
_FOOTNOTE_MARK = re.compile(r"^\[?\s*(\d{1,3}|[a-z]|[*†‡§¶#])\s*\]?$")
_MAX_SPAN = 1000
_PROSE_CELL_CHARS = 200  # a cell this long with a full stop inside is a passage, not a datum


def parse_html(raw: RawDocument, text: str) -> Document:
    """Parse a decoded HTML page.

    Args:
        raw: the fetched document (for source id, media type and hash).
        text: its decoded markup.
    Returns:
        The Document: main text blocks and tables in reading order, plus title/date/author/publisher.
    """
    soup = BeautifulSoup(text, "lxml")
    metadata = read_metadata(soup)
    root = _main_root(soup)
    about = _about_paragraphs(soup, root)
    _drop_furniture(soup, root)
    builder = DocumentBuilder()
    _Walker(builder).walk(root)
    for paragraph in about:
        builder.add_block("paragraph", paragraph)
    if not metadata.get("title"):
        metadata["title"] = next((b.text for b in builder.blocks if b.kind == "heading"), None)
    return builder.build(raw, **metadata)


def _main_root(soup: BeautifulSoup) -> Tag:
    """The element holding the article: the longest <article>, else <main> (or role="main"), else <body>.
    An <article> that is only a small part of the page (one of its review or product cards) is not it."""
    fallback = soup.find("main") or soup.find(attrs={"role": "main"}) or soup.body or soup
    articles = soup.find_all("article")
    if articles:
        longest = max(articles, key=lambda a: len(a.get_text()))
        if len(articles) == 1 or len(longest.get_text()) >= _ARTICLE_SHARE * len(fallback.get_text()):
            return longest
    return fallback


def _about_paragraphs(soup: BeautifulSoup, root: Tag) -> list[str]:
    """Prose paragraphs of the page footer ('About Estuary AI — Estuary AI is a Japanese AI research
    company headquartered in Osaka.'), kept as the last blocks when the footer goes: a publisher's
    boilerplate states who it is. Links, copyright, cookie and newsletter lines are not prose."""
    out = []
    for footer in soup.find_all(["footer", _says_contentinfo]):
        if footer.decomposed or footer is root or footer in root.parents or any(p.name == "footer" for p in footer.parents):
            continue
        for paragraph in footer.find_all("p"):
            text = collapse_whitespace(paragraph.get_text(" "))
            links = sum(len(a.get_text()) for a in paragraph.find_all("a"))
            if 60 <= len(text) <= _MAX_ABOUT_CHARS and len(text.split()) >= 10 and text.endswith((".", "!")) \
                    and links < len(text) / 2 and not _NOT_ABOUT.search(text):
                out.append(text)
    return out


def _says_contentinfo(tag: Tag) -> bool:
    return tag.get("role") == "contentinfo"


def _drop_furniture(soup: BeautifulSoup, root: Tag) -> None:
    """Remove navigation, ads, share bars, newsletters, "Read next" boxes and the like. On a discussion
    page (a forum thread, whose comments are most of its text, or a question with answers) the comments
    are the content."""
    page_length = max(1, len(root.get_text()))
    # a question-and-answer page: the comments under its answers are part of the discussion too
    discussion = root.name != "article" and (_comments_share(root) >= _DISCUSSION_SHARE or
                                             root.find(lambda t: "answer" in _attribute_words(t)) is not None)
    for tag in soup.find_all(_FURNITURE_TAGS):
        if not tag.decomposed and not _holds_content(tag, root, page_length) and not _holds_post(tag):
            tag.decompose()
    for tag in soup.find_all("header"):
        # An article's own <header> holds its headline; a page header is furniture.
        if not tag.decomposed and tag.find_parent("article") is None and not _holds_content(tag, root, page_length):
            tag.decompose()
    for tag in soup.find_all(_says_comments if discussion else _says_furniture):
        if not tag.decomposed and not _holds_content(tag, root, page_length):
            tag.decompose()
    for heading in soup.find_all(_HEADINGS):
        if not heading.decomposed and _FURNITURE_HEADING.match(collapse_whitespace(heading.get_text())):
            _drop_section_of(heading, root, page_length)


def _says_furniture(tag: Tag) -> bool:
    """True when class, id, role or aria-label names page furniture (nav, share, newsletter, ...)."""
    return not _attribute_words(tag).isdisjoint(_FURNITURE_WORDS)


def _says_comments(tag: Tag) -> bool:
    """Furniture on a discussion page: the same words but the comments'."""
    return not _attribute_words(tag).isdisjoint(_FURNITURE_WORDS - _COMMENT_WORDS)


def _attribute_words(tag: Tag) -> set[str]:
    if tag.name in ("html", "body", "main"):
        return set()
    words = set()
    for attribute in ("class", "id", "role", "aria-label"):
        value = tag.get(attribute)
        value = " ".join(value) if isinstance(value, list) else (value or "")
        value = re.sub(r"read[\s_-]*next", "readnext", value.lower())
        words.update(re.split(r"[^a-z0-9]+", value))
    return words


def _comments_share(root: Tag) -> float:
    """The share of the page's text in its outermost comment sections."""
    total = max(1, len(root.get_text()))
    sections = [t for t in root.find_all(lambda t: not _attribute_words(t).isdisjoint(_COMMENT_WORDS))
                if not any(not _attribute_words(p).isdisjoint(_COMMENT_WORDS) for p in t.parents)]
    return sum(len(t.get_text()) for t in sections) / total


def _holds_post(tag: Tag) -> bool:
    """A <form> wrapping a forum post ('usertext'): paragraphs of prose and no field to fill in."""
    return tag.name == "form" and tag.find(["input", "textarea", "select"], type=lambda t: t != "hidden") is None and \
        sum(len(p.get_text()) for p in tag.find_all("p")) >= _POST_CHARS


def _holds_content(tag: Tag, root: Tag, page_length: int) -> bool:
    """True for the root, its ancestors, and any element holding most of the root's text."""
    if tag is root or tag in root.parents:
        return True
    return len(tag.get_text()) >= _PROTECTED_SHARE * page_length and tag.find(["p", "table"]) is not None


def _drop_section_of(heading: Tag, root: Tag, page_length: int) -> None:
    """Drop a furniture heading with what it introduces: its whole section when it opens one."""
    parent = heading.parent
    opens_section = parent is not None and parent.find(True) is heading
    if opens_section and parent.name in ("section", "div", "aside") and not _holds_content(parent, root, page_length):
        parent.decompose()
        return
    sibling = heading.find_next_sibling()
    while sibling is not None and sibling.name not in _HEADINGS:
        following = sibling.find_next_sibling()
        sibling.decompose()
        sibling = following
    heading.decompose()


@dataclass
class _Walker:
    """Walks the main element in document order, turning inline runs into blocks and tables into rows."""

    builder: DocumentBuilder
    buffer: list[str] = field(default_factory=list)
    kind: str = "paragraph"
    buffer_kind: str = "paragraph"
    term: bool = False  # the buffer holds a <dt> term, waiting for its <dd>

    def walk(self, root: Tag) -> None:
        stack: list[tuple[object, str | None]] = [(root, None)]
        while stack:
            node, restore_kind = stack.pop()
            if restore_kind is not None:
                if node.name == "dt" and "".join(self.buffer).strip():
                    # "<dt>License</dt><dd>Apache 2.0</dd>" is one line, "License: Apache 2.0", as a card reads
                    self.buffer.append(" " if "".join(self.buffer).rstrip().endswith(":") else ": ")
                    self.term = True
                else:
                    self.flush()
                self.kind = restore_kind
            elif isinstance(node, NavigableString):
                self._add_text(node)
            elif isinstance(node, Tag):
                self._enter(node, stack)
        self.flush()

    def _enter(self, tag: Tag, stack: list) -> None:
        if tag.name == "br":
            self.flush()
        elif tag.name == "sup" and _CITATION.match(tag.get_text().strip()):
            return  # a citation mark, '[6]' or '[citation needed]': not a number of the sentence
        elif tag.name == "table" and _is_data_table(tag):
            self.flush()
            self.builder.add_table(*read_table(tag))
        else:
            if tag.name in _BLOCK_TAGS:
                if not (tag.name == "dd" and self.term):
                    self.flush()
                field = _key_value(tag) if tag.name in ("div", "p", "li") else None
                if field:  # '<div><span>Developer</span><span>Ashgrove AI</span></div>': "Developer: Ashgrove AI"
                    self.builder.add_block(_KIND_OF_TAG.get(tag.name, "item"), f"{field[0]}: {field[1]}")
                    return
                card = _stat_card(tag) if tag.name in ("div", "li", "a", "article") else None
                if card:  # a benchmark card laid out as separate short lines: one line, its parts split by ' · '
                    self.builder.add_block("item", " · ".join(card))
                    return
                self.term = False
                stack.append((tag, self.kind))
                self.kind = _KIND_OF_TAG.get(tag.name, self.kind)
            stack.extend((child, None) for child in reversed(tag.contents))

    def _add_text(self, node: NavigableString) -> None:
        if isinstance(node, PreformattedString):  # comments, doctypes, CDATA, processing instructions
            return
        if not self.buffer:
            self.buffer_kind = self.kind
        self.buffer.append(str(node))

    def flush(self) -> None:
        if self.buffer:
            text = "".join(self.buffer)
            self.builder.add_block(self.buffer_kind, text.rstrip().rstrip(":") if self.term else text)  # a term alone
        self.buffer = []
        self.term = False


_CARD_NUMBER = re.compile(r"^[+−±-]?\d{1,4}(?:[.,]\d+)?\s*%?\W{0,2}$")
_CARD_NODES = 40
_CARD_INNER = ("p", "ul", "ol", "table", "dl", "section", "article", "figure") + _HEADINGS


def _stat_card(tag: Tag) -> list[str] | None:
    """The short lines of a stat card ('+6.2', 'GPQA Diamond', 'pass@1', '71.2', 'vs 65.0 for GPT-4.1'): three to
    eight texts of at most 60 characters, one of them a figure alone, in an element holding no paragraph,
    list, table or heading."""
    if sum(1 for c in tag.contents if not isinstance(c, NavigableString) or c.strip()) < 3:
        return None  # (a card lays out three lines or more side by side)
    for count, node in enumerate(tag.descendants):  # a card is small: look at 40 nodes at most (deep pages stay linear)
        if count >= _CARD_NODES or isinstance(node, Tag) and node.name in _CARD_INNER:
            return None
    parts = [collapse_whitespace(t) for t in tag.stripped_strings]
    parts = [p for p in parts if p and p not in ("†", "*")]
    if not 3 <= len(parts) <= 8 or any(len(p) > 60 for p in parts) or sum(len(p) for p in parts) > 240:
        return None
    if not any(_CARD_NUMBER.match(p) and not p.startswith(("+", "−", "±", "-")) for p in parts):
        return None
    return parts


def _key_value(tag: Tag) -> tuple[str, str] | None:
    """(key, value) of an element made of two inline elements and nothing else, a short label then a
    value ('<span class="k">Licence</span><span class="v">MIT</span>'), which a browser shows apart
    by style but whose texts run together ("LicenceMIT")."""
    children = [c for c in tag.contents if not (isinstance(c, NavigableString) and not c.strip())]
    if len(children) != 2 or not all(isinstance(c, Tag) and c.name not in _BLOCK_TAGS and c.name != "br" for c in children):
        return None
    if not (children[0].name in ("label", "dt", "th") or (children[0].get("class") and children[1].get("class"))):
        return None  # '<b>Qwen</b><i>3</i>' is one name: only styled pairs (classes) or labels
    key, value = (collapse_whitespace(c.get_text(" ")) for c in children)
    if not key or not value or len(key) > 40 or key[-1] in ".:;,!?" or value[:1] in ":.,;" or not key[0].isalpha():
        return None
    return key, value


def _is_data_table(table: Tag) -> bool:
    """A table of data, not layout: two or more columns somewhere, no table nested inside, not marked
    presentational, and no cell holding a passage of prose (an e-mail's or a forum's layout cells)."""
    if table.find("table") is not None or table.get("role") in ("presentation", "none"):
        return False
    if any(len(text) > _PROSE_CELL_CHARS and ". " in text
           for text in (cell.get_text(" ", strip=True) for cell in table.find_all(["td", "th"]))):
        return False
    return any(len(tr.find_all(["td", "th"], recursive=False)) >= 2 for tr in table.find_all("tr"))


def read_table(table: Tag) -> tuple[list[tuple[list[str], bool]], str | None]:
    """Rows of (cells, is_header) with rowspan/colspan expanded into the full grid, and the caption.

    Args:
        table: a <table> element without nested tables.
    Returns:
        The rows padded to the table's width, and the caption text or None.
    """
    rows, spans = [], {}
    for tr in table.find_all("tr"):
        cells = tr.find_all(["td", "th"], recursive=False)
        header = tr.parent.name == "thead" or (bool(cells) and all(c.name == "th" for c in cells))
        rows.append((_expand_row(cells, spans, header), header))
    width = max((len(cells) for cells, _ in rows), default=0)
    padded = [(cells + [""] * (width - len(cells)), header) for cells, header in rows]
    caption = table.find("caption")
    return padded, collapse_whitespace(caption.get_text(" ")) if caption else None


def _expand_row(cells: list[Tag], spans: dict[int, list], header: bool = False) -> list[str]:
    """One grid row: cells spread over their colspan, plus cells carried down by rowspans above."""
    out: list[str] = []
    for cell in cells:
        _take_spans(out, spans, stop_at_gap=True)
        text, rows, cols = _cell_text(cell, header or not out), _span(cell, "rowspan"), _span(cell, "colspan")
        for _ in range(cols):
            if rows > 1:
                spans[len(out)] = [text, rows - 1]
            out.append(text)
    _take_spans(out, spans, stop_at_gap=False)
    return out


def _take_spans(out: list[str], spans: dict[int, list], stop_at_gap: bool) -> None:
    """Fill the next columns taken by rowspans; at the row's end, pad gaps before later spans."""
    while spans and (len(out) in spans or (not stop_at_gap and len(out) < max(spans))):
        carried = spans.get(len(out))
        if carried is None:
            out.append("")
            continue
        out.append(carried[0])
        carried[1] -= 1
        if carried[1] == 0:
            del spans[len(out) - 1]


def _span(cell: Tag, attribute: str) -> int:
    try:
        return min(max(int(str(cell.get(attribute, "1")).strip()), 1), _MAX_SPAN)
    except ValueError:
        return 1


def _cell_text(cell: Tag, header: bool = False) -> str:
    """A cell's text without footnote marks such as <sup>[1]</sup> or <sup>†</sup>; a header cell or a
    row's label keeps its mark as '[1]' (the note it points to may give the column's or the row's
    setting: '<sup>1</sup> 5-shot.')."""
    for sup in cell.find_all("sup"):
        mark = _FOOTNOTE_MARK.match(sup.get_text().strip())
        if header and mark:
            sup.replace_with(f" [{mark.group(1)}]")
        elif sup.find("a") is not None or mark:
            sup.decompose()
    return collapse_whitespace(cell.get_text(" "))
