"""How the case file stores text once: event sentences as spans of their paragraphs, the raw
text deflated on its own, and the migration of cases stored the older way."""

from __future__ import annotations

import datetime as dt
import pickle
import sqlite3
import zlib
from pathlib import Path

import sqlite_utils

from store.case import WRITE_CACHE_KIB, Case
from store.case.schema import migrations, schema_version
from store.ingest.prepare import Prepared
from store.models import Event, ExtractedDocument, Paragraph, RawDoc, TimelineFilter
from store.timex.dates import find_dates, publication_event
from tests.store.factories import add_document

TEXT = [
    "The council met on 3 May 2024. It said the harbour would close in June.",
    "Nothing dated here.",
]
RAW = "Menu | Home | News\n\n# Harbour\n\n" + "\n\n".join(TEXT) + "\n\nShare this story\n"


def save_article(case: Case, events: list[Event]) -> int:
    extracted = ExtractedDocument(
        title="Harbour",
        paragraphs=[Paragraph(text=text) for text in TEXT],
        quotes=[],
        events=events,
    )
    raw = RawDoc(path="/harbour.md", format="markdown", text=RAW, content_hash="h")
    return case.save_document(raw, extracted)


def stored_sentences(case: Case) -> list[tuple[str | None, int | None, int | None]]:
    return case.db.execute(
        "SELECT sentence, sentence_start, sentence_end FROM events ORDER BY id"
    ).fetchall()


def test_a_sentence_of_the_article_is_stored_as_a_span_and_read_back(tmp_path: Path) -> None:
    events = find_dates([Paragraph(text=text) for text in TEXT], dt.date(2024, 5, 10))
    with Case(tmp_path / "c.db") as case:
        save_article(case, [publication_event(dt.date(2024, 5, 10), title="Harbour"), *events])
        assert [entry.event.sentence for entry in case.timeline()] == [
            "The council met on 3 May 2024.",
            "Harbour",
            "It said the harbour would close in June.",
        ]
        assert stored_sentences(case) == [
            (None, None, None),  # the publication's sentence is the title
            (None, 0, 30),
            (None, 31, 71),
        ]
        assert len(case.timeline_times(TimelineFilter(text="harbour would"))) == 1


def test_a_sentence_not_in_its_paragraph_is_kept_as_text(tmp_path: Path) -> None:
    odd = Event(phrase="then", sentence="Said elsewhere, then.", paragraph=1, offset=0)
    with Case(tmp_path / "c.db") as case:
        save_article(case, [odd, publication_event(dt.date(2024, 5, 10), title="Other title")])
        assert stored_sentences(case) == [
            ("Said elsewhere, then.", None, None),
            ("Other title", None, None),
        ]
        sentences = {entry.event.sentence for entry in case.timeline()}
        assert sentences == {"Said elsewhere, then.", "Other title"}
        assert [
            e.event.phrase for e in case.timeline_entries(TimelineFilter(text="elsewhere"))
        ] == ["then"]


def test_the_raw_text_is_deflated_on_its_own_and_read_back(tmp_path: Path) -> None:
    with Case(tmp_path / "c.db") as case:
        doc_id = save_article(case, [])
        blob = case.db.execute("SELECT raw_zlib FROM document_raw").fetchone()[0]
        assert zlib.decompress(blob).decode() == RAW  # any tool reads it: no dictionary
        case.db.execute("UPDATE paragraphs SET text = 'Changed by a re-extraction.'")
        assert case.document(doc_id).raw_text == RAW


def old_case(path: Path) -> None:
    """A case as casebrowser stored it before `store_sentences_once`: whole sentences in events,
    raw text deflated alone."""
    db = sqlite_utils.Database(path)
    db.enable_wal()
    migrations.apply(db, stop_before="store_sentences_once")
    db.execute(f"PRAGMA user_version = {schema_version() - len(migrations.pending(db))}")
    db["documents"].insert(
        {
            "id": 1,
            "path": "/old.md",
            "title": "Harbour",
            "format": "markdown",
            "content_hash": "h",
            "raw_zlib": zlib.compress(RAW.encode()),
        }
    )
    db["paragraphs"].insert_all(
        {"doc_id": 1, "position": n, "kind": "text", "text": text} for n, text in enumerate(TEXT)
    )
    common = {"kind": "mentioned", "granularity": "day", "paragraph": -1, "offset": -1}
    db["events"].insert_all(
        {**common, **event}
        for event in [
            {"doc_id": 1, "kind": "published", "phrase": "published", "sentence": "Harbour"},
            {
                "doc_id": 1,
                "phrase": "in June",
                "sentence": "It said the harbour would close in June.",
                "paragraph": 0,
                "offset": 64,
                "start_date": "2024-06-01",
            },
            {"doc_id": 1, "phrase": "then", "sentence": "Not in the text.", "paragraph": 1},
        ]
    )
    db.conn.commit()
    db.close()


def test_an_old_case_migrates_to_sentence_spans_and_keeps_its_text(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old_case(path)
    with Case(path) as case:
        assert stored_sentences(case) == [
            (None, None, None),
            (None, 31, 71),
            ("Not in the text.", None, None),
        ]
        assert sorted(entry.event.sentence for entry in case.timeline()) == [
            "Harbour",
            "It said the harbour would close in June.",
            "Not in the text.",
        ]
        assert case.document(1).raw_text == RAW
        assert [p.text for p in case.paragraphs(1)] == TEXT
        assert case.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    assert list(tmp_path.glob("old.db.v*.bak"))


def test_a_migrated_case_takes_new_documents(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old_case(path)
    with Case(path) as case:
        add_document(case, "/new.txt", "New", ["It happened in 2018."])
        assert case.count_documents() == 2
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_a_prepared_document_crosses_processes_as_plain_values(tmp_path: Path) -> None:
    # Workers send what they extracted to the single writer: models would cost more to
    # unpickle there than inserting the rows does.
    raw = RawDoc(
        path="/a.md",
        format="markdown",
        text='# Harbour\n\n"We will close it in June," said Ana Lopes, the mayor, on 3 May 2024.\n',
        content_hash="h",
    )
    prepared = Prepared.of(raw)
    sent = pickle.dumps(prepared)
    assert b"store.models" not in sent
    received = pickle.loads(sent)
    with Case(tmp_path / "c.db") as case:
        doc_id = case.save_rows(received.rows)
        assert [quote.speaker for quote in case.quotes_of_document(doc_id)] == ["Ana Lopes"]
        assert case.document(doc_id).raw_text == raw.text


def test_writing_many_lends_a_larger_cache_and_gives_it_back(tmp_path: Path) -> None:
    with Case(tmp_path / "c.db") as case:
        before = case.db.execute("PRAGMA cache_size").fetchone()[0]
        with case.writing_many():
            during = case.db.execute("PRAGMA cache_size").fetchone()[0]
        assert during == -WRITE_CACHE_KIB != before
        assert case.db.execute("PRAGMA cache_size").fetchone()[0] == before
