"""Variants that agree: one statement reported by several outlets has one speaker.

Quotes linked as variants (`store.ingest.linking`) report one statement. Where one report
names who said it by a sure path (a verb of saying beside a name, a transcript's "NAME:", the
user's correction) and another could not ("he said" left unresolved, "the senator said",
no speaker at all), the named speaker is given to the other, marked `how="variant"` with
a confidence below every measured path's (`store.quoting.trust`). Two reports naming two
different people are never linked (`may_be_one_statement`); linked reports that come to name two
people (a user's correction) are left as they are: `Case.quote_hits` flags them as disputed.
Nor are a named speaker and one named by a noun that cannot be them ("Hillary Clinton" and "a
voter": `store.quoting.agreement`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from store.quoting.agreement import nominal_agrees
from store.quoting.fingerprint import is_short


class Attribution(NamedTuple):
    """A quote's speaker as stored, and how it was found."""

    speaker: str | None
    how: str | None


class Said(NamedTuple):
    """A quote's speaker as stored, and the role its article gives them, as linking reads
    them."""

    speaker: str | None
    role: str | None = None


# Fewer words than this are a phrase anyone may repeat: a slogan, a chant, a stock answer.
SHORT_WORDS = 6
# Paths a speaker is given by only when no report names one surely.
_WEAK = frozenset(["pronoun", "nominal", "variant"])


def is_named(speaker: str | None) -> bool:
    """A person's or organisation's name, not a phrase as written ("the company")."""
    return speaker is not None and speaker[:1].isupper()


def _sure(attribution: Attribution) -> bool:
    return is_named(attribution.speaker) and attribution.how not in _WEAK


def _weak(attribution: Attribution) -> bool:
    return not _sure(attribution) and attribution.how != "corrected"


def same_person(a: str, b: str) -> bool:
    """Could two names be one person's? Equal but for case, or one the last words of the
    other ("Trump", "Donald Trump")."""
    x, y = a.casefold().split(), b.casefold().split()
    shorter, longer = sorted((x, y), key=len)
    return bool(shorter) and longer[len(longer) - len(shorter) :] == shorter


def may_be_one_statement(
    text_a: str,
    speaker_a: str | None,
    text_b: str,
    speaker_b: str | None,
    roles: tuple[str | None, str | None] = (None, None),
) -> bool:
    """May two quotes of like words be one statement, by who said them? Not when each names
    a different person: similar words by two people are two statements; nor when one names
    a person and the other a speaker by a noun that cannot be them (`agree`, given the
    `roles` each quote's article gives its speaker). A short quote (fewer than `SHORT_WORDS`
    words, or too few content words to key by them: a slogan, a stock phrase) is too little
    text to be one statement by its words alone, so it is one only when both name the same
    person: "Make America Great Again" on a protester's shirt is not the candidate's line."""
    named_a, named_b = is_named(speaker_a), is_named(speaker_b)
    if not agree(speaker_a, roles[0], speaker_b, roles[1]):
        return False
    if any(len(text.split()) < SHORT_WORDS or is_short(text) for text in (text_a, text_b)):
        return named_a and named_b
    return True


def agree(
    speaker_a: str | None, role_a: str | None, speaker_b: str | None, role_b: str | None
) -> bool:
    """May two reports' speakers be one: one report names none, both name the same person,
    or one names a person and the other a speaker by a noun that may be them ("the mayor",
    "a spokesman"; not "a voter")? Two nouns ("the mayor", "a resident") never tell."""
    if speaker_a is None or speaker_b is None:
        return True
    named_a, named_b = is_named(speaker_a), is_named(speaker_b)
    if named_a and named_b:
        return same_person(speaker_a, speaker_b)
    if named_a:
        return nominal_agrees(speaker_b, speaker_a, role_a)
    if named_b:
        return nominal_agrees(speaker_a, speaker_b, role_b)
    return True


def agreed_speaker(names: list[str]) -> str | None:
    """The one person all `names` may be, by the fullest of them; None if they disagree."""
    if not names:
        return None
    fullest = max(names, key=lambda name: (len(name.split()), name))
    return fullest if all(same_person(name, fullest) for name in names) else None


def variant_speakers(
    attributions: Mapping[int, Attribution], links: Mapping[int, set[int]]
) -> dict[int, str]:
    """Quote id → the speaker its variants give it: for each quote with no sure speaker of
    its own, the person all its surely attributed variants name, when they agree and it is
    not who the quote already names. `links` maps quote ids to their variants' ids, and
    `attributions` must hold every id of both."""
    given = {}
    for quote_id, variants in links.items():
        own = attributions[quote_id]
        if not _weak(own):
            continue
        sure = [attributions[v].speaker for v in sorted(variants) if _sure(attributions[v])]
        speaker = agreed_speaker([name for name in sure if name])
        if speaker is None:
            continue
        if own.speaker is None or not same_person(own.speaker, speaker):
            given[quote_id] = speaker
    return given
