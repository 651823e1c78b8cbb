"""How the documents list sorts titles: by their first word, not by the quote mark, bracket
or dash before it ("“New Ways…”" among the Ns), letters' case aside."""

from __future__ import annotations

from sqlite_utils import Database

# What a title may start with before its first word: quote marks, brackets, dashes, the
# ellipsis, Spanish inverted marks, bullets and spaces. Only built-in SQL reads them (ltrim),
# so that other tools can still write to the case through the index they key. Changing them
# changes the index's expression: a new migration step, never an edit of this one's.
LEADING_MARKS = " \u00a0'\"‘’‚‛“”„‟«»‹›「」『』([{<-‐‑–—―….¿¡*•·#~_"


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


# The sort key of a title, as ORDER BY and the index both write it.
TITLE_KEY = f"ltrim(title, {_literal(LEADING_MARKS)}) COLLATE NOCASE"


def sort_titles_by_their_words(db: Database) -> None:
    # The title sort read its index in plain title order: titles opening with a quote mark
    # came after the letters. The index is keyed as the sort now orders.
    db.execute("DROP INDEX IF EXISTS idx_documents_by_title")
    db.execute(f"CREATE INDEX idx_documents_by_title_key ON documents ({TITLE_KEY}, id)")
