"""The lines above an article in the reader: its title, outlet, author and date (and its count
of quotes), URL, and the user's own tags and note on it, each literal and each only when there
is something to show."""

from __future__ import annotations

import re

from textual.content import Content

from store.models import Document
from store.safe_text import one_line
from store.timex.when import published_label
from tui.panes.note_editor import note_content, tags_content
from tui.panes.review import REVIEW_GLYPHS

NO_TEXT = "This document has no text."


def metadata_content(document: Document, quotes: int = 0) -> Content:
    """Outlet, author and date on one line, each part only when known, then how many quotes
    the reader marks (`n` steps through them), when it marks any."""
    parts = [one_line(value) for value in (document.source, document.author) if value]
    published = published_label(document)
    if published:
        parts.append(published)
    if document.review in ("reviewed", "excluded"):  # read goes without saying: it is open
        parts.append(f"{REVIEW_GLYPHS[document.review]} {document.review}")
    if not parts:
        parts.append("No outlet, author or date known")
    if quotes:
        parts.append(f"{quotes} quote" if quotes == 1 else f"{quotes} quotes")
    return Content(" · ".join(parts))


def header_lines(
    document: Document, note: str | None, tags: list[str], quotes: int = 0
) -> list[tuple[str, Content]]:
    """(name, content) for each header line shown: title, meta (with the count of `quotes`
    marked), url, tags, note, and `empty` for a document without paragraphs. The names are the
    reader's component styles."""
    meta = metadata_content(document, quotes)
    lines = [("title", Content(one_line(document.title))), ("meta", meta)]
    if document.url:
        lines.append(("url", Content(one_line(document.url))))
    if tags:
        lines.append(("tags", tags_content(tags)))
    if note:
        lines.append(("note", note_content(note)))
    if not document.paragraphs:
        lines.append(("empty", Content(NO_TEXT)))
    return lines


# Where a URL may break: after the marks that end one of its parts.
_URL_PART = re.compile(r"[^/?&#=]*[/?&#=]*")


def url_lines(url: Content, width: int) -> list[Content]:
    """`url` as lines of at most `width`, broken after a slash, ?, &, # or = (where a reader
    expects a URL to go on), a part longer than a line folded at the width as Rich folds a
    word; nothing dropped, so the lines joined are the URL again."""
    width = max(1, width)
    cuts: list[int] = []
    line_start = 0
    for match in _URL_PART.finditer(url.plain):
        start, end = match.span()
        if start == end:
            continue
        if end - line_start > width and start > line_start:
            cuts.append(start)  # the part begins a new line
            line_start = start
        while end - line_start > width:
            line_start += width  # a part longer than a line: folded
            cuts.append(line_start)
    return url.divide(cuts) if cuts else [url]
