"""A long quote in the list is cut around its match at word boundaries."""

from __future__ import annotations

import pytest

from tui.panes.quote_rows import excerpt_of

ELLIPSIS = "…"
WORDS = (
    "Researchers said the district needed to fully realize the promise of high-dosage "
    "tutoring, which in their view is still the best bet to improve student learning in "
    "the years after the pandemic closed schools for many months"
)


def cut(text: str, word: str, width: int) -> tuple[str, list[tuple[int, int]]]:
    start = text.index(word)
    return excerpt_of(text, [(start, start + len(word))], width)


@pytest.mark.parametrize("width", [40, 55, 70, 90])
@pytest.mark.parametrize("word", ["tutoring", "pandemic", "learning", "Researchers"])
def test_an_excerpt_starts_and_ends_on_whole_words(word: str, width: int) -> None:
    shown, spans = cut(WORDS, word, width)
    body = shown.removeprefix(ELLIPSIS).removesuffix(ELLIPSIS)
    assert body.split()[0] in WORDS.split()  # no word cut at the start
    assert body.split()[-1] in WORDS.split()  # nor at the end
    ((start, end),) = spans
    assert shown[start:end] == word  # the match still marked
    assert len(shown) <= width + 2


def test_one_long_word_is_still_cut_where_it_must() -> None:
    text = "x" * 300
    shown, spans = excerpt_of(text, [(250, 260)], 60)
    ((start, end),) = spans
    assert shown[start:end] == "x" * 10
    assert len(shown) <= 62


def test_a_short_quote_is_shown_whole() -> None:
    assert excerpt_of("It works.", [(3, 8)], 60) == ("It works.", [(3, 8)])
