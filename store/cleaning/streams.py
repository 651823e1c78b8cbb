"""Streams of dated entries after the article: reader comments ("Hans says:" / "October 17,
2008 at 11:22 am" / his comment, again and again) and boxes of other stories with their dates.

Each entry of such a stream carries a date line of its own, and the entries are in date order;
an article's own date line sits by its title, once. Several date lines standing alone past the
article's text, in date order, with less text after the first of them than the article before
it, open a stream that runs to the page's end.
A live blog, whose entries are stamped from the top and outweigh any introduction, is no
stream here.
"""

from __future__ import annotations

from itertools import pairwise

from store.cleaning.blocks import Block
from store.cleaning.meta import is_dateline, publication_date
from store.cleaning.phrases import ends_sentence
from store.cleaning.weights import content_words, mark_range

STAMP_WORDS = 8  # a date line: a date, a time, a reading time ("Feb 20th 2026 6 Min Read")
STREAM_STAMPS = 3  # date lines that make a stream: one is the article's own, two may be chance
MIN_ARTICLE_WORDS = 100  # article text above the stream: a stream follows an article
SIGNATURE_WORDS = 5  # an entry's author line above its date ("1. Hans says:")


def mark_streams(blocks: list[Block]) -> None:
    """Mark the stream of dated entries at the end of the page, if there is one."""
    stamps = [i for i, block in enumerate(blocks) if _is_stamp(block)]
    if len(stamps) < STREAM_STAMPS:
        return
    weights = content_words(blocks)
    before = 0
    done = 0
    for n, i in enumerate(stamps):
        before += sum(weights[done:i])
        done = i
        if len(stamps) - n < STREAM_STAMPS:
            return
        in_order = _in_order([blocks[j].text for j in stamps[n:]])
        if before >= MIN_ARTICLE_WORDS and sum(weights[i:]) < before and in_order:
            mark_range(blocks, _entry_start(blocks, i), len(blocks), "dated stream")
            return


def _is_stamp(block: Block) -> bool:
    """A date line standing alone, perhaps a link to its entry ("[May 2, 2024 at 9:14
    am](…#comment-12)"); the article's own, by its title, has no article text above it."""
    return (
        block.kind in ("para", "item")
        and block.words <= STAMP_WORDS
        and is_dateline(block.text, block.words, strict=False)
    )


def _in_order(stamps: list[str]) -> bool:
    """Whether the dates run one way: a thread is shown oldest first, a box of stories newest
    first; notes that say when each section was last checked are dated in no order."""
    days = [publication_date(stamp) for stamp in stamps]
    pairs = list(pairwise(days))
    return all(a <= b for a, b in pairs if a and b) or all(a >= b for a, b in pairs if a and b)


def _entry_start(blocks: list[Block], stamp: int) -> int:
    """The stream's first entry starts at its date line, or at the signature line above it."""
    above = blocks[stamp - 1] if stamp else None
    signed = (
        above is not None
        and not above.why
        and above.words <= SIGNATURE_WORDS
        and not ends_sentence(above.text)
    )
    return stamp - 1 if signed else stamp
