"""What an ingest worker does with one file: read it and extract it into rows, no database.

Worker processes import this module (to unpickle `prepare`), not the writer's: it keeps
SQLite and the case's code out of their start, which the first files wait for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from store.case.rows import DocumentRows
from store.ingest.copy_prints import DocPrint, document_print
from store.ingest.walk import Rejected
from store.models import RawDoc
from store.quoting.fingerprint import Fingerprint, fingerprints


@dataclass
class Prepared:
    """A document read and extracted into its rows, its quotes and itself fingerprinted:
    ready to store."""

    rows: DocumentRows
    prints: list[Fingerprint]
    # "path: what of its metadata could not be read", one line each (the document is stored).
    warnings: list[str] = field(default_factory=list)
    # Its canonical URL and text keys, to know its copies by (None: made when it is linked).
    copy_print: DocPrint | None = None

    @classmethod
    def of(cls, raw: RawDoc) -> Prepared:
        """Extract `raw` (pure: runs in the extraction workers)."""
        from store.ingest.extract import extract_document  # loads the extraction libraries

        extracted = extract_document(raw)
        prints = fingerprints([quote.text for quote in extracted.quotes])
        warnings = [f"{raw.path}: {warning}" for warning in raw.warnings]
        texts = [paragraph.text for paragraph in extracted.paragraphs if paragraph.kind == "text"]
        copy_print = document_print(raw.url, texts)
        return cls(DocumentRows.of(raw, extracted), prints, warnings, copy_print)


@dataclass
class Unchanged:
    """A file whose content is stored already."""

    path: Path | str


@dataclass
class Job:
    """A file for a worker, with the content hash the case holds for its path."""

    path: Path
    known_hash: str | None
    max_bytes: int


Outcome = Prepared | Unchanged | Rejected


def prepare(job: Job) -> Outcome:
    """Read and extract one file (in a worker process); no database access here."""
    from store.ingest.formats import InputError, content_hash, document_from_bytes, read_bytes

    try:
        data = read_bytes(job.path, job.max_bytes)
        # Compared before the file is read as a document: re-opening a folder then costs a
        # hash a file, not a parse (saved HTML reads at about 14 pages a second a core).
        digest = content_hash(data)
        if digest == job.known_hash:
            return Unchanged(job.path)
        raw = document_from_bytes(job.path, data, digest)
    except InputError as error:
        return Rejected(job.path, str(error))
    return Prepared.of(raw)
