"""Reader comments after the article go, however the page leads into them."""

from __future__ import annotations

import pytest

from store.cleaning.blocks import Block
from store.cleaning.clean import clean
from store.cleaning.region import mark_outside_main

ARTICLE = [
    "The harbour authority approved the new ferry timetable on Tuesday after three months of "
    "talks with the operators and the island councils.",
    "Under the new timetable the first crossing leaves at 5.40am, twenty minutes earlier than "
    "now, and the last one returns shortly before midnight on weekdays.",
    "Island businesses had asked for the change for years, saying the late return made it "
    "impossible for visitors to stay for dinner.",
]
COMMENTS = [
    ("Rob Tanner", "I take the late boat every Friday and it is always full, so this is welcome."),
    ("Kristin", "Does anyone know whether the Sunday crossings change as well, or only weekdays?"),
    ("Jenny D.", "Twenty minutes earlier is a big deal for the fishermen on the north island."),
]


def thread(reply: str) -> str:  # a WordPress-like list: date, name, text, reply button
    return "\n".join(
        f"* July {day}, 2019\n* {name}\n* {text}\n* {reply}"
        for day, (name, text) in enumerate(COMMENTS, start=25)
    )


def texts(markdown: str) -> list[str]:
    return [p.text for p in clean(markdown, title="Ferry timetable approved").paragraphs]


def test_comments_after_a_read_more_box_end_the_article() -> None:
    teasers = "\n\n".join(
        f"# [Another island story {n}](/story-{n})\n\n[... READ MORE](/story-{n})" for n in (1, 2)
    )
    page = "\n\n".join(
        ["# Ferry timetable approved", *ARTICLE, "YOU MIGHT ALSO ENJOY", teasers, "COMMENTS"]
    )
    kept = texts(page + "\n\n" + thread("[Reply](#reply)") + "\n")
    assert kept == ARTICLE


def test_a_button_the_page_repeats_weighs_against_the_text_past_it() -> None:
    comment = "Does anyone know whether the Sunday crossings change as well, or only weekdays?"
    blocks = [Block("para", text) for text in ARTICLE]
    blocks += [Block("para", "Reply") for _ in range(3)] + [Block("para", comment)]
    mark_outside_main(blocks, lambda block: block.prose)
    assert [block.why for block in blocks[:3]] == ["", "", ""]
    assert blocks[-1].why == "outside the main text"


def test_labels_repeated_inside_the_article_stay() -> None:
    reviews = "\n\n".join(
        f"## Ferry {n}\n\nPros\n\n{ARTICLE[n]}\n\nCons\n\n{COMMENTS[n][1]}" for n in range(3)
    )
    kept = texts(f"# Ferry timetable approved\n\n{ARTICLE[2]}\n\n{reviews}\n")
    assert kept.count("Pros") == 3 and kept.count("Cons") == 3


@pytest.mark.parametrize(
    "heading",
    [
        "## Discussion about this post",
        "### Discussion about this article",
        "Discussion of this story",
    ],
)
def test_a_discussion_heading_ends_the_article(heading: str) -> None:
    """A newsletter platform's comment thread opens on a discussion title, then the readers'
    names, likes and replies: none of it is the article."""
    entries = "\n\n".join(
        f"[{name}](/@reader{n})\n\n[{n}d](/p/ferry/comment/{n})\n\n{text}"
        for n, (name, text) in enumerate(COMMENTS, start=2)
    )
    page = "\n\n".join(["# Ferry timetable approved", *ARTICLE, heading, "Liked by Ruth", entries])
    assert texts(page + "\n") == ARTICLE


def test_a_discussion_inside_a_sentence_is_the_article() -> None:
    line = "The discussion about this post office closure went on for an hour at the meeting."
    page = "\n\n".join(["# Ferry timetable approved", ARTICLE[0], line, *ARTICLE[1:]])
    assert line in texts(page + "\n")


@pytest.mark.parametrize(
    "button",
    [
        "[Post](/comments?op=reply) Load All Comments",
        "[Reply](/reply) [Share](/share) View all comments",
        "- [Sign in](/login) 12 comments",
    ],
)
def test_a_comments_button_glued_to_a_link_ends_the_article(button: str) -> None:
    markdown = "\n\n".join(
        ["# Ferry timetable approved", *ARTICLE, button, *(t for _, t in COMMENTS)]
    )
    assert texts(markdown) == ARTICLE


def test_a_link_then_a_sentence_naming_comments_is_the_article() -> None:
    line = "[The council](/council) said comments on the plan are welcome until March."
    markdown = "\n\n".join(["# Ferry timetable approved", *ARTICLE, line])
    assert texts(markdown) == [
        *ARTICLE,
        "The council said comments on the plan are welcome until March.",
    ]
