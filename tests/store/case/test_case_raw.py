"""Each document's raw text decodes on its own, with what its input gave and the extraction
version of its rows; the upgrade of cases that deflated it against the cleaned article."""

from __future__ import annotations

import datetime as dt
import json
import zlib
from pathlib import Path

import sqlite_utils

from store import EXTRACTION_VERSION
from store.case import Case
from store.case.schema import migrations, schema_version
from store.models import ExtractedDocument, Paragraph, RawDoc

TEXT = ["The council met on 3 May 2024.", "It said the harbour would close in June."]
RAW = "Menu | Home\n\n# Harbour\n\n" + "\n\n".join(TEXT) + "\n\nShare this story\n"


def deflated_against_article(raw: str, paragraphs: list[str]) -> bytes:
    """The raw text as casebrowser stored it before `store_raw_text_alone`."""
    dictionary = "\n".join(paragraphs).encode()[-32 * 1024 :]
    compressor = zlib.compressobj(6, zdict=dictionary)
    return compressor.compress(raw.encode()) + compressor.flush()


def old_case(path: Path, documents: dict[int, tuple[str, list[str], list[str]]]) -> None:
    """A case stored before `store_raw_text_alone`: `{id: (raw, paragraphs deflated against,
    paragraphs stored)}`."""
    db = sqlite_utils.Database(path)
    db.enable_wal()
    migrations.apply(db, stop_before="store_raw_text_alone")
    db.execute(f"PRAGMA user_version = {schema_version() - len(migrations.pending(db))}")
    for doc_id, (raw, against, stored) in documents.items():
        db["documents"].insert(
            {
                "id": doc_id,
                "path": f"/{doc_id}.md",
                "title": f"Doc {doc_id}",
                "format": "markdown",
                "content_hash": str(doc_id),
                "raw_zlib": deflated_against_article(raw, against),
            }
        )
        db["paragraphs"].insert_all(
            {"doc_id": doc_id, "position": n, "kind": "text", "text": text}
            for n, text in enumerate(stored)
        )
    db.conn.commit()
    db.close()


def stored(case: Case, doc_id: int) -> tuple[bytes, str | None, int]:
    return case.db.execute(
        "SELECT r.raw_zlib, d.file_metadata, d.extraction_version FROM documents d"
        " LEFT JOIN document_raw r ON r.doc_id = d.id WHERE d.id = ?",
        [doc_id],
    ).fetchone()


def test_a_new_document_records_its_inputs_metadata_and_extraction_version(
    tmp_path: Path,
) -> None:
    raw = RawDoc(
        path="/a.md",
        format="markdown",
        text=RAW,
        title="Harbour: “closing”",
        author="Ana Lopes",
        published=dt.date(2024, 5, 3),
        content_hash="h",
    )
    extracted = ExtractedDocument(
        title="Harbour",
        paragraphs=[Paragraph(text=text) for text in TEXT],
        quotes=[],
        events=[],
        source="Cleaned",
    )
    with Case(tmp_path / "c.db") as case:
        doc_id = case.save_document(raw, extracted)
        blob, metadata, version = stored(case, doc_id)
    assert zlib.decompress(blob).decode() == RAW
    assert json.loads(metadata) == {
        "title": "Harbour: “closing”",
        "author": "Ana Lopes",
        "published": "2024-05-03",
    }
    assert version == EXTRACTION_VERSION


def test_an_old_case_gets_its_raw_text_deflated_on_its_own(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    edited = [TEXT[0], "Edited by hand after the ingest."]
    old_case(path, {1: (RAW, TEXT, TEXT), 2: (RAW + "Two.\n", TEXT, edited)})
    old_blob = deflated_against_article(RAW + "Two.\n", TEXT)
    with Case(path) as case:
        blob, metadata, version = stored(case, 1)
        assert zlib.decompress(blob).decode() == RAW
        assert case.document(1).raw_text == RAW
        assert (metadata, version) == (None, 0)  # not known: made before they were recorded
        # Its paragraphs no longer match the dictionary: the blob is kept as it was, and the
        # document still opens, its rows intact.
        assert stored(case, 2)[0] == old_blob
        assert case.document(2).raw_text == ""
        assert [p.text for p in case.paragraphs(2)] == edited
    (backup_path,) = tmp_path.glob("old.db.v*.bak")
    backup = sqlite_utils.Database(backup_path)
    assert backup.execute("SELECT raw_zlib FROM documents WHERE id = 1").fetchone()[0] == (
        deflated_against_article(RAW, TEXT)
    )


def test_imported_metadata_is_kept_as_what_the_input_gave(tmp_path: Path) -> None:
    raw = RawDoc(path="/a.md", format="markdown", text=RAW, title="From the file", content_hash="h")
    extracted = ExtractedDocument(
        title="From the file", paragraphs=[Paragraph(text=TEXT[0])], quotes=[], events=[]
    )
    with Case(tmp_path / "c.db") as case:
        doc_id = case.save_document(raw, extracted)
        case.update_document_metadata(doc_id, author="Imported", published=dt.date(2024, 5, 3))
        metadata = json.loads(stored(case, doc_id)[1])
    assert metadata == {"title": "From the file", "author": "Imported", "published": "2024-05-03"}


def test_whether_any_document_is_older_is_answered_from_an_index(tmp_path: Path) -> None:
    with Case(tmp_path / "c.db") as case:
        plan = case.db.execute(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM documents WHERE extraction_version < ?",
            [EXTRACTION_VERSION],
        ).fetchall()
        assert "COVERING INDEX idx_documents_extraction_version" in plan[0][-1]
        assert case.count_outdated(EXTRACTION_VERSION) == 0


def test_a_damaged_raw_text_still_lets_the_document_open(tmp_path: Path) -> None:
    with Case(tmp_path / "c.db") as case:
        raw = RawDoc(path="/a.md", format="markdown", text=RAW, content_hash="h")
        extracted = ExtractedDocument(
            title="Harbour", paragraphs=[Paragraph(text=TEXT[0])], quotes=[], events=[]
        )
        doc_id = case.save_document(raw, extracted)
        case.db.execute("UPDATE document_raw SET raw_zlib = x'789c0102'")
        document = case.document(doc_id)
        assert (document.raw_text, [p.text for p in document.paragraphs]) == ("", [TEXT[0]])
