"""A quote with its citation, as the clipboard gets it and as the user is told about it."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from store.models import QuoteHit
from store.publish.cite import citation_for, format_citation
from store.safe_text import one_line
from tui.clipboard import clipboard_safe
from tui.settings import CitationStyle, style_name

SUMMARY_WORDS = 6


@dataclass
class CitationRequested(Message):
    """A pane asks for `hit` to be copied with its citation, in the style the user chose."""

    hit: QuoteHit


def citation_text(hit: QuoteHit, style: CitationStyle) -> str:
    """The quote and its citation, with nothing a terminal would act on when it is pasted."""
    return clipboard_safe(format_citation(citation_for(hit), style))


def citation_summary(hit: QuoteHit, style: CitationStyle) -> str:
    """The quote's first words and the style: “We will not give up…” (APA)."""
    return f"{opening_words(hit.quote.text)} ({style_name(style)})"


def opening_words(text: str) -> str:
    """The first words of `text`, on one line and in quotation marks: “We will not give up…”."""
    words = one_line(text).split()
    ellipsis = "…" if len(words) > SUMMARY_WORDS else ""
    return f"“{' '.join(words[:SUMMARY_WORDS])}{ellipsis}”"
