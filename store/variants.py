"""Linking quotes of different documents that report the same statement."""

from __future__ import annotations

from store.case import Case
from store.fingerprint import quote_keys
from store.quotes import are_variants, variant_score

# A key shared by more quotes than this stands for common wording, not for one statement;
# comparing against all of them would make each new quote cost more as the case grows.
MAX_BUCKET = 200


def link_document_variants(case: Case, doc_id: int) -> int:
    """Fingerprint every quote of one document and link it to its variants; returns pairs."""
    pairs: list[tuple[int, int, float]] = []
    new_keys: list[tuple[int, int]] = []
    for quote in case.quotes_of_document(doc_id):
        if quote.id is None:
            continue
        keys = quote_keys(quote.text)
        new_keys += [(key, quote.id) for key in keys]
        candidates = case.quotes_sharing_keys(keys, other_than_doc=doc_id, max_bucket=MAX_BUCKET)
        pairs += [
            (quote.id, other_id, variant_score(quote.text, other_text))
            for other_id, other_text in candidates
            if are_variants(quote.text, other_text)
        ]
    case.add_quote_keys(new_keys)
    if pairs:
        case.link_variants(pairs)
    return len(pairs)
