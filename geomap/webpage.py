"""A news web page's story: its main text, title, publication date and canonical URL.

A saved or fetched news page holds far more than the story: menus ("London Desk"), a byline,
"related" links, a footer ("© 2020 Example News, Paris"). Mapped whole, each of those becomes
a pin. The story is found by trafilatura, the main-text extractor made for news and the web
(it also finds the page's metadata, dates through htmldate); what it keeps is the headline
and the story's paragraphs, one a line.

    >>> page = extract_page(open("story.html", encoding="utf-8").read())   # doctest: +SKIP
    >>> page.title, page.date, page.url                                      # doctest: +SKIP
    ('Shelling hits Idlib as talks stall', '2020-02-14', 'https://news.example.org/idlib')
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

from .dates import iso_date

__all__ = ["Page", "extract_page"]


@dataclass(frozen=True)
class Page:
    """What a web page says about its story.

    :param text: the story's text (headline first, one paragraph a line), ``""`` where no
        main text was found (the caller then falls back to all visible text).
    :param title: the story's headline or the page's title.
    :param date: the publication date, ISO 8601.
    :param url: the page's canonical URL (``<link rel="canonical">``, ``og:url``), else the
        address it was fetched from.
    """

    text: str
    title: Optional[str] = None
    date: Optional[str] = None
    url: Optional[str] = None


def extract_page(html: str, url: Optional[str] = None) -> Page:
    """The story of ``html`` (a whole page), and its title, date and canonical URL.

    :param url: where the page was fetched from, if it was (used where the page names no
        canonical URL of its own, and to resolve a relative one).
    """
    import trafilatura

    # trafilatura logs every page it finds too short at WARNING: geomap says what matters itself
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, deduplicate=False)
    except Exception:  # noqa: BLE001 - a page the extractor chokes on still gets the fallback
        doc = None
    if doc is None:
        try:
            doc = trafilatura.extract_metadata(html, default_url=url)
        except Exception:  # noqa: BLE001
            doc = None
    if doc is None:
        return Page("", url=url)
    text = getattr(doc, "text", None) or ""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return Page(
        text="\n".join(line for line in lines if line),
        title=_clean(getattr(doc, "title", None)),
        date=iso_date(getattr(doc, "date", None)),
        url=_clean(getattr(doc, "url", None)) or url,
    )


def _clean(value: Optional[str]) -> Optional[str]:
    text = " ".join(str(value).split()) if value else ""
    return text or None
