"""Wire datelines: "WASHINGTON (AP) —" opens the article's first sentence, so it stays with it.

A page may set the dateline apart (its own `<span>` or bold run, a line of its own in crawler
markdown), which leaves a short block ending in a dash that every rule for short lines would
drop. The dash says the sentence goes on in the next block: the two are joined. A date in a
dateline ("LONDON, March 3, 2024 —") is the article's own.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from store.cleaning.blocks import Block
from store.cleaning.meta import publication_date

DATELINE_WORDS = 12  # a place, an agency and a date; a longer line ending in a dash is text
# A dash that runs on into what follows: at the end of a block, or after a dateline's first words.
_RUNS_ON = re.compile(r"(?:\s|\)|/)(?:—|–|--?)$")
_LEAD_DASH = re.compile(r"\s(?:—|–|--?)\s")


def join_datelines(blocks: list[Block]) -> list[Block]:
    """`blocks` with each run-in dateline joined to the paragraph under it."""
    out: list[Block] = []
    for block in blocks:
        if out and _runs_in(out[-1]) and block.kind == "para":
            out[-1] = _joined(out[-1], block)
        else:
            out.append(block)
    return out


def _runs_in(block: Block) -> bool:
    return (
        block.kind == "para"
        and block.words <= DATELINE_WORDS
        and not block.links
        and block.text[:1].isupper()
        and _RUNS_ON.search(block.text) is not None
    )


def _joined(dateline: Block, paragraph: Block) -> Block:
    return replace(
        paragraph,
        text=f"{dateline.text} {paragraph.text}",
        link_chars=paragraph.link_chars,
        free_letters=dateline.free_letters + paragraph.free_letters,
        after_image=dateline.after_image,
    )


def dateline_date(text: str) -> dt.date | None:
    """The date in the dateline a paragraph opens with ("LONDON, March 3, 2024 — The…")."""
    dash = _LEAD_DASH.search(text)
    if dash is None or len(text[: dash.start()].split()) > DATELINE_WORDS:
        return None
    return publication_date(text[: dash.start()])
