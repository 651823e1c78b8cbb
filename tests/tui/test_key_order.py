"""OrderedKeysApp on small apps of its own: each key of a burst is routed once the key before
it, and what that key set off, has been handled."""

from __future__ import annotations

from typing import ClassVar

import pytest
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.message_pump import MessagePump
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input

import tui.key_order
from tests.tui.conftest import send_at_once, wait_until
from tui.key_order import OrderedKeysApp


class NoteScreen(Screen[None]):
    def compose(self) -> ComposeResult:
        yield Input(id="note")


class TwoBoxes(OrderedKeysApp):
    """Two boxes: escape moves to the second (as Widget.focus does: later, not at once), `+`
    opens a screen with a box of its own, typed into."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "second", "Second box"),
        Binding("plus", "note", "Note"),
    ]

    def compose(self) -> ComposeResult:
        yield Input(id="first")
        yield Input(id="second")

    def action_second(self) -> None:
        self.query_one("#second", Input).focus()

    def action_note(self) -> None:
        self.push_screen(NoteScreen())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return action != "note" or not isinstance(self.focused, Input)


async def send(pilot: Pilot[None], app: TwoBoxes, *keys: str) -> None:
    """Send `keys` in one burst and wait until the app has handled each."""
    everything = app.keys_handled + len(keys)
    send_at_once(app, *keys)
    await wait_until(pilot, lambda: app.keys_handled == everything, "every key is handled")


def value(app: TwoBoxes, box: str) -> str:
    return app.query_one(f"#{box}", Input).value


async def test_keys_after_a_focus_move_reach_the_box_it_moved_to() -> None:
    app = TwoBoxes()
    async with app.run_test() as pilot:
        await send(pilot, app, *"ab", "escape", *"cd")
        assert (value(app, "first"), value(app, "second")) == ("ab", "cd")


async def test_keys_after_a_screen_opens_are_typed_in_it() -> None:
    app = TwoBoxes()
    async with app.run_test() as pilot:
        app.set_focus(None)
        await send(pilot, app, "plus", *"xyz")
        assert isinstance(app.screen, NoteScreen)
        assert app.screen.query_one(Input).value == "xyz"


async def test_keys_sent_slowly_are_each_counted_once() -> None:
    app = TwoBoxes()
    async with app.run_test() as pilot:
        await pilot.press("a", "b")
        await wait_until(pilot, lambda: app.keys_handled == 2, "both keys are handled")
        await send(pilot, app, "c")
        assert app.keys_handled == 3
        assert value(app, "first") == "abc"


async def test_a_widget_that_never_settles_holds_the_keys_only_so_long(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Never quiet, as under an endless animation: each key waits out the limit, then goes on.
    monkeypatch.setattr(tui.key_order, "SETTLE_LIMIT_S", 0.0)
    monkeypatch.setattr(TwoBoxes, "_busy_pumps", lambda self: {self})
    app = TwoBoxes()
    async with app.run_test() as pilot:
        await send(pilot, app, *"ab", "escape", "c")
        assert value(app, "first") + value(app, "second") == "abc"


async def test_the_widgets_waited_on_are_let_go_once_the_keys_are_handled(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    heard: list[Message] = []
    handled = OrderedKeysApp._handled

    def hearing(app: OrderedKeysApp, pump: MessagePump, message: Message) -> None:
        heard.append(message)
        handled(app, pump, message)

    monkeypatch.setattr(OrderedKeysApp, "_handled", hearing)
    app = TwoBoxes()
    async with app.run_test() as pilot:
        await send(pilot, app, *"ab", "escape", "c")
        assert heard  # the boxes were waited on
        heard.clear()
        app.query_one("#first", Input).value = "changed"  # messages no key sent
        await pilot.pause()
        assert heard == []


async def test_keys_wait_for_a_hold_to_be_released() -> None:
    app = TwoBoxes()
    async with app.run_test() as pilot:
        app.hold_keys()
        send_at_once(app, *"ab")
        await pilot.pause()
        assert app.keys_handled == 0 and value(app, "first") == ""
        app.release_keys()
        await wait_until(pilot, lambda: app.keys_handled == 2, "both keys are handled")
        assert value(app, "first") == "ab"


async def test_a_hold_never_released_holds_the_keys_only_so_long(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tui.key_order, "HOLD_LIMIT_S", 0.0)
    app = TwoBoxes()
    async with app.run_test() as pilot:
        app.hold_keys()
        await send(pilot, app, *"ab")
        assert value(app, "first") == "ab"
