"""Selecting text in the reader with the mouse: what is copied is the document's text, wrapped
lines joined again, control characters made visible, however far the selection reaches."""

from __future__ import annotations

from textual.geometry import Offset
from textual.message import Message
from textual.pilot import Pilot
from textual.selection import Selection

from tests.tui.conftest import CaseFactory, Doc, notices
from tui.app import build_app
from tui.panes.common import DocumentRequested
from tui.panes.reader.article import ArticleView
from tui.panes.reader.pane import ReaderPane
from tui.screenshots import settle

SIZE = (100, 30)
LONG = (
    "The long dispute over the old harbour reached the high court on Monday, after three "
    "years of hearings, two appeals and a petition signed by nine thousand residents who "
    "said the plan would end fishing in the bay for good."
)
HOSTILE = "Before \x1b]52;c;aGVsbG8=\x07 [bold]after[/bold] \u202eend."
DOCS = [
    Doc(
        "Selecting text",
        [("text", LONG), ("heading", "What the court heard"), ("text", HOSTILE)],
        raw="MENU\n\tTabbed line\nlast line",
    )
]


async def open_reader(pilot: Pilot[None]) -> ArticleView:
    await settle(pilot)
    pilot.app.screen.post_message(DocumentRequested(1))
    await settle(pilot)
    return pilot.app.query_one(ReaderPane).article


def place_of(view: ArticleView, words: str) -> Offset:
    """Where `words` begin on screen, relative to the view, as a mouse would point."""
    for y, line in enumerate(view.shown_lines()):
        if words in line:
            content = view.content_region
            return Offset(content.x - view.region.x + line.index(words), y)
    raise AssertionError(f"{words!r} is not shown")


def select(view: ArticleView, start: tuple[int, int] | None, end: tuple[int, int] | None) -> None:
    """Select from (character, block) `start` to `end`, as a drag would; None is an open end."""
    selection = Selection(
        None if start is None else Offset(*start), None if end is None else Offset(*end)
    )
    view.screen.selections = {view: selection}


async def test_dragging_over_wrapped_lines_copies_the_paragraph_text(
    make_case: CaseFactory,
) -> None:
    app = build_app(make_case(DOCS))
    async with app.run_test(size=SIZE) as pilot:
        view = await open_reader(pilot)
        start, end = place_of(view, "dispute"), place_of(view, "nine thousand")
        assert end.y > start.y  # the paragraph wraps between the two
        await pilot.mouse_down(view, offset=start)
        await pilot.hover(view, offset=end)
        await pilot.mouse_up(view, offset=end)
        await settle(pilot)
        selected = app.screen.get_selected_text()
        assert selected is not None and selected.startswith("dispute over the old harbour")
        assert selected in LONG  # the spaces wrapping took are back, no line breaks added
        assert selected.endswith("signed by ") or selected.endswith("signed by n")


async def test_a_selection_across_blocks_joins_them_as_the_text_has_them(
    make_case: CaseFactory,
) -> None:
    app = build_app(make_case(DOCS))
    async with app.run_test(size=SIZE) as pilot:
        view = await open_reader(pilot)
        first = view.paragraph_block(0)
        last = view.paragraph_block(2)
        select(view, (LONG.index("nine"), first), (len("Before"), last))
        text = view.get_selection(app.screen.selections[view])
        assert text is not None
        assert text[0] == (
            "nine thousand residents who said the plan would end fishing in the bay for good."
            "\n\nWhat the court heard\n\nBefore"
        )


async def test_copied_text_shows_control_characters_and_markup_literally(
    make_case: CaseFactory,
) -> None:
    messages: list[Message] = []
    app = build_app(make_case(DOCS))
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        view = await open_reader(pilot)
        block = view.paragraph_block(2)
        select(view, (0, block), (len(HOSTILE) + 20, block))  # past the end: to the end
        await pilot.press("ctrl+c")
        await settle(pilot)
        assert app.clipboard == "Before ␛]52;c;aGVsbG8=␇ [bold]after[/bold] <U+202E>end."
        assert "\x1b" not in app.clipboard and "\u202e" not in app.clipboard
        reports = [notice.message for notice in notices(messages)]
        assert any(report.startswith("Copied “Before ␛]52;c;aGVsbG8=␇") for report in reports)


async def test_select_all_reaches_text_never_painted(make_case: CaseFactory) -> None:
    paragraphs = [("text", f"Paragraph {number} of a long file.") for number in range(3000)]
    app = build_app(make_case([Doc("Long", paragraphs)]))
    async with app.run_test(size=SIZE) as pilot:
        view = await open_reader(pilot)
        select(view, None, None)
        text = view.get_selection(app.screen.selections[view])
        assert text is not None
        body = text[0][text[0].index("Paragraph 0 ") :]
        assert body == "\n\n".join(text for _, text in paragraphs)


async def test_the_selection_is_painted_and_cleared_by_a_click(make_case: CaseFactory) -> None:
    app = build_app(make_case(DOCS))
    async with app.run_test(size=SIZE) as pilot:
        view = await open_reader(pilot)
        where = place_of(view, "harbour reached")
        selection_style = app.screen.get_visual_style("screen--selection").rich_style
        block = view.paragraph_block(0)
        select(view, (LONG.index("harbour"), block), (LONG.index(" reached"), block))
        await settle(pilot)
        painted = [
            segment.text
            for segment in view.render_line(where.y)
            if segment.style is not None and segment.style.bgcolor == selection_style.bgcolor
        ]
        assert "".join(painted) == "harbour"
        await pilot.click(view, offset=where)
        await settle(pilot)
        assert app.screen.get_selected_text() is None


async def test_the_raw_view_copies_lines_with_tabs_as_spaces(make_case: CaseFactory) -> None:
    app = build_app(make_case(DOCS))
    async with app.run_test(size=SIZE) as pilot:
        await open_reader(pilot)
        await pilot.press("v")
        await settle(pilot)
        raw = app.query_one(ReaderPane).raw
        raw.screen.selections = {raw: Selection(Offset(0, 1), Offset(4, 2))}
        text = raw.get_selection(app.screen.selections[raw])
        assert text is not None and text[0] == "        Tabbed line\nlast"
