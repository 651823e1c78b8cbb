"""The search boxes: a key typed repaints the box without laying the screen out again, and a
text longer than the box still scrolls to keep the cursor in view."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import Input, Static

from tui.panes.search_box import SearchBox

QUERY = "the minister said that the council would decide on the new harbour bridge by June"


class BoxApp(App[None]):
    def __init__(self, box: Input) -> None:
        super().__init__()
        self.box = box

    def compose(self) -> ComposeResult:
        yield self.box
        yield Static("results")


def keys(text: str) -> list[str]:
    return ["space" if char == " " else char for char in text]


async def layouts_while_typing(box: Input, monkeypatch: pytest.MonkeyPatch) -> int:
    app = BoxApp(box)
    layouts = 0
    async with app.run_test(size=(40, 6)) as pilot:
        await pilot.pause()
        original = Screen._refresh_layout

        def counted(screen: Screen, *args: object, **kwargs: object) -> None:
            nonlocal layouts
            layouts += 1
            original(screen, *args, **kwargs)

        monkeypatch.setattr(Screen, "_refresh_layout", counted)
        await pilot.press(*keys(QUERY[:20]))
        await pilot.pause()
    return layouts


async def test_typing_lays_nothing_out(monkeypatch: pytest.MonkeyPatch) -> None:
    assert await layouts_while_typing(Input(), monkeypatch) > 0  # what Input itself does
    assert await layouts_while_typing(SearchBox(), monkeypatch) == 0


async def test_a_long_text_scrolls_to_keep_the_cursor_in_view() -> None:
    box = SearchBox()
    app = BoxApp(box)
    async with app.run_test(size=(40, 6)) as pilot:
        await pilot.click(SearchBox)
        await pilot.press(*keys(QUERY))
        await pilot.pause()
        assert box.value == QUERY
        assert box.scroll_x > 0
        assert box.cursor_screen_offset.x < 40
        await pilot.press("home")
        await pilot.pause()
        assert box.scroll_x == 0
