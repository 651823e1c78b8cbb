"""The reader's changes to a document's quotes: the current quote's speaker, a quote marked not
a quotation, and a quote added from the words selected. Each is written in a worker of the
pane's write group; the document's quotes then come back as the case file holds them
(`QuotesSaved`), to be marked anew."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.message import Message
from textual.widget import Widget

from store.case import Case, CasePool
from store.models import QuoteHit
from tui.panes.common import WRITE_GROUP, Span

SPEAKER_WORKER = "reader-speaker"
ADD_QUOTE_WORKER = "reader-add-quote"
NOT_A_QUOTE_WORKER = "reader-not-a-quote"
WRITE_ERRORS = {
    SPEAKER_WORKER: "Could not save the speaker",
    ADD_QUOTE_WORKER: "Could not add the quote",
    NOT_A_QUOTE_WORKER: "Could not mark the quote",
}
NO_SELECTION = "Select the quote's words in the article with the mouse, then press + again."
NOT_ONE_PARAGRAPH = "A quote is added from words of one paragraph of text: select only those."


@dataclass
class QuotesSaved(Message):
    """A document's quotes, in order, after the reader changed one of them."""

    doc_id: int
    quotes: list[QuoteHit]
    current_id: int | None
    """The quote changed or added: the current one from now on."""


@dataclass
class QuotesReread(Message):
    """A document's quotes, in order, read again after another pane (or process) changed
    some: nothing for the other panes to do, unlike `QuotesSaved`."""

    doc_id: int
    quotes: list[QuoteHit]


def reread_quotes(widget: Widget, pool: CasePool, doc_id: int) -> None:
    """Read document `doc_id`'s quotes again in a worker; `QuotesReread` brings them."""

    def read() -> None:
        widget.post_message(QuotesReread(doc_id, document_quote_hits(pool.get(), doc_id)))

    widget.run_worker(
        read,
        name="reader-quotes",
        thread=True,
        group="reader-quotes",
        exclusive=True,
        exit_on_error=False,
    )


def document_quote_hits(case: Case, doc_id: int) -> list[QuoteHit]:
    """The document's quotes, in order, with what their citations need."""
    ids = [quote.id for quote in case.quotes_of_document(doc_id) if quote.id is not None]
    return case.quote_hits(quote_ids=ids, limit=len(ids)) if ids else []


def save_speaker(widget: Widget, case_path: Path, doc_id: int, quote_id: int, name: str) -> None:
    """Give quote `quote_id` the speaker `name` ("" gives back the extracted one)."""

    def write() -> None:
        with Case(case_path) as case:
            case.annotate_quote(quote_id, speaker=" ".join(name.split()))
            hits = document_quote_hits(case, doc_id)
        widget.post_message(QuotesSaved(doc_id, hits, quote_id))

    widget.run_worker(
        write, name=SPEAKER_WORKER, thread=True, group=WRITE_GROUP, exit_on_error=False
    )


def save_not_a_quote(widget: Widget, case_path: Path, doc_id: int, quote_id: int) -> None:
    """Mark quote `quote_id` not a quotation: it leaves the document's quotes."""

    def write() -> None:
        with Case(case_path) as case:
            case.annotate_quote(quote_id, rejected=True)
            hits = document_quote_hits(case, doc_id)
        widget.post_message(QuotesSaved(doc_id, hits, None))

    widget.run_worker(
        write, name=NOT_A_QUOTE_WORKER, thread=True, group=WRITE_GROUP, exit_on_error=False
    )


def not_a_quote_notice(quote_id: int) -> str:
    return (
        "Marked not a quotation: the reader, lists, search, speakers and exports leave it out."
        f" To undo: casebrowser annotate {quote_id} --is-a-quote"
    )


def save_added_quote(
    widget: Widget, case_path: Path, doc_id: int, paragraph: int, span: Span, speaker: str
) -> None:
    """Add characters `span` of paragraph `paragraph` as a quote of `speaker` ("": unknown)."""

    def write() -> None:
        with Case(case_path) as case:
            quote = case.add_quote(doc_id, paragraph, *span, speaker or None)
            hits = document_quote_hits(case, doc_id)
        widget.post_message(QuotesSaved(doc_id, hits, quote.id))

    widget.run_worker(
        write, name=ADD_QUOTE_WORKER, thread=True, group=WRITE_GROUP, exit_on_error=False
    )
