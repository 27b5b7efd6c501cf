"""Feed parsing: RSS 0.91/1.0/2.0 and Atom, relative links, malformed feeds, no external entities."""
from __future__ import annotations

import pytest

from claimgraph.errors import ParseError
from claimgraph.sources.feeds import parse_feed, strip_doctype

BASE = "https://news.example/feeds/main.xml"

RSS_091 = b"""<?xml version="1.0"?><rss version="0.91"><channel><title>Old</title><link>https://news.example/</link>
<item><title>One</title><link>https://news.example/one.html</link></item></channel></rss>"""
RSS_10 = b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://news.example/"><title>RDF</title><link>https://news.example/</link></channel>
<item rdf:about="https://news.example/two.html"><title>Two</title><link>https://news.example/two.html</link></item></rdf:RDF>"""
RSS_20 = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>New</title><link>https://news.example/</link>
<item><title>Three</title><link>/three.html</link><pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate></item>
<item><title>Three again</title><link>https://news.example/three.html</link></item>
<item><title>Mail</title><link>mailto:x@news.example</link></item></channel></rss>"""
ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:a</id>
<updated>2026-03-01T00:00:00Z</updated>
<entry><title>Four</title><id>urn:4</id><updated>2026-03-01T00:00:00Z</updated>
<link rel="enclosure" href="https://cdn.example/four.mp3"/><link rel="alternate" href="four.html"/></entry></feed>"""


@pytest.mark.parametrize("content, link", [
    (RSS_091, "https://news.example/one.html"),
    (RSS_10, "https://news.example/two.html"),
    (ATOM, "https://news.example/feeds/four.html"),
])
def test_each_feed_format_yields_its_item_links(content, link):
    assert [i.link for i in parse_feed(content, BASE)] == [link]


def test_rss2_links_are_absolute_unique_and_http_only():
    items = parse_feed(RSS_20, BASE)
    assert [i.link for i in items] == ["https://news.example/three.html"]
    assert items[0].title == "Three" and items[0].updated.startswith("Tue")


@pytest.mark.parametrize("content", [b"<rss version='2.0'><channel><item><title>cut</tit", b"\x00\x01 not xml",
                                     b"<html><body><p>a page, not a feed</p></body></html>"])
def test_malformed_or_non_feed_is_one_parse_error(content):
    with pytest.raises(ParseError, match=r"^source 'https://news.example/feeds/main.xml': not a"):
        parse_feed(content, BASE)


def test_empty_feed_has_no_items():
    assert parse_feed(b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title></channel></rss>", BASE) == []


def test_external_entities_are_never_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    feed = (f'<?xml version="1.0"?>\n<!DOCTYPE rss [\n  <!ENTITY xxe SYSTEM "file://{secret}">\n'
            f'  <!ENTITY % dtd SYSTEM "file://{secret}"> %dtd;\n]>\n'
            '<rss version="2.0"><channel><title>t &xxe;</title>'
            '<item><title>x &xxe;</title><link>https://news.example/x.html</link><description>&xxe;</description></item>'
            "</channel></rss>").encode()
    items = parse_feed(feed, BASE)
    assert [i.link for i in items] == ["https://news.example/x.html"]
    assert "TOP-SECRET" not in repr(items)


def test_a_feed_body_naming_a_file_is_not_opened(tmp_path):
    # feedparser.parse(bytes) would open a file of that name; we hand it a stream
    secret = tmp_path / "feed.xml"
    secret.write_bytes(RSS_091)
    with pytest.raises(ParseError):
        parse_feed(str(secret).encode(), BASE)


def test_doctype_and_entities_are_stripped():
    assert strip_doctype(b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "b">]><r/>') == b'<?xml version="1.0"?><r/>'
    assert strip_doctype(b'<!DOCTYPE r SYSTEM "http://evil.example/x.dtd"><r/>') == b"<r/>"
