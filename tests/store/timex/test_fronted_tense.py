"""A month that opens its sentence before a comma takes the tense of the sentence's main verb,
however far on it comes; a verb of a clause of its own ("the rallies that marked it") does
not decide."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import find_dates
from store.timex.tense import tense_direction

ANCHOR = dt.date(1998, 10, 25)


def values(text: str) -> list[tuple[str, str | None]]:
    return [(event.phrase, event.value) for event in find_dates([Paragraph(text=text)], ANCHOR)]


LONG_OPENINGS = [
    # A past main verb far after the month: the January past, not the coming one.
    ("In January, a week after the anniversary of the Roe vs. Wade Supreme Court decision, a "
     "clinic bombing in Birmingham, Ala., killed a security guard.", "1998-01"),
    ("In January, after months of talks between the two unions and the board, Commissioner "
     "Doris Meissner ruled that he should go back.", "1998-01"),
    ("In March, the company, which makes parts for cars and trucks across the region, said "
     "profits will rise.", "1998-03"),
    # The future's words in the main clause: the coming one, whatever past a clause holds.
    ("In January, a week after the anniversary of the decision and the rallies that marked "
     "it, a new clinic will open in Birmingham.", "1999-01"),
    ("In December, after a long and bitter fight over the budget and the taxes it sets, the "
     "council is expected to vote.", "1998-12"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), LONG_OPENINGS)
def test_an_opening_month_takes_the_main_verb_s_tense(text: str, value: str) -> None:
    assert values(text)[0][1] == value


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("In January, after a long winter of talks and strikes, the firm hired staff.", -1),
        ("In January, after a long winter of talks and strikes, the firm will hire staff.", 1),
        # Not opening the sentence, or no comma after it: the nearby words alone decide.
        ("Unlike in January, after a winter of talks, strikes and pickets across the whole "
         "region, the firm hired staff.", 0),
        ("In January the firm, after a winter of talks, strikes and pickets across the whole "
         "region, hired staff.", 0),
    ],
)  # fmt: skip
def test_only_a_fronted_expression_reads_on_to_the_main_verb(text: str, direction: int) -> None:
    start = text.index("January")
    assert tense_direction(text, start, start + len("January")) == direction
