"""The quote finder's results: a virtual list painted line by line, its quotes read a page at a
time as they come into view, so a keystroke costs the same for 20 hits as for a million."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import ClassVar

from textual import events, on, work
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import Reactive, reactive, var
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style
from textual.worker import Worker

from store.case import CasePool
from store.models import QuoteAnnotation, QuoteHit
from store.search import Ranking
from tui.panes.common import report_failed_worker, row_navigation
from tui.panes.quote_row_strips import INDENT, LineKey, PaintView, RowStrips, line_runs, strip
from tui.panes.quote_rows import (
    DETAILS_STYLE,
    MATCH_STYLE,
    NOTE_STYLE,
    SPEAKER_STYLE,
    TEXT_LINES,
    row_key,
    row_lines,
)
from tui.panes.quote_search import PAGE_ROWS

CACHED_PAGES = 40
ROW_LINES = TEXT_LINES + 1  # and a rule below

__all__ = ["DETAILS_STYLE", "MATCH_STYLE", "NOTE_STYLE", "PAGE_ROWS", "SPEAKER_STYLE", "QuoteList"]


class QuoteList(ScrollView, can_focus=True):
    """The quotes found, best first; `enter` asks for the highlighted one in the reader.

    It shows a `Ranking` (the finder's answer as ids) and reads the rows of the pages painted;
    a new ranking makes every page still on its way stale (its `generation`)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"quote-list--cursor", "quote-list--rule"}
    # Widget declares the virtual size a layout reactive: each new count of quotes found (half
    # the keys of a typed query) laid the whole screen out again. See `_set_rows`.
    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)
    BINDINGS: ClassVar[list[BindingType]] = [
        *row_navigation("quotes", "quote", first="First quote", last="Last quote"),
        Binding(
            "enter",
            "select",
            "Open",
            id="quotes.open",
            tooltip="Open the quote's article in the reader, at the quote",
        ),
    ]

    pool: var[CasePool | None] = var(None)
    # Not a full repaint a move: `watch_cursor` repaints the rows the cursor left and reached.
    cursor: reactive[int] = reactive(0, repaint=False)
    total: var[int] = var(0)

    @dataclass
    class PassedTop(Message):
        """`up` on the first quote: the user is heading for the search box above."""

    @dataclass
    class Highlighted(Message):
        """The quote under the cursor, once read; None when the list is empty."""

        hit: QuoteHit | None

    @dataclass
    class Selected(Message):
        """`enter` or a double click on a quote: the user asks to read it."""

        hit: QuoteHit

    class SelectedEmpty(Message):
        """`enter` with no quote shown: the quotes may still be on their way."""

    @dataclass
    class PageLoaded(Message):
        generation: int
        page: int
        hits: list[QuoteHit | None]
        annotations: dict[int, QuoteAnnotation]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.generation = 0
        self.ranking: Ranking | None = None
        self.annotations: dict[int, QuoteAnnotation] = {}
        self._pages: OrderedDict[int, list[QuoteHit | None]] = OrderedDict()
        self._pending: set[int] = set()
        self._strips = RowStrips()
        self._painted: dict[int, LineKey] = {}
        """What each line of the view was last painted with (`_line`), to repaint only the
        lines a change reaches."""
        self._announced: QuoteHit | bool | None = False  # False: nothing announced yet
        self._painting: PaintView | None = None  # while `render_lines` runs

    # ---- what is listed ------------------------------------------------------------------

    def show(
        self,
        ranking: Ranking | None,
        first_page: list[QuoteHit],
        annotations: dict[int, QuoteAnnotation] | None = None,
    ) -> None:
        """List `ranking`, its first page already read, and highlight the first quote.

        Only the lines of the view that look different are repainted: a key typed on often
        lists the same first quotes, and a frame costs as much as the lines it paints."""
        self.generation += 1
        self.ranking = ranking
        self.annotations = dict(annotations or {})
        self._pages.clear()
        self._pending.clear()
        self._announced = False
        total = ranking.total if ranking is not None else 0
        if self.total != total or self.virtual_size.height != total * ROW_LINES:
            self.total = total
            self._set_rows(total)
        if self.total:
            self._pages[0] = _aligned(ranking, 0, first_page)
        self.cursor = 0
        self.scroll_to(y=0, animate=False)
        self._announce()
        self._refresh_changed()

    def _set_rows(self, rows: int) -> None:
        """As many rows as `rows`, the scrollbar updated as after a resize (Textual's own
        update, `_scroll_update`): the list keeps its size, so the screen needs no layout
        unless the scrollbar comes or goes (its own reactive asks for one then)."""
        self.virtual_size = Size(0, rows * ROW_LINES)
        self._scroll_update(self.virtual_size)

    @property
    def hits(self) -> list[QuoteHit]:
        """The quotes read so far, in list order (the pages not read are left out)."""
        return [hit for page in sorted(self._pages) for hit in self._pages[page] if hit is not None]

    @property
    def hit(self) -> QuoteHit | None:
        """The highlighted quote, if read."""
        return self.row(self.cursor) if self.total else None

    @property
    def annotation(self) -> QuoteAnnotation:
        """The highlighted quote's star and note."""
        hit = self.hit
        return self._annotation(hit) if hit is not None else QuoteAnnotation()

    def annotate(self, quote_id: int, annotation: QuoteAnnotation) -> None:
        """Show `quote_id`'s new star, note or rejection, if it is listed."""
        self.annotations[quote_id] = annotation
        self._refresh_changed()

    def _annotation(self, hit: QuoteHit) -> QuoteAnnotation:
        quote_id = hit.quote.id
        return self.annotations.get(quote_id, QuoteAnnotation()) if quote_id else QuoteAnnotation()

    def row(self, index: int) -> QuoteHit | None:
        """The quote at `index` if its page is read; otherwise starts reading that page."""
        if not 0 <= index < self.total:
            return None
        page, offset = divmod(index, PAGE_ROWS)
        hits = self._pages.get(page)
        if hits is not None:
            self._pages.move_to_end(page)
            return hits[offset] if offset < len(hits) else None
        self._request_page(page)
        return None

    def row_content(self, index: int) -> Content | None:
        """Row `index` as it is painted (its lines joined), if read."""
        hit = self.row(index)
        if hit is None:
            return None
        width = max(1, self.scrollable_content_region.width - 2 * INDENT)
        return Content("\n").join(row_lines(hit, self._annotation(hit), width))

    # ---- reading pages -------------------------------------------------------------------

    def _request_page(self, page: int) -> None:
        if page not in self._pending and self.pool is not None and self.ranking is not None:
            self._pending.add(page)
            # Not from inside a render: a worker starts once this paint is done.
            self.call_later(self._fetch_page, self.pool, self.ranking, self.generation, page)

    @work(thread=True, exit_on_error=False, group="quote-pages")
    def _fetch_page(self, pool: CasePool, ranking: Ranking, generation: int, page: int) -> None:
        case = pool.get()
        start = page * PAGE_ROWS
        hits = _aligned(ranking, start, pool.finder.page(case, ranking, start, start + PAGE_ROWS))
        ids = [hit.quote.id for hit in hits if hit is not None and hit.quote.id is not None]
        annotations = case.quote_annotations(ids) if ids else {}
        self.post_message(self.PageLoaded(generation, page, hits, annotations))

    @on(PageLoaded)
    def _store_page(self, message: PageLoaded) -> None:
        message.stop()
        if message.generation != self.generation:
            return
        self._pending.discard(message.page)
        self._pages[message.page] = message.hits
        # Stars and notes changed here since the page was read are newer than its own.
        self.annotations = {**message.annotations, **self.annotations}
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        self._announce()
        self._refresh_changed()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "quote-pages":
            event.stop()  # the pane reports its own workers' failures, not these twice
            report_failed_worker(self, event, "Could not read the quotes")

    # ---- cursor --------------------------------------------------------------------------

    @property
    def _page_rows(self) -> int:
        return max(1, self.scrollable_content_region.height // ROW_LINES)

    def validate_cursor(self, cursor: int) -> int:
        return max(0, min(cursor, self.total - 1))

    def watch_cursor(self) -> None:
        top = self.cursor * ROW_LINES
        height = self.scrollable_content_region.height
        if top < self.scroll_y:
            self.scroll_to(y=top, animate=False)
        elif top + TEXT_LINES > self.scroll_y + height:
            self.scroll_to(y=top + TEXT_LINES - height, animate=False)
        self._announce()
        self._refresh_changed()  # the rows the cursor left and reached (a scroll repaints all)

    def _announce(self) -> None:
        """Tell the pane which quote the cursor is on, once it is read."""
        hit = self.row(self.cursor) if self.total else None
        if hit is not self._announced and (hit is not None or not self.total):
            self._announced = hit
            self.post_message(self.Highlighted(hit))

    def action_move(self, step: int) -> None:
        if step < 0 and self.cursor == 0:
            self.post_message(self.PassedTop())
        else:
            self.cursor += step

    def action_page(self, direction: int) -> None:
        self.cursor += direction * self._page_rows

    def action_jump(self, index: int) -> None:
        self.cursor = index if index >= 0 else self.total - 1

    def action_select(self) -> None:
        hit = self.hit
        if hit is not None:
            self.post_message(self.Selected(hit))
        else:
            self.post_message(self.SelectedEmpty())

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = (round(self.scroll_y) + offset.y) // ROW_LINES
        if index < self.total:
            self.cursor = index
            if event.chain >= 2:
                self.action_select()

    # ---- painting ------------------------------------------------------------------------

    def _view(self) -> PaintView:
        """A look at the view: what each of its lines reads of the list once, not per line."""
        return PaintView(
            (
                self.visual_style,
                self.get_visual_style("quote-list--cursor"),
                self.get_visual_style("quote-list--rule"),
            ),
            self.scrollable_content_region.width,
            round(self.scroll_y),
            {},
        )

    def _line(self, y: int, view: PaintView) -> tuple[LineKey, QuoteHit | None]:
        """What line `y` of the view shows, as a key (lines with equal keys look the same),
        and the quote it is a line of."""
        width = view.width
        plain, cursor, rule = view.styles
        index, line = divmod(view.top + y, ROW_LINES)
        if index >= self.total:
            return ("blank", width, plain), None
        if line == TEXT_LINES:
            return ("rule", width, rule), None
        on_cursor = index == self.cursor
        base = cursor if on_cursor else plain
        hit = self.row(index)
        if hit is None:
            return ("waiting", width, base, line), None
        key = view.keys.get(index)
        if key is None:
            key = view.keys[index] = row_key(hit, self._annotation(hit))
        return ("row", width, base, line, on_cursor, key), hit

    def _refresh_changed(self) -> None:
        """Repaint the lines of the view whose key changed since they were painted."""
        width, height = self.scrollable_content_region.size
        view = self._view()
        changed = [y for y in range(height) if self._painted.get(y) != self._line(y, view)[0]]
        if len(changed) == height:
            self.refresh()
            return
        for start, count in line_runs(changed):
            self.refresh(Region(0, start, width, count))

    def render_lines(self, crop: Region) -> list[Strip]:
        # Styles, width and row keys read once for all the lines a paint asks for: reading
        # them at each line cost about a third of the list's paint.
        self._painting = self._view()
        try:
            return super().render_lines(crop)
        finally:
            self._painting = None

    def render_line(self, y: int) -> Strip:
        key, hit = self._line(y, self._painting or self._view())
        self._painted[y] = key
        kind, width, style = key[:3]
        assert isinstance(width, int) and isinstance(style, Style)
        if kind == "blank":
            return Strip.blank(width, style.rich_style)
        if kind == "rule":
            return self._strips.rule(width, style)
        line = key[3]
        assert isinstance(line, int)
        if hit is None:
            return strip(Content("…" if line == 0 else ""), style, width)
        annotation = self._annotation(hit)
        return self._strips.row(hit, annotation, width, key[4] is True, style, key[5])[line]


def _aligned(ranking: Ranking | None, start: int, hits: list[QuoteHit]) -> list[QuoteHit | None]:
    """`hits` at the places of the ids they were read for; a quote gone since is a gap."""
    if ranking is None or ranking.ids is None:
        return list(hits)
    by_id = {hit.quote.id: hit for hit in hits}
    return [by_id.get(quote_id) for quote_id in ranking.ids[start : start + PAGE_ROWS]]
