"""Quotes the user added: stored as quotes like any other, kept by their words and the words
around them, so they come back after a re-ingest or re-extraction."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from store.case import Case, CaseError
from store.case.schema import migrations, schema_version
from store.case.user_quotes import TextSpan, find_text, place_again, trimmed_span
from store.ingest.reextract import reextract
from store.models import ExtractedDocument, Paragraph
from tests.store.factories import add_document, raw_doc

PARAGRAPHS = [
    "Opening words. She said “we will build the bridge by June” at the meeting.",
    "The mayor was blunt about it: the budget is final and nobody will change it.",
    "Later, “the harbour stays open,” a clerk added.",
]
QUOTES = [
    (0, "we will build the bridge by June", "Ann Lee"),
    (2, "the harbour stays open,", "a clerk"),
]
MISSED = "the budget is final and nobody will change it."


@pytest.fixture
def case(tmp_path: Path) -> Case:
    with Case(tmp_path / "c.db") as opened:
        yield opened


def add_missed(case: Case, doc_id: int, speaker: str | None = "Mayor Bo") -> int:
    start = PARAGRAPHS[1].index(MISSED)
    quote = case.add_quote(doc_id, 1, start, start + len(MISSED), speaker)
    assert quote.id is not None
    return quote.id


def texts(case: Case, doc_id: int) -> list[str]:
    return [quote.text for quote in case.quotes_of_document(doc_id)]


def index_is_whole(case: Case) -> None:
    case.db.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")


# ---- finding words in a paragraph ----------------------------------------------------------


def test_a_selection_loses_the_spaces_and_quote_marks_around_it() -> None:
    text = "She said “ we will build ” at the meeting."
    start, end = text.index("“"), text.index("”") + 2
    assert trimmed_span(text, start, end) == (text.index("we"), text.index("build") + 5)
    assert trimmed_span(text, text.index("“"), text.index("“") + 2) is None


def test_words_are_found_whatever_their_spaces_and_marks() -> None:
    paragraphs = ["He said: “don’t  go”.", "Nothing here.", "Again: don't go"]
    found = find_text(paragraphs, "don't go")
    shown = [(p.paragraph, paragraphs[p.paragraph][p.start : p.end]) for p in found]
    assert shown == [(0, "don’t  go"), (2, "don't go")]
    assert find_text(paragraphs, "   ") == []
    assert find_text(["Then they left; the end."], "the") == [TextSpan(0, 16, 19)]  # whole words


def test_placing_again_prefers_the_same_surroundings_then_an_edited_quote() -> None:
    paragraphs = ["First: we agree.", "Second, later: we agree, they said."]
    context = "Second, later: \u2026, they said."
    place = place_again("we agree", context, 0, paragraphs)
    assert place is not None and place.paragraph == 1
    edited = ["An intro.", "Now: we will build the bridge by July, she said."]
    place = place_again("we will build the bridge by June", "", 0, edited)
    assert place is not None and place.paragraph == 1
    assert edited[1][place.start : place.end] == "we will build the bridge by July"
    assert place_again("we will build the bridge by June", "", 0, ["Nothing alike."]) is None


# ---- adding --------------------------------------------------------------------------------


def test_an_added_quote_is_a_quote_everywhere(case: Case) -> None:
    doc_id = add_document(case, "/a.txt", "A", PARAGRAPHS, quotes=QUOTES, source="Herald")
    quote_id = add_missed(case, doc_id)
    # In document order, between the extracted quotes.
    assert texts(case, doc_id) == [QUOTES[0][1], MISSED, QUOTES[1][1]]
    (hit,) = case.quote_hits(quote_ids=[quote_id])
    quote = hit.quote
    assert (quote.speaker, quote.how, quote.confidence) == ("Mayor Bo", "added", 1.0)
    assert PARAGRAPHS[1][quote.start : quote.end] == MISSED
    assert hit.paragraph_number == 2 and hit.source == "Herald"
    assert [h.quote.id for h in case.quote_hits(match='"nobody will change"')] == [quote_id]
    assert [h.quote.id for h in case.quote_hits(speaker="mayor bo")] == [quote_id]
    assert "Mayor Bo" in [speaker.name for speaker in case.speakers()]
    assert case.document(doc_id).quotes == 3
    assert case.quote_ids(doc_id) == [q.id for q in case.quotes_of_document(doc_id)][::2]
    index_is_whole(case)


def test_adding_what_cannot_be_a_quote_is_a_clear_error(case: Case) -> None:
    doc_id = add_document(case, "/a.txt", "A", PARAGRAPHS, quotes=QUOTES)
    start = PARAGRAPHS[0].index(QUOTES[0][1])
    with pytest.raises(CaseError, match="already"):
        case.add_quote(doc_id, 0, start - 1, start + len(QUOTES[0][1]) + 1, "Ann Lee")
    with pytest.raises(CaseError, match="no paragraph 7"):
        case.add_quote(doc_id, 7, 0, 4, None)
    with pytest.raises(CaseError, match="no words"):
        case.add_quote(doc_id, 1, 3, 4, None)  # a space
    with pytest.raises(CaseError, match="not in document"):
        case.add_quote_text(doc_id, "words nobody wrote", None)
    with pytest.raises(CaseError, match="4 times"):
        case.add_quote_text(doc_id, "the", None)
    assert case.count_quotes() == 2


def test_a_heading_is_no_place_for_a_quote(case: Case) -> None:
    extracted = ExtractedDocument(
        title="T",
        paragraphs=[Paragraph(kind="heading", text="Unique heading"), Paragraph(text="Body.")],
        quotes=[],
        events=[],
    )
    doc_id = case.save_document(raw_doc("/h.txt", "Unique heading\n\nBody."), extracted)
    with pytest.raises(CaseError, match="heading"):
        case.add_quote(doc_id, 0, 0, 6, None)
    with pytest.raises(CaseError, match="not in document"):
        case.add_quote_text(doc_id, "Unique heading", None)


def test_words_given_as_text_are_added_where_they_are(case: Case) -> None:
    doc_id = add_document(case, "/a.txt", "A", PARAGRAPHS, quotes=QUOTES)
    quote = case.add_quote_text(doc_id, "the budget  is final", "  Mayor   Bo ")
    assert (quote.paragraph, quote.text, quote.speaker) == (1, "the budget is final", "Mayor Bo")


# ---- through a re-ingest -------------------------------------------------------------------


def test_an_added_quote_and_its_star_survive_an_edited_reingest(case: Case) -> None:
    doc_id = add_document(case, "/a.txt", "A", PARAGRAPHS, quotes=QUOTES)
    quote_id = add_missed(case, doc_id)
    case.annotate_quote(quote_id, starred=True, note="the key line")
    edited = ["A new first paragraph.", *PARAGRAPHS]
    add_document(case, "/a.txt", "A", edited, quotes=[(i + 1, t, s) for i, t, s in QUOTES])
    assert texts(case, doc_id) == [QUOTES[0][1], MISSED, QUOTES[1][1]]
    added = case.quotes_of_document(doc_id)[1]
    assert (added.paragraph, added.speaker, added.how) == (2, "Mayor Bo", "added")
    annotation = case.quote_annotations([added.id])[added.id]
    assert (annotation.starred, annotation.note) == (True, "the key line")
    assert case.detached_annotations() == 0 and case.detached_added_quotes() == 0
    assert case.document(doc_id).quotes == 3
    index_is_whole(case)


def test_an_added_quote_whose_words_are_gone_waits_for_them(case: Case) -> None:
    doc_id = add_document(case, "/a.txt", "A", PARAGRAPHS, quotes=QUOTES)
    add_missed(case, doc_id)
    add_document(case, "/a.txt", "A", [PARAGRAPHS[0]], quotes=QUOTES[:1])
    assert texts(case, doc_id) == [QUOTES[0][1]]
    assert case.detached_added_quotes() == 1
    add_document(case, "/a.txt", "A", PARAGRAPHS, quotes=QUOTES)
    assert texts(case, doc_id) == [QUOTES[0][1], MISSED, QUOTES[1][1]]
    assert case.detached_added_quotes() == 0
    index_is_whole(case)


def test_a_new_speaker_for_an_added_quote_keeps_it_added(case: Case) -> None:
    doc_id = add_document(case, "/a.txt", "A", PARAGRAPHS, quotes=QUOTES)
    quote_id = add_missed(case, doc_id)
    case.annotate_quote(quote_id, speaker="Bo Larsen")
    (hit,) = case.quote_hits(quote_ids=[quote_id])
    assert (hit.quote.speaker, hit.quote.how) == ("Bo Larsen", "added")
    add_document(case, "/a.txt", "A", ["Intro.", *PARAGRAPHS], quotes=[(1, QUOTES[0][1], "Ann")])
    added = [q for q in case.quotes_of_document(doc_id) if q.how == "added"]
    assert [(q.text, q.speaker) for q in added] == [(MISSED, "Bo Larsen")]
    case.annotate_quote(added[0].id, speaker="")
    assert case.quotes_of_document(doc_id)[1].speaker is None
    index_is_whole(case)


def test_an_added_quote_can_be_removed(case: Case) -> None:
    doc_id = add_document(case, "/a.txt", "A", PARAGRAPHS, quotes=QUOTES)
    quote_id = add_missed(case, doc_id)
    case.remove_added_quote(quote_id)
    assert texts(case, doc_id) == [QUOTES[0][1], QUOTES[1][1]]
    assert case.document(doc_id).quotes == 2
    with pytest.raises(CaseError, match="not added"):
        case.remove_added_quote(case.quote_ids(doc_id)[0])
    add_document(case, "/a.txt", "A", ["Intro.", *PARAGRAPHS], quotes=[(1, QUOTES[0][1], "A")])
    assert MISSED not in texts(case, doc_id)  # removed for good
    index_is_whole(case)


def test_re_extraction_puts_added_quotes_back(tmp_path: Path) -> None:
    with Case(tmp_path / "c.db") as case:
        doc_id = add_document(case, "/a.txt", "A", PARAGRAPHS, quotes=QUOTES)
        add_missed(case, doc_id)
        case.db.execute("UPDATE documents SET extraction_version = 0")
        case.db.conn.commit()
        report = reextract(case, workers=1)
        assert report.redone == 1 and not report.failed
        added = [q for q in case.quotes_of_document(doc_id) if q.how == "added"]
        assert [(q.text, q.speaker) for q in added] == [(MISSED, "Mayor Bo")]
        # The extractor's own quotes are linked and keyed as ever, the added one beside them.
        assert len(case.quote_ids(doc_id)) == len(case.quotes_of_document(doc_id)) - 1
        index_is_whole(case)


def test_a_case_made_before_added_quotes_takes_them_once_opened(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before="record_added_quotes")
    db.execute(f"PRAGMA user_version = {schema_version() - 1}")
    db.conn.commit()
    db.close()
    with Case(path) as case:
        doc_id = add_document(case, "/a.txt", "A", PARAGRAPHS, quotes=QUOTES)
        add_missed(case, doc_id)
        assert MISSED in texts(case, doc_id)
    with sqlite3.connect(path) as raw:
        (speaker,) = raw.execute("SELECT speaker FROM user_quotes").fetchone()
    assert speaker == "Mayor Bo"  # readable by any SQLite tool, Datasette included
