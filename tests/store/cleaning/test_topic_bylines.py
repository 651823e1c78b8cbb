"""A topic the page is filed under is no byline: a name whose links lead to a listing of
articles (a tag, a category, a filtered blog) is not an author, in crawler markdown and in a
saved page alike; a name linked to an author's page, or to a page of its own, still is."""

from __future__ import annotations

import pytest

from store.cleaning.clean import clean
from store.cleaning.links import leads_to_listing
from store.cleaning.meta import names_a_topic, parse_byline
from store.ingest.formats import read_html

BODY = (
    "The harbour council approved a new ferry timetable on Tuesday, adding two evening"
    " crossings and a dawn sailing for commuters who work on the mainland.\n\n"
    "Fares stay as they are until the spring, the council's transport chair said at the"
    " meeting, and the first evening boat leaves at seven.\n"
)


@pytest.mark.parametrize(
    ("href", "listing"),
    [
        ("/resources/blog/?content_topic=906", True),
        ("https://news.example/category/politics/", True),
        ("/tag/health", True),
        ("/topics/climate-change/", True),
        ("https://news.example/section/business", True),
        ("/Categories/Local", True),
        ("/author/jane-doe/", False),
        ("/jane-doe", False),
        ("https://news.example/2024/05/ferry-timetable", False),
        ("/tagline-of-the-week", False),  # a folder that only starts like one
        ("/news?tag=ferries&page=2", True),
        ("/blog?author=597512ef37c581dd46312707", False),  # one author's posts
        ("/users/jsteinhardt?from=post_header", False),
        ("/search?q=ferry", False),
        ("mailto:desk@news.example?subject=tip", False),
        ("#comments", False),
    ],
)
def test_links_to_listings_of_articles(href: str, listing: bool) -> None:
    assert leads_to_listing(href) is listing


@pytest.mark.parametrize(
    ("name", "links", "topic"),
    [
        ("HR Strategy", [("HR Strategy", "/resources/blog/?content_topic=906")], True),
        ("Politics", [("Politics", "/category/politics/")], True),
        ("politics", [("Politics", "/category/politics/")], True),  # case aside
        # Also linked to an author's page: a person with a tag of their own.
        ("Jane Doe", [("Jane Doe", "/tag/jane-doe"), ("Jane Doe", "/author/jane-doe")], False),
        ("Jane Doe", [("Jane Doe", "/jane-doe")], False),
        ("Jane Doe", [("Politics", "/category/politics/")], False),  # not the name's link
        ("Jane Doe", [], False),
    ],
)
def test_names_of_topics(name: str, links: list[tuple[str, str]], topic: bool) -> None:
    assert names_a_topic(name, links) is topic


@pytest.mark.parametrize(
    "byline",
    [
        "By [HR Strategy](/resources/blog/?content_topic=906)",
        "By [Health Policy](https://news.example/category/health-policy/)",
        "Posted by [Community News](/tag/community-news) | May 3, 2024",
    ],
)
def test_a_byline_naming_a_topic_gives_no_author(byline: str) -> None:
    doc = clean(f"# Ferry timetable approved\n\n{byline}\n\n{BODY}", url="https://news.example/a")
    assert doc.author is None


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By [Jane Doe](/author/jane-doe/)", "Jane Doe"),
        ("By [Jane Doe](/jane-doe)", "Jane Doe"),
        ("By Jane Doe | [Politics](/category/politics/)", "Jane Doe"),
        ("By [Jane Doe](/people/jane-doe?ref=byline)", "Jane Doe"),
        ("Written By [Jane Doe](/home-garden?author=597512ef37c581dd46312707)", "Jane Doe"),
    ],
)
def test_a_byline_naming_a_person_still_gives_the_author(byline: str, author: str) -> None:
    doc = clean(f"# Ferry timetable approved\n\n{byline}\n\n{BODY}", url="https://news.example/a")
    assert doc.author == author


def test_the_byline_block_of_a_topic_is_not_taken_as_one() -> None:
    byline = parse_byline("By HR Strategy", 3, [("HR Strategy", "/blog/?content_topic=906")])
    assert byline is None


def saved_page(author_link: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    return (
        "<html><head><title>Ferry timetable approved</title></head><body><article>"
        f"<h1>Ferry timetable approved</h1><div class='byline'>{author_link}</div>"
        f"{paragraphs}</article></body></html>"
    )


@pytest.mark.parametrize(
    "link",
    [
        '<a href="/resources/blog/?content_topic=906" id="author-modal">HR Strategy</a>',
        '<a href="/category/transport/" class="author">Transport Policy</a>',
    ],
)
def test_a_saved_pages_topic_button_is_no_author(link: str) -> None:
    assert read_html(saved_page(link), path="a.html").author is None


@pytest.mark.parametrize(
    "link",
    [
        '<a href="/author/jane-doe/" rel="author">Jane Doe</a>',
        '<a href="/jane-doe" class="author">Jane Doe</a>',
        '<a href="/blog?author=666ba62f4a8b" class="blog-author-name">Jane Doe</a>',
        '<span class="author">Jane Doe</span>',
    ],
)
def test_a_saved_pages_author_is_kept(link: str) -> None:
    assert read_html(saved_page(link), path="a.html").author == "Jane Doe"
