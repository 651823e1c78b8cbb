"""A filter's word found in text columns as a reader means it: the straight quote mark a
keyboard types stands for the curly ones articles print, and a curly one pasted for them all."""

from __future__ import annotations

from store.case.sql import like_escape

# Each quote mark a text may print, and the straight mark it is read as.
QUOTE_MARKS = {
    "’": "'",  # right single quotation mark, the apostrophe of typeset text
    "‘": "'",
    "‛": "'",
    "ʼ": "'",  # modifier letter apostrophe
    "“": '"',
    "”": '"',
    "„": '"',
    "‟": '"',
}
_STRAIGHT = str.maketrans(QUOTE_MARKS)
_ANY_MARK = set(QUOTE_MARKS) | set(QUOTE_MARKS.values())


def straight_quotes(text: str) -> str:
    """`text` with every quote mark written straight."""
    return text.translate(_STRAIGHT)


def straightened(column: str) -> str:
    """SQL for the text of `column` (any expression) with every quote mark written straight."""
    sql = column
    for mark, straight in QUOTE_MARKS.items():
        sql = f"replace({sql}, {_literal(mark)}, {_literal(straight)})"
    return sql


def word_in_columns(word: str, columns: list[str]) -> tuple[str, list[str]]:
    """A WHERE clause that holds where any of `columns` contains `word` (letters' case aside,
    as LIKE compares), and its parameters. Only a word with a quote mark pays for writing the
    columns' marks straight: a large timeline is read whole for a filter."""
    if _ANY_MARK.isdisjoint(word):
        texts, pattern = columns, word
    else:
        texts, pattern = [straightened(column) for column in columns], straight_quotes(word)
    clause = " OR ".join(f"{text} LIKE ? ESCAPE '\\'" for text in texts)
    return f"({clause})", [f"%{like_escape(pattern)}%"] * len(texts)


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
