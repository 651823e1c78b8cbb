"""Whether two quote texts report the same statement, in different outlets' words."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz

from store.quoting.marks import spoken_parts

# Tuned on the pair table in tests/store/quoting/test_quotes.py: its variants score 87 or more, its
# unrelated pairs (same speaker, same topic) 78 or less; heavy paraphrase falls in between.
THRESHOLD = 82.0
# Fewer words than this is "yes" or "it is": equal by chance as often as by quotation.
MIN_WORDS = 4
# Below this share of the longer text's words, the shorter is a fragment quoted from it.
FRAGMENT_SHARE = 0.6
MIN_FRAGMENT_WORDS = 6
# Quotes are short; longer texts are compared on their openings so scoring stays fast.
MAX_CHARS = 2000
# Texts kept normalised: linking compares each new quote with the quotes sharing its keys, and
# one quote meets many new ones. About 2.5 KB a quote, so 5 MB; twice as many saves little more.
NORMALISED_CACHE = 2048
# Slack on score cut-offs so that rounding never turns away a pair scoring exactly THRESHOLD.
_SLACK = 0.01

_ASIDE_RE = re.compile(r"\([^)]*\)")  # "(MCMC)": one outlet's gloss, not the speaker's words
_NOT_WORD_RE = re.compile(r"[^\w\s]")
_NEGATIONS = frozenset({"not", "no", "never", "nobody", "nothing", "none", "neither", "nor"})


class _Normalised(NamedTuple):
    text: str
    words: tuple[str, ...]
    vocabulary: frozenset[str]


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text[: MAX_CHARS * 2]).casefold()
    text = text.replace("’", "'").replace("n't", " not")
    text = _NOT_WORD_RE.sub(" ", _ASIDE_RE.sub(" ", text))
    return " ".join(text.split())[:MAX_CHARS]


@lru_cache(maxsize=NORMALISED_CACHE)
def _normalised(text: str) -> _Normalised:
    normal = normalise(text)
    words = tuple(normal.split())
    return _Normalised(normal, words, frozenset(words))


def _contradicts(a: frozenset[str], b: frozenset[str]) -> bool:
    """Texts that differ only by a negation say opposite things ("will" / "will not")."""
    difference = a ^ b
    return bool(difference) and difference <= _NEGATIONS


def _score(x: _Normalised, y: _Normalised, cutoff: float) -> float:
    """`variant_score` of normalised texts; exact when it reaches `cutoff`, otherwise any lower
    value: rapidfuzz gives up early on a pair that cannot reach its cut-off."""
    a, b = x.text, y.text
    if not x.words or not y.words:
        return 0.0
    if _contradicts(x.vocabulary, y.vocabulary):
        return 0.0
    shorter, longer = sorted((len(x.words), len(y.words)))
    if shorter / longer >= FRAGMENT_SHARE:
        # Reworded reports of one statement share most words, in roughly the same order.
        # An average reaches the cut-off only if each ratio reaches 2 * cutoff - 100.
        sort = fuzz.token_sort_ratio(a, b, score_cutoff=max(0.0, 2 * cutoff - 100 - _SLACK))
        if cutoff and not sort:
            return 0.0
        token_set = fuzz.token_set_ratio(a, b, score_cutoff=max(0.0, 2 * cutoff - sort - _SLACK))
        return (token_set + sort) / 2
    if shorter >= MIN_FRAGMENT_WORDS:
        # A fragment has few words to tell rewording from another statement ("win"/"lose"), so
        # only a near-verbatim fragment scores high: each point off 100 counts double.
        # The score reaches the cut-off only from this ratio on (for 0: below 50 it is 0).
        partial_cutoff = max(0.0, 100 - (100 - cutoff) / 2 - _SLACK)
        return max(0.0, 100 - 2 * (100 - fuzz.partial_ratio(a, b, score_cutoff=partial_cutoff)))
    return fuzz.token_sort_ratio(a, b, score_cutoff=max(0.0, cutoff - _SLACK))


def _readings(text: str) -> list[str]:
    """The text, and, for a quotation joined from parts its cue interrupted, each part long
    enough to be a statement's fragment: another report may quote one part alone."""
    parts = spoken_parts(text)
    if len(parts) == 1:
        return parts
    return [text] + [p for p in parts if len(p.split()) >= MIN_FRAGMENT_WORDS]


def variant_score(a: str, b: str) -> float:
    """0..100: how likely two quote texts report the same statement (the best of their
    readings, see `_readings`)."""
    return max(
        _score(_normalised(x), _normalised(y), cutoff=0.0)
        for x in _readings(a)
        for y in _readings(b)
    )


def variant_match(a: str, b: str) -> float | None:
    """`variant_score` of two texts that report the same statement, None for any other pair:
    cheaper than both calls, as pairs that cannot reach THRESHOLD are given up early."""
    best: float | None = None
    for x in _readings(a):
        for y in _readings(b):
            score = _match(_normalised(x), _normalised(y))
            if score is not None and (best is None or score > best):
                best = score
    return best


def _match(x: _Normalised, y: _Normalised) -> float | None:
    if min(len(x.words), len(y.words)) < MIN_WORDS:
        return None  # trivially short
    score = _score(x, y, cutoff=THRESHOLD)
    return score if score >= THRESHOLD else None


def are_variants(a: str, b: str) -> bool:
    """Do two quote texts report the same statement? Never for trivially short texts."""
    return variant_match(a, b) is not None
