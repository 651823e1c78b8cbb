"""A company report's periods: named by a year ("the 1988 second quarter", "the 1989 period"), a
possessive year ("this year's third quarter"), a relation ("the latest period", "the year-ago
period") or a length ("the year ended June 30")."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Event, Paragraph
from store.timex.dates import find_dates

D = dt.date
ANCHOR = D(1989, 11, 2)


def events(*texts: str, anchor: dt.date | None = ANCHOR) -> list[Event]:
    return find_dates([Paragraph(text=text) for text in texts], anchor)


def pairs(*texts: str, anchor: dt.date | None = ANCHOR) -> list[tuple[str, str | None]]:
    return [(event.phrase, event.value) for event in events(*texts, anchor=anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # With a quarter named first, "period" and a numberless quarter are that quarter.
        ("Second-quarter profit rose. In the 1988 period, it lost money.",
         [("Second-quarter", "1989-Q2"), ("the 1988 period", "1988-Q2")]),
        ("Second-quarter profit rose. The latest period had gains.",
         [("Second-quarter", "1989-Q2"), ("The latest period", "1989-Q2")]),
        ("Second-quarter profit rose from the year-ago period.",
         [("Second-quarter", "1989-Q2"), ("the year-ago period", "1988-Q2")]),
        ("Second-quarter sales rose; last year's quarter was weak.",
         [("Second-quarter", "1989-Q2"), ("last year's quarter", "1988-Q2")]),
        # A quarter without its number and no quarter named: the last one closed.
        ("In the year-ago quarter, it lost.", [("the year-ago quarter", "1988-Q3")]),
        ("In the comparable year-ago quarter, it lost.",
         [("the comparable year-ago quarter", "1988-Q3")]),
        ("Sales for last year's quarter fell.", [("last year's quarter", "1988-Q3")]),
        # A quarter with its number: that number, in the year named.
        ("It took a charge in the 1988 second quarter.", [("the 1988 second quarter", "1988-Q2")]),
        ("Sales for this year's third quarter fell.", [("this year's third quarter", "1989-Q3")]),
        ("It could close in next year's first quarter.",
         [("next year's first quarter", "1990-Q1")]),
        ("Net was up from the year-ago third quarter.",
         [("the year-ago third quarter", "1988-Q3")]),
    ],
)  # fmt: skip
def test_a_report_period_is_a_quarter(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


def test_a_period_derived_from_the_named_quarter_does_not_replace_it() -> None:
    # "the year-ago period" is 1988-Q2, but the report is still about 1989-Q2.
    found = pairs(
        "Second-quarter profit rose from the year-ago period. The latest period had gains."
    )
    assert found[-1] == ("The latest period", "1989-Q2")


def test_a_year_with_period_and_no_document_date_is_left_out() -> None:
    assert pairs("In the 1988 period, it lost money.", anchor=None) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Period" is a quarter only where the text named one: elsewhere it may be an era;
        # one a year back is still the year before.
        ("The latest period of calm ended.", []),
        ("Earnings in the year-earlier period were lower.", [("the year-earlier period", "1988")]),
        ("Furniture of the 1920 period sold well.", [("the 1920 period", "1920")]),
        ("Sales for last year's period fell.", [("last year's period", "1988")]),
    ],
)
def test_a_period_with_no_quarter_named_is_no_quarter(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("For the year ended June 30, it earned more.", "the year"),
        ("In the fiscal year that ended March 31, it lost.", "the fiscal year"),
        ("It expects a loss for the year ending tomorrow.", "the year"),
        ("Sales for the full year ended Dec. 31 rose.", "the full year"),
    ],
)
def test_the_year_ended_a_date_is_a_year_long(text: str, phrase: str) -> None:
    first = events(text)[0]
    assert (first.phrase, first.value, first.type) == (phrase, "P1Y", "DURATION")


def test_a_year_not_ending_is_still_the_documents_year() -> None:
    assert pairs("Profit for the year will rise.") == [("the year", "1989")]


@pytest.mark.parametrize(
    "text",
    [
        "The period of mourning ended.",
        "During that period, it grew.",
        "The trial period ended early.",
        "Each quarter-final ended late.",
    ],
)
def test_periods_not_of_a_report_are_no_dates(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It posted a loss for its fourth quarter.", [("fourth quarter", "1989-Q4")]),
        ("Sun's second quarter was weak.", [("second quarter", "1989-Q2")]),
        ("Delta soared in the fiscal first quarter.", [("the fiscal first quarter", "1989-Q1")]),
        # "the" of "the third-quarter profit" is the profit's.
        ("It reported the third-quarter profit.", [("third-quarter", "1989-Q3")]),
        ("Profit in the third quarter rose.", [("the third quarter", "1989-Q3")]),
        # "a second quarter" is another one, not a date.
        ("A second quarter of growth followed.", []),
    ],
)
def test_a_quarter_of_its_own_or_fiscal(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The quarter reported, a year back, however the year back is said.
        ("Third-quarter net rose. For the quarter a year ago, it earned $3.",
         [("Third-quarter", "1989-Q3"), ("the quarter a year ago", "1988-Q3")]),
        ("Second-quarter net rose from $5 in the comparable period last year.",
         [("Second-quarter", "1989-Q2"), ("the comparable period last year", "1988-Q2")]),
        ("First-quarter sales beat the same quarter of the previous year.",
         [("First-quarter", "1989-Q1"), ("the same quarter of the previous year", "1988-Q1")]),
        ("Fourth-quarter sales beat the corresponding period one year earlier.",
         [("Fourth-quarter", "1989-Q4"),
          ("the corresponding period one year earlier", "1988-Q4")]),
        # No quarter named: a quarter is the last one closed, a period the year before.
        ("Sales in the quarter a year earlier fell.", [("the quarter a year earlier", "1988-Q3")]),
        ("Net fell 5% from the corresponding period last year.",
         [("the corresponding period last year", "1988")]),
        # A bare "period" is any stretch of time; a possessive year is no period's.
        ("He spent the period last year in Paris.", [("last year", "1988")]),
        ("It was the same period last year's results showed.", [("last year", "1988")]),
    ],
)  # fmt: skip
def test_the_reported_period_a_year_back(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A half with its year, written or relative.
        ("Earnings will fall in the last half of 1989.", [("the last half of 1989", "1989-H2")]),
        ("Prices may ease through the first two quarters of 1990.",
         [("the first two quarters of 1990", "1990-H1")]),
        ("It opens in the latter half of 2025.", [("the latter half of 2025", "2025-H2")]),
        ("Hiring resumes in the second half of next year.",
         [("the second half of next year", "1990-H2")]),
        ("In the first half of this year, net rose.", [("the first half of this year", "1989-H1")]),
        ("Growth slowed in the first half of last year.",
         [("the first half of last year", "1988-H1")]),
        # "the year" and the adjective before a reported figure: the narrative's year.
        ("It will recover in the second half of the fiscal year.",
         [("the second half of the fiscal year", "1989-H2")]),
        ("First-half net income rose.", [("First-half", "1989-H1")]),
        ("Its second-half operating profit fell.", [("second-half", "1989-H2")]),
        ("In 1987, first-half sales fell.", [("1987", "1987"), ("first-half", "1987-H1")]),
        # A half of something else, or of a game.
        ("The first half of the book is slow.", []),
        ("Sales rose in the first half.", []),
        ("A first-half goal settled it.", []),
        ("The second-half comeback won the match.", []),
        ("Injuries marred the second half of the season.", []),
    ],
)  # fmt: skip
def test_a_half_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A longer period named after the quarter is what "a year earlier" compares with.
        ("Third-quarter net rose. For the nine months, net was up from a year earlier.",
         [("Third-quarter", "1989-Q3"), ("the nine months", "P9M"), ("a year earlier", "1988")]),
        ("Second-quarter sales fell. First-half profit rose from a year earlier.",
         [("Second-quarter", "1989-Q2"), ("First-half", "1989-H1"), ("a year earlier", "1988")]),
        ("Third-quarter net rose. In the first nine months, it lost less than in the "
         "year-earlier period.",
         [("Third-quarter", "1989-Q3"), ("the first nine months", "P9M"),
          ("the year-earlier period", "1988")]),
        # Until a quarter is named again.
        ("For the nine months, net rose. Third-quarter sales beat those a year earlier.",
         [("the nine months", "P9M"), ("Third-quarter", "1989-Q3"), ("a year earlier", "1988-Q3")]),
        # A quarter named after nothing longer keeps its place.
        ("Third-quarter net was $5 million, up from $4 million a year earlier.",
         [("Third-quarter", "1989-Q3"), ("a year earlier", "1988-Q3")]),
    ],
)  # fmt: skip
def test_a_longer_period_replaces_the_quarter(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # "the same quarter" is the reported one, not the one the document date falls in.
        (
            (
                "Revenue was $5 million in the fourth quarter of 1987.",
                "In the same quarter, costs fell.",
            ),
            [("the fourth quarter of 1987", "1987-Q4"), ("the same quarter", "1987-Q4")],
        ),
        (
            ("Second-quarter profit rose.", "Margins in the same quarter widened."),
            [("Second-quarter", "1989-Q2"), ("the same quarter", "1989-Q2")],
        ),
        # Compared with, it is that quarter a year before: a quarter is not up on itself.
        (
            (
                "Revenue was $5 million in the fourth quarter of 1987, up 20% from the same"
                " quarter.",
            ),
            [("the fourth quarter of 1987", "1987-Q4"), ("the same quarter", "1986-Q4")],
        ),
        (
            ("First-quarter sales beat the same quarter.",),
            [("First-quarter", "1989-Q1"), ("the same quarter", "1988-Q1")],
        ),
        (("Net rose 3% over the same quarter.",), [("the same quarter", "1988-Q3")]),
        # No quarter named: the last closed before the document date.
        (("Profit in the same quarter fell.",), [("the same quarter", "1989-Q3")]),
    ],
)
def test_the_same_quarter_is_the_reported_one(
    texts: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert pairs(*texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # A quarter named by its year and number is the report's from then on: what "a year
        # earlier", "the latest period" and "last year's quarter" refer to.
        (("In this year's second quarter, net was $10 million, up from $9 million a year "
          "earlier.",),
         [("this year's second quarter", "1989-Q2"), ("a year earlier", "1988-Q2")]),
        (("It took a charge in the 1987 first quarter.", "The latest period had gains."),
         [("the 1987 first quarter", "1987-Q1"), ("The latest period", "1987-Q1")]),
        (("This year's first quarter was weak; last year's quarter was strong.",),
         [("This year's first quarter", "1989-Q1"), ("last year's quarter", "1988-Q1")]),
        # Without its number it names no quarter of its own: the last named still holds.
        (("Second-quarter profit rose.", "This year's period had gains, unlike a year ago."),
         [("Second-quarter", "1989-Q2"), ("This year's period", "1989-Q2"),
          ("a year ago", "1988-Q2")]),
    ],
)  # fmt: skip
def test_a_numbered_quarter_of_a_named_year_is_the_reported_one(
    texts: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert pairs(*texts) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # "last year" just after a figure compared with another is the reported quarter, a
        # year back, as "a year earlier" is...
        (("In the third quarter, it lost $23 million, compared with earnings of $33 million "
          "last year.",),
         [("the third quarter", "1989-Q3"), ("last year", "1988-Q3")]),
        (("Second-quarter sales were $14 million, down from $21.4 million last year.",),
         [("Second-quarter", "1989-Q2"), ("last year", "1988-Q2")]),
        # ...the year when no quarter was named, or when no figure stands before it.
        (("Sales will grow to 25% from 20% last year.",), [("last year", "1988")]),
        (("In the third quarter, it lost money. Last year it earned $5 million.",),
         [("the third quarter", "1989-Q3"), ("Last year", "1988")]),
        (("Third-quarter net fell, but last year was worse.",),
         [("Third-quarter", "1989-Q3"), ("last year", "1988")]),
    ],
)  # fmt: skip
def test_last_year_after_a_compared_figure_is_the_quarter_a_year_back(
    texts: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert pairs(*texts) == expected


def test_a_quarter_still_to_come_is_not_the_reported_one() -> None:
    # A forecast names a quarter ahead; "the year-ago period" still compares with the one
    # reported, not with that quarter a year back.
    found = pairs(
        "Third-quarter profit fell. Analysts see losses through the third quarter of 1990.",
        "In the year-ago period, it earned $101 million.",
    )
    assert found == [
        ("Third-quarter", "1989-Q3"),
        ("the third quarter of 1990", "1990-Q3"),
        ("the year-ago period", "1988-Q3"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Words describing the quarter may stand between "the" and its ordinal.
        ("Its loss for the seasonally slow third quarter narrowed from a year earlier.",
         [("third quarter", "1989-Q3"), ("a year earlier", "1988-Q3")]),
        ("Sales in its traditionally strong second quarter fell.",
         [("second quarter", "1989-Q2")]),
        # Not after "a" ("a second quarter" is another one), nor in "straight" runs.
        ("It lost money for a second quarter.", []),
        ("It lost money for the second straight quarter.", []),
    ],
)  # fmt: skip
def test_a_described_quarter_is_still_the_quarter(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "quarter"),
    [
        # A quarter a company closed on a day other than a calendar quarter's end is the
        # calendar quarter most of its three months fall in.
        ("In the quarter ended July 31, it had 5.6 million shares.", "1989-Q2"),
        ("Sales rose in the quarter ended Sept. 30.", "1989-Q3"),
        ("Sales rose in the quarter ended Oct. 1.", "1989-Q3"),
        ("Net fell in the quarter ending Aug. 26, 1988.", "1988-Q3"),
        ("Net rose in the latest quarter ended Jan. 31.", "1988-Q4"),
        # a day still to come this year is last year's
        ("Net fell in the quarter ended Dec. 31.", "1988-Q4"),
        # no day, or one no calendar has: the last quarter closed
        ("Net fell in the quarter.", "1989-Q3"),
        ("Net fell in the quarter ended Feb. 30.", "1989-Q3"),
    ],
)
def test_a_quarter_ended_on_a_day_is_the_calendar_quarter_most_of_it_falls_in(
    text: str, quarter: str
) -> None:
    phrase, value = pairs(text)[0]
    assert phrase.endswith("quarter")
    assert value == quarter


def test_a_numbered_quarter_ended_on_a_day_keeps_its_number() -> None:
    # "the fourth quarter ended Sept. 30" is a fiscal year's fourth: its name, not its months.
    assert pairs("Earnings for its fourth quarter ended Sept. 30 fell.")[0] == (
        "fourth quarter",
        "1989-Q4",
    )
