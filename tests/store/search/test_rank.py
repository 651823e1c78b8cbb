"""Ranking: highlights of a query in a quote, and the scoring's shortcuts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from store.search import highlight_spans, parse_query
from tests.store.search.test_finder import THEFT

# ---- highlights ---------------------------------------------------------------------------


def test_highlights_mark_every_occurrence_of_a_word_whatever_its_case() -> None:
    text = "The pirate said: pirates pay no tax. PIRATE!"
    assert highlight_spans(text, parse_query("pirate")) == [(4, 10), (17, 23), (37, 43)]


def test_highlights_mark_the_closest_word_for_a_typo() -> None:
    assert highlight_spans(THEFT, parse_query("pirasy")) == [(0, 6)]
    assert highlight_spans(THEFT, parse_query("zzzzzz")) == []


def test_highlights_mark_phrases_and_merge_overlaps() -> None:
    spans = highlight_spans(THEFT, parse_query('"is theft" theft pira'))
    assert spans == [(0, 4), (7, 15)]
    assert [THEFT[start:end] for start, end in spans] == ["Pira", "is theft"]


def test_short_words_are_highlighted_only_at_a_word_start() -> None:
    assert highlight_spans("This is his island", parse_query("is")) == [(5, 7), (12, 14)]


# ---- scoring shortcuts --------------------------------------------------------------------


@given(
    st.text(alphabet="abcde ", min_size=1, max_size=12),
    st.text(alphabet="abcde ", max_size=30),
    st.text(alphabet="abcde ", max_size=30),
)
def test_a_word_inside_the_text_scores_what_partial_ratio_gives(
    needle: str, before: str, after: str
) -> None:
    """_contained answers 100 for a needle found in the text without asking rapidfuzz."""
    from rapidfuzz import fuzz

    from store.search.rank import _contained

    haystack = before + needle + after
    assert _contained(needle, haystack) == fuzz.partial_ratio(needle, haystack) == 100.0
