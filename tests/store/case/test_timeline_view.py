"""The `timeline` view: each event with its document's title and its sentence, as
`Case.timeline()` reads them, for Datasette and sqlite-utils users; and its migration."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from store.case import Case
from store.case.schema import migrations, schema_version
from store.ingest.run import ingest
from store.models import Event, Paragraph
from store.timex.dates import find_dates
from tests.store.case.test_case_storage import TEXT, old_case, save_article

SEEDS = Path(__file__).parents[3] / "seeds"
ARTICLE = """---
title: Harbour plan
source: The Daily
date: 2024-05-10
---

# Harbour plan

The council met on Tuesday. It said the harbour would close in June, and reopen in 2026.

“We will decide by March,” said Ann Lee.
"""

Row = tuple[object, ...]


def view_rows(db: sqlite_utils.Database) -> list[Row]:
    return db.execute(
        "SELECT id, doc_id, document, source, kind, phrase, value, start_date, end_date,"
        ' granularity, modifier, sentence, paragraph, "offset" FROM timeline ORDER BY id'
    ).fetchall()


def timeline_rows(case: Case) -> list[Row]:
    rows = []
    for entry in case.timeline():
        event = entry.event
        rows.append(
            (
                event.id,
                event.doc_id,
                entry.doc_title,
                entry.source,
                event.kind,
                event.phrase,
                event.value,
                event.start.isoformat() if event.start else None,
                event.end.isoformat() if event.end else None,
                event.granularity,
                event.modifier,
                event.sentence,
                event.paragraph,
                event.offset,
            )
        )
    return sorted(rows, key=lambda row: int(str(row[0])))


def test_the_view_shows_what_the_timeline_reads_for_an_ingested_case(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "harbour.md").write_text(ARTICLE, encoding="utf-8")
    with Case(tmp_path / "c.db") as case:
        ingest(case, [folder, SEEDS])
        rows = view_rows(case.db)
        assert rows == timeline_rows(case)
    # Every event has its sentence: a span of its paragraph, or its document's title.
    assert len(rows) > 5
    assert all(row[11] for row in rows)
    sentences = {row[5]: row[11] for row in rows if row[2] == "Harbour plan"}
    assert sentences["June"] == "It said the harbour would close in June, and reopen in 2026."
    assert sentences["published"] == "Harbour plan"


def test_a_sentence_stored_as_text_shows_in_the_view(tmp_path: Path) -> None:
    odd = Event(phrase="then", sentence="Said elsewhere, then.", paragraph=1, offset=0)
    with Case(tmp_path / "c.db") as case:
        save_article(case, [odd])
        assert [row[11] for row in view_rows(case.db)] == ["Said elsewhere, then."]
        assert view_rows(case.db) == timeline_rows(case)


def test_an_existing_case_gains_the_view_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "before.db"
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before="create_timeline_view")
    db.execute(f"PRAGMA user_version = {schema_version() - 1}")
    db.conn.commit()
    db.close()
    with Case(path) as case:
        save_article(case, find_dates([Paragraph(text=text) for text in TEXT], None))
        assert "timeline" in case.db.view_names()
        assert [row[11] for row in view_rows(case.db)] == [TEXT[0][:30], TEXT[0][31:]]
        assert view_rows(case.db) == timeline_rows(case)
        assert case.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    assert list(tmp_path.glob("before.db.v*.bak"))


def test_a_case_stored_before_sentence_spans_migrates_to_a_readable_view(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old_case(path)
    with Case(path) as case:
        assert view_rows(case.db) == timeline_rows(case)
        assert sorted(row[11] for row in view_rows(case.db)) == [
            "Harbour",
            TEXT[0][31:],
            "Not in the text.",
        ]
