"""Where a timeline's sentences come from: never a block of program code; in a table row, only a
cell that reads as text, which is then the event's sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex import tables
from store.timex.dates import find_dates

ANCHOR = dt.date(2025, 3, 12)


def phrases(paragraphs: list[Paragraph]) -> list[str]:
    return [event.phrase for event in find_dates(paragraphs, ANCHOR)]


@pytest.mark.parametrize(
    "code",
    [
        'if date.today() > deadline:\n    print("due yesterday")',
        "const start = new Date('2021-04-01'); // since last year",
        "SELECT * FROM orders WHERE day = '2019-06-30' -- every Monday",
        "cron: 0 9 * * MON  # run on Monday mornings",
    ],
)
def test_program_code_gives_no_event(code: str) -> None:
    assert phrases([Paragraph(kind="code", text=code)]) == []
    # The same words as prose do: the code block is what is left out, not the words.
    assert phrases([Paragraph(kind="text", text=code)]) != []


def test_text_around_a_code_block_keeps_its_dates() -> None:
    paragraphs = [
        Paragraph(text="The library shipped on March 3, 2024."),
        Paragraph(kind="code", text="released = '2020-01-01'"),
        Paragraph(text="A patch followed in May 2024."),
    ]
    found = find_dates(paragraphs, ANCHOR)
    assert [(event.value, event.paragraph) for event in found] == [
        ("2024-03-03", 0),
        ("2024-05", 2),
    ]


@pytest.mark.parametrize(
    "row",
    [
        "_ga | 2 years | Stores a visitor identifier for the analytics service.",
        "Ranking in 2023 | Business School | Previous Ranking | Average Score",
        "3 bedroom | $2,438 | 4 movers | 8 hours",
        "Semaglutide | Injection | Adults | Once weekly",
        "Plan | Price | Renews | Every January",
    ],
)
def test_label_cells_of_a_table_row_give_no_event(row: str) -> None:
    assert phrases([Paragraph(text=row)]) == []


def test_a_cell_that_reads_as_text_keeps_its_dates_with_the_cell_as_sentence() -> None:
    row = "4 | Acme Growth | 2017 | Grew the client's sales by a third in March 2024 | $$"
    found = find_dates([Paragraph(text=row)], ANCHOR)
    assert [(event.phrase, event.value) for event in found] == [("March 2024", "2024-03")]
    assert found[0].sentence == "Grew the client's sales by a third in March 2024"


def test_a_title_and_its_site_is_no_table() -> None:
    found = find_dates([Paragraph(kind="heading", text="Best laptops of 2024 | TechSite")], ANCHOR)
    assert [event.value for event in found] == ["2024"]


@pytest.mark.parametrize(
    ("cell", "prose"),
    [
        ("Previous US News Ranking", False),
        ("Entering Fall 2022 Full-Time MBA Acceptance Rate", False),
        ("1 year 24 days", False),
        ("the firm was founded in the spring of that year", True),
        ("By 2025, most firms will face such attacks.", True),
    ],
)
def test_reads_as_text(cell: str, prose: bool) -> None:
    assert tables.reads_as_text(cell) is prose


@pytest.mark.parametrize(
    ("row", "value"),
    [
        ("By Jane Doe | March 3, 2024 | 4 min read", "2024-03-03"),
        ("12 May 2021 | Company founded | Leeds", "2021-05-12"),
    ],
)
def test_a_full_date_in_a_label_cell_stays_with_the_row_as_sentence(row: str, value: str) -> None:
    found = find_dates([Paragraph(text=row)], ANCHOR)
    assert [(event.value, event.sentence) for event in found] == [(value, row)]
