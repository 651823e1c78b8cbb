"""Speaker names merged into one person's: applied at once and to later ingests, undone by
unmerging, and never over a speaker the user corrected on one quote."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from store.case import Case, CaseError, rows
from store.case.speaker_merges import is_role, proposed_name
from store.models import ExtractedDocument, Paragraph
from store.quoting.lexicon import POST_ENDINGS
from store.quoting.quotes import find_quotes
from tests.store.factories import add_document, quote_in, raw_doc

FAHMI = "Fahmi Fadzil"
FADZIL = "Fadzil"
MINISTER = "Communications Minister Fahmi"
PARAGRAPHS = [
    '"We will act," said Fahmi Fadzil. "We admit a problem," Fadzil said.',
    '"The law is clear," the minister said. "It is done," said Lim Wei.',
]
QUOTES = [
    (0, "We will act,", FAHMI),
    (0, "We admit a problem,", FADZIL),
    (1, "The law is clear,", MINISTER),
    (1, "It is done,", "Lim Wei"),
]


@pytest.fixture
def case(tmp_path: Path) -> Case:
    with Case(tmp_path / "c.db") as opened:
        yield opened


def speakers(case: Case) -> list[tuple[str, int, list[str]]]:
    return [(s.name, s.quotes, s.aliases) for s in case.speakers()]


def speaker_of(case: Case, doc_id: int) -> list[str | None]:
    return [quote.speaker for quote in case.quotes_of_document(doc_id)]


def index_is_whole(case: Case) -> bool:
    """FTS5's own check of the quote word index against the quotes it indexes."""
    try:
        case.db.execute("INSERT INTO quotes_fts(quotes_fts, rank) VALUES ('integrity-check', 1)")
    except sqlite3.DatabaseError:
        return False
    return True


def found_by_word(case: Case, word: str) -> set[str | None]:
    """The speakers of the quotes the word index finds for `word` in the speaker column."""
    return {hit.quote.speaker for hit in case.quote_hits(match=f"speaker: {word}")}


def test_a_merge_renames_the_quotes_everywhere_at_once(case: Case) -> None:
    doc_id = add_document(case, "/a.txt", "A", PARAGRAPHS, quotes=QUOTES)
    merged = case.merge_speakers(FAHMI, [FADZIL, MINISTER])
    assert merged == {FADZIL: 1, MINISTER: 1}
    assert speaker_of(case, doc_id) == [FAHMI, FAHMI, FAHMI, "Lim Wei"]
    assert speakers(case) == [(FAHMI, 3, [MINISTER, FADZIL]), ("Lim Wei", 1, [])]
    assert found_by_word(case, "fahmi") == {FAHMI}
    assert found_by_word(case, "communications") == set()  # the old name left the index
    assert [hit.quote.speaker for hit in case.quote_hits(speaker="fadzil")] == [FAHMI] * 3
    assert index_is_whole(case)


def test_a_corrected_speaker_wins_over_a_merge(case: Case) -> None:
    doc_id = add_document(case, "/a.txt", "A", PARAGRAPHS, quotes=QUOTES)
    corrected = case.quotes_of_document(doc_id)[0].id
    assert corrected is not None
    case.annotate_quote(corrected, speaker=FADZIL)  # the user says so for this one quote
    assert case.merge_speakers(FAHMI, [FADZIL]) == {FADZIL: 1}  # the extracted one alone
    assert speaker_of(case, doc_id)[:2] == [FADZIL, FAHMI]
    add_document(case, "/a.txt", "A", [*PARAGRAPHS, "An edit."], quotes=QUOTES)  # re-ingest
    case.name_speakers({})
    assert speaker_of(case, doc_id)[:2] == [FADZIL, FAHMI]
    assert case.unmerge_speaker(FADZIL) == {FADZIL: 1}
    assert speaker_of(case, doc_id)[:2] == [FADZIL, FADZIL]
    assert index_is_whole(case)


def test_a_correction_taken_back_gives_the_extracted_speaker_as_merged(case: Case) -> None:
    doc_id = add_document(case, "/a.txt", "A", PARAGRAPHS, quotes=QUOTES)
    corrected = case.quotes_of_document(doc_id)[1].id  # extracted: Fadzil
    assert corrected is not None
    case.annotate_quote(corrected, speaker="Lim Wei")
    case.merge_speakers(FAHMI, [FADZIL])
    case.annotate_quote(corrected, speaker="")
    assert speaker_of(case, doc_id)[1] == FAHMI
    case.unmerge_speaker(FADZIL)
    assert speaker_of(case, doc_id)[1] == FADZIL
    assert index_is_whole(case)


def test_unmerging_a_name_gives_back_its_quotes_alone(case: Case) -> None:
    doc_id = add_document(case, "/a.txt", "A", PARAGRAPHS, quotes=QUOTES)
    case.merge_speakers(FAHMI, [FADZIL, MINISTER])
    assert case.unmerge_speaker(f" {MINISTER} ") == {MINISTER: 1}
    assert speaker_of(case, doc_id) == [FAHMI, FAHMI, MINISTER, "Lim Wei"]
    assert case.speaker_merges() == {FADZIL: FAHMI}
    assert found_by_word(case, "communications") == {MINISTER}
    assert index_is_whole(case)


def test_unmerging_the_kept_name_gives_back_every_name_merged_into_it(case: Case) -> None:
    doc_id = add_document(case, "/a.txt", "A", PARAGRAPHS, quotes=QUOTES)
    case.merge_speakers(FAHMI, [FADZIL, MINISTER])
    assert case.unmerge_speaker(FAHMI) == {MINISTER: 1, FADZIL: 1}
    assert speaker_of(case, doc_id) == [FAHMI, FADZIL, MINISTER, "Lim Wei"]
    assert case.speaker_merges() == {}
    with pytest.raises(CaseError, match="not a merged speaker name"):
        case.unmerge_speaker(FAHMI)
    assert index_is_whole(case)


def test_merging_a_kept_name_brings_its_merged_names_along(case: Case) -> None:
    doc_id = add_document(case, "/a.txt", "A", PARAGRAPHS, quotes=QUOTES)
    case.merge_speakers(FADZIL, [MINISTER])
    case.merge_speakers(FAHMI, [FADZIL])
    assert speaker_of(case, doc_id)[:3] == [FAHMI] * 3
    assert case.speaker_merges() == {FADZIL: FAHMI, MINISTER: FAHMI}
    case.unmerge_speaker(FADZIL)  # each quote goes back to the name it had first
    assert speaker_of(case, doc_id)[:3] == [FAHMI, FADZIL, FAHMI]
    assert index_is_whole(case)


def test_keeping_a_name_that_was_merged_makes_it_a_name_of_its_own_again(case: Case) -> None:
    doc_id = add_document(case, "/a.txt", "A", PARAGRAPHS, quotes=QUOTES)
    case.merge_speakers(FAHMI, [FADZIL])
    case.merge_speakers(FADZIL, [FAHMI])  # the other way round
    assert speaker_of(case, doc_id)[:2] == [FADZIL, FADZIL]
    assert case.speaker_merges() == {FAHMI: FADZIL}
    assert speakers(case)[0] == (FADZIL, 2, [FAHMI])
    assert index_is_whole(case)


def test_a_merge_applies_to_quotes_stored_later(case: Case) -> None:
    # A name with no quotes yet is merged for the documents still to come.
    assert case.merge_speakers("  Fahmi   Fadzil ", [MINISTER, FAHMI, ""]) == {MINISTER: 0}
    doc_id = add_document(case, "/a.txt", "A", PARAGRAPHS, quotes=QUOTES)
    assert speaker_of(case, doc_id)[2] == MINISTER  # stored, not yet named as the ingest ends
    case.name_speakers({})
    assert speaker_of(case, doc_id) == [FAHMI, FADZIL, FAHMI, "Lim Wei"]
    assert index_is_whole(case)


def test_automatic_fuller_names_leave_merged_and_corrected_names_alone(case: Case) -> None:
    doc_id = add_document(case, "/a.txt", "A", PARAGRAPHS, quotes=QUOTES)
    lim = case.quotes_of_document(doc_id)[3].id
    assert lim is not None
    case.annotate_quote(lim, speaker="Lim")
    case.merge_speakers(FADZIL, [MINISTER])  # the user keeps the one-word name
    case.name_speakers({FADZIL: FAHMI, MINISTER: FAHMI, "Lim": "Lim Wei"})
    assert speaker_of(case, doc_id) == [FAHMI, FADZIL, FADZIL, "Lim"]
    assert index_is_whole(case)


@pytest.mark.parametrize(
    ("kept", "names", "error"),
    [
        ("  ", [FADZIL], "the name to keep"),
        (FAHMI, [], "another speaker"),
        (FAHMI, [" Fahmi  Fadzil", ""], "another speaker"),
    ],
)
def test_a_merge_without_two_names_is_refused(
    case: Case, kept: str, names: list[str], error: str
) -> None:
    with pytest.raises(CaseError, match=error):
        case.merge_speakers(kept, names)
    assert case.speaker_merges() == {}


def test_a_merge_of_quotes_not_yet_indexed_keeps_the_index_whole(case: Case) -> None:
    # Within one transaction the writer indexes a batch's quotes only as it commits: a merge
    # there must index them first, or the update trigger would take out words never put in.
    case.begin()
    doc_id = case.save_rows(_rows_of(PARAGRAPHS))
    case.merge_speakers(FAHMI, [FADZIL])
    case.commit()
    assert speaker_of(case, doc_id)[:2] == [FAHMI, FAHMI]
    assert index_is_whole(case)


def _rows_of(paragraphs: list[str]) -> rows.DocumentRows:
    blocks = [Paragraph(text=text) for text in paragraphs]
    extracted = ExtractedDocument(
        title="B",
        paragraphs=blocks,
        quotes=[quote_in(blocks, index, text, speaker) for index, text, speaker in QUOTES],
        events=[],
    )
    return rows.DocumentRows.of(raw_doc("/b.txt", "\n\n".join(paragraphs)), extracted)


# ---- the name a merge proposes to keep ----------------------------------------------------------


@pytest.mark.parametrize(
    ("names", "kept"),
    [
        (["Lysis Bourget-Vennin", "Brand Engagement Manager"], "Lysis Bourget-Vennin"),
        (["Senior Product Designer", "Oda Kwame"], "Oda Kwame"),
        (["Head of Corporate Communications", "Ines Moreau"], "Ines Moreau"),
        (["the company spokeswoman", "Moreau"], "Moreau"),
        (["Fadzil", "Communications Minister Fahmi", "Fahmi Fadzil"], "Fahmi Fadzil"),
        (["Ludwig van Beethoven", "Beethoven"], "Ludwig van Beethoven"),
    ],
)
def test_a_merge_proposes_a_persons_name_over_a_role(names: list[str], kept: str) -> None:
    assert proposed_name(names) == kept
    assert proposed_name(list(reversed(names))) == kept


def test_surnames_that_are_also_trades_stay_names() -> None:
    assert not is_role("Ann Baker")
    assert not is_role("Tom Miller")
    assert is_role("Regional Sales Manager")


@pytest.mark.parametrize("name", ["Angus King", "Steve King", "Tom Judge", "Ann Queen"])
def test_surnames_that_are_also_titles_stay_names(name: str) -> None:
    assert not is_role(name)
    assert proposed_name([name, "Senior Policy Director"]) == name


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Angus King", False),
        ("Tom Judge", False),
        ("Rita Varga", False),
        ("Brand Engagement Manager", True),
        ("Regional Sales Director", True),
        ("Chief Technology Officer", True),
        ("Harbour Board Spokeswoman", True),
    ],
)
def test_the_quote_parse_and_a_merge_read_a_post_alike(name: str, role: bool) -> None:
    # One rule for both: the parse names a post as a role (a nominal speaker), a name as one.
    [quote] = find_quotes([Paragraph(text=f"“We are ready,” said Acme’s {name}.")])
    assert is_role(name) is role
    assert (quote.how == "nominal") is role
    assert (quote.speaker == name) is not role
    assert (name.split()[-1].lower() in POST_ENDINGS) is role


def test_a_title_before_of_makes_a_role_without_ending_it() -> None:
    assert is_role("Head of Communications")
    assert is_role("King of the Harbour")
    assert not is_role("Ann Cole")


def test_only_roles_propose_one_of_them() -> None:
    roles = ["Brand Engagement Manager", "Head of Content"]
    assert proposed_name(roles) in roles


def test_a_proposal_needs_names() -> None:
    with pytest.raises(ValueError, match="no names"):
        proposed_name([])
