"""JSON Lines exports of other tools (scrapers, news APIs): one article a line, text and metadata.

Each record's identity in the case is `{file}#{id}` with an id field, else `{file}#{line}`; with
line numbers, a line added above shifts the identity of those below, so an id field is the
stable choice for a file that grows. A record's content hash covers its text and metadata, so
importing the same file again is a no-op.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypedDict

from store.ingest.walk import Rejected
from store.models import RawDoc
from store.timex.pubdates import DateError, known_date, parse_datetime


@dataclass(frozen=True)
class JsonlFields:
    """Which field of a record holds what; `id` None numbers records by line instead."""

    text: str = "text"
    title: str = "title"
    url: str = "url"
    date: str = "date"
    source: str = "source"
    author: str = "author"
    id: str | None = None


class _Metadata(TypedDict):
    """A record's metadata as RawDoc's fields, hashed with its text."""

    title: str | None
    url: str | None
    source: str | None
    author: str | None
    published: dt.date | None


class RecordError(Exception):
    """One record that cannot be a document; the message says why."""


def read_jsonl(
    path: Path,
    *,
    text_field: str = "text",
    title_field: str = "title",
    url_field: str = "url",
    date_field: str = "date",
    source_field: str = "source",
    author_field: str = "author",
    id_field: str | None = None,
) -> Iterator[RawDoc | Rejected]:
    """Each line's record as a RawDoc, or Rejected (`file:line: reason`); never raises."""
    fields = JsonlFields(
        text_field, title_field, url_field, date_field, source_field, author_field, id_field
    )
    path = Path(path).absolute()
    try:
        with path.open("rb") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    yield _read_record(path, number, line, fields)
                except RecordError as error:
                    yield Rejected(f"{path}:{number}", str(error))
    except OSError as error:
        yield Rejected(path, error.strerror or str(error))


def _read_record(path: Path, number: int, line: bytes, fields: JsonlFields) -> RawDoc:
    record = _parse_line(line, first=number == 1)
    text = _text(record, fields.text)
    if text is None:
        raise RecordError(f"no text in field {fields.text!r}")
    identity = _text(record, fields.id) if fields.id else str(number)
    if identity is None:
        raise RecordError(f"no id in field {fields.id!r}")
    published, warnings = _date(record, fields.date)
    metadata: _Metadata = {
        "title": _text(record, fields.title),
        "url": _text(record, fields.url),
        "source": _text(record, fields.source),
        "author": _text(record, fields.author),
        "published": published,
    }
    return RawDoc(
        path=f"{path}#{identity}",
        format="text",
        text=text,
        content_hash=_record_hash(text, metadata),
        warnings=warnings,
        **metadata,
    )


def _parse_line(line: bytes, *, first: bool) -> dict[str, Any]:
    try:
        decoded = line.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError as error:
        raise RecordError("not UTF-8 text") from error
    try:
        record = json.loads(decoded)
    except json.JSONDecodeError as error:
        raise RecordError(f"invalid JSON ({error.msg} at column {error.colno})") from error
    except RecursionError as error:
        raise RecordError("invalid JSON (nested too deeply)") from error
    if not isinstance(record, dict):
        raise RecordError(f"not a JSON object but {type(record).__name__}")
    return record


def _text(record: dict[str, Any], field: str) -> str | None:
    """A field as one clean string: lists (of authors, say) joined, blanks as missing."""
    value = record.get(field)
    if isinstance(value, list):
        value = ", ".join(str(item) for item in value if item not in (None, ""))
    if value is None or isinstance(value, dict):
        return None
    text = _valid_unicode(str(value)).strip()
    return text or None


def _valid_unicode(text: str) -> str:
    # JSON may escape lone surrogates ("\ud800"), which no UTF-8 store can hold.
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def _date(record: dict[str, Any], field: str) -> tuple[dt.date | None, list[str]]:
    """The record's publication date (None for a placeholder such as 0001-01-01), and a
    warning when the field holds no date: the record's text is stored all the same."""
    value = _text(record, field)
    if value is None:
        return None, []
    try:
        return known_date(parse_datetime(value)), []
    except DateError:
        return None, [f"stored, but its {field} {value!r} is no date that can exist"]


def _record_hash(text: str, metadata: Mapping[str, object]) -> str:
    content = json.dumps([text, metadata], sort_keys=True, default=str)
    return hashlib.sha256(content.encode()).hexdigest()
