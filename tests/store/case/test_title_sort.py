"""The title sort reads titles from their first word: quote marks, brackets and dashes before
it, and letters' case, do not move a title."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils

from store.case import Case
from store.case.schema import migrations, schema_version
from tests.store.factories import add_document

TITLES = [
    "“New Ways to Work”",
    "zebra crossings return",
    "'Apples' in season",
    "(Updated) Bridge closed",
    "— and then the rain",
    "¿Qué pasa?",
    "…meanwhile, at sea",
    "Ocean report",
    "«Liberté» on trial",
    "2024 in review",
]
IN_ORDER = [
    "2024 in review",
    "— and then the rain",
    "'Apples' in season",
    "«Liberté» on trial",
    "…meanwhile, at sea",
    "“New Ways to Work”",
    "Ocean report",
    "¿Qué pasa?",
    "(Updated) Bridge closed",
    "zebra crossings return",
]


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    with Case(tmp_path / "case.db") as opened:
        for number, title in enumerate(TITLES):
            add_document(opened, f"/{number}.txt", title, ["x"])
        yield opened


def titles(case: Case, **sort: object) -> list[str]:
    return [doc.title for doc in case.documents(sort="title", **sort)]  # type: ignore[arg-type]


def test_titles_sort_by_their_first_word(case: Case) -> None:
    assert titles(case) == IN_ORDER
    assert titles(case, descending=True) == IN_ORDER[::-1]


def test_pages_and_neighbours_follow_the_same_order(case: Case) -> None:
    assert titles(case, offset=5, limit=3) == IN_ORDER[5:8]  # read through the index
    by_id = {doc.id: doc.title for doc in case.documents()}
    assert [by_id[doc_id] for doc_id in case.document_ids(sort="title")] == IN_ORDER


def test_a_title_of_marks_alone_sorts_first(case: Case) -> None:
    add_document(case, "/marks.txt", "“…”", ["x"])
    assert titles(case)[0] == "“…”"


def test_an_older_case_gets_the_title_order_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before="sort_titles_by_their_words")
    db.execute(f"PRAGMA user_version = {schema_version() - len(migrations.pending(db))}")
    db.conn.commit()
    db.close()
    with Case(path) as case:
        for number, title in enumerate(TITLES):
            add_document(case, f"/{number}.txt", title, ["x"])
        assert titles(case) == IN_ORDER
        indexes = {row[1] for row in case.db.execute("PRAGMA index_list(documents)")}
        assert "idx_documents_by_title_key" in indexes
        assert "idx_documents_by_title" not in indexes
