"""Reading one input file (crawler markdown, plain text, saved HTML) into text and metadata."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from charset_normalizer import from_bytes

from store.cleaning.authors import organisation_written
from store.cleaning.meta import source_from_url
from store.ingest.front_matter import has_front_matter, split_front_matter, web_address_problem
from store.ingest.markdown_tables import delimit_tables
from store.ingest.page_layout import undo_layout
from store.ingest.page_tags import (
    account_not_site,
    body_url,
    page_title,
    script_date,
    without_code,
)
from store.ingest.page_text import visible_markdown
from store.ingest.supported import HTML_SUFFIXES, MARKDOWN_SUFFIXES
from store.models import DocFormat, RawDoc
from store.timex.pubdates import DateError, known_date, parse_datetime, quiet_libraries

if TYPE_CHECKING:
    from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no types
    from trafilatura.settings import Document

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
BINARY_SNIFF_BYTES = 8192
MIN_HTML_ARTICLE_WORDS = 5
Page = TypeVar("Page")  # a page as article_markdown's callers hold it


class InputError(Exception):
    """A file that cannot be read as a document; the message says why, for one line of output."""


def read_document(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDoc:
    """Read a file into a RawDoc, or raise InputError saying why it cannot be a document."""
    return document_from_bytes(path, read_bytes(path, max_bytes))


def content_hash(data: bytes) -> str:
    """The hash a file's document is stored with: of its bytes, before any reading."""
    return hashlib.sha256(data).hexdigest()


def document_from_bytes(path: Path, data: bytes, digest: str | None = None) -> RawDoc:
    """The document in `data`, the bytes of the file at `path` (InputError if there is none);
    `digest` is `content_hash(data)` when the caller has it already."""
    digest = digest or content_hash(data)
    if path.suffix.lower() in HTML_SUFFIXES:
        html = decode(data)
        return read_html(html, path=str(path), fetched=saved_date(html), content_hash=digest)
    text = decode(data).lstrip("\ufeff")
    fmt: DocFormat = "markdown" if path.suffix.lower() in MARKDOWN_SUFFIXES else "text"
    if has_front_matter(text):
        return _read_front_matter(path, text, digest)
    return RawDoc(path=str(path), format=fmt, text=text, content_hash=digest)


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, or InputError saying why they cannot be read."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"file too large ({size:,} bytes; the limit is {max_bytes:,})")
        data = path.read_bytes()
    except PermissionError as error:
        raise InputError("permission denied") from error
    except FileNotFoundError as error:
        raise InputError("file disappeared before it could be read") from error
    except OSError as error:
        raise InputError(error.strerror or str(error)) from error
    if not data.strip():
        raise InputError("empty file")
    if b"\x00" in data[:BINARY_SNIFF_BYTES] and not _is_utf16(data):
        raise InputError("binary file, not text")
    return data


def _is_utf16(data: bytes) -> bool:
    return data.startswith((b"\xff\xfe", b"\xfe\xff"))


def decode(data: bytes) -> str:
    """Text from bytes: UTF-8 when it is, else the legacy encoding charset-normalizer detects."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise InputError("undecodable bytes: not UTF-8 and no text encoding detected")
    return str(best)


# Front matter keys for each field, the first present wins.
TITLE_KEYS = ("title", "headline")
URL_KEYS = ("url", "link", "source_url", "canonical_url")
SOURCE_KEYS = ("source", "site", "sitename", "site_name", "publisher")
AUTHOR_KEYS = ("author", "byline", "authors")
DATE_KEYS = ("date", "published", "pubdate", "published_at", "date_published")
FETCHED_KEYS = ("fetch_date", "fetched", "retrieved", "crawled", "crawl_date")
# Text fields taken as written where YAML reads them otherwise ("We're #1" cut at a comment).
TEXT_KEYS = frozenset(TITLE_KEYS + SOURCE_KEYS + AUTHOR_KEYS)


def _read_front_matter(path: Path, text: str, content_hash: str) -> RawDoc:
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
            try:
                value = _as_text(self.meta.get(key))
            except ValueError:
                self.unreadable.append(key)
                continue
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


# SingleFile's comment atop a saved page: " saved date: Mon Oct 06 2025 17:15:22 GMT+0200 (...)".
_SAVED_DATE = re.compile(r"<!--.*?^\s*saved date:\s*(?P<date>[^(\n]+)", re.DOTALL | re.MULTILINE)
SAVED_DATE_REACH = 2000


def saved_date(html: str) -> dt.datetime | None:
    """When a saved page was saved, if the saver wrote it down (SingleFile does): the page's
    fetch date, after which no date can be its publication date."""
    match = _SAVED_DATE.search(html[:SAVED_DATE_REACH])
    if match is None:
        return None
    try:
        saved = parse_datetime(match["date"])
    except DateError:
        return None
    return saved if known_date(saved) else None


def read_html(
    html: str,
    *,
    path: str,
    url: str | None = None,
    fetched: dt.datetime | None = None,
    content_hash: str | None = None,
) -> RawDoc:
    """The article and metadata of an HTML page, or InputError when it holds no text at all.

    A page in which trafilatura finds no article (a listing, a product page, a table) keeps
    its visible text, as crawler markdown for the cleaner to judge. `url` is where the page
    was found: the fallback for its canonical URL and a clue to its date. Without
    `content_hash` the hash is of the article and metadata extracted, so a fetched page whose
    ads or scripts change on every load stays unchanged while its article does.
    """
    tree = _parsed_page(html)
    text = None
    if tree is not None:
        # The page is parsed once for the article and the metadata both; neither changes the
        # tree (trafilatura's extraction works on a copy of it). What the layout does to the
        # text (layout tables, drop caps) is undone first, for both.
        undo_layout(tree)
        text = article_markdown(tree, _trafilatura_markdown, _page_words)
    fmt: DocFormat = "html"
    if not text or len(text.split()) < MIN_HTML_ARTICLE_WORDS:
        text, fmt = visible_markdown(html), "markdown"
    fields = _html_metadata(tree, html, url, fetched) if tree is not None else {"url": url}
    if not text.strip() and not fields.get("title"):
        raise InputError("no text found in the HTML page")
    if content_hash is None:
        content_hash = _article_hash(text, fields)
    return RawDoc(
        path=path, format=fmt, text=text, fetched=fetched, content_hash=content_hash, **fields
    )


# trafilatura's recall mode now and then settles on one block of a long article (a paragraph
# of a page whose body is split across sections); its default mode then finds the body. When
# the recall mode's answer is short and a small share of the page's visible words, the default
# mode is asked too, and its answer taken when it is much longer. One page in forty or so pays
# for the second extraction.
SHORT_ARTICLE_WORDS = 600
SMALL_SHARE = 0.15
MUCH_LONGER = 1.2


def article_markdown(
    page: Page, extract: Callable[[Page, bool], str | None], page_words: Callable[[Page], int]
) -> str | None:
    """The page's article as markdown: `extract(page, favor_recall)` is trafilatura's answer
    in one mode; `page_words(page)` counts the page's visible words."""
    text = extract(page, True)
    words = len(text.split()) if text else 0
    if words >= SHORT_ARTICLE_WORDS or words >= SMALL_SHARE * page_words(page):
        return text
    other = extract(page, False)
    if other and len(other.split()) >= MUCH_LONGER * max(words, 1):
        return other
    return text


def _parsed_page(html: str) -> HtmlElement | None:
    from trafilatura.utils import load_html  # imported here: slow to load, only HTML needs it

    with quiet_libraries():
        tree: HtmlElement | None = load_html(html)
    return tree


def _trafilatura_markdown(tree: HtmlElement, favor_recall: bool) -> str | None:
    import trafilatura

    with quiet_libraries():
        text: str | None = trafilatura.extract(
            tree,
            output_format="markdown",
            include_formatting=True,
            include_comments=False,
            include_tables=True,
            favor_recall=favor_recall,
        )
    return delimit_tables(text) if text else text


def _page_words(tree: HtmlElement) -> int:
    import trafilatura

    # html2txt cleans the tree it is given: a copy keeps the shared tree whole (a copy costs a
    # third of a parse).
    return len((trafilatura.html2txt(copy.deepcopy(tree)) or "").split())


def _html_metadata(
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


def _article_hash(text: str, fields: dict[str, Any]) -> str:
    article = json.dumps([text, fields], sort_keys=True, default=str)
    return hashlib.sha256(article.encode()).hexdigest()
