"""Recognising the documents of a batch as copies of documents the case holds, or of each other.

Each new document's print (`store.ingest.copy_prints`) is kept, then looked up: the documents
naming the same page and those sharing a text key are the candidates, and the texts decide.
Two index look-ups a document, so a case of any size costs the same; the texts are read only
for the few candidates. A document found to be a copy joins its group (`Case.join_copies`).

A group's primary then takes the citation fields it lacks (URL, outlet, author, a date it does
not only estimate) from the copies that are the same page (`complete_primaries`): a saved HTML
page often has no address, which the crawler's markdown of it gives in its front matter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any

from store.case import Case
from store.case.copies import CopyMetadata
from store.cleaning.outlets import site_of
from store.cleaning.sitenames import name_key, names_site
from store.ingest.copy_prints import DocPrint, document_print, same_text, text_shingles
from store.models import Event
from store.timex.dates import find_dates, publication_event

# Text candidates compared a document, those sharing the most keys first: a copy shares
# nearly all of them, so it is among the first.
MAX_TEXT_CANDIDATES = 8


def link_copies(case: Case, documents: Sequence[tuple[int, DocPrint | None]]) -> int:
    """Keep the prints of `(doc_id, print)`, stored and in this order (a None print is made
    from the stored document), and join each to the copies found; returns how many joined."""
    joined = 0
    for doc_id, doc_print in documents:
        if doc_print is None:
            doc_print = document_print(case.document_url(doc_id), case.document_texts(doc_id))
        case.record_document_print(doc_id, doc_print.canonical_url, doc_print.keys)
        found = copies_found(case, doc_id, doc_print)
        if found:
            case.join_copies({doc_id, *found})
            joined += 1
    return joined


def copies_found(case: Case, doc_id: int, doc_print: DocPrint) -> set[int]:
    """The documents of the case that are copies of `doc_id` (not counting itself)."""
    at_url = (
        case.documents_at_url(doc_print.canonical_url, besides=doc_id)
        if doc_print.canonical_url
        else []
    )
    shared = case.documents_sharing_keys(doc_print.keys, besides=doc_id) if doc_print.keys else {}
    by_text = sorted(
        (other for other in shared if other not in at_url),
        key=lambda other: (-shared[other], other),
    )[:MAX_TEXT_CANDIDATES]
    if not at_url and not by_text:
        return set()
    mine = text_shingles(case.document_texts(doc_id))
    found: set[int] = set()
    compared = [(other, True) for other in at_url] + [(other, False) for other in by_text]
    for other, same_url in compared:
        if same_text(mine, text_shingles(case.document_texts(other)), same_url=same_url):
            found.add(other)
    return found


def complete_primaries(case: Case) -> int:
    """Give each group's primary the URL, outlet, author and date it lacks, from the first of
    its copies that is the same page and has them; how many primaries changed."""
    completed = 0
    for primary, *copies in case.copy_groups():
        same_page = [copy for copy in copies if _same_page(primary, copy)]
        changes = _lacking(primary, same_page)
        if not changes:
            continue
        published = changes.get("published")
        events = None
        if published is not None:
            events = redated_events(case, primary.doc_id, published, primary.title)
        case.update_document_metadata(primary.doc_id, events=events, **changes)
        completed += 1
    return completed


def redated_events(case: Case, doc_id: int, published: dt.date, title: str) -> list[Event]:
    """A document's events as extraction makes them for `published` (its relative dates
    resolve against it) and `title` (its publication event shows it)."""
    events = find_dates(case.paragraphs(doc_id), published)
    events.insert(0, publication_event(published, title=title))
    return events


def _lacking(primary: CopyMetadata, copies: list[CopyMetadata]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for field in ("url", "source", "author"):
        if getattr(primary, field) is None:
            found = next((value for copy in copies if (value := getattr(copy, field))), None)
            if found is not None:
                changes[field] = found
    if primary.published is None or primary.published_estimated:
        dated = (copy.published for copy in copies if not copy.published_estimated)
        found_date: dt.date | None = next((day for day in dated if day is not None), None)
        if found_date is not None:
            changes["published"] = found_date
    return changes


def _same_page(primary: CopyMetadata, copy: CopyMetadata) -> bool:
    """Whether `copy` is the primary's own page, not another outlet's print of one story:
    the same address; else outlets that agree; with nothing to compare, files of one name
    saved in other formats ("story.html", "story.crawl.md")."""
    if primary.canonical_url and copy.canonical_url:
        return primary.canonical_url == copy.canonical_url
    agree = _outlets_agree(primary, copy)
    if agree is not None:
        return agree
    return _stem(primary.path) == _stem(copy.path)


def _outlets_agree(one: CopyMetadata, other: CopyMetadata) -> bool | None:
    """Whether what `one` and `other` say of their outlets agrees (None: nothing to compare)."""
    verdicts = []
    for first, second in ((one, other), (other, one)):
        if first.source and second.url:
            site = site_of(second.url) or ""
            verdicts.append(
                names_site(first.source, second.url) or name_key(first.source) == name_key(site)
            )
    if one.source and other.source:
        verdicts.append(name_key(one.source) == name_key(other.source))
    return any(verdicts) if verdicts else None


def _stem(path: str) -> str:
    return PurePath(path).name.split(".", 1)[0].casefold()
