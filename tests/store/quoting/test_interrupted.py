"""Quotations interrupted by their own cue are one quotation, attributed once; quotes of other
speakers, or with a cue of their own, stay apart. Sentences written for the test."""

from __future__ import annotations

import pytest

from store.models import Paragraph, Quote
from store.quoting.fingerprint import quote_keys
from store.quoting.marks import ELISION, spoken_parts
from store.quoting.quotes import find_quotes
from store.quoting.variants import are_variants, variant_score


def found(*texts: str) -> list[Quote]:
    return find_quotes([Paragraph(text=t) for t in texts])


def said(*texts: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in found(*texts)]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "“The deal is a disaster,” Trump said, “and everybody knows it.”",
            "The deal is a disaster … and everybody knows it.",
            "Trump",
        ),
        (
            "“The bridge stays shut,” Mayor Ann Cole said. “We cannot risk another collapse.”",
            "The bridge stays shut … We cannot risk another collapse.",
            "Ann Cole",
        ),
        (
            "“Prices will rise,” said Omar Haddad, an economist at the harbour bank. "
            "“Nobody can stop that now.”",
            "Prices will rise … Nobody can stop that now.",
            "Omar Haddad",
        ),
        (
            "“Is that a bribe?” Lena Fischer asked on Tuesday. “It looks like one to me.”",
            "Is that a bribe? … It looks like one to me.",
            "Lena Fischer",
        ),
        (
            '"We have done our part," said Rita Varga. "Now it is up to the council."',
            "We have done our part … Now it is up to the council.",
            "Rita Varga",
        ),
        (
            "‘We have done our part,’ Rita Varga said, ‘and the rest is up to them.’",
            "We have done our part … and the rest is up to them.",
            "Rita Varga",
        ),
        (
            "“Schools will open on time,” the ministry said in a statement. "
            "“Teachers have been told to prepare.”",
            "Schools will open on time … Teachers have been told to prepare.",
            "the ministry",
        ),
    ],
)
def test_a_quotation_interrupted_by_its_cue_is_one_quote(
    text: str, words: str, speaker: str
) -> None:
    [quote] = found(text)
    assert (quote.text, quote.speaker) == (words, speaker)
    # The offsets run from the first part's first word to the last part's last word.
    first, last = spoken_parts(quote.text)
    assert text[quote.start :].startswith(first)
    assert text[: quote.end].endswith(last)
    assert quote.paragraph == quote.end_paragraph == 0


def test_the_joined_quotation_is_attributed_once_by_its_own_cue() -> None:
    [quote] = found("“We won,” said Bo Lee. “Tomorrow we start again.”")
    assert (quote.cue, quote.how) == ("said", "direct")
    assert quote.confidence is not None and quote.confidence >= 0.9


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # The second part has a cue of its own, by another speaker.
        (
            ["“We will win,” Ann Cole said. “You will not,” Bo Lee replied."],
            [("We will win", "Ann Cole"), ("You will not", "Bo Lee")],
        ),
        # Or by the same speaker: two statements, each attributed.
        (
            ["“We will win,” Ann Cole said. “We always do,” she added."],
            [("We will win", "Ann Cole"), ("We always do", "Ann Cole")],
        ),
        # A sentence of narration between: the second quote may be another statement.
        (
            ["“We will win,” Ann Cole said. The crowd cheered. “We always do.”"],
            [("We will win", "Ann Cole"), ("We always do.", "Ann Cole")],
        ),
        # The next paragraph.
        (
            ["“We will win,” Ann Cole said.", "“We always do.”"],
            [("We will win", "Ann Cole"), ("We always do.", "Ann Cole")],
        ),
        # A second verb of saying introduces the next part: a statement of its own.
        (
            ["“We will win,” Ann Cole said, adding: “We always do.”"],
            [("We will win", "Ann Cole"), ("We always do.", "Ann Cole")],
        ),
        # The cue introduces both quotes rather than interrupting one.
        (
            ["Ann Cole said: “We will win.” “We always do.”"],
            [("We will win.", "Ann Cole"), ("We always do.", "Ann Cole")],
        ),
        # A participle of saying after the cue, in its sentence: the next part is what it
        # introduces.
        (
            ['"We will win," Ann Cole said, suggesting two slogans, "Vote early. Vote Cole."'],
            [("We will win", "Ann Cole"), ("Vote early. Vote Cole.", "Ann Cole")],
        ),
        # A title or a phrase quoted between the parts: more than the cue stands there.
        (
            ["“We will win,” Ann Cole told “Harbour Live” on Monday. “We always do.”"],
            [("We will win", "Ann Cole"), ("We always do.", "Ann Cole")],
        ),
    ],
)
def test_quotes_with_a_cue_or_narration_of_their_own_stay_apart(
    texts: list[str], expected: list[tuple[str, str | None]]
) -> None:
    assert said(*texts) == expected


def test_a_phrase_quoted_after_the_cue_keeps_the_parts_apart() -> None:
    text = (
        "“The fees are too high,” Bo Lee said, waving the council’s “fair” fares leaflet at "
        "the crowd. “Nobody here can pay them.”"
    )
    quotes = said(text)
    assert ("The fees are too high", "Bo Lee") in quotes
    assert ("Nobody here can pay them.", "Bo Lee") in quotes


def test_a_phrase_quoted_inside_the_cues_clause_is_not_the_statement_going_on() -> None:
    text = (
        "“We cannot pay for the repairs this year,” Ann Cole said, calling the budget "
        "“a scandal of many years in the making.”"
    )
    assert all(ELISION not in q.text for q in found(text))


def test_a_quote_running_on_over_paragraphs_after_the_cue_joins_whole() -> None:
    [quote] = found(
        "“The harbour is closed,” said Ann Cole. “Nobody fishes here any more.",
        "“Nobody has for ten years.”",
    )
    assert quote.text == (
        "The harbour is closed … Nobody fishes here any more.\nNobody has for ten years."
    )
    assert (quote.paragraph, quote.end_paragraph, quote.speaker) == (0, 1, "Ann Cole")


def test_an_interrupted_quote_is_a_variant_of_a_report_of_either_part() -> None:
    joined = (
        "The new harbour will be finished before the winter … Every boat in the bay will "
        "have a mooring of its own."
    )
    first = "The new harbour will be finished before the winter, as promised."
    second = "Every boat in the bay will have a mooring of its own."
    assert are_variants(joined, first) and are_variants(second, joined)
    assert variant_score(joined, second) >= variant_score(joined.replace(ELISION, " "), second)
    # Another report of one part shares candidate keys with the joined quote.
    assert set(quote_keys(second)) <= set(quote_keys(joined))


def test_short_parts_are_no_statements_of_their_own() -> None:
    joined = "No … I meant the harbour on the other side of the bay, not this one."
    assert not are_variants(joined, "No, that is not what I meant at all, sir.")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "“Many of us are unsure,” Ann Cole wrote, explaining why she came, “but most of us "
            "want the quay open.”",
            "Many of us are unsure … but most of us want the quay open.",
        ),
        (
            "“It will be close,” Bo Lee said, adding a warning, “and it may cost us the vote.”",
            "It will be close … and it may cost us the vote.",
        ),
    ],
)
def test_a_second_part_in_lower_case_goes_on_with_the_statement(text: str, words: str) -> None:
    [(joined, _speaker)] = said(text)
    assert joined == words


def test_a_second_verb_of_saying_before_a_capitalised_part_still_starts_a_statement() -> None:
    text = "“It will be close,” Bo Lee said, adding: “We may lose the vote.”"
    assert [words for words, _s in said(text)] == ["It will be close", "We may lose the vote."]


def test_a_cue_ending_in_a_colon_introduces_the_next_quote_not_the_one_before() -> None:
    found_quotes = said(
        "“We are up against money,” Ann Cole said about the race. “Lots of it.” "
        "She went on to say:",
        "“None of them will back the plan.”",
    )
    assert found_quotes == [
        ("We are up against money … Lots of it.", "Ann Cole"),
        ("None of them will back the plan.", "Ann Cole"),
    ]
