"""Where a quote whose closing mark is missing ends: at its own attribution. “We wanted to do
justice to the collection, explained Dr Wright. A provocative work … runs on to the next
opening mark unless the cue inside it ends it: ", explained Dr Wright." or ", Wright said."
after a comma is the writer's, not the speaker's, and the quote ends at that comma."""

from __future__ import annotations

import re

from store.quoting.lexicon import CUE_VERBS, HONORIFICS, TITLES

_VERBS = "|".join(sorted((v for v in CUE_VERBS.split("|") if v.islower()), key=len, reverse=True))
_TITLE = "|".join(sorted(HONORIFICS | TITLES, key=len, reverse=True))
_NAME = rf"(?:(?i:{_TITLE})\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]*){{0,3}}"
# ", explained Dr Wright." / ", Wright said." / ", she said.": a cue that ends its sentence.
_CUE_RE = re.compile(
    rf",\s+(?:(?:{_VERBS})\s+{_NAME}|{_NAME}\s+(?:{_VERBS})|(?:he|she|they)\s+(?:{_VERBS}))"
    r"\s*[.!?]"
)


def cue_inside(text: str, start: int, end: int) -> int | None:
    """The end (after its comma) of the words a cue inside text[start:end] closes, if one does."""
    match = _CUE_RE.search(text, start, end)
    return match.start() + 1 if match else None
