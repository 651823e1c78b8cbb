"""Captions that repeat their picture's description go; teaser cards with a date or an author
between their headline and blurb weigh nothing for the article."""

from __future__ import annotations

import pytest

from store.cleaning.blocks import markdown_blocks
from store.cleaning.captions import is_caption
from store.cleaning.clean import clean

BODY = [
    "The harbour authority approved the new ferry timetable on Tuesday after three months of"
    " talks with the operators and the island councils.",
    "Under the new timetable the first crossing leaves at 5.40am, twenty minutes earlier than"
    " now, and the last one returns shortly before midnight on weekdays.",
    "Island businesses had asked for the change for years, saying the late return made it"
    " impossible for visitors to stay for dinner on the islands.",
]


def texts(markdown: str) -> list[str]:
    return [p.text for p in clean(markdown, url="https://news.example/ferry").paragraphs]


def article(*between: str) -> str:
    """The title, the first paragraph, `between`, then the rest of the article."""
    return "\n\n".join(["# Ferry timetable approved", BODY[0], *between, *BODY[1:]]) + "\n"


@pytest.mark.parametrize(
    ("alt", "caption"),
    [
        ("The new ferry at the north quay", "The new ferry at the north quay."),
        ("Ferry-at-north-quay", "The ferry at the north quay."),  # a file name for alt text
        (
            "Passengers board the evening ferry at Porthmadog",
            "Passengers board the evening ferry at Porthmadog. Photo: Ann Lee / Harbour News",
        ),
        ("Figure 1: crossings per day", "Figure 1. Crossings per day, 2019 to 2024."),
    ],
)
def test_a_line_repeating_its_pictures_description_is_its_caption(alt: str, caption: str) -> None:
    found = texts(article(f"![{alt}](https://cdn.example/p.jpg)", caption))
    assert caption not in found
    assert found == BODY


@pytest.mark.parametrize(
    ("alt", "paragraph"),
    [
        # The article goes on under a picture: other words than the picture's.
        ("The new ferry", "The council's transport chair said fares would stay the same."),
        ("", "The council's transport chair said fares would stay the same until spring."),
        # A line introducing what follows is the article's, whatever the picture says.
        ("Types of ferry tickets", "The types of ferry tickets are:"),
    ],
)
def test_the_article_under_a_picture_stays(alt: str, paragraph: str) -> None:
    found = texts(article(f"![{alt}](https://cdn.example/p.jpg)", paragraph))
    assert paragraph in found


def test_a_picture_described_then_a_paragraph_two_blocks_down_is_no_caption() -> None:
    """Only the block right under the picture can be its caption."""
    blocks = markdown_blocks(
        "![The new ferry at the quay](p.jpg)\n\nThe ferry was built in Wales.\n\n"
        "The new ferry at the quay is the largest the harbour has seen.\n"
    )
    assert [is_caption(block) for block in blocks] == [False, False]


def test_a_heading_under_a_picture_is_no_caption() -> None:
    blocks = markdown_blocks("![Ferry timetable](p.jpg)\n\n## Ferry timetable\n")
    assert blocks[0].picture == "Ferry timetable" and not is_caption(blocks[0])


CARD = "### [{headline}](https://news.example/{slug})\n\n{label}\n\n{blurb}\n\n[Read more](https://news.example/{slug})"
BLURBS = [
    "The council wants a second quay built before the summer season, and the harbour"
    " authority says it can pay for half of it.",
    "Visitors to the island spent more last year than in any year before the pandemic, the"
    " tourism board said on Monday.",
    "A new bus route will meet the first and last ferries of the day from next month, the"
    " operator has announced.",
]


@pytest.mark.parametrize(
    "labels",
    [
        ["March 29, 2025", "March 27, 2025", "March 24, 2025"],  # a date
        ["By Ann Lee", "By Tom Ray", "By Ana Ruiz"],  # an author
        ["Transport · 3 min read", "Tourism · 2 min read", "Buses · 4 min read"],
    ],
)
def test_teaser_cards_with_a_label_under_the_headline_are_not_the_article(
    labels: list[str],
) -> None:
    cards = [
        CARD.format(headline=f"Story {n}", slug=f"story-{n}", label=label, blurb=blurb)
        for n, (label, blurb) in enumerate(zip(labels, BLURBS, strict=True))
    ]
    page = "\n\n".join(["# Ferry timetable approved", *BODY, "## Latest News", *cards]) + "\n"
    found = [p.text for p in clean(page, url="https://news.example/ferry").paragraphs]
    assert found == BODY


def test_a_section_under_a_linked_heading_that_goes_on_is_the_article() -> None:
    """A linked heading, a date, then paragraphs of text: the article's own section."""
    section = [
        "## [The 2019 timetable](https://news.example/archive/2019)",
        "May 2019",
        *BODY[1:],
    ]
    page = "\n\n".join(["# Ferry timetable approved", BODY[0], *section]) + "\n"
    found = [p.text for p in clean(page, url="https://news.example/ferry").paragraphs]
    assert BODY[1] in found and BODY[2] in found
