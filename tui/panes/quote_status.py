"""The line under the quote list: what it lists, for which query, in what order."""

from __future__ import annotations

from store.safe_text import one_line
from store.search import Ranking

SHOWN_QUERY_CHARS = 60


def found_status(query: str, ranking: Ranking, starred_only: bool, limit: int) -> str:
    """What a search found: `limit` is how many quotes a search ranks at most."""
    found = ranking.total
    query = shortened(one_line(query))
    if starred_only:
        return starred_status(found, query, limit)
    if ranking.ids is None:
        if not found:
            return "No quotes in this case yet."
        return f"{quotes(found)}, in document order"
    if not found:
        return f"No quote matches “{query}”. Try fewer or shorter words."
    best = "The best " if found == limit else ""
    return f"{best}{quotes(found)} matching “{query}”, best first"


def starred_status(found: int, query: str, limit: int) -> str:
    press = "  (* shows every quote)"
    where = f" matching “{query}”" if query else ""
    if not found:
        return f"No starred quotes{where}. Star one with s.{press}"
    best = "The first " if found == limit else ""
    return f"{best}{quotes(found)} starred{where}{press}"


def shortened(text: str) -> str:
    return text[:SHOWN_QUERY_CHARS] + "…" if len(text) > SHOWN_QUERY_CHARS else text


def quotes(count: int) -> str:
    return f"{count:,} quote" if count == 1 else f"{count:,} quotes"
