"""A quote's speaker role is stored with it, read back with it, hidden while another speaker
stands in (yours, or another report's), and a case stored before roles upgrades losing nothing."""

from __future__ import annotations

import zlib
from pathlib import Path

import sqlite_utils

from store import EXTRACTION_VERSION
from store.case import Case
from store.case.schema import migrations, schema_version
from store.ingest.reextract import reextract
from store.models import ExtractedDocument, Paragraph, Quote, RawDoc
from tests.store.factories import raw_doc

PARAGRAPHS = [
    "“We will not back down,” Secretary of State Mike Pompeo said.",
    "“Talks go on,” said Ann Cole.",
]


def quote(index: int, text: str, speaker: str, role: str | None) -> Quote:
    start = PARAGRAPHS[index].index(text)
    return Quote(
        text=text,
        speaker=speaker,
        role=role,
        cue="said",
        paragraph=index,
        start=start,
        end_paragraph=index,
        end=start + len(text),
        how="direct",
        confidence=0.9,
    )


QUOTES = [
    quote(0, "We will not back down,", "Mike Pompeo", "Secretary of State"),
    quote(1, "Talks go on,", "Ann Cole", None),
]


def save(case: Case, path: str = "/talks.txt") -> int:
    extracted = ExtractedDocument(
        title="Talks", paragraphs=[Paragraph(text=t) for t in PARAGRAPHS], quotes=QUOTES, events=[]
    )
    return case.save_document(raw_doc(path, "\n\n".join(PARAGRAPHS)), extracted)


def roles(case: Case, doc_id: int) -> list[str | None]:
    return [q.role for q in case.quotes_of_document(doc_id)]


def test_a_role_reads_back_with_its_quote(tmp_path: Path) -> None:
    with Case(tmp_path / "c.db") as case:
        doc_id = save(case)
        assert roles(case, doc_id) == ["Secretary of State", None]
        hits = case.quote_hits()
        assert [hit.quote.role for hit in hits] == ["Secretary of State", None]
        stored = case.db.execute("SELECT role FROM quotes ORDER BY position").fetchall()
        assert stored == [("Secretary of State",), (None,)]


def test_a_speaker_you_give_hides_the_role_and_removing_it_brings_it_back(tmp_path: Path) -> None:
    with Case(tmp_path / "c.db") as case:
        doc_id = save(case)
        first = case.quotes_of_document(doc_id)[0].id
        assert first is not None
        case.annotate_quote(first, speaker="Ann Cole")
        assert roles(case, doc_id) == [None, None]  # not Ann Cole's role
        case.annotate_quote(first, speaker="")
        assert roles(case, doc_id) == ["Secretary of State", None]


def test_a_speaker_another_report_gives_shows_no_role(tmp_path: Path) -> None:
    with Case(tmp_path / "c.db") as case:
        doc_id = save(case)
        second = case.quotes_of_document(doc_id)[1].id
        case.db.execute("UPDATE quotes SET role = 'Mayor' WHERE id = ?", [second])
        case.give_variant_speakers({second: "Tom Lee"})  # type: ignore[dict-item]
        assert roles(case, doc_id) == ["Secretary of State", None]


def case_before_roles(path: Path) -> None:
    """A case as casebrowser stored it before `record_speaker_roles`, with one document of an
    older extraction, two quotes and a star and a note on one of them."""
    db = sqlite_utils.Database(path)
    db.enable_wal()
    migrations.apply(db, stop_before="record_speaker_roles")
    db.execute(f"PRAGMA user_version = {schema_version() - len(migrations.pending(db))}")
    raw = "\n\n".join(PARAGRAPHS)
    db["documents"].insert(
        {
            "id": 1,
            "path": "/talks.txt",
            "title": "Talks",
            "format": "text",
            "content_hash": "old",
            "extraction_version": EXTRACTION_VERSION - 1,
        }
    )
    db["document_raw"].insert({"doc_id": 1, "raw_zlib": zlib.compress(raw.encode())})
    db["paragraphs"].insert_all(
        {"doc_id": 1, "position": n, "kind": "text", "text": text}
        for n, text in enumerate(PARAGRAPHS)
    )
    db["quotes"].insert_all(
        {
            "id": 10 + n,
            "doc_id": 1,
            "position": n,
            "text": q.text,
            "speaker": q.speaker,
            "cue": q.cue,
            "paragraph": q.paragraph,
            "start_char": q.start,
            "end_paragraph": q.end_paragraph,
            "end_char": q.end,
            "how": q.how,
            "confidence": q.confidence,
        }
        for n, q in enumerate(QUOTES)
    )
    db["annotations"].insert(
        {"kind": "quote", "doc_path": "/talks.txt", "quote_text": QUOTES[0].text,
         "quote_id": 10, "starred": 1, "note": "check"}
    )  # fmt: skip
    db.conn.commit()
    db.close()


def quote_rows(path: Path) -> list[tuple[object, ...]]:
    db = sqlite_utils.Database(path)
    try:
        return db.execute(
            "SELECT id, doc_id, position, text, speaker, cue, paragraph, start_char,"
            " end_paragraph, end_char, how, confidence FROM quotes ORDER BY id"
        ).fetchall()
    finally:
        db.close()


def test_an_older_case_gains_the_column_and_keeps_every_value(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    case_before_roles(path)
    before = quote_rows(path)
    with Case(path) as case:
        assert case.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
        assert roles(case, 1) == [None, None]  # unknown until extracted again
        assert case.count_outdated(EXTRACTION_VERSION) == 1
        annotation = case.quote_annotations([10])[10]
        assert annotation.starred and annotation.note == "check"
    assert quote_rows(path) == before
    assert list(tmp_path.glob("old.db.v*.bak"))


def test_an_older_case_extracted_again_gets_its_roles(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    case_before_roles(path)
    with Case(path) as case:
        report = reextract(case, workers=1)
        assert report.redone == 1
        quotes = case.quotes_of_document(case.documents()[0].id)
        assert [(q.speaker, q.role) for q in quotes] == [
            ("Mike Pompeo", "Secretary of State"),
            ("Ann Cole", None),
        ]
        starred = [q.id for q in quotes if case.quote_annotations([q.id or 0]).get(q.id or 0)]
        assert len(starred) == 1  # the star and note went with the quote


def test_a_stored_document_round_trips_its_roles_as_rows(tmp_path: Path) -> None:
    from store.case.rows import DocumentRows

    extracted = ExtractedDocument(
        title="Talks", paragraphs=[Paragraph(text=t) for t in PARAGRAPHS], quotes=QUOTES, events=[]
    )
    rows = DocumentRows.of(RawDoc(path="/a", format="text", text="x", content_hash="h"), extracted)
    quotes, _ = rows.quote_models()
    assert [q.role for q in quotes] == ["Secretary of State", None]
    assert [q.speaker for q in quotes] == ["Mike Pompeo", "Ann Cole"]
