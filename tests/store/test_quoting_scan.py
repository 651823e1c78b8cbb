"""The fast scanning patterns find exactly what their plain spelling finds."""

from __future__ import annotations

import re

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
