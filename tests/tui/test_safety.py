"""Document text is shown literally: markup never styles nor acts, controls never reach a tty."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.message import Message

from tests.tui.conftest import HOSTILE_DOC, STANDARD_DOCS, CaseFactory, notices, screen_text
from tui.app import build_app
from tui.screenshots import settle

SIZE = (160, 45)
LITERALS = ("[bold]x[/bold]", "[@click=app.quit]y[/]", "[/x]", "[$5]", "␛[31mred")


@pytest.fixture
def hostile_case(make_case: CaseFactory) -> Path:
    return make_case([*STANDARD_DOCS, HOSTILE_DOC])


def assert_literal(text: str) -> None:
    for literal in LITERALS:
        assert literal in text
    assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text


async def test_the_document_list_shows_markup_literally(hostile_case: Path) -> None:
    app = build_app(hostile_case)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "Title [bold]x[/bold] [@click=app.quit]y[/] [/x] [$5]" in text
        assert "\x1b" not in text
        await pilot.press("slash", *"[/x]")  # a filter that is itself markup
        await settle(pilot)
        assert app.query_one("DocumentsPane").table.total == 1
        assert "matches “[/x]”" in screen_text(app)


async def test_the_reader_shows_every_field_literally(hostile_case: Path) -> None:
    app = build_app(hostile_case)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"Title", "enter", "enter")
        await settle(pilot)
        reader = app.query_one("ReaderPane")
        assert reader.document is not None and reader.document.title.startswith("Title [bold]")
        await pilot.press("v")
        await settle(pilot)
        text = screen_text(app)
        for field in ("Title", "Source", "Author", "Heading", "Paragraph", "Raw"):
            assert f"{field} [bold]x[/bold]" in text, field
        assert "https://example.org/[bold]url[/bold]" in text
        assert_literal(text)
        # Clicking the would-be link in the title (below the column's top padding) does nothing.
        left, _ = reader.article.column_span()
        await pilot.click(reader.article, offset=(left + 2 + 24, 1))
        await pilot.pause()
        assert app.is_running


async def test_notifications_quote_document_text_literally(
    hostile_case: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import webbrowser

    monkeypatch.setattr(webbrowser, "get", lambda: webbrowser.GenericBrowser("lynx"))
    messages: list[Message] = []
    app = build_app(hostile_case)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"Title", "enter", "enter", "o")
        await settle(pilot)
        assert "example.org/[bold]url[/bold]" in screen_text(app)
    shown = [notice for notice in notices(messages) if "[bold]url" in notice.message]
    assert shown and not any(notice.markup for notice in shown)


async def test_a_hostile_case_file_name_is_shown_literally(make_case: CaseFactory) -> None:
    app = build_app(make_case(name="[bold]case \x1b[2J [$5].db"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "[bold]case ␛[2J [$5].db" in text
        assert "\x1b" not in text
