"""The documents pane: the virtual table, sorting, filtering, opening."""

from __future__ import annotations

from pathlib import Path

from textual.message import Message
from textual.widgets import Input

from tests.tui.conftest import CaseFactory, Doc, notices, posted
from tui.app import build_app
from tui.panes.common import DocumentRequested
from tui.panes.documents.cells import column_gap
from tui.panes.documents.pane import DocumentsPane, fitted_status
from tui.panes.documents.table import ListQuery, column_widths, fit
from tui.screenshots import settle

SIZE = (120, 40)


def titles_on_screen(pane: DocumentsPane) -> list[str]:
    table = pane.table
    rows = range(min(table.total or 0, table.scrollable_content_region.height - 1))
    return [table.row(round(table.scroll_y) + index).title for index in rows]  # type: ignore[union-attr]


async def test_opens_on_the_table_sorted_by_date(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.query_one(DocumentsPane)
        assert app.focused is pane.table
        assert pane.table.total == 4
        assert pane.list_query == ListQuery(sort="published")
        assert titles_on_screen(pane) == [
            "Fishing quotas cut again",
            "Minister promises a new bridge",
            "Harbour dispute reaches court",
            "Undated note on the harbour",  # undated documents come last
        ]
        status = str(app.query_one("#documents-status").render())
        assert "4 documents" in status


async def test_s_cycles_the_sort_and_shift_s_reverses_it(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.query_one(DocumentsPane)
        seen = []
        for _ in range(5):
            await pilot.press("s")
            await settle(pilot)
            seen.append(pane.list_query.sort)
        assert seen == ["words", "quotes", "title", "source", "published"]
        await pilot.press("s", "s", "s")  # title
        await settle(pilot)
        assert pane.list_query == ListQuery(sort="title")
        assert titles_on_screen(pane)[0] == "Fishing quotas cut again"
        await pilot.press("S")
        await settle(pilot)
        assert pane.list_query == ListQuery(sort="title", descending=True)
        assert titles_on_screen(pane)[0] == "Undated note on the harbour"


async def test_clicking_a_header_sorts_by_that_column(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.query_one(DocumentsPane)
        title_width, *_ = column_widths(pane.table.scrollable_content_region.width)
        await pilot.click(pane.table, offset=(2 + title_width + 3, 0))
        await settle(pilot)
        assert pane.list_query.sort == "source"
        await pilot.click(pane.table, offset=(2 + title_width + 3, 0))
        await settle(pilot)
        assert pane.list_query == ListQuery(sort="source", descending=True)


async def test_filter_as_you_type_then_escape_clears_it(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.query_one(DocumentsPane)
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press(*"harbour")
        await settle(pilot)
        assert pane.list_query.text == "harbour"
        assert pane.table.total == 2
        assert "2 of 4 documents match “harbour”" in str(
            pane.query_one("#documents-status").render()
        )
        await pilot.press("escape")
        await settle(pilot)
        assert pane.list_query.text == ""
        assert pane.table.total == 4
        assert app.focused is pane.table


async def test_filter_matches_source_and_author_and_enter_returns_to_the_list(
    case_path: Path,
) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.query_one(DocumentsPane)
        await pilot.press("slash", *"dupont", "enter")
        await settle(pilot)
        assert titles_on_screen(pane) == ["Fishing quotas cut again"]
        assert app.focused is pane.table
        await pilot.press("slash", "ctrl+u", *"nothing-like-this")  # ctrl+u: clear the input
        await settle(pilot)
        assert pane.table.total == 0


async def test_down_moves_from_the_filter_to_the_list_and_then_its_cursor(
    case_path: Path,
) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.query_one(DocumentsPane)
        await pilot.press("slash", *"a")
        await settle(pilot)
        assert app.focused is not pane.table
        await pilot.press("down")
        assert app.focused is pane.table
        before = pane.table.cursor
        await pilot.press("down")
        assert pane.table.cursor == before + 1  # the list's own down, once it has the focus


async def test_single_letter_keys_type_into_the_filter(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.query_one(DocumentsPane)
        await pilot.press(
            "slash", "q", "s", "S", "2", "question_mark", "j", "G", "left_square_bracket", "slash"
        )
        await settle(pilot)
        assert app.is_running
        assert isinstance(app.focused, Input)
        assert app.focused.value == "qsS2?jG[/"
        assert pane.list_query.sort == "published"
        assert app.screen is app.screen_stack[0]  # no help screen
        assert app.query_one("TabbedContent").active == "documents"


async def test_cursor_keys_move_and_enter_opens_the_document(case_path: Path) -> None:
    messages: list[Message] = []
    app = build_app(case_path)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await settle(pilot)
        table = app.query_one(DocumentsPane).table
        await pilot.press("j", "down")
        assert table.cursor == 2
        await pilot.press("k")
        assert table.cursor == 1
        await pilot.press("G")
        assert table.cursor == 3
        await pilot.press("g")
        assert table.cursor == 0
        await pilot.press("end", "up", "home", "pagedown")
        assert table.cursor == 3
        await pilot.press("pageup")
        assert table.cursor == 0
        await pilot.press("down", "enter")
        await settle(pilot)
    requested = posted(messages, DocumentRequested)
    assert [message.doc_id for message in requested] == [2]  # "Minister promises a new bridge"


async def test_a_click_selects_a_row_and_a_double_click_opens_it(case_path: Path) -> None:
    messages: list[Message] = []
    app = build_app(case_path)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await settle(pilot)
        table = app.query_one(DocumentsPane).table
        await pilot.click(table, offset=(5, 3))  # header, then rows 0, 1, 2
        assert table.cursor == 2
        assert not any(isinstance(message, DocumentRequested) for message in messages)
        await pilot.double_click(table, offset=(5, 2))
        await settle(pilot)
        assert table.cursor == 1
        assert app.query_one("TabbedContent").active == "reader"


async def test_an_empty_case_says_so(make_case: CaseFactory) -> None:
    app = build_app(make_case([]))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        status = str(app.query_one("#documents-status").render())
        assert "No documents in this case yet" in status
        await pilot.press("enter", "j", "G")  # nothing to move over or open
        assert app.query_one("TabbedContent").active == "documents"


async def test_a_file_that_is_not_a_case_is_reported_not_raised(tmp_path: Path) -> None:
    not_a_case = tmp_path / "notes.db"
    not_a_case.write_text("just some text, not SQLite")
    messages: list[Message] = []
    app = build_app(not_a_case)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await settle(pilot)
        assert app.is_running
    errors = [notice for notice in notices(messages) if notice.severity == "error"]
    assert errors
    assert all("not a readable case file" in notice.message for notice in errors)
    assert not any(notice.markup for notice in errors)


def test_fit_pads_and_cuts_by_cells() -> None:
    assert fit("abc", 5) == "abc  "
    assert fit("abcdef", 4) == "abc…"
    assert fit("日本語テキスト", 6) == "日本 …"  # wide characters are two cells each


def test_widths_fill_the_line() -> None:
    for width in (60, 76, 80, 99, 100, 120, 200):
        assert sum(column_widths(width)) + column_gap(width) * 5 == width


def test_a_narrow_list_gives_the_title_the_room() -> None:
    # Half the line or near it at 80 columns; the numbers and date keep their headers' width.
    title, source, date, words, quotes = column_widths(76)
    assert title >= 34 and source >= 10
    assert (date, words, quotes) == (10, len("Words ▲"), len("Quotes ▲"))
    for width in range(60, 100):
        assert column_widths(width)[0] > column_widths(width)[1] >= 8


async def test_many_documents(make_case: CaseFactory) -> None:
    docs = [Doc(f"Story {number:03}", [("text", "words " * number)]) for number in range(250)]
    app = build_app(make_case(docs))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.query_one(DocumentsPane)
        await pilot.press("s", "s", "s")  # title
        await settle(pilot)
        await pilot.press("end")
        await settle(pilot)
        assert pane.table.row(pane.table.cursor).title == "Story 249"  # type: ignore[union-attr]
        assert "Story 249" in "".join(titles_on_screen(pane))


async def test_one_document_is_counted_in_the_singular(make_case: CaseFactory) -> None:
    # A folder's first batch, or a filter that leaves one: "1 documents" reads as a slip.
    path = make_case([Doc("Ferry timetable", [("text", "The ferry leaves at nine.")])])
    app = build_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.query_one(DocumentsPane)
        status = str(pane.query_one("#documents-status").render())
        assert status.startswith("1 document  ·")
        await pilot.press("slash", *"ferry")
        await settle(pilot)
        status = str(pane.query_one("#documents-status").render())
        assert status.startswith("1 of 1 document matches “ferry”")


def test_the_status_line_takes_its_short_words_when_narrow() -> None:
    parts = (
        ("372 documents", "372 documents"),
        ("13 copies listed once (is:copy shows them)", "13 copies listed once"),
        ("", ""),
        ("sorted by date, ascending", ""),
    )
    long = (
        "372 documents  ·  13 copies listed once (is:copy shows them)  ·  sorted by date, ascending"
    )
    assert fitted_status(parts, 200) == long
    assert fitted_status(parts, len(long)) == long
    assert fitted_status(parts, 76) == "372 documents  ·  13 copies listed once"
