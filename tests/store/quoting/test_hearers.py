"""Who is spoken to is not who speaks: an outlet after "told" is the hearer, and a publication
introducing an excerpt with a colon is not the speaker a verb later in the excerpt's sentence
names. Sentences written for the test."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.quotes import find_quotes


def speakers(*texts: str) -> list[str | None]:
    return [q.speaker for q in find_quotes([Paragraph(text=t) for t in texts])]


@pytest.mark.parametrize("outlet", ["the Harbour Times", "Reuters", "Ferry Weekly"])
def test_an_outlet_after_told_is_the_hearer(outlet: str) -> None:
    found = speakers(f"Nobody came. “The berths are all full this winter,” told {outlet}.")
    assert outlet.removeprefix("the ") not in (found[0] or "")


def test_a_speaker_before_told_still_speaks() -> None:
    assert speakers("“The berths are full,” Ann Cole told the Harbour Times.") == ["Ann Cole"]


@pytest.mark.parametrize("verb", ["reports", "writes", "notes"])
def test_an_excerpt_is_the_words_of_the_speaker_named_later_in_its_sentence(verb: str) -> None:
    text = (
        f"The Harbour Times {verb}: “Ferry crews are struggling to find work” at the big "
        "ports, said Jan Lee, a professor of shipping at Dover."
    )
    assert speakers(text) == ["Jan Lee"]


def test_a_colon_cue_keeps_a_quote_no_later_verb_speaks_for() -> None:
    text = "The Harbour Times reports: “Ferry crews are struggling to find work at the ports.”"
    assert speakers(text) == ["Harbour Times"]


@pytest.mark.parametrize("verb", ["called", "dubbed", "labeled"])
def test_a_naming_verb_later_in_the_sentence_names_no_speaker_of_a_quote_before_it(
    verb: str,
) -> None:
    text = (
        "I remember the answer to the “long ferry puzzle of the coast” — a result about how "
        f"the tides can form a well-known pattern {verb} the Dover wave — and I was floored."
    )
    assert speakers(text) == [None]


def test_a_verb_of_saying_later_in_the_sentence_still_speaks() -> None:
    text = "A clerk who “steals a few dollars from the till” goes to jail, Ann Cole said."
    assert speakers(text) == ["Ann Cole"]
