"""The fast scanning patterns find exactly what their plain spelling finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.quoting import mentions
from store.quoting.attribution import normalise
from store.quoting.marks import MARK_RE, count_double_marks
from store.quoting.quotes import _opens_like
from store.quoting.scan import WordStart, alternatives

TEXT = (
    "Essays say little, she says; the sayer said it. Ministers Fahmi and Minister Fahmi "
    "Fadzil met McDonald Smith, iPhone Pro users and O'Neil-Smith Jr at 9AM Monday."
)


def _spans(matches):
    return [m.span() for m in matches]


def test_alternatives_keep_the_order_of_preference():
    words = ["says", "say", "said", "sayer", "told", "Minister", "Min"]
    grouped = re.compile(alternatives(words))
    plain = re.compile("|".join(map(re.escape, words)))
    assert _spans(grouped.finditer(TEXT)) == _spans(plain.finditer(TEXT))
    assert grouped.match("sayer").group() == "say"  # as the plain list prefers


def test_word_start_matches_as_a_leading_boundary_would():
    for pattern in [r"say\w*", r"[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)+", r"(?:Min|Minister)\s+\w+"]:
        fast = WordStart(pattern)
        plain = re.compile(rf"\b(?:{pattern})")
        assert _spans(fast.finditer(TEXT)) == _spans(plain.finditer(TEXT)), pattern
        assert [m.groups() for m in fast.finditer(TEXT)] == [
            m.groups() for m in plain.finditer(TEXT)
        ]


# Pieces of attribution text in many shapes: titles in every case, names, role appositions.
PIECES = [
    *("minister", "Minister", "MINISTER", "founder", "co-founder", "Co-founder", "ceo", "CEO"),
    *("Dr.", "dr", "Mr", "prime minister", "ministers", "subminister", "the minister", "The"),
    *(
        "Fahmi",
        "Fadzil",
        "Pavel Durov",
        "Zainal",
        "bin",
        "McDonald",
        "O’Neil-Smith",
        "iPhone",
        "said",
    ),
    *(",", ", ", ".", " ,", "  ", "\n", "\u00a0", "“", "”", "(MCMC)", "of", "and", "K"),
]
SEPARATORS = st.sampled_from(["", " ", ", ", ". ", "\t"])
ATTRIBUTION_TEXT = st.lists(st.tuples(st.sampled_from(PIECES), SEPARATORS), max_size=20).map(
    lambda pairs: "".join(piece + separator for piece, separator in pairs)
)
TEXTS = ATTRIBUTION_TEXT | st.text(max_size=120)


@settings(max_examples=500, deadline=None)
@given(text=TEXTS)
def test_lower_case_titles_are_scanned_for_wherever_one_could_match(text: str) -> None:
    if not mentions._REVERSED_LOWER_TITLE_BEFORE_CAPITAL.search(text[::-1]):
        fast = mentions.CAPITALISED_TITLED_NAMES.finditer(text)
        assert _spans(fast) == _spans(mentions.TITLED_NAMES.finditer(text))


@settings(max_examples=500, deadline=None)
@given(text=TEXTS)
def test_the_reversed_role_comma_search_finds_what_the_plain_one_would(text: str) -> None:
    plain = re.compile(rf"(?:{mentions._ROLES})\s*,")
    assert bool(mentions._REVERSED_ROLE_COMMA.search(text[::-1])) == bool(plain.search(text))


@pytest.mark.parametrize(
    "text",
    [
        "Telegram founder Pavel Durov said, and the minister, Fahmi Fadzil, agreed.",
        "Pavel Durov, the company’s founder, said so; Minister Fahmi Fadzil did not.",
        "The co-founder Ann Lee and Dr. Tan met prime minister Anwar Ibrahim.",
        "ministers Fahmi, ceo\u00a0Bob and the CEO, Ann, met (MCMC) chairman\nKhoo.",
    ],
)
def test_mentions_are_those_found_without_the_gates(text: str, monkeypatch) -> None:
    fast = mentions.find_mentions(3, text)
    monkeypatch.setattr(mentions, "CAPITALISED_TITLED_NAMES", mentions.TITLED_NAMES)
    monkeypatch.setattr(mentions, "_REVERSED_ROLE_COMMA", re.compile(""))
    assert fast == mentions.find_mentions(3, text)


HEADLINE_TEXT = st.lists(
    st.sampled_from(
        ["Ready", "ready", "READY", " ", "\u00a0", "\n", ".", "?", "ß", "SS", "Σ", "“"]
    ),
    max_size=8,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(text=HEADLINE_TEXT | st.text(max_size=20), title=HEADLINE_TEXT | st.text(max_size=20))
def test_a_paragraph_ruled_out_as_the_headline_does_not_normalise_to_it(text, title) -> None:
    if not _opens_like(text, normalise(title)):
        assert normalise(text) != normalise(title)


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(ATTRIBUTION_TEXT | st.text(alphabet='“”"«»‘’ a', max_size=12)))
def test_double_marks_are_counted_as_the_mark_pattern_finds_them(texts: list[str]) -> None:
    assert count_double_marks(texts) == sum(len(MARK_RE.findall(text)) for text in texts)
