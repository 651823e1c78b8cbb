"""Names a paragraph mentions without a verb of saying, read from its masked text: names
with a title ("Communications Minister Fahmi Fadzil"), a role's holder in apposition ("the
minister, Fahmi Fadzil,"), acronyms spelt out, and plain two- or three-word names, so that a
later cue ("Fadzil said", "the minister said") can be given the full name."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from store.quoting.cues import _window
from store.quoting.lexicon import (
    DETERMINERS,
    HONORIFICS,
    LEADING_NOISE,
    LOWER_CASE_TITLES,
    NAME_CONNECTORS,
    ORG_WORDS,
    STOP_WORDS,
    TITLES,
)
from store.quoting.phrases import Subject
from store.quoting.scan import WordStart, alternatives
from store.quoting.subjects import subject_before

# Titles match capitalised ("Minister Fahmi") and, for role nouns, lower case ("founder Pavel").
_TITLE_FORMS = {w.capitalize() for w in TITLES | HONORIFICS} | {w.upper() for w in TITLES}
_TITLE_ALTERNATIVES = alternatives(sorted(_TITLE_FORMS | LOWER_CASE_TITLES, key=len, reverse=True))
_NAME = r"[A-Z][\w’'-]*(?:\s+(?:(?:bin|binti|van|von|de|al|da)\s+)?[A-Z][\w’'-]*){0,3}"
TITLED_NAMES = WordStart(rf"(?:{_TITLE_ALTERNATIVES})\.?\s+{_NAME}")
# Titles in lower case begin with the commonest letters, so the scan for them stops almost
# everywhere, yet few paragraphs hold one before a capital: a search of the reversed text,
# which stops at capitals only, finds those; the others are scanned for capitalised titles.
CAPITALISED_TITLED_NAMES = WordStart(
    rf"(?:{alternatives(sorted(_TITLE_FORMS, key=len, reverse=True))})\.?\s+{_NAME}"
)
_REVERSED_ROLES = alternatives(title[::-1] for title in LOWER_CASE_TITLES)
_REVERSED_LOWER_TITLE_BEFORE_CAPITAL = re.compile(rf"[A-Z]\s+\.?(?:{_REVERSED_ROLES})")
# "the minister, Fahmi Fadzil," and "Fahmi Fadzil, the minister," name a role's holder.
_ROLES = alternatives(sorted(LOWER_CASE_TITLES, key=len, reverse=True))
_ROLE = rf"[Tt]he\s+(?P<role>(?:[\w-]+\s+){{0,2}}?(?:{_ROLES}))"
APPOSED_NAME_RES = (
    re.compile(rf"\b{_ROLE}\s*,\s+(?P<name>{_NAME})\s*,"),
    re.compile(rf"\b(?P<name>{_NAME})\s*,\s+{_ROLE}\s*,"),
)
# Both apposition patterns hold a role word and a comma; few paragraphs do, so this search
# spares most of them the two slow ones. It reads the reversed text, where it stops at commas
# only, not at every letter a role word can begin with.
_REVERSED_ROLE_COMMA = re.compile(rf",\s*(?:{_REVERSED_ROLES})")
ACRONYM_RE = re.compile(r"\(([A-Z]{2,8})\)")
CAPITAL_RUNS = WordStart(r"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)+")
_NOT_NAME_WORDS = STOP_WORDS | LEADING_NOISE | DETERMINERS | TITLES | HONORIFICS


@dataclass(frozen=True)
class Mention:
    """A name given with a title ("Communications Minister Fahmi Fadzil"): a known person."""

    paragraph: int
    subject: Subject


def find_mentions(index: int, text: str) -> list[Mention]:
    """Names that come with a title, wherever they stand in the sentence."""
    mentions = []
    reversed_text = text[::-1]
    lower_titles = _REVERSED_LOWER_TITLE_BEFORE_CAPITAL.search(reversed_text)
    for match in (TITLED_NAMES if lower_titles else CAPITALISED_TITLED_NAMES).finditer(text):
        subject = subject_before(_window(text, match.start() - 40, match.end()))
        if subject is not None and subject.kind == "name" and subject.titled:
            mentions.append(Mention(index, subject))
    apposed = APPOSED_NAME_RES if _REVERSED_ROLE_COMMA.search(reversed_text) else ()
    for match in (m for pattern in apposed for m in pattern.finditer(text)):
        subject = subject_before(_window(text, match.start("name"), match.end("name")))
        if subject is not None and subject.kind == "name":
            role = " ".join(match.group("role").lower().split())
            mentions.append(Mention(index, replace(subject, role=role, titled=True)))
    return sorted(mentions, key=lambda m: m.subject.start)


def find_acronyms(text: str) -> dict[str, str]:
    """Acronyms spelled out before them: {"MCMC": "Malaysian Communications and Multimedia
    Commission"} from "Malaysian Communications and Multimedia Commission (MCMC)"."""
    found = {}
    for match in ACRONYM_RE.finditer(text):
        acronym = match.group(1)
        if not text[max(0, match.start() - 2) : match.start()].strip().isalpha():
            continue  # no word right before the bracket to spell the acronym
        tokens = _window(text, match.start() - 100, match.start())
        run = len(tokens)
        while run > 0 and (tokens[run - 1].is_cap or tokens[run - 1].lower in NAME_CONNECTORS):
            run -= 1
        capitals = [t for t in tokens[run:] if t.is_cap][-len(acronym) :]
        if "".join(t.text[0] for t in capitals) == acronym:
            found[acronym] = text[capitals[0].start : tokens[-1].end]
    return found


def find_names(text: str) -> list[str]:
    """Two- and three-word names given without a title or a cue ("Ann met Bob Stone"), so that
    a later "Stone said" can be given in full."""
    names = []
    for match in CAPITAL_RUNS.finditer(text):
        words = match.group().split()
        cut = max(
            (k + 1 for k, w in enumerate(words) if w.rstrip(".").lower() in _NOT_NAME_WORDS),
            default=0,
        )
        words = words[cut:]
        plain = not any(w.lower() in ORG_WORDS or any(c.isdigit() for c in w) for w in words)
        if 2 <= len(words) <= 3 and plain:
            names.append(" ".join(words))
    return names
