"""Who said it: attribution patterns of news writing, each in sentences written for the test."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quotes import find_quotes


def speakers(*texts: str) -> list[str | None]:
    """The speaker of each quote found in paragraphs given as strings."""
    return [q.speaker for q in find_quotes([Paragraph(text=t) for t in texts])]


# --- reporting verbs beyond "said" -----------------------------------------------------------


@pytest.mark.parametrize(
    "verb", ["joked", "boasted", "quipped", "demanded", "implored", "vowed", "lamented", "mused"]
)
def test_a_manner_of_speaking_verb_after_the_quote_attributes_it(verb: str) -> None:
    assert speakers(f"“We will open the new bridge in the spring,” Maria Lindqvist {verb}.") == [
        "Maria Lindqvist"
    ]


def test_an_inverted_manner_verb_names_the_speaker_after_it() -> None:
    text = "“Nobody reads the fine print any more,” retorted Tomas Ferreira, the union’s lawyer."
    assert speakers(text) == ["Tomas Ferreira"]


def test_a_verb_of_judging_attributes_a_phrase_quoted_after_it() -> None:
    text = "Governor Alma Reyes called the plan “a betrayal of every family in the valley.”"
    assert speakers(text) == ["Alma Reyes"]


# --- no verb of saying: the subject of the quote's sentence -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ann Cole fired back that the council had “no idea what the harbour costs.”",
        "On Tuesday, Ann Cole launched an attack on the council, branding its members “clowns "
        "in suits who never read a budget.”",
        "But Ann Cole took the opposite view, arguing the harbour “pays for itself twice over.”",
        "Former harbour commissioner Ann Cole used the hearing to demand “a full audit by spring.”",
    ],
)
def test_the_subject_of_the_sentence_speaks_when_no_verb_of_saying_is_found(text: str) -> None:
    assert speakers(text) == ["Ann Cole"]


def test_a_pronoun_subject_is_resolved_to_the_person_before_it() -> None:
    first = "Ann Cole spent the morning at the harbour with the council’s engineers."
    second = (
        "Later, she took aim at the budget, dismissing it as “a work of fiction from page one.”"
    )
    assert speakers(first, second) == ["Ann Cole"]


def test_a_possessive_subject_names_no_speaker() -> None:
    text = "Ann Cole’s aides spent the day insisting the harbour plan was “basically finished.”"
    assert speakers(text) != ["Ann Cole"]


def test_a_verb_of_saying_in_the_sentence_wins_over_its_subject() -> None:
    text = "Ann Cole smiled as Ben Ortiz said the vote was “a foregone conclusion by now.”"
    assert speakers(text) == ["Ben Ortiz"]


def test_a_subject_does_not_make_a_scare_quote_a_quotation() -> None:
    text = "Ann Cole visited the so-called “new town” on Monday."
    assert find_quotes([Paragraph(text=text)]) == []
