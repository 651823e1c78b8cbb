"""Keys typed in one burst handled as if typed slowly: each key, and what it set off, is done
before the next key is routed.

Textual routes a key as it arrives: its priority bindings run at once, any other key is sent on
to the focused widget, and its other bindings are looked up only when it has bubbled back up to
the app. A terminal sends a burst (keys typed fast, or by tmux's send-keys) at once, so the keys
behind one that moves the focus or opens a screen were routed before it had: `1 /text` from the
quotes pane searched the quotes for "text" before the `1` showed the documents, `/har` escape
`s` typed an "s" into the filter that escape then cleared. Here a key arriving while the one
before is still being handled waits, and is routed once every widget has handled what it was
sent: the key, its focus and tab events, the messages its handlers posted.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from contextlib import suppress
from functools import partial
from typing import Any

from textual import events
from textual.app import App
from textual.message import Message
from textual.message_pump import MessagePump

SETTLE_LIMIT_S = 0.5
"""The longest a key waits for the one before to be handled: a widget that never stops
receiving messages (an animation) must not hold the keys typed after it for good."""

HOLD_LIMIT_S = 2.0
"""The longest keys wait for a hold (`hold_keys`) to be released: a document that cannot be
read must not hold the keys typed after the enter that asked for it for good."""

LOOK_AGAIN_S = 0.05
"""The longest a key waiting for the one before looks away from the widgets: one that is
removed with messages waiting says nothing when it is gone."""


class OrderedKeysApp(App[None]):
    """An app that routes each key of a burst once the key before it has been handled."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._keys_waiting: deque[events.Key] = deque()
        self._busy = False
        """A key is being handled, or keys wait for a hold to be released."""
        self._released = asyncio.Event()
        self._released.set()
        self._emptied: asyncio.Future[None] | None = None
        """Done when a widget waited on has handled all it had."""
        self._settling: asyncio.Task[None] | None = None
        """The task waiting for the key in hand (held here: asyncio keeps only a weak one)."""
        self.keys_handled = 0
        """Keys handled so far, each with all it set off (what a test of a burst waits for)."""

    def hold_keys(self) -> None:
        """Keys wait from now until `release_keys`: what a key set off goes on in a worker
        (the document enter opens is read in one), and the keys after it are meant for what
        it will show (the reader's)."""
        self._released.clear()

    def release_keys(self) -> None:
        self._released.set()

    async def on_event(self, event: events.Event) -> None:
        if not isinstance(event, events.Key) or event.is_forwarded:
            await super().on_event(event)
            return
        self._keys_waiting.append(event)
        if not self._busy:
            self._busy = True
            await self._route_next_key()

    async def _route_next_key(self) -> None:
        if not self._keys_waiting:
            self._busy = False
        elif not self._released.is_set():
            self._settling = asyncio.create_task(self._wait_for_release())
        else:
            key = self._keys_waiting.popleft()
            try:
                await super().on_event(key)
            finally:  # a key whose handling failed must not hold the keys after it
                self._settling = asyncio.create_task(self._settle())

    async def _settle(self) -> None:
        """Let the other widgets' tasks run until no message is left to handle, then route
        the next key waiting (in the app's own queue, after what is there already)."""
        await self._wait_until_handled()
        self.keys_handled += 1
        self.call_later(self._route_next_key)

    async def _wait_for_release(self) -> None:
        with suppress(TimeoutError):
            await asyncio.wait_for(self._released.wait(), HOLD_LIMIT_S)
        self._released.set()  # given up on, if it timed out
        await self._wait_until_handled()  # what the release came with: the reader shown
        self.call_later(self._route_next_key)

    async def _wait_until_handled(self) -> None:
        """Wait until no widget has a message waiting. Each round looks once over the widgets
        for those with messages waiting and sleeps until one of them has handled all it had,
        then looks again: what it handled may have sent more. Waking when a widget is done
        (its `message_signal`, published as it handles each message), not at each turn of
        the event loop, spares a look over every widget at each turn."""
        deadline = time.monotonic() + SETTLE_LIMIT_S
        watched: set[MessagePump] = set()
        await asyncio.sleep(0)
        try:
            while (busy := self._busy_pumps()) and (left := deadline - time.monotonic()) > 0:
                self._watch(busy - watched)
                self._unwatch(watched - busy)
                watched = busy
                self._emptied = asyncio.get_running_loop().create_future()
                # Looked at again after a while all the same: a widget removed with messages
                # waiting never handles them.
                await asyncio.wait([self._emptied], timeout=min(left, LOOK_AGAIN_S))
        finally:
            self._unwatch(watched)

    def _busy_pumps(self) -> set[MessagePump]:
        """The app and the widgets of its screens with messages waiting."""
        pumps: list[MessagePump] = [self]
        for screen in self.screen_stack:
            pumps.extend(screen.walk_children(with_self=True))
        return {pump for pump in pumps if pump.message_queue_size}

    def _watch(self, pumps: set[MessagePump]) -> None:
        for pump in pumps:
            pump.message_signal.subscribe(self, partial(self._handled, pump), immediate=True)

    def _unwatch(self, pumps: set[MessagePump]) -> None:
        for pump in pumps:
            pump.message_signal.unsubscribe(self)

    def _handled(self, pump: MessagePump, message: Message) -> None:
        if not pump.message_queue_size and self._emptied and not self._emptied.done():
            self._emptied.set_result(None)


def hold_keys(node: MessagePump) -> None:
    """Hold the keys typed from now (`OrderedKeysApp.hold_keys`) if `node`'s app orders them."""
    if isinstance(node.app, OrderedKeysApp):
        node.app.hold_keys()


def release_keys(node: MessagePump) -> None:
    """Release the keys held by `hold_keys`."""
    if isinstance(node.app, OrderedKeysApp):
        node.app.release_keys()
