"""A speaker is a well-formed name or a noun phrase for someone: junk seen on real pages, in
shapes written for the test. A sentence that opens with its own subject and verb ("This page
contains …") has no opening adverbial whose comma a name follows ("…, Atlanta, GA area"); a
noun a name modifies speaks only if it names someone ("the AI race" does not)."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.agreement import names_someone
from store.quoting.context import sentence_subject
from store.quoting.quotes import find_quotes
from store.quoting.tokens import tokenize


def speakers(*texts: str) -> list[str | None]:
    return [q.speaker for q in find_quotes([Paragraph(text=t) for t in texts])]


@pytest.mark.parametrize(
    "text",
    [
        # A demonstrative, a noun and a verb: the sentence's own clause, no adverbial.
        "This page lists fares for Porto, PT area ferries the “Harbour Watch guide to the quay.",
        "Last season saw record crowds at Salem, MA harbours and the “busiest summer in years.”",
        "Next week brings new timetables, Ferries sorted by “the hour they leave the quay.”",
        # A phrase that runs into a clause ("there was", "it needed").
        "In particular there wasn't much to fix, Puzzles sorted by “how many people gave up.”",
        "For now it seems quiet, Harbour Lines listed by “the number of berths they hold.”",
    ],
)
def test_a_capital_after_a_clause_s_comma_is_no_speaker(text: str) -> None:
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Real opening adverbials still lead to their subject.
        ("This week, Ann Cole fired back at the council: “We will not sell the quay.”", "Ann Cole"),
        ("Last March, Ann Cole fired back at them: “We will not sell the quay.”", "Ann Cole"),
        (
            "When he arrived, Rui Costa fired back at them: “We will not sell the quay.”",
            "Rui Costa",
        ),
        (
            "In a letter that she signed, Ann Cole fired back: “We will not sell the quay.”",
            "Ann Cole",
        ),
        (
            "Asked whether it would close, Ann Cole fired back: “We will not sell the quay.”",
            "Ann Cole",
        ),
    ],
)
def test_an_opening_adverbial_still_leads_to_its_subject(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The AI race is shifting from “who is smartest” to “who is usable at scale.”",
        "The Quay ferry market is “the slowest it has been in a decade,” by most counts.",
        "The Harbour Lines timetable has “a gap nobody can explain to the passengers.”",
    ],
)
def test_a_thing_a_name_modifies_is_no_speaker(text: str) -> None:
    assert set(speakers(text)) == {None}


@pytest.mark.parametrize(
    ("noun", "someone"),
    [
        ("group", True),
        ("supporters", True),
        ("residents", True),
        ("officials", True),
        ("women", True),
        ("attendees", True),
        ("outlets", True),  # "Several outlets reported": media speak
        ("polls", True),
        ("race", False),
        ("market", False),
        ("timetable", False),
        ("minutes", False),
    ],
)
def test_a_noun_names_someone_or_a_thing(noun: str, someone: bool) -> None:
    assert names_someone(noun) is someone


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The Quay County group is calling for a vote", "Quay County group"),
        ("The Harbour Lines union has asked for a vote", "Harbour Lines union"),
    ],
)
def test_people_a_name_modifies_still_speak(text: str, phrase: str) -> None:
    parsed = sentence_subject(tokenize(text))
    assert parsed is not None and parsed[0].phrase == phrase


@pytest.mark.parametrize(
    "text",
    [
        "If a rider searches for “late ferries,” Harbour Search doesn’t just list every boat.",
        "When you look up “cheap fares to the islands,” Quay Finder won't show night boats.",
    ],
)
def test_a_negated_verb_after_a_quote_attributes_nothing(text: str) -> None:
    # With no cue beside it, a short phrase may not even be a quotation: none is kept then.
    assert set(speakers(text)) <= {None}


def test_a_verb_of_manner_after_a_quote_still_does() -> None:
    assert speakers("“We will not sell the quay,” Ann Cole scoffed.") == ["Ann Cole"]
