"""Ranking: how well each candidate matches the query (rapidfuzz), best first, highlighted.

Each word is scored against the quote text (100 at a word start, 90 inside a word, else
`partial_ratio`) or, discounted, its speaker or outlet; the mean over the words, weighted by
length and rarity (store/search/weights.py), with a share for the words appearing together
and in order. Equal scores keep
document order. Results depend only on the case and the query.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from store.case import HIDE_REJECTED, Case, Hidden
from store.models import QuoteHit
from store.search.query import MIN_INDEXED, ParsedQuery
from store.search.vocabulary import NAME_TYPO_MIN, fold, index_words

FILTER_CUTOFF = 80.0
HIGHLIGHT_CUTOFF = 75.0
WORD_START_SCORE = 95.0
MID_WORD_SCORE = 90.0
SPEAKER_WEIGHT = 0.9
OUTLET_WEIGHT = 0.8
PROXIMITY_WEIGHT = 0.2
LENGTH_WEIGHT_MAX = 8  # letters: a longer word counts no more for its length
MIN_SCORE = 50.0

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_INDEX_WORD = re.compile(r"[^\W_]+")  # as the index splits words (store/search/vocabulary.py)


class Candidate(NamedTuple):
    """A quote as ranking sees it: `Case.SEARCH_COLUMNS`."""

    id: int
    text: str
    speaker: str | None
    outlet: str | None
    published: str | None
    doc_id: int
    position: int

    def document_order(self) -> tuple[bool, str, int, int]:
        """The order of `Case.quote_hits`: undated documents first, as SQLite sorts NULL."""
        return (self.published is not None, self.published or "", self.doc_id, self.position)


def ranked_hits(
    case: Case,
    candidates: list[Candidate],
    parsed: ParsedQuery,
    limit: int,
    hidden: Hidden = HIDE_REJECTED,
    rarities: Mapping[str, float] | None = None,
) -> list[QuoteHit]:
    """The `limit` best candidates scoring at least `MIN_SCORE`, as hits with their score
    and highlights."""
    return hits_for(case, ranked_ids(candidates, parsed, limit, rarities), parsed, hidden)


def ranked_ids(
    candidates: list[Candidate],
    parsed: ParsedQuery,
    limit: int,
    rarities: Mapping[str, float] | None = None,
) -> list[tuple[int, float]]:
    """The ids of the `limit` best candidates scoring at least `MIN_SCORE`, best first (equal
    scores in document order), with their scores (`rarities`: see `Scorer`). For `@?` the
    quotes whose speaker is named but in doubt (uncertain, disputed) come before those with
    no speaker at all: they are the ones a review can settle, and the speaker-less are many
    more."""
    scorer = Scorer(parsed, rarities)
    scored = [
        (score, candidate)
        for candidate in candidates
        if (score := scorer.score(candidate)) is not None and score >= MIN_SCORE
    ]
    unnamed_last = parsed.uncertain
    scored.sort(
        key=lambda pair: (
            unnamed_last and pair[1].speaker is None,
            -pair[0],
            pair[1].document_order(),
        )
    )
    return [(candidate.id, score) for score, candidate in scored[:limit]]


def hits_for(
    case: Case,
    ranked: Sequence[tuple[int, float]],
    parsed: ParsedQuery,
    hidden: Hidden = HIDE_REJECTED,
) -> list[QuoteHit]:
    """The quotes `ranked` (id, score) in that order, as hits with their score and
    highlights; a quote replaced by an ingest, or hidden, since it was ranked is left out."""
    if not ranked:
        return []
    ids = [quote_id for quote_id, _ in ranked]
    listed = case.quote_hits(quote_ids=ids, hidden=hidden, limit=len(ids))
    hits = {hit.quote.id: hit for hit in listed}
    found = []
    for quote_id, score in ranked:
        hit = hits.get(quote_id)
        if hit is None:
            continue
        hit.score = round(score, 1)
        hit.highlights = highlight_spans(hit.quote.text, parsed)
        found.append(hit)
    return found


def highlight_spans(text: str, parsed: ParsedQuery) -> list[tuple[int, int]]:
    """Character spans of `text` that match the query's phrases and words, merged and sorted.

    A word is marked where it occurs (a short one only at a word start, where it is not noise);
    a word that does not occur marks the text's words closest to it, if close enough.
    """
    spans = [
        match.span()
        for phrase in parsed.phrases
        for match in re.finditer(re.escape(phrase), text, re.IGNORECASE)
    ]
    spans += [span for words in parsed.exact for span in _whole_word_spans(words, text)]
    for term in parsed.terms:
        spans += _exact_spans(term, text) or _closest_word_spans(term, text)
    return _merged(spans)


def fold_query(parsed: ParsedQuery) -> ParsedQuery:
    """The query folded once to be compared with many candidates."""

    def processed(values: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_processed(value) for value in values)

    return ParsedQuery(
        terms=processed(parsed.terms),
        phrases=tuple(fold(phrase) for phrase in parsed.phrases),
        exact=tuple(words for text in parsed.exact if (words := " ".join(index_words(text)))),
        speakers=processed(parsed.speakers),
        outlets=processed(parsed.outlets),
        excluded=tuple(fold(text) for text in parsed.excluded),
        uncertain=parsed.uncertain,
    )


def _processed(text: str) -> str:
    """`text` as rapidfuzz compares it: folded as the index folds it, punctuation as spaces."""
    return default_process(fold(text))


def is_excluded(lowered_text: str, folded: ParsedQuery) -> bool:
    return any(text in lowered_text for text in folded.excluded)


class Scorer:
    """Scores candidates against one query, folded once. Who said a quote and where repeat
    across the candidates, unlike their texts: their scores are kept for the query.

    A plain word counts by its length (up to `LENGTH_WEIGHT_MAX` letters) times its rarity
    in `rarities` (by the word as typed; store/search/weights.py), 1 for a word not in it."""

    def __init__(self, parsed: ParsedQuery, rarities: Mapping[str, float] | None = None) -> None:
        self.folded = fold_query(parsed)
        self._attributions: dict[tuple[str, str | None, str | None], float] = {}
        self._fields: dict[tuple[str, str | None], float] = {}
        rarities = rarities or {}
        self._weights = [
            min(len(folded), LENGTH_WEIGHT_MAX) * rarities.get(term, 1.0)
            for term, folded in zip(parsed.terms, self.folded.terms, strict=True)
        ]
        self._total_weight = sum(self._weights) or 1.0

    def score(self, candidate: Candidate) -> float | None:
        """How well `candidate` matches (0..100), or None when a filter rejects it."""
        folded = self.folded
        lowered = fold(candidate.text)
        if is_excluded(lowered, folded) or not all(p in lowered for p in folded.phrases):
            return None
        if folded.exact and not _has_whole_words(folded.exact, lowered):
            return None
        filters = [self._field_score(name, candidate.speaker) for name in folded.speakers]
        filters += [self._field_score(name, candidate.outlet) for name in folded.outlets]
        if any(score < FILTER_CUTOFF for score in filters):
            return None
        if not folded.terms:
            return sum(filters) / len(filters) if filters else 100.0
        text = default_process(lowered)
        scores = [self._term_score(term, text, candidate) for term in folded.terms]
        mean = sum(w * s for w, s in zip(self._weights, scores, strict=True)) / self._total_weight
        if len(folded.terms) == 1:
            return mean
        together = _contained(" ".join(folded.terms), text)
        return (1 - PROXIMITY_WEIGHT) * mean + PROXIMITY_WEIGHT * together

    def _term_score(self, term: str, text: str, candidate: Candidate) -> float:
        """A word's match in the quote, or in who said it or where, if that is better."""
        score = _word_score(term, text)
        if score >= _BEST_ATTRIBUTION:  # its speaker or outlet could not do better
            return score
        key = (term, candidate.speaker, candidate.outlet)
        if key not in self._attributions:
            self._attributions[key] = _attribution_score(*key)
        return max(score, self._attributions[key])

    def _field_score(self, name: str, field: str | None) -> float:
        key = (name, field)
        if key not in self._fields:
            self._fields[key] = _name_score(name, _processed(field or ""))
        return self._fields[key]


def _name_score(name: str, field: str) -> float:
    """How well a speaker's or outlet's `name` (processed) matches `field` (0..100): a word of
    the name shorter than `NAME_TYPO_MIN` letters must be in it as written, as the index
    look-up asks (`store.search.vocabulary`): "madry" is not "mary"."""
    if any(len(word) < NAME_TYPO_MIN and word not in field for word in name.split()):
        return 0.0
    return _contained(name, field)


def _has_whole_words(exact: tuple[str, ...], lowered: str) -> bool:
    """Whether each run of words in `exact` is a run of whole words of the text (folded)."""
    words = f" {' '.join(index_words(lowered))} "
    return all(f" {run} " in words for run in exact)


_BEST_ATTRIBUTION = 100.0 * max(SPEAKER_WEIGHT, OUTLET_WEIGHT)


def _attribution_score(term: str, speaker: str | None, outlet: str | None) -> float:
    """How well a word matches who said the quote or where, below a match in the quote."""
    return max(
        SPEAKER_WEIGHT * _word_score(term, _processed(speaker or "")),
        OUTLET_WEIGHT * _word_score(term, _processed(outlet or "")),
    )


def _word_score(term: str, field: str) -> float:
    """100 where `term` is a word of `field`, less where it starts one, less again inside a
    word, else its fuzzy score."""
    padded = f" {field} "
    if f" {term} " in padded:
        return 100.0
    if f" {term}" in padded:
        return WORD_START_SCORE
    if term in field:
        return MID_WORD_SCORE
    return _contained(term, field)


def _contained(needle: str, haystack: str) -> float:
    """How well `needle` appears in `haystack` (0..100).

    partial_ratio aligns the shorter string inside the longer, whichever that is: a speaker
    "Ali" would score 100 against the word "alibi", so a shorter haystack is compared whole.
    """
    if not haystack:
        return 0.0
    if needle and needle in haystack:  # what partial_ratio finds, after a longer search
        return 100.0
    if len(haystack) < len(needle):
        return fuzz.ratio(needle, haystack)
    return fuzz.partial_ratio(needle, haystack)


# ---- highlights ---------------------------------------------------------------------------


def _whole_word_spans(words: str, text: str) -> list[tuple[int, int]]:
    """Where the index words of `words` are whole words of `text`, in a row."""
    wanted = index_words(words)
    if not wanted:
        return []
    found = [(match.span(), fold(match.group())) for match in _INDEX_WORD.finditer(text)]
    size = len(wanted)
    return [
        (found[at][0][0], found[at + size - 1][0][1])
        for at in range(len(found) - size + 1)
        if [word for _, word in found[at : at + size]] == wanted
    ]


def _exact_spans(term: str, text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _term_pattern(term).finditer(text)]


def _term_pattern(term: str) -> re.Pattern[str]:
    pattern = re.escape(term)
    if len(default_process(term)) < MIN_INDEXED:
        pattern = r"(?<!\w)" + pattern
    return re.compile(pattern, re.IGNORECASE)  # re keeps the patterns it compiled


def _closest_word_spans(term: str, text: str) -> list[tuple[int, int]]:
    folded = _processed(term)
    if len(folded) < MIN_INDEXED:
        return []
    words = [match.span() for match in _WORD.finditer(text)]
    matches = process.extract(
        folded,
        [text[start:end] for start, end in words],
        scorer=fuzz.ratio,
        processor=default_process if text.isascii() else _processed,  # the same, sooner
        score_cutoff=HIGHLIGHT_CUTOFF,
        limit=None,
    )
    best = max((score for _, score, _ in matches), default=0.0)
    return [words[index] for _, score, index in matches if score == best]


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
