"""store.timex.dates: temporal expressions resolved against the document date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from store.models import Event, Paragraph
from store.timex.dates import estimate_date, find_dates, publication_event

D = dt.date
ANCHOR = D(2024, 5, 13)  # a Monday, ISO week 2024-W20
FIXTURES = Path(__file__).parents[2] / "fixtures" / "dates"


def dates(*texts: str, anchor: dt.date | None = ANCHOR) -> list[Event]:
    return find_dates([Paragraph(text=text) for text in texts], anchor)


def one(text: str, anchor: dt.date | None = ANCHOR) -> Event:
    events = dates(text, anchor=anchor)
    assert len(events) == 1, [event.phrase for event in events]
    return events[0]


def summary(event: Event) -> tuple:
    return (event.phrase, event.value, event.start, event.end, event.granularity, event.modifier)


def described(event: Event) -> str:
    modifier = f" {event.modifier}" if event.modifier else ""
    return f"{event.start}..{event.end} {event.granularity}{modifier}"


def load_fixture(name: str) -> list[Paragraph]:
    """A cleaned article: paragraphs separated by blank lines, headings marked "## "."""
    paragraphs = []
    for block in (FIXTURES / name).read_text(encoding="utf-8").split("\n\n"):
        if block.startswith("## "):
            paragraphs.append(Paragraph(kind="heading", text=block[3:].strip()))
        elif block.strip():
            paragraphs.append(Paragraph(text=block.strip()))
    return paragraphs


# "[phrase]" marks the expected phrase in its text; then the value, and "start..end granularity
# [modifier]", with the document dated ANCHOR.
EXPRESSIONS = [
    # explicit days
    ("It began on [12 May 2024].", "2024-05-12", "2024-05-12..2024-05-12 day"),
    ("Filed [May 8, 2024] in court.", "2024-05-08", "2024-05-08..2024-05-08 day"),
    ("Posted [2024-05-08] online.", "2024-05-08", "2024-05-08..2024-05-08 day"),
    ("Since [the 8th of May 2024].", "2024-05-08", "2024-05-08..2024-05-13 day since"),
    ("It was [Tuesday, May 7, 2024].", "2024-05-07", "2024-05-07..2024-05-07 day"),
    ("Due [Jan. 5, 2024] at noon.", "2024-01-05", "2024-01-05..2024-01-05 day"),
    ("Signed on [May 8] by both.", "2024-05-08", "2024-05-08..2024-05-08 day"),
    ("Signed on [May 13] by both.", "2024-05-13", "2024-05-13..2024-05-13 day"),
    ("Signed on [June 20] by both.", "2023-06-20", "2023-06-20..2023-06-20 day"),
    ("Held [3 Sept 2023] there.", "2023-09-03", "2023-09-03..2023-09-03 day"),
    # months and years
    ("In [May 2023], progress stalled.", "2023-05", "2023-05-01..2023-05-31 month"),
    ("It was banned in [2018] too.", "2018", "2018-01-01..2018-12-31 year"),
    ("They met in [March] to talk.", "2024-03", "2024-03-01..2024-03-31 month"),
    ("They met in [May] to talk.", "2024-05", "2024-05-01..2024-05-31 month"),
    ("They met in [June] to talk.", "2023-06", "2023-06-01..2023-06-30 month"),
    ("[Last March], the minister spoke.", "2024-03", "2024-03-01..2024-03-31 month"),
    ("[Last June], the minister spoke.", "2023-06", "2023-06-01..2023-06-30 month"),
    ("[Next March] they vote.", "2025-03", "2025-03-01..2025-03-31 month"),
    ("[Next June] they vote.", "2024-06", "2024-06-01..2024-06-30 month"),
    ("It opened in [January this year].", "2024-01", "2024-01-01..2024-01-31 month"),
    ("It opens in [April next year].", "2025-04", "2025-04-01..2025-04-30 month"),
    ("It rained [last May] as well.", "2023-05", "2023-05-01..2023-05-31 month"),
    ("It opens [next March], they say.", "2025-03", "2025-03-01..2025-03-31 month"),
    ("[January] was the coldest.", "2024-01", "2024-01-01..2024-01-31 month"),
    # relative to the document date
    ("Sales fell [last year].", "2023", "2023-01-01..2023-12-31 year"),
    ("Sales fell [this year].", "2024", "2024-01-01..2024-12-31 year"),
    ("Sales will fall [next year].", "2025", "2025-01-01..2025-12-31 year"),
    ("Sales fell [last month].", "2024-04", "2024-04-01..2024-04-30 month"),
    ("Sales fell [this month].", "2024-05", "2024-05-01..2024-05-31 month"),
    ("[This week] the minister spoke.", "2024-W20", "2024-05-13..2024-05-19 week"),
    ("[Last week] the minister spoke.", "2024-W19", "2024-05-06..2024-05-12 week"),
    ("It came out [yesterday].", "2024-05-12", "2024-05-12..2024-05-12 day"),
    ("It came out [today].", "2024-05-13", "2024-05-13..2024-05-13 day"),
    ("It comes out [tomorrow].", "2024-05-14", "2024-05-14..2024-05-14 day"),
    ("They met on [Saturday].", "2024-05-11", "2024-05-11..2024-05-11 day"),
    ("They met [last Wednesday].", "2024-05-08", "2024-05-08..2024-05-08 day"),
    ("They meet [next Friday].", "2024-05-24", "2024-05-24..2024-05-24 day"),
    ("It rained [last night].", "2024-05-12TNI", "2024-05-12..2024-05-12 day"),
    ("They met [Friday evening].", "2024-05-10TEV", "2024-05-10..2024-05-10 day"),
    ("A race [this weekend].", "2024-W20-WE", "2024-05-18..2024-05-19 week"),
    ("Profits fell [last quarter].", "2024-Q1", "2024-01-01..2024-03-31 quarter"),
    ("He resigned [earlier this month].", "2024-05", "2024-05-01..2024-05-13 month"),
    ("A vote [later this year].", "2024", "2024-05-13..2024-12-31 year"),
    ("It closed [three days ago].", "2024-05-10", "2024-05-10..2024-05-10 day"),
    ("It closed [2 weeks ago].", "2024-W18", "2024-04-29..2024-05-05 week"),
    ("It closed [a year ago].", "2023", "2023-01-01..2023-12-31 year"),
    ("It closed [four years ago].", "2020", "2020-01-01..2020-12-31 year"),
    ("It closed [three months ago].", "2024-02", "2024-02-01..2024-02-29 month"),
    ("It closed [three days ago].", "2024-05-10", "2024-05-10..2024-05-10 day"),
    # parts of periods
    ("Issued in [early June], it said.", "2023-06", "2023-06-01..2023-06-10 month early"),
    ("Prices peaked in [mid-2023].", "2023", "2023-05-01..2023-08-31 year mid"),
    ("Talks began [late last year].", "2023", "2023-09-01..2023-12-31 year late"),
    ("Due in [early 2024].", "2024", "2024-01-01..2024-04-30 year early"),
    ("Due by [the end of May].", "2024-05", "2024-05-21..2024-05-31 month late"),
    ("Since [the beginning of 2020].", "2020", "2020-01-01..2024-05-13 year since"),
    ("Votes counted in [mid-March].", "2024-03", "2024-03-11..2024-03-20 month mid"),
    ("Done by [the end of the year].", "2024", "2024-09-01..2024-12-31 year late"),
    ("Hits of [the early 1990s].", "199", "1990-01-01..1993-12-31 decade early"),
    ("Dry in [late summer 2023].", "2023-SU", "2023-08-01..2023-08-31 season late"),
    # seasons and quarters
    ("Launched [summer 2023].", "2023-SU", "2023-06-01..2023-08-31 season"),
    ("Planted in [the spring].", "2024-SP", "2024-03-01..2024-05-31 season"),
    ("Flooded [last summer].", "2023-SU", "2023-06-01..2023-08-31 season"),
    ("Revenue in [Q2 2024] rose.", "2024-Q2", "2024-04-01..2024-06-30 quarter"),
    ("In [the second quarter of 2024], revenue rose.", "2024-Q2", "2024-04-01..2024-06-30 quarter"),
    ("Revenue in [the fourth quarter] rose.", "2023-Q4", "2023-10-01..2023-12-31 quarter"),
    ("Invited to meet since [January].", "2024-01", "2024-01-01..2024-05-13 month since"),
    ("Banned since [2018] there.", "2018", "2018-01-01..2024-05-13 year since"),
    # years inside names, decades
    ("The logo for the [2023] National Day.", "2023", "2023-01-01..2023-12-31 year"),
    ("Music of [the 1990s] returned.", "199", "1990-01-01..1999-12-31 decade"),
    ("Born in [the 2000s].", "200", "2000-01-01..2009-12-31 decade"),
    ("Looking back at [2023]'s best.", "2023", "2023-01-01..2023-12-31 year"),
]


@pytest.mark.parametrize(("marked", "value", "covers"), EXPRESSIONS)
def test_expression_resolves(marked, value, covers):
    text = marked.replace("[", "").replace("]", "")
    phrase = marked[marked.index("[") + 1 : marked.index("]")]
    event = one(text)
    assert (event.phrase, event.value, described(event)) == (phrase, value, covers)
    assert event.offset == text.index(phrase)


NOT_DATES = [
    "Since then, commentary has been positive.",
    "They blocked 1.8 million IP addresses.",
    "Around eight million Spaniards were affected.",
    "Some 2023 people attended.",
    "Whatever it may be, it may be late.",
    "That may ultimately limit the response.",
    "May the best team win.",
    "Theresa May said no.",
    "April said she would come.",
    "They March on the capital.",
    "News runs 24/7 here.",
    "The meeting is at 10:30 sharp.",
    "Upgrade to version 2.1.0 or Python 3.11.",
    "Call 555-2024 for details.",
    "Read https://example.com/2024/05/08/may-2024 and www.example.org/January-2024 here.",
    "There is a spring in the garden.",
    "After the fall of Kabul, prices rose.",
    "A fall in prices.",
    "In the next year, prices may rise.",
    "The last week of the trial.",
    "Castles of the 1800s.",
    "It cost $2024 and rose 2024% in 2023.5 cycles.",
    "Some 1,999 people came.",
    "What a year it was.",
    "Maybe they will.",
    "On May 32 and February 30.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text):
    assert [event.phrase for event in dates(text)] == []


def test_a_bare_month_without_a_cue_counts_unless_its_name_is_ambiguous():
    assert [event.value for event in dates("January saw snow; May saw rain.")] == ["2024-01"]
    assert [event.value for event in dates("Snow fell, but in May it rained.")] == ["2024-05"]


def test_a_may_with_a_day_or_year_is_a_month_even_at_a_sentence_start():
    assert [event.value for event in dates("May 8 was sunny. May 2023 was not.")] == [
        "2024-05-08",
        "2023-05",
    ]


def test_a_year_alone_needs_a_cue_but_a_range_end_or_list_item_takes_the_first_ones():
    assert dates("Between 1500 and 2000 people came.") == []
    assert [event.value for event in dates("In 2019 and 2020 it grew.")] == ["2019", "2020"]
    assert [event.value for event in dates("Theresa May and June Smith.")] == []


def test_seed_001_dated_article_yields_its_timeline():
    found = find_dates(load_fixture("seed_001.txt"), D(2024, 5, 13))
    events = [event for event in found if event.start is not None]
    assert [(event.phrase, event.value) for event in found if event.start is None] == [
        ("now", "PRESENT_REF"),
        ("days", "PXD"),  # "Within days, communications ... improved"
        ("now", "PRESENT_REF"),
        ("recently", "PAST_REF"),
        ("now", "PRESENT_REF"),
    ]
    assert [(event.phrase, event.value) for event in events] == [
        ("last year", "2023"),
        ("2018", "2018"),
        ("2020", "2020"),
        ("Last March", "2024-03"),
        ("May 2023", "2023-05"),
        ("early June", "2023-06"),
        ("This week", "2024-W20"),
        ("this week", "2024-W20"),
        ("April", "2024-04"),
    ]
    early_june = events[5]
    assert (early_june.modifier, early_june.start, early_june.end) == (
        "early",
        D(2023, 6, 1),
        D(2023, 6, 10),
    )
    assert events[3].sentence.startswith("Last March, Minister Fahmi Fadzil")
    assert events[3].sentence.endswith("security.")


# A range is its two ends, as TimeML marks them; a start without a year takes the end's.
RANGES = [
    ("It ran from [2020] to [2022].", ["2020", "2022"]),
    ("It ran between [2020] and [2022].", ["2020", "2022"]),
    ("The [2020]-[2022] board resigned.", ["2020", "2022"]),
    ("In the [2019]–[20] season.", ["2019", "2020"]),
    ("Raids in [2009]-[2010] stopped.", ["2009", "2010"]),
    ("Open from [March] to [May 2023].", ["2023-03", "2023-05"]),
    ("Shut from [December] to [February 2024].", ["2023-12", "2024-02"]),
    ("Open from [May] until [June 2023].", ["2023-05", "2023-06"]),
    ("Shut from [12 May] to [3 June 2022].", ["2022-05-12", "2022-06-03"]),
]


@pytest.mark.parametrize(("marked", "values"), RANGES)
def test_a_range_is_two_expressions(marked, values):
    text = marked.replace("[", "").replace("]", "")
    phrases = [piece.split("]")[0] for piece in marked.split("[")[1:]]
    events = dates(text)
    assert [(event.phrase, event.value) for event in events] == list(
        zip(phrases, values, strict=True)
    )
    for event in events:
        assert text[event.offset : event.offset + len(event.phrase)] == event.phrase


def test_seed_000_undated_article_resolves_only_its_absolute_dates():
    events = find_dates(load_fixture("seed_000.txt"), None)
    assert [(event.phrase, event.value, event.granularity, event.modifier) for event in events] == [
        ("2023", "2023", "year", None),
        ("Saturday", None, "day", None),
        ("January", None, "month", "since"),
        ("today", None, "day", "until"),
    ]
    assert all(event.start is None and event.end is None for event in events[1:])
    assert estimate_date(events) == D(2023, 12, 31)


@pytest.mark.parametrize("name", ["seed_000.txt", "seed_001.txt"])
def test_every_event_points_at_its_phrase_and_sentence(name):
    paragraphs = load_fixture(name)
    for event in find_dates(paragraphs, ANCHOR):
        text = paragraphs[event.paragraph].text
        assert text[event.offset : event.offset + len(event.phrase)] == event.phrase
        assert event.phrase in event.sentence
        assert event.sentence in text


# The narrative's reference year, for expressions without a year of their own.


def test_an_adverbial_year_sets_the_year_of_a_following_bare_month():
    assert [event.value for event in dates("In 2019, the firm launched. In March, it grew.")] == [
        "2019",
        "2019-03",
    ]


def test_the_narrative_year_holds_for_its_paragraph_only():
    events = dates("In 2019, it launched. In March, it grew.", "In March, it shrank.")
    assert [event.value for event in events] == ["2019", "2019-03", "2024-03"]


def test_the_document_date_wins_over_a_year_from_an_earlier_paragraph():
    # A 2013-03-21 article: "On Feb. 28" is 2013-02-28 however 2011 came up before.
    events = dates(
        "The company was founded in 2011.",
        "On Feb. 28, it filed its accounts.",
        anchor=D(2013, 3, 21),
    )
    assert [event.value for event in events] == ["2011", "2013-02-28"]


def test_a_heading_ends_the_narrative_year():
    paragraphs = [
        Paragraph(text="In 2019, it launched."),
        Paragraph(kind="heading", text="What came next"),
        Paragraph(text="In March, it grew."),
    ]
    assert [event.value for event in find_dates(paragraphs, ANCHOR)] == ["2019", "2024-03"]


def test_this_week_brings_the_narrative_back_to_the_document_date():
    events = dates("In May 2023, talks failed. This week they met after talks in April.")
    assert [event.value for event in events] == ["2023-05", "2024-W20", "2024-04"]


def test_last_year_sets_the_narrative_year_and_a_named_year_does_not():
    assert [event.value for event in dates("Last year it cut jobs. In March, it hired.")] == [
        "2023",
        "2023-03",
    ]
    assert [event.value for event in dates("The 2019 census. In March, it hired.")] == [
        "2019",
        "2024-03",
    ]


def test_deictic_expressions_ignore_the_narrative_year():
    assert [event.value for event in dates("In 2019, it began. Last June it ended.")] == [
        "2019",
        "2023-06",
    ]


def test_the_narrative_year_resolves_bare_months_in_an_undated_document():
    assert [
        event.value for event in dates("In 2019, it began. In March, it grew.", anchor=None)
    ] == [
        "2019",
        "2019-03",
    ]


# Document dates at year ends, leap days, weeks straddling years.


@pytest.mark.parametrize(
    ("anchor", "text", "value", "start", "end"),
    [
        (D(2024, 1, 2), "last December", "2023-12", D(2023, 12, 1), D(2023, 12, 31)),
        (D(2024, 1, 2), "in December", "2023-12", D(2023, 12, 1), D(2023, 12, 31)),
        (D(2024, 1, 2), "last month", "2023-12", D(2023, 12, 1), D(2023, 12, 31)),
        (D(2024, 1, 2), "this week", "2024-W01", D(2024, 1, 1), D(2024, 1, 7)),
        (D(2024, 1, 2), "last week", "2023-W52", D(2023, 12, 25), D(2023, 12, 31)),
        (D(2021, 1, 1), "this week", "2020-W53", D(2020, 12, 28), D(2021, 1, 3)),
        (D(2024, 12, 31), "this week", "2025-W01", D(2024, 12, 30), D(2025, 1, 5)),
        (D(2024, 12, 31), "next month", "2025-01", D(2025, 1, 1), D(2025, 1, 31)),
        (D(2024, 1, 15), "in the winter", "2023-WI", D(2023, 12, 1), D(2024, 2, 29)),
        (D(2024, 2, 29), "a year ago", "2023", D(2023, 1, 1), D(2023, 12, 31)),
        (D(2024, 3, 31), "one month ago", "2024-02", D(2024, 2, 1), D(2024, 2, 29)),
        (D(2024, 2, 29), "a day ago", "2024-02-28", D(2024, 2, 28), D(2024, 2, 28)),
        (D(2023, 6, 1), "on February 29", "2020-02-29", D(2020, 2, 29), D(2020, 2, 29)),
        (D(2024, 5, 11), "on Saturday", "2024-05-11", D(2024, 5, 11), D(2024, 5, 11)),
        (D(2024, 5, 12), "last Saturday", "2024-05-04", D(2024, 5, 4), D(2024, 5, 4)),
    ],
)
def test_calendar_edges(anchor, text, value, start, end):
    event = one(f"It was {text}.", anchor)
    assert (event.value, event.start, event.end) == (value, start, end)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The council will meet on Saturday.", "2024-05-18"),
        ("It will open in March.", "2025-03"),
        ("They'll sign on April 8.", "2025-04-08"),
        ("Residents will be consulted in the summer.", "2024-SU"),
        ("It is expected to report in the second quarter.", "2024-Q2"),
        ("He will retire. It opened in March.", "2024-03"),  # the future ended with its sentence
    ],
)
def test_the_future_tense_resolves_bare_dates_forward(text, value):
    assert one(text).value == value


def test_without_a_document_date_relative_expressions_stay_unresolved():
    events = dates("Last year, on Saturday, in April and since 2018, in May 2023.", anchor=None)
    assert [summary(event) for event in events] == [
        ("Last year", None, None, None, "year", None),
        ("Saturday", None, None, None, "day", None),
        ("April", None, None, None, "month", None),
        ("2018", "2018", D(2018, 1, 1), None, "year", "since"),
        ("May 2023", "2023-05", D(2023, 5, 1), D(2023, 5, 31), "month", None),
    ]


def test_headings_are_searched_too():
    paragraphs = [Paragraph(kind="heading", text="What Happened In May 2023"), Paragraph(text="x")]
    [event] = find_dates(paragraphs, ANCHOR)
    assert (event.phrase, event.paragraph, event.offset) == ("May 2023", 0, 17)


def test_the_sentence_is_the_one_holding_the_phrase():
    [event] = dates("Mr. Smith spoke. Then, in 2020, he left! Nobody knew why.")
    assert event.sentence == "Then, in 2020, he left!"
    [event] = dates("Dr. Jones left the U.S. in 2020 for good. Later he returned.")
    assert event.sentence == "Dr. Jones left the U.S. in 2020 for good."


def test_events_come_in_document_order_across_paragraphs():
    events = dates("In 2020 and last year.", "", "Yesterday, in 2019.")
    assert [(event.paragraph, event.phrase) for event in events] == [
        (0, "2020"),
        (0, "last year"),
        (2, "Yesterday"),
        (2, "2019"),
    ]


def test_publication_event():
    event = publication_event(D(2024, 5, 13), title="Telegram ready")
    assert summary(event) == (
        "published",
        "2024-05-13",
        D(2024, 5, 13),
        D(2024, 5, 13),
        "day",
        None,
    )
    assert (event.kind, event.sentence, event.paragraph, event.offset) == (
        "published",
        "Telegram ready",
        -1,
        -1,
    )


def test_estimate_date_is_the_last_day_reached_by_a_resolved_event():
    events = dates("In 2018, on Saturday, then on May 8, 2021 and in March 2020.", anchor=None)
    assert estimate_date(events) == D(2021, 5, 8)
    assert estimate_date(dates("On Saturday, last year.", anchor=None)) is None
    assert estimate_date([]) is None


@pytest.mark.parametrize(
    ("anchor", "text", "value"),
    [
        # The latest such day before the document's: two days back or more...
        (D(2025, 3, 12), "last Monday", "2025-03-10"),  # a Wednesday
        (D(2025, 3, 13), "last Tuesday", "2025-03-11"),  # a Thursday
        (D(2025, 3, 10), "last Friday", "2025-03-07"),  # a Monday
        (D(2025, 3, 14), "last Monday", "2025-03-10"),  # a Friday
        # ...the same weekday a week before...
        (D(2025, 3, 12), "last Wednesday", "2025-03-05"),
        # ...and never the day before, which would be "yesterday".
        (D(2025, 3, 12), "last Tuesday", "2025-03-04"),
        (D(2025, 3, 9), "last Saturday", "2025-03-01"),  # a Sunday
        # Across a year's end.
        (D(2025, 1, 2), "last Monday", "2024-12-30"),
    ],
)
def test_last_weekday_is_the_latest_before_but_yesterday(
    anchor: dt.date, text: str, value: str
) -> None:
    assert one(f"They met {text}.", anchor).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # An abbreviated weekday before a month and day picks the year it falls on.
        ("Mon, Dec 22: carols in the square.", "Mon, Dec 22", "2025-12-22"),
        ("Tue. 3 June, doors open at 7.", "Tue. 3 June", "2025-06-03"),
        ("Thurs., May 16: the fair opens.", "Thurs., May 16", "2024-05-16"),
        ("Fri, 10 May was the last day.", "Fri, 10 May", "2024-05-10"),
        # Without its stop or comma an abbreviation is a word, not a weekday.
        ("Wed Dec 10 is the deadline.", "Dec 10", "2023-12-10"),
        # A weekday no nearby year matches is a misprint: the tense decides.
        ("Tue, May 12 was busy.", "Tue, May 12", "2024-05-12"),
    ],
)
def test_an_abbreviated_weekday_picks_the_year(text: str, phrase: str, value: str) -> None:
    event = one(text)
    assert (event.phrase, event.value) == (phrase, value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A present "is"/"are" placing an event on a day: a schedule, so the day to come.
        ("The vote is Tuesday.", "Tuesday", "2024-05-14"),
        ("The hearing is on Friday.", "Friday", "2024-05-17"),
        ("The meeting is at 3 p.m. on Thursday.", "3 p.m. on Thursday", "2024-05-16T15:00"),
        ("Elections are in November.", "November", "2024-11"),
        ("The finals are on Sunday morning.", "Sunday morning", "2024-05-19TMO"),
        # The past tense, and the day or month it is now, are no schedule.
        ("The vote was Tuesday.", "Tuesday", "2024-05-07"),
        ("It is December already, he joked.", "December", "2023-12"),
    ],
)
def test_a_present_schedule_is_to_come(text: str, phrase: str, value: str) -> None:
    event = one(text)
    assert (event.phrase, event.value) == (phrase, value)


def test_opening_hours_in_the_present_stay_a_schedule() -> None:
    # "are" before hours is a timetable's: no date at all.
    assert dates("Office hours are 9:30am to 4:30pm, Monday through Thursday.") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A day as an ordinal word, after a cue, a weekday, or with its year.
        ("The vote is on May eighth.", "May eighth", "2024-05-08"),
        ("It happened on June twenty-first.", "June twenty-first", "2023-06-21"),
        ("The fair closes by August thirty-first.", "August thirty-first", "2024-08-31"),
        ("They met on May first, 2019.", "May first, 2019", "2019-05-01"),
        ("Come on Saturday, May eighteenth.", "Saturday, May eighteenth", "2024-05-18"),
        ("The deadline of Dec. twelfth passed.", "Dec. twelfth", "2023-12-12"),
    ],
)
def test_an_ordinal_word_day(text: str, phrase: str, value: str) -> None:
    event = one(text)
    assert (event.phrase, event.value) == (phrase, value)


@pytest.mark.parametrize(
    "text",
    [
        "He finished June third in the rankings.",  # a rank, no cue
        "Sales in March second-quarter terms.",  # an adjective follows
        "In March, first-time buyers rushed in.",  # a comma between
    ],
)
def test_an_ordinal_word_after_a_month_is_not_always_a_day(text: str) -> None:
    assert not [event.phrase for event in dates(text) if event.granularity == "day"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Month, year" with a comma is the month of that year where the phrase ends there...
        ("Last posted December, 2025", [("December, 2025", "2025-12")]),
        ("It opened in March, 2019, to crowds.", [("March, 2019", "2019-03")]),
        ("Sales peaked in June, 2021 and fell.", [("June, 2021", "2021-06")]),
        # ...and a month and then a count where a noun follows the number.
        ("In December, 2000 people marched.", [("December", "2023-12")]),
        ("In October, 1500 workers struck.", [("October", "2023-10")]),
    ],
)
def test_a_month_a_comma_and_a_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(event.phrase, event.value) for event in dates(text)] == expected
