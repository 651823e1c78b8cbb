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
from typing import Any

from textual import events
from textual.app import App
from textual.message_pump import MessagePump

SETTLE_LIMIT_S = 0.5
"""The longest a key waits for the one before to be handled: a widget that never stops
receiving messages (an animation) must not hold the keys typed after it for good."""

HOLD_LIMIT_S = 2.0
"""The longest keys wait for a hold (`hold_keys`) to be released: a document that cannot be
read must not hold the keys typed after the enter that asked for it for good."""


class OrderedKeysApp(App[None]):
    """An app that routes each key of a burst once the key before it has been handled."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._keys_waiting: deque[events.Key] = deque()
        self._busy = False
        """A key is being handled, or keys wait for a hold to be released."""
        self._released = asyncio.Event()
        self._released.set()
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
        deadline = time.monotonic() + SETTLE_LIMIT_S
        await asyncio.sleep(0)
        while not self._all_handled() and time.monotonic() < deadline:
            await asyncio.sleep(0)

    def _all_handled(self) -> bool:
        pumps: list[MessagePump] = [self]
        for screen in self.screen_stack:
            pumps.extend(screen.walk_children(with_self=True))
        # Textual keeps each widget's pending messages in this queue; it offers no public way
        # to ask whether one is empty.
        return all(pump._message_queue.empty() for pump in pumps)


def hold_keys(node: MessagePump) -> None:
    """Hold the keys typed from now (`OrderedKeysApp.hold_keys`) if `node`'s app orders them."""
    if isinstance(node.app, OrderedKeysApp):
        node.app.hold_keys()


def release_keys(node: MessagePump) -> None:
    """Release the keys held by `hold_keys`."""
    if isinstance(node.app, OrderedKeysApp):
        node.app.release_keys()
