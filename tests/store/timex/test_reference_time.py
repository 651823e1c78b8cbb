"""Which time an expression without its year counts from: the document date, or a year the story
set at the start of a sentence; and which way the tense points from there."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Paragraph
from store.timex.dates import find_dates

D = dt.date
ANCHOR = D(1989, 11, 2)  # a Thursday


def values(*texts: str, anchor: dt.date = ANCHOR) -> dict[str, str | None]:
    paragraphs = [Paragraph(text=text) for text in texts]
    return {event.phrase: event.value for event in find_dates(paragraphs, anchor)}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A year inside a sentence is a fact about something, not the time the story tells of.
        ("Each right buys bonds due 1993. The rights, which expire Nov. 21, are cheap.",
         "Nov. 21", "1989-11-21"),
        ("Under a program approved in 1987, Nashua had purchased shares through Sept. 29.",
         "Sept. 29", "1989-09-29"),
        ("It rejected a treaty after the August 1988 cease-fire. Iraq invaded Kuwait on Aug. 2.",
         "Aug. 2", "1989-08-02"),
        ("The plant opened in 1975 and was sold in 1982. It closed in March.", "March",
         "1989-03"),
        # A year inside a sentence holds for the rest of its clause only.
        ("Under a program approved in 1987 that set no amount, it bought shares in March.",
         "March", "1989-03"),
        ("Shares bought in 1988 in March were sold.", "March", "1988-03"),
        ("Katie tested it for three months in 1988—July, August and September.", "July",
         "1988-07"),
        # A year opening a sentence sets the scene for what follows in its paragraph.
        ("In 1987, the plant was sold. In March, it closed.", "March", "1987-03"),
        ("On May 22, 1995, he was promoted. In December, he left.", "December", "1995-12"),
        ("Last year the firm cut jobs. In March, it hired.", "March", "1988-03"),
    ],
)  # fmt: skip
def test_only_a_year_opening_its_sentence_sets_the_narrative_year(
    text: str, phrase: str, value: str
) -> None:
    assert values(text)[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A participle after "be" is no past tense: "will be paid" is still to come.
        ("The increased dividend will be paid Dec. 14 to holders.", "Dec. 14", "1989-12-14"),
        ("The shares will be sold Tuesday.", "Tuesday", "1989-11-07"),
        # What lasts "since" a month began before the document.
        ("The ship has been on patrol since March and was scheduled to return soon.", "March",
         "1989-03"),
        ("Talks have stalled since December, and they will resume later.", "December",
         "1988-12"),
        # After the date, the first verb governs: a past verb before a word of the future.
        ("In September, it announced plans to acquire the firm.", "September", "1989-09"),
        ("In January, it will decide whether it was wrong.", "January", "1990-01"),
        # Modal words and "as soon as" look ahead.
        ("The group might come to the U.S. as soon as Tuesday.", "Tuesday", "1989-11-07"),
        ("His father could arrive as early as Friday.", "Friday", "1989-11-03"),
        ("The stock is to resume trading in Paris Tuesday.", "Tuesday", "1989-11-07"),
        ("Investors are likely to buy the shares on Monday.", "Monday", "1989-11-06"),
        ("Rates may rise in December.", "December", "1989-12"),
        # A future seen from the past may have come or not: the nearest date is meant.
        ("The offer had been set to expire Nov. 6.", "Nov. 6", "1989-11-06"),
        ("The offer had been scheduled to expire Oct. 27.", "Oct. 27", "1989-10-27"),
        ("It had previously been scheduled to expire at midnight Friday.", "midnight Friday",
         "1989-10-27T24:00"),
        # A verb of saying before "that" does not set the tense of what was said.
        ("He added that guidelines to be published in early November will decide.",
         "early November", "1989-11"),
        ("He said that the deal closed in March.", "March", "1989-03"),
        # A future in an earlier clause yields to a past verb in the date's own clause, or
        # after the date.
        ("She would bring aid to Kenya, where the Aug. 7 blasts killed 257 people.", "Aug. 7",
         "1989-08-07"),
        ("He will fly to Paris, where he met the premier on Tuesday.", "Tuesday", "1989-10-31"),
        ("He will fly to Paris and meet the premier on Tuesday.", "Tuesday", "1989-11-07"),
        # A deadline ("to", "until", "by" a date) is not placed in the past by a past verb.
        ("The group extended to Nov. 20 its offer for the shares.", "Nov. 20", "1989-11-20"),
        ("The offer was extended to Nov. 16.", "Nov. 16", "1989-11-16"),
        ("The parent asked it to respond by Oct. 31.", "Oct. 31", "1989-10-31"),
        ("It gave Merieux until mid-November to answer.", "mid-November", "1989-11"),
        ("It had bought 481,000 shares through Sept. 29.", "Sept. 29", "1989-09-29"),
        ("Regulators said the bank must respond by December.", "December", "1989-12"),
        # The end of a range keeps the range's tense.
        ("Prices rose from October to December.", "December", "1988-12"),
        # "is expected", "are planned": participles in the present, not past verbs.
        ("Holders get $3,500 at closing, which is expected in December.", "December",
         "1989-12"),
        ("The boy should go home by Jan. 14, the agency decided.", "Jan. 14", "1990-01-14"),
        ("The boy should have gone home by Oct. 14.", "Oct. 14", "1989-10-14"),
    ],
)  # fmt: skip
def test_tense_and_modality_decide_the_direction(text: str, phrase: str, value: str) -> None:
    assert values(text)[phrase] == value


def test_a_participle_after_be_still_reads_as_the_telling_when_past() -> None:
    # "was announced Wednesday": the day of the telling, before the document date.
    assert values("The merger was announced Wednesday.")["Wednesday"] == "1989-11-01"


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        # The weekday names the year: April 25 was a Saturday in 1998, not in 1997.
        ("The Times said in an editorial on Saturday, April 25: no.", D(1998, 4, 24), "1998-04-25"),
        # Even against the tense: April 20, 1999 is a Tuesday, so "will open" is still 1998.
        ("It will open Monday, April 20.", D(1998, 4, 24), "1998-04-20"),
        ("It closed on Thursday, Jan. 6.", D(2000, 1, 7), "2000-01-06"),
        # A weekday that matches no nearby year (a misprint) leaves the tense to decide.
        ("It closed on Friday, Jan. 6.", D(2000, 1, 7), "2000-01-06"),
    ],
)
def test_a_weekday_beside_a_day_picks_the_year(text: str, anchor: dt.date, value: str) -> None:
    assert [event.value for event in find_dates([Paragraph(text=text)], anchor)] == [value]


def test_a_narrative_year_wins_over_the_weekday() -> None:
    # 1995 opens the paragraph: its "Saturday, April 25" is a misprint or a quote, in 1995.
    events = find_dates(
        [Paragraph(text="In 1995, it rained. On Saturday, April 25, it snowed.")], D(1998, 4, 24)
    )
    assert [event.value for event in events] == ["1995", "1995-04-25"]


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        # The document's own month is this year's whichever way the tense points.
        ("Officials gave no reason for the Jan. 14 deadline.", D(2000, 1, 5), "2000-01-14"),
        ("The talks were set back to Jan. 30.", D(2000, 1, 5), "2000-01-30"),
        ("They will vote on Jan. 2.", D(2000, 1, 20), "2000-01-02"),
        ("He resigned in January.", D(2000, 1, 5), "2000-01"),
        # Outside it, the tense still turns the year.
        ("He resigned in February.", D(2000, 1, 5), "1999-02"),
        ("They will vote on Dec. 28.", D(2000, 1, 20), "2000-12-28"),
        ("The bridge was closed on Feb. 2.", D(2000, 1, 20), "1999-02-02"),
    ],
)  # fmt: skip
def test_the_documents_own_month_is_its_year(text: str, anchor: dt.date, value: str) -> None:
    assert list(values(text, anchor=anchor).values()) == [value]


@pytest.mark.parametrize(
    ("text", "phrase", "anchor", "value"),
    [
        # No tense: the nearest, a time to come counting twice as far as a time past.
        ("Shares rose to $42 in June from $29.75 in March.", "March", D(1989, 10, 30), "1989-03"),
        ("Its record high, set on Aug. 6, stands.", "Aug. 6", D(1998, 2, 6), "1997-08-06"),
        ("The dividend is payable Jan. 2.", "Jan. 2", D(1989, 11, 2), "1990-01-02"),
        ("Rights expire Dec. 1.", "Dec. 1", D(1989, 11, 2), "1989-12-01"),
        ("A fee of $5 applies in April.", "April", D(1989, 12, 2), "1989-04"),
        ("A fee of $5 applies in February.", "February", D(1989, 12, 2), "1990-02"),
        # An -ed word after "the" or "its" is an adjective, not a past verb.
        ("The reduced dividend is payable Jan. 2.", "Jan. 2", D(1989, 11, 2), "1990-01-02"),
        ("Its revised plan takes effect Feb. 1.", "Feb. 1", D(1989, 11, 2), "1990-02-01"),
        ("The company reduced its dividend on Jan. 2.", "Jan. 2", D(1989, 11, 2), "1989-01-02"),
        # Plans for a time look ahead; a plan made in the past may have come or not.
        ("Poland is planning for the summit in April.", "April", D(1998, 12, 5), "1999-04"),
        ("The move was planned for early March.", "early March", D(1999, 2, 10), "1999-03"),
    ],
)  # fmt: skip
def test_without_a_tense_a_past_date_is_likelier(
    text: str, phrase: str, anchor: dt.date, value: str
) -> None:
    assert values(text, anchor=anchor)[phrase] == value


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        # A quarter is reported on once it has begun or closed: the latest such, unless the
        # future tense speaks of it.
        ("It earned $5 million in the fiscal first quarter.", D(1989, 10, 26), "1989-Q1"),
        ("Sales rose in the second quarter.", D(1989, 1, 20), "1988-Q2"),
        ("Sales rose in the fourth quarter.", D(1989, 11, 20), "1989-Q4"),
        ("It will report third-quarter profit.", D(1989, 11, 1), "1989-Q3"),
        ("It expects first-quarter sales to rise.", D(1989, 12, 1), "1990-Q1"),
    ],
)  # fmt: skip
def test_a_quarter_without_a_year_is_the_latest_begun(
    text: str, anchor: dt.date, value: str
) -> None:
    assert list(values(text, anchor=anchor).values()) == [value]


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        # A deadline is the coming weekday, whatever the verb's tense...
        ("Officials postponed until Tuesday any action.", D(2000, 3, 30), "2000-04-04"),
        ("They were given until Friday to answer.", D(2000, 4, 3), "2000-04-07"),
        ("Bids are due by Monday.", D(2000, 4, 5), "2000-04-10"),
        # ...unless it was met already.
        ("Most members had filed reports by Wednesday.", D(1990, 8, 16), "1990-08-15"),
        # A weekday naming an event is the nearest, a day to come counting twice as far.
        ("They seek to get around Wednesday's ruling.", D(2000, 1, 7), "2000-01-05"),
        ("It is a premium over Thursday's closing price.", D(1989, 10, 30), "1989-10-26"),
        ("Tickets for Saturday's game sold out.", D(2000, 1, 7), "2000-01-08"),
    ],
)  # fmt: skip
def test_deadlines_and_possessive_weekdays(text: str, anchor: dt.date, value: str) -> None:
    assert list(values(text, anchor=anchor).values()) == [value]


@pytest.mark.parametrize(
    ("text", "anchor", "phrase", "value"),
    [
        ("It may be heard the week of March 6, he said.", D(2000, 2, 24), "the week of March 6",
         "2000-W10"),
        ("The hearing was set for the week of Feb. 7, 2000.", D(2000, 3, 24),
         "the week of Feb. 7, 2000", "2000-W06"),
        ("Protesters prayed as Easter week began.", D(2000, 4, 27), "Easter week", "2000-W16"),
        ("Thanksgiving week traffic will be heavy.", D(2024, 11, 1), "Thanksgiving week",
         "2024-W48"),
    ],
)  # fmt: skip
def test_a_week_named_by_its_day_is_that_iso_week(
    text: str, anchor: dt.date, phrase: str, value: str
) -> None:
    assert values(text, anchor=anchor) == {phrase: value}


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # "the past year" is the twelve months up to the document date, not the year before
        ("Prices fell over the past year.", D(2000, 4, 14), {"the past year": "P1Y"}),
        ("In the last week, talks stalled.", D(2000, 4, 14), {"the last week": "2000-W14"}),
        ("Over the past month, it rose.", D(2000, 4, 14), {"the past month": "P1M"}),
        # some other week, and a length of time
        ("The last week of the trial was tense.", D(2000, 4, 14), {}),
        ("This will be the last year you file it.", D(2000, 4, 14), {}),
        ("Sales over the past three years rose.", D(2000, 4, 14),
         {"the past three years": "P3Y"}),
    ],
)  # fmt: skip
def test_the_past_unit_is_the_one_before_the_documents(
    text: str, anchor: dt.date, expected: dict[str, str]
) -> None:
    assert values(text, anchor=anchor) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "anchor", "value"),
    [
        # A subordinate clause has its own tense: "when the case is heard" is still to come.
        ("He had not signed a deal to hand him over when the case is heard in May.", "May",
         D(2000, 3, 29), "2000-05"),
        ("He had signed the deal in May.", "May", D(2000, 3, 29), "1999-05"),
        # An irregular participle after "is" or "the" is no past: "is heard", "the sold shares".
        ("The appeal is heard in May.", "May", D(2000, 3, 29), "2000-05"),
        ("The sold shares settle on April 2.", "April 2", D(2000, 3, 29), "2000-04-02"),
    ],
)  # fmt: skip
def test_a_clause_of_its_own_and_participles(
    text: str, phrase: str, anchor: dt.date, value: str
) -> None:
    assert values(text, anchor=anchor)[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase", "anchor", "value"),
    [
        # A verb of telling a few words before the date gives the telling's day...
        ("The minister said late Tuesday the talks would go on.", "late Tuesday",
         D(1989, 11, 2), "1989-10-31"),
        ("Bush told reporters on Tuesday the ships would stay.", "Tuesday", D(1989, 11, 2),
         "1989-10-31"),
        ("He said in March that he would leave.", "March", D(1989, 11, 2), "1989-03"),
        # ...and, just after the date in its own clause, governs it too.
        ("President Bush on Tuesday said the quarantine may be extended.", "Tuesday",
         D(1989, 11, 2), "1989-10-31"),
        ("The board in March told shareholders it would sell.", "March", D(1989, 11, 2),
         "1989-03"),
        # What was told keeps its own tense: a present or future further on is still to come.
        ("Conseco said it is calling for the redemption on Dec. 7 of its shares.", "Dec. 7",
         D(1989, 10, 30), "1989-12-07"),
        ("The agency says the new rule applies from April 2 onwards.", "April 2",
         D(1990, 3, 20), "1990-04-02"),
        # The tag of an earlier clause ("..., an official said") governs nothing before it.
        ("NATO will admit the three in early March, an official said.", "early March",
         D(1999, 2, 10), "1999-03"),
    ],
)  # fmt: skip
def test_a_verb_of_telling_governs_only_what_stands_beside_it(
    text: str, phrase: str, anchor: dt.date, value: str
) -> None:
    assert values(text, anchor=anchor)[phrase] == value


FRIDAY = D(2013, 3, 22)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A present that announces: an event set for a time is the one to come.
        ("The talks open Monday in Geneva.", "Monday", "2013-03-25"),
        ("He and his rival meet separately Monday with the envoy.", "Monday", "2013-03-25"),
        ("The museum reopens its doors on Thursday.", "Thursday", "2013-03-28"),
        ("Trading resumes Monday.", "Monday", "2013-03-25"),
        ("The new law takes effect in January.", "January", "2014-01"),
        ("The contract expires in February.", "February", "2014-02"),
        ("The rebate comes due in January.", "January", "2014-01"),
        ("The series premieres Thursday night on cable.", "Thursday night", "2013-03-28TNI"),
        ("Officials say the border reopens on Thursday.", "Thursday", "2013-03-28"),
        # "is due", "is due to": a schedule as much as "is".
        ("Payment is due on Thursday.", "Thursday", "2013-03-28"),
        ("The report is due in February.", "February", "2014-02"),
        ("The bond is due to mature in January.", "January", "2014-01"),
        # The same verbs in the past, or as nouns after a determiner, place nothing ahead.
        ("The museum reopened its doors on Thursday.", "Thursday", "2013-03-21"),
        ("The talks Monday ended early.", "Monday", "2013-03-18"),
        ("His visit Monday was short.", "Monday", "2013-03-18"),
        ("Shares were open Monday.", "Monday", "2013-03-18"),
        ("After the close Monday, the index slid.", "Monday", "2013-03-18"),
        ("The report was due in February.", "February", "2013-02"),
    ],
)  # fmt: skip
def test_a_present_of_a_scheduled_event_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert values(text, anchor=FRIDAY)[phrase] == value


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        # A plan told in the past: the nearest such day, to come or gone, with no lean.
        ("Protesters planned a large rally on Saturday.", FRIDAY, "2013-03-23"),
        ("They were planning to drive to the airport on Monday.", FRIDAY, "2013-03-25"),
        ("The group arranged a vigil on Tuesday.", FRIDAY, "2013-03-19"),
        ("A memorial planned at the college on Saturday was canceled.", D(2013, 3, 24),
         "2013-03-23"),
        # A plan before a past time (the pluperfect), or a past act, is in the past.
        ("The offer had been scheduled to expire on Monday.", FRIDAY, "2013-03-18"),
        ("Protesters held a large rally on Saturday.", FRIDAY, "2013-03-16"),
    ],
)  # fmt: skip
def test_a_plan_told_in_the_past_is_the_nearest_day(text: str, anchor: dt.date, value: str) -> None:
    assert list(values(text, anchor=anchor).values()) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # After a copula "open" and "close" are adjectives: a state, not an event set ahead.
        ("The bridge remains open Monday, officials said.", "2013-03-18"),
        ("The polls were close Monday.", "2013-03-18"),
    ],
)
def test_a_scheduled_verb_after_a_copula_is_an_adjective(text: str, value: str) -> None:
    assert list(values(text, anchor=FRIDAY).values()) == [value]
