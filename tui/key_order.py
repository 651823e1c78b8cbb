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
from typing import Any

from textual import events
from textual.app import App
from textual.message_pump import MessagePump

SETTLE_LIMIT_S = 0.5
"""The longest a key waits for the one before to be handled: a widget that never stops
receiving messages (an animation) must not hold the keys typed after it for good."""


class OrderedKeysApp(App[None]):
    """An app that routes each key of a burst once the key before it has been handled."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._keys_waiting: deque[events.Key] = deque()
        self._key_in_hand = False
        self._settling: asyncio.Task[None] | None = None
        self.keys_handled = 0
        """Keys handled so far, each with all it set off (what a test of a burst waits for)."""

    async def on_event(self, event: events.Event) -> None:
        if not isinstance(event, events.Key) or event.is_forwarded:
            await super().on_event(event)
        elif self._key_in_hand:
            self._keys_waiting.append(event)
        else:
            await self._route_key(event)

    async def _route_key(self, key: events.Key) -> None:
        self._key_in_hand = True
        await super().on_event(key)
        self._settling = asyncio.create_task(self._settle())

    async def _settle(self) -> None:
        """Let the other widgets' tasks run until no message is left to handle, then route
        the next key waiting (in the app's own queue, after what is there already)."""
        deadline = time.monotonic() + SETTLE_LIMIT_S
        await asyncio.sleep(0)
        while not self._all_handled() and time.monotonic() < deadline:
            await asyncio.sleep(0)
        self.call_later(self._route_next_key)

    async def _route_next_key(self) -> None:
        self._settling = None
        self.keys_handled += 1
        if self._keys_waiting:
            await self._route_key(self._keys_waiting.popleft())
        else:
            self._key_in_hand = False

    def _all_handled(self) -> bool:
        pumps: list[MessagePump] = [self]
        for screen in self.screen_stack:
            pumps.extend(screen.walk_children(with_self=True))
        # Textual keeps each widget's pending messages in this queue; it offers no public way
        # to ask whether one is empty.
        return all(pump._message_queue.empty() for pump in pumps)
