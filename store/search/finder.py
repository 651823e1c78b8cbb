"""The quote finder: one object per case pool, owning what it keeps between keystrokes."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from store.case import HIDE_REJECTED, Case, CaseError, Hidden
from store.models import QuoteHit
from store.search.cache import Answers, SearchCache
from store.search.candidates import Lookups, find_candidates, in_document_order
from store.search.plan import plan_query
from store.search.query import ParsedQuery, parse_query
from store.search.rank import Candidate, fold_query, hits_for, ranked_hits, ranked_ids
from store.search.side import SideConnection
from store.search.vocabulary import Vocabularies
from store.search.weights import term_rarities


class SearchError(CaseError):
    """The quote index could not be read (locked, damaged or missing): never "no results"."""

    @classmethod
    def of(cls, path: Path, error: sqlite3.Error) -> SearchError:
        name = getattr(error, "sqlite_errorname", "") or ""
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            why = "the case file is locked by another program; try again when it is done"
        elif "no such table" in str(error):
            why = "its quote index is missing"
        else:
            why = "the case file or its quote index is damaged"
        return cls(f"{path}: cannot search the quotes: {why} ({error})")


@dataclass(frozen=True)
class Ranking:
    """A query's answer without its rows: the ids of the quotes best matching it, best first,
    with their scores; or, with `ids` None, every quote of the case in document order (for
    `@?`, every quote whose speaker is in doubt, in `Case.quote_hits`' order). The
    quotes it leaves out (`hidden`) stay out of its pages.

    A list that shows a page at a time keeps it and reads its hits with `QuoteFinder.page`:
    the order is fixed once ranked, so no page repeats or skips a quote of another.
    """

    parsed: ParsedQuery
    ids: tuple[int, ...] | None
    scores: tuple[float, ...]
    total: int
    """How many quotes it lists."""
    hidden: Hidden = HIDE_REJECTED


class QuoteFinder:
    """Finds the quotes of one case file for the connections of its pool (one per thread).

    It keeps the case's vocabulary, each connection's recent answers and a side connection,
    all for as long as it lives: `close()` it with its pool. Safe to use from several threads,
    each with its own connection.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._vocabularies = Vocabularies()
        self._answers = Answers()
        self._side = SideConnection()

    def prepare(self, case: Case) -> None:
        """Read what the first search needs (the vocabulary, a scan of the whole quote
        index), so that the first keystroke does not wait for it."""
        try:
            self._vocabularies.of(case)
        except sqlite3.DatabaseError as error:
            raise SearchError.of(case.path, error) from error

    def search(
        self, case: Case, query: str, *, limit: int = 50, hidden: Hidden = HIDE_REJECTED
    ) -> list[QuoteHit]:
        """The quotes best matching `query`, best first, with `score` (0..100) and `highlights`;
        never a `hidden` one (by default those marked not a quotation).

        The same query asked again of an unchanged case is answered from memory. Raises
        `SearchError` when the quote index cannot be read: no answer is not "no results".
        """
        if limit <= 0:
            return []
        parsed = parse_query(query)
        try:
            answers = self._answers.of(case)
            hits = answers.get(
                ("hits", parsed, limit, hidden),
                lambda: self._find(case, answers, parsed, limit, hidden),
            )
        except sqlite3.DatabaseError as error:
            raise SearchError.of(case.path, error) from error
        # Copies, so that a caller's changes stay its own; the quotes in them are shared.
        return [hit.model_copy() for hit in hits]

    def rank(
        self, case: Case, query: str, *, limit: int = 50, hidden: Hidden = HIDE_REJECTED
    ) -> Ranking:
        """The `limit` quotes best matching `query` as ids, in the order `search` gives them
        (a query that selects nothing and filters nothing: every quote, uncounted by
        `limit`); their rows come a page at a time from `page`. Kept in memory as `search`'s
        answers are; raises `SearchError` as it does."""
        parsed = parse_query(query)
        try:
            answers = self._answers.of(case)
            return answers.get(
                ("ranking", parsed, limit, hidden),
                lambda: self._rank(case, answers, parsed, limit, hidden),
            )
        except sqlite3.DatabaseError as error:
            raise SearchError.of(case.path, error) from error

    def page(self, case: Case, ranking: Ranking, start: int, stop: int) -> list[QuoteHit]:
        """Hits `start` to `stop` of `ranking`, with scores and highlights: `search`'s hits
        for the same query and limit, sliced. A quote replaced by an ingest since it was
        ranked is left out."""
        start, stop = max(0, start), min(stop, ranking.total)
        if stop <= start:
            return []
        try:
            if ranking.ids is None:
                return case.quote_hits(
                    hidden=ranking.hidden,
                    uncertain_only=ranking.parsed.uncertain,
                    offset=start,
                    limit=stop - start,
                )
            chosen = zip(ranking.ids[start:stop], ranking.scores[start:stop], strict=True)
            return hits_for(case, list(chosen), ranking.parsed, ranking.hidden)
        except sqlite3.DatabaseError as error:
            raise SearchError.of(case.path, error) from error

    def forget(self, case: Case | None = None) -> None:
        """Drop the answers kept for `case` (for every connection without one): the next
        searches start cold, as a new session's would."""
        self._answers.forget(case)

    def close(self) -> None:
        """End the side connection and its thread; searches after this run without them."""
        self._side.close()

    def __enter__(self) -> QuoteFinder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _find(
        self, case: Case, answers: SearchCache, parsed: ParsedQuery, limit: int, hidden: Hidden
    ) -> list[QuoteHit]:
        if not parsed.selects:
            return in_document_order(case, fold_query(parsed), limit, hidden)
        vocab = self._vocabularies.of(case)
        plan = plan_query(parsed, vocab)
        lookups = Lookups(case, answers, self._side, hidden)
        candidates = _in_doubt_if_asked(case, parsed, find_candidates(lookups, parsed, plan, limit))
        return ranked_hits(case, candidates, parsed, limit, hidden, term_rarities(parsed, vocab))

    def _rank(
        self, case: Case, answers: SearchCache, parsed: ParsedQuery, limit: int, hidden: Hidden
    ) -> Ranking:
        if limit <= 0:
            return Ranking(parsed, (), (), 0, hidden)
        if not parsed.selects:
            folded = fold_query(parsed)
            if not folded.excluded:  # every quote, or for `@?` every quote in doubt, in order
                total = (
                    case.count_uncertain_quotes(hidden)
                    if folded.uncertain
                    else case.count_shown_quotes(hidden)
                )
                return Ranking(parsed, None, (), total, hidden)
            kept = in_document_order(case, folded, limit, hidden)
            ids = tuple(hit.quote.id for hit in kept if hit.quote.id is not None)
            return Ranking(parsed, ids, tuple(hit.score for hit in kept), len(ids), hidden)
        vocab = self._vocabularies.of(case)
        plan = plan_query(parsed, vocab)
        lookups = Lookups(case, answers, self._side, hidden)
        candidates = _in_doubt_if_asked(case, parsed, find_candidates(lookups, parsed, plan, limit))
        ranked = ranked_ids(candidates, parsed, limit, term_rarities(parsed, vocab))
        ids, scores = tuple(i for i, _ in ranked), tuple(score for _, score in ranked)
        return Ranking(parsed, ids, scores, len(ids), hidden)


def _in_doubt_if_asked(
    case: Case, parsed: ParsedQuery, candidates: list[Candidate]
) -> list[Candidate]:
    """`candidates`, for `@?` only those whose speaker is in doubt."""
    if not parsed.uncertain:
        return candidates
    doubtful = case.in_doubt([candidate.id for candidate in candidates])
    return [candidate for candidate in candidates if candidate.id in doubtful]


def search_quotes(
    case: Case, query: str, *, limit: int = 50, hidden: Hidden = HIDE_REJECTED
) -> list[QuoteHit]:
    """One search of `case` by a finder of its own (the command line's): a session that
    searches again keeps a `QuoteFinder` (its pool's) to reuse what it read."""
    with QuoteFinder(case.path) as finder:
        return finder.search(case, query, limit=limit, hidden=hidden)
