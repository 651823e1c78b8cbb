"""Plain text into paragraphs: a single line break separates paragraphs unless column wrapping
made it, judged from the file's own line lengths and sentence ends."""

from __future__ import annotations

import textwrap

import pytest

from store.cleaning.plain_text import text_blocks

HARBOUR = (
    "The harbour board approved the dredging plan on Thursday after two years of hearings, "
    "surveys of the seabed and a petition signed by more than four thousand residents."
)
FERRY = (
    "“Nobody wanted the ferries to stop, but the channel was silting up faster than anyone "
    "expected,” said Ines Okafor, who chairs the board and has sat on it since 2011."
)
WORKS = (
    "Work starts in March, will close the northern quay for six weeks and is expected to cost "
    "the port about twelve million, most of it paid from a fund set aside in 2019."
)
PROSE = [HARBOUR, FERRY, WORKS]


def paragraphs(text: str) -> list[str]:
    return [block.text for block in text_blocks(text)]


@pytest.mark.parametrize("width", [60, 72, 80, 100])
def test_hard_wrapped_paragraphs_separated_by_blank_lines_stay_whole(width: int) -> None:
    text = "\n\n".join(textwrap.fill(p, width) for p in PROSE)
    assert paragraphs(text) == PROSE


@pytest.mark.parametrize("width", [64, 70, 72, 76, 80])
def test_hard_wrapped_paragraphs_separated_by_one_line_break_are_told_apart(width: int) -> None:
    # Each paragraph's last line is short and ends a sentence: wrapping would have gone on.
    text = "\n".join(textwrap.fill(p, width) for p in PROSE)
    assert paragraphs(text) == PROSE


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_one_paragraph_a_line_is_one_paragraph_a_line(newline: str) -> None:
    assert paragraphs(newline.join(PROSE) + newline) == PROSE


def test_title_and_standfirst_on_lines_of_their_own_are_paragraphs() -> None:
    text = f"Port to dredge its channel; \nBoard ends two years of hearings.\n\n{HARBOUR}"
    assert paragraphs(text) == [
        "Port to dredge its channel;",
        "Board ends two years of hearings.",
        HARBOUR,
    ]


def test_headlines_without_stops_one_a_line_are_paragraphs() -> None:
    heads = [
        "Harbour board backs dredging plan",
        "Ferries to return by summer",
        "Quay closes in March",
    ]
    assert paragraphs("\n".join([*heads, HARBOUR])) == [*heads, HARBOUR]


def test_a_full_wrapped_line_that_happens_to_end_a_sentence_is_not_a_paragraph_end() -> None:
    # Wrapped at 50: the first line ends "plan." yet the next word would not have fitted on it.
    lines = [
        "The harbour board approved the plan. Dredging will",
        "start in March and close the northern quay for six",
        "weeks, at a cost the port puts at twelve million.",
    ]
    assert [len(line) for line in lines] == [50, 50, 49]
    assert paragraphs("\n".join(lines)) == [" ".join(lines)]


def test_a_nearly_full_last_line_of_a_wrapped_paragraph_cannot_be_told_from_wrapping() -> None:
    # At 60 columns HARBOUR's last line holds 53 characters: the next paragraph's first word
    # (“Nobody, 7) would not have fitted, so nothing shows a paragraph's end and the lines join.
    text = "\n".join(textwrap.fill(p, 60) for p in PROSE[:2])
    assert paragraphs(text) == [f"{HARBOUR} {FERRY}"]


def test_a_line_longer_than_the_wrapping_is_a_paragraph_of_its_own() -> None:
    # Mixed: two paragraphs wrapped at 72, one written on a single long line between them.
    text = "\n".join([textwrap.fill(HARBOUR, 72), FERRY + " " + WORKS, textwrap.fill(WORKS, 72)])
    assert paragraphs(text) == [HARBOUR, FERRY + " " + WORKS, WORKS]


def test_a_mid_sentence_break_in_a_wrapped_file_joins_even_when_short() -> None:
    # A line break a writer put mid-sentence in wrapped prose is not a new paragraph.
    text = f"{textwrap.fill(WORKS, 72)}\n\nBefore the vote on the plan,\nthe chair said nothing."
    assert paragraphs(text) == [WORKS, "Before the vote on the plan, the chair said nothing."]


def test_one_hand_made_break_is_no_evidence_of_wrapping() -> None:
    # A single short line cut mid-sentence among long one-line paragraphs: the file is not wrapped,
    # so its line breaks are where paragraphs end, as the writer left them.
    text = "\n".join([HARBOUR, "Before the vote, the mayor", FERRY])
    assert paragraphs(text) == [HARBOUR, "Before the vote, the mayor", FERRY]


def test_quotes_after_a_sentence_end_still_end_it() -> None:
    lines = ["He said it was “settled.”", "She asked (again): why now?", "They left.'", HARBOUR]
    assert paragraphs("\n".join(lines)) == lines


def test_blank_and_whitespace_only_lines_are_dropped() -> None:
    assert paragraphs("\n \n" + HARBOUR + "\n\t\n\n" + FERRY + "\n   ") == [HARBOUR, FERRY]


def test_a_sentence_going_on_in_lower_case_joins_in_a_file_of_short_lines() -> None:
    text = (
        "Ferry late again\nThe 8.10 sailing\nwas cancelled at\nthe last minute.\nNo reason given."
    )
    assert paragraphs(text) == [
        "Ferry late again",
        "The 8.10 sailing was cancelled at the last minute.",
        "No reason given.",
    ]


def test_lower_case_after_a_sentence_end_is_a_paragraph_of_its_own() -> None:
    # e.e.-cummings-style or a lower-case handle: the line before ended its sentence.
    assert paragraphs(f"{HARBOUR}\nmore at harbour.example") == [HARBOUR, "more at harbour.example"]
