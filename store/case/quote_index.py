"""The quotes' word index (`quotes_fts`, FTS5): keeping it up to date, and the look-ups the
quote finder (`store.search`) makes in it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from store.case.quotes import HIDE_REJECTED, NOT_A_COPY, Hidden, in_effect
from store.case.sql import CaseTables, like_escape, quote_filters

# What FTS5 says of a MATCH expression it cannot parse (fts5_expr.c); "no such table" and
# "database is locked" are SQLITE_ERROR or SQLITE_BUSY too, but say nothing of the query.
_FTS5_QUERY_ERRORS = ("fts5: ", "unterminated string", "unknown special query", "expected integer")


def is_fts5_query_error(error: sqlite3.Error) -> bool:
    """Whether `error` is FTS5 rejecting a MATCH expression, not the index failing."""
    return getattr(error, "sqlite_errorname", None) == "SQLITE_ERROR" and str(error).startswith(
        _FTS5_QUERY_ERRORS
    )


class QuoteIndex(CaseTables):
    """The SQL of the `quotes_fts` index and its tables."""

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

    def _merge_quote_index(self) -> None:
        """Merge the index's segments into one: smaller on disk, fewer segments a search."""
        self.db.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('optimize')")

    # What ranking a quote needs, as plain tuples: building models for the hundreds of
    # candidates a keystroke considers would cost more than finding them.
    # Whether a speaker is in doubt (`@?`) is asked of the few candidates of such a query alone
    # (`Quotes.in_doubt`): for every candidate of every keystroke it cost a look-up each.
    SEARCH_COLUMNS = "q.id, q.text, q.speaker, d.source, d.published, q.doc_id, q.position"

    def quote_texts_matching(
        self, match: str, *, limit: int, ranked: bool = False, hidden: Hidden = HIDE_REJECTED
    ) -> list[tuple[Any, ...]]:
        """`SEARCH_COLUMNS` of `limit` quotes matching an FTS5 expression over the word index
        of quote text, speaker and outlet: the first by id, or the best by bm25 when `ranked`;
        none of the `hidden` ones, left out before the limit so that they take no room.

        bm25 counts each phrase's matches over the whole index and scores every match before
        the first comes back: the caller ranks only expressions of rare enough words. An
        invalid expression gives []; any other error (a locked, damaged or missing index)
        is raised.
        """
        order = "ORDER BY rank" if ranked else ""
        clauses = in_effect(self.db, hidden).clauses("rowid", None)
        shown = "".join(f" AND {clause}" for clause in clauses)
        sql = (
            f"SELECT {self.SEARCH_COLUMNS} FROM (SELECT rowid AS id FROM quotes_fts"
            f" WHERE quotes_fts MATCH ?{shown} {order} LIMIT ?) m"
            " JOIN quotes q ON q.id = m.id JOIN documents d ON d.id = q.doc_id"
            f" WHERE {NOT_A_COPY} ORDER BY q.id"
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
        hidden: Hidden = HIDE_REJECTED,
    ) -> list[tuple[Any, ...]]:
        """`SEARCH_COLUMNS` of quotes among the first `scan` (by id) whose text, speaker or
        outlet contain each string, less the `hidden` ones: for strings too short to look up
        in the word index, as they may be inside any word.

        LIKE cannot use an index, so the scan is bounded instead of reading the whole case.
        Matching is ASCII case-insensitive.
        """
        clauses, params = quote_filters(speaker, outlet, None)
        clauses += in_effect(self.db, hidden).clauses("q.id", "d.id")
        clauses.append(NOT_A_COPY)
        for needle in contains:
            clauses.append(
                "(q.text LIKE ? ESCAPE '\\' OR coalesce(q.speaker, '') LIKE ? ESCAPE '\\'"
                " OR coalesce(d.source, '') LIKE ? ESCAPE '\\')"
            )
            params.extend([f"%{like_escape(needle)}%"] * 3)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        sql = (
            f"SELECT {self.SEARCH_COLUMNS} FROM (SELECT * FROM quotes ORDER BY id LIMIT ?) q"
            f" JOIN documents d ON d.id = q.doc_id {where} ORDER BY q.id LIMIT ?"
        )
        return self.db.execute(sql, [scan, *params, limit]).fetchall()
