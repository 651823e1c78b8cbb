"""The search boxes: a key typed repaints the box without laying the screen out again, a
text longer than the box still scrolls to keep the cursor in view, and a box that holds paint
paints a key with its results (or at the hold's limit)."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import Input, Static

from tui.panes import search_box
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


class HoldApp(App[None]):
    """A box that holds paint and a line standing for its results."""

    def compose(self) -> ComposeResult:
        yield SearchBox(holds_paint=True)
        yield Static("results", id="results")


def frame_counter(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The box's text at each frame painted."""
    frames: list[str] = []
    original = Screen._compositor_refresh

    def counted(screen: Screen[object]) -> None:
        boxes = screen.query(SearchBox)
        frames.append(boxes.first().value if boxes else "")
        original(screen)

    monkeypatch.setattr(Screen, "_compositor_refresh", counted)
    return frames


async def test_a_key_typed_is_painted_once_its_results_are_shown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(search_box, "HOLD_LIMIT_S", 60.0)  # only `results_shown` ends it here
    app = HoldApp()
    async with app.run_test(size=(40, 6)) as pilot:
        box = app.query_one(SearchBox)
        box.focus()
        await pilot.pause()
        frames = frame_counter(monkeypatch)
        await pilot.press("a", "b")
        await pilot.pause()
        assert box.holding and frames == []  # nothing painted: neither key, nor "results"
        app.query_one("#results", Static).update("results for ab")
        box.results_shown()
        await pilot.pause()
        assert not box.holding and frames[-1] == "ab"
        assert "results for ab" in str(app.query_one("#results", Static).render())
        box.results_shown()  # again: nothing held, nothing happens
        assert not box.holding


async def test_the_hold_gives_way_at_its_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_box, "HOLD_LIMIT_S", 0.01)
    app = HoldApp()
    async with app.run_test(size=(40, 6)) as pilot:
        box = app.query_one(SearchBox)
        box.focus()
        await pilot.pause()
        frames = frame_counter(monkeypatch)
        await pilot.press("a")
        for _ in range(10_000):  # until the key is painted, no results ever shown
            if "a" in frames:
                break
            await pilot.pause()
        assert "a" in frames and not box.holding


async def test_only_text_typed_into_a_box_that_holds_paint_holds_it() -> None:
    app = HoldApp()
    async with app.run_test(size=(40, 6)) as pilot:
        box = app.query_one(SearchBox)
        app.set_focus(None)
        box.value = "set by the app"  # no focus: not typed by the user
        assert not box.holding
        plain = SearchBox()
        await app.mount(plain)
        plain.focus()
        await pilot.press("a")
        assert plain.value == "a" and not plain.holding


async def test_a_box_removed_while_holding_lets_the_app_paint(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(search_box, "HOLD_LIMIT_S", 60.0)
    app = HoldApp()
    async with app.run_test(size=(40, 6)) as pilot:
        box = app.query_one(SearchBox)
        box.focus()
        await pilot.press("a")
        assert box.holding
        await box.remove()
        frames = frame_counter(monkeypatch)
        app.query_one("#results", Static).update("after")
        await pilot.pause()
        assert frames  # painted: the hold went with the box
