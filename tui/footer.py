"""Textual's Footer, without the memory it keeps of every key it ever drew."""

from __future__ import annotations

from textual.dom import DOMNode
from textual.widgets import Footer


class LeanFooter(Footer):
    """Each key the footer draws watches the footer's `compact`; Textual forgets a watcher only
    when the watched value changes (textual#6666), so every redraw of the keys (each change of
    focus or pane) kept the old keys and their rendered lines alive. Enough of them made each
    full garbage collection slow enough to be felt when opening a document."""

    async def recompose(self) -> None:
        await super().recompose()
        drop_closed_watchers(self, "compact")


def drop_closed_watchers(node: DOMNode, attribute: str) -> None:
    """Forget the watchers of `node.attribute` whose widgets have been removed."""
    watchers = getattr(node, "__watchers", {}).get(attribute)
    if watchers:
        watchers[:] = [(owner, callback) for owner, callback in watchers if not owner._closing]
