"""The documents pane: the document table with a filter and a status line."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from rich.cells import cell_len
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.reactive import var
from textual.widgets import Input, Static
from textual.worker import Worker

from store.case import CasePool, DocumentSort
from store.case.documents import COPY_WORD, review_filter
from store.models import DocumentSummary, ReviewState
from store.safe_text import one_line
from tui.panes.common import WRITE_GROUP, report_failed_write
from tui.panes.documents.table import COLUMNS, DocumentTable, ListQuery
from tui.panes.review import REVIEW_FILTERS, save_review, toggled
from tui.panes.search_box import SearchBox

# How the status line names each sort: by its column's heading.
SORT_NAMES: dict[DocumentSort, str] = {sort: label.lower() for sort, label in COLUMNS}


class DocumentsPane(Vertical):
    """The documents of the case: sort, filter as you type, and open one in the reader."""

    # In order of importance: a narrow footer drops keys from the end (the help lists them all).
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "slash",
            "focus_filter",
            "Filter",
            id="documents.filter",
            tooltip="Filter the documents by title, source or author as you type (is:reviewed,"
            " is:new, …: by review state; is:copy: the copies listed once as their primary)",
        ),
        Binding(
            "r",
            "toggle_review('reviewed')",
            "Reviewed",
            id="documents.reviewed",
            tooltip="Mark the document under the cursor reviewed, or back to read",
        ),
        Binding(
            "f",
            "next_review_filter",
            "Show",
            id="documents.review_filter",
            tooltip="Show all documents, then only new, read, reviewed or excluded ones"
            " (sets is:STATE in the filter)",
        ),
        Binding(
            "s",
            "next_sort",
            "Sort",
            id="documents.sort",
            tooltip="Sort by the next column: title, source, date, words, quotes",
        ),
        Binding(
            "S", "reverse_sort", "Reverse", id="documents.reverse", tooltip="Reverse the sort order"
        ),
        Binding(
            "X",
            "toggle_review('excluded')",
            "Exclude",
            id="documents.exclude",
            tooltip="Exclude the document under the cursor from the review, or back to read",
        ),
        Binding(
            "down,up",
            "focus_list",
            "To the list",
            show=False,
            id="documents.to_list",
            tooltip="Move from the filter to the documents listed",
        ),
        Binding(
            "escape",
            "clear_filter",
            "Clear filter",
            id="documents.clear_filter",
            tooltip="Clear the filter and go back to the list",
        ),
    ]

    pool: var[CasePool | None] = var(None)

    _status: tuple[tuple[str, str], ...] = ()
    """The status line's parts, long and short, to fit it to the pane's width."""

    def compose(self) -> ComposeResult:
        # Focus goes to the top-left widget first: the table, not the filter below it.
        yield DocumentTable(id="documents-table").data_bind(DocumentsPane.pool)
        yield SearchBox(
            placeholder="/ to filter by title, source or author; is:reviewed by review state",
            id="documents-filter",
        )
        yield Static(Content("Opening the case…"), id="documents-status")

    @property
    def table(self) -> DocumentTable:
        return self.query_one(DocumentTable)

    @property
    def list_query(self) -> ListQuery:
        return self.table.list_query

    def open_neighbour(self, doc_id: int, step: int) -> None:
        """Open the document before (`step` -1) or after (+1) `doc_id` in the list's order."""
        self.table.open_neighbour(doc_id, step)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        filtering = self.query_one(Input).has_focus
        if action == "focus_filter":
            return not filtering  # then "/" is typed into the filter
        if action == "focus_list":
            return filtering  # else the list's own up and down move its cursor
        if action == "clear_filter":
            return bool(self.list_query.text) or filtering
        if action == "toggle_review":
            return self._document_under_cursor() is not None or None
        return True

    def _document_under_cursor(self) -> DocumentSummary | None:
        table = self.table
        return table.row(table.cursor) if table.total else None

    def action_focus_filter(self) -> None:
        self.screen.set_focus(self.query_one(Input))  # now, not after the next refresh

    def action_focus_list(self) -> None:
        # Now, not after the next refresh: an enter sent with the down reaches the list.
        self.screen.set_focus(self.table)

    def action_clear_filter(self) -> None:
        self.query_one(Input).value = ""
        self.screen.set_focus(self.table)

    def action_next_sort(self) -> None:
        sorts = [sort for sort, _label in COLUMNS]
        current = self.list_query.sort
        following = sorts[(sorts.index(current) + 1) % len(sorts)] if current in sorts else sorts[0]
        self.table.list_query = replace(self.list_query, sort=following, descending=False)

    def action_toggle_review(self, state: ReviewState) -> None:
        doc = self._document_under_cursor()
        if doc is not None:
            wanted = toggled(doc.review, state)
            save_review(self, self.app.case_path, doc.id, wanted)  # type: ignore[attr-defined]

    def action_next_review_filter(self) -> None:
        """Step the filter's `is:STATE` through all, new, read, reviewed and excluded."""
        states, words = review_filter(self.query_one(Input).value)
        current = states[0] if len(states) == 1 else None
        following = REVIEW_FILTERS[(REVIEW_FILTERS.index(current) + 1) % len(REVIEW_FILTERS)]
        self.query_one(Input).value = " ".join(
            [*words, *([f"is:{following}"] if following else [])]
        )
        label = f"Showing {following} documents" if following else "Showing all documents"
        self.notify(label, timeout=2, markup=False)

    def refresh_reviews(self) -> None:
        """A review state was saved: the rows and the count read anew, in place."""
        self.table.refresh_rows()
        self.refresh_bindings()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == WRITE_GROUP:
            report_failed_write(self, event, "Could not save the review state")

    def action_reverse_sort(self) -> None:
        self.table.list_query = replace(self.list_query, descending=not self.list_query.descending)

    @on(Input.Changed, "#documents-filter")
    def _filter(self, event: Input.Changed) -> None:
        self.table.list_query = replace(self.list_query, text=event.value)
        self.refresh_bindings()

    @on(Input.Submitted, "#documents-filter")
    def _leave_filter(self) -> None:
        self.screen.set_focus(self.table)  # now: a key sent with the enter reaches the list

    @on(DocumentTable.Counted)
    def _show_status(self, message: DocumentTable.Counted) -> None:
        query = message.query
        if message.everything == 0:
            text = "No documents in this case yet. Add some: casebrowser ingest FOLDER --case FILE"
        elif COPY_WORD in query.text.lower().split():  # the copies, not the documents listed
            noun = "copy" if message.copies == 1 else "copies"
            verb = "matches" if message.total == 1 else "match"
            text = f"{message.total:,} of {message.copies:,} {noun} {verb} “{one_line(query.text)}”"
        elif query.text.strip():
            noun = "document" if message.everything == 1 else "documents"
            verb = "matches" if message.total == 1 else "match"
            text = (
                f"{message.total:,} of {message.everything:,} {noun} {verb} "
                f"“{one_line(query.text)}”"
            )
        else:
            text = f"{message.total:,} document{'' if message.total == 1 else 's'}"
        order = "descending" if query.descending else "ascending"
        review = review_progress(message.reviews, message.everything)
        self._status = (
            (text, text),
            (
                copies_note(message.copies, query.text),
                copies_note(message.copies, query.text, hint=False),
            ),
            (review, review),
            (f"sorted by {SORT_NAMES[query.sort]}, {order}", ""),  # the header's arrow says it
        )
        self._fit_status()

    def on_resize(self) -> None:
        self._fit_status()

    def _fit_status(self) -> None:
        """The status line, in its short words when the long ones do not fit the line."""
        status = self.query_one("#documents-status", Static)
        text = fitted_status(self._status, status.content_region.width or self.size.width)
        status.update(Content(text))


def fitted_status(parts: tuple[tuple[str, str], ...], width: int) -> str:
    """Each (long, short) part of a status line, long where every part fits in `width`
    cells, else short (an empty part left out)."""
    full = "  ·  ".join(long for long, _ in parts if long)
    if cell_len(full) <= width:
        return full
    return "  ·  ".join(short for _, short in parts if short)


def copies_note(copies: int, text_filter: str, *, hint: bool = True) -> str:
    """How many copies the list leaves out, and (`hint`) how to see them; nothing while it
    shows them."""
    if not copies or COPY_WORD in text_filter.lower().split():
        return ""
    noun = "copy" if copies == 1 else "copies"
    shown = f" ({COPY_WORD} shows them)" if hint else ""
    return f"{copies:,} {noun} listed once{shown}"


def review_progress(reviews: dict[ReviewState, int], everything: int) -> str:
    """How far the review is: "42 of 120 reviewed"; excluded documents are not counted in
    what is left to review, and said apart."""
    if not everything:
        return ""
    excluded = reviews.get("excluded", 0)
    progress = f"{reviews.get('reviewed', 0):,} of {everything - excluded:,} reviewed"
    return f"{progress} ({excluded:,} excluded)" if excluded else progress
