"""The cheap searches that let `find_candidates` skip a rule never skip one that would match."""

from __future__ import annotations

import calendar
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from store.timex.gates import DIGIT_GATES, MONTH_WORD, WORD_GATES, Gate, gates_present
from store.timex.grammar import RULES, SCANNED_RULES, URL, _web_addresses
from store.timex.lexicon import MONTH_OR_ABBREVIATION
from tests.store.timex.test_dates_properties import DATE_LIKE_TEXT

# Every spelling the patterns take, and some they do not ("sUMMER").
SPELLINGS = st.sampled_from([str, str.upper, str.title, str.swapcase])
TEXT = st.text(max_size=200) | st.builds(lambda spell, text: spell(text), SPELLINGS, DATE_LIKE_TEXT)


@settings(max_examples=500, deadline=None)
@given(text=TEXT)
def test_a_rule_that_matches_is_never_gated_out(text: str) -> None:
    present = gates_present([text])[0]
    for pattern, build, gate in RULES:
        if pattern.search(text):
            assert present.issuperset(gate), (build.__name__, text)


@settings(max_examples=300, deadline=None)
@given(text=TEXT)
def test_month_words_are_found_by_their_abbreviations(text: str) -> None:
    found = MONTH_WORD in gates_present([text])[0]
    assert found == bool(re.search(MONTH_OR_ABBREVIATION, text))


@settings(max_examples=300, deadline=None)
@given(text=TEXT | st.sampled_from(["see www.x.org/2024", "at https://a.b/May-2024 today"]))
def test_web_addresses_are_those_the_url_pattern_finds(text: str) -> None:
    assert _web_addresses(text) == [match.span() for match in URL.finditer(text)]


YEAR_TEXT = st.builds(lambda year, text: f"{text}{year}s {year}", st.integers(0, 3000), TEXT)
# Days, weekdays and months in every order the day patterns read, and some they do not.
CALENDAR_WORDS = [*calendar.day_name, *calendar.month_name[1:], *calendar.month_abbr[1:], "Sept."]
EXAMPLES = ["’99 $2024 x2024 May-June Mayday Q3\tQUARTER", "Tuesday May 5, 2024, Friday, 3 May"]
EXAMPLES += ["Thursday, 30th of June 2023", "on Wednesday  Sept. 9", "Sunday,  1 December"]
EXAMPLES += ["Sept 2024, September of 2023 and Dec. 2025"]
DAY_TEXT = st.lists(
    st.sampled_from([*CALENDAR_WORDS, "of", "3rd", "x9"]) | st.integers(0, 40).map(str),
    max_size=6,
).flatmap(lambda words: st.sampled_from([" ", ", ", ",  ", "-"]).map(lambda sep: sep.join(words)))


@settings(max_examples=500, deadline=None)
@given(text=TEXT | YEAR_TEXT | DAY_TEXT | st.sampled_from(EXAMPLES))
def test_each_rule_is_scanned_for_the_matches_of_its_pattern(text: str) -> None:
    for (pattern, _, _), (scan, build, _) in zip(RULES, SCANNED_RULES, strict=True):
        found = [(m.span(), m.groupdict()) for m in scan.finditer(text)]
        assert found == [(m.span(), m.groupdict()) for m in pattern.finditer(text)], build.__name__


def _present_in_one(text: str) -> set[Gate]:
    """The gates of one text, each looked for in it alone."""
    lowered = text.lower()
    words = {g for g in WORD_GATES if any(w in (lowered if g.lowered else text) for w in g.words)}
    return {gate for gate in DIGIT_GATES if gate.search(text)} | words


# Texts whose gates could run into each other's, were they joined without a separator.
EDGES = st.sampled_from(
    ["", "2020", "-2022", "1990", "0s", "Q", "3", "Ma", "y", "ye", "ar", "\x00"]
)
DOCUMENT = st.lists(TEXT | EDGES | st.sampled_from(["İ AGO", "ΣQUARTER", "yesterday\x00"]))


@settings(max_examples=500, deadline=None)
@given(texts=DOCUMENT)
def test_the_gates_of_a_document_are_those_of_each_text_alone(texts: list[str]) -> None:
    assert gates_present(texts) == [_present_in_one(text) for text in texts]
