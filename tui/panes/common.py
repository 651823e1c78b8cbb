"""What the panes share: the request to read a document, and how a failed worker is reported."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

from textual.binding import Binding
from textual.message import Message
from textual.widget import Widget
from textual.worker import Worker, WorkerState

from store.case import ReadOnlyCase
from store.models import Quote
from store.safe_text import one_line

Span = tuple[int, int]
"""A character range [start, end) in one cleaned paragraph."""

Highlights = dict[int, list[Span]]
"""Spans to highlight, by paragraph index."""

TO_END = sys.maxsize
"""A span end meaning "to the end of the paragraph"."""

WRITE_GROUP = "case-write"
"""The worker group of a pane's own writes to the case file: the change watch waits for them
before it looks for changes on disk, and takes what they wrote for the app's own, not another
process's (`CaseWritten`)."""

READ_ONLY_NOTICE = "This case file is read-only: stars, notes and tags cannot be saved."


def row_navigation(prefix: str, row: str, *, first: str, last: str) -> list[Binding]:
    """The keys of a virtual list: arrows and vi keys, pages, first and last; `row` names one
    row in tooltips ("Previous event"), `first` and `last` the rows at the ends."""
    return [
        Binding("up,k", "move(-1)", "Up", show=False, id=f"{prefix}.up", tooltip=f"Previous {row}"),
        Binding(
            "down,j", "move(1)", "Down", show=False, id=f"{prefix}.down", tooltip=f"Next {row}"
        ),
        Binding(
            "pageup",
            "page(-1)",
            "Page up",
            show=False,
            id=f"{prefix}.page_up",
            tooltip="One screen up",
        ),
        Binding(
            "pagedown",
            "page(1)",
            "Page down",
            show=False,
            id=f"{prefix}.page_down",
            tooltip="One screen down",
        ),
        Binding("home,g", "jump(0)", "First", show=False, id=f"{prefix}.first", tooltip=first),
        Binding("end,G", "jump(-1)", "Last", show=False, id=f"{prefix}.last", tooltip=last),
    ]


def quote_highlights(quote: Quote) -> Highlights:
    """The spans a quote covers, which may run over several paragraphs."""
    if quote.paragraph == quote.end_paragraph:
        return {quote.paragraph: [(quote.start, quote.end)]}
    spans: Highlights = {quote.paragraph: [(quote.start, TO_END)]}
    for middle in range(quote.paragraph + 1, quote.end_paragraph):
        spans[middle] = [(0, TO_END)]
    spans[quote.end_paragraph] = [(0, quote.end)]
    return spans


@dataclass
class DocumentRequested(Message):
    """Any pane asks for a document in the reader, optionally at a paragraph with highlights."""

    doc_id: int
    paragraph: int | None = None
    highlights: Highlights = field(default_factory=dict)

    @classmethod
    def for_quote(cls, quote: Quote) -> DocumentRequested:
        if quote.doc_id is None:
            raise ValueError("a stored quote has a doc_id")
        return cls(quote.doc_id, quote.paragraph, quote_highlights(quote))


def report_failed_worker(widget: Widget, event: Worker.StateChanged, doing: str) -> None:
    """Tell the user, without a traceback, that a worker started by `widget` failed."""
    if event.state != WorkerState.ERROR:
        return
    error = event.worker.error
    widget.notify(
        one_line(f"{doing}: {error}"),
        title="Something went wrong",
        severity="error",
        markup=False,
    )


class CaseWritten(Message):
    """One of the app's own writes to the case file has ended: the change watch takes the next
    change it sees for the app's own (`tui.watching`)."""


def report_failed_write(widget: Widget, event: Worker.StateChanged, doing: str) -> None:
    """Like `report_failed_worker`, with a plain word for a read-only case file. Every write
    reports here as it ends, and the app hears of it (`CaseWritten`)."""
    if event.state in (WorkerState.SUCCESS, WorkerState.ERROR, WorkerState.CANCELLED):
        widget.app.post_message(CaseWritten())
    if event.state == WorkerState.ERROR and isinstance(event.worker.error, ReadOnlyCase):
        widget.notify(READ_ONLY_NOTICE, title="Read-only", severity="warning", markup=False)
    else:
        report_failed_worker(widget, event, doing)
