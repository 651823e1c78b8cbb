"""The quotes: reading them with their documents' citation fields, storing them, and the
speakers they name."""

from __future__ import annotations

import sqlite3

from store.case import rows
from store.case.opening import CaseError
from store.case.sql import CaseTables, as_dict, quote_filters
from store.models import Quote, QuoteHit, Speaker

# A copy of an article (store.case.copies) repeats its primary's quotes: they count once.
NOT_A_COPY = "d.copy_of IS NULL"
# The same of quotes `q` alone: copies are few, so the subquery is small.
OF_NO_COPY = "q.doc_id NOT IN (SELECT c.id FROM documents c WHERE c.copy_of IS NOT NULL)"


class Quotes(CaseTables):
    """The SQL of the `quotes` table."""

    def count_quotes(self) -> int:
        """The quotes the finder lists: those of copies of an article are its primary's."""
        # All of them less those of copies, read by document: quicker than testing each quote.
        return self.db.execute(
            "SELECT (SELECT count(*) FROM quotes) - (SELECT count(*) FROM quotes"
            " WHERE doc_id IN (SELECT c.id FROM documents c WHERE c.copy_of IS NOT NULL))"
        ).fetchone()[0]

    def quotes_of_document(self, doc_id: int) -> list[Quote]:
        cursor = self.db.execute(
            f"SELECT {rows.QUOTE_COLUMNS} FROM quotes q WHERE doc_id = ? ORDER BY position",
            [doc_id],
        )
        return [rows.quote_from_row(as_dict(cursor, row)) for row in cursor.fetchall()]

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
        results then come in FTS rank order, otherwise in document order. Quotes of copies of
        an article are left out, unless asked for by id or starred.
        """
        clauses, params = quote_filters(speaker, outlet, quote_ids)
        if quote_ids is None and not starred_only:
            clauses.append(NOT_A_COPY)
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
            return [rows.hit_from_row(as_dict(cursor, row)) for row in cursor.fetchall()]
        except sqlite3.OperationalError:
            if match is None:
                raise
            return []

    def speaker_names(self) -> list[str]:
        cursor = self.db.execute("SELECT DISTINCT speaker FROM quotes WHERE speaker IS NOT NULL")
        return [row[0] for row in cursor.fetchall()]

    def speakers(self) -> list[Speaker]:
        cursor = self.db.execute(
            "SELECT speaker, count(*) AS quotes FROM quotes q WHERE speaker IS NOT NULL"
            f" AND {OF_NO_COPY} GROUP BY speaker ORDER BY quotes DESC, speaker"
        )
        return [Speaker(name=name, quotes=count) for name, count in cursor.fetchall()]

    def quote_ids(self, doc_id: int) -> list[int]:
        """The ids of a document's quotes, in document order."""
        cursor = self.db.execute(
            "SELECT id FROM quotes WHERE doc_id = ? ORDER BY position", [doc_id]
        )
        return [row[0] for row in cursor.fetchall()]

    def _quote(self, quote_id: int) -> Quote:
        hits = self.quote_hits(quote_ids=[quote_id], limit=1)
        if not hits:
            raise CaseError(f"no quote with id {quote_id}")
        return hits[0].quote

    def rename_speakers(self, renames: dict[str, str]) -> None:
        with self.db.atomic():
            for old, new in renames.items():
                self.db.execute("UPDATE quotes SET speaker = ? WHERE speaker = ?", [new, old])

    # ---- writing ----

    def _insert_quotes(self, doc_id: int, quote_rows: list[rows.Row]) -> None:
        self._insert_rows("quotes", rows.QUOTE_COLUMNS_STORED, doc_id, quote_rows)

    def _set_quotes_source(self, doc_id: int, source: str | None) -> None:
        # Quotes carry their outlet for the quote finder's full-text index.
        self.db.execute("UPDATE quotes SET source = ? WHERE doc_id = ?", [source, doc_id])

    def _delete_quotes(self, doc_id: int) -> None:
        self.db.execute("DELETE FROM quotes WHERE doc_id = ?", [doc_id])
