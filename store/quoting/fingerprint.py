"""MinHash band keys of a quote's words: quotes sharing a key are candidate variants.

Linking variants by searching the whole case for each new quote costs more the larger the case
grows. Locality-sensitive hashing makes it a few index look-ups: two quotes whose content words
overlap by two thirds (a reworded report of one statement) share at least one of `BANDS` keys
with a probability above 0.99, while quotes sharing a tenth of their words almost never do.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
import struct
import unicodedata

from store.quoting.marks import spoken_parts

BANDS = 8
ROWS_PER_BAND = 2
MIN_WORDS = 4
# A quote with fewer content words is keyed by its runs of words when it has at least this many
# words, two of them content words: shorter ones are phrases ("Lock her up"), not statements.
MIN_SHORT_TOKENS = 6
MIN_SHORT_CONTENT_WORDS = 2
_WORD = re.compile(r"[^\W_]{3,}")
_TOKEN = re.compile(r"[^\W_]+")
# Words that any quote may contain: sharing them says nothing about sharing a statement.
_STOPWORDS = frozenset(
    [
        "the",
        "and",
        "for",
        "are",
        "but",
        "not",
        "you",
        "all",
        "any",
        "can",
        "had",
        "her",
        "was",
        "one",
        "our",
        "out",
        "has",
        "have",
        "him",
        "his",
        "how",
        "its",
        "may",
        "new",
        "now",
        "see",
        "two",
        "way",
        "who",
        "did",
        "get",
        "let",
        "put",
        "say",
        "she",
        "too",
        "use",
        "that",
        "with",
        "they",
        "this",
        "from",
        "will",
        "would",
        "there",
        "their",
        "what",
        "which",
        "when",
        "been",
        "were",
        "said",
        "says",
        "also",
        "into",
        "than",
        "then",
        "them",
        "these",
        "those",
        "some",
        "such",
        "only",
        "just",
        "more",
        "most",
        "very",
        "over",
        "about",
        "after",
        "before",
        "because",
        "could",
        "should",
        "being",
        "other",
        "while",
        "where",
        "your",
        "yours",
        "ours",
        "we",
        "our",
    ]
)
_SEEDS = tuple(range(BANDS * ROWS_PER_BAND))
_UNPACK = struct.Struct(f"<{len(_SEEDS)}Q")
WORD_CACHE = 1 << 16
_MASK = (1 << 63) - 1


def content_words(text: str) -> set[str]:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return {word for word in _WORD.findall(folded) if word not in _STOPWORDS}


def quote_keys(text: str) -> list[int]:
    """The band keys of a quote; none for quotes too short to tell apart from chance. A
    quotation joined from parts its cue interrupted also has each part's keys, since another
    report may quote one part alone."""
    parts = spoken_parts(text)
    keys = _keys(text)
    for part in parts if len(parts) > 1 else []:
        keys += [key for key in _keys(part) if key not in keys]
    return keys


def _keys(text: str) -> list[int]:
    words = content_words(text)
    if len(words) < MIN_WORDS:
        return _short_keys(text, words)
    return _minhash_keys(words)


def is_short(text: str) -> bool:
    """Too few content words to key by them: its keys, if any, come from `_short_keys`."""
    return len(content_words(text)) < MIN_WORDS


def _short_keys(text: str, words: set[str]) -> list[int]:
    """Keys of a quote with few content words, when it is long enough to be distinctive
    ("No, I meant he's the founder of ISIS"): MinHash over its runs of two words holding a
    content word, in order. Runs keep the order a bag of a few words loses, and leaving out
    runs of stop words alone ("of the", "it is") keeps their buckets from filling with every
    short quote. Which of them are one statement is `variant_speakers`' choice: a short quote
    links only when both reports name one person."""
    tokens = _TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())
    if len(tokens) < MIN_SHORT_TOKENS or len(words) < MIN_SHORT_CONTENT_WORDS:
        return []
    runs = {
        f"{first} {second}"
        for first, second in itertools.pairwise(tokens)
        if first in words or second in words
    }
    return _minhash_keys(runs)


def _minhash_keys(features: set[str]) -> list[int]:
    # Transposed, the features' hash rows give one column per seed: its minimum is that seed's.
    minimums = [min(column) for column in zip(*map(_word_hashes, features), strict=True)]
    return [_band_key(band, minimums) for band in range(BANDS)]


@functools.lru_cache(maxsize=WORD_CACHE)
def _word_hashes(word: str) -> tuple[int, ...]:
    # One 64-byte BLAKE2b digest gives eight independent 64-bit hashes, two digests sixteen;
    # Python's own hash() would change with every process. Cached: news repeats its words.
    digest = b"".join(
        hashlib.blake2b(word.encode(), digest_size=64, salt=bytes([part]) * 8).digest()
        for part in range(len(_SEEDS) // 8 + (len(_SEEDS) % 8 > 0))
    )
    return _UNPACK.unpack_from(digest)


def _band_key(band: int, minimums: list[int]) -> int:
    rows = minimums[band * ROWS_PER_BAND : (band + 1) * ROWS_PER_BAND]
    digest = hashlib.blake2b(repr((band, rows)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little") & _MASK


# A quote's text and its band keys.
Fingerprint = tuple[str, list[int]]


def fingerprints(texts: list[str]) -> list[Fingerprint]:
    """Each quote text with its keys: pure, so the extraction workers compute them."""
    return [(text, quote_keys(text)) for text in texts]
