"""TIMEX3's four types and reference values, tense-directed dates, reporting periods, holidays."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Event, Paragraph
from store.timex.dates import find_dates
from store.timex.when import describe_when

D = dt.date
ANCHOR = D(2024, 5, 13)  # a Monday, ISO week 2024-W20


def events(*texts: str, anchor: dt.date | None = ANCHOR) -> list[Event]:
    return find_dates([Paragraph(text=text) for text in texts], anchor)


def one(marked: str, anchor: dt.date | None = ANCHOR) -> Event:
    """The single expression of `marked`, checked to span the "[...]" it marks."""
    text = marked.replace("[", "").replace("]", "")
    found = events(text, anchor=anchor)
    assert len(found) == 1, [event.phrase for event in found]
    assert found[0].phrase == marked[marked.index("[") + 1 : marked.index("]")]
    assert text[found[0].offset : found[0].offset + len(found[0].phrase)] == found[0].phrase
    return found[0]


DURATIONS = [
    ("It lasted [three years].", "P3Y"),
    ("They talked for [two hours].", "PT2H"),
    ("It took [45 minutes].", "PT45M"),
    ("She waited [several days].", "PXD"),
    ("Prices rose over [the past two months].", "P2M"),
    ("It will run for [the next 12 months].", "P12M"),
    ("Sales in [the first nine months] rose.", "P9M"),
    ("He signed a [two-year] contract.", "P2Y"),
    ("The [10-day] trip ended.", "P10D"),
    ("It fell within [days].", "PXD"),
    ("It has stalled for [years].", "PXY"),
    ("It took [nearly a decade].", "P10Y"),
    ("Over [two decades], it grew.", "P20Y"),
    ("Profits fell for [the past two quarters].", "P2Q"),
    ("He stayed for [a week].", "P1W"),
    ("It ran for [twenty years].", "P20Y"),
    ("Prices fell in [recent months].", "PXM"),
    ("Talks resume in [coming weeks].", "PXW"),
]


@pytest.mark.parametrize(("marked", "value"), DURATIONS)
def test_a_duration_has_its_value_and_type(marked: str, value: str) -> None:
    event = one(marked)
    assert (event.value, event.type) == (value, "DURATION")


def test_a_duration_counted_from_the_document_date_is_placed_as_its_range() -> None:
    past = one("Prices rose over [the past three years].")
    assert (past.start, past.end) == (D(2021, 5, 13), ANCHOR)
    coming = one("It will run for [the next two weeks].")
    assert (coming.start, coming.end) == (ANCHOR, D(2024, 5, 27))


def test_a_duration_not_anchored_stays_off_the_calendar() -> None:
    event = one("It lasted [three years].")
    assert (event.start, event.end) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "A 10-year-old boy.",
        "The three-year-old filly won.",
        "It happened two years ago.",
        "A quarter of the shares were sold.",
        "Three quarters of voters agreed.",
    ],
)
def test_an_age_or_a_past_point_is_no_duration(text: str) -> None:
    assert all(event.type != "DURATION" for event in events(text))


SETS = [
    ("The paper is printed [daily].", "P1D"),
    ("Reports come out [weekly].", "P1W"),
    ("It is paid [annually].", "P1Y"),
    ("Flights leave [every Monday].", "XXXX-WXX-1"),
    ("Orangemen march [each July].", "XXXX-07"),
    ("She runs [every day].", "P1D"),
    ("He calls [every night].", "XXXX-XX-XXTNI"),
]


@pytest.mark.parametrize(("marked", "value"), SETS)
def test_a_set_has_its_value_and_type(marked: str, value: str) -> None:
    event = one(marked)
    assert (event.value, event.type, event.start) == (value, "SET", None)


REFERENCES = [
    ("Prices are [now] higher.", "PRESENT_REF"),
    ("[Now], the firm is smaller.", "PRESENT_REF"),
    ("The firm [currently] employs 200.", "PRESENT_REF"),
    ("It [recently] moved.", "PAST_REF"),
    ("It was different in [the past].", "PAST_REF"),
    ("In [recent years], it grew.", "PAST_REF"),
    ("It may change in [the future].", "FUTURE_REF"),
    ("It may change in [the near future].", "FUTURE_REF"),
    # TimeML marks "now" in "now that" too: the present, joining a clause.
    ("[Now] that it is over, we rest.", "PRESENT_REF"),
    ("Aqaba is its only outlet [now] that the noose has tightened.", "PRESENT_REF"),
    ("The division is [now] a joint venture.", "PRESENT_REF"),
    ("``[Now] we see that edge eroded.", "PRESENT_REF"),
]


@pytest.mark.parametrize(("marked", "value"), REFERENCES)
def test_a_reference_word_has_its_value(marked: str, value: str) -> None:
    event = one(marked)
    assert (event.value, event.type, event.start) == (value, "DATE", None)


@pytest.mark.parametrize(
    "text", ["He reads Now magazine.", "It rains now and then.", "The past tense."]
)
def test_reference_words_inside_names_and_clauses_are_not_references(text: str) -> None:
    assert events(text) == []


TIMES = [
    ("It rained [this morning].", "2024-05-13TMO"),
    ("They met [Friday evening].", "2024-05-10TEV"),
    ("It was quiet [last night].", "2024-05-12TNI"),
    ("He will speak [tonight].", "2024-05-13TNI"),
    ("They met [Saturday afternoon].", "2024-05-11TAF"),
    ("It happened at [10 p.m. Friday], police said.", "2024-05-10T22:00"),
    ("Talks broke off at [noon Sunday].", "2024-05-12T12:00"),
    ("The offer expires at [5 p.m. EST May 17].", "2024-05-17T17:00"),
    ("We meet at [3:30 pm].", "2024-05-13T15:30"),
    ("It opens at [9 a.m. tomorrow].", "2024-05-14T09:00"),
    ("It closed at [12 am today].", "2024-05-13T00:00"),
    ("It closed at [5 PM].", "2024-05-13T17:00"),
]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Updated: January 2, 2025, 9:06am CST.", "2025-01-02T09:06"),
        # The weekday picks the year: 22 December is a Monday in 2025, of the years around.
        ("The show is on Mon, Dec 22 @ 4:00 pm in the hall.", "2025-12-22T16:00"),
        ("Doors open Saturday, May 11 at 8 p.m.", "2024-05-11T20:00"),
        ("Sat, May 10 @ 8 pm: the gala.", "2025-05-10T20:00"),
        ("The vote is on May 20 at 10 p.m., officials said.", "2024-05-20T22:00"),
        ("It opened on April 2, 2019 at 9 a.m. sharp.", "2019-04-02T09:00"),
    ],
)
def test_a_time_takes_the_day_written_just_before_it(text: str, value: str) -> None:
    times = [event for event in events(text) if event.type == "TIME"]
    assert [event.value for event in times] == [value]


@pytest.mark.parametrize("text", ["They ate at noon.", "Room 5 PM", "It is 5 pmol/l."])
def test_a_time_without_a_day_or_clock_is_left_out(text: str) -> None:
    assert [event.phrase for event in events(text)] == []


@pytest.mark.parametrize(("marked", "value"), TIMES)
def test_a_time_of_day_is_a_time(marked: str, value: str) -> None:
    event = one(marked)
    assert (event.value, event.type, event.start) == (value, "TIME", D.fromisoformat(value[:10]))


# Tense and modal cues decide which way a date without a year points; without one, the
# nearest such date is meant.
DIRECTED = [
    # anchor 2013-03-21, as in the issue
    ("The report is due to be published in [May].", D(2013, 3, 21), "2013-05"),
    ("It will run through [June].", D(2013, 3, 21), "2013-06"),
    ("The shop closed in [May].", D(2013, 3, 21), "2012-05"),
    ("It was signed on [Feb. 28].", D(2013, 3, 21), "2013-02-28"),
    ("They planned to leave on [Thursday].", D(2013, 3, 21), "2013-03-21"),
    ("They will leave on [Thursday].", D(2013, 3, 25), "2013-03-28"),
    # no cue: the nearest
    ("The dividend is payable [Dec. 7].", D(1989, 11, 2), "1989-12-07"),
    ("The dividend is payable [Jan. 2].", D(1989, 11, 2), "1990-01-02"),
    ("Rights expire [Nov. 21].", D(1989, 11, 2), "1989-11-21"),
    ("Results for [September] were strong.", D(1989, 11, 2), "1989-09"),
    # a participle after "to be" is no past tense
    ("The sale is expected to be completed by [Dec. 15].", D(1989, 10, 31), "1989-12-15"),
]


@pytest.mark.parametrize(("marked", "anchor", "value"), DIRECTED)
def test_tense_decides_the_direction(marked: str, anchor: dt.date, value: str) -> None:
    assert one(marked, anchor=anchor).value == value


LAST_MONTHS = [
    (D(1989, 10, 27), "[Last April], it launched.", "1989-04"),
    (D(1989, 3, 27), "[Last April], it launched.", "1988-04"),
    (D(1989, 4, 27), "[Last April], it launched.", "1988-04"),
    (D(1989, 10, 27), "[Next April] it opens.", "1990-04"),
    (D(1989, 2, 27), "[Next April] it opens.", "1989-04"),
    (D(1998, 2, 19), "In [July last year] it fell.", "1997-07"),
    (D(1998, 2, 19), "In [January this year] it rose.", "1998-01"),
    (D(1998, 2, 19), "It ends in [April next year].", "1999-04"),
]


@pytest.mark.parametrize(("anchor", "marked", "value"), LAST_MONTHS)
def test_last_and_next_months_are_the_nearest_past_and_coming_ones(anchor, marked, value):
    assert one(marked, anchor=anchor).value == value


AGO = [
    ("It closed [four years ago].", "2020", "year"),
    ("It closed [a year ago].", "2023", "year"),
    ("It closed [two months ago].", "2024-03", "month"),
    ("It closed [six weeks ago].", "2024-W14", "week"),
    ("It closed [three days ago].", "2024-05-10", "day"),
]


@pytest.mark.parametrize(("marked", "value", "granularity"), AGO)
def test_ago_keeps_the_granularity_of_its_unit(marked: str, value: str, granularity: str) -> None:
    event = one(marked)
    assert (event.value, event.granularity) == (value, granularity)


REPORTING = [
    ("Profit rose in [the quarter].", D(1989, 11, 1), "1989-Q3"),
    ("Sales in [the latest quarter] fell.", D(1989, 11, 1), "1989-Q3"),
    ("Sales in [the current quarter] will fall.", D(1989, 11, 1), "1989-Q4"),
    ("It reported [third-quarter] profit.", D(1989, 11, 1), "1989-Q3"),
    ("It expects [fourth-quarter] profit to rise.", D(1989, 11, 1), "1989-Q4"),
    ("It will report [third-quarter] profit.", D(1989, 11, 1), "1989-Q3"),
    ("Sales for [the year] rose.", D(1989, 11, 1), "1989"),
    ("In [the fiscal year], it lost money.", D(1989, 11, 1), "1989"),
    ("In [fiscal 1988], it earned $17 million.", D(1989, 11, 1), "1988"),
    ("Wages rose from [a year earlier].", D(1998, 2, 6), "1997"),
    ("The church dates from [the 11th century].", D(1998, 2, 6), "10"),
    ("A [20th-century] democrat.", D(1998, 2, 6), "19"),
]


@pytest.mark.parametrize(("marked", "anchor", "value"), REPORTING)
def test_reporting_periods_and_centuries(marked: str, anchor: dt.date, value: str) -> None:
    assert one(marked, anchor=anchor).value == value


def test_a_year_earlier_is_the_named_quarter_a_year_before() -> None:
    found = events(
        "Third-quarter profit rose 11%.",
        "Profit was $5 million, up from $4 million a year earlier.",
        "Sales were $2 billion, against $1.8 billion a year ago.",
        anchor=D(1989, 11, 1),
    )
    assert [(event.phrase, event.value) for event in found] == [
        ("Third-quarter", "1989-Q3"),
        ("a year earlier", "1988-Q3"),
        ("a year ago", "1988-Q3"),
    ]


def test_a_heading_ends_the_reporting_period() -> None:
    paragraphs = [
        Paragraph(text="Third-quarter profit rose 11%."),
        Paragraph(kind="heading", text="Elsewhere"),
        Paragraph(text="The mill opened a year ago."),
    ]
    found = find_dates(paragraphs, D(1989, 11, 1))
    assert [event.value for event in found] == ["1989-Q3", "1988"]


HOLIDAYS = [
    ("Stores opened early on [Black Friday].", D(2024, 11, 30), "2024-11-29"),
    ("[Thanksgiving] dinner was quiet.", D(2024, 11, 30), "2024-11-28"),
    ("He will be home for [Christmas].", D(2024, 11, 30), "2024-12-25"),
    ("Online sales on [Cyber Monday] rose.", D(2023, 12, 1), "2023-11-27"),
    ("They marched on [Good Friday].", D(2024, 4, 2), "2024-03-29"),
    ("Sales on [Black Friday 2019] fell.", D(2024, 11, 30), "2019-11-29"),
    ("[New Year's Eve] was loud.", D(2024, 1, 3), "2023-12-31"),
    ("On [Labor Day], the strike began.", D(2024, 9, 10), "2024-09-02"),
]


@pytest.mark.parametrize(("marked", "anchor", "value"), HOLIDAYS)
def test_holidays_fall_on_their_day(marked: str, anchor: dt.date, value: str) -> None:
    assert one(marked, anchor=anchor).value == value


def test_every_event_has_a_type() -> None:
    found = events("On May 8 it fell [daily] for three years; now it is Friday evening.")
    assert {event.type for event in found} == {"DATE", "SET", "DURATION", "TIME"}


ANAPHORA = [
    ("He was promoted in 1995, and [the following year] he left.", "1996"),
    ("He was promoted in 1995; [a year later] he left.", "1996"),
    ("It opened in 2001. [The previous year] had been hard.", "2000"),
    ("It opened in 2001. [That year], sales doubled.", "2001"),
    ("It was signed on 3 March 2020, and [the next day] it was void.", "2020-03-04"),
    ("It was signed on 3 March 2020 and published [that same day].", "2020-03-03"),
    ("It was signed on 3 March 2020; [the day before], talks broke down.", "2020-03-02"),
    # A weekday before or after the last day given, never that day itself.
    ("Shares fell on Friday, down 4% from [the previous Friday].", "2024-05-03"),
    ("It was signed on Tuesday, May 7; [the following Monday] it was void.", "2024-05-13"),
    ("It was signed on Tuesday, May 7; [the following Wednesday] it was void.", "2024-05-08"),
    ("It was signed on 3 March 2020; [the preceding Sunday] talks broke down.", "2020-03-01"),
    # With no day given, the document date is the day counted from.
    ("Prices were down from [the previous Friday].", "2024-05-10"),
]


@pytest.mark.parametrize(("marked", "value"), ANAPHORA)
def test_an_anaphor_counts_from_the_last_date_given(marked: str, value: str) -> None:
    text = marked.replace("[", "").replace("]", "")
    phrase = marked[marked.index("[") + 1 : marked.index("]")]
    [event] = [event for event in events(text) if event.phrase == phrase]
    assert event.value == value


@pytest.mark.parametrize(
    "text",
    ["The following year was hard.", "That day will come.", "In the next year, prices rise."],
)
def test_an_anaphor_with_nothing_to_count_from_is_left_out(text: str) -> None:
    assert [event.phrase for event in events(text) if event.start is not None] == []


SPOKEN = [
    ("Atlanta, [nineteen ninety-six].", "1996"),
    ("In [nineteen seventy-nine] the army moved.", "1979"),
    ("By [the year two thousand] it was gone.", "2000"),
    ("In [two thousand and one] it began.", "2001"),
]


@pytest.mark.parametrize(("marked", "value"), SPOKEN)
def test_a_spoken_year_is_a_year(marked: str, value: str) -> None:
    assert one(marked).value == value


@pytest.mark.parametrize(
    ("marked", "label"),
    [
        ("It lasted [three years].", "a duration: three years"),
        ("Flights leave [every Monday].", "recurring: every Monday"),
        ("It is paid [annually].", "recurring: annually"),
        ("Prices are [now] higher.", "now: now"),
        ("It [recently] moved.", "in the past: recently"),
        ("It may change in [the future].", "in future: the future"),
        ("Prices rose over [the past three years].", "13 May 2021 – 13 May 2024"),
    ],
)
def test_what_the_timeline_says_of_an_expression_off_the_calendar(marked: str, label: str):
    assert describe_when(one(marked)) == label


def test_a_stored_duration_without_its_type_is_still_read_as_one() -> None:
    stored = Event(phrase="three years", value="P3Y")  # as a case without the type column
    assert describe_when(stored) == "a duration: three years"
    assert describe_when(Event(phrase="on Saturday")) == "unresolved: on Saturday"


@pytest.mark.parametrize(
    ("marked", "anchor", "value"),
    [
        ("Talks went on over [the weekend].", D(2024, 5, 13), "2024-W19-WE"),
        ("Talks will go on over [the weekend].", D(2024, 5, 13), "2024-W20-WE"),
        ("Talks went on over [the weekend].", D(2024, 5, 12), "2024-W19-WE"),
    ],
)
def test_the_weekend_is_the_last_one_or_the_coming_one(marked, anchor, value):
    assert one(marked, anchor=anchor).value == value


def test_an_older_year_needs_a_word_that_makes_it_one() -> None:
    assert one("Cuba won independence from Spain in [1898].").value == "1898"
    assert events("The 1898 rooms were sold.") == []


def test_a_bound_year_does_not_set_the_story_s_year() -> None:
    found = events("Profits have risen since 1980. In September, it announced a plan.")
    assert [event.value for event in found] == ["1980", "2023-09"]


def test_a_verb_after_the_expression_gives_its_tense() -> None:
    # No verb before "In January": the one after it says the past, then the future.
    assert one("In [January], the firm hired 20 people.", anchor=D(1989, 10, 27)).value == (
        "1989-01"
    )
    assert one("In [January], the firm will hire 20 people.", anchor=D(1989, 10, 27)).value == (
        "1990-01"
    )


@pytest.mark.parametrize(
    ("marked", "anchor", "value"),
    [
        # the case: a plan points ahead
        ("The team planned to leave Nairobi on [Thursday].", D(1998, 9, 30), "1998-10-01"),
        ("She said it would close in [March].", D(1989, 10, 27), "1990-03"),
        # a past verb right before the day dates the telling, whatever else the sentence says
        ("It will not stop the ruling, Cuba predicted [Wednesday].", D(2000, 1, 7), "2000-01-05"),
        (
            "Since the decision was announced [Wednesday], they will appeal.",
            D(2000, 1, 7),
            "2000-01-05",
        ),
    ],
)
def test_plans_point_ahead_and_a_telling_is_dated_by_its_verb(marked, anchor, value):
    assert one(marked, anchor=anchor).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A time on a weekday reads the weekday as a weekday alone does: a deadline is the
        # coming one whatever the verb's tense, a possessive the nearest, a plan the nearest.
        ("They have been given until 9 a.m. Tuesday to sign.", "2024-05-14T09:00"),
        ("The agency extended its deadline until 5 p.m. EST Friday.", "2024-05-17T17:00"),
        ("Bids were due by noon Wednesday.", "2024-05-15T12:00"),
        ("Protesters planned a march at 10 a.m. Tuesday.", "2024-05-14T10:00"),
        # A past verb with no deadline keeps the day past.
        ("The blast struck at 10 a.m. Tuesday.", "2024-05-07T10:00"),
        ("They had filed their bids by noon Wednesday.", "2024-05-08T12:00"),
    ],
)
def test_a_time_on_a_weekday_reads_the_weekday_alone(text: str, value: str) -> None:
    times = [event for event in events(text) if event.type == "TIME"]
    assert [event.value for event in times] == [value]
