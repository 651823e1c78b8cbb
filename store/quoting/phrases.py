"""Reading a short phrase of tokens as a subject: a name with its titles ("Minister Fahmi
Fadzil"), a role ("the communications minister", "the owner of the bar") or a statement ("the
statement", "Telegram’s statement"). `store.quoting.subjects` finds the phrase beside a verb."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from store.quoting.lexicon import (
    DETERMINERS,
    HONORIFICS,
    INDEFINITE,
    JOB_TITLES,
    LEADING_NOISE,
    NAME_CONNECTORS,
    ORG_WORDS,
    PARTY_LABELS,
    POST_ENDINGS,
    PRONOUNS,
    STOP_WORDS,
    TITLES,
)
from store.quoting.tokens import Token

_POSSESSIVE_RE = re.compile("[’']s$")
_OWNER_RE = re.compile("[’']s$|s’$")  # "Obama’s", and a plural's "Sanders’"
_TITLE_WORDS = TITLES | HONORIFICS | JOB_TITLES
SubjectKind = Literal["pronoun", "name", "role", "statement"]


@dataclass(frozen=True)
class Subject:
    """Who an attribution names. `text` is a pronoun, a name without its titles, role words
    ("comms minister") or, for a statement, its owner's name (empty when not given)."""

    kind: SubjectKind
    text: str
    start: int
    end: int
    role: str | None = None  # the title or role given with a name
    titled: bool = False  # a title or honorific came with the name: a person
    the: bool = False  # "the" came before the name: an organisation
    definite: bool = True  # "the minister" can be resolved, "a minister" cannot
    phrase: str | None = None  # a role as the text gives it ("the CNN host"), to name it by


def connects(tokens: list[Token], k: int) -> bool:
    """Is tokens[k] a lower-case word joining two capitalised ones ("Ministry of Health")?"""
    if not 0 < k < len(tokens) - 1:
        return False
    return tokens[k].lower in NAME_CONNECTORS and tokens[k - 1].is_cap and tokens[k + 1].is_cap


def extends_phrase(tokens: list[Token], k: int) -> bool:
    """Can tokens[k] join the subject phrase read backwards from the verb?"""
    if tokens[k].ends_sentence:
        return False
    return phrase_word(tokens[k]) or connects(tokens, k)


def phrase_word(token: Token) -> bool:
    return token.is_word and token.lower not in STOP_WORDS and token.lower not in PRONOUNS


def role_words(tokens: list[Token]) -> str | None:
    """The title and the modifiers that belong to it: "communications minister" from "the
    communications minister" or from "This week Communications Minister"."""
    determiners = [k for k, t in enumerate(tokens) if t.lower in DETERMINERS]
    words = tokens[determiners[-1] + 1 if determiners else 0 :]
    while not determiners and words and not (words[0].is_cap or words[0].lower in TITLES):
        words = words[1:]
    words = [t for t in words if t.lower not in HONORIFICS]
    if words and (words[-1].lower in TITLES or words[-1].lower in POST_ENDINGS):
        return " ".join(t.lower for t in words)  # "Minister", "Visual Designer"
    return None


def _party(titles: list[Token]) -> str | None:
    """A party label alone before a name, as the text writes it: "Republican" of "Republican
    Ann Cole", her role."""
    return titles[0].text if len(titles) == 1 and titles[0].lower in PARTY_LABELS else None


def _strip_titles(run: list[Token], determined: bool) -> tuple[list[Token], list[Token], bool]:
    """Split a capitalised run into its title part and its name part. A title word ending the
    run is a name (Stephen King, Mr Tan) unless a determiner shows it is a role (the King)."""
    while run and run[0].lower in LEADING_NOISE:
        run = run[1:]
    titled = run if determined else run[:-1]
    cut = max((k + 1 for k, t in enumerate(titled) if t.lower in _TITLE_WORDS), default=0)
    if not cut and len(run) > 2 and run[0].lower in PARTY_LABELS:
        cut = 1  # "Republican Ann Cole": a party label, her role ("Labour Party": an org)
    titles, name = run[:cut], run[cut:]
    is_org = any(t.lower in ORG_WORDS for t in name)
    if is_org:  # "Justice Department" is one name, not a title and a name
        titles, name = [], run
    if not is_org and any(t.lower == "and" for t in name):
        last_and = max(k for k, t in enumerate(name) if t.lower == "and")
        name = name[last_and + 1 :]
    return titles, name, bool(titles)


def name_subject(phrase: list[Token]) -> Subject | None:
    k = len(phrase)
    while k > 0 and (phrase[k - 1].is_cap or connects(phrase, k - 1)):
        k -= 1
    run, before = phrase[k:], phrase[:k]
    the = bool(before) and before[-1].lower == "the"
    if run and run[0].lower == "the":
        run, the = run[1:], True
    determined = the or (bool(before) and before[-1].lower in DETERMINERS)
    titles, name, titled = _strip_titles(run, determined)
    role = role_words(before + titles) or _party(titles)
    if not name:
        return role_subject(phrase) if role else None
    if len(name) > 1 and name[-1].lower in POST_ENDINGS:
        # "Clinique’s Senior Brand Engagement Manager": a post written in capitals ends in the
        # word for the job; a person's name does not.
        return role_subject(phrase)
    return Subject(
        "name",
        written_name(name),
        phrase[0].start,
        name[-1].end,
        role=role,
        titled=titled or role is not None,
        the=the,
    )


def written_name(name: list[Token]) -> str:
    """A name as the text spells it: an initial keeps its full stop ("Thomas W. Malone", "J.D.
    Power"), words written together stay so; a stop ending the last word is the sentence's."""
    parts: list[str] = []
    for k, token in enumerate(name):
        last = k == len(name) - 1
        text = token.bare if last and not _initial(token) else token.text
        glued = k and name[k - 1].end == token.start
        parts.append(text if not k or glued else " " + text)
    return "".join(parts)


def _initial(token: Token) -> bool:
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def role_subject(phrase: list[Token]) -> Subject | None:
    determiners = [
        k
        for k, t in enumerate(phrase)
        if t.lower in DETERMINERS or (k < len(phrase) - 1 and _OWNER_RE.search(t.text))
    ]  # "the strategist", and "Obama’s former strategist" too
    if not determiners:
        return None
    d = determiners[-1]
    words = phrase[d + 1 :]
    if not words or len(words) > 4:
        return None
    owned = _owned_role(phrase, determiners)
    if owned is not None:  # "the owner of the harbour bar": the owner speaks
        d, words = owned
    text = " ".join(t.lower for t in words)
    definite = phrase[d].lower not in INDEFINITE
    owner = phrase[d].text if _OWNER_RE.search(phrase[d].text) else phrase[d].lower
    if owner is phrase[d].text:
        owner = " ".join([*_owner_before(phrase, d), owner])
    written = " ".join([owner, *(t.bare for t in phrase[d + 1 :])])
    end = phrase[-1].end
    return Subject("role", text, phrase[d].start, end, definite=definite, phrase=written)


def _owner_before(phrase: list[Token], d: int) -> list[str]:
    """The rest of an owner's name before its possessive: "the State" of "the State
    Department’s spokesman", so the role is not written "Department’s spokesman"."""
    k = d
    while k > 0 and phrase[k - 1].is_cap and phrase[k - 1].lower != "the":
        k -= 1
    the = ["the"] if k > 0 and phrase[k - 1].lower == "the" else []
    return the + [t.text for t in phrase[k:d]]


def _owned_role(phrase: list[Token], determiners: list[int]) -> tuple[int, list[Token]] | None:
    """ "the owner of the bar", "a spokesman for the firm": the determiner and words of the
    role before "of"/"for", whose holder is the speaker, or None."""
    d = determiners[-1]
    if len(determiners) < 2 or d < 2 or phrase[d - 1].lower not in {"of", "for"}:
        return None
    first = determiners[-2]
    words = phrase[first + 1 : d - 1]
    if not 1 <= len(words) <= 3 or any(t.is_cap or t.lower in {"of", "for"} for t in words):
        return None
    return first, words


def _statement_subject(phrase: list[Token], owner: Subject | None) -> Subject:
    """A statement as speaker: “the statement”, “Telegram’s statement”, “a statement from the
    commission”."""
    head = phrase[-1]
    if owner is None and len(phrase) > 1 and _POSSESSIVE_RE.search(phrase[-2].text):
        name = phrase[-2].text[:-2]
        return Subject("statement", name, phrase[-2].start, head.end)
    if owner is not None and owner.kind == "name":
        return Subject("statement", owner.text, phrase[0].start, owner.end, the=owner.the)
    written = " ".join(t.bare for t in phrase[-2:]) if len(phrase) > 1 else head.bare
    return Subject("statement", "", phrase[0].start, head.end, phrase=written)


def classify(phrase: list[Token], owner: Subject | None = None) -> Subject | None:
    if not phrase:
        return None
    if phrase[-1].lower == "statement":
        return _statement_subject(phrase, owner)
    if phrase[-1].is_cap:
        return name_subject(phrase)
    return role_subject(phrase)
