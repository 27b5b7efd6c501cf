"""Property tests: offsets always point at the text they describe; parse fails only with ParseError."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.errors import ParseError
from claimgraph.model import RawDocument
from claimgraph.sources import parse

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_words = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=30)
_line = st.one_of(
    _words,
    _words.map(lambda w: f"# {w}"),
    _words.map(lambda w: f"  • {w}"),
    _words.map(lambda w: f"- {w}"),
    st.lists(_words, min_size=1, max_size=4).map(lambda cells: "| " + " | ".join(cells) + " |"),
    st.just("|---|---|"),
    st.lists(_words.filter(lambda w: w.strip()), min_size=2, max_size=3).map("   ".join),
    st.just(""),
    st.just("==="),
)
_markdown = st.lists(_line, max_size=25).map("\n".join)

_fragment = st.one_of(
    _words.map(lambda w: w.replace("<", "").replace("&", "")),
    st.sampled_from(["<p>", "</p>", "<b>", "</b>", "<li>", "<ul>", "</ul>", "<h2>", "</h2>", "<br>", "<div class='share'>",
                     "</div>", "<table>", "<tr>", "<td rowspan='3'>", "<th colspan='2'>", "</td>", "</tr>", "</table>",
                     "<sup>1</sup>", "<nav>", "</nav>", "<article>", "<script>", "</script>", "<!--", "-->"]),
)
_html = st.lists(_fragment, max_size=40).map("".join)


def _assert_offsets(doc):
    for block in doc.blocks:
        assert doc.text[block.start:block.end] == block.text
    for table in doc.tables:
        for row in table.rows:
            assert doc.text[row.start:row.end] == " | ".join(row.cells)


def _pieces_in_order(doc):
    """Block texts and row renderings, in the order of their offsets."""
    pieces = [(b.start, b.text) for b in doc.blocks]
    pieces += [(r.start, " | ".join(r.cells)) for t in doc.tables for r in t.rows]
    return [text for _, text in sorted(pieces)]


def _parse_or_parse_error(raw):
    try:
        return parse(raw)
    except ParseError:
        return None


@FAST
@given(_markdown, st.sampled_from(["text/plain", "text/markdown"]))
def test_text_offsets_always_match(text, media_type):
    doc = _parse_or_parse_error(RawDocument("gen.md", text.encode("utf-8"), media_type))
    if doc is not None:
        _assert_offsets(doc)
        assert doc.text == "\n\n".join(_pieces_in_order(doc))


@FAST
@given(_html)
def test_html_offsets_always_match(markup):
    doc = _parse_or_parse_error(RawDocument("gen.html", markup.encode("utf-8"), "text/html"))
    if doc is not None:
        _assert_offsets(doc)
        assert doc.text == "\n\n".join(_pieces_in_order(doc))


@FAST
@given(st.binary(max_size=400), st.sampled_from(["text/plain", "text/markdown", "text/html"]), st.sampled_from([None, "utf-8", "bogus-charset", "utf-16"]))
def test_random_bytes_raise_only_parse_error(content, media_type, encoding):
    doc = _parse_or_parse_error(RawDocument("random.bin", content, media_type, encoding))
    if doc is not None:
        _assert_offsets(doc)
