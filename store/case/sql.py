"""What the table modules share: the connection they speak through, and small SQL helpers."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from typing import Any

from sqlite_utils import Database

from store.case import rows

# Keys a statement: far below SQLite's limit on parameters.
KEYS_PER_STATEMENT = 500
# The ids of documents that are copies of another (store.case.copies) and of documents the
# review excluded: both few, so each is read once a statement into a small set.
COPY_DOC_IDS = "SELECT c.id FROM documents c WHERE c.copy_of IS NOT NULL"
EXCLUDED_DOC_IDS = (
    "SELECT x.id FROM documents x JOIN document_reviews r ON r.doc_path = x.path"
    " WHERE r.state = 'excluded'"
)


class CaseTables:
    """The base of the table modules' classes, which `Case` composes: each speaks the SQL of
    its own tables through `db`, and calls another's methods for theirs."""

    db: Database

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


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def as_dict(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> dict[str, Any]:
    return {column[0]: value for column, value in zip(cursor.description, row, strict=True)}


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def quote_filters(
    speaker: str | None, outlet: str | None, quote_ids: list[int] | None
) -> tuple[list[str], list[Any]]:
    """WHERE clauses on quotes `q` and their documents `d`, with their parameters."""
    clauses: list[str] = []
    params: list[Any] = []
    if speaker:
        clauses.append("q.speaker LIKE ? ESCAPE '\\'")
        params.append(f"%{like_escape(speaker)}%")
    if outlet:
        clauses.append("coalesce(d.source, '') LIKE ? ESCAPE '\\'")
        params.append(f"%{like_escape(outlet)}%")
    if quote_ids is not None:
        clauses.append(f"q.id IN ({', '.join('?' * len(quote_ids))})")
        params.extend(quote_ids)
    return clauses, params


def chunks(keys: list[int]) -> Iterator[list[int]]:
    for first in range(0, len(keys), KEYS_PER_STATEMENT):
        yield keys[first : first + KEYS_PER_STATEMENT]
