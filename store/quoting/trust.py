"""How a quote's speaker was found, and how far to trust it.

Each attribution path of the sieve is right at its own rate: a verb of saying with a name
beside it ("…,” Cole said") is the surest; a pronoun, a role, a neighbouring quote's speaker
and the subject of a sentence without a verb of saying are each less sure. The confidence
of a quote is its path's rate, measured once on the training part of a public attribution
corpus of political news (speaker right on matched quotes) and rounded down to a tenth, so
that it orders the paths rather than promising a figure on other text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.models import AttributionHow

if TYPE_CHECKING:  # the case's SQL reads UNCERTAIN_BELOW: no need to compile the cue patterns
    from store.quoting.cues import Cue

# The rate at which each path names the right speaker, rounded down (see the docstring).
# Measured on the training part: direct 0.97, chain 0.92, nominal 0.84, context 0.76,
# pronoun 0.59 (on few quotes: most pronoun cues stand for gold sources that are pronouns,
# which are not scored); layout 0.95 (train and development parts together). A chain is set
# a step below direct: its speaker is only as sure as the quote it is passed on from.
CONFIDENCE: dict[AttributionHow, float] = {
    "direct": 0.9,
    "layout": 0.9,
    "chain": 0.8,
    "nominal": 0.8,
    "context": 0.7,
    "pronoun": 0.5,
    # Not measured (no public corpus links reports of one statement across outlets): no surer
    # than the weakest measured path, as it rests on the link as well as on the other report.
    "variant": 0.5,
}
# Below this a speaker is uncertain: `@?` lists such quotes, with those that have none, for
# review. Pronouns, sentence subjects and variants' speakers are; verbs and chains are not.
UNCERTAIN_BELOW = 0.8
_BY_KIND: dict[str, AttributionHow] = {
    "name": "direct",
    "pronoun": "pronoun",
    "role": "nominal",
    "statement": "nominal",
}
_BY_LAYOUT: dict[str, AttributionHow] = {
    "context": "context",
    "transcript": "layout",
    "colon": "layout",
    "dash": "layout",
    "caption": "layout",
    "heading": "layout",
}


def attribution_how(cue: Cue | None, own: bool) -> AttributionHow | None:
    """The path by which `cue` named the quote's speaker; `own` when the cue stands by the
    quote itself rather than by a quote next to it. None when no speaker was found."""
    if cue is None or cue.speaker is None:
        return None
    if cue.how in _BY_LAYOUT:
        return _BY_LAYOUT[cue.how]
    if not own and _BY_KIND[cue.subject.kind] != "nominal":
        return "chain"
    # A role or a document speaking ("the report", "the source") stays marked nominal on the
    # quotes that follow it, so it is never shown as a named person.
    return _BY_KIND[cue.subject.kind]


def confidence(how: AttributionHow | None) -> float | None:
    return CONFIDENCE[how] if how else None
