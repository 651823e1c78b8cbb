"""A note about the page's author ("Jane Doe is a reporter who …"), by the byline or after the
article, is not the article; a paragraph about a person inside the article is."""

from __future__ import annotations

import pytest

from store.cleaning.clean import clean

BODY = [
    "The harbour authority approved the new ferry timetable on Tuesday after three months of"
    " talks with the operators and the island councils, who had asked for later boats.",
    "Under the new timetable the first crossing leaves at 5.40am, twenty minutes earlier than"
    " now, and the last one returns shortly before midnight on weekdays and at one on Saturdays.",
    "Island businesses had asked for the change for years, saying the late return made it"
    " impossible for visitors to stay for dinner, and the hotels had lost their weekend trade.",
]
NOTES = [
    "Ruth Anker is the transport correspondent of the Island Echo. She has covered the"
    " harbour for twelve years and lives on the north island.",
    "Ruth Anker (@ruthanker) has written about ferries, buses and bridges since 2011, and"
    " won the regional press award for her series on the causeway.",
    "Ruth has reported on the islands for the Island Echo since 2011. Before that she was a"
    " ferry deckhand for six summers.",
]


def texts(markdown: str) -> list[str]:
    return [p.text for p in clean(markdown, url="https://echo.example/ferry").paragraphs]


def page(*parts: str) -> str:
    return "\n\n".join(["# Ferry timetable approved", *parts]) + "\n"


@pytest.mark.parametrize("note", NOTES)
@pytest.mark.parametrize(
    "name_line",
    ["Ruth Anker", "Written by Ruth Anker", "Ruth Anker, Transport Correspondent", "By Ruth Anker"],
)
def test_a_note_under_its_authors_name_after_the_article_goes(note: str, name_line: str) -> None:
    found = texts(page(*BODY, "About the author", name_line, note))
    assert found == BODY


@pytest.mark.parametrize("note", NOTES[:2])
def test_a_note_naming_the_bylines_author_goes(note: str) -> None:
    found = texts(page("By Ruth Anker", *BODY, "Share this article", note))
    assert found == BODY


@pytest.mark.parametrize("note", NOTES)
def test_a_note_right_under_the_byline_goes(note: str) -> None:
    found = texts(page("By Ruth Anker", note, *BODY))
    assert found == BODY


def test_a_paragraph_about_a_person_inside_the_article_stays() -> None:
    profile = (
        "Ruth Anker is the harbour master who drew up the timetable. She has worked on the"
        " quay for thirty years and says the dawn sailing was her idea."
    )
    found = texts(page("By Tom Ray", BODY[0], "Ruth Anker", profile, *BODY[1:]))
    assert profile in found


def test_a_section_about_a_person_under_a_heading_stays() -> None:
    section = (
        "Memorial Park is home to the oldest trail system in the city, and it is a favourite"
        " of riders who want a short loop after work on a summer evening."
    )
    found = texts(page(*BODY, "## Memorial Park", section))
    assert section in found


def test_one_word_is_not_enough_far_from_the_byline() -> None:
    """A byline's team and a paragraph opening on the company's name are not a note."""
    summary = (
        "Workzone is a balance of the features most teams use every day, and its price"
        " stays the same however many projects a team runs at once."
    )
    found = texts(page("By Workzone Team", *BODY, summary))
    assert summary in found


def test_a_note_about_someone_else_than_the_name_line_stays() -> None:
    other = (
        "Tom Ray is the council's transport chair, who announced the timetable at the"
        " meeting and answered questions from island residents."
    )
    found = texts(page(*BODY, "Ruth Anker", other))
    assert other in found


@pytest.mark.parametrize(
    ("line", "paragraph"),
    [
        (
            "Harbour Expo: November 17-20, 2026 | Porthmadog",
            "Harbour Expo is designed to bring ferry operators, councils and suppliers together"
            " for three days of talks on timetables, fares and new boats.",
        ),
        (
            "Island Movers #3 of 12",
            "Island Movers is the best choice for anyone moving between the islands, and they"
            " cover packing, storage and the crossing itself.",
        ),
    ],
)
def test_a_paragraph_on_an_event_or_company_under_its_line_stays(line: str, paragraph: str) -> None:
    """No "he" or "she": what the line names is no person, and its paragraph no note."""
    found = texts(page(*BODY, line, paragraph))
    assert paragraph in found


REVIEWER = (
    "Dr. Ines Varga is a physician who practises in the harbour town. She checked the"
    " figures on sleep and shift work in this article against the published studies."
)


@pytest.mark.parametrize(
    "reviewer_line",
    [
        "Ines Varga, MD",
        "Ines Varga, MD, Medical Editor, Island Echo Health; Advisory Board Member, Island"
        " Hospital Trust",
    ],
)
def test_notes_about_an_author_and_a_reviewer_one_after_the_other_go(reviewer_line: str) -> None:
    """Each note is judged by the article text below it, not by the other note: two notes
    together may weigh more than a quarter of a short article."""
    found = texts(
        page(
            "By Ruth Anker",
            *BODY,
            "About the author",
            "Ruth Anker, Transport Correspondent",
            NOTES[0],
            "About the reviewer",
            reviewer_line,
            REVIEWER,
        )
    )
    assert found == BODY


def test_a_note_with_more_article_text_below_it_stays() -> None:
    """A paragraph about the author in the middle of the article is the article's own."""
    more = [text.replace("ferry", "bus") for text in BODY]
    found = texts(page("By Ruth Anker", *BODY, "Ruth Anker", NOTES[0], *more))
    assert NOTES[0] in found


# A sign-up box under the site's menus: text enough to keep a note above it inside the
# article until the box is found to be outside the page's main text.
SIGN_UP = [
    "Get the island news in your inbox every week, with the ferry timetables, the tides and"
    " the weather for the weekend ahead, and a free guide to the islands when you sign up.",
    "The Island Echo newsletter is free, and you can leave it whenever you like with the link"
    " at the foot of each issue; we never share your address with anyone else.",
    "This site is protected by a spam filter, and the privacy policy and terms of the"
    " Island Echo apply to every form on it.",
]

REVIEWER_NOTE = (
    "Dr. Sam Ortiz is a ferry engineer who checks the Island Echo's transport reporting. He"
    " spent twenty years inspecting ferries for the coastguard."
)


@pytest.mark.parametrize("reviewer", [False, True])
def test_notes_above_a_sign_up_box_past_the_menus_go(reviewer: bool) -> None:
    menus = [f"- [Section {n}](/section-{n})\n- [Topic {n}](/topic-{n})" for n in range(6)]
    second = ["## About the Reviewer", "Sam Ortiz, Ferry Engineer", REVIEWER_NOTE]
    found = texts(
        page(
            *BODY,
            "## About the Author",
            "Ruth Anker, Transport Correspondent",
            NOTES[0],
            *(second if reviewer else []),
            *menus,
            *SIGN_UP,
        )
    )
    assert found == BODY
