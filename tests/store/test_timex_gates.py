"""The cheap searches that let `find_candidates` skip a rule never skip one that would match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from store.timex.grammar import MONTH_WORD, RULES, URL, _present, _web_addresses
from store.timex.lexicon import MONTH_OR_ABBREVIATION
from tests.store.test_dates_properties import DATE_LIKE_TEXT

# Every spelling the patterns take, and some they do not ("sUMMER").
SPELLINGS = st.sampled_from([str, str.upper, str.title, str.swapcase])
TEXT = st.text(max_size=200) | st.builds(lambda spell, text: spell(text), SPELLINGS, DATE_LIKE_TEXT)


@settings(max_examples=500, deadline=None)
@given(text=TEXT)
def test_a_rule_that_matches_is_never_gated_out(text: str) -> None:
    present = _present(text)
    for pattern, build, gate in RULES:
        if pattern.search(text):
            assert present.issuperset(gate), (build.__name__, text)


@settings(max_examples=300, deadline=None)
@given(text=TEXT)
def test_month_words_are_found_by_their_abbreviations(text: str) -> None:
    assert bool(MONTH_WORD.search(text)) == bool(re.search(MONTH_OR_ABBREVIATION, text))


@settings(max_examples=300, deadline=None)
@given(text=TEXT | st.sampled_from(["see www.x.org/2024", "at https://a.b/May-2024 today"]))
def test_web_addresses_are_those_the_url_pattern_finds(text: str) -> None:
    assert _web_addresses(text) == [match.span() for match in URL.finditer(text)]
