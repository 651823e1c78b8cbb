"""Re-extraction from what the case holds: documents an older extraction stored are redone from
their raw text, the user's stars, notes and tags kept, an interrupt leaving no half document."""

from __future__ import annotations

import hashlib
import zlib
from pathlib import Path

import pytest

from store import EXTRACTION_VERSION
from store.case import Case
from store.ingest.extract import extract_document
from store.ingest.reextract import count_outdated, reextract
from store.models import ExtractedDocument, Paragraph, RawDoc
from tests.store.case.test_case_raw import deflated_against_article

ARTICLE = (
    '# {title}\n\n"We will close the harbour in June," said Ana Lopes, the mayor of {town}.\n\n'
    'The council met on 3 May 2024 to vote on the plan. "It is a sad day for the town," said'
    " Rui Costa, a fisherman.\n"
)
STARRED = "It is a sad day for the town"


def raw_doc(n: int, **fields: object) -> RawDoc:
    text = ARTICLE.format(title=f"Harbour {n} to close", town=f"Town {n}")
    digest = hashlib.sha256(text.encode()).hexdigest()
    return RawDoc(path=f"/docs/{n}.md", format="markdown", text=text, content_hash=digest, **fields)


def store_as_an_older_extraction(case: Case, raw: RawDoc) -> int:
    """`raw` stored as an older extraction could have: one paragraph, the second quote only,
    and a quote today's extraction does not find; marked as made before versions."""
    paragraph = raw.text.split("\n\n", 2)[2].strip()
    start = paragraph.index(STARRED)
    extracted = ExtractedDocument.model_validate(
        {
            "title": raw.title or "Old title",
            "paragraphs": [Paragraph(text=paragraph)],
            "quotes": [
                {
                    "text": "The council met",
                    "paragraph": 0,
                    "start": 0,
                    "end_paragraph": 0,
                    "end": 15,
                },
                {
                    "text": STARRED,
                    "speaker": "Costa",
                    "paragraph": 0,
                    "start": start,
                    "end_paragraph": 0,
                    "end": start + len(STARRED),
                },
            ],
            "events": [],
        }
    )
    doc_id = case.save_document(raw, extracted)
    case.db.execute("UPDATE documents SET extraction_version = 0 WHERE id = ?", [doc_id])
    case.db.conn.commit()
    return doc_id


def quote_id(case: Case, doc_id: int, text: str) -> int:
    return next(q.id for q in case.quotes_of_document(doc_id) if q.text == text)


def version_of(case: Case, doc_id: int) -> int:
    return case.db.execute(
        "SELECT extraction_version FROM documents WHERE id = ?", [doc_id]
    ).fetchone()[0]


def test_an_older_document_is_extracted_again_from_its_raw_text(tmp_path: Path) -> None:
    with Case(tmp_path / "c.db") as case:
        doc_id = store_as_an_older_extraction(case, raw_doc(1, title="Harbour 1 to close"))
        assert count_outdated(case) == 1
        report = reextract(case, workers=1)
        assert (report.redone, report.unreadable, report.failed) == (1, [], [])
        expected = extract_document(raw_doc(1, title="Harbour 1 to close"))
        assert [q.text for q in case.quotes_of_document(doc_id)] == [
            q.text for q in expected.quotes
        ]
        assert [q.speaker for q in case.quotes_of_document(doc_id)] == ["Ana Lopes", "Rui Costa"]
        assert case.paragraphs(doc_id) == expected.paragraphs
        assert {e.event.phrase for e in case.timeline(doc_id=doc_id)} >= {"3 May 2024"}
        assert version_of(case, doc_id) == EXTRACTION_VERSION
        assert count_outdated(case) == 0
        assert reextract(case, workers=1).redone == 0  # nothing older is left


def test_stars_notes_and_tags_stay_with_their_quote_and_document(tmp_path: Path) -> None:
    with Case(tmp_path / "c.db") as case:
        doc_id = store_as_an_older_extraction(case, raw_doc(1))
        old_quote = quote_id(case, doc_id, STARRED)
        case.annotate_quote(old_quote, starred=True, note="Check with the harbour office.")
        case.set_document_note(doc_id, "Seen in print too.")
        case.set_document_tags(doc_id, ["harbour", "council"])
        reextract(case, workers=1)
        new_quote = quote_id(case, doc_id, STARRED)
        mark = case.quote_annotations([new_quote])[new_quote]
        assert (mark.starred, mark.note) == (True, "Check with the harbour office.")
        assert case.detached_annotations() == 0
        assert case.document_note(doc_id) == "Seen in print too."
        assert case.document_tags(doc_id) == ["council", "harbour"]


def test_a_quote_marked_not_a_quotation_stays_so(tmp_path: Path) -> None:
    with Case(tmp_path / "c.db") as case:
        doc_id = store_as_an_older_extraction(case, raw_doc(1))
        case.annotate_quote(quote_id(case, doc_id, STARRED), rejected=True)
        reextract(case, workers=1)
        new_quote = quote_id(case, doc_id, STARRED)
        assert case.quote_annotations([new_quote])[new_quote].rejected
        assert [hit.quote.speaker for hit in case.quote_hits()] == ["Ana Lopes"]
        assert [speaker.name for speaker in case.speakers()] == ["Ana Lopes"]


def test_what_the_input_gave_still_wins(tmp_path: Path) -> None:
    raw = raw_doc(1, title="The front matter's title", author="Front Matter Author")
    with Case(tmp_path / "c.db") as case:
        doc_id = store_as_an_older_extraction(case, raw)
        case.update_document_metadata(doc_id, source="Imported Outlet")
        case.db.execute("UPDATE documents SET extraction_version = 0")
        case.db.conn.commit()
        reextract(case, workers=1)
        document = case.document(doc_id)
        assert (document.title, document.author, document.source) == (
            "The front matter's title",
            "Front Matter Author",
            "Imported Outlet",
        )
        assert document.raw_text == raw.text


@pytest.mark.parametrize(
    ("blob", "reported"),
    [
        (None, []),
        (b"", []),
        (deflated_against_article("Raw.", ["Changed."]), ["/docs/1.md"]),
        (b"x\x9c not deflate at all", ["/docs/1.md"]),
        (zlib.compress(b"\xff\xfe not UTF-8"), ["/docs/1.md"]),
    ],
    ids=["none", "empty", "left-by-the-upgrade", "damaged", "not-utf8"],
)
def test_a_document_without_readable_raw_text_is_left_as_it_was(
    tmp_path: Path, blob: bytes | None, reported: list[str]
) -> None:
    with Case(tmp_path / "c.db") as case:
        doc_id = store_as_an_older_extraction(case, raw_doc(1))
        case.db.execute("UPDATE document_raw SET raw_zlib = ?", [blob])
        case.db.conn.commit()
        assert count_outdated(case) == len(reported)
        report = reextract(case, workers=1)
        assert (report.redone, report.unreadable) == (0, reported)
        assert [q.text for q in case.quotes_of_document(doc_id)] == ["The council met", STARRED]
        assert version_of(case, doc_id) == 0


def test_an_interrupt_leaves_each_document_old_or_redone_and_a_rerun_finishes(
    tmp_path: Path,
) -> None:
    path = tmp_path / "c.db"
    with Case(path) as case:
        ids = [store_as_an_older_extraction(case, raw_doc(n)) for n in range(3)]

        def interrupt(done: int, total: int) -> None:
            if done == 2:
                raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            reextract(case, workers=1, progress=interrupt)
    with Case(path) as case:
        for doc_id in ids:
            quotes = [q.text for q in case.quotes_of_document(doc_id)]
            if version_of(case, doc_id) == 0:
                assert quotes == ["The council met", STARRED]  # the old rows, whole
            else:
                assert len(quotes) == 2 and quotes[1] == STARRED and quotes[0] != quotes[1]
                assert "The council met" not in quotes
        assert count_outdated(case) == 1  # the two done before the interrupt were committed
        seen: list[tuple[int, int]] = []
        assert reextract(case, workers=1, progress=lambda *step: seen.append(step)).redone == 1
        assert seen == [(1, 1)]
        assert count_outdated(case) == 0


def test_workers_in_other_processes_give_what_one_process_gives(tmp_path: Path) -> None:
    results = []
    for workers in (1, 2):
        with Case(tmp_path / f"c{workers}.db") as case:
            ids = [store_as_an_older_extraction(case, raw_doc(n)) for n in range(12)]
            assert reextract(case, workers=workers).redone == 12
            results.append([[(q.text, q.speaker) for q in case.quotes_of_document(i)] for i in ids])
    assert results[0] == results[1]
    assert all(len(quotes) == 2 for quotes in results[0])


def test_metadata_changed_by_another_tool_leaves_that_document_alone(tmp_path: Path) -> None:
    with Case(tmp_path / "c.db") as case:
        bad = store_as_an_older_extraction(case, raw_doc(1))
        good = store_as_an_older_extraction(case, raw_doc(2))
        case.db.execute("UPDATE documents SET file_metadata = '[1, 2]' WHERE id = ?", [bad])
        case.db.conn.commit()
        report = reextract(case, workers=1)
        assert (report.redone, report.unreadable) == (1, ["/docs/1.md"])
        assert (version_of(case, bad), version_of(case, good)) == (0, EXTRACTION_VERSION)
