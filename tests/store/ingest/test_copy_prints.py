"""What tells two documents apart as copies: canonical URLs, shingles, keys (pure, no case)."""

from __future__ import annotations

import random

import pytest

from store.ingest.copy_prints import (
    MIN_SHINGLES,
    canonical_url,
    document_print,
    same_text,
    text_keys,
    text_shingles,
)

PAGE = "coastal-ledger.example/news/ferry-timetable"


@pytest.mark.parametrize(
    "url",
    [
        "https://coastal-ledger.example/news/ferry-timetable",
        "http://coastal-ledger.example/news/ferry-timetable",
        "https://www.coastal-ledger.example/news/ferry-timetable/",
        "https://WWW.Coastal-Ledger.example:443/news/ferry-timetable",
        "https://coastal-ledger.example/news/ferry-timetable#comments",
        "https://coastal-ledger.example/news/ferry-timetable?utm_source=nl&utm_medium=email",
        "https://coastal-ledger.example/news/ferry-timetable/?fbclid=IwAR3xQz&gclid=abc",
        "coastal-ledger.example/news/ferry-timetable",
        "  https://coastal-ledger.example//news/ferry-timetable  ",
    ],
)
def test_one_page_written_many_ways_has_one_canonical_url(url: str) -> None:
    assert canonical_url(url) == PAGE


def test_a_query_that_names_the_article_is_kept_in_one_order() -> None:
    first = canonical_url("https://news.example/story.php?id=12&section=world&utm_campaign=x")
    second = canonical_url("https://news.example/story.php?section=world&id=12")
    assert first == second == "news.example/story.php?id=12&section=world"
    assert canonical_url("https://news.example/story.php?id=13&section=world") != first


def test_paths_of_different_articles_stay_different() -> None:
    assert canonical_url("https://a.example/news/one") != canonical_url(
        "https://a.example/news/two"
    )
    # The path's case is the server's business: kept.
    assert canonical_url("https://a.example/News/One") != canonical_url(
        "https://a.example/news/one"
    )


@pytest.mark.parametrize(
    "url",
    [None, "", "   ", "https://www.coastal-ledger.example/", "http://a.example", "mailto:x@y.z"],
)
def test_no_url_a_front_page_or_no_web_page_gives_none(url: str | None) -> None:
    assert canonical_url(url) is None


WORDS = [
    "harbour",
    "council",
    "ferry",
    "timetable",
    "crossing",
    "island",
    "evening",
    "commuter",
    "boat",
    "pier",
    "storm",
    "crew",
    "fare",
    "pass",
    "operator",
    "vote",
    "councillor",
    "ward",
    "school",
    "pupil",
    "mainland",
    "quay",
    "passenger",
    "shop",
    "lorry",
    "slipway",
    "winter",
    "summer",
    "consultation",
    "account",
    "morning",
    "town",
    "bus",
    "route",
    "price",
    "month",
    "review",
    "late",
]


def article(seed: int, words: int = 300) -> list[str]:
    """A text of `words` random words in paragraphs of 60: a body no other seed shares."""
    rng = random.Random(seed)
    body = [rng.choice(WORDS) for _ in range(words)]
    return [" ".join(body[start : start + 60]) for start in range(0, words, 60)]


def test_a_text_with_other_trailing_boilerplate_is_the_same_text() -> None:
    body = article(1)
    crawl = text_shingles([*body, "Subscribe to our newsletter for the week's news today."])
    recrawl = text_shingles([*body, *article(2, 60)])  # three comments kept under it
    assert same_text(crawl, recrawl)
    assert set(text_keys(crawl)) & set(text_keys(recrawl))


def test_paragraph_breaks_case_and_punctuation_do_not_matter() -> None:
    body = article(3)
    rebroken = [" ".join(body).upper().replace(" ", ", ", 5)]
    assert text_shingles(body) == text_shingles(rebroken)


def test_two_articles_in_one_template_are_different_texts() -> None:
    template = ["Cookie settings: we use cookies to improve your experience. Accept"] * 2
    footer = ["Subscribe to our newsletter for the week's news. All rights reserved."]
    first = text_shingles([*template, *article(4), *footer])
    second = text_shingles([*template, *article(5), *footer])
    assert not same_text(first, second)


def test_a_short_text_inside_a_long_one_is_not_its_copy() -> None:
    brief = article(6, 120)
    roundup = [*article(7, 400), *brief, *article(8, 400)]
    assert not same_text(text_shingles(brief), text_shingles(roundup))


def test_texts_too_short_to_judge_are_copies_only_by_their_url() -> None:
    stub = text_shingles(["Subscribe to continue reading this article."])
    assert len(stub) < MIN_SHINGLES
    assert text_keys(stub) == []
    assert not same_text(stub, stub)
    assert same_text(stub, stub, same_url=True)


def test_one_page_changed_between_crawls_is_one_page_by_its_url() -> None:
    first = text_shingles(article(9, 300))
    updated = text_shingles([*article(9, 300)[:3], *article(10, 120)])  # 60% kept, 40% new
    assert not same_text(first, updated)
    assert same_text(first, updated, same_url=True)
    # A section page named as every article's canonical URL does not make them one.
    assert not same_text(first, text_shingles(article(11)), same_url=True)


def test_near_copies_share_a_key_and_different_texts_rarely_do() -> None:
    shared = differing = 0
    for seed in range(100):
        body = article(100 + seed)
        copy = text_keys(text_shingles([*body, *article(300 + seed, 50)]))
        shared += bool(set(text_keys(text_shingles(body))) & set(copy))
        differing += bool(set(text_keys(text_shingles(article(500 + seed)))) & set(copy))
    assert shared == 100
    assert differing <= 5


def test_a_print_has_the_canonical_url_and_the_keys() -> None:
    doc_print = document_print(
        "https://www.coastal-ledger.example/news/ferry-timetable/", article(12)
    )
    assert doc_print.canonical_url == PAGE
    assert len(doc_print.keys) == len(set(doc_print.keys)) == 16
    assert document_print(None, ["too short"]).keys == []
