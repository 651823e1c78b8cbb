"""Streams of dated entries past the article (comments, boxes of dated stories) go; an
article's own date line, a live blog's stamped entries and dates in the text stay."""

from __future__ import annotations

from store.cleaning.clean import clean

TITLE = "Ferry timetable approved"
ARTICLE = [
    "The harbour authority approved the new ferry timetable on Tuesday after three months of "
    "talks with the operators and the island councils, who had asked for later boats.",
    "Under the new timetable the first crossing leaves at 5.40am, twenty minutes earlier than "
    "now, and the last one returns shortly before midnight on weekdays and Saturdays.",
    "Island businesses had asked for the change for years, saying the late return made it "
    "impossible for visitors to stay for dinner, and the councils backed them in the talks.",
    "The operators said the extra crossings would need two more crews, and that fares would "
    "stay as they are until the spring, when the authority reviews them again.",
]
ENTRIES = [
    ("Rob Tanner", "I take the late boat every Friday and it is always full, so good."),
    ("Kristin", "Does anyone know whether the Sunday crossings change as well?"),
    ("Jenny D.", "Twenty minutes earlier is a big deal for the fishermen up north."),
]


def texts(*parts: str) -> list[str]:
    page = "\n\n".join([f"# {TITLE}", *parts])
    return [p.text for p in clean(page, title=TITLE).paragraphs]


def test_signed_and_dated_comments_go() -> None:
    comments = [
        f"{n}. {name} says:\n\n[March {n}, 2024 at 9:1{n} am](/p/#comment-{n})\n\n{text}"
        for n, (name, text) in enumerate(ENTRIES, start=1)
    ]
    assert texts(*ARTICLE, "\n\n".join(comments)) == ARTICLE


def test_a_box_of_dated_stories_goes() -> None:
    teasers = [
        f"Feb {n}th 2026 · 4 Min Read\n\n{text} And there is more to read in this story."
        for n, (_name, text) in enumerate(ENTRIES, start=4)
    ]
    assert texts(*ARTICLE, "## Explore more", *teasers) == ARTICLE


def test_two_dates_standing_alone_are_no_stream() -> None:
    entries = [f"{text}\n\nMay {n}, 2024" for n, (_name, text) in enumerate(ENTRIES[:2], start=1)]
    assert texts(*ARTICLE, *entries)[-1] == ENTRIES[1][1]


def test_a_live_blog_keeps_its_stamped_entries() -> None:
    # The stamped entries outweigh the introduction above the first stamp.
    entries = [f"June {n}, 2024 10:0{n} BST\n\n{text}" for n, text in enumerate(ARTICLE, start=1)]
    kept = texts(ARTICLE[0], ARTICLE[1], *entries)
    assert kept[-1] == ARTICLE[-1]
    assert "June 4, 2024 10:04 BST" in kept


def test_a_dated_stream_right_under_the_title_is_no_stream() -> None:
    # No article text above the first stamp: an archive's or a live blog's entries.
    entries = [f"June {n}, 2024\n\n{text}" for n, text in enumerate(ARTICLE, start=1)]
    assert texts(*entries)[-1] == ARTICLE[-1]


def test_dates_in_no_order_are_notes_of_the_article_not_a_stream() -> None:
    # "Last checked" notes under each section of a comparison, dated as each was checked.
    sections = [
        f"{text} The provider answered our questions on this.\n\nLast checked: {day}"
        for (_name, text), day in zip(
            ENTRIES, ("2025-10-28", "2026-03-11", "2022-04-01"), strict=True
        )
    ]
    kept = texts(*ARTICLE, *sections)
    assert any(text.startswith(ENTRIES[2][1]) for text in kept)
