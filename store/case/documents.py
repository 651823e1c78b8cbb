"""The documents, their raw texts and their paragraphs: listing, reading, finding, and storing
them."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Literal

from store.case import read_rows, rows
from store.case.opening import CaseError
from store.case.sql import CaseTables, as_dict, chunks, like_escape
from store.case.text_match import straight_quotes, straightened, word_in_columns
from store.case.title_sort import TITLE_KEY
from store.models import REVIEW_STATES, Document, DocumentSummary, Paragraph, RawDoc

# In a document filter: the copies alone (store.case.copies), which the list otherwise hides.
COPY_WORD = "is:copy"
# How many documents the list shows, unfiltered: counting `copy_of IS NULL` would read every
# row of a large case, where these two counts read an index each.
COUNT_BUT_COPIES = (
    "SELECT (SELECT count(*) FROM documents)"
    " - (SELECT count(*) FROM documents WHERE copy_of IS NOT NULL)"
)
# Whether a document has a raw text to extract again from (kept apart, in `document_raw`).
HAS_RAW_TEXT = "id IN (SELECT r.doc_id FROM document_raw r WHERE length(r.raw_zlib) > 0)"
# What a document filter's words are looked for in.
FILTERED_COLUMNS = ["title", "coalesce(source, '')", "coalesce(author, '')"]
TITLE_STRAIGHT = straightened("title")
DocumentSort = Literal["title", "source", "published", "words", "quotes", "id"]
# Each sort's ORDER BY terms, as their indexes (store.case.schema) key them.
SORT_COLUMNS: dict[str, tuple[str, ...]] = {
    "title": (TITLE_KEY,),
    "source": ("source COLLATE NOCASE",),
    "published": ("published IS NULL", "published"),
    "words": ("words",),
    "quotes": ("quotes",),
    "id": ("id",),
}


class Documents(CaseTables):
    """The SQL of the `documents`, `document_raw` and `paragraphs` tables."""

    def change_marker(self) -> tuple[object, ...]:
        """Changes whenever documents are added, replaced or removed, by any process."""
        return tuple(
            self.db.execute("SELECT count(*), max(id), max(ingested_at) FROM documents").fetchone()
        )

    def count_documents(self, text_filter: str = "", *, with_copies: bool = False) -> int:
        """How many documents the list shows: copies left out (`with_copies`: counted), or
        only them with `is:copy` in the filter."""
        if not text_filter.split():  # every row less the copies: two counts of indexes
            sql = "SELECT count(*) FROM documents" if with_copies else COUNT_BUT_COPIES
            return self.db.execute(sql).fetchone()[0]
        where, params = _document_filter(text_filter, with_copies)
        return self.db.execute(f"SELECT count(*) FROM documents {where}", params).fetchone()[0]

    def documents(
        self,
        *,
        sort: DocumentSort = "published",
        descending: bool = False,
        text_filter: str = "",
        offset: int = 0,
        limit: int | None = None,
        with_copies: bool = False,
    ) -> list[DocumentSummary]:
        """A page of the documents list. A group of copies is one row, its primary's, which
        names the others (`copies`, `copy_sources`); `is:copy` in the filter lists the copies
        alone, `with_copies` every document."""
        where, params = _document_filter(text_filter, with_copies)
        order = _order_by(sort, descending)
        sql = (
            f"SELECT {read_rows.SUMMARY_COLUMNS} FROM documents {where} ORDER BY {order}"
            f" LIMIT ? OFFSET ?"
        )
        cursor = self.db.execute(sql, [*params, -1 if limit is None else limit, offset])
        found = [read_rows.summary_from_row(as_dict(cursor, row)) for row in cursor.fetchall()]
        self._name_copies(found)
        return found

    def _name_copies(self, documents: list[DocumentSummary]) -> None:
        """Give each primary among `documents` its copies' ids and the outlets they add: the
        sources of copies from other sites (a site may name itself in two ways, by its name in
        its page and by its domain in a crawl)."""
        by_id = {doc.id: doc for doc in documents if doc.copy_of is None}
        for chunk in chunks(sorted(by_id)):
            marks = ", ".join("?" * len(chunk))
            cursor = self.db.execute(
                "SELECT c.copy_of, c.id, c.source, c.canonical_url, p.canonical_url"
                f" FROM documents c JOIN documents p ON p.id = c.copy_of"
                f" WHERE c.copy_of IN ({marks}) ORDER BY c.id",
                chunk,
            )
            for primary, copy_id, source, url, primary_url in cursor.fetchall():
                doc = by_id[primary]
                doc.copies.append(copy_id)
                same_site = url and primary_url and _site(url) == _site(primary_url)
                named = source == doc.source or source in doc.copy_sources
                if source and not same_site and not named:
                    doc.copy_sources.append(source)

    def document_ids(
        self, *, sort: DocumentSort = "published", descending: bool = False, text_filter: str = ""
    ) -> list[int]:
        where, params = _document_filter(text_filter)
        sql = f"SELECT id FROM documents {where} ORDER BY {_order_by(sort, descending)}"
        return [row[0] for row in self.db.execute(sql, params).fetchall()]

    def document(self, doc_id: int) -> Document | None:
        cursor = self.db.execute(
            f"SELECT *, {read_rows.RAW_COLUMN}, {read_rows.REVIEW_COLUMN} AS review FROM documents"
            " WHERE id = ?",
            [doc_id],
        )
        row = cursor.fetchone()
        if row is None:
            return None
        record = as_dict(cursor, row)
        record["paragraphs"] = self.paragraphs(doc_id)
        document = read_rows.document_from_row(record)
        self._name_copies([document])
        return document

    def find_document(self, ref: str) -> Document | None:
        """A document by id, by the path it was ingested from, or by a unique title prefix."""
        if ref.isdigit():
            return self.document(int(ref))
        found, total = self.documents_named(ref, 1)
        return self.document(found[0].id) if total == 1 else None

    def documents_named(self, ref: str, limit: int) -> tuple[list[DocumentSummary], int]:
        """The documents `ref` names, read as `find_document` reads it: an id, else the first
        of a path, a file name and the start of a title that names one document alone, else
        the first that names several. At most `limit` of them, in date order, for a command
        to offer them to choose from; and how many there are."""
        if ref.isdigit():
            document = self.document(int(ref))
            return ([document], 1) if document is not None else ([], 0)
        several: tuple[list[DocumentSummary], int] = ([], 0)
        for where, value in (
            ("path = ?", ref),
            ("path LIKE ? ESCAPE '\\'", "%/" + like_escape(ref)),
            # A title as typed: straight quote marks for the curly ones it prints.
            (f"{TITLE_STRAIGHT} LIKE ? ESCAPE '\\'", like_escape(straight_quotes(ref)) + "%"),
        ):
            count = self.db.execute(f"SELECT count(*) FROM documents WHERE {where}", [value])
            total = count.fetchone()[0]
            if total == 1 or (total and not several[1]):
                cursor = self.db.execute(
                    f"SELECT {read_rows.SUMMARY_COLUMNS} FROM documents WHERE {where}"
                    f" ORDER BY {_order_by('published', False)} LIMIT ?",
                    [value, limit],
                )
                found = [
                    read_rows.summary_from_row(as_dict(cursor, row)) for row in cursor.fetchall()
                ]
                if total == 1:
                    return found, 1
                several = found, total
        return several

    def site_titles(self) -> list[tuple[int, str, str, dt.date | None]]:
        """`(id, url, title, date)` of the documents with an address and a title in segments
        (the case-wide title step reads these alone); the date only when the document gives
        it."""
        cursor = self.db.execute(
            "SELECT id, url, title, iif(published_estimated, NULL, published) FROM documents"
            " WHERE url IS NOT NULL AND title LIKE '% %'"
        )
        return [
            (doc_id, url, title, dt.date.fromisoformat(published) if published else None)
            for doc_id, url, title, published in cursor.fetchall()
        ]

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
            f"SELECT id, path FROM documents WHERE extraction_version < ? AND {HAS_RAW_TEXT}"
            " ORDER BY id",
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
            f"SELECT count(*) FROM documents WHERE extraction_version < ? AND {HAS_RAW_TEXT}",
            [version],
        ).fetchone()[0]

    def stored_inputs(self, doc_ids: list[int]) -> list[RawDoc | None]:
        """Each document's input as stored (raw text, format, what the input gave), in the
        order of `doc_ids`; None for one with no readable raw text or no longer there."""
        found: dict[int, RawDoc | None] = {}
        for chunk in chunks(doc_ids):
            marks = ", ".join("?" * len(chunk))
            cursor = self.db.execute(
                f"SELECT {read_rows.INPUT_COLUMNS} FROM documents WHERE id IN ({marks})", chunk
            )
            for row in cursor.fetchall():
                record = as_dict(cursor, row)
                found[record["id"]] = read_rows.raw_doc_from_row(record)
        return [found.get(doc_id) for doc_id in doc_ids]

    def stored_hashes(self) -> dict[str, str]:
        """The content hash of every stored document, by the path it was ingested from."""
        cursor = self.db.execute("SELECT path, content_hash FROM documents")
        return dict(cursor.fetchall())

    # ---- writing ----

    def _insert_document(self, document: rows.DocumentRows, doc_id: int | None) -> int:
        """Insert a document's record and paragraphs, under `doc_id` if given; its id."""
        record = document.document
        if doc_id is not None:
            record = {**record, "id": doc_id}
        doc_id = self._insert_record("documents", record)
        self.db.conn.execute(
            "INSERT INTO document_raw (doc_id, raw_zlib) VALUES (?, ?)", [doc_id, document.raw_zlib]
        )
        self._insert_rows("paragraphs", rows.PARAGRAPH_COLUMNS_STORED, doc_id, document.paragraphs)
        return doc_id

    def _delete_document(self, doc_id: int) -> None:
        """Delete a document, its raw text and its paragraphs; `Case` deletes the rows of the
        other tables that refer to it first."""
        self.db.execute("DELETE FROM paragraphs WHERE doc_id = ?", [doc_id])
        self.db.execute("DELETE FROM document_raw WHERE doc_id = ?", [doc_id])
        self.db.execute("DELETE FROM documents WHERE id = ?", [doc_id])

    METADATA_FIELDS = frozenset({"title", "author", "source", "url", "published"})

    def _update_document_fields(self, doc_id: int, fields: dict[str, Any]) -> None:
        """Set a document's citation fields (`METADATA_FIELDS`); a `published` date given is
        no longer an estimate."""
        unknown = set(fields) - self.METADATA_FIELDS
        if unknown:
            raise ValueError(f"not document metadata: {', '.join(sorted(unknown))}")
        record = dict(fields)
        if "published" in record:
            published = record["published"]
            record["published"] = published.isoformat() if published else None
            record["published_estimated"] = 0
            record["published_precision"] = "day" if published else None
        self.db.table("documents").update(doc_id, record)
        self._record_file_metadata(doc_id, fields)

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

    def _document_id_for_path(self, path: str) -> int | None:
        row = self.db.execute("SELECT id FROM documents WHERE path = ?", [path]).fetchone()
        return row[0] if row else None

    def _document_path(self, doc_id: int | None) -> str:
        row = self.db.execute("SELECT path FROM documents WHERE id = ?", [doc_id]).fetchone()
        if row is None:
            raise CaseError(f"no document with id {doc_id}")
        return row[0]

    def _document_title(self, doc_id: int) -> str:
        return self.db.execute("SELECT title FROM documents WHERE id = ?", [doc_id]).fetchone()[0]


def _site(canonical_url: str) -> str:
    """The host of a canonical URL (`store.ingest.copy_prints.canonical_url`: no scheme)."""
    return canonical_url.split("/", 1)[0].split("?", 1)[0]


def _order_by(sort: DocumentSort, descending: bool) -> str:
    """ORDER BY terms for a document sort; undated documents stay last either way."""
    direction = " DESC" if descending else ""
    terms = [f"{term}{direction}" for term in SORT_COLUMNS[sort]]
    if sort == "published":
        terms[0] = "published IS NULL"
    return ", ".join([*terms, f"id{direction}"])


def review_filter(text_filter: str) -> tuple[list[str], list[str]]:
    """The words of a document filter split into review states asked for with `is:STATE`
    (`is:reviewed`) and the other words, matched in title, source and author."""
    states: list[str] = []
    words: list[str] = []
    for word in text_filter.split():
        state = word[3:].lower() if word.lower().startswith("is:") else None
        if state in REVIEW_STATES:
            states.append(state)
        else:
            words.append(word)
    return states, words


def _document_filter(text_filter: str, with_copies: bool = False) -> tuple[str, list[str]]:
    states, words = review_filter(text_filter)
    only_copies = COPY_WORD in (word.lower() for word in words)
    words = [word for word in words if word.lower() != COPY_WORD]
    matches = [word_in_columns(word, FILTERED_COLUMNS) for word in words]
    clauses = [clause for clause, _ in matches]
    if only_copies:
        clauses.append("copy_of IS NOT NULL")
    elif not with_copies:  # a group of copies is listed once, as its primary
        clauses.append("copy_of IS NULL")
    params = [param for _, word_params in matches for param in word_params]
    if states:  # several: any of them ("is:new is:read": not yet reviewed)
        clauses.append(f"{read_rows.REVIEW_COLUMN} IN ({', '.join('?' * len(set(states)))})")
        params += sorted(set(states))
    return ("WHERE " + " AND ".join(clauses), params) if clauses else ("", [])
