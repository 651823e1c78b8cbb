"""Reading one input file (crawler markdown, plain text, saved HTML) into text and metadata."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

import frontmatter
import yaml
from charset_normalizer import from_bytes
from dateutil import parser as date_parser

from store.models import RawDoc

MARKDOWN_SUFFIXES = {".md", ".markdown"}
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED_SUFFIXES = MARKDOWN_SUFFIXES | TEXT_SUFFIXES | HTML_SUFFIXES
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
BINARY_SNIFF_BYTES = 8192
MIN_HTML_ARTICLE_WORDS = 5


class InputError(Exception):
    """A file that cannot be read as a document; the message says why, for one line of output."""


# libyaml's parser when PyYAML was built with it: a tenth of the pure-Python parser's time.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _PlainDatesLoader(_SafeLoader):  # type: ignore[misc,valid-type]
    """SafeLoader that leaves dates as strings, so an impossible date is our error, not YAML's."""


_PlainDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _SafeLoader.yaml_implicit_resolvers.items()
}


class _FrontMatterHandler(frontmatter.YAMLHandler):
    def load(self, fm: str, **kwargs: object) -> Any:
        return yaml.load(fm, Loader=_PlainDatesLoader)


_FRONT_MATTER = _FrontMatterHandler()


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def read_document(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDoc:
    """Read a file into a RawDoc, or raise InputError saying why it cannot be a document."""
    data = _read_bytes(path, max_bytes)
    content_hash = hashlib.sha256(data).hexdigest()
    if path.suffix.lower() in HTML_SUFFIXES:
        return read_html(decode(data), path=str(path), content_hash=content_hash)
    text = decode(data).lstrip("\ufeff")
    fmt = "markdown" if path.suffix.lower() in MARKDOWN_SUFFIXES else "text"
    if _FRONT_MATTER.detect(text):
        return _read_front_matter(path, text, content_hash)
    return RawDoc(path=str(path), format=fmt, text=text, content_hash=content_hash)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
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


def _read_front_matter(path: Path, text: str, content_hash: str) -> RawDoc:
    try:
        front, content = _FRONT_MATTER.split(text)
    except ValueError as error:
        raise InputError("malformed front matter (opened with --- but never closed)") from error
    try:
        meta = _FRONT_MATTER.load(front)
    except yaml.YAMLError as error:
        reason = str(error).splitlines()[0]
        raise InputError(f"malformed front matter ({reason})") from error
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputError("malformed front matter (not a mapping of keys to values)")
    return RawDoc(
        path=str(path),
        format="markdown",
        text=content,
        title=_text_field(meta, "title"),
        url=_text_field(meta, "url", "link", "source_url"),
        source=_text_field(meta, "source", "site", "sitename", "publisher"),
        author=_text_field(meta, "author", "byline", "authors"),
        published=_front_matter_date(meta, "date", "published", "pubdate", "published_at"),
        fetched=_front_matter_datetime(meta, "fetch_date", "fetched", "retrieved"),
        content_hash=content_hash,
    )


def _text_field(meta: dict[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = meta.get(key)
        if isinstance(value, list):
            value = ", ".join(str(item) for item in value if item)
        if value is not None and str(value).strip():
            return " ".join(str(value).split())
    return None


def _front_matter_date(meta: dict[str, Any], *keys: str) -> dt.date | None:
    stamp = _front_matter_datetime(meta, *keys)
    return stamp.date() if stamp else None


def _front_matter_datetime(meta: dict[str, Any], *keys: str) -> dt.datetime | None:
    for key in keys:
        value = _text_field(meta, key)
        if value:
            return parse_datetime(value, field=key)
    return None


PERIOD_START = dt.datetime(2000, 1, 1)


def parse_datetime(value: str, *, field: str = "date") -> dt.datetime:
    """A date or timestamp as written in metadata; InputError when it cannot exist."""
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        pass
    try:
        # What the value leaves out is the start of its period ("2023" is 1 January 2023), not
        # today's month and day, which dateutil would fill in.
        return date_parser.parse(value, default=PERIOD_START)
    except (ValueError, OverflowError) as error:
        raise InputError(f"impossible {field} {value!r} in front matter ({error})") from error


def read_html(
    html: str,
    *,
    path: str,
    url: str | None = None,
    fetched: dt.datetime | None = None,
    content_hash: str | None = None,
) -> RawDoc:
    """The article and metadata of an HTML page, or InputError when it holds no article.

    `url` is where the page was found: the fallback for its canonical URL and a clue to its
    date. Without `content_hash` the hash is of the article and metadata extracted, so a
    fetched page whose ads or scripts change on every load stays unchanged while its article
    does.
    """
    import trafilatura  # imported here: it is slow to load and only HTML needs it

    text = trafilatura.extract(
        html,
        output_format="markdown",
        include_formatting=True,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
    )
    if not text or len(text.split()) < MIN_HTML_ARTICLE_WORDS:
        raise InputError("no article text found in the HTML page")
    fields = _html_metadata(html, url)
    if content_hash is None:
        content_hash = _article_hash(text, fields)
    return RawDoc(
        path=path, format="html", text=text, fetched=fetched, content_hash=content_hash, **fields
    )


def _html_metadata(html: str, url: str | None) -> dict[str, Any]:
    import trafilatura

    meta = trafilatura.extract_metadata(html, default_url=url)
    if meta is None:
        return {"url": url}
    published = None
    if meta.date:
        try:
            published = dt.date.fromisoformat(meta.date[:10])
        except ValueError:
            published = None
    return {
        "title": meta.title,
        "url": meta.url,
        "source": meta.sitename,
        "author": meta.author,
        "published": published,
    }


def _article_hash(text: str, fields: dict[str, Any]) -> str:
    article = json.dumps([text, fields], sort_keys=True, default=str)
    return hashlib.sha256(article.encode()).hexdigest()
