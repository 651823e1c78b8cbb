"""People's names out of what a byline or an author field holds: roles, dates, glued words and
sentences around them cut off, several authors kept apart.

"Phil Helsel is a reporter" → "Phil Helsel"; "Michael HiltzikBusiness Columnist" → "Michael
Hiltzik" (a page's name and title elements glued together when their markup went);
"Jeff Foust Monday; November" → "Jeff Foust"; "By A, B and C" → "A, B and C".
"""

from __future__ import annotations

import calendar
import re

# A lower-case run of three letters or more, then a capital: two elements glued ("JamesStaff"),
# not a name's own capital ("McDonald", "DeSantis", "MacKenzie").
_GLUED = re.compile(r"(?<=[a-zà-ÿ]{3})(?=[A-ZÀ-Þ][a-zà-ÿ])")
_SEPARATOR = re.compile(r"\s*(?:,\s*and\s+|,|&|\band\b|\s\+\s)\s*")
# Where the names end: a clause, a list break or a line of something else.
_STOP = re.compile(r"[;|•·/()\[\]–—]|\s-\s|\s(?:is|was|has|writes|reports|covers)\s|@|\d")
_BY = re.compile(
    r"^(?:(?:(?:written|posted|reported|story|words|text)\s+)?by|authors?|name)[:\s]+",
    re.IGNORECASE,
)
_PARTICLES = frozenset(
    {"de", "da", "del", "della", "der", "den", "van", "von", "bin", "binti", "al", "el", "la"}
    | {"le", "du", "dos", "di", "ibn", "ter", "st.", "y"}
)
_ROLES = frozenset(
    {"staff", "reporter", "correspondent", "editor", "writer", "columnist", "contributor"}
    | {"photographer", "producer", "analyst"}
)
# Capitalised words that follow a name in a byline without being part of it.
_NOT_NAMES = _ROLES | frozenset(
    {"on", "at", "in", "for", "from", "with", "by", "the", "updated", "published", "posted"}
    | {"senior", "chief", "associate", "contributing"}
    | {"special", "guest", "news", "follow", "share", "email", "read", "more", "bio", "view"}
    | {name.lower() for name in (*calendar.day_name, *calendar.month_name) if name}
)
MAX_NAME_WORDS = 5
MAX_AUTHORS = 8


def author_names(text: str | None) -> str | None:
    """The people `text` names as authors, joined as "A", "A and B" or "A, B and C"."""
    if not text:
        return None
    text = _BY.sub("", " ".join(text.split()))
    text = text[: _stop_at(text)]
    names = [name for part in _SEPARATOR.split(text) if (name := _one_name(part))]
    names = _people_first(list(dict.fromkeys(names)))[:MAX_AUTHORS]
    if not names:
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _people_first(names: list[str]) -> list[str]:
    """Beside a person's full name, one-word "names" are a desk or a role ("Daniel Burstein,
    Content and Marketing"): only the full names are kept. A one-word byline alone stays (an
    agency: "Reuters")."""
    full = [name for name in names if len(name.split()) > 1]
    return full or names


def _stop_at(text: str) -> int:
    match = _STOP.search(text)
    return match.start() if match else len(text)


def _one_name(part: str) -> str | None:
    """The capitalised words a name is made of, up to the first that is not one."""
    glued = _GLUED.search(part)
    if glued:
        part = part[: glued.start()]
    words: list[str] = []
    for word in part.split():
        bare = word.strip(".,:'’\"")
        if bare.lower() in _ROLES and len(words) == 1:
            return None  # "Science correspondent": a desk and a role, no name
        if not bare or bare.lower() in _NOT_NAMES:
            break
        if not bare[0].isupper() and bare.lower() not in _PARTICLES:
            break
        words.append(word.rstrip(",:"))
        if len(words) == MAX_NAME_WORDS:
            break
    while words and words[-1].lower() in _PARTICLES:
        words.pop()
    return " ".join(_once(_without_initials(words))) or None


def _without_initials(words: list[str]) -> list[str]:
    """A page's avatar initials before the name ("CM Craig McCarthy") are not part of it."""
    first, rest = words[0] if words else "", words[1:]
    initials = "".join(word[0] for word in rest if word[:1].isupper())
    if len(rest) >= 2 and first.isupper() and first.isalpha() and first == initials:
        return rest
    return words


def _once(words: list[str]) -> list[str]:
    """A name written twice in a row, as a photo's alt text and its caption ("Colin Gray Colin
    Gray"), once."""
    half = len(words) // 2
    if half >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return words[:half]
    return words
