"""What each block weighs as article text, shared by the cleaning rules: prose that is not
mostly links counts; links, chrome and the blurbs of story cards do not."""

from __future__ import annotations

from store.cleaning.blocks import Block


def is_link_only(block: Block) -> bool:
    return bool(block.links) and (block.free_letters <= 3 or block.link_density >= 0.6)


def is_content(block: Block) -> bool:
    """Article text: kept prose that is not mostly links."""
    return (
        not block.why
        and block.kind in ("para", "item", "row")
        and block.link_density < 0.5
        and block.prose
    )


def content_words(blocks: list[Block]) -> list[int]:
    """Words of article text per block; a teaser has none."""
    prose = [is_content(block) for block in blocks] + [False]
    return [
        block.words if prose[i] and not _is_teaser(blocks, prose, i) else 0
        for i, block in enumerate(blocks)
    ]


CARD_LABELS = 2  # short lines (a date, an author, a category) between a card's headline and blurb


def _is_teaser(blocks: list[Block], prose: list[bool], i: int) -> bool:
    """The blurb under a linked headline in a box of other stories, perhaps with a date or an
    author's name between them. Text right after a box that goes on into more text is the
    article resuming, not a teaser."""
    j = i - 1
    while j >= 0 and i - j <= CARD_LABELS and _is_card_label(blocks[j]):
        j -= 1
    after_headline = j >= 0 and blocks[j].kind == "heading" and is_link_only(blocks[j])
    return after_headline and not prose[i + 1]


def _is_card_label(block: Block) -> bool:
    return block.kind == "para" and block.words <= CARD_LABEL_WORDS and not block.prose


CARD_LABEL_WORDS = 6


def mark_range(blocks: list[Block], start: int, end: int, why: str) -> None:
    for block in blocks[start:end]:
        block.why = block.why or why
