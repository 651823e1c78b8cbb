"""The key bar at the bottom: one widget painting one line, redrawn when the keys change.

Textual's Footer mounts a widget per key and mounts them all anew at every change of focus or
pane; styling those widgets took most of the time between Enter and a document in the reader.
Painting the same line from the bindings costs next to nothing, so the keys follow focus at
once. A click on a key presses it, and hovering shows what it does, as with Textual's footer.

What fits: the app's own keys (help, quit) and the command palette's are always shown, at the
right. The pane's keys fill the rest in order of importance, which is the order of the
bindings: the focused widget's first, then its pane's in the order its BINDINGS list them.
When the line is too narrow the least important go first; the help screen lists them all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import events
from textual.content import Content
from textual.screen import Screen
from textual.style import Style
from textual.widget import Widget

SEPARATOR = "│"  # a box-drawing line: every terminal font has it


@dataclass(frozen=True)
class FooterKey:
    """A key as the bar shows it."""

    key: str  # what pressing it sends
    display: str  # how it is written: ^p, ↑
    description: str
    tooltip: str
    enabled: bool


class KeyFooter(Widget):
    """The focused widget's and its pane's keys (with `show=True`) as many as fit, most important
    first; the app's keys and the command palette's always, at the right."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {"key-footer--key", "key-footer--description"}
    DEFAULT_CSS = """
    KeyFooter {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        .key-footer--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .key-footer--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._spans: list[tuple[int, int, FooterKey]] = []
        """Where each key was painted: first cell, end cell, the key."""

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        self.refresh()

    def keys(self) -> tuple[list[FooterKey], list[FooterKey]]:
        """The pane's keys shown now, most important first (one a action), and the keys always
        shown: the app's own and the command palette's."""
        shown: dict[str, FooterKey] = {}
        pinned: dict[str, FooterKey] = {}
        palette = None
        for node, binding, enabled, tooltip in self.screen.active_bindings.values():
            key = FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                binding.description,
                tooltip or binding.tooltip or binding.description,
                enabled,
            )
            if binding.key == self.app.COMMAND_PALETTE_BINDING:
                palette = key if self.app.ENABLE_COMMAND_PALETTE else None
            elif binding.show:
                keys = pinned if node is self.app else shown
                keys.setdefault(binding.action, key)
        return list(shown.values()), [*pinned.values(), *([palette] if palette else [])]

    def render(self) -> Content:
        keys, pinned = self.keys()
        right = Content("").join(self._label(key) for key in pinned)
        if pinned:  # flush with the right edge: the last cell goes to the pane's keys
            right = Content.styled(SEPARATOR, Style(dim=True)) + right.rstrip()
        room = max(0, self.size.width - right.cell_length)
        left, spans = self._fitted(keys, room)
        start = room + (len(SEPARATOR) if pinned else 0)
        for key in pinned:
            end = min(self.size.width, start + self._label(key).cell_length)
            spans.append((start, end, key))
            start = end
        self._spans = spans
        return left.truncate(room, pad=True) + right

    def _fitted(
        self, keys: list[FooterKey], room: int
    ) -> tuple[Content, list[tuple[int, int, FooterKey]]]:
        """As many of `keys` as fit in `room` cells, from the first, and where each went."""
        spans: list[tuple[int, int, FooterKey]] = []
        parts: list[Content] = []
        used = 0
        for key in keys:
            label = self._label(key)
            if used + label.cell_length > room:
                break  # this key and the less important ones after it: the help lists them
            spans.append((used, used + label.cell_length, key))
            parts.append(label)
            used += label.cell_length
        return Content("").join(parts), spans

    def _label(self, key: FooterKey) -> Content:
        label = Content.styled(f" {key.display} ", self.get_visual_style("key-footer--key"))
        if key.description:
            description_style = self.get_visual_style("key-footer--description")
            label += Content.styled(f"{key.description} ", description_style)
        return label if key.enabled else label.stylize(Style(dim=True))

    def key_at(self, x: int) -> FooterKey | None:
        """The key painted at cell `x`."""
        for start, end, key in self._spans:
            if start <= x < end:
                return key
        return None

    def on_mouse_down(self, event: events.MouseDown) -> None:
        key = self.key_at(event.x)
        if key is None:
            return
        if key.enabled:
            self.app.simulate_key(key.key)
        else:
            self.app.bell()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        key = self.key_at(event.x)
        self.tooltip = key.tooltip if key is not None else None
