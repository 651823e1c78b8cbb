"""A document's raw text is kept deflated on its own (`compress_raw`): it comes back exactly,
whatever its characters or size, through the case file as well as the functions; and a case
stored before the raw texts were kept apart, once upgraded, is extracted again from them into
the same rows a fresh ingest of the file gives."""

from __future__ import annotations

import random
import zlib
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from store import EXTRACTION_VERSION
from store.case import Case
from store.case.raw_text import compress_raw, decompress_raw
from store.case.schema import migrations, schema_version
from store.ingest.reextract import reextract
from store.ingest.run import ingest
from store.models import ExtractedDocument, Paragraph, RawDoc


def varied_text(words: int, seed: int) -> str:
    """Text that deflates poorly (made-up words of mixed scripts), so that a large one runs
    over many pages of the case file and past zlib's 32 KiB window."""
    pick = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyzéüçøßąłжщзλπωאבג日本語한국"
    lines = []
    for _ in range(words // 12):
        line = " ".join(
            "".join(pick.choice(letters) for _ in range(pick.randint(2, 9))) for _ in range(12)
        )
        lines.append(line + pick.choice([".", "?", "!", ","]))
    return "\n".join(lines)


TEXTS = {
    "empty": "",
    "one character": "x",
    "unicode": (
        "Ünïcödé “quotes” — dashes… 🙂👩‍👩‍👧 emoji, עברית وعربي, 中文, e\u0301 combined,"
        " \u202e right-to-left override, \x00 nul, \t tab, \r\n and \r line ends\u2028"
    ),
    "trailing whitespace": "Headline\n\n  body  \n\n\n",
    "large": varied_text(200_000, seed=1),
}


@pytest.mark.parametrize("name", list(TEXTS))
def test_a_raw_text_round_trips_through_its_deflated_form(name: str) -> None:
    text = TEXTS[name]
    blob = compress_raw(text)
    assert decompress_raw(blob) == text
    # Deflated on its own: any zlib reads it, with no dictionary and nothing else.
    assert zlib.decompress(blob).decode("utf-8") == text
    if len(text) > 1000:
        assert len(blob) < len(text.encode("utf-8"))


@pytest.mark.parametrize("name", list(TEXTS))
def test_a_raw_text_round_trips_through_the_case_file(tmp_path: Path, name: str) -> None:
    text = TEXTS[name]
    raw = RawDoc(path=f"/raw/{name}.txt", format="text", text=text, content_hash=name)
    extracted = ExtractedDocument(
        title="Raw", paragraphs=[Paragraph(text="Body.")], quotes=[], events=[]
    )
    with Case(tmp_path / "c.db") as case:
        doc_id = case.save_document(raw, extracted)
    # Read back by a new connection, as another process (or the app after a restart) would.
    with Case(tmp_path / "c.db") as case:
        document = case.document(doc_id)
        assert document is not None and document.raw_text == text
        (blob,) = case.db.execute(
            "SELECT raw_zlib FROM document_raw WHERE doc_id = ?", [doc_id]
        ).fetchone()
        assert zlib.decompress(blob).decode("utf-8") == text
        (stored,) = case.stored_inputs([doc_id])
        # An empty raw text gives nothing to extract again from.
        assert (stored.text if stored else "") == text


ARTICLE = """Ferry service to stay, council says

By Ana Ruiz
March 4, 2024

The island council voted on Tuesday to keep the night ferry running until 2026.

“We will not leave the island without a crossing after dark,” said council chair Tomás Öberg.

Operators had warned in January that the route lost money every winter. The vote ends months
of uncertainty for the 3,000 people who live on the island.

“It is a relief,” said Mia Kovač, who commutes to the hospital on the mainland. “Most of us
have no other way home.”
"""


def rows_of(case: Case, doc_id: int) -> dict[str, Any]:
    """A document's extracted rows, without the ids a re-extraction gives anew."""
    document = case.document(doc_id)
    assert document is not None
    return {
        "title": document.title,
        "paragraphs": [(p.kind, p.text) for p in document.paragraphs],
        "quotes": case.db.execute(
            "SELECT position, text, speaker, cue, paragraph, start_char, end_paragraph, end_char,"
            " how, confidence FROM quotes WHERE doc_id = ? ORDER BY position",
            [doc_id],
        ).fetchall(),
        "events": case.db.execute(
            "SELECT kind, phrase, value, start_date, end_date, granularity, paragraph, offset,"
            " sentence, sentence_start, sentence_end FROM events WHERE doc_id = ? ORDER BY id",
            [doc_id],
        ).fetchall(),
        "raw_text": document.raw_text,
    }


def older_copy(fresh: Path, old: Path) -> None:
    """The fresh case's document as a case from before `store_raw_text_apart` held it: the
    raw text in the document's row, rows of the extraction version before (one stale
    paragraph), what its input gave as recorded then."""
    source = sqlite_utils.Database(fresh)
    (record,) = source["documents"].rows
    (blob,) = source.execute("SELECT raw_zlib FROM document_raw").fetchone()
    source.close()
    db = sqlite_utils.Database(old)
    db.execute("PRAGMA auto_vacuum = INCREMENTAL")
    db.enable_wal()
    migrations.apply(db, stop_before="store_raw_text_apart")
    db.execute(f"PRAGMA user_version = {schema_version() - len(migrations.pending(db))}")
    db["documents"].insert(
        {**record, "raw_zlib": blob, "extraction_version": EXTRACTION_VERSION - 1}
    )
    db["paragraphs"].insert(
        {"doc_id": record["id"], "position": 0, "kind": "text", "text": "Stale paragraph."}
    )
    db.conn.commit()
    db.close()


def test_an_upgraded_case_is_extracted_again_into_the_rows_a_fresh_ingest_gives(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    with Case(tmp_path / "fresh.db") as case:
        report = ingest(case, [folder], workers=1)
        assert report.added == 1
        (doc_id,) = [d.id for d in case.documents()]
        fresh = rows_of(case, doc_id)
    # Something to compare, and a title cleaning found: a plain text file gives no metadata.
    assert fresh["raw_text"] == ARTICLE and fresh["quotes"]
    assert fresh["paragraphs"][0] == ("text", "Ferry service to stay, council says")
    older_copy(tmp_path / "fresh.db", tmp_path / "old.db")
    with Case(tmp_path / "old.db") as case:
        assert case.document(doc_id).raw_text == ARTICLE  # type: ignore[union-attr]
        redone = reextract(case, workers=1)
        assert (redone.redone, redone.unreadable, redone.failed) == (1, [], [])
        assert rows_of(case, doc_id) == fresh


@pytest.mark.parametrize(("version", "given_title"), [(0, "Found title"), (1, None)])
def test_no_recorded_metadata_means_none_given_once_it_was_recorded(
    tmp_path: Path, version: int, given_title: str | None
) -> None:
    # Before extraction versions (0) no metadata was recorded: the stored title stands in for
    # what the input gave. Since then NULL says the input gave none.
    raw = RawDoc(path="/plain.txt", format="text", text=ARTICLE, content_hash="p")
    extracted = ExtractedDocument(
        title="Found title", paragraphs=[Paragraph(text="Body.")], quotes=[], events=[]
    )
    with Case(tmp_path / "c.db") as case:
        doc_id = case.save_document(raw, extracted)
        case.db.execute("UPDATE documents SET extraction_version = ?", [version])
        (stored,) = case.stored_inputs([doc_id])
    assert stored is not None and stored.title == given_title
