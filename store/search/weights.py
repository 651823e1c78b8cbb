"""How much each plain word of a query counts in its ranking: its length, and how rare it is
in the case.

A quote holding a rare word of the query is likelier the one sought than a quote holding a
common one: for "tutorng efective" the quotes about tutoring come first, though "effective" is
the longer word. A word's rarity is its inverse document frequency as BM25 reckons it (a word
in a few quotes counts several times one in half of them), over the quotes holding what it may
stand for (store/search/vocabulary.py): the words it starts while it is being typed, else
itself, else the words one typo away. A word no word of the case comes close to says little
about which quote is meant: it counts as a word in half the quotes.
"""

from __future__ import annotations

import math

from store.search.plan import query_words
from store.search.query import MIN_INDEXED, ParsedQuery
from store.search.vocabulary import Vocabulary, index_words

UNKNOWN_SHARE = 0.5  # of the quotes: where a word close to no word of the case counts as found


def term_rarities(parsed: ParsedQuery, vocab: Vocabulary) -> dict[str, float]:
    """Each plain word of `parsed` (as typed) with its rarity in the case: above 0, higher
    for rarer words. A word of several index words ("e-mail") is as rare as its rarest."""
    last = (query_words(parsed.terms) or [""])[-1]
    rarities = {}
    for term in parsed.terms:
        words = index_words(term)
        counts = [quotes_holding(word, vocab, being_typed=word == last) for word in words]
        known = [count for count in counts if count]
        quotes = min(known) if known else UNKNOWN_SHARE * vocab.quotes
        rarities[term] = rarity(quotes, vocab.quotes)
    return rarities


def quotes_holding(word: str, vocab: Vocabulary, *, being_typed: bool) -> int:
    """How many quotes hold what `word` (an index word) may stand for, at most; 0 when no
    word of the case comes close."""
    lexicon = vocab.words
    if being_typed and lexicon.has_prefix(word):
        return lexicon.prefix_docs(word)
    if word in lexicon.docs:
        return lexicon.docs[word]
    typos = len(word) >= MIN_INDEXED
    return vocab.alternatives("words", word, being_typed=being_typed, typos=typos).docs


def rarity(quotes: float, total: int) -> float:
    """BM25's inverse document frequency of a word in `quotes` of `total` quotes."""
    quotes = min(max(quotes, 0.0), float(total))
    return math.log(1 + (total - quotes + 0.5) / (quotes + 0.5))
