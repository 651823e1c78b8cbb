"""Linking quotes of different documents that report the same statement."""

from __future__ import annotations

import re

from store.case import Case
from store.quotes import are_variants, variant_score

DISTINCTIVE_WORDS = 6
CANDIDATES_PER_QUOTE = 50
WORD = re.compile(r"[^\W_]{4,}")


def link_document_variants(case: Case, doc_id: int) -> int:
    """Find and record the variants of every quote of one document; returns pairs linked."""
    pairs: list[tuple[int, int, float]] = []
    for quote in case.quotes_of_document(doc_id):
        match = candidate_match(quote.text)
        if match is None or quote.id is None:
            continue
        candidate_ids = case.quote_ids_matching(match, limit=CANDIDATES_PER_QUOTE)
        for hit in case.quote_hits(quote_ids=candidate_ids, limit=len(candidate_ids)):
            other = hit.quote
            if (
                other.doc_id != doc_id
                and other.id is not None
                and are_variants(quote.text, other.text)
            ):
                pairs.append((quote.id, other.id, variant_score(quote.text, other.text)))
    if pairs:
        case.link_variants(pairs)
    return len(pairs)


def candidate_match(text: str) -> str | None:
    """An FTS5 expression finding quotes that share the longest words of `text`."""
    words = sorted(set(WORD.findall(text.lower())), key=len, reverse=True)[:DISTINCTIVE_WORDS]
    if len(words) < 2:
        return None
    return "text : (" + " OR ".join(f'"{word}"' for word in words) + ")"
