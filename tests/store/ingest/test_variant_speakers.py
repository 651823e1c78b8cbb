"""Reports of one statement in several documents agree on its speaker, through a real ingest:
a report that names no one surely takes the speaker another names; two reports naming two
people keep both, marked disputed; `@?` lists what is in doubt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from store.case import Case
from store.ingest.run import ingest
from store.models import Quote
from store.quoting.trust import CONFIDENCE
from store.search import search_quotes
from tests.store.factories import add_document

STATEMENT = "We will not close the harbour before the end of the summer season"
SURE = f"“{STATEMENT},” Mayor Ana Lopes said on Monday."
NOMINAL = f"“{STATEMENT},” a spokesman said."
OTHER_NAME = f"“{STATEMENT},” said Tomas Ferreira, the union’s lawyer."
VOTER = f"“{STATEMENT},” a voter said outside the town hall."
OTHER_POST = f"“{STATEMENT},” a senator said."
PRONOUN = (
    "Rui Costa walked along the quay with the fishermen.",
    "“The boats will stay in the water all winter long,” he said.",
)


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    with Case(tmp_path / "c.db") as opened:
        yield opened


def add(case: Case, folder: Path, name: str, *paragraphs: str) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text("\n\n".join([f"Report {name}", *paragraphs]), encoding="utf-8")
    report = ingest(case, [path], workers=1)
    assert not report.rejected
    return path


def quote_of(case: Case, path: Path) -> Quote:
    hits = [hit for hit in case.quote_hits(limit=100) if STATEMENT in hit.quote.text]
    doc_ids = {doc.id for doc in case.documents() if doc.path == str(path)}
    found = [hit.quote for hit in hits if hit.quote.doc_id in doc_ids]
    assert len(found) == 1, found
    return found[0]


def test_a_report_naming_no_one_surely_takes_the_other_report_s_speaker(
    case: Case, tmp_path: Path
) -> None:
    sure = add(case, tmp_path / "in", "a.txt", SURE)
    nominal = add(case, tmp_path / "in", "b.txt", NOMINAL)
    given = quote_of(case, nominal)
    assert (given.speaker, given.how, given.confidence) == (
        "Ana Lopes",
        "variant",
        CONFIDENCE["variant"],
    )
    assert quote_of(case, sure).how == "direct"
    assert not given.speaker_disputed and not quote_of(case, sure).speaker_disputed


def test_the_named_report_may_come_second(case: Case, tmp_path: Path) -> None:
    nominal = add(case, tmp_path / "in", "b.txt", NOMINAL)
    assert quote_of(case, nominal).speaker == "a spokesman"
    add(case, tmp_path / "in", "a.txt", SURE)
    assert quote_of(case, nominal).speaker == "Ana Lopes"
    # The word index follows: the quote is found under its new speaker.
    assert len(search_quotes(case, "@lopes")) == 2


def test_a_removed_report_takes_back_the_speaker_it_gave(case: Case, tmp_path: Path) -> None:
    sure = add(case, tmp_path / "in", "a.txt", SURE)
    nominal = add(case, tmp_path / "in", "b.txt", NOMINAL)
    assert quote_of(case, nominal).speaker == "Ana Lopes"
    case.remove_documents([str(sure)])
    left = quote_of(case, nominal)
    assert (left.speaker, left.how, left.confidence) == (None, None, None)


def test_two_reports_naming_two_people_are_two_statements(case: Case, tmp_path: Path) -> None:
    # Like words from two people (a voter echoing a candidate) are not one statement: not
    # linked, so neither gives the other a speaker nor disputes it.
    first = add(case, tmp_path / "in", "a.txt", SURE)
    second = add(case, tmp_path / "in", "c.txt", OTHER_NAME)
    one, other = quote_of(case, first), quote_of(case, second)
    assert (one.speaker, other.speaker) == ("Ana Lopes", "Tomas Ferreira")
    assert not one.speaker_disputed and not other.speaker_disputed
    assert case.variants_of(one.id or 0) == [] and case.variants_of(other.id or 0) == []


@pytest.mark.parametrize("other", [VOTER, OTHER_POST])
def test_a_report_naming_someone_the_named_speaker_is_not_is_another_statement(
    case: Case, tmp_path: Path, other: str
) -> None:
    # A voter echoing the mayor, or a senator: not the mayor's statement, so not linked and
    # not given her name.
    first = add(case, tmp_path / "in", "a.txt", SURE)
    second = add(case, tmp_path / "in", "e.txt", other)
    one, echo = quote_of(case, first), quote_of(case, second)
    assert echo.speaker in {"a voter", "a senator"} and echo.how == "nominal"
    assert case.variants_of(one.id or 0) == [] and case.variants_of(echo.id or 0) == []


def dispute(case: Case, folder: Path) -> tuple[Path, Path]:
    """Two linked reports of one statement, then one corrected to another person: the other
    report now names someone else."""
    first = add(case, folder, "a.txt", SURE)
    second = add(case, folder, "b.txt", NOMINAL)
    case.annotate_quote(quote_of(case, second).id or 0, speaker="Tomas Ferreira")
    return first, second


def test_a_linked_report_naming_someone_else_is_disputed(case: Case, tmp_path: Path) -> None:
    first, second = dispute(case, tmp_path / "in")
    one, other = quote_of(case, first), quote_of(case, second)
    assert (one.speaker, other.speaker) == ("Ana Lopes", "Tomas Ferreira")
    assert one.speaker_disputed and other.speaker_disputed


def test_a_correction_ends_a_dispute(case: Case, tmp_path: Path) -> None:
    first, second = dispute(case, tmp_path / "in")
    case.annotate_quote(quote_of(case, first).id or 0, speaker="Tomas Ferreira")
    assert not quote_of(case, first).speaker_disputed
    assert not quote_of(case, second).speaker_disputed


# ---- @?: the quotes whose speaker is in doubt --------------------------------------------------


def texts(case: Case, query: str) -> list[str]:
    return sorted(hit.quote.text.rstrip(",") for hit in search_quotes(case, query))


def test_at_question_mark_lists_missing_uncertain_and_disputed_speakers(
    case: Case, tmp_path: Path
) -> None:
    dispute(case, tmp_path / "in")  # the corrected report is sure; the other is disputed
    add(case, tmp_path / "in", "d.txt", *PRONOUN)
    unattributed = "Nobody could say when the ferry would sail again this year"
    add_document(case, "/e.txt", "Ferry", [unattributed], quotes=[(0, unattributed, None)])
    pronoun = "The boats will stay in the water all winter long"
    assert [q.how for q in case.quotes_of_document(3)] == ["pronoun"]
    assert texts(case, "@?") == sorted([STATEMENT, pronoun, unattributed])
    assert texts(case, "@? boats") == [pronoun]
    assert texts(case, "@? !boats !ferry") == [STATEMENT]
    assert texts(case, "boats") == [pronoun]


def test_at_question_mark_leaves_out_sure_and_corrected_speakers(
    case: Case, tmp_path: Path
) -> None:
    add(case, tmp_path / "in", "a.txt", SURE)
    add(case, tmp_path / "in", "d.txt", *PRONOUN)
    assert texts(case, "@? harbour") == []
    pronoun = case.quotes_of_document(2)[0]
    case.annotate_quote(pronoun.id or 0, speaker="Rui Costa")
    assert texts(case, "@?") == []
