"""Under the quote list (and the reader's article): the other articles reporting the quote, to
read in turn."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on, work
from textual.content import Content
from textual.message import Message
from textual.reactive import var
from textual.widgets import Static
from textual.worker import Worker

from store.case import CasePool
from store.case.report_order import first_report, hit_order
from store.models import QuoteHit
from store.safe_text import one_line
from tui.panes.common import report_failed_worker
from tui.panes.quote_rows import DETAILS_STYLE, SPEAKER_STYLE, day_month_year

SHOWN_VARIANTS = 3
SHOWN_QUOTE_CHARS = 70
NEXT_MARK = "› "


class QuoteVariants(Static):
    """Shows where else `quote` was reported; hidden when nowhere else."""

    pool: var[CasePool | None] = var(None)
    quote: var[QuoteHit | None] = var(None)

    @dataclass
    class VariantsFound(Message):
        quote_id: int
        variants: list[QuoteHit]

    @dataclass
    class ReadRequested(Message):
        """The user asks to read `hit`, another report of the quote, in its article."""

        hit: QuoteHit

    def __init__(self, *, id: str | None = None, key: str = "r", from_here: bool = False) -> None:
        """`key` is the one that reads the next report, as the heading names it. With
        `from_here` the first read is the report after the quote by date (the reader, which
        then shows that report's quote: each press goes on through the statement's reports in
        date order); else the earliest (the quote finder, whose quote stays highlighted)."""
        super().__init__(id=id)
        self.variants: list[QuoteHit] = []
        self._turn = 0  # the variant `read_next` opens
        self._keys_on = False  # whether the footer was last drawn with the key
        self._key = key
        self._from_here = from_here

    @property
    def has_variants(self) -> bool:
        return bool(self.variants)

    def watch_pool(self, pool: CasePool | None) -> None:
        # The case was read anew (a reload, an ingest, another process's change): the same
        # quote may have more reports, or fewer.
        if pool is not None and self.quote is not None and self.quote.quote.id is not None:
            self._find(pool, self.quote.quote.id)

    def watch_quote(self, old: QuoteHit | None, hit: QuoteHit | None) -> None:
        quote_id = hit.quote.id if hit is not None else None
        if old is not None and quote_id is not None and old.quote.id == quote_id:
            return  # the same quote found again (a key typed on): its reports are the same
        # Not hidden until the new quote's reports are read: hiding and showing again would lay
        # the screen out twice. `r` is off meanwhile.
        self.variants, self._turn = [], 0
        if quote_id is not None and self.pool is not None:
            self._find(self.pool, quote_id)
        else:
            self._set_variants([])

    @work(thread=True, exclusive=True, exit_on_error=False, group="variants")
    def _find(self, pool: CasePool, quote_id: int) -> None:
        self.post_message(self.VariantsFound(quote_id, pool.get().variants_of(quote_id)))

    @on(VariantsFound)
    def _list_found(self, message: VariantsFound) -> None:
        if self.quote is None or self.quote.quote.id != message.quote_id:
            return  # the highlight moved on while they were read
        self._set_variants(message.variants)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failed_worker(self, event, "Could not find the other reports")

    def read_next(self) -> None:
        """Ask for the next variant in the reader; after the last, the first again."""
        if self.variants:
            hit = self.variants[self._turn % len(self.variants)]
            self._turn += 1
            self._show()
            self.post_message(self.ReadRequested(hit))

    def _set_variants(self, variants: list[QuoteHit]) -> None:
        flipped = bool(variants) != self._keys_on
        self._keys_on = bool(variants)
        self.variants = variants
        self._turn = self._first_turn()
        self._show()
        if flipped:
            self.refresh_bindings()  # `r` comes or goes; only then, as it redraws the footer

    def _first_turn(self) -> int:
        """The variant the key reads first (see `__init__`)."""
        if not self._from_here or self.quote is None:
            return 0
        here = hit_order(self.quote)
        later = (k for k, variant in enumerate(self.variants) if hit_order(variant) > here)
        return next(later, 0)  # after the latest report: the earliest again

    def _show(self) -> None:
        self.display = bool(self.variants)
        if not self.variants:
            return
        count = len(self.variants)
        heading = "Also reported by" if count == 1 else f"Also reported by {count} others"
        hint = f"   {self._key} reads the next"
        lines = [Content.assemble((heading, "bold"), (hint, DETAILS_STYLE))]
        if self.quote is not None:
            first = first_report(self.quote, self.variants)
            if first is not None:
                lines.append(first_line(first, here=first is self.quote))
        upcoming = self._turn % count
        start = upcoming if upcoming >= SHOWN_VARIANTS else 0  # the next one always shows
        for index, variant in enumerate(self.variants[start : start + SHOWN_VARIANTS], start):
            lines.append(variant_line(variant, upcoming=index == upcoming))
        hidden = count - min(SHOWN_VARIANTS, count - start)
        if hidden:
            lines.append(Content.styled(f"  … and {hidden} more", DETAILS_STYLE))
        self.update(Content("\n").join(lines))


def first_line(hit: QuoteHit, *, here: bool) -> Content:
    """First in Breitbart, 27 July 2016: where the statement first appeared in the case."""
    where = (
        "this article" if here else (one_line(hit.source or "") or f"“{one_line(hit.doc_title)}”")
    )
    return Content.styled(f"  First in {where}, {day_month_year(hit.published)}", DETAILS_STYLE)


def variant_line(hit: QuoteHit, *, upcoming: bool) -> Content:
    """› The Star · 13 May 2024 · “We admit we have a problem…” (the mark on the one `r` reads)."""
    where = one_line(hit.source or "") or f"“{one_line(hit.doc_title)}”"
    text = one_line(hit.quote.text)
    if len(text) > SHOWN_QUOTE_CHARS:
        text = text[:SHOWN_QUOTE_CHARS].rstrip() + "…"
    details = " · ".join(part for part in (day_month_year(hit.published), f"“{text}”") if part)
    return Content.assemble(
        NEXT_MARK if upcoming else " " * len(NEXT_MARK),
        (where, SPEAKER_STYLE),
        (f" · {details}", DETAILS_STYLE),
    )
