"""Titles of works named by the word beside them: a song, a chapter, a book.

'the lead single ‘Berghain’', 'a book titled “Paper Moons”', '(“Paper cutting”, chapter 5 of
…)': a short capitalised phrase a noun for a work or a naming participle stands right before,
or its place in a larger work right after it, is the work's title, whether in title case or in
sentence case, and whatever verb of saying its sentence holds. A quotation is longer, or ends
its sentence, or opens in lower case ('the song's refrain, “we will not pay”').
"""

from __future__ import annotations

import re

# Nouns for works, and the participles that give a name: the word before a title.
_WORK_NOUNS = frozenset(
    [
        *("song", "single", "track", "album", "chapter", "book", "novel", "memoir", "poem"),
        *("film", "movie", "documentary", "episode", "essay", "column", "series", "musical"),
        *("opera", "podcast", "painting", "titled", "entitled", "called", "named", "dubbed"),
    ]
)
# A title this long or longer is rare; a quotation this short is too.
_TITLE_WORDS = 6
_WORD_RE = re.compile(r"[\w’'-]+")
# After the title, its place in a larger work: '“Paper cutting”, chapter 5 of …'.
_PLACE_AFTER_RE = re.compile(
    r"[,;(]?\s*(?:chapter|episode|track|part|volume|vol\.)\s*(?:\d|[IVXLC]+\b)", re.I
)
_SENTENCE_END = (".", "!", "?", "…")


def names_a_work(before: str, quoted: str, after: str) -> bool:
    """Is `quoted` (a quote's text, `before` and `after` the paragraph's text around its
    marks) the title of a work its neighbouring words name?"""
    words = quoted.split()
    if not words or len(words) > _TITLE_WORDS or not words[0][:1].isupper():
        return False
    if quoted.rstrip().endswith(_SENTENCE_END):
        return False  # '“Go home.”' is said; a title rarely ends in a stop
    previous = _WORD_RE.findall(before[-40:])
    if previous and previous[-1].lower() in _WORK_NOUNS:
        return True
    return _PLACE_AFTER_RE.match(after.lstrip()) is not None
