"""A quote that sets its speaker's name off by commas speaks to or of them, so a speaker a
weak path gave ("she said", the quote before) is dropped; a verb of saying beside the quote
is believed. Sentences written for the test."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.named_inside import doubtful_speaker, names_a_thing, names_its_speaker
from store.quoting.quotes import find_quotes


def speakers(*texts: str) -> list[str | None]:
    return [q.speaker for q in find_quotes([Paragraph(text=t) for t in texts])]


@pytest.mark.parametrize(
    "text",
    [
        "my wife, Farah, has nothing to do with my business.",
        "Farah, are you still in the moving business?",
        "I have said it before and I will say it again, Farah!",
        "We know the truth about this, Al-Ibrahim",
    ],
)
def test_a_name_set_off_by_commas_is_spoken_to_or_of(text: str) -> None:
    assert names_its_speaker(text, "Farah Al-Ibrahim")


@pytest.mark.parametrize(
    "text",
    [
        "Farah Street is where we keep the vans.",  # a place holding the word, no commas
        "I, Farah Al-Ibrahim, run this business.",  # not one word set off alone
        "my wife, farah, has nothing to do with it",  # not written as a name
    ],
)
def test_a_name_inside_a_phrase_is_not_set_off(text: str) -> None:
    assert not names_its_speaker(text, "Farah Al-Ibrahim")


def test_only_a_weak_path_loses_its_speaker() -> None:
    text = "my wife, Farah, has nothing to do with it."
    assert doubtful_speaker(text, "Farah Lee", "chain")
    assert doubtful_speaker(text, "Farah Lee", "pronoun")
    assert not doubtful_speaker(text, "Farah Lee", "direct")
    assert not doubtful_speaker(text, None, "chain")


def test_the_quote_after_hers_is_not_hers_when_it_names_her() -> None:
    found = speakers(
        "In her only response, Farah Lee said, “I'm not even in moving anymore.”",
        "“I've told you before: my wife, Farah, has absolutely nothing to do with my business.”",
    )
    assert found == ["Farah Lee", None]


def test_a_pronoun_does_not_give_a_quote_to_the_person_it_addresses() -> None:
    story = ["Ann Cole stayed in her car.", "“{}, the vans left the harbour at noon,” she said."]
    assert speakers(story[0], story[1].format("Ann")) == [None]
    assert speakers(story[0], story[1].format("Look")) == ["Ann Cole"]


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Overall, my experience with the Harbour Style Box is a treat.", True),
        ("I love this Ferry Pass and use it daily.", True),
        ("Harbour Style Box sent me three shirts.", False),  # its name alone, no "the"
    ],
)
def test_a_name_after_the_or_this_is_a_thing(text: str, thing: bool) -> None:
    name = "Ferry Pass" if "Ferry Pass" in text else "Harbour Style Box"
    assert names_a_thing(text, name) is thing


def test_a_heading_is_no_speaker_of_a_line_that_names_it_as_a_thing() -> None:
    line = 'Harbour Style Box: "Overall, my experience with {} is always a treat, it ships fast."'
    assert speakers(line.format("the Harbour Style Box")) == [None]
    # Nor of one that does not: a product's label reads as no person's name.
    assert speakers(line.format("the box")) == [None]


def test_a_body_speaking_of_itself_by_a_verb_keeps_its_name() -> None:
    text = (
        "“On behalf of everyone at the Harbour Board, we apologise to the crews,” the "
        "Harbour Board said."
    )
    assert speakers(text) == ["Harbour Board"]
