"""A form's fields, marked required with a star, go with what sits between them; starred
words of an article stay."""

from __future__ import annotations

import pytest

from store.cleaning.clean import clean

TITLE = "Council opens the new library"
ARTICLE = [
    "The council opened the new library on Saturday, two years after the old one closed "
    "when its roof was found to be unsafe, and more than a thousand people came.",
    "The building has a reading room on each floor, a children's wing with its own garden "
    "and a hall that local groups can book for meetings in the evenings.",
    "Librarians said the number of new members in the first week was higher than in any "
    "whole month at the old library, and that the study desks were full by noon.",
]


def texts(*parts: str) -> list[str]:
    page = "\n\n".join([f"# {TITLE}", *parts])
    return [p.text for p in clean(page, title=TITLE).paragraphs]


@pytest.mark.parametrize(
    "form",
    [
        "First Name\\*\n\nLast Name\\*\n\nEmail\\*",  # html2text and markdownify escape the star
        "Name \\*\n\nEmail \\*\n\nWebsite\n\nSave my name in this browser.",
        "Your Email*\n\nChoose a branch\n\nCentralEastWestNorth\n\nYour Preferred Branch*",
        "- Full Name \\*\n- Phone Number \\*\n- Company \\*",
    ],
)
def test_the_fields_of_a_form_go(form: str) -> None:
    kept = texts(*ARTICLE, form, ARTICLE[0].replace("Saturday", "Sunday"))
    assert kept[: len(ARTICLE)] == ARTICLE
    assert not any(text.endswith("*") for text in kept)
    assert "CentralEastWestNorth" not in kept


def test_one_starred_line_is_no_form() -> None:
    kept = texts(ARTICLE[0], "Members borrowed 4,000 books*", ARTICLE[1], ARTICLE[2])
    assert "Members borrowed 4,000 books*" in kept


def test_starred_lines_far_apart_are_no_form() -> None:
    notes = ["Opening hours vary*", "Parking is free*"]
    kept = texts(notes[0], *ARTICLE, notes[1])
    assert notes[0] in kept


def test_a_form_never_spans_article_text() -> None:
    kept = texts("Email\\*", *ARTICLE, "Email\\*")
    assert kept == ARTICLE


def test_bold_left_open_is_no_star() -> None:
    scores = ["SCORE**", "Speed 9.1", "SCORE**"]
    kept = texts(*ARTICLE[:2], *scores, ARTICLE[2])
    assert "Speed 9.1" in kept
