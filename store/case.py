"""The case file: one SQLite database opened through sqlite-utils; the only module speaking SQL."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sqlite_utils import Database

from store import rows
from store.annotations import match_quote, quote_context
from store.models import (
    Document,
    DocumentSummary,
    Event,
    ExtractedDocument,
    Paragraph,
    Quote,
    QuoteAnnotation,
    QuoteHit,
    RawDoc,
    Speaker,
    TimelineEntry,
)
from store.quoting.fingerprint import quote_keys
from store.schema import migrations, schema_version

if TYPE_CHECKING:
    from store.search import QuoteFinder

DocumentSort = Literal["title", "source", "published", "words", "quotes", "id"]
SORT_COLUMNS: dict[str, str] = {
    "title": "title COLLATE NOCASE",
    "source": "source COLLATE NOCASE",
    "published": "published IS NULL, published",
    "words": "words",
    "quotes": "quotes",
    "id": "id",
}
BUSY_TIMEOUT_MS = 30_000
WRITE_CACHE_KIB = 64 * 1024
PAGE_SIZE = 8192


class CaseError(Exception):
    """A case file that cannot be opened or written, with a message fit for the user."""


class ReadOnlyCase(CaseError):
    """A case file that can be read but not written."""


# What reading a case file can raise besides CaseError: SQLite finding it damaged mid-query.
CaseDamaged = sqlite3.DatabaseError

# What FTS5 says of a MATCH expression it cannot parse (fts5_expr.c); "no such table" and
# "database is locked" are SQLITE_ERROR or SQLITE_BUSY too, but say nothing of the query.
_FTS5_QUERY_ERRORS = ("fts5: ", "unterminated string", "unknown special query", "expected integer")


def is_fts5_query_error(error: sqlite3.Error) -> bool:
    """Whether `error` is FTS5 rejecting a MATCH expression, not the index failing."""
    return getattr(error, "sqlite_errorname", None) == "SQLITE_ERROR" and str(error).startswith(
        _FTS5_QUERY_ERRORS
    )


class Case:
    """A case file. Not shared between threads: each thread opens its own (see `CasePool`)."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self.db = Database(_connect(self.path, readonly))
        try:
            self._prepare()
        except sqlite3.DatabaseError as error:
            self.db.close()
            raise CaseError(f"{self.path}: not a readable case file ({error})") from error

    def _prepare(self) -> None:
        found = self.db.execute("PRAGMA user_version").fetchone()[0]
        expected = schema_version()
        if found > expected:
            raise CaseError(
                f"{self.path}: made by a newer casebrowser (schema {found}, this one knows"
                f" {expected}); upgrade casebrowser to open it"
            )
        if self.readonly:
            if found < expected:
                raise CaseError(
                    f"{self.path}: older case file, open it writable once to upgrade it"
                )
            return
        if 0 < found < expected:
            self._backup(found)
        if found < expected:
            existing = self.db.table_names()
            if existing and not self.db["documents"].exists():
                raise CaseError(f"{self.path}: an SQLite file, but not a casebrowser case file")
            if not existing:
                # Documents with their compressed raw text run to a few kilobytes: on the
                # default 4 KiB pages each leaves much of its page empty.
                self.db.execute(f"PRAGMA page_size = {PAGE_SIZE}")
                self.db.execute("PRAGMA auto_vacuum = INCREMENTAL")
            self.db.enable_wal()
            migrations.apply(self.db)
            self.db.execute(f"PRAGMA user_version = {expected}")

    def _backup(self, version: int) -> None:
        # SQLite's backup API, not a copy of the file: the last commits may still be in the
        # -wal file beside it, which a copy of the main file alone would leave out.
        backup = self.path.with_name(f"{self.path.name}.v{version}.bak")
        backup.unlink(missing_ok=True)
        target = sqlite3.connect(backup)
        try:
            self.db.conn.backup(target)
        finally:
            target.close()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Case:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- writing -------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.db.atomic():
            yield

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

    def stored_hashes(self) -> dict[str, str]:
        """The content hash of every stored document, by the path it was ingested from."""
        cursor = self.db.execute("SELECT path, content_hash FROM documents")
        return dict(cursor.fetchall())

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
            record = document.document
            if old_id is not None:
                record = {**record, "id": old_id}
            doc_id = self._insert_record("documents", record)
            self._insert_rows(
                "paragraphs", rows.PARAGRAPH_COLUMNS_STORED, doc_id, document.paragraphs
            )
            self._insert_rows("quotes", rows.QUOTE_COLUMNS_STORED, doc_id, document.quotes)
            self._insert_rows("events", rows.EVENT_COLUMNS_STORED, doc_id, document.events)
            self._reattach_annotations(doc_id, document)
        return doc_id

    def index_new_quotes(self) -> None:
        """Add the quotes stored since the last call to the quote word index.

        Quotes get ever larger ids and the index's docsize table holds one row per indexed
        quote, so the quotes above its largest id are the ones not yet indexed.
        """
        self.db.execute(
            "INSERT INTO quotes_fts (rowid, text, speaker, source)"
            " SELECT id, text, speaker, source FROM quotes"
            " WHERE id > (SELECT coalesce(max(id), 0) FROM quotes_fts_docsize) ORDER BY id"
        )

    def _insert_record(self, table: str, record: dict[str, Any]) -> int:
        """Insert one row; its rowid."""
        columns = ", ".join(f"[{column}]" for column in record)
        sql = f"INSERT INTO [{table}] ({columns}) VALUES ({', '.join('?' * len(record))})"
        return int(self.db.conn.execute(sql, list(record.values())).lastrowid or 0)

    def _insert_rows(
        self, table: str, columns: tuple[str, ...], doc_id: int, values: list[rows.Row]
    ) -> None:
        """Insert a document's rows of one table. Plain executemany: on the ingest's hot path,
        sqlite-utils' insert_all spends as long building its statements as SQLite takes to
        run them."""
        if not values:
            return
        names = ", ".join(f"[{column}]" for column in ("doc_id", *columns))
        sql = f"INSERT INTO [{table}] ({names}) VALUES ({', '.join('?' * (len(columns) + 1))})"
        self.db.conn.executemany(sql, [(doc_id, *row) for row in values])

    def quote_ids(self, doc_id: int) -> list[int]:
        """The ids of a document's quotes, in document order."""
        cursor = self.db.execute(
            "SELECT id FROM quotes WHERE doc_id = ? ORDER BY position", [doc_id]
        )
        return [row[0] for row in cursor.fetchall()]

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

    def _document_id_for_path(self, path: str) -> int | None:
        row = self.db.execute("SELECT id FROM documents WHERE path = ?", [path]).fetchone()
        return row[0] if row else None

    def _delete_document_rows(self, doc_id: int) -> None:
        # The delete trigger takes each quote out of the word index: one never indexed (stored
        # earlier in this batch) would corrupt it.
        self.index_new_quotes()
        self._delete_quote_keys(doc_id)
        self.db.execute(
            "DELETE FROM quote_variants WHERE quote_id IN (SELECT id FROM quotes WHERE doc_id = ?)"
            " OR variant_id IN (SELECT id FROM quotes WHERE doc_id = ?)",
            [doc_id, doc_id],
        )
        for table in ("quotes", "events", "paragraphs"):
            self.db.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])
        self.db.execute("DELETE FROM documents WHERE id = ?", [doc_id])

    def _delete_quote_keys(self, doc_id: int) -> None:
        # Keys follow from the quote text, so they are found again by key: the table needs
        # no second index by quote id, which would cost as much space as the keys themselves.
        rows_to_delete = [
            (key, quote_id)
            for quote_id, text in self.db.execute(
                "SELECT id, text FROM quotes WHERE doc_id = ?", [doc_id]
            ).fetchall()
            for key in quote_keys(text)
        ]
        self.db.conn.executemany(
            "DELETE FROM quote_keys WHERE key = ? AND quote_id = ?", rows_to_delete
        )

    def compact(self, *, merge_search_index: bool) -> None:
        """Give back the pages a large ingest left free, and, when asked, merge the quote
        index's segments into one: smaller on disk, and fewer segments for each search."""
        if merge_search_index:
            self.db.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('optimize')")
            self.db.conn.commit()
        # executescript steps the pragma to the end; a cursor would free a single page.
        self.db.conn.executescript("PRAGMA incremental_vacuum;")

    def add_quote_keys(self, keys: list[tuple[int, int]]) -> None:
        """Record `(key, quote_id)` fingerprint rows (see store/fingerprint.py); sorted by key,
        they go in at half the cost. Which to keep is `store.variants`' choice."""
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO quote_keys (key, quote_id) VALUES (?, ?)", keys
        )

    def key_counts(self, keys: Iterable[int]) -> dict[int, int]:
        """How many quotes hold each of `keys` (keys no quote holds are left out)."""
        counts: dict[int, int] = {}
        for chunk in _chunks(sorted(set(keys))):
            marks = ", ".join("?" * len(chunk))
            cursor = self.db.execute(
                f"SELECT key, count(*) FROM quote_keys WHERE key IN ({marks}) GROUP BY key", chunk
            )
            counts.update(cursor.fetchall())
        return counts

    def key_holders(self, keys: Iterable[int]) -> dict[int, list[tuple[int, int, str]]]:
        """`(id, doc_id, text)` of the quotes holding each of `keys`: one look-up for all the
        quotes of a batch of documents, which costs less than one for each."""
        found: dict[int, list[tuple[int, int, str]]] = {}
        for chunk in _chunks(sorted(set(keys))):
            marks = ", ".join("?" * len(chunk))
            cursor = self.db.execute(
                "SELECT k.key, q.id, q.doc_id, q.text FROM quote_keys k"
                f" JOIN quotes q ON q.id = k.quote_id WHERE k.key IN ({marks})",
                chunk,
            )
            for key, quote_id, doc_id, text in cursor.fetchall():
                found.setdefault(key, []).append((quote_id, doc_id, text))
        return found

    def link_variants(self, pairs: list[tuple[int, int, float]]) -> None:
        """Record quote pairs that report the same statement, in both directions."""
        records = [
            {"quote_id": a, "variant_id": b, "score": score}
            for first, second, score in pairs
            for a, b in ((first, second), (second, first))
        ]
        with self.db.atomic():
            self.db["quote_variants"].upsert_all(records, pk=("quote_id", "variant_id"))

    def rename_speakers(self, renames: dict[str, str]) -> None:
        with self.db.atomic():
            for old, new in renames.items():
                self.db.execute("UPDATE quotes SET speaker = ? WHERE speaker = ?", [new, old])

    # ---- documents -----------------------------------------------------------------------

    def change_marker(self) -> tuple[object, ...]:
        """Changes whenever documents are added, replaced or removed, by any process."""
        return tuple(
            self.db.execute("SELECT count(*), max(id), max(ingested_at) FROM documents").fetchone()
        )

    def count_documents(self, text_filter: str = "") -> int:
        where, params = _document_filter(text_filter)
        return self.db.execute(f"SELECT count(*) FROM documents {where}", params).fetchone()[0]

    def documents(
        self,
        *,
        sort: DocumentSort = "published",
        descending: bool = False,
        text_filter: str = "",
        offset: int = 0,
        limit: int | None = None,
    ) -> list[DocumentSummary]:
        where, params = _document_filter(text_filter)
        order = _order_by(sort, descending)
        sql = (
            f"SELECT {rows.SUMMARY_COLUMNS} FROM documents {where} ORDER BY {order}"
            f" LIMIT ? OFFSET ?"
        )
        cursor = self.db.execute(sql, [*params, -1 if limit is None else limit, offset])
        return [rows.summary_from_row(_as_dict(cursor, row)) for row in cursor.fetchall()]

    def document_ids(
        self, *, sort: DocumentSort = "published", descending: bool = False, text_filter: str = ""
    ) -> list[int]:
        where, params = _document_filter(text_filter)
        sql = f"SELECT id FROM documents {where} ORDER BY {_order_by(sort, descending)}"
        return [row[0] for row in self.db.execute(sql, params).fetchall()]

    def document(self, doc_id: int) -> Document | None:
        cursor = self.db.execute("SELECT * FROM documents WHERE id = ?", [doc_id])
        row = cursor.fetchone()
        if row is None:
            return None
        record = _as_dict(cursor, row)
        record["paragraphs"] = self.paragraphs(doc_id)
        return rows.document_from_row(record)

    def find_document(self, ref: str) -> Document | None:
        """A document by id, by the path it was ingested from, or by a unique title prefix."""
        if ref.isdigit():
            return self.document(int(ref))
        for sql, value in (
            ("SELECT id FROM documents WHERE path = ?", ref),
            ("SELECT id FROM documents WHERE path LIKE ? ESCAPE '\\'", "%/" + _like_escape(ref)),
            ("SELECT id FROM documents WHERE title LIKE ? ESCAPE '\\'", _like_escape(ref) + "%"),
        ):
            found = self.db.execute(sql + " LIMIT 2", [value]).fetchall()
            if len(found) == 1:
                return self.document(found[0][0])
        return None

    def paragraphs(self, doc_id: int) -> list[Paragraph]:
        cursor = self.db.execute(
            "SELECT kind, text FROM paragraphs WHERE doc_id = ? ORDER BY position", [doc_id]
        )
        return [Paragraph(kind=kind, text=text) for kind, text in cursor.fetchall()]

    # ---- re-extraction support ----

    def outdated_documents(self, version: int) -> list[tuple[int, str]]:
        """`(id, path)` of the documents whose rows an extraction older than `version` made
        from a raw text the case holds, by id (one stored without raw text has nothing to be
        extracted again from)."""
        cursor = self.db.execute(
            "SELECT id, path FROM documents WHERE extraction_version < ?"
            " AND length(raw_zlib) > 0 ORDER BY id",
            [version],
        )
        return cursor.fetchall()

    def count_outdated(self, version: int) -> int:
        """How many `outdated_documents` there are; from the index alone when none is older."""
        older = self.db.execute(
            "SELECT count(*) FROM documents WHERE extraction_version < ?", [version]
        ).fetchone()[0]
        if not older:
            return 0
        return self.db.execute(
            "SELECT count(*) FROM documents WHERE extraction_version < ? AND length(raw_zlib) > 0",
            [version],
        ).fetchone()[0]

    def stored_inputs(self, doc_ids: list[int]) -> list[RawDoc | None]:
        """Each document's input as stored (raw text, format, what the input gave), in the
        order of `doc_ids`; None for one with no readable raw text or no longer there."""
        found: dict[int, RawDoc | None] = {}
        for chunk in _chunks(doc_ids):
            marks = ", ".join("?" * len(chunk))
            cursor = self.db.execute(
                f"SELECT {rows.INPUT_COLUMNS} FROM documents WHERE id IN ({marks})", chunk
            )
            for row in cursor.fetchall():
                record = _as_dict(cursor, row)
                found[record["id"]] = rows.raw_doc_from_row(record)
        return [found.get(doc_id) for doc_id in doc_ids]

    # ---- quotes --------------------------------------------------------------------------

    def count_quotes(self) -> int:
        return self.db.execute("SELECT count(*) FROM quotes").fetchone()[0]

    def quotes_of_document(self, doc_id: int) -> list[Quote]:
        cursor = self.db.execute(
            f"SELECT {rows.QUOTE_COLUMNS} FROM quotes q WHERE doc_id = ? ORDER BY position",
            [doc_id],
        )
        return [rows.quote_from_row(_as_dict(cursor, row)) for row in cursor.fetchall()]

    def quote_hits(
        self,
        *,
        match: str | None = None,
        speaker: str | None = None,
        outlet: str | None = None,
        quote_ids: list[int] | None = None,
        starred_only: bool = False,
        offset: int = 0,
        limit: int = 100,
    ) -> list[QuoteHit]:
        """Quotes with their documents' citation fields.

        `match` is an FTS5 expression over the word index of quote text, speaker and outlet;
        results then come in FTS rank order, otherwise in document order.
        """
        clauses, params = _quote_filters(speaker, outlet, quote_ids)
        if starred_only:
            clauses.append(
                "q.id IN (SELECT quote_id FROM annotations WHERE kind = 'quote' AND starred)"
            )
        if match is not None:
            clauses.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
            params.append(match)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        sql = (
            f"SELECT {rows.QUOTE_COLUMNS}, {rows.HIT_DOC_COLUMNS} FROM quotes q"
            f" JOIN documents d ON d.id = q.doc_id {where}"
            f" ORDER BY d.published IS NULL, d.published, d.id, q.position LIMIT ? OFFSET ?"
        )
        try:
            cursor = self.db.execute(sql, [*params, limit, offset])
            return [rows.hit_from_row(_as_dict(cursor, row)) for row in cursor.fetchall()]
        except sqlite3.OperationalError:
            if match is None:
                raise
            return []

    def speaker_names(self) -> list[str]:
        cursor = self.db.execute("SELECT DISTINCT speaker FROM quotes WHERE speaker IS NOT NULL")
        return [row[0] for row in cursor.fetchall()]

    def speakers(self) -> list[Speaker]:
        cursor = self.db.execute(
            "SELECT speaker, count(*) AS quotes FROM quotes WHERE speaker IS NOT NULL"
            " GROUP BY speaker ORDER BY quotes DESC, speaker"
        )
        return [Speaker(name=name, quotes=count) for name, count in cursor.fetchall()]

    def variants_of(self, quote_id: int) -> list[QuoteHit]:
        ids = [
            row[0]
            for row in self.db.execute(
                "SELECT variant_id FROM quote_variants WHERE quote_id = ? ORDER BY score DESC",
                [quote_id],
            ).fetchall()
        ]
        return self.quote_hits(quote_ids=ids, limit=len(ids)) if ids else []

    # ---- annotations -----------------------------------------------------------------------

    def annotate_quote(
        self, quote_id: int, *, starred: bool | None = None, note: str | None = None
    ) -> QuoteAnnotation:
        """Star or unstar a quote, or set its note ("" removes it); returns the annotation."""
        quote = self._quote(quote_id)
        doc_path = self._document_path(quote.doc_id)
        now = _now()
        with self.db.atomic():
            row = self.db.execute(
                "SELECT id FROM annotations WHERE kind = 'quote' AND quote_id = ?", [quote_id]
            ).fetchone()
            if row is None:
                context = quote_context(quote, self.paragraphs(quote.doc_id))
                record = {
                    "kind": "quote",
                    "doc_path": doc_path,
                    "quote_id": quote_id,
                    "quote_text": quote.text,
                    "quote_context": context,
                    "created_at": now,
                }
                row = (self.db["annotations"].insert(record).last_pk,)
            changes: dict[str, Any] = {"updated_at": now}
            if starred is not None:
                changes["starred"] = int(starred)
            if note is not None:
                changes["note"] = note or None
            self.db["annotations"].update(row[0], changes)
        return self.quote_annotations([quote_id])[quote_id]

    def quote_annotations(self, quote_ids: list[int]) -> dict[int, QuoteAnnotation]:
        marks = ", ".join("?" * len(quote_ids))
        cursor = self.db.execute(
            f"SELECT quote_id, starred, note FROM annotations"
            f" WHERE kind = 'quote' AND quote_id IN ({marks})",
            quote_ids,
        )
        return {
            quote_id: QuoteAnnotation(starred=bool(starred), note=note)
            for quote_id, starred, note in cursor.fetchall()
        }

    def detached_annotations(self) -> int:
        """Quote annotations whose quote was not found again after its document changed."""
        return self.db.execute(
            "SELECT count(*) FROM annotations WHERE kind = 'quote' AND quote_id IS NULL"
        ).fetchone()[0]

    def set_document_note(self, doc_id: int, note: str) -> None:
        doc_path = self._document_path(doc_id)
        now = _now()
        with self.db.atomic():
            self.db.execute(
                "DELETE FROM annotations WHERE kind = 'document' AND doc_path = ?", [doc_path]
            )
            if note:
                self.db["annotations"].insert(
                    {
                        "kind": "document",
                        "doc_path": doc_path,
                        "note": note,
                        "created_at": now,
                        "updated_at": now,
                    }
                )

    def document_note(self, doc_id: int) -> str | None:
        row = self.db.execute(
            "SELECT a.note FROM annotations a JOIN documents d ON d.path = a.doc_path"
            " WHERE a.kind = 'document' AND d.id = ?",
            [doc_id],
        ).fetchone()
        return row[0] if row else None

    def set_document_tags(self, doc_id: int, tags: list[str]) -> None:
        doc_path = self._document_path(doc_id)
        with self.db.atomic():
            self.db.execute("DELETE FROM document_tags WHERE doc_path = ?", [doc_path])
            self.db["document_tags"].insert_all(
                [{"doc_path": doc_path, "tag": tag} for tag in sorted(set(tags)) if tag]
            )

    def document_tags(self, doc_id: int) -> list[str]:
        cursor = self.db.execute(
            "SELECT t.tag FROM document_tags t JOIN documents d ON d.path = t.doc_path"
            " WHERE d.id = ? ORDER BY t.tag",
            [doc_id],
        )
        return [row[0] for row in cursor.fetchall()]

    def _quote(self, quote_id: int) -> Quote:
        hits = self.quote_hits(quote_ids=[quote_id], limit=1)
        if not hits:
            raise CaseError(f"no quote with id {quote_id}")
        return hits[0].quote

    def _document_path(self, doc_id: int | None) -> str:
        row = self.db.execute("SELECT path FROM documents WHERE id = ?", [doc_id]).fetchone()
        if row is None:
            raise CaseError(f"no document with id {doc_id}")
        return row[0]

    def _reattach_annotations(self, doc_id: int, document: rows.DocumentRows) -> None:
        """Point the quote annotations of a re-ingested document at its new quotes."""
        annotations = self.db.execute(
            "SELECT id, quote_text, quote_context FROM annotations"
            " WHERE kind = 'quote' AND doc_path = ?",
            [document.path],
        ).fetchall()
        if not annotations:
            return
        quotes, paragraphs = document.quote_models()
        candidates = [
            (quote_id, quote.text, quote_context(quote, paragraphs))
            for quote_id, quote in zip(self.quote_ids(doc_id), quotes, strict=True)
        ]
        for annotation_id, text, context in annotations:
            found = match_quote(text, context or "", candidates)
            self.db.execute(
                "UPDATE annotations SET quote_id = ? WHERE id = ?", [found, annotation_id]
            )

    # ---- timeline ------------------------------------------------------------------------

    def timeline(
        self, *, include_published: bool = True, doc_id: int | None = None
    ) -> list[TimelineEntry]:
        clauses: list[str] = []
        params: list[Any] = []
        if not include_published:
            clauses.append("e.kind != 'published'")
        if doc_id is not None:
            clauses.append("e.doc_id = ?")
            params.append(doc_id)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        cursor = self.db.execute(
            f"SELECT {rows.EVENT_COLUMNS}, d.title AS doc_title, d.source AS doc_source"
            f" FROM events e JOIN documents d ON d.id = e.doc_id"
            f" LEFT JOIN paragraphs p ON {rows.EVENT_PARAGRAPH} {where}"
            " ORDER BY e.start_date IS NULL, e.start_date, e.end_date, e.doc_id, e.paragraph,"
            " e.offset",
            params,
        )
        return [rows.timeline_entry_from_row(_as_dict(cursor, row)) for row in cursor.fetchall()]

    # ---- search support ----

    # What ranking a quote needs, as plain tuples: building models for the hundreds of
    # candidates a keystroke considers would cost more than finding them.
    SEARCH_COLUMNS = "q.id, q.text, q.speaker, d.source, d.published, q.doc_id, q.position"

    def quote_texts_matching(
        self, match: str, *, limit: int, ranked: bool = False
    ) -> list[tuple[Any, ...]]:
        """`SEARCH_COLUMNS` of `limit` quotes matching an FTS5 expression over the word index
        of quote text, speaker and outlet: the first by id, or the best by bm25 when `ranked`.

        bm25 counts each phrase's matches over the whole index and scores every match before
        the first comes back: the caller ranks only expressions of rare enough words. An
        invalid expression gives []; any other error (a locked, damaged or missing index)
        is raised.
        """
        order = "ORDER BY rank" if ranked else ""
        sql = (
            f"SELECT {self.SEARCH_COLUMNS} FROM"
            f" (SELECT rowid AS id FROM quotes_fts WHERE quotes_fts MATCH ? {order} LIMIT ?) m"
            " JOIN quotes q ON q.id = m.id JOIN documents d ON d.id = q.doc_id ORDER BY q.id"
        )
        try:
            return self.db.execute(sql, [match, limit]).fetchall()
        except sqlite3.OperationalError as error:
            if not is_fts5_query_error(error):
                raise
            return []

    def search_index_gate(self) -> tuple[int, int]:
        """Changes after a commit to the case by any connection; a pragma, cheap enough for
        every keystroke (`change_marker` scans the documents: 170 ms at 100k of them)."""
        data_version = self.db.execute("PRAGMA data_version").fetchone()[0]
        return data_version, self.db.conn.total_changes

    def search_index_stamp(self) -> tuple[tuple[int, bytes], ...]:
        """Changes whenever the quote index does: FTS5's records of its row and word totals
        (row 1 of its data table) and of its segments (row 10), two rows read by key."""
        cursor = self.db.execute("SELECT id, block FROM quotes_fts_data WHERE id IN (1, 10)")
        return tuple(sorted(cursor.fetchall()))

    def search_vocabulary(self) -> Iterator[tuple[str, str, int]]:
        """`(word, column, quotes holding it there)` for every word of the quote index; reads
        the whole index."""
        yield from self.db.execute("SELECT term, col, doc FROM quotes_fts_vocab")

    def quote_texts_scanning(
        self,
        *,
        contains: list[str],
        speaker: str | None = None,
        outlet: str | None = None,
        scan: int,
        limit: int,
    ) -> list[tuple[Any, ...]]:
        """`SEARCH_COLUMNS` of quotes among the first `scan` (by id) whose text, speaker or
        outlet contain each string: for strings too short to look up in the word index, as
        they may be inside any word.

        LIKE cannot use an index, so the scan is bounded instead of reading the whole case.
        Matching is ASCII case-insensitive.
        """
        clauses, params = _quote_filters(speaker, outlet, None)
        for needle in contains:
            clauses.append(
                "(q.text LIKE ? ESCAPE '\\' OR coalesce(q.speaker, '') LIKE ? ESCAPE '\\'"
                " OR coalesce(d.source, '') LIKE ? ESCAPE '\\')"
            )
            params.extend([f"%{_like_escape(needle)}%"] * 3)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        sql = (
            f"SELECT {self.SEARCH_COLUMNS} FROM (SELECT * FROM quotes ORDER BY id LIMIT ?) q"
            f" JOIN documents d ON d.id = q.doc_id {where} ORDER BY q.id LIMIT ?"
        )
        return self.db.execute(sql, [scan, *params, limit]).fetchall()

    # ---- timeline support ----

    # The time an event is dated to; unresolved events all share one time, with no start.
    TIME_COLUMNS = (
        "e.start_date, e.end_date, iif(e.start_date IS NULL, 'unknown', e.granularity) AS g,"
        " iif(e.start_date IS NULL, NULL, e.modifier) AS m,"
        " iif(e.start_date IS NULL, NULL, e.value) AS v"
    )
    TIME_ORDER = "e.start_date IS NULL, e.start_date, e.end_date, g, m, v"

    def timeline_times(
        self, *, include_published: bool = True, text_filter: str = ""
    ) -> list[tuple[Event, int]]:
        """Each time events are dated to, in timeline order, with how many events it has.

        The Event stands for the time alone (start, end, granularity, modifier, value; no
        phrase). Unresolved events come last, as one time with no start. `text_filter` keeps
        events whose sentence, phrase, document title or outlet contain every word of it.
        """
        where, params = self._timeline_where(include_published, text_filter)
        sql = (
            f"SELECT {self.TIME_COLUMNS}, count(*) FROM events e {self._timeline_join(text_filter)}"
            f" {where} GROUP BY e.start_date, e.end_date, g, m, v ORDER BY {self.TIME_ORDER}"
        )
        return [
            (
                Event.model_validate(
                    {
                        "phrase": "",
                        "start": start,
                        "end": end,
                        "granularity": granularity,
                        "modifier": modifier,
                        "value": value,
                    }
                ),
                count,
            )
            for start, end, granularity, modifier, value, count in self.db.execute(sql, params)
        ]

    def timeline_entries(
        self,
        *,
        time: Event | None = None,
        include_published: bool = True,
        text_filter: str = "",
        offset: int = 0,
        limit: int | None = None,
    ) -> list[TimelineEntry]:
        """Events of one `time` from `timeline_times` in document order, or, with no `time`,
        every event in the order the timeline pane shows them; filtered as there."""
        where, params = self._timeline_where(include_published, text_filter)
        order = f"{self.TIME_ORDER}, " if time is None else ""
        if time is not None:
            time_where, time_params = self._time_where(time)
            where = f"{where} AND {time_where}" if where else f"WHERE {time_where}"
            params += time_params
        sql = (
            f"SELECT {rows.EVENT_COLUMNS}, {self.TIME_COLUMNS}, d.title AS doc_title,"
            f" d.source AS doc_source FROM events e JOIN documents d ON d.id = e.doc_id"
            f" LEFT JOIN paragraphs p ON {rows.EVENT_PARAGRAPH} {where}"
            f" ORDER BY {order}e.doc_id, e.paragraph, e.offset, e.id LIMIT ? OFFSET ?"
        )
        cursor = self.db.execute(sql, [*params, -1 if limit is None else limit, offset])
        return [rows.timeline_entry_from_row(_as_dict(cursor, row)) for row in cursor.fetchall()]

    @staticmethod
    def _timeline_join(text_filter: str) -> str:
        # Only a text filter reads the documents and sentences: the joins cost on half a
        # million events.
        if not text_filter.split():
            return ""
        return (
            f"JOIN documents d ON d.id = e.doc_id LEFT JOIN paragraphs p ON {rows.EVENT_PARAGRAPH}"
        )

    @staticmethod
    def _timeline_where(include_published: bool, text_filter: str) -> tuple[str, list[Any]]:
        clauses = [] if include_published else ["e.kind != 'published'"]
        params: list[Any] = []
        for word in text_filter.split():
            clauses.append(
                f"({rows.EVENT_SENTENCE} LIKE ? ESCAPE '\\' OR e.phrase LIKE ? ESCAPE '\\'"
                " OR d.title LIKE ? ESCAPE '\\' OR coalesce(d.source, '') LIKE ? ESCAPE '\\')"
            )
            params.extend([f"%{_like_escape(word)}%"] * 4)
        return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), params

    @staticmethod
    def _time_where(time: Event) -> tuple[str, list[Any]]:
        if time.start is None or time.end is None:
            return "e.start_date IS NULL", []
        return (
            "e.start_date = ? AND e.end_date = ? AND e.granularity = ? AND e.modifier IS ?"
            " AND e.value IS ?",
            [
                time.start.isoformat(),
                time.end.isoformat(),
                time.granularity,
                time.modifier,
                time.value,
            ],
        )

    # ---- metadata import support ----

    METADATA_FIELDS = frozenset({"title", "author", "source", "url", "published"})

    def update_document_metadata(
        self, doc_id: int, *, events: list[Event] | None = None, **fields: Any
    ) -> None:
        """Set a document's citation fields (`METADATA_FIELDS`) where they were missing or wrong.

        A `published` date given is no longer an estimate. `events` replace the document's
        dated events, which depend on its date (relative dates resolve against it). Its
        quotes keep their ids, so their annotations stay attached.
        """
        unknown = set(fields) - self.METADATA_FIELDS
        if unknown:
            raise ValueError(f"not document metadata: {', '.join(sorted(unknown))}")
        record = dict(fields)
        if "published" in record:
            published = record["published"]
            record["published"] = published.isoformat() if published else None
            record["published_estimated"] = 0
            record["published_precision"] = "day" if published else None
        with self.db.atomic():
            self.db["documents"].update(doc_id, record)
            self._record_file_metadata(doc_id, fields)
            if "source" in fields:
                # Quotes carry their outlet for the quote finder's full-text index.
                self.db.execute(
                    "UPDATE quotes SET source = ? WHERE doc_id = ?", [fields["source"], doc_id]
                )
            if events is not None:
                self.db.execute("DELETE FROM events WHERE doc_id = ?", [doc_id])
                title = self.db.execute(
                    "SELECT title FROM documents WHERE id = ?", [doc_id]
                ).fetchone()[0]
                event_rows = rows.event_rows(events, self.paragraphs(doc_id), title)
                self._insert_rows("events", rows.EVENT_COLUMNS_STORED, doc_id, event_rows)

    def _record_file_metadata(self, doc_id: int, fields: dict[str, Any]) -> None:
        """Keep imported citation fields where re-extraction reads what the input gave, so
        that they still win over what cleaning finds after it."""
        row = self.db.execute(
            "SELECT file_metadata FROM documents WHERE id = ?", [doc_id]
        ).fetchone()
        given = json.loads(row[0]) if row and row[0] else {}
        for name in rows.FILE_METADATA_FIELDS:
            if name in fields:
                value = fields[name]
                given[name] = None if value is None else str(value)
        known = {name: value for name, value in given.items() if value is not None}
        text = json.dumps(known, ensure_ascii=False, sort_keys=True) if known else None
        self.db.execute("UPDATE documents SET file_metadata = ? WHERE id = ?", [text, doc_id])


class CasePool:
    """One read-only `Case` per thread: a sqlite3 connection belongs to the thread that made it.
    Its quote finder (made at the first search) is closed with it."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._finder: QuoteFinder | None = None
        self._lock = threading.Lock()

    @property
    def finder(self) -> QuoteFinder:
        """The quote finder of this pool's connections."""
        from store.search import QuoteFinder  # store.search builds on this module

        with self._lock:
            if self._finder is None:
                self._finder = QuoteFinder(self.path)
            return self._finder

    def close(self) -> None:
        """Close the quote finder (searches still work, without its side connection); each
        thread's connection closes with the thread."""
        self.finder.close()

    def get(self) -> Case:
        case = getattr(self._local, "case", None)
        if case is None:
            case = Case(self.path, readonly=True)
            self._local.case = case
        return case


class CaseWatch:
    """Tells when another connection has changed a case's documents, on a connection of its
    own that stays open: each look is one pragma, and the documents are read (`change_marker`,
    170 ms at 100k documents) only after a commit. SQLite's data_version moves for commits by
    other connections only, which is all a watch has to see: it never writes.

    Used by one thread at a time (a poll), not necessarily the same one.
    """

    def __init__(self, path: str | Path) -> None:
        self._case = Case(path, readonly=True)
        self._version = self._data_version()
        self.marker = self._case.change_marker()

    def changed(self) -> bool:
        """True when the documents differ from the last look (the first: from opening)."""
        version = self._data_version()
        if version == self._version:
            return False
        self._version = version
        marker = self._case.change_marker()
        if marker == self.marker:
            return False
        self.marker = marker
        return True

    def close(self) -> None:
        self._case.close()

    def _data_version(self) -> int:
        return int(self._case.db.execute("PRAGMA data_version").fetchone()[0])


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    if readonly:
        if not path.exists():
            raise CaseError(f"{path}: no such case file")
        uri = f"{path.resolve().as_uri()}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    else:
        if is_read_only(path):
            raise ReadOnlyCase(f"{path}: the case file is read-only; it can be read, not changed")
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(path, check_same_thread=False)
        except sqlite3.OperationalError as error:
            raise CaseError(f"{path}: cannot open ({error})") from error
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    try:
        _set_synchronous(conn)
    except sqlite3.DatabaseError as error:
        conn.close()
        raise CaseError(f"{path}: not a readable case file ({error})") from error
    return conn


def _set_synchronous(conn: sqlite3.Connection) -> None:
    # In WAL mode NORMAL never corrupts the case and keeps every commit through a crash or
    # kill -9; only a power cut can lose the last commits. FULL would wait for the disk on
    # every document of an ingest.
    conn.execute("PRAGMA synchronous = NORMAL")


def _order_by(sort: DocumentSort, descending: bool) -> str:
    """ORDER BY terms for a document sort; undated documents stay last either way."""
    direction = " DESC" if descending else ""
    terms = [f"{term}{direction}" for term in SORT_COLUMNS[sort].split(", ")]
    if sort == "published":
        terms[0] = "published IS NULL"
    return ", ".join([*terms, f"id{direction}"])


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def is_read_only(path: Path) -> bool:
    """True for a file this process cannot write, or one with every write bit off: root can
    write anything, but a case its owner marked read-only is not to be changed."""
    if not path.exists():
        return False
    return not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222


def _as_dict(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> dict[str, Any]:
    return {column[0]: value for column, value in zip(cursor.description, row, strict=True)}


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _document_filter(text_filter: str) -> tuple[str, list[str]]:
    words = text_filter.split()
    if not words:
        return "", []
    clause = (
        "(title LIKE ? ESCAPE '\\' OR coalesce(source, '') LIKE ? ESCAPE '\\'"
        " OR coalesce(author, '') LIKE ? ESCAPE '\\')"
    )
    params = [f"%{_like_escape(word)}%" for word in words for _ in range(3)]
    return "WHERE " + " AND ".join([clause] * len(words)), params


def _quote_filters(
    speaker: str | None, outlet: str | None, quote_ids: list[int] | None
) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if speaker:
        clauses.append("q.speaker LIKE ? ESCAPE '\\'")
        params.append(f"%{_like_escape(speaker)}%")
    if outlet:
        clauses.append("coalesce(d.source, '') LIKE ? ESCAPE '\\'")
        params.append(f"%{_like_escape(outlet)}%")
    if quote_ids is not None:
        clauses.append(f"q.id IN ({', '.join('?' * len(quote_ids))})")
        params.extend(quote_ids)
    return clauses, params


# Keys a statement: far below SQLite's limit on parameters.
KEYS_PER_STATEMENT = 500


def _chunks(keys: list[int]) -> Iterator[list[int]]:
    for first in range(0, len(keys), KEYS_PER_STATEMENT):
        yield keys[first : first + KEYS_PER_STATEMENT]
