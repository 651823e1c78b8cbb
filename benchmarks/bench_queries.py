"""The queries typed into the quote finder: a run of a random quote's more distinctive words,
and the same with one slip of the fingers in each longer word."""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass

import make_case

QUERY_CHARS = 20
TYPO_MIN_LETTERS = 4  # shorter words are left alone: a typo there leaves nothing to find
QWERTY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
WORD_RE = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Query:
    quote_id: int
    target: str  # the quote's text on one line, to find it in fzf's output
    clean: str  # 20 characters of the quote, as someone who remembers it would type them
    typo: str  # the same with one typo in each word of four letters or more


def make_queries(case_path: str, count: int, seed: int, total_quotes: int) -> list[Query]:
    """`count` queries, each from a random quote of the case: a run of its words, chosen
    among its more distinctive ones (what a reader remembers), cut to 20 characters."""
    from store.case import Case

    rng = random.Random(f"queries:{seed}")
    ranks = {word: rank for rank, word in enumerate(make_case.vocabulary(seed).words, start=1)}
    ids = rng.sample(range(1, total_quotes + 1), min(count, total_quotes))
    with Case(case_path, readonly=True) as case:
        texts = {
            hit.quote.id: hit.quote.text for hit in case.quote_hits(quote_ids=ids, limit=len(ids))
        }
    queries = []
    for quote_id in ids:
        clean = typed_words(texts[quote_id], ranks, rng)
        queries.append(Query(quote_id, one_line(texts[quote_id]), clean, with_typos(clean, rng)))
    return queries


def typed_words(text: str, ranks: dict[str, int], rng: random.Random) -> str:
    words = WORD_RE.findall(text.lower())
    windows = []
    for start in range(len(words)):
        window = " ".join(words[start:])[:QUERY_CHARS]
        if len(window) < QUERY_CHARS and windows:
            break
        rarity = sum(math.log(ranks.get(word, len(ranks))) for word in words[start : start + 4])
        windows.append((rarity, window))
    windows.sort(reverse=True)
    return rng.choice(windows[: max(1, len(windows) // 2)])[1]


def with_typos(query: str, rng: random.Random) -> str:
    return " ".join(
        typo(word, rng) if len(word) >= TYPO_MIN_LETTERS else word for word in query.split(" ")
    )


def typo(word: str, rng: random.Random) -> str:
    """One slip of the fingers, never on the first letter: a neighbouring key, a letter
    dropped, doubled or swapped with the next."""
    at = rng.randrange(1, len(word))
    kind = rng.choice(("neighbour", "drop", "double", "swap"))
    if kind == "neighbour":
        return word[:at] + neighbour_key(word[at], rng) + word[at + 1 :]
    if kind == "drop":
        return word[:at] + word[at + 1 :]
    if kind == "double":
        return word[:at] + word[at] + word[at:]
    at = min(at, len(word) - 2)
    return word[:at] + word[at + 1] + word[at] + word[at + 2 :]


def neighbour_key(letter: str, rng: random.Random) -> str:
    for row in QWERTY_ROWS:
        if letter in row:
            at = row.index(letter)
            return rng.choice([row[i] for i in (at - 1, at + 1) if 0 <= i < len(row)])
    return letter


def one_line(text: str) -> str:
    return " ".join(text.split())
