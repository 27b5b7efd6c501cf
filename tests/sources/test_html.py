"""HTML parsing: metadata, furniture removal, tables, broken and deep markup."""
from __future__ import annotations

from claimgraph.model import RawDocument
from claimgraph.sources import parse

FURNITURE = ("SITE HEADER", "NAV LINK", "SHARE ON", "NEWSLETTER PITCH", "READ NEXT TEASER", "ADVERTISEMENT",
             "COMMENT BY", "SIDEBAR", "RELATED POST", "ARIA READ NEXT", "COOKIE CONSENT", "FOOTER", "SCRIPT TEXT",
             "color: red", "a comment that must not show", "Read next")


def _html(body: str) -> RawDocument:
    return RawDocument("page.html", body.encode("utf-8"), "text/html")


def test_furniture_is_dropped_and_article_text_kept(raw_from, assert_offsets):
    doc = parse(raw_from("furniture_page.html", "text/html"))
    for marker in FURNITURE:
        assert marker not in doc.text, marker
    paragraphs = [b.text for b in doc.blocks if b.kind == "paragraph"]
    assert "Tiny Lab released Nova 7B under Apache 2.0, and it scored 71.3 on GPQA Diamond." in paragraphs
    assert "Titan-90B, from BigCo, reached 69.8 on the same test." in paragraphs
    assert "We did not expect this, said the team." in paragraphs
    assert "A loose div paragraph about MMLU-Pro at 78.4." in paragraphs
    assert [b.text for b in doc.blocks if b.kind == "item"] == ["Open weights", "Runs on one GPU"]
    assert doc.blocks[0].kind == "heading" and doc.blocks[0].text == "Nova 7B beats a model ten times its size"
    assert "Closing paragraph of the article" in paragraphs and "with a line break." in paragraphs
    assert_offsets(doc)


def test_json_ld_graph_wins_for_metadata(raw_from):
    doc = parse(raw_from("furniture_page.html", "text/html"))
    assert doc.published == "2026-03-05"
    assert doc.author == "Ada Writer, Bo Editor"
    assert doc.publisher == "Example Wire Ltd"
    assert doc.title == "Nova 7B review"


def test_meta_tags_and_time_give_metadata_without_json_ld():
    doc = parse(_html('<html><head><title>Plain title</title><meta name="author" content="Cy Reporter">'
                      '<meta property="og:site_name" content="Daily Models"><meta name="pubdate" content="March 9, 2026">'
                      "</head><body><p>Body text here.</p></body></html>"))
    assert (doc.title, doc.published, doc.author, doc.publisher) == ("Plain title", "2026-03-09", "Cy Reporter", "Daily Models")
    timed = parse(_html('<article><p>Posted <time datetime="2026-04-01T12:00">April 1</time>.</p></article>'))
    assert timed.published == "2026-04-01"


def test_a_visible_dateline_gives_the_date_when_no_meta_or_time_does():
    dotted = parse(_html('<article><p class="date">2026.04.22 · Lab blog</p><p>Body text here.</p></article>'))
    assert dotted.published == "2026-04-22"
    byline = parse(_html('<div class="post-byline">By Ana Reyes · Sept. 4, 2026</div><p>Body text here.</p>'))
    assert byline.published == "2026-09-04"
    assert parse(_html('<p class="note">Updated March 4, 2026</p><p>Body.</p>')).published is None  # not a dateline


def test_table_with_spans_thead_caption_and_footnotes(raw_from, assert_offsets):
    doc = parse(raw_from("spans_table.html", "text/html"))
    assert doc.published == "2026-01-15" and doc.title == "Span table test"
    [table] = doc.tables
    assert table.caption == "Scores by benchmark 1"
    assert [r.cells for r in table.header_rows] == [
        ("Model", "GPQA", "GPQA", "MMLU"),
        ("Model", "pass@1", "pass@4", "5-shot"),
    ]
    assert [r.cells for r in table.body_rows] == [
        ("Nova 7B", "71.3", "75.0", "78.4"),
        ("Nova 7B", "72.0 (avg)", "72.0 (avg)", "79.1"),
        ("Titan-90B", "69.8", "—", "77.9"),
    ]
    assert "Layout table cell, one column, read as text." in [b.text for b in doc.blocks]
    intro, layout, outro = (doc.text.index(s) for s in ("Intro before", "Layout table", "Outro after"))
    assert intro < table.rows[0].start < table.rows[-1].end < outro and layout < outro
    assert_offsets(doc)


def test_broken_html_does_not_crash(raw_from, assert_offsets):
    doc = parse(raw_from("broken.html", "text/html"))
    assert "First para with unclosed italics" in doc.text and "Second para" in doc.text
    assert doc.tables and doc.tables[0].rows[0].cells == ("a", "b")
    assert_offsets(doc)


def test_deeply_nested_html_does_not_overflow_the_stack(assert_offsets):
    depth = 20000
    doc = parse(_html("<html><body>" + "<div>" * depth + "<p>Deep text.</p>" + "</div>" * depth + "<p>After.</p></body></html>"))
    assert "After." in doc.text
    assert_offsets(doc)


def test_meta_charset_is_honoured():
    raw = RawDocument("p.html", '<html><head><meta charset="windows-1252"></head><body><p>Caf\u00e9 \u20ac3</p></body></html>'.encode("cp1252"), "text/html")
    assert parse(raw).text == "Caf\u00e9 \u20ac3"


def test_a_definition_list_reads_as_term_colon_definition_lines(assert_offsets):
    doc = parse(_html("<article><h1>Card</h1><dl><dt>License</dt><dd>Apache 2.0</dd><dt>Parameters:</dt>"
                      "<dd>7.2B</dd><dt>Alone</dt><dt>Developed by</dt><dd><b>Nordwind</b> Labs</dd></dl>"
                      "<p>After the list.</p></article>"))
    assert [b.text for b in doc.blocks if b.kind == "item"] == [
        "License: Apache 2.0", "Parameters: 7.2B", "Alone", "Developed by: Nordwind Labs"]
    assert "After the list." in [b.text for b in doc.blocks]
    assert_offsets(doc)


def test_styled_key_value_rows_read_as_fields_and_inline_names_stay_whole():
    from claimgraph.extractors import claim_rows, extract
    doc = parse(_html('<body><div class="card"><div class="title">Foo-2 9B</div>'
                      '<div class="row"><span class="k">Developer</span><span class="v">Kiln Labs</span></div>'
                      '<div class="row"><span class="k">Licence</span><span class="v">MIT</span></div>'
                      '<div class="row"><span class="k">Released</span><span class="v">22 Jul 2025</span></div></div>'
                      '<p><b>Qwen</b><i>3</i></p></body>'))
    assert [b.text for b in doc.blocks] == ["Foo-2 9B", "Developer: Kiln Labs", "Licence: MIT", "Released: 22 Jul 2025", "Qwen3"]
    rows = {(r["kind"], r["subject"], r["object"]) for r in claim_rows(doc.source_id, extract(doc))}
    assert rows >= {("developer", "Foo-2 9B", "Kiln Labs"), ("license", "Foo-2 9B", "MIT"), ("release", "Foo-2 9B", "2025-07-22")}


def test_the_footer_goes_but_its_about_paragraph_stays(assert_offsets):
    page = ("<html><body><article><h1>Pelican-9B is out</h1><p>Today we release Pelican-9B, our first open model.</p>"
            "</article><footer><p><strong>About Estuary AI</strong> — Estuary AI is a Japanese AI research company "
            "headquartered in Osaka, building open models for document understanding.</p>"
            "<p><a href='/careers'>Careers</a> · <a href='/press'>Press</a> · <a href='/blog'>Blog</a></p>"
            "<p>© 2025 Estuary AI. All rights reserved. We use cookies to improve your experience on this site.</p>"
            "</footer></body></html>")
    doc = parse(_html(page))
    assert_offsets(doc)
    assert doc.blocks[-1].text.startswith("About Estuary AI — Estuary AI is a Japanese AI research company")
    assert "Careers" not in doc.text and "rights reserved" not in doc.text


def test_a_forum_threads_post_and_comments_are_its_content_but_a_news_pages_comments_are_not():
    comment = ('<div class="thing comment"><p class="tagline">user{0} 12 points</p><div class="md"><p>Reply {0}: I get '
               'a different figure for Foo-2 24B on MMLU-Pro with the same five-shot setup, about a point lower.</p></div>'
               '<ul class="buttons"><li><a href="#">reply</a></li></ul></div>')
    thread = ('<html><body><div id="header"><a href="/">home</a></div><div class="content" role="main">'
              '<div class="thing link"><p class="title">My own runs of Foo-2 24B</p>'
              '<form class="usertext"><input type="hidden" name="id" value="t3"><div class="md"><p>Foo Labs dropped Foo-2 24B '
              'on Tuesday and the card claims 71.9 on MMLU-Pro; I ran it myself on two GPUs over the weekend and got '
              'rather less than that, so here are my numbers, the settings and how I ran each of them.</p></div></form></div>'
              '<div class="commentarea">' + "".join(comment.format(k) for k in range(4)) + '</div></div></body></html>')
    text = parse(_html(thread)).text
    assert "the card claims 71.9 on MMLU-Pro" in text and "Reply 3: I get a different figure" in text
    news = ('<html><body><div role="main"><h1>Foo-2 24B is out</h1>' + "<p>Foo Labs released Foo-2 24B today, "
            "a dense model that it says scores 71.9 on MMLU-Pro in a five-shot setting.</p>" * 6 +
            '<div class="comments">' + comment.format(0) + '</div></div></body></html>')
    text = parse(_html(news)).text
    assert "released Foo-2 24B today" in text and "Reply 0" not in text


def test_citation_marks_are_not_part_of_the_text():
    page = ('<html><body><article><p>It scored 74.1 on MMLU-Pro.<sup class="reference"><a href="#cite_note-6">[6]</a></sup> '
            'After the update it scored 58.2%.<sup><a href="#c8">[8]</a></sup><sup>[<i>citation needed</i>]</sup> '
            'Water is H<sub>2</sub>O and x<sup>2</sup> grows.</p></article></body></html>')
    text = parse(_html(page)).text
    assert text == "It scored 74.1 on MMLU-Pro. After the update it scored 58.2%. Water is H2O and x2 grows."


def test_layout_tables_of_an_email_or_a_forum_are_read_as_text():
    prose = ("Foo Labs shipped Foo-2 32B this week. It scores 62.4 on SWE-bench Verified with the lab's own scaffold, "
             "which is a big jump for a dense model of that size, and the weights are Apache 2.0 with no usage cap.")
    page = (f'<html><body><table role="presentation"><tr><td>{prose}</td></tr></table>'
            f'<table class="comment"><tr><td class="ind"></td><td class="votelinks">^</td><td class="default">{prose}</td></tr></table>'
            '<table><tr><th>Model</th><th>MMLU</th></tr><tr><td>Foo-2 32B</td><td>71.2</td></tr></table></body></html>')
    doc = parse(_html(page))
    assert [b.text for b in doc.blocks if b.text.startswith("Foo Labs")] == [prose, prose]
    assert [r.cells for r in doc.tables[0].rows] == [("Model", "MMLU"), ("Foo-2 32B", "71.2")] and len(doc.tables) == 1


def test_comments_under_the_answers_of_a_question_page_are_content():
    page = ('<html><body><div id="content"><div class="question"><p>Which is better for code review, Foo-2 14B or Bar-3 '
            '14B? We have one GPU and want the model that catches more bugs in pull requests.</p></div>'
            '<div id="answers"><div class="answer"><p>Bar-3 14B, clearly: it is ahead on HumanEval and LiveCodeBench, '
            'and it follows review templates better in our experience over three months.</p>'
            '<div class="comments"><div class="comment"><span class="comment-copy">Foo-2 14B is under the Foo Open '
            'License, not an OSI licence.</span></div></div></div></div></div></body></html>')
    assert "Foo-2 14B is under the Foo Open License" in parse(_html(page)).text


def test_review_cards_marked_as_articles_are_not_the_page_article():
    overview = "<p>" + "Kestrel-2 is a family of bilingual models developed by Fernleaf AI. " * 8 + "</p>"
    review = "<article class='review'><p>5 stars. Best model we could self-host on our own GPUs.</p></article>"
    html = f"<html><body><main><h1>Kestrel-2</h1><section>{overview}</section>{review}{review}</main></body></html>"
    doc = parse(RawDocument(source_id="/x/listing.html", content=html.encode(), media_type="text/html"))
    texts = [b.text for b in doc.blocks]
    assert texts[0] == "Kestrel-2" and texts[1].startswith("Kestrel-2 is a family") and any("5 stars" in t for t in texts)
    single = f"<html><body><nav>Home</nav><article><h1>Post</h1>{overview}</article><p>Footer words.</p></body></html>"
    doc = parse(RawDocument(source_id="/x/post.html", content=single.encode(), media_type="text/html"))
    assert [b.text[:9] for b in doc.blocks] == ["Post", "Kestrel-2"]


def test_mathml_tex_annotations_are_not_text():
    cell = ('<td>72.5<math alttext="{}_{\\pm 1.7}"><semantics><msub><mi></mi><mrow><mo>±</mo><mn>1.7</mn></mrow></msub>'
            '<annotation encoding="application/x-tex">{}_{\\pm 1.7}</annotation></semantics></math></td>')
    html = f"<html><body><table><tr><th>Model</th><th>AIME 2025</th></tr><tr><td>Kestrel-7B</td>{cell}</tr></table></body></html>"
    doc = parse(RawDocument(source_id="/x/paper.html", content=html.encode(), media_type="text/html"))
    assert doc.tables[0].rows[1].cells == ("Kestrel-7B", "72.5 ± 1.7")


def test_a_stat_card_of_short_lines_is_one_item():
    card = ('<div class="card"><span class="delta">+6.2</span><div class="name">GPQA Diamond</div>'
            '<span class="chip">pass@1</span><div class="score">71.2</div><div class="vs">vs 65.0 for Heron-3</div></div>')
    html = f"<html><body><main><h2>Kestrel-3 Pro</h2><p>Our new model is here and it is good.</p>{card}</main></body></html>"
    doc = parse(RawDocument(source_id="/x/launch.html", content=html.encode(), media_type="text/html"))
    assert [(b.kind, b.text) for b in doc.blocks][-1] == ("item", "+6.2 · GPQA Diamond · pass@1 · 71.2 · vs 65.0 for Heron-3")
