"""Planning: the FTS5 expressions that find a query's candidates, from the case's vocabulary.

Each plain word becomes an OR of the index words it may stand for (store/search/vocabulary.py).
Candidates come from the word index through expressions of these: every rarer word at once;
where that matches more than a pool, first the quotes with the common and short words too, or
the words next to each other as typed, then the best by bm25 when the words are rare enough
for it to be cheap; where it matches too few, looser ones. Words no word of the case comes
close to only rank. What the user typed reaches SQLite only as FTS5 strings in double quotes,
so AND, NEAR(, * or ^ are plain text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from store.search.query import MAX_PARTS, MIN_INDEXED, ParsedQuery
from store.search.vocabulary import PREFIX_MAX_DOCS, Alternatives, Vocabulary, index_words

MAX_INDEXED_WORDS = 4  # the rarest words of the query find candidates; all of them rank
COMMON_SHARE = 0.05  # of the quotes: a word in more only ranks, when rarer ones find candidates
COMMON_MIN_DOCS = 1_000
COMMON_ALTERNATIVES = 4  # of each kind
RANK_MAX_DOCS = 20_000  # bm25 scores every match of its expression: only for rare words

_NO_NAME = "no name"  # a placeholder, never sent to FTS5


@dataclass(frozen=True)
class Plan:
    """The FTS5 expressions that find candidates, made only of quoted strings of index words;
    each carries the query's filters and exclusions. store/search/candidates.py says when
    each runs."""

    every_word: str | None  # the rarer words' alternatives (see `_Group`); None: no match
    as_typed: str | None  # when `every_word` has many: the rarer words, whole, as typed
    in_a_row: str | None  # when `every_word` has many: the words in a row as typed
    near: str | None  # or near each other, in any order (in a row is near too)
    narrower: str | None  # or with the common and short words too
    ranked: bool  # when it still has many, bm25 puts those with the rarest words first
    all_but_one: list[str]  # for a word mistyped beyond one typo, or not in the quote
    any_word: str | None  # so that something close still shows
    any_ranked: bool  # bm25 puts the quotes with the rarest words first


class _Group(NamedTuple):
    """One query word as an FTS5 expression: an OR of the index words it may stand for."""

    word: str  # as typed (folded)
    expression: str
    docs: int  # quotes holding any of them, at most
    short: bool  # under `MIN_INDEXED` letters: only where the rarer words find too many


def plan_query(parsed: ParsedQuery, vocab: Vocabulary) -> Plan | None:
    """The FTS5 expressions for `parsed`, None when no part is long enough for the index.

    Words that no word of the case is close to only rank. Common words, in more than
    `COMMON_SHARE` of the quotes, and short ones find candidates only with the rarer words,
    where these alone find too many; bm25, which scores every match, ranks only rare words.
    """
    parts = [*parsed.terms, *parsed.phrases, *parsed.speakers, *parsed.outlets]
    exact = [clause for words in parsed.exact if (clause := _exact_clause(words))]
    long_enough = any(len(word) >= MIN_INDEXED for part in parts for word in index_words(part))
    if not (exact or long_enough):
        return None
    required = [clause for phrase in parsed.phrases if (clause := _phrase_clause(phrase, vocab))]
    required += exact
    required += [
        clause for name in parsed.speakers if (clause := _name_clause("speaker", name, vocab))
    ]
    required += [
        clause for name in parsed.outlets if (clause := _name_clause("source", name, vocab))
    ]
    if _NO_NAME in required:
        return Plan(None, None, None, None, None, False, [], None, False)
    common = max(vocab.quotes * COMMON_SHARE, COMMON_MIN_DOCS)
    every = sorted(_term_groups(parsed.terms, vocab, common), key=lambda g: (g.short, g.docs))
    long = [group for group in every if not group.short]
    groups = ([group for group in long if group.docs <= common] or long[:1])[:MAX_INDEXED_WORDS]
    if not (required or groups):
        return Plan(None, None, None, None, None, False, [], None, False)
    excluded = [clause for text in parsed.excluded if (clause := _exclusion(text, vocab))]

    def expression(clauses: list[str]) -> str:
        return _excluding(" AND ".join(clauses), excluded)

    words = [group.expression for group in groups]
    all_words = [group.expression for group in every]
    # The commonest word left out first: quotes with the rarer words are likelier the ones
    # sought (and rank so, store/search/weights.py).
    all_but_one = [[*required, *words[:i], *words[i + 1 :]] for i in reversed(range(len(words)))]
    any_word = [*required, "(" + " OR ".join(words) + ")"] if len(words) > 1 else None
    rankable = sum(group.docs for group in groups) <= RANK_MAX_DOCS
    in_a_row, near = _adjacent(parsed.terms, vocab)
    as_typed = _as_typed(groups, vocab)
    return Plan(
        every_word=expression([*required, *words]),
        as_typed=expression([*required, *as_typed]) if as_typed else None,
        in_a_row=in_a_row and expression([*required, in_a_row]),
        near=near and expression([*required, near]),
        narrower=expression([*required, *all_words]) if len(all_words) > len(words) else None,
        # With one word, bm25 would only put the shortest quotes first.
        ranked=rankable and len(required) + len(words) > 1,
        all_but_one=[expression(clauses) for clauses in all_but_one if clauses],
        any_word=expression(any_word) if any_word else None,
        any_ranked=rankable,
    )


def _term_groups(terms: tuple[str, ...], vocab: Vocabulary, common: float) -> list[_Group]:
    """A group for each word of the plain words; the last one typed may be cut short, and a
    short word stands only for the words it starts. A common word stands for its most
    frequent alternatives only: each more costs a long list of matches to merge."""
    words = query_words(terms)
    groups = []
    for position, word in enumerate(words):
        short = len(word) < MIN_INDEXED
        typed = short or position == len(words) - 1
        found = vocab.alternatives("words", word, being_typed=typed, typos=not short)
        # A short word's most frequent completions may all miss the word meant: it then ranks.
        if found.prefixes if short else found.words or found.prefixes:
            most = COMMON_ALTERNATIVES if found.docs > common else None
            groups.append(_Group(word, _any(found, most), found.docs, short))
    return groups


def _as_typed(groups: list[_Group], vocab: Vocabulary) -> list[str] | None:
    """The words of `groups` as whole words, when each is a word of the case: a whole word
    ranks above a longer word it starts, and these quotes may lie past the first pool of
    `every_word`'s. Rare words, whole: a cheap look-up."""
    if not groups or not all(group.word in vocab.words.docs for group in groups):
        return None
    return [_quoted(group.word) for group in groups]


def query_words(terms: tuple[str, ...]) -> list[str]:
    """The index words of the plain words, as many as there may be plain words."""
    return [word for term in terms for word in index_words(term)][:MAX_PARTS]


def _adjacent(terms: tuple[str, ...], vocab: Vocabulary) -> tuple[str | None, str | None]:
    """The words in a row as typed, when each has a likely word, and near each other (in any
    order, FTS5's NEAR): each word that is no word of the case standing for its likeliest
    alternative, the last perhaps cut short."""
    words = query_words(terms)
    tokens = [_likeliest(word, vocab, last=at == len(words) - 1) for at, word in enumerate(words)]
    known = [token for token in tokens if token is not None]
    if len(known) < 2:
        return None, None
    near = f"NEAR({' '.join(known)}, {len(words)})"
    if len(known) < len(tokens):
        return None, near
    # One FTS5 phrase made of the tokens, the last one keeping its prefix mark.
    return " + ".join(known), near


def _likeliest(word: str, vocab: Vocabulary, *, last: bool) -> str | None:
    lexicon = vocab.words
    if last and lexicon.has_prefix(word):
        # A common start of a word: too costly as a prefix, and the word meant is unknown.
        return f"{_quoted(word)} *" if lexicon.prefix_docs(word) <= PREFIX_MAX_DOCS else None
    if word in lexicon.docs:
        return _quoted(word)
    if len(word) < MIN_INDEXED:
        return None
    found = vocab.alternatives("words", word, being_typed=last)
    if last and found.prefixes:
        return f"{_quoted(found.prefixes[0])} *"
    return _quoted(found.words[0]) if found.words else None


def _phrase_clause(phrase: str, vocab: Vocabulary) -> str | None:
    """A phrase must appear as typed (`Scorer.score` checks): its words as an FTS5 phrase, the last
    one perhaps cut short; from within a word (its first word is no word of the case), each of
    its words anywhere."""
    words = index_words(phrase)
    if len("".join(words)) < MIN_INDEXED:
        return None
    if len(words) > 1 and words[0] in vocab.words.docs:
        cut_short = vocab.words.prefix_docs(words[-1]) <= PREFIX_MAX_DOCS
        return f"text : {_quoted(' '.join(words))}{' *' if cut_short else ''}"
    alternatives = [
        vocab.alternatives("words", word, being_typed=True, typos=False) for word in words
    ]
    # A short word with no alternative may be inside a longer one: `Scorer.score` checks it.
    return " AND ".join(f"text : {_any(found)}" for found in alternatives if found.docs) or None


def _exact_clause(text: str) -> str | None:
    """'words: these words of the text, whole and in a row (FTS5 matches whole index words,
    case and accents aside), or None for a part with no word."""
    words = index_words(text)
    return f"text : {_quoted(' '.join(words))}" if words else None


def _name_clause(column: str, name: str, vocab: Vocabulary) -> str | None:
    """A speaker or outlet: each word of the name as one of its alternatives in that column;
    `_NO_NAME` when no name of the case comes close to one."""
    lexicon = "speakers" if column == "speaker" else "outlets"
    clauses = []
    for word in index_words(name):
        if len(word) < MIN_INDEXED:
            continue
        found = vocab.alternatives(lexicon, word, being_typed=True)
        if not found.docs:
            return _NO_NAME
        clauses.append(f"{column} : {_any(found)}")
    return " AND ".join(clauses) or None


def _exclusion(text: str, vocab: Vocabulary) -> str | None:
    """Quotes with a word starting with an excluded word: they hold it, so `Scorer.score` would drop
    them too; left out by FTS5 so that they take no room in the pool."""
    words = index_words(text)
    if len(words) != 1 or len(words[0]) < MIN_INDEXED:
        return None
    word = words[0]
    if vocab.words.prefix_docs(word) > PREFIX_MAX_DOCS:
        return _quoted(word)
    return f"{_quoted(word)} *"


def _any(found: Alternatives, most: int | None = None) -> str:
    alternatives = [
        *map(_quoted, found.words[:most]),
        *(f"{_quoted(p)} *" for p in found.prefixes[:most]),
    ]
    return "(" + " OR ".join(alternatives) + ")"


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _excluding(expression: str, excluded: list[str]) -> str:
    if not excluded:
        return expression
    return f"({expression}) NOT (text : ({' OR '.join(excluded)}))"
