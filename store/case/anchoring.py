"""Finding the quote an annotation belongs to again after its document is re-ingested."""

from __future__ import annotations

from rapidfuzz import fuzz

from store.models import Paragraph, Quote

CONTEXT_CHARS = 60
# A re-ingested quote with small edits (a typo fixed, a word changed) still scores above this;
# a different quote of the same document does not.
MIN_TEXT_SCORE = 85.0


def quote_context(quote: Quote, paragraphs: list[Paragraph]) -> str:
    """The words around a quote in its document, to tell apart quotes with the same text."""
    before = paragraphs[quote.paragraph].text[max(0, quote.start - CONTEXT_CHARS) : quote.start]
    after = paragraphs[quote.end_paragraph].text[quote.end : quote.end + CONTEXT_CHARS]
    return f"{before}\u2026{after}"


def match_quote(text: str, context: str, candidates: list[tuple[int, str, str]]) -> int | None:
    """The id of the candidate `(id, text, context)` that is the annotated quote, if any."""
    best_id, best_score = None, 0.0
    for quote_id, candidate_text, candidate_context in candidates:
        text_score = 100.0 if candidate_text == text else fuzz.ratio(text, candidate_text)
        if text_score < MIN_TEXT_SCORE:
            continue
        score = text_score * 2 + fuzz.ratio(context, candidate_context)
        if score > best_score:
            best_id, best_score = quote_id, score
    return best_id
