"""Speakers named after a quote by a verb no cue list knows: "“…,” the nominee scoffed."

After a quote that ends with a comma (or ! ?), the subject right after the closing mark and
the word after it attribute the quote, as news writing does with any verb of manner. Cues with
a known verb are found by `store.quoting.cues`; this reads the subject as a sentence's is read
(`store.quoting.context.sentence_subject`).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from store.quoting.context import sentence_subject
from store.quoting.cues import Cue, _window
from store.quoting.lexicon import CUE_VERBS, STOP_WORDS
from store.quoting.tokens import Token

# How far after the closing mark the subject and its verb are read: a few words.
_SHORT_READ = 48

# A closing mark with a space after it: where "…,” the nominee scoffed" names its speaker.
_CLOSING_MARK_RE = re.compile('[”"»] +(?=[A-Za-z])')
_QUOTE_ENDS_CLAUSE = ",!?—–"
_CUE_WORDS = frozenset(CUE_VERBS.split("|"))
# A verb with "not" run into it ("doesn’t", "won't") says what someone does not do.
_NEGATED = ("n’t", "n't")


def _heads(text: str, word: Token) -> bool:
    """Does a colon follow the word, as after a heading ("“Too late?” Spoiler alert: …")
    rather than a verb of the quote's speaker?"""
    return text[word.end : word.end + 1] == ":"


def find_after_quote_cues(index: int, text: str, masked: str, cues: list[Cue]) -> list[Cue]:
    """ "“…,” the nominee scoffed.": after a quote that ends with a comma (or ! ?), a subject
    and any verb attribute it, though the verb is none the cue list knows. Cues with a known
    verb are found by `find_cues`."""
    found = []
    taken = {c.start for c in cues}
    starts = sorted(taken)
    for match in _CLOSING_MARK_RE.finditer(masked):
        if match.start() == 0 or text[match.start() - 1] not in _QUOTE_ENDS_CLAUSE:
            continue
        begin = match.end()
        near = bisect_left(starts, begin)
        if near < len(starts) and starts[near] < begin + _SHORT_READ:
            continue  # a cue with a known verb follows (”, Cole said)
        parsed = sentence_subject(_window(masked, begin, begin + _SHORT_READ))
        if parsed is None or parsed[0].start in taken:
            continue
        subject, verb = parsed
        if verb.lower in _CUE_WORDS or verb.lower in STOP_WORDS or _heads(masked, verb):
            continue
        if verb.lower.endswith(_NEGATED):
            continue  # '“running shoes,” the AI doesn’t just …': the sentence goes on, no cue
        found.append(Cue(index, subject.start, verb.end, verb.lower, subject, False, None))
    return found
