"""Candidates: the quotes worth ranking, read through a query's plan in bounded steps.

No step scans the whole case: at most `POOL` quotes are read per FTS5 expression. Each
look-up is answered from the connection's recent answers when it was made before
(store/search/cache.py), and the costliest of a keystroke may run on the side connection
(store/search/side.py) while this one makes the others.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from store.case import HIDE_REJECTED, Case, Hidden
from store.models import QuoteHit
from store.search.cache import SearchCache
from store.search.plan import Plan
from store.search.query import ParsedQuery
from store.search.rank import Candidate, is_excluded
from store.search.side import SideConnection
from store.search.vocabulary import fold

POOL = 200
SHORT_SCAN = 5_000
PAGE = 500

Rows = list[tuple[Any, ...]]


class Lookups:
    """A keystroke's FTS5 look-ups (`Case.quote_texts_matching`), less the `hidden` quotes,
    answered from the connection's memory when they were made before."""

    def __init__(
        self,
        case: Case,
        answers: SearchCache,
        side: SideConnection,
        hidden: Hidden = HIDE_REJECTED,
    ) -> None:
        self.case, self.answers, self.side, self.hidden = case, answers, side, hidden

    def matching(self, expression: str, limit: int, ranked: bool = False) -> Rows:
        return self.answers.get(
            ("fts", expression, limit, ranked, self.hidden),
            lambda: self.case.quote_texts_matching(
                expression, limit=limit, ranked=ranked, hidden=self.hidden
            ),
        )

    def started(self, expression: str, limit: int) -> Callable[[], Rows]:
        """The look-up begun on the side connection, if not answered already; its answer."""
        key = ("fts", expression, limit, False, self.hidden)
        beside = (
            None
            if key in self.answers
            else self.side.matching(self.case, expression, limit, self.hidden)
        )

        def answer() -> Rows:
            if beside is not None and (rows := beside.result()) is not None:
                return self.answers.get(key, lambda: rows)
            return self.matching(expression, limit)

        return answer


def find_candidates(
    lookups: Lookups, parsed: ParsedQuery, plan: Plan | None, limit: int
) -> list[Candidate]:
    """Quotes worth ranking: those holding every rarer word (each as one of its alternatives);
    when too many do, first those with the words next to each other as typed, or holding the
    common and short words too; then looser ones while fewer than `limit` were found. With no
    plan (no word long enough for the index), a LIKE over the first `SHORT_SCAN` quotes."""
    pool = max(POOL, limit)
    if plan is None:
        rows = lookups.case.quote_texts_scanning(
            contains=[*parsed.terms, *parsed.phrases, *parsed.exact],
            speaker=next(iter(parsed.speakers), None),
            outlet=next(iter(parsed.outlets), None),
            scan=SHORT_SCAN,
            limit=pool,
            hidden=lookups.hidden,
        )
        return [Candidate._make(row) for row in rows]
    if plan.every_word is None:
        return []
    found: dict[int, Candidate] = {}
    rows = lookups.matching(plan.every_word, pool + 1)
    if len(rows) > pool:
        # Those that found all their matches first: the quote sought is among them, if there.
        for narrow in sorted(_narrowed(lookups, plan, pool, limit), key=len):
            if len(found) < limit:
                _add(narrow[:pool], found)
        if plan.ranked and len(found) < limit:
            rows = lookups.matching(plan.every_word, pool, ranked=True)
    if len(found) < limit:
        _add(rows[:pool], found)
    # Looser matches fill the list: as many as it lacks, each costing a score.
    for expression in plan.all_but_one:
        if len(found) < limit:
            _add(lookups.matching(expression, limit - len(found)), found)
    if len(found) < limit and plan.any_word is not None:
        _add(lookups.matching(plan.any_word, limit - len(found), plan.any_ranked), found)
    return list(found.values())


def _narrowed(lookups: Lookups, plan: Plan, pool: int, limit: int) -> list[Rows]:
    """Where `every_word` has too many: the quotes with all the words, with the words whole as
    typed, with them in a row and near each other (up to a pool and one each)."""
    # All of these are needed: the costliest goes to the side connection meanwhile.
    narrower = lookups.started(plan.narrower, pool + 1) if plan.narrower else lambda: []
    as_typed = lookups.matching(plan.as_typed, pool + 1) if plan.as_typed else []
    in_a_row = lookups.matching(plan.in_a_row, pool + 1) if plan.in_a_row else []
    # The quotes with the words in a row are among those with them near each other, and come
    # first (being fewer) where these are used: when they fill the list, the others never do.
    near = []
    if plan.near is not None and len(in_a_row) < limit:
        near = lookups.matching(plan.near, pool + 1)
    return [narrower(), as_typed, in_a_row, near]


def _add(rows: Rows, found: dict[int, Candidate]) -> None:
    for row in rows:
        found.setdefault(row[0], Candidate._make(row))


def in_document_order(
    case: Case, folded: ParsedQuery, limit: int, hidden: Hidden = HIDE_REJECTED
) -> list[QuoteHit]:
    """A query that selects nothing: the quotes in document order (for `@?` those whose
    speaker is in doubt), less the `hidden` ones and those holding a word the query excludes."""
    uncertain = folded.uncertain
    if not folded.excluded:
        return case.quote_hits(hidden=hidden, limit=limit, uncertain_only=uncertain)
    kept: list[QuoteHit] = []
    for offset in range(0, SHORT_SCAN, PAGE):
        page = case.quote_hits(hidden=hidden, offset=offset, limit=PAGE, uncertain_only=uncertain)
        kept += [hit for hit in page if not is_excluded(fold(hit.quote.text), folded)]
        if len(kept) >= limit or len(page) < PAGE:
            break
    return kept[:limit]
