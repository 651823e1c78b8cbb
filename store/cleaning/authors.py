"""People's names out of what a byline or an author field holds: roles, dates, glued words and
sentences around them cut off, several authors kept apart.

"Phil Helsel is a reporter" → "Phil Helsel"; "Michael HiltzikBusiness Columnist" → "Michael
Hiltzik" (a page's name and title elements glued together when their markup went);
"Jeff Foust Monday; November" → "Jeff Foust"; "By A, B and C" → "A, B and C"; "A; B; MS" →
"A and B". With the page it came from (`Page`), what the page writes in lower case is not a
name ("Member Login", a menu's "By Challenge") and a name the page writes shorter on its own
is that name ("Nicoletta Richardson Trending" → "Nicoletta Richardson").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

# A lower-case run of three letters or more, then a capital: two elements glued ("JamesStaff"),
# not a name's own capital ("McDonald", "DeSantis", "MacKenzie").
_GLUED = re.compile(r"(?<=[a-zà-ÿ]{3})(?=[A-ZÀ-Þ][a-zà-ÿ])")
_SEPARATOR = re.compile(r"\s*(?:,\s*and\s+|[,;]|&|\band\b|\s\+\s)\s*")
# Where the names end: a clause, a line of something else.
_STOP = re.compile(r"[|•·/()\[\]–—]|\s-\s|\s(?:is|was|has|writes|reports|covers)\s|@|\d")
_BY = re.compile(
    r"^(?:(?:(?:written|posted|reported|story|words|text)\s+)?by|authors?|name)[:\s]+",
    re.IGNORECASE,
)
# A user name written alone, as an author page's link gives it ("adam", "jsteinhardt").
_HANDLE = re.compile(r"[a-z][\w.-]*[^\W_]", re.ASCII)
_PARTICLES = frozenset(
    {"de", "da", "del", "della", "der", "den", "van", "von", "bin", "binti", "al", "el", "la"}
    | {"le", "du", "dos", "di", "ibn", "ter", "st.", "y"}
)
_ROLES = frozenset(
    {"staff", "reporter", "correspondent", "editor", "writer", "columnist", "contributor"}
    | {"photographer", "producer", "analyst"}
)
# Days and months end a name once it has a given name and a surname ("Jeff Foust Monday"); as
# its first or second word they are the name ("June Carter", "Tom May").
_CALENDAR = frozenset(name.lower() for name in (*calendar.day_name, *calendar.month_name) if name)
# Likewise a desk's "News" ("Jane Doe News Editor", but "Clemson News").
_ENDS_FULL_NAME = _CALENDAR | {"news"}
# Capitalised words that follow a name in a byline without being part of it.
_NOT_NAMES = _ROLES | frozenset(
    {"on", "at", "in", "for", "from", "with", "by", "the", "updated", "published", "posted"}
    | {"senior", "chief", "associate", "contributing"}
    | {"special", "guest", "follow", "share", "email", "read", "more", "bio", "view"}
)
# Letters and apostrophes: the words of a page, numbers and markup aside.
_PAGE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Addresses and links, whose words are a site's or a file's, and images' alt texts, often a
# file name or written carelessly ("ryan carrigan moving expert"): not the page's language.
# (The lookahead is only for speed: a word holding no "/", "@" or "." is passed over at once,
# not searched back and forth for an address.)
_ADDRESS = re.compile(
    r"!\[[^\]]*\]|(?=[^\s/@.]*+[/@.])\S*(?:[/@]|www\.|\.(?:com|org|net)\b)\S*", re.IGNORECASE
)
# The first folder of a link's address, relative or absolute: "](/challenge/ar-aging)".
_LINKED_FOLDER = re.compile(r"\]\((?:https?://[^/\s)]+)?/([^/\s)?#]+)/")
# Lower-case words that join an organisation's name after its first word ("Center for Drug
# Evaluation and Research", "Department of the Treasury"); after a person's name they start
# what follows it instead ("Jane Doe for Reuters", "John Roe of the Times").
_JOINERS = frozenset({"for", "of", "on"})
_JOINED = _JOINERS | {"the", "and", "&"}
# A name whose last word is a group of people is a newsroom's ("The Investopedia Team").
_GROUPS = frozenset({"team", "staff", "desk", "editors", "board", "newsroom", "staffers"})
# The start of an organisation's name: a word, then a joiner and a capitalised word ("Center
# for Drug"), the word caught to tell a date ("Kristin on May 4") from a name.
_ORGANISATION_HEAD = re.compile(
    rf"^\S+ (?:{'|'.join(sorted(_JOINERS))}) (?:the )?([A-ZÀ-Þ][^\W\d_]*)"
)
MAX_NAME_WORDS = 5
MAX_ORGANISATION_WORDS = 10
MAX_AUTHORS = 8


@dataclass(frozen=True)
class Page:
    """What the rest of a page says about the names in its byline."""

    text: str
    common: frozenset[str]
    """The words the page writes in lower case somewhere, links and addresses aside.

    A capitalised word of a byline that the same page also writes in lower case ("Trending" in
    "Nicoletta Richardson Trending Editor", "Member Login") is a word of the language, not a
    name: people's names are not written in lower case in running text."""

    sections: frozenset[str] = frozenset()
    """The first folders of the addresses the page links to ("challenge" for
    /challenge/ar-aging): the site's sections, which a menu's "By Challenge" names."""

    @classmethod
    def of(cls, text: str) -> Page:
        words = _PAGE_WORD.findall(_ADDRESS.sub(" ", text))
        sections = frozenset(folder.casefold() for folder in _LINKED_FOLDER.findall(text))
        return cls(text, frozenset(word for word in words if word.islower()), sections)

    def writes_alone(self, name: str) -> bool:
        """Whether the page writes `name` on its own somewhere: not inside a longer run of
        words ("Nicoletta Richardson" in a meta tag, a link's text or a bio's first words)."""
        # Ended by punctuation, markup or the end of a line, not by another word.
        alone = rf"(?<![\w-]){re.escape(name)}(?=[^\S\n]*(?:[^\w\s]|$))"
        return re.search(alone, self.text, re.MULTILINE) is not None


NO_PAGE = Page("", frozenset())


def author_names(text: str | None, page: Page = NO_PAGE) -> str | None:
    """The people `text` names as authors, joined as "A", "A and B" or "A, B and C".

    `page`, the page the byline is from: a "name" made only of words it writes in lower case is
    not one, and a name of three words or more that it writes alone in fewer is that name
    (what follows it is its role)."""
    if not text:
        return None
    text = _BY.sub("", " ".join(text.split()))
    if _HANDLE.fullmatch(text) and text not in _NOT_NAMES:
        return text
    text = text[: _stop_at(text)]
    names = [name for part in split_authors(text) if (name := _one_name(part, page))]
    names = _people_first(list(dict.fromkeys(names)))[:MAX_AUTHORS]
    if not names:
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def split_authors(text: str) -> list[str]:
    """The names in a list of authors ("A, B and C", "A; B"), each as written; an "and" inside
    an organisation's name is its own ("Center for Drug Evaluation and Research")."""
    parts: list[str] = []
    start, between = 0, ""
    for separator in [*_SEPARATOR.finditer(text), None]:
        end = separator.start() if separator else len(text)
        part = text[start:end].strip()
        joined = parts and _is_organisation_head(parts[-1]) and between in {"and", "&"}
        if joined and part:
            parts[-1] = f"{parts[-1]} {between} {part}"
        elif part:
            parts.append(part)
        if separator:
            between = separator.group().strip().lower()
            start = separator.end()
    return parts


def organisation_written(name: str, text: str) -> str | None:
    """The organisation's name `text` writes whole where an author field kept only some of its
    words ("Center and Research", as a metadata reader splits "Center for Drug Evaluation and
    Research" at "and" and keeps the one-word ends): a name of one-word parts, found with at
    most a few words between each two of them, that reads as an organisation."""
    parts = split_authors(name)
    if len(parts) < 2 or any(len(part.split()) > 1 for part in parts):
        return None
    left_out = r"(?: [^\W\d_][\w'’&-]*){0,4}"
    pattern = re.escape(parts[0]) + "".join(f"{left_out} {re.escape(part)}" for part in parts[1:])
    for match in re.finditer(rf"(?<![\w-]){pattern}(?![\w-])", text):
        if _is_organisation_head(match.group()):
            return match.group()
    return None


def is_organisation(name: str) -> bool:
    """Whether `name` names an organisation, not a person: "The …" ("The Investopedia
    Team"), a name joined by "for", "of" or "on" after its first word ("Center for Drug
    Evaluation and Research", "University of Oslo"), or a group of people ("News Desk")."""
    words = name.split()
    if len(words) < 2:
        return False
    return words[0] == "The" or _is_organisation_head(name) or words[-1].lower() in _GROUPS


def _is_organisation_head(text: str) -> bool:
    """Whether `text` starts as an organisation's name does ("Center for Drug …"), not as a
    name and a date ("Kristin on May 4", "Ana on Monday")."""
    head = _ORGANISATION_HEAD.match(text)
    return head is not None and head.group(1).lower() not in _CALENDAR


def _people_first(names: list[str]) -> list[str]:
    """Beside a person's full name, other "names" are a desk, a role or a degree ("Daniel
    Burstein, Content and Marketing", "Dylan Bailey; MS; RD", "Genevieve Carlton; Ph D"): only
    the full names are kept. A one-word byline alone stays (an agency: "Reuters")."""
    full = [name for name in names if _is_full_name(name)]
    return full or names


def _is_full_name(name: str) -> bool:
    """A given name and a surname: two words or more, two of them written as names are, a
    capital then small letters ("Li Wei", "Shelia R. Cotten"; not "Ph D" or "MS")."""
    written = [
        word for word in name.split() if word[:1].isupper() and any(c.islower() for c in word)
    ]
    return len(written) >= 2


def _stop_at(text: str) -> int:
    match = _STOP.search(text)
    return match.start() if match else len(text)


def _one_name(part: str, page: Page) -> str | None:
    """The capitalised words a name is made of, up to the first that is not one."""
    part = _unglued(part)
    if _is_organisation_head(part):
        return _organisation(part)
    words: list[str] = []
    before_role = False
    for word in part.split():
        bare = word.strip(".,:'’\"")
        lowered = bare.lower()
        if lowered in _ROLES and len(words) == 1:
            return None  # "Science correspondent": a desk and a role, no name
        if bare == "The" and not words:
            words.append(word)  # "The Investopedia Team": an organisation's name
            continue
        if not bare or lowered in _NOT_NAMES or (lowered in _ENDS_FULL_NAME and len(words) >= 2):
            before_role = lowered in _ROLES
            break
        if not bare[0].isupper() and lowered not in _PARTICLES:
            break
        words.append(word.rstrip(",:"))
        if len(words) == MAX_NAME_WORDS:
            break
    while words and words[-1].lower() in _PARTICLES:
        words.pop()
    if words[:1] == ["The"]:
        words = words if len(words) > 1 else []
    if len(words) == 1 and words[0].lower() in _CALENDAR:
        return None  # a date's month or day alone ("August")
    if len(words) == 1 and words[0].casefold() in page.sections:
        return None  # a section of the site, as a menu offers it ("By Challenge")
    words = _as_page_writes(_without_common(words, page.common, before_role=before_role), page)
    return " ".join(_once(_without_initials(words))) or None


def _organisation(part: str) -> str | None:
    """An organisation's name whole, its joining words and all ("Center for Drug Evaluation
    and Research"), up to the first word that is neither a joiner nor capitalised. Its words
    may be the page's words in lower case: a name of several words joined is no menu item."""
    words: list[str] = []
    for word in part.split():
        bare = word.strip(".,:'’\"")
        if not bare or not (bare[0].isupper() or bare.lower() in _JOINED):
            break
        words.append(word.rstrip(",:"))
        if len(words) == MAX_ORGANISATION_WORDS:
            break
    while words and words[-1].lower() in _JOINED:
        words.pop()
    return " ".join(words) if len(words) >= 3 else None


def _unglued(part: str) -> str:
    """`part` up to where two elements were glued together when their markup went ("Meg
    JamesStaff Writer"). A first word with a capital inside is a name of its own (a brand:
    "CottageCare", "FlowGuard EMEA", "InstaTunnel Team"), not two glued."""
    first = part.split(maxsplit=1)[0] if part.split() else ""
    glued = _GLUED.search(part, part.find(first) + len(first))
    return part[: glued.start()] if glued else part


def _without_common(words: list[str], common: frozenset[str], *, before_role: bool) -> list[str]:
    """`words` less the page's common words: those between a name and its role ("Trending" in
    "Nicoletta Richardson Trending Editor"), down to a given name and a surname; none at all
    when every word is common ("Member Login", "Challenge")."""
    if not common:
        return words
    # An acronym is not its word in lower case ("US" is not "us").
    is_common = [_is_common(word.strip(".,:'’\""), common) for word in words]
    if is_common and all(is_common):
        return []
    if before_role:
        while len(words) > 2 and is_common[len(words) - 1]:
            words = words[:-1]
    return words


def _as_page_writes(words: list[str], page: Page) -> list[str]:
    """A name of three words or more that the page never writes alone, but writes alone
    without its last words, is the shorter name: the words that follow were its role or a
    label glued to it ("Nicoletta Richardson Trending" where the page's author tag says
    "Nicoletta Richardson")."""
    if len(words) < 3 or not page.text or page.writes_alone(" ".join(words)):
        return words
    for size in range(len(words) - 1, 1, -1):
        if page.writes_alone(" ".join(words[:size])):
            return words[:size]
    return words


def _without_initials(words: list[str]) -> list[str]:
    """A page's avatar initials before the name ("CM Craig McCarthy") are not part of it."""
    first, rest = words[0] if words else "", words[1:]
    initials = "".join(word[0] for word in rest if word[:1].isupper())
    if len(rest) >= 2 and first.isupper() and first.isalpha() and first == initials:
        return rest
    return words


def _is_common(word: str, common: frozenset[str]) -> bool:
    return not word.isupper() and word.casefold() in common


def _once(words: list[str]) -> list[str]:
    """A name written twice in a row, as a photo's alt text and its caption ("Colin Gray Colin
    Gray"), once."""
    half = len(words) // 2
    if half >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return words[:half]
    return words
