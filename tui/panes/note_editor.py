"""A one-line editor for the user's own words about a quote or a document: a note, or tags."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Static

from store.safe_text import one_line

MAX_CHARS = 2000


class NoteEditor(ModalScreen[str | None]):
    """Edits `value`; Enter returns the text (empty removes it), Esc returns None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "dismiss(None)",
            "Cancel",
            id="note_editor.cancel",
            tooltip="Close without saving",
        ),
    ]

    def __init__(
        self, title: str, value: str = "", *, hint: str = "", suggestions: Sequence[str] = ()
    ) -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.hint = hint or "Enter saves (empty removes it), Esc cancels."
        # Completion as you type (right arrow takes it), from names the case already has.
        self.suggester = SuggestFromList(suggestions, case_sensitive=False) if suggestions else None

    def compose(self) -> ComposeResult:
        with Vertical(id="note-editor-dialog"):
            yield Static(Content(self.title_text), id="note-editor-title")
            yield Input(
                self.value, id="note-editor-input", max_length=MAX_CHARS, suggester=self.suggester
            )
            yield Static(Content(self.hint), id="note-editor-hint")

    @on(Input.Submitted, "#note-editor-input")
    def _save(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip())


def split_tags(text: str) -> list[str]:
    """Tags typed as "a, b,, c": each trimmed to one line, empty ones dropped."""
    return [tag for part in text.split(",") if (tag := one_line(part))]


def tags_content(tags: list[str]) -> Content:
    """The tags, literally; an empty Content (shown as nothing) without any."""
    return Content("Tags: " + ", ".join(one_line(tag) for tag in tags)) if tags else Content()


def note_content(note: str | None) -> Content:
    """The user's note, literally; an empty Content without one."""
    return Content("✎ " + one_line(note)) if note else Content()


def short_title(title: str) -> str:
    title = one_line(title)
    return title if len(title) <= 60 else title[:60] + "…"
