"""Each quote says how its speaker was found and how far to trust it."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.quotes import find_quotes
from store.quoting.trust import CONFIDENCE


def trust(*texts: str) -> list[tuple[str | None, str | None, float | None]]:
    quotes = find_quotes([Paragraph(text=t) for t in texts])
    return [(q.speaker, q.how, q.confidence) for q in quotes]


@pytest.mark.parametrize(
    ("texts", "how"),
    [
        (["“The pier opens in May,” Ann Cole said."], "direct"),
        (["Ann Cole spoke first.", "“The pier opens in May,” she said."], "pronoun"),
        (["“The pier opens in May,” the agency said."], "nominal"),
        (["Ann Cole called the pier project “a gift to the town”."], "direct"),
        (["Ann Cole took aim at the council, branding it “a club for the idle”."], "context"),
        (["COLE: Well, the pier is “the best thing this town has done in years.”"], "layout"),
        (["“The pier opens in May,” Ann Cole said. “It will be lit at night.”"], "direct"),
    ],
)
def test_the_path_that_found_the_speaker_is_told(texts: list[str], how: str) -> None:
    speaker, found, confidence = trust(*texts)[0]
    assert speaker is not None and found == how and confidence == CONFIDENCE[how]


def test_a_speaker_passed_on_from_the_quote_before_is_a_chain() -> None:
    texts = ("“The pier opens in May,” Ann Cole said.", "“It will be lit at night.”")
    assert trust(*texts)[1] == ("Ann Cole", "chain", CONFIDENCE["chain"])


def test_no_speaker_no_path_no_confidence() -> None:
    assert trust("“The pier opens in May,” she said.") == [(None, None, None)]


def test_surer_paths_carry_higher_confidence() -> None:
    assert CONFIDENCE["direct"] > CONFIDENCE["chain"] > CONFIDENCE["pronoun"]
    assert all(0 < c <= 1 for c in CONFIDENCE.values())
