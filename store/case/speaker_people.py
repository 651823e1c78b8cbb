"""The speakers list's people: a row a person, with the roles their quotes were given.

Names that differ only in case, accents and punctuation ("Martin O'Malley", "Martin
O’Malley") are one person's, listed once under the form most quotes give, with the others as
its spellings: the quote finder's `@name` reads them as the same words, so the count is what
choosing the name shows. Which person a bare "Obama" or "Clinton" is stays the extraction's
decision and the user's (`store.quoting.speaker_names`, `Case.merge_speakers`): words that
differ are never folded here.

Roles are written as a citation writes them (`store.publish.speakers.written_out`: "Sen." is
"Senator"), the forms of one role counted together, most used first.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from functools import cache

from store.models import Speaker
from store.publish.speakers import written_out

# How many quotes a speaker has, and how many of them were given a role, as the quotes table
# counts them: (speaker, count) and (speaker, role, count).
NameCount = tuple[str, int]
NameRoleCount = tuple[str, str | None, int]

# Letters and digits make words; everything else, "_" included, separates them (as the quote
# index's unicode61 tokenizer reads text).
_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Lower-case words that belong to names, and what joins them to the rest of the name.
_NAME_PARTICLES = _words(
    "of for and de del della der den di da das do dos du la le van von ter ten bin binti bint"
    " ibn al el y e d l"
)
_PARTICLE_SPLIT = re.compile("[-'’]")
# How the lists mark a speaker the text describes rather than names.
DESCRIBED = "described, not named"


Words = Callable[[str], tuple[str, ...]]


def words_of(text: str) -> tuple[str, ...]:
    """The words of `text` lower-cased, without accents or punctuation: the forms of one name
    or role share them."""
    folded = text.casefold()
    if not folded.isascii():
        decomposed = unicodedata.normalize("NFKD", folded)
        folded = "".join(char for char in decomposed if not unicodedata.combining(char))
    return tuple(_WORD.findall(folded))


def people(counts: Iterable[NameCount], roles: Iterable[NameRoleCount] = ()) -> list[Speaker]:
    """A `Speaker` a person, from the quotes' `counts` by speaker and their `roles` by speaker
    and role: most quoted first, then by name."""
    # A case repeats its names and roles across the rows: each is read once.
    words, written = cache(words_of), cache(written_out)
    names: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for name, quotes in counts:
        names[words(name) or (name,)][name] += quotes  # a name of no words is only itself
    given: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for name, role, quotes in roles:
        if (shown := shown_role(name, role, written)) is not None:
            given[words(name) or (name,)][shown] += quotes
    listed = [_speaker(names[person], given[person], words) for person in names]
    return sorted(listed, key=lambda speaker: (speaker.described, -speaker.quotes, speaker.name))


def is_description(name: str) -> bool:
    """Does `name` say what the speaker is rather than who ("one tester", "the source",
    "Clinton supporters", "Software engineer working on cloud services")? A name's words start
    with capitals, but for the particles of names ("Edwina von Gal", "Bashar al-Assad")."""
    for word in name.split():
        head = _PARTICLE_SPLIT.split(word, maxsplit=1)[0]
        if head[:1].islower() and head not in _NAME_PARTICLES:
            return True
    return False


def shown_role(
    name: str, role: str | None, written: Callable[[str], str] = written_out
) -> str | None:
    """`role` as the list shows it, `written` out; None for none, or for a role that is only
    words of the name itself (as a citation leaves it out)."""
    tidy = " ".join((role or "").split())
    if not tidy or tidy.casefold() in name.casefold():
        return None
    return written(tidy)


def ranked_forms(counts: Counter[str], words: Words = words_of) -> list[list[str]]:
    """The forms of `counts` in groups of the same `words`, the group most counted first, each
    group's forms most counted first (ties: in text order)."""
    if len(counts) < 2:  # most names and roles: one form, nothing to rank
        return [list(counts)] if counts else []
    groups: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for form in counts:
        groups[words(form) or (form,)].append(form)

    def most_counted(forms: list[str]) -> list[str]:
        return sorted(forms, key=lambda form: (-counts[form], form))

    ranked = [most_counted(forms) for forms in groups.values()]
    return sorted(ranked, key=lambda forms: (-sum(counts[form] for form in forms), forms[0]))


def _speaker(names: Counter[str], roles: Counter[str], words: Words) -> Speaker:
    (forms,) = ranked_forms(names, words)  # one person's names share their words
    return Speaker(
        name=forms[0],
        quotes=sum(names.values()),
        roles=[role_forms[0] for role_forms in ranked_forms(roles, words)],
        spellings=forms[1:],
        described=is_description(forms[0]),
    )
