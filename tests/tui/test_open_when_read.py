"""OpenWhenRead on a small app of its own: an enter kept for rows not read yet holds the keys
typed after it until it is opened or given up, and only those."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Input

from tests.tui.conftest import send_at_once, wait_until
from tui.key_order import OrderedKeysApp
from tui.panes.open_when_read import OpenWhenRead


class Box(OrderedKeysApp):
    def compose(self) -> ComposeResult:
        yield Input()


async def test_the_keys_after_an_enter_kept_wait_until_it_is_opened() -> None:
    app = Box()
    async with app.run_test() as pilot:
        opening = OpenWhenRead(app.query_one(Input))
        opening.ask(7)
        assert (opening.asked, opening.at) == (True, 7)
        send_at_once(app, *"ab")
        await pilot.pause()
        assert app.query_one(Input).value == ""
        opening.forget()
        await wait_until(pilot, lambda: app.keys_handled == 2, "both keys are handled")
        assert app.query_one(Input).value == "ab"
        assert (opening.asked, opening.at) == (False, None)


async def test_asking_again_moves_the_row_and_one_forget_lets_the_keys_go() -> None:
    app = Box()
    async with app.run_test() as pilot:
        opening = OpenWhenRead(app.query_one(Input))
        opening.ask(3)
        opening.ask(5)
        assert opening.at == 5
        opening.forget()
        send_at_once(app, "c")
        await wait_until(pilot, lambda: app.keys_handled == 1, "the key is handled")
        assert app.query_one(Input).value == "c"


async def test_forgetting_an_enter_never_kept_leaves_another_hold_alone() -> None:
    app = Box()
    async with app.run_test() as pilot:
        app.hold_keys()  # as the main screen does while the reader reads a document
        OpenWhenRead(app.query_one(Input)).forget()
        send_at_once(app, "d")
        await pilot.pause()
        assert app.keys_handled == 0 and app.query_one(Input).value == ""
        app.release_keys()
        await wait_until(pilot, lambda: app.keys_handled == 1, "the key is handled")


async def test_outside_an_app_that_orders_keys_it_only_keeps_the_row() -> None:
    class Plain(App[None]):
        def compose(self) -> ComposeResult:
            yield Input()

    app = Plain()
    async with app.run_test():
        opening = OpenWhenRead(app.query_one(Input))
        opening.ask(2)
        assert opening.at == 2
        opening.forget()
        assert not opening.asked
