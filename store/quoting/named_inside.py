"""A quote that names its own speaker speaks of them or to them: "my wife, Farah, has nothing
to do with it" is not Farah's, nor is "Farah, are you guilty?" A speaker given through a
neighbour, a pronoun or a sentence's subject is dropped when the quote names them so; one a
verb of saying names beside the quote stands (people do speak of themselves by name)."""

from __future__ import annotations

import re

_WORD_RE = re.compile(r"[\w’'-]+")
# Attribution paths sure enough to keep a speaker the quote names (see trust.py).
_SURE = frozenset(["direct", "layout"])
_SHORTEST = 3  # letters a name's word needs to be told in a quote: not an initial


def names_its_speaker(text: str, speaker: str) -> bool:
    """Does the quote set a word of the speaker's name off by commas, as one addresses a
    person or names them after a relation ("Farah, are you …", "my wife, Farah, has")?"""
    words = [w for w in _WORD_RE.findall(speaker) if len(w) >= _SHORTEST and w[0].isupper()]
    return any(_set_off(word).search(text) for word in words)


def _set_off(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?:^|,\s*){re.escape(word)}\s*(?:[,?!]|$)")


def names_a_thing(text: str, speaker: str) -> bool:
    """Does the quote speak of the speaker's name as a thing ("my experience with the Wantable
    Style Edit box", "this Harbour Pass")? A heading or a product, not a person."""
    return (
        re.search(rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Mm]y|[Oo]ur)\s+{re.escape(speaker)}\b", text)
        is not None
    )


def doubtful_speaker(text: str, speaker: str | None, how: str | None) -> bool:
    """Is the speaker one a weak path gave and the quote names, or a heading taken for a
    transcript line's speaker that the line names as a thing?"""
    if speaker is None or not speaker[:1].isupper():
        return False
    if how == "layout" and names_a_thing(text, speaker):
        return True  # not by a verb: "the DNC", "the FBI’s" are bodies speaking of themselves
    return how not in _SURE and names_its_speaker(text, speaker)
