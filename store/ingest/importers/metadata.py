"""Citation metadata from a reference manager, matched to the documents of a case.

A reference matches documents by URL first: those whose `url`, or whose `path` for a fetched
page, is the same address once normalised (scheme and host case, http or https, a trailing
slash, the fragment and utm_* tracking parameters make no difference). Else by title,
casefolded with spaces, quote marks and dashes normalised, and only when one document alone
has it: syndicated copies share a title, and one outlet's reference must not relabel another's.

A matched document takes the reference's title, authors, date and outlet where it has them (the
reference manager holds the researcher's checked version) and its URL where it had none.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from store.case import Case
from store.ingest.importers.bibliography import MetadataRecord
from store.ingest.walk import Rejected
from store.models import DocumentSummary, Event
from store.timex.dates import find_dates, publication_event

_TITLE_MARKS = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass
class MetadataReport:
    matched: int = 0
    updated: int = 0
    unmatched: list[Rejected] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)

    def summary(self) -> str:
        return ", ".join(
            [
                f"{self.updated} documents updated",
                f"{self.matched} references matched",
                f"{len(self.unmatched)} matched no document",
                f"{len(self.rejected)} rejected",
            ]
        )


def normalise_url(url: str) -> str | None:
    """An http(s) address as a key that ignores what does not change the page; None if none."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname if port in (None, DEFAULT_PORTS[scheme]) else f"{parts.hostname}:{port}"
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith("utm_")
    ]
    tail = f"?{urlencode(query)}" if query else ""
    return f"{host}{parts.path.rstrip('/')}{tail}"


def normalise_title(title: str) -> str:
    text = unicodedata.normalize("NFKC", title).translate(_TITLE_MARKS)
    return " ".join(text.casefold().split())


def apply_metadata(case: Case, records: Iterable[MetadataRecord | Rejected]) -> MetadataReport:
    """Give each reference's citation fields to the documents it matches; one line a miss."""
    report = MetadataReport()
    index = _DocumentIndex(case.documents(with_copies=True))
    updated: set[int] = set()
    for record in records:
        if isinstance(record, Rejected):
            report.rejected.append(record)
            continue
        documents, problem = index.match(record)
        if problem:
            report.unmatched.append(Rejected(record.origin, problem))
            continue
        report.matched += 1
        for document in documents:
            if _update(case, document, record):
                updated.add(document.id)
    report.updated = len(updated)
    return report


class _DocumentIndex:
    """The case's documents by normalised URL and title, as they were before the import."""

    def __init__(self, documents: list[DocumentSummary]) -> None:
        self.by_url: dict[str, dict[int, DocumentSummary]] = defaultdict(dict)
        self.by_title: dict[str, list[DocumentSummary]] = defaultdict(list)
        for document in documents:
            for address in (document.url, document.path):
                key = normalise_url(address) if address else None
                if key:
                    self.by_url[key][document.id] = document
            self.by_title[normalise_title(document.title)].append(document)

    def match(self, record: MetadataRecord) -> tuple[list[DocumentSummary], str | None]:
        key = normalise_url(record.url) if record.url else None
        if key and key in self.by_url:
            return list(self.by_url[key].values()), None
        if not record.title:
            return [], "no document with this URL, and no title to look for"
        found = self.by_title.get(normalise_title(record.title), [])
        if not found:
            return [], "no document with this URL or title"
        if len(found) > 1:
            return [], f"title matches {len(found)} documents; give the reference its URL"
        return found, None


def _update(case: Case, document: DocumentSummary, record: MetadataRecord) -> bool:
    """Write what the record changes in the document, if anything; True when it did."""
    changes = _changes(document, record)
    if not changes:
        return False
    case.update_document_metadata(
        document.id, events=_dated_events(case, document, changes), **changes
    )
    # Later references for the same document compare with what it holds now.
    for name, value in changes.items():
        setattr(document, name, value)
    if "published" in changes:
        document.published_estimated = False
        document.published_precision = "day"
    return True


def _changes(document: DocumentSummary, record: MetadataRecord) -> dict[str, Any]:
    wanted = {
        "title": record.title,
        "author": ", ".join(record.authors) or None,
        "source": record.source,
    }
    changes: dict[str, Any] = {
        name: value
        for name, value in wanted.items()
        if value is not None and value != getattr(document, name)
    }
    # The same day as an estimate still changes: the date is now known, not guessed.
    if record.published and (
        record.published != document.published or document.published_estimated
    ):
        changes["published"] = record.published
    if record.url and not document.url:
        changes["url"] = record.url
    return changes


def _dated_events(
    case: Case, document: DocumentSummary, changes: dict[str, Any]
) -> list[Event] | None:
    """The document's events anew when its date (or the title its publication event shows)
    changes, as extraction would make them; None to leave them as they are."""
    known_date = document.published if not document.published_estimated else None
    published = changes.get("published", known_date)
    if published is None or not ({"published", "title"} & changes.keys()):
        return None
    events = find_dates(case.paragraphs(document.id), published)
    events.insert(0, publication_event(published, title=changes.get("title", document.title)))
    return events
