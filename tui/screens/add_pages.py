"""The dialog that asks for web pages to add to the case: one or more URLs, as typed or pasted."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea


def split_urls(text: str) -> list[str]:
    """The URLs in `text`, separated by spaces or line breaks, each once, in order. Each is
    checked when it is fetched: a bad one is reported with its reason, never dropped here."""
    return list(dict.fromkeys(text.split()))


class AddPagesScreen(ModalScreen[list[str] | None]):
    """A box for URLs (a paste of many lines keeps them all); Enter returns them, Esc None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "dismiss(None)",
            "Cancel",
            id="add_pages.cancel",
            tooltip="Close without adding pages",
        ),
        # Before the box takes it as a line break: pasted lines keep theirs.
        Binding(
            "enter",
            "add_pages",
            "Add",
            id="add_pages.add",
            tooltip="Fetch the pages and add them to the case",
            priority=True,
        ),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="add-pages-dialog"):
            yield Static(Content("Add web pages to the case"), id="add-pages-title")
            yield TextArea(id="add-pages-urls", soft_wrap=True, show_line_numbers=False)
            yield Static(
                Content(
                    "Type or paste web addresses, separated by spaces or new lines. Enter"
                    " fetches them, Esc cancels."
                ),
                id="add-pages-hint",
            )

    def action_add_pages(self) -> None:
        urls = split_urls(self.query_one(TextArea).text)
        if not urls:
            self.notify("Type or paste at least one web address.", severity="warning", markup=False)
            return
        self.dismiss(urls)
