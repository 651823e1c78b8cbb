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
from collections.abc import Iterable

from store.models import Speaker
from store.publish.speakers import written_out

# A name or role, its quotes, as the quotes table groups them: (speaker, role or None, count).
SpeakerRoleCount = tuple[str, str | None, int]

# Letters and digits make words; everything else, "_" included, separates them (as the quote
# index's unicode61 tokenizer reads text).
_WORD = re.compile(r"[^\W_]+")


def words_of(text: str) -> tuple[str, ...]:
    """The words of `text` lower-cased, without accents or punctuation: the forms of one name
    or role share them."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return tuple(_WORD.findall(plain))


def people(counts: Iterable[SpeakerRoleCount]) -> list[Speaker]:
    """A `Speaker` a person from the quotes' counts by speaker and role: most quoted first,
    then by name."""
    names: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    roles: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for name, role, quotes in counts:
        person = words_of(name) or (name,)  # a name of no words is only itself
        names[person][name] += quotes
        if (shown := shown_role(name, role)) is not None:
            roles[person][shown] += quotes
    listed = [_speaker(names[person], roles[person]) for person in names]
    return sorted(listed, key=lambda speaker: (-speaker.quotes, speaker.name))


def shown_role(name: str, role: str | None) -> str | None:
    """`role` as the list shows it, written out; None for none, or for a role that is only
    words of the name itself (as a citation leaves it out)."""
    tidy = " ".join((role or "").split())
    if not tidy or tidy.casefold() in name.casefold():
        return None
    return written_out(tidy)


def ranked_forms(counts: Counter[str]) -> list[list[str]]:
    """The forms of `counts` in groups of the same words, the group most counted first, each
    group's forms most counted first (ties: in text order)."""
    groups: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for form in counts:
        groups[words_of(form) or (form,)].append(form)

    def most_counted(forms: list[str]) -> list[str]:
        return sorted(forms, key=lambda form: (-counts[form], form))

    ranked = [most_counted(forms) for forms in groups.values()]
    return sorted(ranked, key=lambda forms: (-sum(counts[form] for form in forms), forms[0]))


def _speaker(names: Counter[str], roles: Counter[str]) -> Speaker:
    (forms,) = ranked_forms(names)  # one person's names share their words
    return Speaker(
        name=forms[0],
        quotes=sum(names.values()),
        roles=[role_forms[0] for role_forms in ranked_forms(roles)],
        spellings=forms[1:],
    )
