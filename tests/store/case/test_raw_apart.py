"""Each document's raw text is kept apart from its row, in `document_raw`: a new document puts
it there, a replaced or removed one takes it along, and a case stored before moves it there
when opened, read and extracted again from as before."""

from __future__ import annotations

import zlib
from pathlib import Path

import sqlite_utils

from store import EXTRACTION_VERSION
from store.case import Case
from store.case.schema import migrations, schema_version
from store.ingest.reextract import reextract
from store.models import ExtractedDocument, Paragraph, RawDoc

ARTICLE = [
    "The ferry board met on Tuesday.",
    '"We will keep the night crossing," the chair, Ana Ruiz, said.',
]
RAW = "Menu | Ferries | Login\n\n# Night crossing stays\n\n" + "\n\n".join(ARTICLE) + "\n\nShare\n"


def document_columns(case: Case) -> set[str]:
    return {row[1] for row in case.db.execute("PRAGMA table_info(documents)")}


def raw_rows(case: Case) -> dict[int, bytes | None]:
    return dict(case.db.execute("SELECT doc_id, raw_zlib FROM document_raw").fetchall())


def case_before_raw_apart(path: Path, blobs: dict[int, bytes | None]) -> None:
    """A case as casebrowser stored it before `store_raw_text_apart`: the raw text in each
    document's row (`blobs`: by id; b"" or None where none was kept), rows of an older
    extraction."""
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA auto_vacuum = INCREMENTAL")  # as casebrowser makes a case
    db.enable_wal()
    migrations.apply(db, stop_before="store_raw_text_apart")
    db.execute(f"PRAGMA user_version = {schema_version() - len(migrations.pending(db))}")
    for doc_id, blob in blobs.items():
        db["documents"].insert(
            {
                "id": doc_id,
                "path": f"/ferry/{doc_id}.md",
                "title": f"Ferry {doc_id}",
                "published": f"2024-05-0{doc_id}",
                "format": "markdown",
                "content_hash": f"hash-{doc_id}",
                "raw_zlib": blob,
                "extraction_version": 0,
            }
        )
        db["paragraphs"].insert_all(
            {"doc_id": doc_id, "position": n, "kind": "text", "text": text}
            for n, text in enumerate(ARTICLE[:1])
        )
    db.conn.commit()
    db.close()


def test_a_new_document_keeps_its_raw_text_apart(tmp_path: Path) -> None:
    raw = RawDoc(path="/ferry/new.md", format="markdown", text=RAW, content_hash="h")
    extracted = ExtractedDocument(
        title="Night crossing stays", paragraphs=[Paragraph(text=ARTICLE[0])], quotes=[], events=[]
    )
    with Case(tmp_path / "c.db") as case:
        doc_id = case.save_document(raw, extracted)
        assert "raw_zlib" not in document_columns(case)
        blob = raw_rows(case)[doc_id]
        assert blob is not None and zlib.decompress(blob).decode() == RAW  # no dictionary
        assert case.document(doc_id).raw_text == RAW
        assert case.stored_inputs([doc_id])[0].text == RAW  # type: ignore[union-attr]


def test_a_replaced_or_removed_document_takes_its_raw_text_along(tmp_path: Path) -> None:
    extracted = ExtractedDocument(
        title="Night crossing stays", paragraphs=[Paragraph(text=ARTICLE[0])], quotes=[], events=[]
    )
    with Case(tmp_path / "c.db") as case:
        case.save_document(
            RawDoc(path="/a.md", format="markdown", text=RAW, content_hash="1"), extracted
        )
        changed = RawDoc(path="/a.md", format="markdown", text=RAW + "Update.\n", content_hash="2")
        doc_id = case.save_document(changed, extracted)
        other = case.save_document(
            RawDoc(path="/b.md", format="markdown", text="Other.", content_hash="3"), extracted
        )
        assert sorted(raw_rows(case)) == sorted([doc_id, other])
        assert case.document(doc_id).raw_text == RAW + "Update.\n"
        case.remove_documents(["/a.md"])
        assert list(raw_rows(case)) == [other]


def test_an_older_case_moves_its_raw_texts_apart_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    blob = zlib.compress(RAW.encode())
    case_before_raw_apart(path, {1: blob, 2: b"", 3: None})
    with Case(path) as case:
        assert "raw_zlib" not in document_columns(case)
        assert raw_rows(case) == {1: blob, 2: b""}
        assert [case.document(n).raw_text for n in (1, 2, 3)] == [RAW, "", ""]  # type: ignore[union-attr]
        # Only the document with a raw text can be extracted again.
        assert case.count_outdated(EXTRACTION_VERSION) == 1
        assert [doc_id for doc_id, _ in case.outdated_documents(EXTRACTION_VERSION)] == [1]
        # The date sort reads its own index; the plain one on `published` is gone.
        indexes = {row[1] for row in case.db.execute("PRAGMA index_list(documents)")}
        assert "idx_documents_published" not in indexes
        assert [d.id for d in case.documents(sort="published")] == [1, 2, 3]
        # The pages the raw texts left are given back, not kept empty in the file.
        assert case.db.execute("PRAGMA freelist_count").fetchone()[0] == 0
    (backup_path,) = tmp_path.glob("old.db.v*.bak")
    backup = sqlite_utils.Database(backup_path)
    assert backup.execute("SELECT raw_zlib FROM documents WHERE id = 1").fetchone()[0] == blob


def test_an_upgraded_case_is_extracted_again_from_the_moved_raw_text(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    case_before_raw_apart(path, {1: zlib.compress(RAW.encode()), 2: b""})
    with Case(path) as case:
        report = reextract(case, workers=1)
        assert (report.redone, report.unreadable, report.failed) == (1, [], [])
        document = case.document(1)
        assert document is not None and document.raw_text == RAW
        # Cleaned again from the raw text: the article whole, where one paragraph was stored.
        assert set(ARTICLE) <= {p.text for p in document.paragraphs}
        assert any("night crossing" in q.text for q in case.quotes_of_document(1))
        assert case.count_outdated(EXTRACTION_VERSION) == 0
        assert sorted(raw_rows(case)) == [1, 2]
