"""The main text block of a page: the run of blocks where article text outweighs page chrome.

As in body-text extraction (Finn et al.'s BTE, and the densest-region idea behind readability's
scores), each block weighs for or against the article: words of prose count for it, links,
dropped chrome and short fragments against. The run of blocks with the greatest total is the
article; text well outside it (teaser blurbs in a sidebar, comments after a long form, a footer's
about text) goes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from store.cleaning.blocks import Block
from store.cleaning.phrases import ends_sentence

LINK_COST = 4  # a link in chrome weighs against the article as much as this many words
LABEL_WORDS = 3  # a line this short, found on the page REPEATED times, is a button
REPEATED = 3
EDGE_COST = -2  # a block weighing less goes against the article: the region stops there


def main_region(blocks: list[Block], weigh: Callable[[Block], float]) -> tuple[int, int] | None:
    """The blocks [start, end) whose weights add up to the most (Kadane's maximum subarray),
    or None when no block weighs for the article."""
    best = 0.0
    found: tuple[int, int] | None = None
    total = 0.0
    start = 0
    for i, block in enumerate(blocks):
        if total <= 0:
            total, start = 0.0, i
        total += weigh(block)
        if total > best:
            best, found = total, (start, i + 1)
    return found


_NEUTRAL = frozenset({"", "title", "byline", "dateline", "repeat"})


def _weight(block: Block, content: bool) -> float:
    """For the article: its words of prose (and code); against it: links and dropped chrome.
    Headings, labels and the title's own lines weigh nothing either way."""
    if block.kind == "code":
        return block.words / 2
    if content:
        return block.words * (1 - block.link_density)
    if block.why in _NEUTRAL:  # a label, a heading or a sentence of the article, or a link
        linked = block.link_density >= 0.5 and not ends_sentence(block.text)
        return -block.words * block.link_density if linked else 0.0
    # Each link stands for a page of its own: a menu weighs by its entries, not their words.
    return -(block.words + LINK_COST * len(block.links))


def mark_outside_main(blocks: list[Block], is_content: Callable[[Block], bool]) -> None:
    """Mark the kept blocks outside the page's main text; `is_content` tells article text."""

    # A line the page shows again and again ("Reply", "Read more") is a button of its template.
    counts = Counter(block.text for block in blocks if block.words <= LABEL_WORDS)

    def weight(block: Block) -> float:
        if not block.why and block.words <= LABEL_WORDS and counts[block.text] >= REPEATED:
            return -(block.words + LINK_COST)
        return _weight(block, is_content(block))

    region = main_region(blocks, weight)
    if region is None:
        return
    start, end = region
    # The region's edges take in the standfirst, labels and buttons around the text, but no
    # paragraph of prose: that one was left out for the chrome between it and the article.
    while start > 0 and _at_the_edge(blocks[start - 1], weight(blocks[start - 1]), is_content):
        start -= 1
    # The article starts at its title: the standfirst and byline under it are not chrome.
    title = next((i for i, block in enumerate(blocks) if block.why == "title"), start)
    start = min(start, title)
    while end < len(blocks) and _at_the_edge(blocks[end], weight(blocks[end]), is_content):
        end += 1
    for i, block in enumerate(blocks):
        if not block.why and not (start <= i < end):
            block.why = "outside the main text"


def _at_the_edge(block: Block, weight: float, is_content: Callable[[Block], bool]) -> bool:
    return not is_content(block) and weight >= EDGE_COST
