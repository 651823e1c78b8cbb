"""Shortcuts taken for ingest speed give the answers of the long way round: plain links skip
markdown-it's normalisation and its character-by-character destination parse, prose with no
markup skips its inline parse, whitespace and letters are counted without regexes, variant
checks give up on pairs that cannot reach the threshold, furniture phrases anchored at a block's
start are only tried there and the others only on blocks holding their words, dates are parsed
once."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt, helpers
from markdown_it.common.normalize_url import normalizeLink

from store.cleaning.blocks import _count_letters, markdown_blocks, normalize
from store.cleaning.meta import find_date
from store.cleaning.parser import _PLAIN_URL, MARKDOWN, _parse_link_destination
from store.cleaning.phrases import (
    _FOLDS_TO_ASCII,
    _FURNITURE_ANYWHERE,
    _FURNITURE_ANYWHERE_NEEDS,
    _Needs,
    is_furniture,
)
from store.quoting.variants import THRESHOLD, are_variants, variant_match, variant_score
from tests.store.quoting.test_quotes import NOT_VARIANTS, VARIANTS

URLS = [
    "",
    "#main",
    "/world/",
    "?page=2",
    "https://theverge.com/authors/wei-ivanova",
    "http://example.com",
    "https://example.com/a%20b/?q=1&x=y#top",
    "https://EXAMPLE.com/Path_~.x",
    "https://a." + "b" * 64 + ".com/",  # a label longer than a host allows
    "https://" + "a." * 130 + "com/",  # a host longer than 255 characters
    "//cdn.example.com/logo.png",
    "https://münchen.de/stadt",
    "https://example.com/a b",
    "https://example.com/ä?q=ü",
    "HTTPS://Example.com/",
    "mailto:ann@example.com",
    "javascript:alert(1)",
    "https://user@example.com/",
    "https://example.com:8080/x",
    "https://example.com/%zz",
    "https://[::1]/x",
    "https://a.!b/c",
    # Characters percent-encoding leaves as they are, in paths, queries and data URLs.
    "https://www.tiktok.com/@maker/video/7446?embed=1%2C2,3;x=y",
    "https://example.com/maps/place/@37.53,-77.43,17z/data=!3m1!4b1*x'y$z",
    "data:image/svg+xml;base64,PHN2ZyB3aWR0aD0iMTQyIiA+PC9zdmc+==",
    "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%3E%3C/svg%3E",
    "data:image/png;charset=utf-8,x",
    "data:Image/png,x",
    "data:,plain",
    "data:;base64,x",
    "data:image/svg+xml,<svg></svg>",
    "https://example.com/a?b=1&c=2&amp;d=3",
    "https://" + "a." * 130 + "com/" + "x" * 300,
    "/" + "x" * 300,
    "//cdn.example.com/lazy_placeholder.gif?v=1",
    "//EXAMPLE.com",
    "///x",
    "//a." + "b" * 64 + ".com/",
    "//" + "a." * 130 + "com/",
    "https:/x",
    "http:example.com",
]
URL_PIECES = st.sampled_from(
    [
        *("https://", "http://", "//", "/", "?", "#", "%", "%2F", "%zz", "@", ":", ".", "-"),
        *("a", "Z", "0", "_", "~", "=", "&", "+", " ", "ä", "xn--", "[", "]", "\\", "(", ")"),
        *("example.com", "b" * 64, "mailto:", "javascript:", "DATA:", "data:", "image/png"),
        *(";", ",", "'", "!", "*", "$", "&amp;", "&#38;", "&x", ";base64,", "svg+xml", "x" * 90),
    ]
)


@pytest.mark.parametrize("url", URLS)
def test_link_normalisation_is_markdown_its(url: str) -> None:
    assert MARKDOWN.normalizeLink(url) == normalizeLink(url)


@given(st.lists(URL_PIECES, max_size=12).map("".join))
def test_link_normalisation_is_markdown_its_for_any_link(url: str) -> None:
    assert MARKDOWN.normalizeLink(url) == normalizeLink(url)


def test_plain_links_take_the_shortcut_and_keep_their_href() -> None:
    assert _PLAIN_URL.fullmatch("https://theverge.com/authors/wei-ivanova")
    assert not _PLAIN_URL.fullmatch("https://münchen.de/stadt")
    [block] = markdown_blocks("By [Wei Ivanova](https://theverge.com/authors/wei-ivanova)")
    assert block.links == [("Wei Ivanova", "https://theverge.com/authors/wei-ivanova")]
    [block] = markdown_blocks("[Stadt](<https://münchen.de/a b>) and [x](javascript:alert(1))")
    # A javascript: target is a link too (a share button's), so link rules can see it.
    assert block.links == [
        ("Stadt", normalizeLink("https://münchen.de/a b")),
        ("x", "javascript:alert(1)"),
    ]


DESTINATION_PIECES = st.sampled_from(
    [
        *("https://example.com/a", "/b", "x", "&amp;", "&", "ä", " ", "\t", "\n", "\x7f", "\x00"),
        *("(", ")", "\\", "\\)", "\\ ", "<", ">", '"t"', "]"),
    ]
)


@given(st.lists(DESTINATION_PIECES, max_size=10).map("".join), st.integers(0, 3), st.integers(0, 3))
def test_link_destinations_read_as_markdown_it_reads_them(text: str, pos: int, cut: int) -> None:
    maximum = max(len(text) - cut, 0)
    ours = _parse_link_destination(text, pos, maximum)
    theirs = helpers.parseLinkDestination(text, pos, maximum)
    assert (ours.ok, ours.pos, ours.str) == (theirs.ok, theirs.pos, theirs.str)


def test_links_with_any_destination_keep_their_href() -> None:
    text = "[a](/x(1)) [b](/y\\)z) [c](<https://example.com/a b>) [d](/p?q=1&amp;r=2 'title') [e]()"
    [block] = markdown_blocks(text)
    hrefs = ["/x(1)", "/y)z", "https://example.com/a%20b", "/p?q=1&r=2", ""]
    assert block.links == [(name, href) for name, href in zip("abcde", hrefs, strict=True)]


INLINE_SAMPLES = [
    *("The ferry", " ", "-", ":", "!", "$5", "%", "#", "+", "=", ">", "@", "^", "{", "}", "|"),
    *("\n", "  \n", "\\", "`x`", "~~s~~", "*e*", "_e_", "[a](/b)", "![i](/i.png)", "<b>"),
    *("<https://x.org>", "&amp;", "&", "’", "中文"),
    # Ampersands that start no entity are text; those that may start one are markup.
    *("E&S", " & ", "&amp", "&foo;", "&a1;", "&#38;", "&#x26;", "&#", "&;", "&1;", "amp;"),
]
PLAIN_MD = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def assert_inline_parsed_alike(text: str) -> None:
    for markdown in (text, f"| {text} | b |\n|---|---|\n| {text} | |"):
        assert children(MARKDOWN, markdown) == children(PLAIN_MD, markdown)


def children(md: MarkdownIt, text: str) -> list[list[tuple[str, str]]]:
    return [
        [(child.type, child.content) for child in token.children or []]
        for token in md.parse(text)
        if token.type == "inline"
    ]


@pytest.mark.parametrize("piece", INLINE_SAMPLES)
def test_inline_content_without_markup_parses_as_markdown_it_parses_it(piece: str) -> None:
    assert_inline_parsed_alike(f"The ferry {piece} left")


@given(st.lists(st.sampled_from(INLINE_SAMPLES), max_size=8).map("".join))
def test_any_inline_content_parses_as_markdown_it_parses_it(text: str) -> None:
    assert_inline_parsed_alike(text)


def test_the_inline_rules_are_the_ones_the_markup_shortcut_knows() -> None:
    # Another rule (linkify, a plugin) may start at a character the shortcut takes for text.
    rules = ["text", "newline", "escape", "backticks", "strikethrough", "emphasis", "link"]
    assert MARKDOWN.get_active_rules()["inline"] == [
        *rules,
        "image",
        "autolink",
        "html_inline",
        "entity",
    ]


TEXT_PIECES = st.sampled_from(
    [
        *(
            "Ann",
            "é",
            "ß",
            "中文",
            "ー",
            "’",
            "“",
            "½",
            "²",
            "٣",
            "Ⅻ",
            "_",
            "-",
            "3",
            ".",
            "\u200b",
        ),
        *(" ", "\t", "\n", "\r", "\xa0", "\u2028", "\u3000", "\x1c", "\x85", "\ufeff"),
    ]
)


@given(st.one_of(st.lists(TEXT_PIECES, max_size=12).map("".join), st.text()))
def test_whitespace_and_letters_are_what_the_regexes_say(text: str) -> None:
    assert normalize(text) == re.sub(r"\s+", " ", text).strip()
    assert _count_letters(text) == len(re.sub(r"[\W\d_]+", "", text))


@pytest.mark.parametrize(("a", "b"), [*VARIANTS, *NOT_VARIANTS])
def test_a_variant_match_is_the_variant_score_or_none(a: str, b: str) -> None:
    score = variant_score(a, b)
    expected = score if are_variants(a, b) else None
    assert variant_match(a, b) == expected
    assert variant_match(a, b) is None or variant_match(a, b) >= THRESHOLD


def test_pairs_scoring_around_the_threshold_match_as_their_score_says() -> None:
    base = "the ferry service will resume next month after the repairs are finished"
    words = base.split()
    texts = [
        " ".join(words[:n] + ["changed"] * k + words[n + k :]) for n in range(12) for k in (1, 2, 3)
    ]
    for text in texts:
        score = variant_score(base, text)
        assert (variant_match(base, text) is not None) == (score >= THRESHOLD)
        assert variant_match(base, text) in (None, score)


FURNITURE = [
    "© 2024 Example Media Ltd",
    "Skip to main content",
    "Already a subscriber? Log in",
    "Follow us on Telegram for the latest",
    "Join our WhatsApp channel",
    "Advertisement",
    "GOOGLE ADS",
    "Sponsored content",
    "3 min read",
    "Tags: ferries, ports",
    "Read more: the ferry strike",
    "Photo: Reuters",
    "Back to top",
    "Loading...",
    "Like Loading...",
    "Loading… Sign Me Up",
    "Powered by WordPress",
    "分享到微信",
    "12赞",
    "Example Media. All rights reserved",
    "Sign up for our newsletter to get updates",
    "Our newsletter: subscribe now",
    "You can follow us on Facebook",
    "Bookmark the permalink.",
    "Read our privacy policy and terms of use",
    "本文转载自新华社",
    "扫一扫关注我们",
    "We use cookies to give you the best experience",
    "COOKIE POLICY",
    "By continuing to use this site you agree to our terms",
    "REUTERS/Staff/File Photo",
    "AP Photo/Jane Doe",
    "Picture by Jane Doe",
    "Photograph: Jane Doe for the Guardian",
    "File photo of the harbour",
    "Purchase licensing rights",
    "Ferries in the harbour at dawn. Getty Images",
]
NOT_FURNITURE = [
    "The ferry will resume on Monday, the minister said.",
    "Critics say the advertisement misled buyers",  # a phrase of the start, not at the start
    "He said: skip to main content is a button",
    "Readers who like us at our best wrote in",
    "The harbour photo exhibition opens on Monday, the council said in a statement.",
    "Sales fell by a third in 2023/24, the company said.",
    "Loading the ferry took three hours.",
    "Truck loading",  # a heading
    "The cranes kept on loading and unloading all night",
]


@pytest.mark.parametrize("text", FURNITURE)
def test_furniture_phrases_are_found(text: str) -> None:
    assert is_furniture(text, len(text.split()))


@pytest.mark.parametrize("text", NOT_FURNITURE)
def test_sentences_are_not_furniture(text: str) -> None:
    assert not is_furniture(text, len(text.split()))


NEEDED_WORDS = ["Cookie", "COOKIE", "cookıe", "ſubscribe", "K", "İnbox", "by continuing"]
OTHER_PIECES = ["by  continuing", "updates", "UPDATES", "Privacy Policy", "转载", "扫一扫"]
NEEDED_PIECES = st.sampled_from([*NEEDED_WORDS, *OTHER_PIECES, " ", "é", "’", "x", "Σ", "ß", "ﬁ"])


@given(st.lists(NEEDED_PIECES, max_size=6).map("".join))
def test_needed_words_are_found_as_the_regex_finds_them(text: str) -> None:
    for needs in (
        _Needs("cookie", "by continuing", "inbox", "subscribe"),
        _FURNITURE_ANYWHERE_NEEDS,
    ):
        assert needs.found_in(text) == bool(needs.pattern.search(text))


def test_the_letters_that_fold_to_ascii_are_all_known() -> None:
    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    folding = "".join(c for c in map(chr, range(128, 0x110000)) if ascii_letter.match(c))
    assert _FOLDS_TO_ASCII.sub("", folding) == ""


def test_furniture_phrases_anywhere_hold_a_needed_word() -> None:
    for text in FURNITURE:
        if _FURNITURE_ANYWHERE.search(text):
            assert _FURNITURE_ANYWHERE_NEEDS.found_in(text), text


def test_anchored_phrases_only_match_at_the_start() -> None:
    assert is_furniture("Advertisement", 1)
    assert not is_furniture("An advertisement", 2)
    assert re.search(r"advert", "An advertisement")  # the word is there, not at the start


def test_dates_read_once_are_read_alike_again() -> None:
    # find_date keeps what dateutil made of each date string it met.
    for _ in range(2):
        assert find_date("Published May 12, 2024 by Ann Lee") == dt.date(2024, 5, 12)
        assert find_date("12 May 2024 | 2024-05-13") == dt.date(2024, 5, 12)
        assert find_date("Foo 12, 2024 then 2024-05-13") == dt.date(2024, 5, 13)
        assert find_date("May 2024, in 12 cities") is None
        assert find_date("Feb 30, 2024") is None
