"""A heading of a name and a post, with no verb ("Ann Cole, founder of Harbour Watch"), labels
the quote that opens the paragraph after it, as interviews and round-ups write; a heading that
names no post ("Ann Cole", "Porto, Portugal") labels nothing. Shapes written for the test."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.quotes import find_quotes

ANSWER = "“We will keep every ferry running through the winter, whatever the council says.”"


def attributed(*paragraphs: tuple[str, str]) -> list[tuple[str | None, str | None, str | None]]:
    found = find_quotes([Paragraph(kind=kind, text=text) for kind, text in paragraphs])
    return [(q.speaker, q.role, q.how) for q in found]


@pytest.mark.parametrize(
    ("heading", "speaker", "role"),
    [
        ("Ann Cole, founder of Harbour Watch", "Ann Cole", "founder of Harbour Watch"),
        ("Rui Costa, harbour commissioner", "Rui Costa", "harbour commissioner"),
        (
            "Ines Okafor, Chief Executive Officer, Quay Ferries",
            "Ines Okafor",
            "Chief Executive Officer",
        ),
        ("Ann Cole, CEO:", "Ann Cole", "CEO"),
        ("Ann Cole:", "Ann Cole", None),
        ("Ines van Dijk, Founder of Harbour Watch:", "Ines van Dijk", "Founder of Harbour Watch"),
        (
            "Rui de Sousa, harbour commissioner",
            "Rui de Sousa",
            "harbour commissioner",
        ),  # a label's colon and a first name known for a person
    ],
)
def test_a_heading_of_a_name_and_a_post_labels_the_quote_after_it(
    heading: str, speaker: str, role: str | None
) -> None:
    assert attributed(("heading", heading), ("text", ANSWER)) == [(speaker, role, "layout")]


@pytest.mark.parametrize(
    "heading",
    [
        "Ann Cole",  # a topic: a profile's heading
        "Porto, Portugal",  # a place
        "Cole, Costa and Lee",  # a list
        "Harbour Watch, the early years",  # no post
    ],
)
def test_a_heading_naming_no_post_labels_nothing(heading: str) -> None:
    assert attributed(("heading", heading), ("text", ANSWER)) == [(None, None, None)]


def test_the_heading_labels_only_the_quote_opening_the_paragraph() -> None:
    found = attributed(
        ("heading", "Ann Cole, founder of Harbour Watch"),
        ("text", f"The council met on Monday. {ANSWER}"),
    )
    assert found == [(None, None, None)]


def test_a_heading_after_a_quote_does_not_sign_it() -> None:
    # A caption under a quote signs it; a heading opens what follows, never what came before.
    found = attributed(
        ("text", ANSWER),
        ("heading", "Ann Cole, founder of Harbour Watch"),
        ("text", "The group was founded in 2001 by three fishermen."),
    )
    assert found == [(None, None, None)]


def test_a_quote_with_a_verb_of_its_own_keeps_its_speaker() -> None:
    found = attributed(
        ("heading", "Ann Cole, founder of Harbour Watch"),
        ("text", "“We will keep every ferry running through the winter,” Rui Costa said."),
    )
    assert found == [("Rui Costa", None, "direct")]
