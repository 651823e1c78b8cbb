"""Linking quotes of different documents that report the same statement."""

from __future__ import annotations

from store.case import Case
from store.fingerprint import Fingerprint, fingerprints
from store.quoting.variants import variant_match

# A key shared by more quotes than this stands for common wording, not for one statement;
# comparing against all of them would make each new quote cost more as the case grows.
MAX_BUCKET = 200


def link_document_variants(case: Case, doc_id: int, prints: list[Fingerprint] | None = None) -> int:
    """Record the keys of every quote of one document and link it to its variants; returns
    pairs. `prints` are the document's quotes in order, when already fingerprinted."""
    if prints is None:
        prints = fingerprints([quote.text for quote in case.quotes_of_document(doc_id)])
    counts = case.key_counts(key for _, keys in prints for key in keys)
    holders = case.quotes_by_key(
        [key for key, count in counts.items() if count <= MAX_BUCKET], other_than_doc=doc_id
    )
    pairs: list[tuple[int, int, float]] = []
    new_keys: list[tuple[int, int]] = []
    for quote_id, (text, keys) in zip(case.quote_ids(doc_id), prints, strict=True):
        new_keys += [(key, quote_id) for key in keys]
        for other_id, other_text in sorted({held for key in keys for held in holders.get(key, ())}):
            score = variant_match(text, other_text)
            if score is not None:
                pairs.append((quote_id, other_id, score))
    case.add_quote_keys(new_keys, max_bucket=MAX_BUCKET, counts=counts)
    if pairs:
        case.link_variants(pairs)
    return len(pairs)
