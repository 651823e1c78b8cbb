"""Short quoted phrases against scare quotes and titles of works, and quote marks typed the
wrong way round, each in sentences written for the test."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.marks import scan_paragraph
from store.quoting.quotes import find_quotes


def texts(*paragraphs: str) -> list[str]:
    return [q.text for q in find_quotes([Paragraph(text=t) for t in paragraphs])]


# --- a phrase is someone's wording when its sentence says whose ---------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Mayor Ann Cole vowed to “fight for every berth” there.", "fight for every berth"),
        ("Ann Cole wants to lead “the oldest yard in town” onward.", "the oldest yard in town"),
        (
            "Rita Varga doubts the plan will bring “a summer of calm” to the bay.",
            "a summer of calm",
        ),
        ("On Monday, Bo Lee offered “more light on the quay” instead.", "more light on the quay"),
    ],
)
def test_a_phrase_of_three_words_in_a_sentence_about_someone_is_a_quotation(
    text: str, phrase: str
) -> None:
    assert texts(text) == [phrase]


@pytest.mark.parametrize(
    "text",
    [
        "Pack two “load last, unload first” boxes for the move.",
        "A “cancel for any reason” policy costs more.",
        "The promise to “take our harbour back” appeals to older voters.",
        "Ann Cole runs the “clean harbour” plan.",
    ],
)
def test_a_short_phrase_no_one_is_said_to_use_is_a_term(text: str) -> None:
    assert texts(text) == []


def test_a_phrase_of_five_words_is_a_quotation_even_with_no_one_named() -> None:
    assert texts("The crowd sang “we will not pay more” all night.") == ["we will not pay more"]


# --- titles of works, whatever stop they end in ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“We are ready,” Cole said in an interview with “Harbour Talk Tonight.”",
        "Lee co-hosts the weekly podcast “So, That Happened.”",
        "Cole appeared on “This Week with Mira Hale.”",
        "The band played “Bridge Over Quiet Water.”",
        "Her book, “Backwater: The Long Fight for the Harbour,” came out in May.",
    ],
)
def test_a_title_cased_title_ending_in_a_stop_is_no_quotation(text: str) -> None:
    assert texts(text) in ([], ["We are ready"])


def test_a_show_told_something_is_an_addressee_not_words() -> None:
    found = texts("“We will reopen the quay,” Cole told “Harbour Talk Tonight,” on Sunday.")
    assert found == ["We will reopen the quay"]


def test_a_title_cased_quote_beside_its_cue_is_still_a_quotation() -> None:
    assert texts("“Thank You Harbour Town!” Cole wrote.") == ["Thank You Harbour Town!"]


def test_short_words_of_a_title_stay_in_lower_case() -> None:
    # "with" and "from" are left in lower case by title case: still a title.
    assert texts("The fund backs “Letters from the Quay” and “Life with Boats” this year.") == []


# --- an opening mark typed where a closing one belongs --------------------------------------


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "“It is unusual,“ said Ann Cole, a lawyer. “It is hard to pull off.”",
            ["It is unusual … It is hard to pull off."],  # one quotation, its cue between
        ),
        (
            "She asked for a “full and public review“ of the harbour fees.",
            ["full and public review"],
        ),
        ("“We will not go back on this.“", ["We will not go back on this."]),
    ],
)
def test_an_opening_mark_after_the_last_word_closes_the_quote(text: str, quotes: list[str]) -> None:
    assert texts(text) == quotes


def test_a_quote_closed_by_a_typed_opening_mark_keeps_the_speaker_after_it() -> None:
    found = find_quotes([Paragraph(text="“We are not done,“ said Ann Cole on Monday.")])
    assert [(q.text, q.speaker) for q in found] == [("We are not done", "Ann Cole")]


def test_an_opening_mark_between_two_quotes_still_opens_the_second() -> None:
    text = "“First they came.”“Then they left,” Cole said."
    spans = [text[s.start : s.end] for s in scan_paragraph(0, text)]
    assert spans == ["First they came.", "Then they left,"]


def test_a_typed_closer_is_read_only_while_a_quote_is_open() -> None:
    # No quote is open: the mark after "word" opens one, which the next opening mark cuts.
    text = "A word“ then “the rest of it” here."
    spans = [(text[s.start : s.end], s.ending) for s in scan_paragraph(0, text)]
    assert spans == [(" then", "cut"), ("the rest of it", "closed")]


@pytest.mark.parametrize(
    "text",
    [
        "FAREWELL—“The Quay Bar to close at the end of May,” by Times’ Ann Cole: more here.",
        "NOW OPEN—“A harbour art show strives to win over the old town,” by the Harbour Post.",
        "“Ferry fees rise again; fishers protest,” by Bo Lee.",
    ],
)
def test_a_headline_credited_to_its_author_is_no_quotation(text: str) -> None:
    assert texts(text) == []


def test_a_quote_said_by_someone_later_in_the_sentence_is_still_one() -> None:
    assert texts("“We will reopen the quay,” was said by Ann Cole at the meeting.") != []


# --- a paragraph wrapped in straight marks that quotes in curly ones ------------------------


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            '"“We will not win by counting towns,” Cole replied before leaving the hall."',
            ["We will not win by counting towns"],
        ),
        (
            '"Lee mocked the plan as “a ferry to nowhere at all.” Then he left."',
            ["a ferry to nowhere at all."],
        ),
    ],
)
def test_straight_marks_wrapping_a_paragraph_that_quotes_in_curly_ones_are_no_quote(
    text: str, quotes: list[str]
) -> None:
    assert texts(text) == quotes


def test_a_paragraph_quoted_whole_in_straight_marks_is_still_a_quote() -> None:
    text = '"We will not win by counting towns, and we know it."'
    assert texts(text) == ["We will not win by counting towns, and we know it."]


@pytest.mark.parametrize(
    "text",
    [
        "The idea of “clean eating” will stay with us in 2026, according to Ann Cole.",
        "Ferries should show “harbour manners” at every berth, according to the port office.",
        "According to Tom Lee, the goal is to build boats with “smart hulls” like whales.",
    ],
)
def test_a_term_in_a_claim_according_to_someone_is_no_quotation(text: str) -> None:
    assert find_quotes([Paragraph(text=text)]) == []


def test_words_said_according_to_someone_are_still_quoted() -> None:
    text = "The plan is “a gift to every ferry lobbyist in the land,” according to Ann Cole."
    [quote] = find_quotes([Paragraph(text=text)])
    assert quote.speaker == "Ann Cole"
