"""The timeline pane: dated events in order under their headings, read from pages of the case."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.content import Content
from textual.message import Message
from textual.pilot import Pilot
from textual.widgets import Input, Static, TabbedContent

from store.case import Case
from store.ingest.run import ingest
from store.models import Event
from tests.tui.conftest import (
    HOSTILE,
    CaseFactory,
    Doc,
    notices,
    posted,
    save,
    screen_lines,
    screen_text,
    send_at_once,
    wait_until,
)
from tui.app import CaseBrowserApp, build_app
from tui.panes.common import DocumentRequested
from tui.panes.reader.pane import ReaderPane
from tui.panes.timeline.event_list import TimelineList
from tui.panes.timeline.export import TimelineExportScreen, write_export
from tui.panes.timeline.layout import TimelineLayout
from tui.panes.timeline.text import EVENT_INDENT, GAP, columns, sentence_content
from tui.screenshots import settle

SIZE = (140, 40)
SEEDS = Path(__file__).parents[2] / "seeds"

HARBOUR_TEXT = [
    "The long dispute over the old harbour reached the high court on Monday.",
    "Fishermen first protested in May 2023, and again in early June 2023.",
]
BRIDGE_TEXT = [
    "The minister promised on 26 February 2024 that a bridge would follow.",
    "Plans were first drawn up in 2018.",
]


def mention(
    text: list[str], paragraph: int, phrase: str, start: dt.date, end: dt.date, **fields: object
) -> Event:
    granularity = "day" if start == end else "year" if start.month != end.month else "month"
    return Event(
        phrase=phrase,
        value=start.isoformat(),
        start=start,
        end=end,
        granularity=fields.pop("granularity", granularity),
        sentence=text[paragraph],
        paragraph=paragraph,
        offset=text[paragraph].index(phrase),
        **fields,
    )


def published(day: dt.date, title: str) -> Event:
    return Event(
        kind="published",
        phrase="published",
        value=day.isoformat(),
        start=day,
        end=day,
        sentence=title,
    )


FEB_26 = dt.date(2024, 2, 26)
TIMELINE_DOCS = [
    Doc(
        "Harbour dispute reaches court",
        [("text", text) for text in HARBOUR_TEXT],
        source="Daily Planet",
        published=dt.date(2024, 3, 1),
        events=[
            mention(HARBOUR_TEXT, 0, "on Monday", FEB_26, FEB_26),
            mention(HARBOUR_TEXT, 1, "in May 2023", dt.date(2023, 5, 1), dt.date(2023, 5, 31)),
            mention(
                HARBOUR_TEXT,
                1,
                "early June 2023",
                dt.date(2023, 6, 1),
                dt.date(2023, 6, 10),
                modifier="early",
            ),
            published(dt.date(2024, 3, 1), "Harbour dispute reaches court"),
        ],
    ),
    Doc(
        "Minister promises a new bridge",
        [("text", text) for text in BRIDGE_TEXT],
        source="The Times",
        published=dt.date(2024, 2, 10),
        events=[
            mention(BRIDGE_TEXT, 0, "on 26 February 2024", FEB_26, FEB_26),
            mention(BRIDGE_TEXT, 1, "in 2018", dt.date(2018, 1, 1), dt.date(2018, 12, 31)),
            published(dt.date(2024, 2, 10), "Minister promises a new bridge"),
        ],
    ),
    Doc(
        "Undated note on the harbour",
        [("text", "The harbour flooded last week.")],
        events=[
            Event(
                phrase="last week",
                sentence="The harbour flooded last week.",
                paragraph=0,
                offset=20,
            )
        ],
    ),
]

# (what the time column says, the sentence's start) for every event, in timeline order.
EXPECTED_EVENTS = [
    ("2018", "Plans were first drawn up"),
    ("May 2023", "Fishermen first protested"),
    ("early June 2023", "Fishermen first protested"),
    ("10 February 2024", "published"),
    ("26 February 2024", "The long dispute"),
    ("", "The minister promised"),  # the same day: said once, above
    ("1 March 2024", "published"),
    ("unresolved: last week", "The harbour flooded"),
]


@pytest.fixture
def timeline_case(make_case: CaseFactory) -> Path:
    return make_case(TIMELINE_DOCS)


def timeline_of(app: CaseBrowserApp) -> TimelineList:
    return app.query_one(TimelineList)


def lines(app: CaseBrowserApp) -> list[str]:
    """The timeline's lines on screen, as text."""
    timeline = timeline_of(app)
    height = timeline.scrollable_content_region.height
    return [timeline.render_line(y).text.rstrip() for y in range(height)]


def headings(app: CaseBrowserApp) -> list[str]:
    """The heading and note lines on screen."""
    timeline = timeline_of(app)
    top = round(timeline.scroll_y)
    assert timeline.timeline is not None
    return [
        line.strip()
        for y, line in enumerate(lines(app))
        if timeline.timeline.event_at(top + y) is None and line.strip()
    ]


def events(app: CaseBrowserApp) -> list[tuple[str, str, str]]:
    """(time, sentence, document) of each event line on screen."""
    timeline = timeline_of(app)
    top = round(timeline.scroll_y)
    assert timeline.timeline is not None
    width = timeline.scrollable_content_region.width
    when, sentence, _ = columns(width, timeline.timeline.label_cells)
    starts = (EVENT_INDENT, EVENT_INDENT + when + GAP, EVENT_INDENT + when + sentence + 2 * GAP)
    assert timeline.timeline is not None
    return [
        (
            line[starts[0] : starts[1]].strip(),
            line[starts[1] : starts[2]].strip(),
            line[starts[2] :].strip(),
        )
        for y, line in enumerate(lines(app))
        if timeline.timeline.event_at(top + y) is not None
    ]


async def open_timeline(pilot: Pilot[None], *keys: str) -> None:
    await settle(pilot)
    for key in ("4", *keys):
        await pilot.press(key)
        await settle(pilot)


# ---- order and grouping ------------------------------------------------------------------


async def test_events_come_in_order_under_year_and_month_headings(timeline_case: Path) -> None:
    app = build_app(timeline_case)
    async with app.run_test(size=SIZE) as pilot:
        await open_timeline(pilot)
        assert headings(app) == [
            "2018",
            "2023",
            "May",
            "June",
            "2024",
            "February",
            "March",
            "Undated",
            "Relative dates in documents that give no date of their own: they cannot be placed.",
        ]
        shown = events(app)
        assert [
            (when, sentence[: len(start)])
            for (when, sentence, _doc), (_when, start) in zip(shown, EXPECTED_EVENTS, strict=True)
        ] == EXPECTED_EVENTS
        # Two documents about the same day sit under its one label, each with its source.
        assert shown[4][2].startswith("Daily Planet · Harbour dispute")
        assert shown[5][2].startswith("The Times · Minister promises")
        status = app.query_one("#timeline-status", Static).render()
        assert str(status) == (
            "8 events  ·  2018–2024  ·  1 undated  ·  publication dates shown (p)"
            "  ·  excluded hidden (X)  ·  durations hidden (u)"
        )


async def test_an_event_chosen_while_the_pane_was_hidden_is_on_screen_when_shown(
    timeline_case: Path,
) -> None:
    app = build_app(timeline_case)
    async with app.run_test(size=(120, 14)) as pilot:
        await settle(pilot)
        timeline = timeline_of(app)
        await wait_until(pilot, lambda: timeline.timeline is not None, "the timeline read")
        assert timeline.timeline is not None
        timeline.cursor = timeline.timeline.events - 1  # as a reload keeping its place
        await open_timeline(pilot)
        line = timeline.timeline.line_of(timeline.cursor)
        top = round(timeline.scroll_y)
        assert top <= line < top + timeline.scrollable_content_region.height


async def test_u_shows_durations_and_now_which_no_date_anchors(
    make_case: CaseFactory,
) -> None:
    text = "The port is closed now and has been for three years."
    unanchored = [
        Event(phrase="now", value="PRESENT_REF", sentence=text, paragraph=0, offset=19),
        Event(phrase="three years", value="P3Y", type="DURATION", sentence=text, paragraph=0,
              offset=40),
    ]  # fmt: skip
    path = make_case([*TIMELINE_DOCS, Doc("Port", [("text", text)], events=unanchored)])
    app = build_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await open_timeline(pilot)
        timeline = timeline_of(app)
        assert timeline.timeline is not None
        hidden = timeline.timeline.events
        assert "durations hidden (u)" in str(app.query_one("#timeline-status", Static).render())
        await pilot.press("u")
        await wait_until(
            pilot,
            lambda: timeline.timeline is not None and timeline.timeline.events == hidden + 2,
            "the two unanchored events shown",
        )
        assert "durations shown (u)" in str(app.query_one("#timeline-status", Static).render())


async def test_the_dated_phrase_is_highlighted_in_its_sentence(timeline_case: Path) -> None:
    app = build_app(timeline_case)
    async with app.run_test(size=SIZE) as pilot:
        await open_timeline(pilot)
        timeline = timeline_of(app)
        y = lines(app).index(next(line for line in lines(app) if "May 2023" in line[:31]))
        strip = timeline.render_line(y)
        marked = [segment for segment in strip if segment.text == "in May 2023"]
        plain = [segment for segment in strip if segment.text.startswith(", and again")]
        assert marked and marked[0].style is not None and marked[0].style.bold
        assert plain and not (plain[0].style and plain[0].style.bold)
        # The event under the cursor, in full below the list, marked the same way.
        await pilot.press("j")
        detail = app.query_one("#timeline-detail", Static)
        assert detail.display
        content = detail.render()
        assert isinstance(content, Content)
        assert content.plain.startswith("May 2023  ·  Daily Planet · Harbour dispute")
        assert HARBOUR_TEXT[1] in content.plain
        phrase_at = content.plain.index("in May 2023")
        assert any(
            span.start == phrase_at and span.end == phrase_at + len("in May 2023")
            for span in content.spans
        )


def test_a_long_sentence_is_cut_around_its_phrase() -> None:
    sentence = "word " * 40 + "in early June 2023" + " and more" * 10
    event = Event(phrase="in early June 2023", sentence=sentence)
    content = sentence_content(event, "bold", width=50)
    assert content.cell_length <= 50
    assert content.plain.startswith("…") and "in early June 2023" in content.plain
    assert content.plain.endswith("…")
    whole = sentence_content(event, "bold")
    assert whole.plain == sentence.strip()


def time(start: dt.date, end: dt.date, granularity: str) -> Event:
    return Event(phrase="", start=start, end=end, granularity=granularity, value="x")


def test_the_layout_puts_spans_longer_than_a_month_first_in_their_year() -> None:
    january = time(dt.date(2010, 1, 1), dt.date(2010, 1, 31), "month")
    year = time(dt.date(2010, 1, 1), dt.date(2010, 12, 31), "year")
    ninth = time(dt.date(2010, 1, 9), dt.date(2010, 1, 9), "day")
    summer = time(dt.date(2010, 6, 21), dt.date(2010, 9, 22), "season")
    undated = Event(phrase="", granularity="unknown")
    layout = TimelineLayout([(january, 2), (year, 1), (ninth, 3), (summer, 1), (undated, 2)])
    shown = [
        block.text if isinstance(block, TimelineLayout.Heading) else block.label
        for block in layout.blocks
    ]
    assert shown == [
        "2010", "2010", "season 2010", "January", "January 2010", "9 January 2010",
        "", "Undated", layout.blocks[-2].text, "",
    ]  # fmt: skip
    assert (layout.events, layout.lines, layout.undated, layout.years) == (9, 14, 2, (2010, 2010))
    # Events are numbered in the order shown; headings have none.
    assert [layout.event_at(line) for line in range(layout.lines)] == [
        None, 0, 1, None, 2, 3, 4, 5, 6, None, None, None, 7, 8,
    ]  # fmt: skip
    assert layout.line_of(4) == 6
    assert layout.event_near(3) == 2  # from a heading to the event below it
    assert layout.heading_top(2) == 3  # the first of its month: with the heading
    assert layout.heading_top(0) == 0
    assert layout.heading_top(5) == 7
    assert layout.first_event_from(ninth) == 4
    assert layout.first_event_from(time(dt.date(2010, 2, 1), dt.date(2010, 2, 1), "day")) == 1
    assert layout.first_event_from(time(dt.date(2011, 2, 1), dt.date(2011, 2, 1), "day")) == 7


# ---- reading -----------------------------------------------------------------------------


async def test_enter_opens_the_reader_at_the_sentence(timeline_case: Path) -> None:
    messages: list[Message] = []
    app = build_app(timeline_case)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await open_timeline(pilot, "j", "j", "enter")  # "early June 2023"
        offset = HARBOUR_TEXT[1].index("early June 2023")
        span = (offset, offset + len("early June 2023"))
        [request] = posted(messages, DocumentRequested)
        assert (request.doc_id, request.paragraph, request.highlights) == (1, 1, {1: [span]})
        assert app.query_one(TabbedContent).active == "reader"
        reader = app.query_one(ReaderPane)
        assert reader.document is not None
        assert reader.document.title == "Harbour dispute reaches court"
        content = reader.article.paragraph_content(1)
        assert isinstance(content, Content)
        assert [(s.start, s.end) for s in content.spans] == [span]
        assert content.plain[span[0] : span[1]] == "early June 2023"


async def test_a_publication_date_opens_its_document_at_the_top(timeline_case: Path) -> None:
    messages: list[Message] = []
    app = build_app(timeline_case)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await open_timeline(pilot, "j", "j", "j", "enter")  # 10 February 2024, published
        [request] = posted(messages, DocumentRequested)
        assert (request.doc_id, request.paragraph, request.highlights) == (2, None, {})
        reader = app.query_one(ReaderPane)
        assert reader.document is not None
        assert reader.document.title == "Minister promises a new bridge"


# ---- filter and publication dates --------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("times", ["2018", "10 February 2024", "26 February 2024"]),  # the outlet
        ("new bridge", ["2018", "10 February 2024", "26 February 2024"]),  # the title
        ("fishermen", ["May 2023", "early June 2023"]),  # the sentence
        ("flooded", ["unresolved: last week"]),
    ],
)
async def test_slash_filters_by_text_outlet_or_title_as_you_type(
    timeline_case: Path, typed: str, expected: list[str]
) -> None:
    app = build_app(timeline_case)
    async with app.run_test(size=SIZE) as pilot:
        await open_timeline(pilot, "slash", *typed)
        assert isinstance(app.focused, Input)
        assert [when for when, _sentence, _doc in events(app)] == expected
        status = str(app.query_one("#timeline-status", Static).render())
        counted = "1 event matches" if len(expected) == 1 else f"{len(expected)} events match"
        assert status.startswith(f"{counted} “{typed}”")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.focused, TimelineList)
        assert len(events(app)) == len(EXPECTED_EVENTS)


async def test_a_filter_that_matches_nothing_says_so(timeline_case: Path) -> None:
    app = build_app(timeline_case)
    async with app.run_test(size=SIZE) as pilot:
        await open_timeline(pilot, "slash", *"zzz", "enter")
        assert "No events match “zzz”. Escape clears the filter." in lines(app)[1]
        assert not app.query_one("#timeline-detail").display
        await pilot.press("escape")
        await settle(pilot)
        assert len(events(app)) == len(EXPECTED_EVENTS)


async def test_p_hides_and_shows_publication_dates(timeline_case: Path) -> None:
    app = build_app(timeline_case)
    async with app.run_test(size=SIZE) as pilot:
        await open_timeline(pilot, "p")
        shown = [when for when, _sentence, _doc in events(app)]
        assert "10 February 2024" not in shown and "1 March 2024" not in shown
        assert len(shown) == len(EXPECTED_EVENTS) - 2
        assert "publication dates hidden" in str(app.query_one("#timeline-status").render())
        await pilot.press("p")
        await settle(pilot)
        assert len(events(app)) == len(EXPECTED_EVENTS)


async def test_letters_typed_in_the_filter_are_text_not_commands(timeline_case: Path) -> None:
    app = build_app(timeline_case)
    async with app.run_test(size=SIZE) as pilot:
        await open_timeline(pilot, "slash", "p", "q", "j")
        assert app.query_one("#timeline-filter", Input).value == "pqj"
        assert timeline_of(app).shown.include_published
        assert app.is_running


@pytest.mark.parametrize("arrow", ["down", "up"])
async def test_an_arrow_leaves_the_filter_for_the_list_whose_keys_then_work(
    timeline_case: Path, arrow: str
) -> None:
    app = build_app(timeline_case)
    async with app.run_test(size=SIZE) as pilot:
        await open_timeline(pilot, "slash", *"fishermen")
        await wait_until(pilot, lambda: len(events(app)) == 2, "the filter applied")
        await pilot.press(arrow)
        assert isinstance(app.focused, TimelineList)
        await pilot.press("j", "p")
        await settle(pilot)
        assert app.query_one("#timeline-filter", Input).value == "fishermen"
        assert timeline_of(app).cursor == 1  # j moved the cursor, once
        assert not timeline_of(app).shown.include_published  # p was a command


async def test_arrows_in_the_list_move_its_cursor_not_the_focus(timeline_case: Path) -> None:
    app = build_app(timeline_case)
    async with app.run_test(size=SIZE) as pilot:
        await open_timeline(pilot, "down", "down", "up")
        assert isinstance(app.focused, TimelineList)
        assert timeline_of(app).cursor == 1


# ---- export ------------------------------------------------------------------------------


async def test_e_exports_the_events_shown_in_the_chosen_format(
    timeline_case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    messages: list[Message] = []
    app = build_app(timeline_case)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await open_timeline(pilot, "slash", *"fishermen", "enter", "e")
        assert isinstance(app.screen, TimelineExportScreen)
        await pilot.press("enter")  # CSV, the first format
        await settle(pilot)
        await pilot.press("e", "down", "down", "enter")  # TimelineJS
        await settle(pilot)
        await pilot.press("e", "escape")
        await settle(pilot)
    rows = list(csv.DictReader((tmp_path / "case-timeline.csv").open(encoding="utf-8")))
    assert [row["when"] for row in rows] == ["May 2023", "early June 2023"]
    slides = json.loads((tmp_path / "case-timeline.timelinejs.json").read_text())["events"]
    assert len(slides) == 2
    assert sorted(path.name for path in tmp_path.glob("case-timeline*")) == [
        "case-timeline.csv",
        "case-timeline.timelinejs.json",
    ]
    written = [notice.message for notice in notices(messages) if "written to" in notice.message]
    assert written == [
        f"2 events written to {tmp_path / 'case-timeline.csv'}",
        f"2 events written to {tmp_path / 'case-timeline.timelinejs.json'}",
    ]


async def test_one_event_is_said_in_the_singular_in_the_status_dialog_and_notice(
    timeline_case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    messages: list[Message] = []
    app = build_app(timeline_case)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await open_timeline(pilot, "slash", *"flooded", "enter")
        status = str(app.query_one("#timeline-status", Static).render())
        assert status.startswith("1 event matches “flooded”  ·  1 undated")
        await pilot.press("e")
        dialog = app.screen
        assert isinstance(dialog, TimelineExportScreen)
        assert dialog.title_text == "Export the 1 event shown, as:"
        assert "0 events (1 undated left out" in dict(dialog.formats)["timelinejs"]
        await pilot.press("enter")  # CSV
        await settle(pilot)
    written = [notice.message for notice in notices(messages) if "written to" in notice.message]
    assert written == [f"1 event written to {tmp_path / 'case-timeline.csv'}"]


async def test_the_export_dialog_says_how_many_events_each_format_writes(
    timeline_case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 8 events shown, one undated: TimelineJS cannot place that one, and must say so.
    monkeypatch.chdir(tmp_path)
    messages: list[Message] = []
    said: dict[str, int] = {}
    app = build_app(timeline_case)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await open_timeline(pilot)
        for index, fmt in enumerate(("csv", "markdown", "timelinejs")):
            await pilot.press("e")
            dialog = app.screen
            assert isinstance(dialog, TimelineExportScreen)
            shown = int(re.fullmatch(r"Export the (\d+) events shown, as:", dialog.title_text)[1])
            label = dict(dialog.formats)[fmt]
            fewer = re.search(r": (\d+) events \((\d+) undated left out: ", label)
            said[fmt] = int(fewer[1]) if fewer else shown
            if fewer:
                assert int(fewer[1]) + int(fewer[2]) == shown
            await pilot.press(*["down"] * index, "enter")
            await settle(pilot)
    written = {
        "csv": len(list(csv.DictReader((tmp_path / "case-timeline.csv").open(encoding="utf-8")))),
        # A line a sentence: a sentence with two dates lists both in its bold lead.
        "markdown": sum(
            len(dates.split("; "))
            for dates in re.findall(
                r"\n- \*\*(.+?)\*\*:", (tmp_path / "case-timeline.md").read_text()
            )
        ),
        "timelinejs": len(
            json.loads((tmp_path / "case-timeline.timelinejs.json").read_text())["events"]
        ),
    }
    assert said == written == {"csv": 8, "markdown": 8, "timelinejs": 7}
    told = [notice.message for notice in notices(messages) if "written to" in notice.message]
    assert [int(message.split()[0]) for message in told] == [8, 8, 7]
    assert "1 undated left out" in told[2] and "left out" not in told[0] + told[1]


def test_an_export_never_overwrites_a_file(tmp_path: Path) -> None:
    (tmp_path / "sample-timeline.md").write_text("mine")
    path = write_export([], "markdown", tmp_path, "sample.case.db")
    assert path.name == "sample-timeline-2.md"
    assert (tmp_path / "sample-timeline.md").read_text() == "mine"
    assert path.read_text().startswith("# Timeline")


# ---- navigation --------------------------------------------------------------------------


async def test_keys_and_clicks_move_from_event_to_event(timeline_case: Path) -> None:
    app = build_app(timeline_case)
    async with app.run_test(size=SIZE) as pilot:
        await open_timeline(pilot)
        timeline = timeline_of(app)
        assert timeline.cursor == 0
        await pilot.press("j", "down", "k")
        assert timeline.cursor == 1  # headings between events are skipped
        await pilot.press("G")
        assert timeline.cursor == len(EXPECTED_EVENTS) - 1
        await pilot.press("g")
        assert timeline.cursor == 0
        await pilot.press("pagedown")
        assert timeline.cursor == len(EXPECTED_EVENTS) - 1  # everything fits on one page
        await pilot.press("pageup", "end", "home")
        assert timeline.cursor == 0
        y = lines(app).index(next(line for line in lines(app) if "on Monday" in line))
        await pilot.click(TimelineList, offset=(40, y))
        await settle(pilot)
        assert timeline.cursor == 4
        detail = str(app.query_one("#timeline-detail", Static).render())
        assert detail.startswith("26 February 2024")
        await pilot.click(TimelineList, offset=(40, 0))  # a heading: the cursor stays
        assert timeline.cursor == 4


async def test_unresolved_events_close_the_timeline_shown_as_unresolved(
    timeline_case: Path,
) -> None:
    app = build_app(timeline_case)
    async with app.run_test(size=SIZE) as pilot:
        await open_timeline(pilot, "G")
        assert headings(app)[-2:] == [
            "Undated",
            "Relative dates in documents that give no date of their own: they cannot be placed.",
        ]
        assert events(app)[-1] == (
            "unresolved: last week",
            "The harbour flooded last week.",
            "Undated note on the harbour",
        )
        detail = str(app.query_one("#timeline-detail", Static).render())
        assert detail.startswith("unresolved: last week")


async def test_a_case_without_events_says_so(make_case: CaseFactory) -> None:
    app = build_app(make_case([Doc("No dates here", [("text", "Nothing happened.")])]))
    async with app.run_test(size=SIZE) as pilot:
        await open_timeline(pilot)
        assert lines(app)[1].strip() == "No dated events in this case yet."
        await pilot.press("j", "enter", "G")
        assert app.query_one(TabbedContent).active == "timeline"


# ---- document text is data ---------------------------------------------------------------


async def test_markup_and_controls_in_document_text_show_literally(
    make_case: CaseFactory,
) -> None:
    sentence = f"Sentence {HOSTILE} on 3 May 2024 [/x]."
    hostile = Doc(
        f"Title {HOSTILE}",
        [("text", sentence)],
        source=f"Source {HOSTILE}",
        events=[
            mention(
                [sentence], 0, "[@click=app.quit]y[/]", dt.date(2024, 5, 3), dt.date(2024, 5, 3)
            ),
            Event(phrase=f"[b]{HOSTILE}", sentence=f"[b]{HOSTILE}", paragraph=0, offset=0),
        ],
    )
    app = build_app(make_case([hostile]))
    async with app.run_test(size=(220, 30)) as pilot:
        await open_timeline(pilot)
        text = screen_text(app)
        for literal in ("[bold]x[/bold]", "[@click=app.quit]y[/]", "[/x]", "[$5]", "␛[31mred"):
            assert literal in text
        assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text
        assert "Source [bold]x[/bold]" in text and "Title [bold]x[/bold]" in text
        # The undated event's label is too long for its column: its kind, then the sentence.
        shown = r"unresolved +\[b\]\[bold\]x\[/bold\] \[@click=app\.quit\]y\[/\]"
        assert any(re.search(shown, line) for line in lines(app))
        for y in range(6):  # clicking where a link would be does nothing
            await pilot.click(TimelineList, offset=(60, y))
        await pilot.press("enter")
        await settle(pilot)
        assert app.is_running


# ---- a large case ------------------------------------------------------------------------

BIG_EVENTS = 50_000
BIG_DOCUMENTS = 100


@pytest.fixture(scope="module")
def big_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big-timeline") / "big.db"
    with Case(path) as case, case.transaction():
        for number in range(BIG_DOCUMENTS):
            source = ("Gazette", "Herald")[number % 2]
            save(case, number, Doc(f"Story {number:03}", [("text", "Events.")], source=source))
        case.db["events"].insert_all(
            (big_event(number) for number in range(BIG_EVENTS)), batch_size=5_000
        )
    return path


def big_event(number: int) -> dict[str, object]:
    day = dt.date(2000, 1, 1) + dt.timedelta(days=number % 7_000)
    return {
        "doc_id": 1 + number % BIG_DOCUMENTS,
        "kind": "mentioned",
        "phrase": "that day",
        "value": day.isoformat(),
        "start_date": day.isoformat(),
        "end_date": day.isoformat(),
        "granularity": "day",
        "sentence": f"Event {number:05} happened that day.",
        "paragraph": 0,
        "offset": 21,
    }


async def test_fifty_thousand_events_are_painted_not_mounted(big_case: Path) -> None:
    app = build_app(big_case)
    async with app.run_test(size=SIZE) as pilot:
        await open_timeline(pilot)
        timeline = timeline_of(app)
        assert timeline.timeline is not None and timeline.timeline.events == BIG_EVENTS
        assert len(list(app.query("*"))) < 150  # lines are painted, not mounted
        assert events(app)[0][:2] == ("1 January 2000", "Event 00000 happened that day.")
        await pilot.press("G")
        await settle(pilot)
        assert timeline.cursor == BIG_EVENTS - 1
        last_day = dt.date(2000, 1, 1) + dt.timedelta(days=6_999)
        detail = str(app.query_one("#timeline-detail", Static).render())
        assert detail.startswith(f"{last_day.day} {last_day:%B %Y}")
        assert all(sentence != "…" for _when, sentence, _doc in events(app))
        await pilot.press("pageup", "pageup", "k")
        await settle(pilot)
        assert all(sentence != "…" for _when, sentence, _doc in events(app))
        await pilot.press("slash", *"Event 12345", "enter")
        await settle(pilot)
        assert timeline.timeline.events == 1
        await pilot.press("enter")
        await settle(pilot)
        reader = app.query_one(ReaderPane)
        assert reader.document is not None and reader.document.title == "Story 045"


# ---- the sample case ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seeds") / "seeds.db"
    with Case(path) as case:
        ingest(case, [SEEDS])
    return path


async def test_the_seeds_timeline_runs_from_2018_to_may_2024(seed_case: Path) -> None:
    expected = [
        "2018",
        "2020",
        "2023",
        "May 2023",
        "early June 2023",
        "March 2024",
        "April 2024",
        "week of 13 May 2024",
    ]
    app = build_app(seed_case)
    async with app.run_test(size=(160, 48)) as pilot:
        await open_timeline(pilot)
        said = [when for when, _sentence, _doc in events(app) if when]
        assert [when for when in said if when in expected] == expected
        # Last, what has no place on the calendar: unresolved dates, durations, "now"...
        off_calendar = ("unresolved", "now", "in the past", "in future", "a duration", "recurring")
        assert said[-1].split(": ")[0] in off_calendar


# ---- snapshot ----------------------------------------------------------------------------


class TestTimelinePane:
    def test_the_timeline_with_the_cursor_moved(
        self, snap_compare: Callable[..., bool], timeline_case: Path
    ) -> None:
        async def run(pilot: Pilot[None]) -> None:
            await settle(pilot)
            pilot.app.query_one("#timeline-filter", Input).cursor_blink = False
            await open_timeline(pilot, "j", "j")

        assert snap_compare(build_app(timeline_case), terminal_size=(120, 30), run_before=run)


def test_an_event_open_at_its_end_is_placed_and_not_counted_undated() -> None:
    # "since 1998" in an undated document: a start, no end. It is shown under 1998, so the
    # status must not count it among the undated (the TimelineJS export writes it too).
    since = Event(
        phrase="since 1998",
        start=dt.date(1998, 1, 1),
        end=None,
        granularity="year",
        value="1998",
        modifier="since",
    )
    later = time(dt.date(2001, 5, 1), dt.date(2001, 5, 31), "month")
    undated = Event(phrase="", granularity="unknown")
    layout = TimelineLayout([(since, 1), (later, 1), (undated, 2)])
    headings = [b.text for b in layout.blocks if isinstance(b, TimelineLayout.Heading)]
    assert headings[0] == "1998" and "Undated" in headings
    assert (layout.events, layout.undated, layout.years) == (4, 2, (1998, 2001))


async def test_a_narrow_terminal_shows_the_whole_status_on_two_lines(timeline_case: Path) -> None:
    app = build_app(timeline_case)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("4")
        await settle(pilot)
        status = app.screen.query_one("#timeline-status", Static)
        assert status.size.height == 2
        shown = " ".join(line.strip() for line in screen_lines(app)[-3:-1])
        assert shown.endswith("durations hidden (u)") and shown.startswith("8 events")


def test_the_years_shown_span_the_list_from_its_first_time_to_its_last() -> None:
    century = Event(
        phrase="the 7th century",
        value="06",
        start=dt.date(600, 1, 1),
        end=dt.date(699, 12, 31),
        granularity="year",  # as a century is stored
    )
    decade = Event(
        phrase="the 2030s",
        value="203",
        start=dt.date(2030, 1, 1),
        end=dt.date(2039, 12, 31),
        granularity="decade",
    )
    day = Event(
        phrase="May 3, 2024", value="2024-05-03", start=dt.date(2024, 5, 3), end=dt.date(2024, 5, 3)
    )
    year = Event(
        phrase="2021",
        value="2021",
        start=dt.date(2021, 1, 1),
        end=dt.date(2021, 12, 31),
        granularity="year",
    )
    # The list opens with the century ("600–699") and closes with the decade.
    layout = TimelineLayout([(century, 1), (decade, 1), (year, 1), (day, 2)])
    first_time = next(b for b in layout.blocks if isinstance(b, TimelineLayout.Run)).label
    assert first_time.startswith("600") and layout.years == (600, 2039)
    assert TimelineLayout([(year, 1), (day, 2)]).years == (2021, 2024)
    assert TimelineLayout([(century, 1)]).years == (600, 699)
    assert TimelineLayout([]).years is None


async def test_an_enter_sent_with_the_filter_opens_the_event_once_it_is_read(
    timeline_case: Path,
) -> None:
    # Keys typed in one burst: the filtered timeline is read after the enter has come.
    app = build_app(timeline_case)
    async with app.run_test(size=SIZE) as pilot:
        await open_timeline(pilot)
        send_at_once(app, "slash", *"flooded", "down", "enter")
        reader = app.query_one(ReaderPane)
        await wait_until(pilot, lambda: reader.document is not None, "the reader opens")
        assert reader.document is not None
        assert "flooded" in " ".join(p.text for p in reader.document.paragraphs)


async def test_an_enter_on_an_empty_timeline_opens_nothing_later(timeline_case: Path) -> None:
    messages: list[Message] = []
    app = build_app(timeline_case)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await open_timeline(pilot)
        send_at_once(app, "slash", *"zzz", "down", "enter")
        await settle(pilot)
        await pilot.press("slash", *"\b\b\b", "down")  # the whole timeline back: still unopened
        await settle(pilot)
        assert posted(messages, DocumentRequested) == []
