"""Storing prepared documents a batch a transaction, with the guarantees of one a document.

A commit costs as much as storing a few documents, so the writer commits every `BATCH_DOCS`
documents, or after `BATCH_SECONDS` so that readers see an ingest progress. Each document is
saved in a savepoint of its own: a storage error undoes that document alone and rejects its
file. Some errors (disk full, I/O) make SQLite roll back the whole transaction: the batch's
other documents are then stored again, one a transaction. Leaving the batch (at the end, or by
an exception such as an interrupt) commits what was saved; a kill -9 loses the open batch, never
part of a document. Just before it commits, the batch's quotes are linked to their variants,
with one look-up of the case's quote keys for all of them (`linking.link_new_documents`),
and join the word index in one statement (`Case.index_new_quotes`): FTS5 writes its pending
terms out at every savepoint.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from store.case import Case
from store.ingest.linking import NewDocument, link_new_documents
from store.ingest.prepare import Prepared
from store.ingest.walk import Rejected

if TYPE_CHECKING:
    from store.ingest.run import IngestReport

BATCH_DOCS = 50
BATCH_SECONDS = 1.0
# A document that took longer than this to arrive (fetched from the web, say) is committed at
# once: the next may take as long, and a commit costs little beside such waits.
SLOW_SOURCE_SECONDS = 0.05


@dataclass
class _Saved:
    prepared: Prepared
    replaces: bool  # a document of that path was stored before


class Batch:
    """The writer's open transaction; counts documents in `report` once they are committed."""

    def __init__(
        self,
        case: Case,
        report: IngestReport,
        known: dict[str, str],
        committed: Callable[[int], None] | None = None,
    ) -> None:
        self.case = case
        self.report = report
        self.committed = committed  # told the documents stored so far, after each commit
        self.known = known  # content hash by path of what is stored, this batch included
        self.saved: list[_Saved] = []
        self.unlinked: list[NewDocument] = []  # saved, their quotes' variants not yet linked
        self.opened = 0.0
        self.last_added = time.monotonic()

    def __enter__(self) -> Batch:
        return self

    def __exit__(self, *exc: object) -> None:
        self.commit()

    def add(self, prepared: Prepared) -> None:
        """Save one document in the open transaction, or reject its file."""
        arrived = time.monotonic()
        slow_source = arrived - self.last_added > SLOW_SOURCE_SECONDS
        entry = _Saved(prepared, prepared.rows.path in self.known)
        if entry.replaces and self.unlinked:
            # Replacing a document takes its quotes' keys out, which the documents saved
            # before it must still see: they are linked first.
            self._finish(commit=False)
        if self.case.begin():
            self.opened = arrived
        try:
            with self.case.transaction():  # a savepoint: an error undoes this document alone
                saved = _save_rows(self.case, prepared)
        except sqlite3.Error as error:
            if self.case.transaction_open:
                self._reject(prepared, error)
            else:  # SQLite rolled back the whole batch
                self._store_one_by_one([*self.saved, entry])
            return
        self.saved.append(entry)
        self.unlinked.append(saved)
        self.known[prepared.rows.path] = prepared.rows.content_hash
        self.last_added = time.monotonic()
        if (
            slow_source
            or len(self.saved) >= BATCH_DOCS
            or self.last_added - self.opened >= BATCH_SECONDS
        ):
            self.commit()

    def commit(self) -> None:
        if self.case.transaction_open:
            stored = self.report.added + self.report.updated
            self._finish(commit=True)
            now = self.report.added + self.report.updated
            if self.committed is not None and now > stored:
                self.committed(now)

    def _finish(self, *, commit: bool) -> None:
        """Link the variants of the documents saved since the last call, and with `commit`
        index their quotes and commit. An error there may belong to any of them: the batch is
        rolled back and its documents stored again one a transaction."""
        try:
            if self.unlinked:
                with self.case.transaction():  # an interrupt leaves no document half linked
                    link_new_documents(self.case, self.unlinked)
            self.unlinked = []
            if commit:
                self.case.index_new_quotes()
                self.case.commit()
        except sqlite3.Error:
            self.case.rollback()
            self._store_one_by_one(self.saved)
            return
        if commit:
            for entry in self.saved:
                self._count(entry)
            self.saved = []

    def _store_one_by_one(self, entries: list[_Saved]) -> None:
        self.saved = []
        self.unlinked = []
        for entry in entries:
            try:
                with self.case.transaction():
                    link_new_documents(self.case, [_save_rows(self.case, entry.prepared)])
                    self.case.index_new_quotes()
            except sqlite3.Error as error:
                self._reject(entry.prepared, error)
                continue
            self.known[entry.prepared.rows.path] = entry.prepared.rows.content_hash
            self._count(entry)

    def _count(self, entry: _Saved) -> None:
        if entry.replaces:
            self.report.updated += 1
        else:
            self.report.added += 1

    def _reject(self, prepared: Prepared, error: sqlite3.Error) -> None:
        self.report.rejected.append(Rejected(prepared.rows.path, f"not stored: {error}"))


def _save_rows(case: Case, prepared: Prepared) -> NewDocument:
    doc_id = case.save_rows(prepared.rows)
    return NewDocument(doc_id, case.quote_ids(doc_id), prepared.prints, prepared.copy_print)
