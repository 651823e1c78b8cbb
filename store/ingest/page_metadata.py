"""An HTML page's metadata (title, URL, site name, author, date) as trafilatura reads it, with
what the page's own tags say where trafilatura falls short."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from store.cleaning.authors import organisation_written
from store.cleaning.meta import source_from_url
from store.ingest.page_tags import (
    account_not_site,
    body_url,
    page_title,
    script_date,
    without_code,
)
from store.timex.pubdates import known_date, quiet_libraries

if TYPE_CHECKING:
    from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no types
    from trafilatura.settings import Document


def html_metadata(
    tree: HtmlElement, html: str, url: str | None, fetched: dt.datetime | None
) -> dict[str, Any]:
    with quiet_libraries():
        meta = page_metadata(tree, url)
    if meta.author:  # trafilatura splits an organisation at "and": the page writes it whole
        meta.author = organisation_written(meta.author, html) or meta.author
    published = None
    if meta.date:
        try:
            published = known_date(dt.date.fromisoformat(meta.date[:10]), fetched=fetched)
        except ValueError:
            published = None
    url = meta.url or body_url(tree)
    sitename = None if account_not_site(meta.sitename, tree, url) else meta.sitename
    if not sitename and url:
        sitename = source_from_url(url)
    return {
        "title": page_title(meta.title, tree, url),
        "url": url,
        "source": sitename,
        "author": _author_name(meta.author, html, tree),
        "published": published,
    }


def page_metadata(tree: HtmlElement, url: str | None) -> Document:
    """trafilatura's `extract_metadata(tree, default_url=url, extensive=False)` for the fields a
    document keeps (title, URL, site name, author, date), step for step, without the
    categories, tags and licence it also looks for all over the page: they are a quarter of its
    time, and unused. tests/store/ingest/test_html_metadata.py holds the two answers alike.
    """
    from htmldate import find_date
    from trafilatura.metadata import (
        META_URL,
        examine_meta,
        extract_author,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
    )
    from trafilatura.settings import set_date_params

    meta = examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None
    with contextlib.suppress(Exception):  # as trafilatura: its JSON-LD reading has bugs
        meta = extract_meta_json(tree, meta)
    meta.title = meta.title or extract_title(tree)
    meta.author = meta.author or extract_author(tree)
    meta.url = meta.url or extract_url(tree, url)
    # No extensive search: it guesses a date from any year on the page (a footer's "©2025", the
    # RDF namespace's 2000 in an attribute), given as 1 January; of the 11 dates it alone found
    # on 120 real saved pages, 10 were wrong. The markup (meta tags, JSON-LD, <time>) and the
    # URL are still read.
    meta.date = find_date(
        without_code(tree), **{**set_date_params(extensive=False), "url": meta.url}
    ) or script_date(tree)
    meta.sitename = meta.sitename or extract_sitename(tree)
    if meta.sitename:
        meta.sitename = meta.sitename.lstrip("@")  # a Twitter handle
        if meta.sitename and "." not in meta.sitename and not meta.sitename[0].isupper():
            meta.sitename = meta.sitename.title()
    elif meta.url and (match := META_URL.match(meta.url)):
        meta.sitename = match[1]
    meta.clean_and_trim()
    return meta


# What a page's byline holds around the name, read with it as the author: its update note
# ("Cazzy Magennis Last Updated August 1") and a label with no name ("Written By").
_UPDATE_NOTE = re.compile(r"\s*\b(?:last\s+)?updated\b.*$", re.IGNORECASE)
_LABEL_ONLY = re.compile(r"(?:written|posted|published)?\s*by|authors?", re.IGNORECASE)


def _author_name(author: str | None, html: str = "", tree: HtmlElement | None = None) -> str | None:
    """The name in the author trafilatura read, or None when there is no name in it or it is
    the page's topic (`tree`'s links to it lead to a listing of articles: trafilatura takes a
    topic button for a byline when its markup says "author"); as the page's own tags write
    it when they write it shorter (trafilatura reads a byline's name and job title as one:
    "Nicoletta Richardson Trending Editor")."""
    from store.cleaning.authors import Page, author_names

    if not author:
        return None
    name = _UPDATE_NOTE.sub("", author).strip(" ,;:|-–—")
    if not name or _LABEL_ONLY.fullmatch(name):
        return None
    if tree is not None and _is_topic(name, tree):
        return None
    return author_names(name, Page(html, frozenset())) or name


def _is_topic(name: str, tree: HtmlElement) -> bool:
    """Whether the page's links with `name` for their text lead to a listing of its topic."""
    from store.cleaning.meta import names_a_topic

    wanted = name.casefold()
    links = [
        (text, anchor.get("href") or "")
        for anchor in tree.iter("a")
        if (text := " ".join(anchor.text_content().split())).casefold() == wanted
    ]
    return names_a_topic(name, links)
