"""The quote finder (see store/search/finder.py)."""

from store.search.finder import prepare_search, search_quotes
from store.search.query import ParsedQuery, parse_query
from store.search.rank import highlight_spans

__all__ = ["ParsedQuery", "highlight_spans", "parse_query", "prepare_search", "search_quotes"]
