"""Every key binding of the app, read from the live widgets' BINDINGS, for the help screen and
the command palette. Nothing here is written by hand, so a new binding shows up everywhere."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial

from textual.binding import Binding, BindingsMap
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widgets import TabbedContent, TabPane

EVERYWHERE = "Everywhere"


@dataclass
class KeyEntry:
    """One action and every key bound to it."""

    binding_id: str
    keys: list[str]
    description: str
    tooltip: str
    action: str
    node: DOMNode
    pane: str | None
    """The id of the pane the action belongs to, to show it before running the action."""


@dataclass
class KeySection:
    title: str
    """As the help screen heads it: the pane's tab label, with its key."""
    name: str
    """As the command palette names it."""
    entries: list[KeyEntry]


def key_sections(screen: Screen[object]) -> list[KeySection]:
    """The bindings of the app and `screen`, then those of each of its panes."""
    app = screen.app
    sections = [KeySection(EVERYWHERE, EVERYWHERE, _entries([screen, app], pane=None))]
    for tabs in screen.query(TabbedContent):
        for pane in tabs.query(TabPane):
            title = tabs.get_tab(pane).label.plain
            nodes = list(pane.walk_children(with_self=False))
            name = (pane.id or title).capitalize()
            sections.append(KeySection(title, name, _entries(nodes, pane=pane.id)))
    return [section for section in sections if section.entries]


def _entries(nodes: Iterable[DOMNode], pane: str | None) -> list[KeyEntry]:
    entries: dict[str, KeyEntry] = {}
    for node in nodes:
        for binding in _bindings_of(node):
            if binding.id is None or binding.system:
                continue  # Textual's own bindings: they cannot be rebound by id, so not ours
            key = node.app.get_key_display(binding)
            if binding.id in entries:
                if key not in entries[binding.id].keys:
                    entries[binding.id].keys.append(key)
                continue
            entries[binding.id] = KeyEntry(
                binding.id,
                [key],
                binding.description,
                binding.tooltip,
                binding.action,
                node,
                pane,
            )
    return list(entries.values())


def _bindings_of(node: DOMNode) -> Iterator[Binding]:
    # The node's own map with the app's keymap applied, as Screen._binding_chain does.
    bindings: BindingsMap = node._bindings.copy()
    bindings.apply_keymap(node.app._keymap)
    for _key, binding in bindings:
        yield binding


class ActionCommands(Provider):
    """Every bound action in the command palette, named as the help screen names it."""

    def _commands(self) -> Iterator[tuple[str, str, KeyEntry]]:
        for section in key_sections(self.screen):
            for entry in section.entries:
                name = f"{section.name}: {entry.description}"
                yield name, f"{entry.tooltip}  ({' '.join(entry.keys)})", entry

    async def _run(self, entry: KeyEntry) -> None:
        if entry.pane is not None:
            await self.app.run_action(f"show_pane({entry.pane!r})", self.screen)
        await self.app.run_action(entry.action, entry.node)

    async def discover(self) -> Hits:
        for name, help_text, entry in self._commands():
            yield DiscoveryHit(name, partial(self._run, entry), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, entry in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), partial(self._run, entry), help=help_text)
