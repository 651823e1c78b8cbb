"""Headings as a page shows them: the headline without the site's name, a section heading that
ends on the headline, paragraphs a converter glued into a heading, and the HTML path's title."""

from __future__ import annotations

import pytest

from store.cleaning.blocks import markdown_blocks
from store.cleaning.clean import clean

PARAGRAPHS = [
    "The harbour authority approved the new ferry timetable on Tuesday after three months of "
    "talks with the operators and the island councils.",
    "Under the new timetable the first crossing leaves at 5.40am, twenty minutes earlier than "
    "now, and the last one returns shortly before midnight on weekdays.",
    "Island businesses had asked for the change for years, saying the late return made it "
    "impossible for visitors to stay for dinner.",
]
HEADLINE = "Ferry timetable approved after three months of talks"
COMMENT = (
    "I have taken this ferry for twenty years and the late boat is always full, so I am glad "
    "somebody finally listened to the people who live on the islands."
)
URL = "https://www.harbourgazette.com/news/ferry-timetable"
GLUED = (
    "Kia PV5 This is another immensely impressive entry from a brand that can do little wrong "
    "of late. As a big family car, it is compelling: refined, interesting and preposterously "
    "spacious, and it makes the crossovers that dominate our roads look cramped."
)


def texts(markdown: str, **kwargs: str) -> list[str]:
    return [p.text for p in clean(markdown, **kwargs).paragraphs]


def kinds(markdown: str) -> list[str]:
    return [block.kind for block in markdown_blocks(markdown)]


# --- paragraphs glued into a heading --------------------------------------------------------


@pytest.mark.parametrize(
    "markdown",
    [
        f"1. ## {GLUED}\n",  # an ordered item holding an <h2> and a <p>
        f"- ### {GLUED}\n",
        f"## {GLUED}\n",
    ],
)
def test_a_heading_running_on_into_sentences_is_read_as_text(markdown: str) -> None:
    assert kinds(markdown) in (["item"], ["para"])


@pytest.mark.parametrize(
    "heading",
    [
        "Kia PV5",
        "Why the island councils fought the new timetable for three months",
        # Long, but no sentence in it: a heading that is long, not text glued to one.
        " ".join(["word"] * 40),
    ],
)
def test_headings_of_a_line_stay_headings(heading: str) -> None:
    assert kinds(f"## {heading}\n") == ["heading"]


@pytest.mark.parametrize("format", ["html", "markdown"])
def test_glued_items_in_a_row_are_all_kept(format: str) -> None:
    second = GLUED.replace("Kia PV5", "Volvo EX90").replace("brand", "maker")
    markdown = f"# Best electric cars\n\n{PARAGRAPHS[0]}\n\n1. ## {GLUED}\n2. ## {second}\n"
    kept = texts(markdown, format=format, title="Best electric cars")
    assert [text.removeprefix("1. ").removeprefix("2. ") for text in kept[-2:]] == [
        GLUED,
        second,
    ]


# --- the headline without the site's name ------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        f"{HEADLINE} - Harbour Gazette",
        f"{HEADLINE} | HarbourGazette",
        f"Harbour Gazette | {HEADLINE}",
    ],
)
def test_the_headline_is_found_under_the_title_bar_s_site_name(title: str) -> None:
    # The page's own headline carries more after it; the same words come again, alone, over
    # the comments: the article above that repeat is not dropped as "above the title".
    page = "\n\n".join(
        [
            "[Home](/) [News](/news)",
            f"## [{HEADLINE}](/news/ferry-timetable) (harbourgazette.com) 87",
            *PARAGRAPHS,
            f"## [{HEADLINE}](/news/ferry-timetable#comments)",
            *[COMMENT] * 8,  # more words of comments than of article
        ]
    )
    assert texts(page, title=title, url=URL)[:3] == PARAGRAPHS


def test_a_section_heading_ending_on_the_headline_is_not_the_title() -> None:
    page = "\n\n".join(
        [
            f"# {HEADLINE}: what changes for islanders",
            PARAGRAPHS[0],
            f"## What the new timetable means: {HEADLINE}",
            *PARAGRAPHS[1:],
            *[COMMENT] * 2,
        ]
    )
    kept = texts(page, title=f"{HEADLINE} | Harbour Gazette", url=URL)
    assert PARAGRAPHS[0] in kept and PARAGRAPHS[2] in kept


# --- the HTML path: trafilatura's main text has no masthead ----------------------------------


def test_the_html_path_keeps_the_intro_above_a_heading_that_matches_the_title() -> None:
    intro = (
        "Do you know all of the different kinds of ferry tickets? This guide sorts almost two "
        "hundred of them by price and season, so you can pick the right one."
    )
    markdown = "\n\n".join([intro, "## Ferry timetable approved", *PARAGRAPHS, COMMENT * 3])
    kept = texts(markdown, format="html", title="Ferry timetable approved (Guide)")
    assert kept[0] == intro


def test_crawler_markdown_still_drops_promos_above_the_title() -> None:
    promo = (
        "Our newest guide to the lighthouses of the northern isles is out this week, and its "
        "author spent two winters living on the rocks to write it."
    )
    markdown = "\n\n".join([promo, "# Ferry timetable approved", *PARAGRAPHS])
    assert texts(markdown, title="Ferry timetable approved") == PARAGRAPHS
