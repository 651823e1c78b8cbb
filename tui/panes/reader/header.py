"""The lines above an article in the reader: its title, outlet, author and date, URL, and the
user's own tags and note on it, each literal and each only when there is something to show."""

from __future__ import annotations

from textual.content import Content

from store.models import Document
from store.safe_text import one_line
from store.timex.when import published_label
from tui.panes.note_editor import note_content, tags_content
from tui.panes.review import REVIEW_GLYPHS

NO_TEXT = "This document has no text."


def metadata_content(document: Document) -> Content:
    """Outlet, author and date on one line, each part only when known."""
    parts = [one_line(value) for value in (document.source, document.author) if value]
    published = published_label(document)
    if published:
        parts.append(published)
    if document.review in ("reviewed", "excluded"):  # read goes without saying: it is open
        parts.append(f"{REVIEW_GLYPHS[document.review]} {document.review}")
    return Content(" · ".join(parts) or "No outlet, author or date known")


def header_lines(
    document: Document, note: str | None, tags: list[str]
) -> list[tuple[str, Content]]:
    """(name, content) for each header line shown: title, meta, url, tags, note, and `empty`
    for a document without paragraphs. The names are the reader's component styles."""
    lines = [("title", Content(one_line(document.title))), ("meta", metadata_content(document))]
    if document.url:
        lines.append(("url", Content(one_line(document.url))))
    if tags:
        lines.append(("tags", tags_content(tags)))
    if note:
        lines.append(("note", note_content(note)))
    if not document.paragraphs:
        lines.append(("empty", Content(NO_TEXT)))
    return lines
