"""A space typed inside an opening quotation mark ('“ Then add…”') is the page's typing, not
the speaker's words: the quote's text starts at its first word, and so do its offsets."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.quotes import find_quotes


@pytest.mark.parametrize(
    "paragraph",
    [
        "“ Then add pieces you have sourced over time,” says Ruth Amon, a designer.",
        "Ruth Amon said: “  We will not sign the harbour deal this year.”",
        "“\u00a0Prices at the ferry terminal will rise again,” said Ruth Amon.",
        "Ruth Amon, a designer, put it plainly: “ Start with the table you already own.”",
        "User review : “ I like that I can use any device to join the meeting.”",
    ],
)
def test_a_quote_starts_at_its_first_word(paragraph: str) -> None:
    [quote] = find_quotes([Paragraph(text=paragraph)])
    assert quote.text == quote.text.strip() and quote.text[0].isalpha()
    assert paragraph[quote.start : quote.end].rstrip(",") == quote.text


def test_a_quote_over_two_paragraphs_starts_at_its_first_word() -> None:
    paragraphs = [
        Paragraph(text="Ruth Amon said: “ The fees go up in May for every ferry on the route."),
        Paragraph(text="“And they will not come down again before the winter,” she said."),
    ]
    [quote] = find_quotes(paragraphs)
    assert quote.text.startswith("The fees go up in May")
    assert paragraphs[0].text[quote.start :].startswith("The fees")
