"""The quote finder: an fzf-like query language, candidates from FTS5, ranking by rapidfuzz.

Query language (parts separated by spaces, all case-insensitive):

    piracy thef       plain words match fuzzily: a typo, a word cut short while typing or a
                      different word order still finds the quote; closest matches first
    'theft            a word that must appear exactly in the quote
    "is theft"        a phrase that must appear exactly; an unclosed quote runs to the end
    @fahmi            only quotes whose speaker contains this (one typo tolerated)
    #torrentfreak     only quotes from an outlet that contains this (one typo tolerated)
    !theft            no quotes whose text contains this
    @"fahmi fadzil"   @, # and ! take a quoted phrase too

An empty query lists quotes in document order. A part without any letter or digit is ignored,
and a query is read up to `MAX_QUERY_CHARS`. Any string is a valid query: what the user typed
reaches SQLite only as FTS5 strings in double quotes, so AND, NEAR(, * or ^ are plain text.

Ranking, in bounded steps (no full scan, at most `POOL` quotes read per expression):
1. Candidates come from the trigram FTS5 index through expressions (see `_Plan`), made from the
   three longest words: every word with one typo, each word standing for two of its substrings
   one of which survives the typo (`_typo_pieces`); where that matches too many quotes, every
   word whole, then one substring of each word near the others, for each way of choosing; where
   too few, looser ones. FTS5 gives each expression's first `POOL` matches by id and never ranks
   them: its bm25 counts every phrase's matches over the whole index on every query.
2. rapidfuzz scores each candidate: each word against the quote text (100 at a word start, 90
   inside a word, else `partial_ratio`) or, discounted, its speaker or outlet; the mean over
   the words, weighted by length, with a share for the words appearing together and in order.
   Equal scores keep document order.
Words under three letters cannot use the trigram index: they only rank, unless nothing else can
find candidates; then a LIKE over the first `SHORT_SCAN` quotes does.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from typing import NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from store.case import Case
from store.models import QuoteHit

MAX_QUERY_CHARS = 500
MAX_PARTS = 12  # of each kind: a pasted paragraph must not cost a query per word
TYPO_TERMS = 3  # words that go to the index: at most 2**3 picks
POOL = 200
PICK_POOL = 100
PICKS_BUDGET = 0.015  # seconds
NEAR_SLACK = 40  # characters, for words of the quote the query skipped
SHORT_SCAN = 5_000
PAGE = 500
MIN_SCORE = 50.0
FILTER_CUTOFF = 80.0
HIGHLIGHT_CUTOFF = 75.0
MID_WORD_SCORE = 90.0
SPEAKER_WEIGHT = 0.9
OUTLET_WEIGHT = 0.8
PROXIMITY_WEIGHT = 0.2
TRIGRAM = 3

# Control characters and lone surrogates cannot reach SQLite (a NUL ends an FTS5 string early).
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_DOUBLE_QUOTES = str.maketrans("“”„‟", '""""')
_TOKEN = re.compile(r"""([!@#']?)(?:"([^"]*)"?|([^\s"]+))""")
_KINDS = {"!": "excluded", "@": "speakers", "#": "outlets", "'": "phrases"}
_RUN = re.compile(r"\w+")
_WORD = re.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True)
class ParsedQuery:
    """A query split into its parts, as typed (case kept, whitespace collapsed)."""

    terms: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()

    @property
    def selects(self) -> bool:
        """Whether anything but exclusions was asked for."""
        return bool(self.terms or self.phrases or self.speakers or self.outlets)


def parse_query(query: str) -> ParsedQuery:
    text = _UNSAFE.sub(" ", query[:MAX_QUERY_CHARS]).translate(_DOUBLE_QUOTES)
    parts: dict[str, list[str]] = {kind: [] for kind in ParsedQuery.__dataclass_fields__}
    for match in _TOKEN.finditer(text):
        op, quoted, word = match.groups()
        value = " ".join((word if quoted is None else quoted).split())
        if not default_process(value):
            continue
        kind = _KINDS.get(op, "terms" if quoted is None else "phrases")
        _add_unique(parts[kind], value)
    return ParsedQuery(**{kind: tuple(values[:MAX_PARTS]) for kind, values in parts.items()})


def _add_unique(values: list[str], value: str) -> None:
    if value.lower() not in (known.lower() for known in values):
        values.append(value)


def search_quotes(case: Case, query: str, *, limit: int = 50) -> list[QuoteHit]:
    """The quotes best matching `query`, best first, with `score` (0..100) and `highlights`."""
    if limit <= 0:
        return []
    parsed = parse_query(query)
    folded = _fold(parsed)
    if not parsed.selects:
        return _in_document_order(case, folded, limit)
    scored = [
        (score, candidate)
        for candidate in _candidates(case, parsed, limit)
        if (score := _score(candidate, folded)) is not None and score >= MIN_SCORE
    ]
    scored.sort(key=lambda pair: (-pair[0], pair[1].document_order()))
    best = scored[:limit]
    if not best:
        return []
    hits = {
        hit.quote.id: hit for hit in case.quote_hits(quote_ids=[c.id for _, c in best], limit=limit)
    }
    ranked = []
    for score, candidate in best:
        hit = hits.get(candidate.id)
        if hit is None:  # replaced by an ingest since the candidates were read
            continue
        hit.score = round(score, 1)
        hit.highlights = highlight_spans(hit.quote.text, parsed)
        ranked.append(hit)
    return ranked


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
    for term in parsed.terms:
        spans += _exact_spans(term, text) or _closest_word_spans(term, text)
    return _merged(spans)


# ---- candidates ---------------------------------------------------------------------------


class _Candidate(NamedTuple):
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


@dataclass(frozen=True)
class _Plan:
    """The FTS5 expressions that find candidates, made only of quoted strings; each carries the
    query's filters and exclusions. `_candidates` says when each runs."""

    typo: list[str]  # a piece of every word (see `_typo_pieces`)
    whole: list[str]  # every word whole
    picks: list[str]  # one chosen piece of every word, near the others: narrower than `typo`
    all_but_one: list[str]  # a piece of every word but one, for a word mistyped beyond that
    any_word: list[str]  # a piece of any word, so that something close still shows


def _candidates(case: Case, parsed: ParsedQuery, limit: int) -> list[_Candidate]:
    """Quotes worth ranking: those matching `typo`, then narrower or looser ones.

    FTS5 returns matches by id, not by relevance, so when `typo` matches more than a pool holds
    the quote sought may be beyond it: then the narrower `whole` runs, and `picks` too unless
    `whole` found all its matches and enough of them; the picks only until `PICKS_BUDGET` has
    passed (on a huge case each costs milliseconds). When `typo` finds fewer quotes than asked
    for, the looser expressions run.
    """
    pool = max(POOL, limit)
    plan = _plan(parsed)
    if plan is None:
        rows = case.quote_texts_scanning(
            contains=[*parsed.terms, *parsed.phrases],
            speaker=next(iter(parsed.speakers), None),
            outlet=next(iter(parsed.outlets), None),
            scan=SHORT_SCAN,
            limit=pool,
        )
        return [_Candidate._make(row) for row in rows]
    found: dict[int, _Candidate] = {}
    deadline = time.perf_counter() + PICKS_BUDGET
    if _collect(case, plan.typo, pool, found) == pool:
        exact = _collect(case, plan.whole, pool, found)
        picks = [] if limit <= exact < pool else plan.picks
        for pick in picks:
            if time.perf_counter() > deadline:
                break
            _collect(case, [pick], max(PICK_POOL, limit), found)
    for looser in (plan.all_but_one, plan.any_word):
        if len(found) < limit:
            _collect(case, looser, pool, found)
    return list(found.values())


def _collect(case: Case, expressions: list[str], limit: int, found: dict[int, _Candidate]) -> int:
    """Add the quotes matching each expression to `found`; the most that one expression had."""
    most = 0
    for expression in expressions:
        rows = case.quote_texts_matching(expression, limit=limit)
        most = max(most, len(rows))
        for row in rows:
            found.setdefault(row[0], _Candidate._make(row))
    return most


def _plan(parsed: ParsedQuery) -> _Plan | None:
    """The FTS5 expressions for `parsed`, None when no part is long enough for the index."""
    required = [
        *(f"text : {_quoted(phrase)}" for phrase in parsed.phrases if len(phrase) >= TRIGRAM),
        *(f"speaker : {_any(pieces)}" for name in parsed.speakers if (pieces := _pieces(name))),
        *(f"source : {_any(pieces)}" for name in parsed.outlets if (pieces := _pieces(name))),
    ]
    terms = sorted(parsed.terms, key=len, reverse=True)[:TYPO_TERMS]
    whole = [_quoted(run) for term in terms for run in _RUN.findall(term) if len(run) >= TRIGRAM]
    pieces = [found for term in terms if (found := _pieces(term))]
    if not (required or pieces):
        return None
    groups = [_any(found) for found in pieces]
    excluded = [_quoted(text) for text in parsed.excluded if len(text) >= TRIGRAM]
    near = len(" ".join(terms)) + NEAR_SLACK
    several = len(groups) > 1
    picks = [[*required, _near(picked, near)] for picked in product(*pieces)] if several else []
    others = [groups[:i] + groups[i + 1 :] for i in range(len(groups))] if several else []
    seen: set[str] = set()

    def expressions(*tier: list[str]) -> list[str]:
        return [_excluding(expression, excluded) for expression in _unseen(tier, seen)]

    return _Plan(
        typo=expressions([*required, *groups]),
        whole=expressions([*required, *whole]),
        picks=expressions(*picks),
        all_but_one=expressions(*([*required, *rest] for rest in others)),
        any_word=expressions([*required, "(" + " OR ".join(groups) + ")"] if several else []),
    )


def _unseen(tier: tuple[list[str], ...], seen: set[str]) -> list[str]:
    fresh = []
    for clauses in tier:
        expression = " AND ".join(clauses)
        if clauses and expression not in seen:
            seen.add(expression)
            fresh.append(expression)
    return fresh


def _pieces(text: str) -> list[str]:
    """Substrings of the longest word of `text`, one of which survives most single typos."""
    runs = _RUN.findall(text)
    return _typo_pieces(max(runs, key=len)) if runs else []


def _typo_pieces(word: str) -> list[str]:
    """Substrings of `word` of at least three letters, such that if `word` is another word with
    one typo (a letter changed, added, dropped, or two swapped), one of them is in that word.

    From seven letters: the two sides of the middle letter. Whichever side a typo falls on, the
    other is untouched, and a swap that straddles the middle letter leaves both whole. Six
    letters split in halves (a swap across the middle breaks both); shorter words only have
    their first and last trigrams, which a typo in the middle letter breaks.
    """
    length = len(word)
    if length >= 2 * TRIGRAM + 1:
        middle = (length - 1) // 2
        return [word[:middle], word[middle + 1 :]]
    if length == 2 * TRIGRAM:
        return [word[:TRIGRAM], word[TRIGRAM:]]
    if length >= TRIGRAM:
        return list(dict.fromkeys([word[:TRIGRAM], word[-TRIGRAM:]]))
    return []


def _near(pieces: tuple[str, ...], distance: int) -> str:
    return f"NEAR({' '.join(map(_quoted, pieces))}, {distance})"


def _any(pieces: list[str]) -> str:
    return "(" + " OR ".join(map(_quoted, pieces)) + ")"


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _excluding(expression: str, excluded: list[str]) -> str:
    if not excluded:
        return expression
    return f"({expression}) NOT (text : ({' OR '.join(excluded)}))"


def _in_document_order(case: Case, folded: ParsedQuery, limit: int) -> list[QuoteHit]:
    if not folded.excluded:
        return case.quote_hits(limit=limit)
    kept: list[QuoteHit] = []
    for offset in range(0, SHORT_SCAN, PAGE):
        page = case.quote_hits(offset=offset, limit=PAGE)
        kept += [hit for hit in page if not _is_excluded(hit.quote.text.lower(), folded)]
        if len(kept) >= limit or len(page) < PAGE:
            break
    return kept[:limit]


# ---- scoring ------------------------------------------------------------------------------


def _fold(parsed: ParsedQuery) -> ParsedQuery:
    """The query folded once to be compared with many candidates."""

    def processed(values: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(default_process(value) for value in values)

    return ParsedQuery(
        terms=processed(parsed.terms),
        phrases=tuple(phrase.lower() for phrase in parsed.phrases),
        speakers=processed(parsed.speakers),
        outlets=processed(parsed.outlets),
        excluded=tuple(text.lower() for text in parsed.excluded),
    )


def _is_excluded(lowered_text: str, folded: ParsedQuery) -> bool:
    return any(text in lowered_text for text in folded.excluded)


def _score(candidate: _Candidate, folded: ParsedQuery) -> float | None:
    """How well `candidate` matches (0..100), or None when a filter rejects it."""
    lowered = candidate.text.lower()
    if _is_excluded(lowered, folded) or not all(phrase in lowered for phrase in folded.phrases):
        return None
    filters = [_field_score(name, candidate.speaker) for name in folded.speakers]
    filters += [_field_score(name, candidate.outlet) for name in folded.outlets]
    if any(score < FILTER_CUTOFF for score in filters):
        return None
    if not folded.terms:
        return sum(filters) / len(filters) if filters else 100.0
    text = default_process(candidate.text)
    weights = [min(len(term), 8) for term in folded.terms]
    scores = [
        max(_word_score(term, text), _attribution_score(term, candidate.speaker, candidate.outlet))
        for term in folded.terms
    ]
    mean = sum(w * s for w, s in zip(weights, scores, strict=True)) / sum(weights)
    if len(folded.terms) == 1:
        return mean
    together = _contained(" ".join(folded.terms), text)
    return (1 - PROXIMITY_WEIGHT) * mean + PROXIMITY_WEIGHT * together


# Speakers and outlets repeat across quotes and keystrokes, unlike quote texts: worth caching.
@lru_cache(maxsize=4096)
def _attribution_score(term: str, speaker: str | None, outlet: str | None) -> float:
    """How well a word matches who said the quote or where, below a match in the quote."""
    return max(
        SPEAKER_WEIGHT * _word_score(term, default_process(speaker or "")),
        OUTLET_WEIGHT * _word_score(term, default_process(outlet or "")),
    )


@lru_cache(maxsize=4096)
def _field_score(name: str, field: str | None) -> float:
    return _contained(name, default_process(field or ""))


def _word_score(term: str, field: str) -> float:
    """100 where `term` starts a word of `field`, less inside a word, else its fuzzy score."""
    if f" {term}" in f" {field}":
        return 100.0
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
    if len(haystack) < len(needle):
        return fuzz.ratio(needle, haystack)
    return fuzz.partial_ratio(needle, haystack)


# ---- highlights ---------------------------------------------------------------------------


def _exact_spans(term: str, text: str) -> list[tuple[int, int]]:
    pattern = re.escape(term)
    if len(default_process(term)) < TRIGRAM:
        pattern = r"(?<!\w)" + pattern
    return [match.span() for match in re.finditer(pattern, text, re.IGNORECASE)]


def _closest_word_spans(term: str, text: str) -> list[tuple[int, int]]:
    folded = default_process(term)
    if len(folded) < TRIGRAM:
        return []
    words = [match.span() for match in _WORD.finditer(text)]
    matches = process.extract(
        folded,
        [text[start:end] for start, end in words],
        scorer=fuzz.ratio,
        processor=default_process,
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
