"""The quotes: reading them with their documents' citation fields, storing them, and the
speakers they name."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from sqlite_utils import Database

from store.case import read_rows, rows
from store.case.opening import CaseError
from store.case.speaker_doubt import SPEAKER_UNCERTAIN
from store.case.speaker_people import people
from store.case.sql import (
    COPY_DOC_IDS,
    EXCLUDED_DOC_IDS,
    CaseTables,
    as_dict,
    chunks,
    quote_filters,
)
from store.models import Quote, QuoteHit, Speaker

# Few quotes are rejected: the subquery is read once a statement into a small set (a partial
# index holds the rejected ones).
REJECTED_IDS = (
    "SELECT quote_id FROM annotations WHERE rejected AND kind = 'quote' AND quote_id IS NOT NULL"
)


@dataclass(frozen=True)
class Hidden:
    """Which quotes a listing leaves out: those the user marked not a quotation (`rejected`,
    left out unless every quote is asked for), and those of documents the review excluded
    (`excluded`, left out where the user chose to hide them)."""

    rejected: bool = True
    excluded: bool = False

    def conditions(self, quote_id: str = "q.id", doc_id: str | None = "q.doc_id") -> list[str]:
        """SQL conditions true of a hidden quote, one a reason, over the columns named
        (`doc_id` None: the quote id alone tells)."""
        found = []
        if self.rejected:
            found.append(f"{quote_id} IN ({REJECTED_IDS})")
        if self.excluded:
            if doc_id is None:
                in_excluded = f"SELECT h.id FROM quotes h WHERE h.doc_id IN ({EXCLUDED_DOC_IDS})"
                found.append(f"{quote_id} IN ({in_excluded})")
            else:
                found.append(f"{doc_id} IN ({EXCLUDED_DOC_IDS})")
        return found

    def clauses(self, quote_id: str = "q.id", doc_id: str | None = "q.doc_id") -> list[str]:
        """WHERE clauses keeping the quotes shown."""
        return [f"NOT {condition}" for condition in self.conditions(quote_id, doc_id)]


HIDE_REJECTED: Hidden = Hidden()
HIDE_NOTHING: Hidden = Hidden(rejected=False, excluded=False)


def in_effect(db: Database, hidden: Hidden) -> Hidden:
    """`hidden` less the reasons that hide no quote now (no quote rejected, no document
    excluded: most cases). Each reason costs a look-up a row read, which more than doubles
    the time of a page deep in document order; asking whether it hides any costs one."""
    rejected = hidden.rejected and db.execute(f"SELECT EXISTS ({REJECTED_IDS})").fetchone()[0]
    excluded = hidden.excluded and db.execute(f"SELECT EXISTS ({EXCLUDED_DOC_IDS})").fetchone()[0]
    return Hidden(rejected=bool(rejected), excluded=bool(excluded))


# A copy of an article (store.case.copies) repeats its primary's quotes: they count once.
NOT_A_COPY = "d.copy_of IS NULL"
# The same of quotes `q` alone: copies are few, so the subquery is small.
OF_NO_COPY = f"q.doc_id NOT IN ({COPY_DOC_IDS})"


class Quotes(CaseTables):
    """The SQL of the `quotes` table."""

    def count_quotes(self) -> int:
        """The quotes the finder lists: those of copies of an article are its primary's."""
        # All of them less those of copies, read by document: quicker than testing each quote.
        return self.db.execute(
            "SELECT (SELECT count(*) FROM quotes) - (SELECT count(*) FROM quotes"
            f" WHERE doc_id IN ({COPY_DOC_IDS}))"
        ).fetchone()[0]

    def count_shown_quotes(self, hidden: Hidden = HIDE_REJECTED) -> int:
        """The quotes a listing shows: every quote less the hidden ones, which are few and
        found by index, each reason on its own (a count with a condition, or with the reasons
        joined by OR, could read a million rows)."""
        total = self.count_quotes()
        conditions = in_effect(self.db, hidden).conditions()
        if not conditions:
            return total
        each = " UNION ".join(f"SELECT q.id FROM quotes q WHERE {c}" for c in conditions)
        return total - self.db.execute(f"SELECT count(*) FROM ({each})").fetchone()[0]

    def quotes_of_document(self, doc_id: int) -> list[Quote]:
        cursor = self.db.execute(
            f"SELECT {read_rows.QUOTE_COLUMNS} FROM quotes q WHERE doc_id = ? ORDER BY position",
            [doc_id],
        )
        return [read_rows.quote_from_row(as_dict(cursor, row)) for row in cursor.fetchall()]

    def quote_hits(
        self,
        *,
        match: str | None = None,
        speaker: str | None = None,
        outlet: str | None = None,
        quote_ids: list[int] | None = None,
        starred_only: bool = False,
        hidden: Hidden = HIDE_REJECTED,
        uncertain_only: bool = False,
        offset: int = 0,
        limit: int = 100,
    ) -> list[QuoteHit]:
        """Quotes with their documents' citation fields, less the `hidden` ones (a quote
        marked not a quotation, unless asked for, then with `rejected` set).

        `match` is an FTS5 expression over the word index of quote text, speaker and outlet;
        results then come in FTS rank order, otherwise in document order. `uncertain_only`
        keeps the quotes whose speaker is missing, uncertain or disputed (`@?`): those with a
        speaker in doubt first, then those with none, each in document order. Quotes of copies
        of an article are left out, unless asked for by id or starred.
        """
        where, params = self._hit_filters(
            match, speaker, outlet, quote_ids, starred_only, hidden, uncertain_only
        )
        # Listed, a rejected quote says so; none listed or none rejected: nothing to ask.
        marked = not hidden.rejected and in_effect(self.db, Hidden()).rejected
        rejected = f", q.id IN ({REJECTED_IDS}) AS quote_rejected" if marked else ""
        sql = (
            f"SELECT {read_rows.QUOTE_COLUMNS}, {read_rows.HIT_DOC_COLUMNS}{rejected} FROM quotes q"
            f" JOIN documents d ON d.id = q.doc_id {where}"
            f" ORDER BY {'q.speaker IS NULL, ' if uncertain_only else ''}"
            "d.published IS NULL, d.published, d.id, q.position LIMIT ? OFFSET ?"
        )
        try:
            cursor = self.db.execute(sql, [*params, limit, offset])
            return [read_rows.hit_from_row(as_dict(cursor, row)) for row in cursor.fetchall()]
        except sqlite3.OperationalError:
            if match is None:
                raise
            return []

    def count_uncertain_quotes(self, hidden: Hidden = HIDE_REJECTED) -> int:
        """How many quotes `quote_hits(uncertain_only=True)` lists in all (`@?`)."""
        where, params = self._hit_filters(None, None, None, None, False, hidden, True)
        sql = f"SELECT count(*) FROM quotes q JOIN documents d ON d.id = q.doc_id {where}"
        return int(self.db.execute(sql, params).fetchone()[0])

    def _hit_filters(
        self,
        match: str | None,
        speaker: str | None,
        outlet: str | None,
        quote_ids: list[int] | None,
        starred_only: bool,
        hidden: Hidden,
        uncertain_only: bool,
    ) -> tuple[str, list[object]]:
        """The WHERE clause of `quote_hits` and its parameters."""
        clauses, params = quote_filters(speaker, outlet, quote_ids)
        # Documents left out by `d.id`, not `q.doc_id`: so SQLite still reads the documents
        # in date order and their quotes by index, rather than sorting every quote for a page.
        clauses += in_effect(self.db, hidden).clauses("q.id", "d.id")
        if quote_ids is None and not starred_only:
            clauses.append(NOT_A_COPY)
        if starred_only:
            clauses.append(
                "q.id IN (SELECT quote_id FROM annotations WHERE kind = 'quote' AND starred)"
            )
        if uncertain_only:
            clauses.append(SPEAKER_UNCERTAIN)
        if match is not None:
            clauses.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
            params.append(match)
        return f"WHERE {' AND '.join(clauses)}" if clauses else "", params

    def speaker_names(self) -> list[str]:
        cursor = self.db.execute("SELECT DISTINCT speaker FROM quotes WHERE speaker IS NOT NULL")
        return [row[0] for row in cursor.fetchall()]

    def in_doubt(self, quote_ids: list[int]) -> set[int]:
        """Those of `quote_ids` whose speaker is missing, uncertain or disputed (`@?`)."""
        found: set[int] = set()
        for chunk in chunks(quote_ids):
            marks = ", ".join("?" * len(chunk))
            cursor = self.db.execute(
                f"SELECT q.id FROM quotes q WHERE q.id IN ({marks}) AND {SPEAKER_UNCERTAIN}", chunk
            )
            found.update(row[0] for row in cursor.fetchall())
        return found

    def speakers(self) -> list[Speaker]:
        """Who is quoted and how often, a row a person (`speaker_people.people`: the spellings
        of one name together), with the roles their quotes were given; quotes marked not a
        quotation do not count."""
        shown = "".join(f" AND {c}" for c in in_effect(self.db, HIDE_REJECTED).clauses())
        counts = self.db.execute(
            f"SELECT speaker, count(*) FROM quotes q WHERE speaker IS NOT NULL{shown}"
            f" AND {OF_NO_COPY} GROUP BY speaker"
        ).fetchall()
        # The roles read the table in one pass, not by the speaker index, which fetches each
        # row apart (four times slower on a million quotes): only the quotes with a role sort.
        roles = self.db.execute(
            f"SELECT speaker, {read_rows.QUOTE_ROLE} AS shown_role, count(*)"
            " FROM quotes q NOT INDEXED"
            f" WHERE q.role IS NOT NULL AND q.speaker IS NOT NULL{shown} AND {OF_NO_COPY}"
            " GROUP BY speaker, shown_role HAVING shown_role IS NOT NULL"
        ).fetchall()
        return people(counts, roles)

    def quote_ids(self, doc_id: int) -> list[int]:
        """The ids of a document's quotes, in document order."""
        cursor = self.db.execute(
            "SELECT id FROM quotes WHERE doc_id = ? ORDER BY position", [doc_id]
        )
        return [row[0] for row in cursor.fetchall()]

    def _quote(self, quote_id: int) -> Quote:
        hits = self.quote_hits(quote_ids=[quote_id], hidden=HIDE_NOTHING, limit=1)
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
