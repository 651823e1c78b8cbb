"""The comma that tied a quote to its cue ('“…,” he said') is left out of the quote's text
and of its offsets, so the text is what its offsets mark; a full stop, ? or ! is the
speaker's and stays."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.quotes import find_quotes


def quotes(*texts: str) -> list[tuple[str, str]]:
    """(text, the stretch of its paragraph its offsets mark) of each quote."""
    found = find_quotes([Paragraph(text=t) for t in texts])
    return [(q.text, texts[q.end_paragraph][q.start : q.end]) for q in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“The quay is the best in Harbourtown,” Ann Cole said.",
            "The quay is the best in Harbourtown",
        ),
        ('"We sail at dawn ," said Bo Lee.', "We sail at dawn"),
        ("“Will the ferry run?” Ann Cole asked.", "Will the ferry run?"),
        ("“Never again!” Bo Lee shouted.", "Never again!"),
        ("Ann Cole said: “The fees will fall.”", "The fees will fall."),
        ("“The fees will fall” on Monday, Ann Cole said.", "The fees will fall"),
    ],
)
def test_only_the_tying_comma_is_left_out(text: str, expected: str) -> None:
    assert quotes(text) == [(expected, expected)]


def test_a_quote_over_two_paragraphs_ends_without_its_comma() -> None:
    texts = ("“The fees will fall this year.", "“And the boats will be full,” said Ann Cole.")
    [(words, marked)] = quotes(*texts)
    assert words.endswith("And the boats will be full")
    assert marked == "And the boats will be full"
