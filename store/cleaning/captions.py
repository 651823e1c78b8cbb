"""Captions: the line under a picture that describes it. A page describes a picture twice, in
its alt text and in the caption below it, in the same words; a paragraph of the article that
follows a picture says something else."""

from __future__ import annotations

import re

from store.cleaning.blocks import Block

# The share of a block's words found in the description of the picture above it that makes
# the block that picture's caption.
CAPTION_SHARE = 0.5
CAPTION_MAX_WORDS = 100  # a caption can be long; a page of text under a picture is not one
_WORD = re.compile(r"\w+")


def is_caption(block: Block) -> bool:
    """Whether `block`, right under a picture, says what the picture's alt text says. A line
    that introduces what follows ("The types of testing are:") is the article's."""
    if not block.picture or block.kind != "para" or block.words > CAPTION_MAX_WORDS:
        return False
    if block.text.rstrip().endswith(":"):
        return False
    own = set(_WORD.findall(block.text.casefold()))
    described = set(_WORD.findall(block.picture.casefold()))
    return len(own) >= 2 and len(own & described) >= CAPTION_SHARE * len(own)
