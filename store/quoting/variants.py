"""Whether two quote texts report the same statement, in different outlets' words."""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

# Tuned on the pair table in tests/store/test_quotes.py: its variants score 87 or more, its
# unrelated pairs (same speaker, same topic) 78 or less; heavy paraphrase falls in between.
THRESHOLD = 82.0
# Fewer words than this is "yes" or "it is": equal by chance as often as by quotation.
MIN_WORDS = 4
# Below this share of the longer text's words, the shorter is a fragment quoted from it.
FRAGMENT_SHARE = 0.6
MIN_FRAGMENT_WORDS = 6
# Quotes are short; longer texts are compared on their openings so scoring stays fast.
MAX_CHARS = 2000

_ASIDE_RE = re.compile(r"\([^)]*\)")  # "(MCMC)": one outlet's gloss, not the speaker's words
_NOT_WORD_RE = re.compile(r"[^\w\s]")
_NEGATIONS = frozenset({"not", "no", "never", "nobody", "nothing", "none", "neither", "nor"})


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text[: MAX_CHARS * 2]).casefold()
    text = text.replace("’", "'").replace("n't", " not")
    text = _NOT_WORD_RE.sub(" ", _ASIDE_RE.sub(" ", text))
    return " ".join(text.split())[:MAX_CHARS]


def _contradicts(a: list[str], b: list[str]) -> bool:
    """Texts that differ only by a negation say opposite things ("will" / "will not")."""
    difference = set(a) ^ set(b)
    return bool(difference) and difference <= _NEGATIONS


def variant_score(a: str, b: str) -> float:
    """0..100: how likely two quote texts report the same statement."""
    a, b = normalise(a), normalise(b)
    words_a, words_b = a.split(), b.split()
    if not words_a or not words_b:
        return 0.0
    if _contradicts(words_a, words_b):
        return 0.0
    shorter, longer = sorted((len(words_a), len(words_b)))
    if shorter / longer >= FRAGMENT_SHARE:
        # Reworded reports of one statement share most words, in roughly the same order.
        return (fuzz.token_set_ratio(a, b) + fuzz.token_sort_ratio(a, b)) / 2
    if shorter >= MIN_FRAGMENT_WORDS:
        # A fragment has few words to tell rewording from another statement ("win"/"lose"), so
        # only a near-verbatim fragment scores high: each point off 100 counts double.
        return max(0.0, 100 - 2 * (100 - fuzz.partial_ratio(a, b)))
    return fuzz.token_sort_ratio(a, b)


def are_variants(a: str, b: str) -> bool:
    """Do two quote texts report the same statement? Never for trivially short texts."""
    if min(len(normalise(a).split()), len(normalise(b).split())) < MIN_WORDS:
        return False
    return variant_score(a, b) >= THRESHOLD
