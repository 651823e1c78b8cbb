"""A quote whose closing mark is missing ends at its own cue: ", explained Dr Wright." inside
it is the writer's attribution, not the speaker's words. Sentences written for the test."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.quotes import find_quotes
from store.quoting.unclosed import cue_inside


@pytest.mark.parametrize(
    "cue",
    ["explained Dr Wright", "said Ann Cole", "Cole said", "she added", "says Prof. Tom Lee"],
)
def test_a_cue_inside_an_unclosed_quote_ends_it(cue: str) -> None:
    text = (
        f"“We wanted to do justice to the whole collection, {cue}. A provocative work, it "
        "hangs by the door. “The work speaks of the sea and its light.”"
    )
    quotes = find_quotes([Paragraph(text=text)])
    assert quotes[0].text == "We wanted to do justice to the whole collection"
    assert quotes[0].cue is not None and quotes[0].cue.split()[-1] in cue
    assert quotes[0].speaker in cue if cue != "she added" else quotes[0].speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "we kept it, as Ann Cole said, and sold the rest",  # the cue does not end a sentence
        "we kept it, Harbour Lines. And the rest is gone",  # no verb of saying
        "we kept it, the sign said nothing. And so on",  # no name or pronoun speaking
    ],
)
def test_no_cue_ending_a_sentence_cuts_nothing(text: str) -> None:
    assert cue_inside(text, 0, len(text)) is None


def test_a_closed_quote_is_left_as_it_is() -> None:
    text = "“We kept it, said Ann Cole. And the rest is gone,” the clerk said."
    [quote] = find_quotes([Paragraph(text=text)])
    assert quote.text == "We kept it, said Ann Cole. And the rest is gone"
