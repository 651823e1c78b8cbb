"""The reader's `a` and `t`: the user's note on the document and its tags, asked for in an
editor and written in a worker of the pane's write group; they come back as the case file
holds them (`DocumentAnnotated`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.message import Message
from textual.widget import Widget

from store.case import Case
from store.models import Document
from tui.panes.common import WRITE_GROUP
from tui.panes.note_editor import NoteEditor, short_title, split_tags

TAGS_HINT = "Words separated by commas. Enter saves (empty removes them), Esc cancels."


@dataclass
class DocumentAnnotated(Message):
    """The document's note and tags, as saved in the case file."""

    doc_id: int
    note: str | None
    tags: list[str]


def ask_for_note(widget: Widget, case_path: Path, document: Document, note: str | None) -> None:
    """Edit the user's note on `document` (its `note` today); saved unless cancelled."""
    title = f"Your note on “{short_title(document.title)}”"

    def save(written: str | None) -> None:
        if written is not None:
            save_annotation(widget, case_path, document.id, note=written)

    widget.app.push_screen(NoteEditor(title, note or ""), save)


def ask_for_tags(widget: Widget, case_path: Path, document: Document, tags: list[str]) -> None:
    """Edit `document`'s tags (`tags` today), words separated by commas."""
    title = f"Tags of “{short_title(document.title)}”"

    def save(text: str | None) -> None:
        if text is not None:
            save_annotation(widget, case_path, document.id, tags=split_tags(text))

    widget.app.push_screen(NoteEditor(title, ", ".join(tags), hint=TAGS_HINT), save)


def save_annotation(
    widget: Widget,
    case_path: Path,
    doc_id: int,
    *,
    note: str | None = None,
    tags: list[str] | None = None,
) -> None:
    """Write the note ("" removes it) or the tags; `widget` hears what the case holds."""

    def write() -> None:
        with Case(case_path) as case:
            if note is not None:
                case.set_document_note(doc_id, note)
            if tags is not None:
                case.set_document_tags(doc_id, tags)
            saved = DocumentAnnotated(
                doc_id, case.document_note(doc_id), case.document_tags(doc_id)
            )
        widget.post_message(saved)

    widget.run_worker(write, thread=True, group=WRITE_GROUP, exit_on_error=False)
