"""What a page shows twice (a mobile and a desktop copy, a standfirst in the header and again
in the body, the whole article again in a "republish this" box or a print copy): a paragraph of
prose is kept once."""

from __future__ import annotations

import re

from store.cleaning.blocks import Block

REPEAT_WORDS = 8  # a paragraph this long found twice is the page repeating itself
# The share of a paragraph's runs of REPEAT_WORDS words found earlier on the page that makes it
# a copy: nearly all of it, so that a paragraph quoting a sentence of the text, or one of a
# site's sections written from the same template sentences as the others, is kept. Shorter
# paragraphs than REPEAT_RUN_WORDS repeat only word for word: "check out all our X reviews"
# under each product differs by a word.
REPEAT_SHARE = 0.8
REPEAT_RUN_WORDS = 3 * REPEAT_WORDS
_SHINGLE_WORD = re.compile(r"\w+")


def mark_repeats(blocks: list[Block]) -> None:
    """A page shows some things twice (a mobile and a desktop copy, a standfirst in the header
    and again in the body, the whole article again in a "republish this" box or a print copy):
    a paragraph is kept once. List items may repeat (the same warm-up in each week of a plan);
    paragraphs of prose do not."""
    seen: set[str] = set()
    article = _Shingles()  # the text kept so far, read on across blocks
    for block in blocks:
        if block.why and block.why not in _ARTICLE_MARKS:
            continue
        judged = (
            not block.why and block.kind == "para" and block.prose and block.words >= REPEAT_WORDS
        )
        if judged and (block.text in seen or article.holds(block)):
            block.why = "repeat"
            continue
        if judged:
            seen.add(block.text)
        article.add(block.text)


# Blocks dropped as the article's own title and byline: a copy of the article repeats them.
_ARTICLE_MARKS = frozenset({"title", "byline", "dateline"})


class _Shingles:
    """The runs of REPEAT_WORDS words (case and punctuation aside) of the text read so far, as
    one stream: runs across two blocks count, so a copy that glues paragraphs into one is
    found whole."""

    def __init__(self) -> None:
        self.runs: set[tuple[str, ...]] = set()
        self._tail: list[str] = []

    def add(self, text: str) -> None:
        words = self._tail + _SHINGLE_WORD.findall(text.casefold())
        self.runs.update(_runs(words))
        self._tail = words[len(words) - REPEAT_WORDS + 1 :]

    def holds(self, block: Block) -> bool:
        """Whether `block` is a second copy of text read already: long enough to tell
        (REPEAT_RUN_WORDS), and nearly all of its runs of words read before."""
        if block.words < REPEAT_RUN_WORDS:
            return False
        own = set(_runs(_SHINGLE_WORD.findall(block.text.casefold())))
        return bool(own) and len(own & self.runs) >= REPEAT_SHARE * len(own)


def _runs(words: list[str]) -> list[tuple[str, ...]]:
    # zip builds each run in C (a slice a run costs twice as much); it stops at the last run.
    return list(zip(*(words[offset:] for offset in range(REPEAT_WORDS)), strict=False))
