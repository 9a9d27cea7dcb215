"""RSS and Atom feeds as lists of articles: each entry's title, date, link and text.

Feeds are read by feedparser, the field's parser for every RSS and Atom version (it also
sanitises the HTML entries carry). An entry's text is its full content where the feed
carries it, else its summary; ``--follow`` fetches the linked page of an entry that has only
a summary (:mod:`geomap.text` does that, through :mod:`geomap.web`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Tuple

from .dates import iso_date

__all__ = ["Entry", "Feed", "looks_like_feed", "parse_feed"]

#: A feed's root element, after an optional XML declaration, comments and processing instructions.
_ROOT = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--.*?-->|<\?[^>]*\?>|<!DOCTYPE[^>]*>)\s*)*"
    rb"<(?:[A-Za-z_][\w.-]*:)?(rss|feed|RDF)\b", re.S)


def looks_like_feed(data: bytes) -> bool:
    """Whether ``data`` starts like an RSS (0.9x, 1.0, 2.0) or Atom document."""
    return bool(_ROOT.match(data[:4096]))


@dataclass(frozen=True)
class Entry:
    """One item of a feed.

    :param id: the entry's link, else its guid (an article's id in every output).
    :param html: the entry's full content, else its summary (sanitised HTML, or text).
    :param full: whether ``html`` is the full content (``False``: a summary or nothing).
    """

    id: Optional[str]
    title: Optional[str]
    date: Optional[str]
    url: Optional[str]
    html: str
    full: bool


@dataclass(frozen=True)
class Feed:
    title: Optional[str]
    entries: Tuple[Entry, ...]


def parse_feed(data: bytes, url: Optional[str] = None) -> Optional[Feed]:
    """The feed in ``data``, or ``None`` where it is no RSS or Atom feed.

    :param url: where it was fetched from, to resolve relative links.
    """
    import feedparser

    doc = feedparser.parse(data, response_headers={"content-location": url} if url else None)
    if not doc.get("version") and not doc.entries:
        return None
    entries = []
    for e in doc.entries:
        content = [c.get("value", "") for c in (e.get("content") or []) if c.get("value", "").strip()]
        summary = e.get("summary") or ""
        link = _clean(e.get("link"))
        entries.append(Entry(
            id=link or _clean(e.get("id")),
            title=_clean(e.get("title")),
            date=iso_date(e.get("published") or e.get("updated")) or iso_date(
                e.get("published_parsed") or e.get("updated_parsed")),
            url=link,
            html="\n".join(content) if content else summary,
            full=bool(content),
        ))
    return Feed(_clean(doc.feed.get("title")), tuple(entries))


def _clean(value: object) -> Optional[str]:
    text = " ".join(str(value).split()) if value else ""
    return text or None
