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
