"""The document table: a virtual list of every document, painted row by row, paged from SQLite."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events, on, work
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive, var
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.worker import Worker, WorkerState

from store.case import CasePool, DocumentSort
from store.models import DocumentSummary, ReviewState
from tui.panes.common import DocumentRequested, report_failed_worker, row_navigation
from tui.panes.documents.cells import column_gap, column_widths, fit, row_cells
from tui.panes.open_when_read import OpenWhenRead
from tui.panes.review import REVIEW_GLYPHS

PAGE_ROWS = 100
CACHED_PAGES = 40

# Display order of the columns, which is also the order `s` cycles the sort through.
COLUMNS: tuple[tuple[DocumentSort, str], ...] = (
    ("title", "Title"),
    ("source", "Source"),
    ("published", "Date"),
    ("words", "Words"),
    ("quotes", "Quotes"),
)
COLUMN_TAGS = [Style(meta={"column": column}) for column in range(len(COLUMNS))]
# The review state's glyph (tui.panes.review) before the columns: one cell and a space.
STATE_CELLS = 2


@dataclass(frozen=True)
class ListQuery:
    """What the list shows: a sort and a filter. A new query makes every loaded row stale."""

    sort: DocumentSort = "published"
    descending: bool = False
    text: str = ""


class DocumentTable(ScrollView, can_focus=True):
    """One header line and one line a document, painted only for the rows on screen; 100,000
    documents cost what a screenful does."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "document-table--header",
        "document-table--cursor",
        "document-table--dim",
        "document-table--sorted",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        *row_navigation("documents", "row", first="First document", last="Last document"),
        Binding(
            "enter",
            "open_document",
            "Read",
            id="documents.open",
            tooltip="Open the document under the cursor in the reader",
        ),
    ]

    pool: var[CasePool | None] = var(None)
    list_query: var[ListQuery] = var(ListQuery, init=False)
    cursor: reactive[int] = reactive(0)
    total: var[int | None] = var(None)

    # Worker results carry the `generation` they were asked for: a new pool or query makes
    # every result still on its way stale.

    @dataclass
    class Counted(Message):
        """Rows matching a query, rows in the whole case, and how many are in each review
        state."""

        generation: int
        query: ListQuery
        total: int
        everything: int
        reviews: dict[ReviewState, int] = field(default_factory=dict)
        copies: int = 0  # documents listed as their primary, not counted in `everything`

    @dataclass
    class PageLoaded(Message):
        generation: int
        page: int
        rows: list[DocumentSummary]

    @dataclass
    class Stepped(Message):
        """The document a step away in the list, or why there is none."""

        generation: int
        index: int
        doc_id: int | None
        note: str = ""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.generation = 0
        self._pages: OrderedDict[int, list[DocumentSummary]] = OrderedDict()
        # The pages of the generation before, painted until their fresh copies come.
        self._stale: dict[int, list[DocumentSummary]] = {}
        self._pending: set[int] = set()
        self._counting = False  # a count of this generation is on its way
        self._count_again = False
        # The row an enter asked for before it was read: opened when its page comes,
        # forgotten when the list's query changes or it has no such row.
        self._opening = OpenWhenRead(self)

    # ---- loading -------------------------------------------------------------------------

    def watch_pool(self, old: CasePool | None, new: CasePool | None) -> None:
        # The case read anew (an ingest finished, another process changed it): same place.
        # Read for the first time: an enter typed as it opened still opens the row it asked.
        asked = self._opening.at if old is None else None
        self._reload(keep_place=old is not None and new is not None)
        if asked is not None:
            self._opening.ask(asked)

    def watch_list_query(self) -> None:
        self._reload()

    def refresh_rows(self) -> None:
        """Count and read the rows anew, the cursor and the rows on screen kept until the new
        ones come: an ingest has committed more documents. While a count is on its way, once
        more when it comes: an ingest can commit faster than a large case is counted."""
        if self._counting:
            self._count_again = True
        else:
            self._reload(keep_place=True)

    def _reload(self, *, keep_place: bool = False) -> None:
        self.generation += 1
        self._stale = dict(self._pages) if keep_place else {}
        self._pages.clear()
        self._pending.clear()
        if not keep_place:
            self._opening.forget()
            self.total = None
            self.cursor = 0
            self.scroll_to(y=0, animate=False)
        self._count_again = False
        if self.pool is not None:
            self._counting = True
            self._count(self.pool, self.list_query, self.generation)
            # The first page alongside the count, not after the count's paint asks for it.
            self._request_page(0)
        self.refresh()

    def watch_total(self, total: int | None) -> None:
        self.virtual_size = Size(0, (total or 0) + 1)
        self.refresh()

    @work(thread=True, exclusive=True, exit_on_error=False, group="document-count")
    def _count(self, pool: CasePool, query: ListQuery, generation: int) -> None:
        case = pool.get()
        everything = case.count_documents()
        total = case.count_documents(query.text) if query.text.strip() else everything
        reviews = case.review_counts()
        copies = case.count_copies()
        self.post_message(self.Counted(generation, query, total, everything, reviews, copies))

    @work(thread=True, exit_on_error=False, group="document-pages")
    def _fetch_page(self, pool: CasePool, query: ListQuery, generation: int, page: int) -> None:
        rows = pool.get().documents(
            sort=query.sort,
            descending=query.descending,
            text_filter=query.text,
            offset=page * PAGE_ROWS,
            limit=PAGE_ROWS,
        )
        self.post_message(self.PageLoaded(generation, page, rows))

    @work(thread=True, exclusive=True, exit_on_error=False, group="document-neighbour")
    def _find_neighbour(
        self, pool: CasePool, query: ListQuery, generation: int, doc_id: int, step: int
    ) -> None:
        ids = pool.get().document_ids(
            sort=query.sort, descending=query.descending, text_filter=query.text
        )
        if doc_id not in ids:
            note = "This document is not in the list."
            self.post_message(self.Stepped(generation, -1, None, note))
            return
        index = ids.index(doc_id) + step
        if 0 <= index < len(ids):
            self.post_message(self.Stepped(generation, index, ids[index]))
        else:
            note = f"This is the {'first' if step < 0 else 'last'} document."
            self.post_message(self.Stepped(generation, -1, None, note))

    @on(Counted)
    def _show_count(self, message: Counted) -> None:
        if message.generation != self.generation:
            message.stop()  # the pane's status line must not hear of it either
            return
        self._counting = False
        self.total = message.total
        self.cursor = self.cursor  # within the new count, if the list kept its place
        if self._opening.at is not None and self._opening.at >= message.total:
            self._opening.forget()
        if self._count_again:
            self._reload(keep_place=True)

    @on(PageLoaded)
    def _store_page(self, message: PageLoaded) -> None:
        message.stop()
        if message.generation != self.generation:
            return
        self._pending.discard(message.page)
        self._stale.pop(message.page, None)
        self._pages[message.page] = message.rows
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        self.refresh()
        if self.cursor // PAGE_ROWS == message.page:
            self.refresh_bindings()  # a document under the cursor now: its keys come on
        if self._opening.at is not None and self._opening.at // PAGE_ROWS == message.page:
            self._open_row(self._opening.at)

    @on(Stepped)
    def _open_neighbour(self, message: Stepped) -> None:
        message.stop()
        if message.generation != self.generation:
            return
        if message.doc_id is None:
            self.notify(message.note, markup=False)
            return
        self.cursor = message.index
        self.post_message(DocumentRequested(message.doc_id))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "document-count" and event.state == WorkerState.ERROR:
            self._counting = False
        if event.state == WorkerState.ERROR:
            self._opening.forget()  # what it waited for will not come
        report_failed_worker(self, event, "Could not read the document list")

    def open_neighbour(self, doc_id: int, step: int) -> None:
        """Move to the document `step` rows away from `doc_id` and ask for it to be read."""
        if self.pool is not None:
            self._find_neighbour(self.pool, self.list_query, self.generation, doc_id, step)

    def row(self, index: int) -> DocumentSummary | None:
        """The document at `index` if its page is loaded; otherwise starts loading it."""
        page, offset = divmod(index, PAGE_ROWS)
        rows = self._pages.get(page)
        if rows is not None:
            self._pages.move_to_end(page)
        else:
            self._request_page(page)
            rows = self._stale.get(page)
        return rows[offset] if rows is not None and offset < len(rows) else None

    def _request_page(self, page: int) -> None:
        if page not in self._pending and self.pool is not None:
            self._pending.add(page)
            # Not from inside a render: a worker starts once this paint is done.
            self.call_later(self._fetch_page, self.pool, self.list_query, self.generation, page)

    # ---- cursor --------------------------------------------------------------------------

    @property
    def _page_height(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def validate_cursor(self, cursor: int) -> int:
        # Uncounted, the list keeps the moves made ahead of the count, which fits them to it.
        return max(0, cursor if self.total is None else min(cursor, self.total - 1))

    def watch_cursor(self, cursor: int) -> None:
        top = round(self.scroll_y)
        if cursor < top:
            self.scroll_to(y=cursor, animate=False)
        elif cursor >= top + self._page_height:
            self.scroll_to(y=cursor - self._page_height + 1, animate=False)

    def action_move(self, step: int) -> None:
        self.cursor += step

    def action_page(self, direction: int) -> None:
        self.cursor += direction * self._page_height

    def action_jump(self, index: int) -> None:
        self.cursor = index if index >= 0 else (self.total or 1) - 1

    def action_open_document(self) -> None:
        self._open_row(self.cursor)

    def _open_row(self, index: int) -> None:
        """Ask for the document at `index` to be read; if its row is not read yet (the enter
        came in one burst with the filter's keys), once it is."""
        doc = self.row(index) if self.total != 0 else None
        if doc is None and self.total != 0:
            self._opening.ask(index)
            return
        self._opening.forget()
        if doc is not None:
            self.post_message(DocumentRequested(doc.id))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        if offset.y == 0:
            column = event.style.meta.get("column")
            if column is not None:
                self._sort_by(COLUMNS[column][0])
            return
        index = round(self.scroll_y) + offset.y - 1
        if self.total and index < self.total:
            self.cursor = index
            if event.chain >= 2:
                self.action_open_document()

    def _sort_by(self, sort: DocumentSort) -> None:
        """Sort by `sort`, or reverse the order if the list is sorted by it already."""
        query = self.list_query
        descending = not query.descending if query.sort == sort else False
        self.list_query = replace(query, sort=sort, descending=descending)

    # ---- painting ------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if y == 0:
            return self._header_strip(width, base)
        index = round(self.scroll_y) + y - 1
        if self.total is None or index >= self.total:
            return Strip.blank(width, base)
        style = base
        if index == self.cursor:
            style = base + self.get_component_rich_style("document-table--cursor")
        dim = style + self.get_component_rich_style("document-table--dim", partial=True)
        doc = self.row(index)
        if doc is None:
            return Strip([Segment(fit("…", width), dim)], width)
        state = fit(REVIEW_GLYPHS[doc.review], STATE_CELLS)
        cells = row_cells(doc, column_widths(width - STATE_CELLS)[0])
        return self._cells_strip(
            cells, [style, dim, dim, dim, dim], width, style, Segment(state, style)
        )

    def _header_strip(self, width: int, base: Style) -> Strip:
        header = base + self.get_component_rich_style("document-table--header")
        chosen = header + self.get_component_rich_style("document-table--sorted", partial=True)
        query = self.list_query
        arrow = " ▼" if query.descending else " ▲"
        labels = [label + arrow if sort == query.sort else label for sort, label in COLUMNS]
        styles = [chosen if sort == query.sort else header for sort, _label in COLUMNS]
        state = Segment(" " * STATE_CELLS, header)
        return self._cells_strip(labels, styles, width, header, state)

    def _cells_strip(
        self,
        cells: Sequence[str],
        styles: Sequence[Style],
        width: int,
        fill: Style,
        state: Segment,
    ) -> Strip:
        """A line: the review state, then cells. Each cell is its own segment, tagged with its
        column: a click on the header reads the column from it, and screenshots place every
        column exactly."""
        gap = " " * column_gap(width - STATE_CELLS)
        segments = [
            Segment(fit(text, cell_width) + gap, style + COLUMN_TAGS[column])
            for column, (text, cell_width, style) in enumerate(
                zip(cells, column_widths(width - STATE_CELLS), styles, strict=True)
            )
        ]
        return Strip([state, *segments]).adjust_cell_length(width, fill)
