"""The case file: one SQLite database opened through sqlite-utils.

`Case` composes the table modules beside it, each the one owner of its tables' SQL (documents,
quotes, quote_variants, quote_index, events, annotations, user_quotes, copies), and owns what
spans them: storing and removing a document with all that was extracted from it, and the
transactions. No module outside this package sends BEGIN, COMMIT or SAVEPOINT: they call the
methods below.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from store.case import rows
from store.case.annotations import Annotations
from store.case.copies import Copies
from store.case.events import Events
from store.case.opening import open_database
from store.case.outlets import Outlets
from store.case.quote_index import QuoteIndex
from store.case.quote_variants import QuoteVariants
from store.case.reviews import Reviews
from store.case.speaker_merges import SpeakerMerges
from store.case.user_quotes import UserQuotes
from store.models import Event, ExtractedDocument, RawDoc

WRITE_CACHE_KIB = 64 * 1024


class Case(
    UserQuotes,
    SpeakerMerges,
    Annotations,
    Outlets,
    Reviews,
    Events,
    Copies,
    QuoteVariants,
    QuoteIndex,
):
    """A case file. Not shared between threads: each thread opens its own (see `CasePool`)."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self.db = open_database(self.path, readonly)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Case:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- transactions --------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing: a transaction, or inside an open one a savepoint, so that an error
        undoes what was done inside it alone."""
        with self.db.atomic():
            yield

    @property
    def transaction_open(self) -> bool:
        """Whether this connection holds changes not yet committed (which other connections
        cannot see)."""
        return self.db.conn.in_transaction

    def begin(self) -> bool:
        """Open a transaction that `commit` ends, unless one is open; whether this opened one."""
        if self.db.conn.in_transaction:
            return False
        self.db.conn.execute("BEGIN")
        return True

    def commit(self) -> None:
        self.db.conn.execute("COMMIT")

    def rollback(self) -> None:
        self.db.rollback()

    @contextmanager
    def writing_many(self) -> Iterator[None]:
        """A larger page cache while many documents are written: they insert all over the
        quote index and the keys' B-trees, whose pages SQLite's default 2 MB cache reads
        again and again."""
        previous = self.db.execute("PRAGMA cache_size").fetchone()[0]
        self.db.execute(f"PRAGMA cache_size = -{WRITE_CACHE_KIB}")
        try:
            yield
        finally:
            self.db.execute(f"PRAGMA cache_size = {previous}")

    def compact(self, *, merge_search_index: bool) -> None:
        """Give back the pages a large ingest left free, and, when asked, merge the quote
        index's segments into one: smaller on disk, and fewer segments for each search."""
        if merge_search_index:
            self._merge_quote_index()
            self.db.conn.commit()
        # executescript steps the pragma to the end; a cursor would free a single page.
        self.db.conn.executescript("PRAGMA incremental_vacuum;")

    # ---- a document with all that was extracted from it ------------------------------------

    def save_document(self, raw: RawDoc, extracted: ExtractedDocument) -> int:
        """Store one document with everything extracted from it, replacing an older version."""
        with self.db.atomic():
            doc_id = self.save_rows(rows.DocumentRows.of(raw, extracted))
            self.index_new_quotes()
        return doc_id

    def save_rows(self, document: rows.DocumentRows) -> int:
        """Store a document's rows, built elsewhere (an ingest worker), replacing an older
        version. Its quotes are searchable once `index_new_quotes` has run: a writer storing
        many documents calls it once before it commits them."""
        with self.db.atomic():
            old_id = self._document_id_for_path(document.path)
            if old_id is not None:
                self._delete_document_rows(old_id)
            doc_id = self._insert_document(document, old_id)
            self._insert_quotes(doc_id, document.quotes)
            self._insert_events(doc_id, document.events)
            if corrected := self._reattach_annotations(doc_id, document):
                self.index_new_quotes()  # the update trigger needs them indexed
                self._give_corrected_speakers(corrected)
            self._restore_added_quotes(doc_id, document)
            self._count_quotes(doc_id)  # quotes marked not a quotation found again: not counted
        return doc_id

    def remove_documents(self, paths: Iterable[str]) -> int:
        """Remove the documents ingested from `paths`, with all that was extracted from them,
        in one transaction; how many there were."""
        removed = 0
        with self.transaction():
            for path in paths:
                doc_id = self._document_id_for_path(path)
                if doc_id is not None:
                    self._delete_document_rows(doc_id)
                    removed += 1
        return removed

    def _delete_document_rows(self, doc_id: int) -> None:
        # The delete trigger takes each quote out of the word index: one never indexed (stored
        # earlier in this batch) would corrupt it.
        self.index_new_quotes()
        self._release_copies(doc_id)
        self._delete_variant_rows(doc_id)
        self._delete_quotes(doc_id)
        self._delete_events(doc_id)
        self._delete_document(doc_id)

    def update_document_metadata(
        self, doc_id: int, *, events: list[Event] | None = None, **fields: Any
    ) -> None:
        """Set a document's citation fields (`METADATA_FIELDS`) where they were missing or wrong.

        A `published` date given is no longer an estimate. `events` replace the document's
        dated events, which depend on its date (relative dates resolve against it). Its
        quotes keep their ids, so their annotations stay attached.
        """
        with self.db.atomic():
            self._update_document_fields(doc_id, fields)
            if "source" in fields:
                self._set_quotes_source(doc_id, fields["source"])
            if events is not None:
                self._replace_events(doc_id, events)
