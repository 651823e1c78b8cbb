"""What the quotes pane asks of the case at each keystroke: a ranking, then the rows of its first
page only, with the user's marks. A plain function, so the benchmarks time exactly this call.
Quotes marked not a quotation are never listed; those of excluded documents unless asked for."""

from __future__ import annotations

from dataclasses import dataclass, replace

from store.case import Case, Hidden
from store.models import QuoteAnnotation, QuoteHit
from store.search import QuoteFinder, Ranking, parse_query

LIMIT = 200
"""Quotes ranked for a query; the list reads their rows a page at a time."""
PAGE_ROWS = 25
"""Rows read at a time: more than a tall terminal shows, as few as a keystroke can afford."""


@dataclass
class FoundQuotes:
    ranking: Ranking
    hits: list[QuoteHit]
    """The first page of the ranking's hits."""
    annotations: dict[int, QuoteAnnotation]


def find_quotes(
    case: Case, finder: QuoteFinder, query: str, starred_only: bool, show_excluded: bool = False
) -> FoundQuotes:
    """The quotes matching `query` as the pane lists them (starred ones only, if asked; those
    of documents the review excluded only when `show_excluded`): an empty query lists every
    quote in document order."""
    hidden = Hidden(excluded=not show_excluded)
    if starred_only and not query.strip():
        starred = case.quote_hits(starred_only=True, hidden=hidden, limit=LIMIT)
        ids = tuple(hit.quote.id for hit in starred if hit.quote.id is not None)
        ranking = Ranking(parse_query(""), ids, (0.0,) * len(ids), len(ids), hidden)
    else:
        ranking = finder.rank(case, query, limit=LIMIT, hidden=hidden)
        if starred_only and ranking.ids:
            marks = case.quote_annotations(list(ranking.ids))
            ranking = only_starred(ranking, {i for i, mark in marks.items() if mark.starred})
    hits = finder.page(case, ranking, 0, PAGE_ROWS)
    page_ids = [hit.quote.id for hit in hits if hit.quote.id is not None]
    return FoundQuotes(ranking, hits, case.quote_annotations(page_ids) if page_ids else {})


def only_starred(ranking: Ranking, starred: set[int]) -> Ranking:
    """`ranking` less its quotes not starred, in the same order."""
    ids = ranking.ids or ()
    kept = [(i, score) for i, score in zip(ids, ranking.scores, strict=True) if i in starred]
    ids, scores = tuple(i for i, _ in kept), tuple(score for _, score in kept)
    return replace(ranking, ids=ids, scores=scores, total=len(ids))
