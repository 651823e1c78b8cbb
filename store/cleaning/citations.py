"""Reference lists: the works an article cites, listed after it ("Gan ZH, et al. (2021).
Association between … https://…"). They are no text of the article, and their years would
stand in its timeline as events.

A citation names a year ("(2016)", "2012;5:85") and where the work is found: a link, a DOI,
a volume and pages, "et al.". A list most of whose items cite, past the middle of the
article's text, is its reference list.
"""

from __future__ import annotations

import re

from store.cleaning.blocks import Block
from store.cleaning.weights import content_words, mark_range

MIN_ITEMS = 3  # two items citing may be a short list of further reading of the article's own
CITING_SHARE = 2 / 3  # of a list's items: a footnote of prose among citations is still theirs
_YEAR = re.compile(r"\((?:1[6-9]|20)\d\d[a-z]?\)|\b(?:1[6-9]|20)\d\d[a-z]?[.;,:]")
_FOUND_IN = re.compile(
    r"\bet al\b|https?://|\bdoi\b|\b\d+ ?\(\d+\) ?[:,]|\b\d+:\d+|\bvol\.|\bpp?\. ?\d|\bretrieved\b",
    re.IGNORECASE,
)


def is_citation(text: str) -> bool:
    return _YEAR.search(text) is not None and _FOUND_IN.search(text) is not None


def mark_reference_lists(blocks: list[Block]) -> None:
    """Mark the lists past the middle of the article's text whose items are citations."""
    weights = content_words(blocks)
    half = sum(weights) / 2
    seen = 0
    groups: dict[int, list[int]] = {}
    for i, block in enumerate(blocks):
        seen += weights[i]
        if block.group and block.kind == "item" and seen > half:
            groups.setdefault(block.group, []).append(i)
    for members in groups.values():
        citing = sum(is_citation(blocks[i].text) for i in members)
        if len(members) >= MIN_ITEMS and citing >= CITING_SHARE * len(members):
            mark_range(blocks, members[0], members[-1] + 1, "references")
