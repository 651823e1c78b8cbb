"""Front matter's fields as a document's: the keys each field is read from, the first present
winning, and the values that cannot be one named in a warning rather than stored."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from store.ingest.front_matter import split_front_matter, web_address_problem
from store.models import RawDoc
from store.timex.pubdates import DateError, known_date, parse_datetime

# Front matter keys for each field, the first present wins.
TITLE_KEYS = ("title", "headline")
URL_KEYS = ("url", "link", "source_url", "canonical_url")
SOURCE_KEYS = ("source", "site", "sitename", "site_name", "publisher")
AUTHOR_KEYS = ("author", "byline", "authors")
DATE_KEYS = ("date", "published", "pubdate", "published_at", "date_published")
FETCHED_KEYS = ("fetch_date", "fetched", "retrieved", "crawled", "crawl_date")
# Text fields taken as written where YAML reads them otherwise ("We're #1" cut at a comment).
TEXT_KEYS = frozenset(TITLE_KEYS + SOURCE_KEYS + AUTHOR_KEYS)


def read_front_matter(path: Path, text: str, content_hash: str) -> RawDoc:
    """The body is always kept: fields that cannot be read are left out and named in one
    warning."""
    front = split_front_matter(text, as_written=TEXT_KEYS)
    fields = _Fields(front.fields)
    fetched = fields.datetime(FETCHED_KEYS)
    if fetched is not None and known_date(fetched) is None:
        fetched = None  # a placeholder fetch date would make every real date look too late
    published = fields.datetime(DATE_KEYS)
    raw = RawDoc(
        path=str(path),
        format="markdown",
        text=front.body,
        title=fields.text(TITLE_KEYS),
        url=fields.url(URL_KEYS),
        source=fields.text(SOURCE_KEYS),
        author=fields.text(AUTHOR_KEYS),
        published=known_date(published, fetched=fetched),
        fetched=fetched,
        content_hash=content_hash,
    )
    unreadable = [*fields.unreadable, *front.unreadable]
    if unreadable:
        raw.warnings.append(f"stored, but front matter unreadable: {', '.join(unreadable)}")
    if not front.body.strip():
        # A clipping of a page the crawler could not read (a paywall, a script-only page)
        # still names the article and where it is: kept, and said to have no text.
        raw.warnings.append("stored with its metadata alone: no text after the front matter")
    return raw


class _Fields:
    """Front matter values as RawDoc's fields, noting each that cannot be one."""

    def __init__(self, meta: dict[Any, Any]) -> None:
        self.meta = {str(key).strip().lower(): value for key, value in meta.items()}
        self.unreadable: list[str] = []

    def text(self, keys: tuple[str, ...]) -> str | None:
        for key in keys:
            try:
                value = _as_text(self.meta.get(key))
            except ValueError:
                self.unreadable.append(key)
                continue
            if value:
                return value
        return None

    def url(self, keys: tuple[str, ...]) -> str | None:
        """The first web address among `keys`; a value that is none is named, not stored."""
        for key in keys:
            value = self.text((key,))
            problem = web_address_problem(value) if value else None
            if problem is not None:
                self.unreadable.append(f"{key} {_shown(value or '')} ({problem})")
            elif value:
                return value
        return None

    def datetime(self, keys: tuple[str, ...]) -> dt.datetime | None:
        for key in keys:
            value = self.text((key,))
            if value and value.lower() not in FLAGS:
                try:
                    return parse_datetime(value)
                except DateError:
                    self.unreadable.append(f"{key} {_shown(value)}")
        return None


# Jekyll and Hugo write `published: false` for a draft: a flag, not a date to report.
FLAGS = frozenset({"true", "false", "yes", "no", "on", "off"})


SHOWN_VALUE_CHARS = 40


def _as_text(value: Any) -> str | None:
    """A value as one line of text: lists joined, a mapping by its `name`; ValueError for a
    mapping without one."""
    if isinstance(value, dict):
        if "name" not in value:
            raise ValueError("a mapping")
        value = value["name"]
    if isinstance(value, list):
        names = []
        for item in value:
            try:
                names.append(_as_text(item))
            except ValueError:
                continue
        value = ", ".join(name for name in names if name)
    if value is None:
        return None
    return " ".join(str(value).split()) or None


def _shown(value: str) -> str:
    return repr(value if len(value) <= SHOWN_VALUE_CHARS else value[:SHOWN_VALUE_CHARS] + "…")
