"""Recognising the documents of a batch as copies of documents the case holds, or of each other.

Each new document's print (`store.ingest.copy_prints`) is kept, then looked up: the documents
naming the same page and those sharing a text key are the candidates, and the texts decide.
Two index look-ups a document, so a case of any size costs the same; the texts are read only
for the few candidates. A document found to be a copy joins its group (`Case.join_copies`).
"""

from __future__ import annotations

from collections.abc import Sequence

from store.case import Case
from store.ingest.copy_prints import DocPrint, document_print, same_text, text_shingles

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
