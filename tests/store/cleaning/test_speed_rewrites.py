"""Patterns and loops rewritten for speed give the answers of the ones they replaced, kept
here as the reference: addresses left out of a page's words, a link glued to a word, the runs
of words a repeated paragraph is found by."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from store.cleaning.authors import _ADDRESS, Page
from store.cleaning.link_edges import _AFTER_WORD
from store.cleaning.repeats import REPEAT_WORDS, _runs

ADDRESS_BEFORE = re.compile(r"!\[[^\]]*\]|\S*(?:[/@]|www\.|\.(?:com|org|net)\b)\S*", re.IGNORECASE)
AFTER_WORD_BEFORE = re.compile(r"(?<=[^\W\d_])(?=\[[^\]\n]+\]\([^)\s]*\))")

# Text made of the pieces these patterns turn on, so that random strings meet them often.
PIECES = st.sampled_from(
    [
        " ",
        "\n",
        "a",
        "Zo",
        "é",
        "1",
        "/",
        "@",
        ".",
        ".com",
        ".ORG",
        "www.",
        "WWW.",
        "![",
        "[",
        "]",
        "(",
        ")",
        "](",
        "](/x)",
        "!",
        "_",
        "-",
        "’",
        "http://b.net/c",
        "by",
    ]
)
TEXTS = st.lists(PIECES, max_size=40).map("".join)


@given(TEXTS)
def test_addresses_are_found_as_before(text: str) -> None:
    assert _ADDRESS.sub(" ", text) == ADDRESS_BEFORE.sub(" ", text)


def test_addresses_and_pictures_leave_the_page_words() -> None:
    page = Page.of("Read more at www.Example.com or mail Ann@Site.org ![lovely picture](/a.png) ok")
    assert {"more", "at", "or", "mail", "ok"} <= page.common
    assert not {"example", "site", "lovely", "picture", "a", "png"} & page.common


@given(TEXTS)
def test_links_glued_to_words_are_found_as_before(text: str) -> None:
    assert _AFTER_WORD.sub(" ", text) == AFTER_WORD_BEFORE.sub(" ", text)


def test_a_link_glued_to_a_word_is_spaced_and_others_are_not() -> None:
    assert _AFTER_WORD.sub(" ", "read[this](/a) and [that](/b), 1[x](/c)") == (
        "read [this](/a) and [that](/b), 1[x](/c)"
    )


@given(st.lists(st.sampled_from(["a", "b", "c"]), max_size=3 * REPEAT_WORDS))
def test_runs_of_words_are_the_slices_they_were(words: list[str]) -> None:
    slices = [tuple(words[i : i + REPEAT_WORDS]) for i in range(len(words) - REPEAT_WORDS + 1)]
    assert _runs(words) == slices


def test_too_few_words_make_no_run() -> None:
    assert _runs(["a"] * (REPEAT_WORDS - 1)) == []
    assert _runs(list("abcdefgh")) == [tuple("abcdefgh")]
