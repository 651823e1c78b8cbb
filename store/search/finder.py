"""The quote finder: an fzf-like query language, candidates from FTS5, ranking by rapidfuzz.

Query language (parts separated by spaces; neither case nor accents matter: cafe finds Café):

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
1. Each plain word becomes the words of the case it may stand for (store/search/vocabulary.py: the
   case's vocabulary, read once per connection and again when the index changes): itself, the
   words it starts, those one typo away (for the word being typed, those one typo away from
   starting with it) and those it is part of. Candidates come from the word index (FTS5,
   unicode61 without diacritics) through expressions of these (see `_Plan`): every rarer word
   at once; where that matches more than a pool, first the quotes with the common and short
   words too, or the words next to each other as typed, then the best by bm25 when the words
   are rare enough for it to be cheap; where it matches too few, looser ones. Words no word
   of the case comes close to only rank.
2. rapidfuzz scores each candidate: each word against the quote text (100 at a word start, 90
   inside a word, else `partial_ratio`) or, discounted, its speaker or outlet; the mean over
   the words, weighted by length, with a share for the words appearing together and in order.
   Equal scores keep document order. Results depend only on the case and the query.
Words under three letters only rank, unless nothing else can find candidates; then a LIKE over
the first `SHORT_SCAN` quotes does.

The query is parsed in store/search/query.py and scored and highlighted in store/search/rank.py;
answers are kept while the case is unchanged (store/search/cache.py) and one look-up of a
keystroke may run on a second connection (store/search/side.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from store.case import Case
from store.models import QuoteHit
from store.search.cache import SearchCache, search_cache
from store.search.query import MAX_PARTS, MIN_INDEXED, ParsedQuery, parse_query
from store.search.rank import Candidate, fold_query, highlight_spans, is_excluded, match_score
from store.search.side import matching_beside
from store.search.vocabulary import (
    PREFIX_MAX_DOCS,
    Alternatives,
    Vocabulary,
    fold,
    index_words,
    vocabulary,
)

MAX_INDEXED_WORDS = 4  # the rarest words of the query find candidates; all of them rank
COMMON_SHARE = 0.05  # of the quotes: a word in more only ranks, when rarer ones find candidates
COMMON_MIN_DOCS = 1_000
COMMON_ALTERNATIVES = 4  # of each kind
RANK_MAX_DOCS = 20_000  # bm25 scores every match of its expression: only for rare words
POOL = 200
SHORT_SCAN = 5_000
PAGE = 500
MIN_SCORE = 50.0

_NO_NAME = "no name"  # a placeholder, never sent to FTS5


def prepare_search(case: Case) -> None:
    """Read what the first search of `case` needs (its vocabulary, a scan of the whole quote
    index), so that the first keystroke does not wait for it."""
    vocabulary(case)


def search_quotes(case: Case, query: str, *, limit: int = 50) -> list[QuoteHit]:
    """The quotes best matching `query`, best first, with `score` (0..100) and `highlights`.

    The same query asked again of an unchanged case is answered from memory
    (store/search/cache.py).
    """
    if limit <= 0:
        return []
    parsed = parse_query(query)
    answers = search_cache(case)
    hits = answers.get(("hits", parsed, limit), lambda: _search(case, answers, parsed, limit))
    # Copies, so that a caller's changes stay its own; the quotes in them are shared.
    return [hit.model_copy() for hit in hits]


def _search(case: Case, answers: SearchCache, parsed: ParsedQuery, limit: int) -> list[QuoteHit]:
    folded = fold_query(parsed)
    if not parsed.selects:
        return _in_document_order(case, folded, limit)
    scored = [
        (score, candidate)
        for candidate in _candidates(case, answers, parsed, limit)
        if (score := match_score(candidate, folded)) is not None and score >= MIN_SCORE
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


# ---- candidates ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Plan:
    """The FTS5 expressions that find candidates, made only of quoted strings of index words;
    each carries the query's filters and exclusions. `_candidates` says when each runs."""

    every_word: str | None  # the rarer words' alternatives (see `_Group`); None: no match
    in_a_row: str | None  # when `every_word` has many: the words in a row as typed
    near: str | None  # or near each other, in any order (in a row is near too)
    narrower: str | None  # or with the common and short words too
    ranked: bool  # when it still has many, bm25 puts those with the rarest words first
    all_but_one: list[str]  # for a word mistyped beyond one typo, or not in the quote
    any_word: str | None  # so that something close still shows
    any_ranked: bool  # bm25 puts the quotes with the rarest words first


class _Group(NamedTuple):
    """One query word as an FTS5 expression: an OR of the index words it may stand for."""

    expression: str
    docs: int  # quotes holding any of them, at most
    short: bool  # under `MIN_INDEXED` letters: only where the rarer words find too many


Rows = list[tuple[Any, ...]]


class _Lookups:
    """A keystroke's FTS5 look-ups (`Case.quote_texts_matching`), answered from the
    connection's memory when they were made before."""

    def __init__(self, case: Case, answers: SearchCache) -> None:
        self.case, self.answers = case, answers

    def matching(self, expression: str, limit: int, ranked: bool = False) -> Rows:
        return self.answers.get(
            ("fts", expression, limit, ranked),
            lambda: self.case.quote_texts_matching(expression, limit=limit, ranked=ranked),
        )

    def started(self, expression: str, limit: int) -> Callable[[], Rows]:
        """The look-up begun on the side connection, if not answered already; its answer."""
        key = ("fts", expression, limit, False)
        beside = None if key in self.answers else matching_beside(self.case, expression, limit)

        def answer() -> Rows:
            if beside is not None and (rows := beside.result()) is not None:
                return self.answers.get(key, lambda: rows)
            return self.matching(expression, limit)

        return answer


def _candidates(
    case: Case, answers: SearchCache, parsed: ParsedQuery, limit: int
) -> list[Candidate]:
    """Quotes worth ranking: those holding every rarer word (each as one of its alternatives);
    when too many do, first those with the words next to each other as typed, or holding the
    common and short words too; then looser ones while fewer than `limit` were found."""
    pool = max(POOL, limit)
    plan = _plan(parsed, vocabulary(case))
    if plan is None:
        rows = case.quote_texts_scanning(
            contains=[*parsed.terms, *parsed.phrases],
            speaker=next(iter(parsed.speakers), None),
            outlet=next(iter(parsed.outlets), None),
            scan=SHORT_SCAN,
            limit=pool,
        )
        return [Candidate._make(row) for row in rows]
    if plan.every_word is None:
        return []
    lookups = _Lookups(case, answers)
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


def _narrowed(lookups: _Lookups, plan: _Plan, pool: int, limit: int) -> list[Rows]:
    """Where `every_word` has too many: the quotes with all the words, with them in a row and
    near each other (up to a pool and one each)."""
    # All of these are needed: the costliest goes to the side connection meanwhile.
    narrower = lookups.started(plan.narrower, pool + 1) if plan.narrower else lambda: []
    in_a_row = lookups.matching(plan.in_a_row, pool + 1) if plan.in_a_row else []
    # The quotes with the words in a row are among those with them near each other, and come
    # first (being fewer) where these are used: when they fill the list, the others never do.
    near = []
    if plan.near is not None and len(in_a_row) < limit:
        near = lookups.matching(plan.near, pool + 1)
    return [narrower(), in_a_row, near]


def _add(rows: Rows, found: dict[int, Candidate]) -> None:
    for row in rows:
        found.setdefault(row[0], Candidate._make(row))


def _plan(parsed: ParsedQuery, vocab: Vocabulary) -> _Plan | None:
    """The FTS5 expressions for `parsed`, None when no part is long enough for the index.

    Words that no word of the case is close to only rank. Common words, in more than
    `COMMON_SHARE` of the quotes, and short ones find candidates only with the rarer words,
    where these alone find too many; bm25, which scores every match, ranks only rare words.
    """
    parts = [*parsed.terms, *parsed.phrases, *parsed.speakers, *parsed.outlets]
    if not any(len(word) >= MIN_INDEXED for part in parts for word in index_words(part)):
        return None
    required = [clause for phrase in parsed.phrases if (clause := _phrase_clause(phrase, vocab))]
    required += [_name_clause("speaker", name, vocab) for name in parsed.speakers]
    required += [_name_clause("source", name, vocab) for name in parsed.outlets]
    required = [clause for clause in required if clause]
    if _NO_NAME in required:
        return _Plan(None, None, None, None, False, [], None, False)
    common = max(vocab.quotes * COMMON_SHARE, COMMON_MIN_DOCS)
    every = sorted(_term_groups(parsed.terms, vocab, common), key=lambda g: (g.short, g.docs))
    long = [group for group in every if not group.short]
    groups = ([group for group in long if group.docs <= common] or long[:1])[:MAX_INDEXED_WORDS]
    if not (required or groups):
        return _Plan(None, None, None, None, False, [], None, False)
    excluded = [clause for text in parsed.excluded if (clause := _exclusion(text, vocab))]

    def expression(clauses: list[str]) -> str:
        return _excluding(" AND ".join(clauses), excluded)

    words = [group.expression for group in groups]
    all_words = [group.expression for group in every]
    all_but_one = [[*required, *words[:i], *words[i + 1 :]] for i in range(len(words))]
    any_word = [*required, "(" + " OR ".join(words) + ")"] if len(words) > 1 else None
    rankable = sum(group.docs for group in groups) <= RANK_MAX_DOCS
    in_a_row, near = _adjacent(parsed.terms, vocab)
    return _Plan(
        every_word=expression([*required, *words]),
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
    words = _words(terms)
    groups = []
    for position, word in enumerate(words):
        short = len(word) < MIN_INDEXED
        typed = short or position == len(words) - 1
        found = vocab.alternatives("words", word, being_typed=typed, typos=not short)
        # A short word's most frequent completions may all miss the word meant: it then ranks.
        if found.prefixes if short else found.words or found.prefixes:
            most = COMMON_ALTERNATIVES if found.docs > common else None
            groups.append(_Group(_any(found, most), found.docs, short))
    return groups


def _words(terms: tuple[str, ...]) -> list[str]:
    """The index words of the plain words, as many as there may be plain words."""
    return [word for term in terms for word in index_words(term)][:MAX_PARTS]


def _adjacent(terms: tuple[str, ...], vocab: Vocabulary) -> tuple[str | None, str | None]:
    """The words in a row as typed, when each has a likely word, and near each other (in any
    order, FTS5's NEAR): each word that is no word of the case standing for its likeliest
    alternative, the last perhaps cut short."""
    words = _words(terms)
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
    """A phrase must appear as typed (`match_score` checks): its words as an FTS5 phrase, the last
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
    # A short word with no alternative may be inside a longer one: `match_score` checks it.
    return " AND ".join(f"text : {_any(found)}" for found in alternatives if found.docs) or None


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
    """Quotes with a word starting with an excluded word: they hold it, so `match_score` would drop
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


def _in_document_order(case: Case, folded: ParsedQuery, limit: int) -> list[QuoteHit]:
    if not folded.excluded:
        return case.quote_hits(limit=limit)
    kept: list[QuoteHit] = []
    for offset in range(0, SHORT_SCAN, PAGE):
        page = case.quote_hits(offset=offset, limit=PAGE)
        kept += [hit for hit in page if not is_excluded(fold(hit.quote.text), folded)]
        if len(kept) >= limit or len(page) < PAGE:
            break
    return kept[:limit]
