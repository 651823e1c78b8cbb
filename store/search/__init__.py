"""The quote finder: an fzf-like query language, candidates from FTS5, ranking by rapidfuzz.

Query language (parts separated by spaces; neither case nor accents matter: cafe finds Café):

    piracy thef       plain words match fuzzily: a typo, a word cut short while typing or a
                      different word order still finds the quote; closest matches first
    'theft            that whole word of the quote (never inside a word); '"is theft": whole
                      words in a row
    "is theft"        a phrase that must appear exactly; an unclosed quote runs to the end
    @fahmi            only quotes whose speaker contains this (one typo tolerated from six letters)
    #torrentfreak     only quotes from an outlet that contains this (likewise)
    !theft            no quotes whose text contains this
    @"fahmi fadzil"   @, # and ! take a quoted phrase too

An empty query lists quotes in document order. A part without any letter or digit is ignored,
and a query is read up to `MAX_QUERY_CHARS`. Any string is a valid query. Quotes the user marked
not a quotation are never found unless asked for, nor those of excluded documents when asked
(`store.case.Hidden`): every step below leaves them out before its limits.

A query goes through the modules of this package in this order:
- `finder.py`: `QuoteFinder`, one per case pool, closed with it; it owns the rest's state.
  `search` gives hits; `rank` gives the same answer as ids (a `Ranking`) and `page` its hits
  a slice at a time, for a list that shows only what is on screen.
- `query.py`: the query split into its parts.
- `cache.py`: the same question asked again of an unchanged case is answered from memory.
- `vocabulary.py`: the case's words, for each query word the index words it may stand for
  (itself, the words it starts, those one typo away, those it is part of).
- `plan.py`: the FTS5 expressions that find candidates, made of those words.
- `candidates.py`: the expressions run in bounded steps (no full scan); words under three
  letters only rank, unless nothing else can find candidates: then a LIKE over the first
  quotes does.
- `side.py`: the costliest look-up of a keystroke on a second connection, meanwhile.
- `weights.py`: how much each word of the query counts in the ranking: its length, and how
  rare it is in the case.
- `rank.py`: rapidfuzz scores each candidate (a word found whole above one it starts, that
  above one it is inside); the best come back highlighted.
"""

from store.search.finder import QuoteFinder, Ranking, SearchError, search_quotes
from store.search.query import ParsedQuery, parse_query
from store.search.rank import highlight_spans

__all__ = [
    "ParsedQuery",
    "QuoteFinder",
    "Ranking",
    "SearchError",
    "highlight_spans",
    "parse_query",
    "search_quotes",
]
