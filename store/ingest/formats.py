"""Reading one input file (crawler markdown, plain text, saved HTML) into text and metadata."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from charset_normalizer import from_bytes

from store.ingest.front_matter import has_front_matter
from store.ingest.front_matter_fields import read_front_matter
from store.ingest.markdown_tables import delimit_tables
from store.ingest.page_layout import undo_layout
from store.ingest.page_metadata import html_metadata
from store.ingest.page_text import visible_markdown
from store.ingest.supported import HTML_SUFFIXES, MARKDOWN_SUFFIXES
from store.models import DocFormat, RawDoc
from store.timex.pubdates import DateError, known_date, parse_datetime, quiet_libraries

if TYPE_CHECKING:
    from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no types

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
        return read_front_matter(path, text, digest)
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
    fields = html_metadata(tree, html, url, fetched) if tree is not None else {"url": url}
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


def _article_hash(text: str, fields: dict[str, Any]) -> str:
    article = json.dumps([text, fields], sort_keys=True, default=str)
    return hashlib.sha256(article.encode()).hexdigest()
