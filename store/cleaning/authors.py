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
_BY = re.compile(r"^(?:(?:written|posted|reported|story|words|text)\s+)?by[:\s]+", re.IGNORECASE)
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
    names = list(dict.fromkeys(names))[:MAX_AUTHORS]
    if not names:
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


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
    return " ".join(words) or None
