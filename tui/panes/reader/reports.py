"""Under the reader's article: the other articles' reports of the current quote's statement,
by date, where it first appeared in the case, and `R` to read the next one in date order (the
quote finder's `r`; in the reader `r` marks the document reviewed, as in the documents list)."""

from __future__ import annotations

from textual import on

from tui.panes.common import DocumentRequested
from tui.panes.quote_variants import QuoteVariants

REPORTS_KEY = "R"


class QuoteReports(QuoteVariants):
    """The current quote's other reports; reading one opens its article at its quote."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, key=REPORTS_KEY, from_here=True)

    @on(QuoteVariants.ReadRequested)
    def _read_report(self, message: QuoteVariants.ReadRequested) -> None:
        message.stop()
        self.post_message(DocumentRequested.for_quote(message.hit.quote))
