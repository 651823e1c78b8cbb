"""The whole pipeline from a read file: metadata precedence, dates, quotes and the headline."""

from __future__ import annotations

import datetime as dt

import pytest

from store.ingest.extract import extract_document
from tests.store.factories import raw_doc


def test_front_matter_wins_and_the_published_event_comes_first() -> None:
    raw = raw_doc(
        "/a.md",
        "May 12, 2024 by [Jo Reed](https://x.example/author/jo)\n\nIn 2018 the mayor said"
        " “we will build the new bridge soon” to the council.\n",
        title="Bridge plans",
        published=dt.date(2024, 5, 13),
        source="The Herald",
    ).model_copy(update={"format": "markdown"})
    document = extract_document(raw)
    assert document.title == "Bridge plans"
    assert document.published == dt.date(2024, 5, 13)
    assert document.author == "Jo Reed"
    assert document.source == "The Herald"
    assert [event.kind for event in document.events][:2] == ["published", "mentioned"]
    assert document.events[1].value == "2018"


def test_an_undated_document_gets_an_estimated_date_and_no_published_event() -> None:
    document = extract_document(raw_doc("/a.txt", "It all began in March 2021, officials said."))
    assert document.published_estimated and document.published == dt.date(2021, 3, 31)
    assert all(event.kind == "mentioned" for event in document.events)


def test_a_one_sentence_article_keeps_its_quote_though_the_title_comes_from_it() -> None:
    text = "“We will finish the bridge by June,” said Ann Lee, the mayor.\n\nMore to come.\n"
    document = extract_document(raw_doc("/a.txt", text))
    assert [quote.text for quote in document.quotes] == ["We will finish the bridge by June"]
    assert document.quotes[0].speaker == "Ann Lee"


def test_a_phrase_quoted_in_the_headline_is_not_a_quote() -> None:
    raw = raw_doc(
        "/a.txt",
        "Officials called the plan “Ready to Build Now” in a memo.\n",
        title="Council “Ready to Build Now” on bridge",
    )
    assert extract_document(raw).quotes == []


def test_the_file_name_is_the_last_resort_title() -> None:
    assert extract_document(raw_doc("/cases/ferry_time-table.txt", "  \n")).title == (
        "ferry time table"
    )


def test_the_site_name_comes_off_the_title() -> None:
    for title, url in [
        ("Bridge plans approved | ZDNet", "https://www.zdnet.com/a"),
        ("LinkNaija | Bridge plans approved", "https://linknaija.com/b"),
    ]:
        raw = raw_doc("/a.md", "The council met on Monday.", title=title, url=url)
        assert extract_document(raw).title == "Bridge plans approved"
    kept = raw_doc("/b.md", "Text.", title="Bridge plans | Travel", url="https://zdnet.com/c")
    assert extract_document(kept).title == "Bridge plans | Travel"


@pytest.mark.parametrize(
    ("given", "author"),
    [
        ("Michael HiltzikBusiness Columnist", "Michael Hiltzik"),
        ("Phil Helsel is a reporter for NBC News", "Phil Helsel"),
        ("By Meg James, Staff Writer", "Meg James"),
        ("Jeff Foust Monday; November 4", "Jeff Foust"),
        ("Ann Lee and Bo Chan", "Ann Lee and Bo Chan"),
    ],
)
def test_the_author_a_file_gives_is_read_as_names(given: str, author: str) -> None:
    raw = raw_doc("/a.md", "A body paragraph of the article.\n", author=given)
    assert extract_document(raw).author == author


def test_an_author_field_with_no_name_leaves_the_byline_found_in_the_text() -> None:
    raw = raw_doc(
        "/a.md", "By Jo Reed\n\nA body paragraph of the article.\n", author="Staff Reporter"
    ).model_copy(update={"format": "markdown"})
    assert extract_document(raw).author == "Jo Reed"


def test_an_undated_page_takes_the_day_its_address_gives_over_an_estimate() -> None:
    raw = raw_doc(
        "/a.md",
        "The film first came out in 1984 and was shown again this week.\n",
        url="https://www.example-news.com/story/movies/2025/12/19/film-shown-again/123/",
    ).model_copy(update={"format": "markdown"})
    document = extract_document(raw)
    assert document.published == dt.date(2025, 12, 19)
    assert not document.published_estimated and document.published_precision == "day"


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example-news.com/story/movies/film-shown-again/",  # no day in it
        "https://www.example-news.com/1909/jolinda-drive/",  # a number, no date
        "https://www.example-news.com/2099/01/02/from-the-future/",  # past any fetch
    ],
)
def test_an_address_without_a_believable_day_leaves_the_estimate(url: str) -> None:
    raw = raw_doc(
        "/a.md", "The film first came out in 1984 and was shown again in 2021.\n", url=url
    ).model_copy(update={"format": "markdown"})
    document = extract_document(raw)
    assert document.published_estimated


def test_the_file_s_own_date_wins_over_its_address() -> None:
    raw = raw_doc(
        "/a.md",
        "A body paragraph of the article.\n",
        url="https://www.example-news.com/2025/12/19/story/",
        published=dt.date(2025, 12, 20),
    )
    assert extract_document(raw).published == dt.date(2025, 12, 20)


@pytest.mark.parametrize(
    ("given", "text", "url", "author"),
    [
        # The byline found in the page is read as names too, the page's own words aside.
        (None, "By Challenge\n\nEach challenge of the season is a new challenge.\n", None, None),
        # An organisation the site is named after is its author, common words or not.
        (
            "Block Renovation",
            "Plan the block by block renovation of a kitchen.\n",
            "https://www.blockrenovation.com/guides/kitchens",
            "Block Renovation",
        ),
        ("Member Login", "Sign in as a member: the login is below.\n", None, None),
        ("Susan", "Susan wrote about the wedding.\n", None, "Susan"),
    ],
)
def test_the_page_decides_what_in_a_byline_is_a_name(
    given: str | None, text: str, url: str | None, author: str | None
) -> None:
    raw = raw_doc("/a.md", text, author=given, url=url).model_copy(update={"format": "markdown"})
    assert extract_document(raw).author == author


@pytest.mark.parametrize(
    "text",
    [
        "The council met on Monday and approved the bridge.\n",
        "# Bridge plans\n\nThe council met. [Home](/) [News](/news/)\n",
        "“We are pleased,” the mayor said of the [plan](https://example.com/plan).\n",
    ],
)
def test_a_page_without_an_author_is_not_read_for_names(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Reading the page's words for a byline costs a tenth of a file's time: with no name given
    # or found, nothing asks for them.
    def unread(cls: type, text: str) -> None:
        raise AssertionError("the page was read for names")

    monkeypatch.setattr("store.ingest.extract.Page.of", classmethod(unread))
    raw = raw_doc("/a.md", text).model_copy(update={"format": "markdown"})
    assert extract_document(raw).author is None


def test_a_byline_still_has_the_page_read_for_its_names() -> None:
    raw = raw_doc("/a.md", "By Jo Reed\n\nThe council met on Monday.\n").model_copy(
        update={"format": "markdown"}
    )
    assert extract_document(raw).author == "Jo Reed"
