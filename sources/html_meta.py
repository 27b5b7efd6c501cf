"""Page metadata from <meta> tags, JSON-LD and <time>: title, published date, author, publisher."""
from __future__ import annotations

import json
import re
from datetime import date, datetime

from bs4 import BeautifulSoup

from claimgraph.sources.document import collapse_whitespace

_DATE_METAS = ("article:published_time", "og:published_time", "date", "pubdate", "publish-date",
               "publish_date", "publishdate", "dc.date", "dc.date.issued", "dcterms.created",
               "citation_publication_date", "sailthru.date", "parsely-pub-date")
_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_TEXT_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y")
_ARTICLE_TYPES = ("Article", "NewsArticle", "BlogPosting", "Report", "TechArticle", "ScholarlyArticle",
                  "AnalysisNewsArticle", "ReportageNewsArticle", "OpinionNewsArticle", "WebPage")


def read_metadata(soup: BeautifulSoup) -> dict[str, str | None]:
    """Title, published (YYYY-MM-DD), author and publisher, each from the most reliable place that has it.

    Args:
        soup: the whole parsed page, before furniture is removed.
    Returns:
        A dict with keys title, published, author, publisher (values may be None).
    """
    ld = _read_json_ld(soup)
    h1 = soup.find("h1")
    return {
        "title": _first(_meta(soup, "og:title"), ld.get("headline"), h1 and h1.get_text(" "),
                        soup.title and soup.title.get_text(" ")),
        "published": _first(*(to_iso_date(v) for v in _date_candidates(soup, ld))),
        "author": _first(_names(ld.get("author")), _meta(soup, "author"), _not_url(_meta(soup, "article:author"))),
        "publisher": _first(_names(ld.get("publisher")), _meta(soup, "og:site_name")),
    }


def _date_candidates(soup: BeautifulSoup, ld: dict) -> list[str]:
    values = [ld.get("datePublished")] + [_meta(soup, name) for name in _DATE_METAS]
    values += [t.get("datetime") for t in soup.find_all("time", attrs={"datetime": True})]
    values += [ld.get("dateCreated"), ld.get("dateModified")]
    # last, a visible dateline: '<p class="date">2026.04.22 · Lab</p>', '<div class="byline">By A · March 4, 2026</div>'
    for element in soup.find_all(class_=_DATELINE_CLASS, limit=8):
        text = collapse_whitespace(element.get_text(" "))
        if len(text) <= 160 and (found := _ISO_DATE.search(text) or _TEXT_DATE.search(text)):
            values.append(found.group(0))
    return [v for v in values if isinstance(v, str)]


_DATELINE_CLASS = re.compile(r"(?:^|[-_\s])(?:date|dateline|byline|published|posted|pubdate|timestamp|post-meta|article-meta|entry-meta)(?:$|[-_\s])", re.I)
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_TEXT_DATE = re.compile(rf"\b{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}\b|\b\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}\b")


def to_iso_date(value: str | None) -> str | None:
    """`2026-03-04T09:30:00Z`, `2026/03/04` or `March 4, 2026` as `2026-03-04`; None when not a date."""
    value = collapse_whitespace(value or "")
    match = _ISO_DATE.search(value)
    try:
        if match:
            return date(*(int(g) for g in match.groups())).isoformat()
    except ValueError:
        return None
    value = re.sub(r"\b(Sep)t\b", r"\1", re.sub(r"\b([A-Z][a-z]{2,8})\.", r"\1", value))  # 'Sept. 4, 2026'
    for fmt in _TEXT_DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _meta(soup: BeautifulSoup, name: str) -> str | None:
    """The content of <meta property=name> or <meta name=name> (case-insensitive)."""
    for attribute in ("property", "name", "itemprop"):
        tag = soup.find("meta", attrs={attribute: lambda v: isinstance(v, str) and v.strip().lower() == name})
        if tag is not None and tag.get("content"):
            return str(tag["content"])
    return None


def _read_json_ld(soup: BeautifulSoup) -> dict:
    """The JSON-LD object describing the article (flattening lists and @graph); {} when none."""
    objects: list[dict] = []
    for script in soup.find_all("script", attrs={"type": re.compile(r"ld\+json", re.I)}):
        try:
            data = json.loads(script.get_text(), strict=False)
        except (ValueError, RecursionError):
            continue
        objects.extend(_flatten_ld(data))
    typed = [o for o in objects if set(_types(o)) & set(_ARTICLE_TYPES)]
    article = next((o for o in typed if "WebPage" not in _types(o)), None) or (typed or objects or [{}])[0]
    return article


def _flatten_ld(data: object) -> list[dict]:
    """Every dict in a JSON-LD payload: top-level lists and @graph members, iteratively."""
    out, pending = [], [data]
    while pending:
        item = pending.pop(0)
        if isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, dict):
            out.append(item)
            if isinstance(item.get("@graph"), list):
                pending.extend(item["@graph"])
    return out


def _types(obj: dict) -> list[str]:
    value = obj.get("@type", [])
    return [value] if isinstance(value, str) else [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _names(value: object) -> str | None:
    """Names from a JSON-LD author/publisher: a string, an object with `name`, or a list of them."""
    items = value if isinstance(value, list) else [value]
    names = [i if isinstance(i, str) else i.get("name") if isinstance(i, dict) else None for i in items]
    names = [collapse_whitespace(n) for n in names if isinstance(n, str) and n.strip()]
    return ", ".join(dict.fromkeys(names)) or None


def _not_url(value: str | None) -> str | None:
    return None if value is None or value.startswith(("http://", "https://")) else value


def _first(*values: object) -> str | None:
    """The first value that is a non-blank string, whitespace collapsed."""
    for value in values:
        if isinstance(value, str) and collapse_whitespace(value):
            return collapse_whitespace(value)
    return None
