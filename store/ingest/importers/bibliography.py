"""Citation metadata from reference managers: Zotero's CSL-JSON export and BibTeX files.

These hold no article text, only what a citation names (title, URL, authors, date, outlet);
`store.ingest.importers.metadata` matches them to the documents of a case. A date is taken only when
it names a day: a record dated "2023" must not pin an article to the first of January.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from store.ingest.formats import InputError, decode
from store.ingest.walk import Rejected
from store.timex.pubdates import known_date

if TYPE_CHECKING:
    from bibtexparser.model import Entry
    from pylatexenc.latex2text import LatexNodes2Text

# Where each kind of reference names the outlet: the newspaper or site, else its publisher.
CSL_SOURCE_FIELDS = ("container-title", "publisher")
BIBTEX_SOURCE_FIELDS = ("journaltitle", "journal", "organization", "publisher")


@dataclass
class MetadataRecord:
    """One reference's citation fields; `origin` (`file#key`) names it in messages."""

    origin: str
    title: str | None = None
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    published: dt.date | None = None
    source: str | None = None


def read_csl_json(path: Path) -> list[MetadataRecord | Rejected]:
    """The references of a CSL-JSON file (a list of items, or one); InputError if it is none."""
    data = _load_json(path)
    items = data if isinstance(data, list) else [data]
    records: list[MetadataRecord | Rejected] = []
    for index, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            records.append(Rejected(f"{path}#{index}", "not a CSL-JSON item (no JSON object)"))
            continue
        records.append(
            MetadataRecord(
                origin=f"{path}#{_clean(item.get('id')) or index}",
                title=_clean(item.get("title")),
                url=_clean(item.get("URL")),
                authors=[name for name in map(_csl_name, _names(item.get("author"))) if name],
                published=_csl_date(item.get("issued")),
                source=next(filter(None, (_clean(item.get(k)) for k in CSL_SOURCE_FIELDS)), None),
            )
        )
    return records


def _load_json(path: Path) -> Any:
    try:
        return json.loads(decode(path.read_bytes()))
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from error
    except (json.JSONDecodeError, RecursionError) as error:
        raise InputError(f"{path}: not a CSL-JSON file (invalid JSON)") from error


def _clean(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = " ".join(str(value).split())
    return text or None


def _csl_name(name: Any) -> str | None:
    if not isinstance(name, dict):
        return _clean(name)
    if name.get("literal"):
        return _clean(name["literal"])
    return _clean(" ".join(str(name.get(part) or "") for part in ("given", "family")))


def _csl_date(issued: Any) -> dt.date | None:
    """A CSL date: `{"date-parts": [[2023, 5, 2]]}` or `{"raw": "2023-05-02"}`."""
    if not isinstance(issued, dict):
        return None
    parts = issued.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list):
        return _day(*parts[0][:3])
    raw = _clean(issued.get("raw"))
    return _iso_day(raw) if raw else None


def _day(year: Any = None, month: Any = None, day: Any = None) -> dt.date | None:
    try:
        return known_date(dt.date(int(year), int(month), int(day)))
    except (TypeError, ValueError, OverflowError):
        return None


def _iso_day(value: str) -> dt.date | None:
    # A range ("2023-05-02/2023-05-04") is dated by its start.
    try:
        return known_date(dt.date.fromisoformat(value.split("/")[0][:10]))
    except ValueError:
        return None


def read_bibtex(path: Path) -> list[MetadataRecord | Rejected]:
    """The references of a BibTeX or BibLaTeX file; a broken entry is Rejected, the rest read."""
    import bibtexparser  # imported here: only this command needs it
    from bibtexparser import middlewares
    from bibtexparser.model import Entry

    try:
        text = decode(path.read_bytes())
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from error
    # Names are split before LaTeX is decoded, so "{Barnes and Noble}" stays one author.
    with _quiet("bibtexparser"):
        library = bibtexparser.parse_string(
            text,
            append_middleware=[
                middlewares.NormalizeFieldKeys(),
                middlewares.MonthIntMiddleware(),
                middlewares.SeparateCoAuthors(),
                middlewares.SplitNameParts(),
                middlewares.MergeNameParts(style="first"),
            ],
        )
    entries = list(library.entries)
    records: list[MetadataRecord | Rejected] = []
    for block in library.failed_blocks:
        # A repeated key or an author name the parser cannot split leaves a good reference.
        if isinstance(block.ignore_error_block, Entry):
            entries.append(block.ignore_error_block)
            continue
        reason = getattr(block.error, "abort_reason", None) or str(block.error)
        line = (block.start_line or 0) + 1
        records.append(Rejected(f"{path}:{line}", f"unreadable BibTeX entry ({reason})"))
    entries.sort(key=lambda entry: entry.start_line or 0)
    return records + [_bibtex_record(path, entry) for entry in entries]


@contextmanager
def _quiet(logger_name: str) -> Iterator[None]:
    """Silence a library's warnings for a while: the reader reports them, one line each."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _bibtex_record(path: Path, entry: Entry) -> MetadataRecord:
    fields = entry.fields_dict
    value = {key: item.value for key, item in fields.items()}
    source = next((value[key] for key in BIBTEX_SOURCE_FIELDS if value.get(key)), None)
    return MetadataRecord(
        origin=f"{path}#{entry.key}",
        title=_latex_text(value.get("title")),
        # A URL is never LaTeX-decoded: to LaTeX "%" starts a comment and "~" is a space.
        url=_clean(value.get("url")),
        authors=[name for name in map(_latex_text, _names(value.get("author"))) if name],
        published=_bibtex_date(value),
        source=_latex_text(source),
    )


def _names(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _latex_text(value: Any) -> str | None:
    if value is None:
        return None
    return _clean(_latex_decoder().latex_to_text(str(value)))


@cache
def _latex_decoder() -> LatexNodes2Text:
    from pylatexenc.latex2text import LatexNodes2Text

    return LatexNodes2Text(math_mode="verbatim")


def _bibtex_date(value: dict[str, Any]) -> dt.date | None:
    """BibLaTeX's ISO `date`, else BibTeX's `year`, `month` and `day`."""
    if value.get("date"):
        return _iso_day(str(value["date"]))
    return _day(value.get("year"), value.get("month"), value.get("day"))
