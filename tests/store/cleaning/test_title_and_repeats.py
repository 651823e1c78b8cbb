"""The title heading found where the article starts, and a page that repeats itself kept once."""

from __future__ import annotations

from store.cleaning.clean import clean

PARAGRAPHS = [
    "The harbour authority approved the new ferry timetable on Tuesday after three months of "
    "talks with the operators and the island councils.",
    "Under the new timetable the first crossing leaves at 5.40am, twenty minutes earlier than "
    "now, and the last one returns shortly before midnight on weekdays.",
    "Island businesses had asked for the change for years, saying the late return made it "
    "impossible for visitors to stay for dinner.",
]
TITLE = "Ferry timetable approved after three months of talks"
COMMENT = (
    "I have taken this ferry for twenty years and the late boat is always full, so I am glad "
    "somebody finally listened to the people who live on the islands."
)


def texts(markdown: str, title: str | None = TITLE) -> list[str]:
    return [p.text for p in clean(markdown, title=title).paragraphs]


def test_a_comment_heading_quoting_the_title_does_not_drop_the_article() -> None:
    page = "\n\n".join(
        [
            "[Home](/) [News](/news)",
            f"# {TITLE}",
            *PARAGRAPHS,
            f"## 34 responses to “{TITLE}”",
            *[COMMENT] * 8,  # more words of comments than of article
        ]
    )
    assert texts(page)[:3] == PARAGRAPHS


def test_a_trending_repeat_of_the_title_below_the_article_is_not_the_title() -> None:
    page = "\n\n".join([f"# {TITLE}", *PARAGRAPHS, f"### {TITLE}", *[COMMENT] * 4])
    kept = texts(page)
    assert kept[:3] == PARAGRAPHS
    assert TITLE not in kept


def test_text_above_a_late_title_match_is_kept_when_it_is_most_of_the_article() -> None:
    # No heading above the article; the only title heading comes after most of its text.
    page = "\n\n".join([*PARAGRAPHS, f"## {TITLE}", "One more line of it."])
    assert texts(page)[:3] == PARAGRAPHS


def test_the_masthead_above_the_title_still_goes() -> None:
    page = "\n\n".join(["Ferry Gazette", "Tuesday edition", f"# {TITLE}", *PARAGRAPHS])
    assert texts(page) == PARAGRAPHS


def test_a_page_shown_twice_keeps_its_paragraphs_once() -> None:
    copy = "\n\n".join([f"## {TITLE}", *PARAGRAPHS])
    assert texts(f"{copy}\n\n[Menu](/menu)\n\n{copy}\n") == PARAGRAPHS


def test_a_standfirst_repeated_in_the_body_is_kept_once() -> None:
    page = "\n\n".join([f"# {TITLE}", PARAGRAPHS[0], *PARAGRAPHS])
    assert texts(page) == PARAGRAPHS


def test_repeated_list_items_and_short_lines_are_kept() -> None:
    plan = "\n".join(
        f"- Week {n}\n- Warm up: ten minutes of easy jogging and drills before you start."
        for n in (1, 2)
    )
    page = "\n\n".join([f"# {TITLE}", *PARAGRAPHS, plan])
    kept = texts(page)
    assert kept.count("Warm up: ten minutes of easy jogging and drills before you start.") == 2


def test_a_first_section_heading_is_not_taken_for_the_title() -> None:
    page = "\n\n".join(["# Background", "The ferry runs twice a day.", *PARAGRAPHS])
    doc = clean(page, title="Island ferry timetable changes")
    assert [p.text for p in doc.paragraphs] == [
        "Background",
        "The ferry runs twice a day.",
        *PARAGRAPHS,
    ]


def test_a_headline_worded_apart_from_the_title_tag_is_still_the_title() -> None:
    page = "\n\n".join(["# Ferry timetable approved", *PARAGRAPHS])
    doc = clean(page, title="New ferry timetable: what changes for island commuters")
    assert doc.title == "Ferry timetable approved"
    assert [p.text for p in doc.paragraphs] == PARAGRAPHS
