"""Quotation marks around no word at all are no quotation, whatever cue stands beside them."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.quotes import find_quotes


def quotes_of(*texts: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes([Paragraph(text=t) for t in texts])]


@pytest.mark.parametrize(
    "text",
    [
        "The review said “.” and nothing else.",
        "“…,” she said.",
        "“ — ” he wrote in the margin.",
        "“!!” said Ann Lee.",
        "Ann Lee replied: “?”",
        '"..." the sign read, said Tom Ray.',
    ],
)
def test_marks_around_punctuation_alone_are_no_quote(text: str) -> None:
    assert quotes_of(text) == []


def test_a_stray_mark_after_a_real_quote_leaves_the_real_quote_alone() -> None:
    found = quotes_of("“Adore Me went above and beyond for me,” said Megan Kirkland. She added “.”")
    assert found == [("Adore Me went above and beyond for me", "Megan Kirkland")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("“No,” Ann Lee said.", "No"),
        ("“7.” That was all Ann Lee said about the vote.", "7."),
        ("“Ja!” said Ann Lee.", "Ja!"),
        ("“いいえ。” said Ann Lee.", "いいえ。"),
    ],
)
def test_one_word_or_number_is_still_a_quote(text: str, words: str) -> None:
    assert [quote for quote, _ in quotes_of(text)] == [words]
