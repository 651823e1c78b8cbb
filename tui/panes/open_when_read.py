"""An enter that came before what it opens was read (typed in one burst with the keys that
asked for the read: a filter's, a pane's number key, or as the case opens) opens it once it
is, as if typed after it. The keys typed after that enter are meant for what it opens: they
wait for it."""

from __future__ import annotations

from textual.message_pump import MessagePump

from tui.key_order import hold_keys, release_keys


class OpenWhenRead:
    """A list's enter waiting for its rows: at most one, kept until it is opened or given up."""

    def __init__(self, node: MessagePump) -> None:
        self._node = node
        self.at: int | None = None
        """The row asked for, when it is kept (0 for a list that opens its cursor's row)."""

    @property
    def asked(self) -> bool:
        return self.at is not None

    def ask(self, at: int = 0) -> None:
        """Keep the enter for row `at`; the keys typed from now wait for it."""
        if self.at is None:
            hold_keys(self._node)
        self.at = at

    def forget(self) -> None:
        """Give the enter up (it is opened now, or what it asked for is gone); the keys held
        for it go on (to the reader, which holds them again while it reads a document)."""
        if self.at is not None:
            self.at = None
            release_keys(self._node)
