"""Metadata an article carries in its own text: byline, publication date, title, and its site."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from dateutil import parser as date_parser

from store.cleaning.authors import author_names
from store.cleaning.links import leads_to_listing
from store.cleaning.phrases import ends_sentence
from store.cleaning.sitenames import url_host
from store.timex.pubdates import known_date

# Candidate dates; dateutil decides whether the word really is a month.
_DATE = re.compile(
    r"\b(?:[A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)? (?:of )?[A-Za-z]{3,9}\.?,? \d{4}"
    r"|\d{4}-\d{2}-\d{2})(?!\d)"
)
# A month and a year with no day: "January, 2025", "Sept. 2024".
_MONTH_YEAR = re.compile(r"\b([A-Za-z]{3,9}\.?),? (\d{4})\b")
_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTH_LINE_WORDS = 8
HEAD_LINES = 12  # lines under a title where its date line may sit (a byline, a picture above)
# Two different defaults: a field that differs between the two parses was not in the text.
_DEFAULTS = (dt.datetime(1901, 1, 1), dt.datetime(1902, 2, 2))
_DATELINE_FILLER = frozenset(
    {"published", "updated", "posted", "last", "modified", "on", "at", "date", "time", "ago"}
    | {"am", "pm", "a.m.", "p.m.", "sec", "secs", "second", "seconds", "min", "mins", "minute"}
    | {"minutes", "hr", "hrs", "hour", "hours", "day", "days"}
    | {day.lower() for day in (*calendar.day_name, *calendar.day_abbr)}
)
# Tokens of a dateline; glued ones ("GMT+8Updated") come apart at the case change.
_DATELINE_TOKEN = re.compile(r"[A-Z]+(?![a-z])|[A-Za-z][a-z.]*|\d+")

_BY = re.compile(
    r"(?:^|(?<=[\s|•·,–—-]))(?:(?:written|posted|reported|words|story|text) )?(?:by|authors?) ?:? ",
    re.IGNORECASE,
)
# Letters a name starts with: ASCII, Latin-1 and the common Central European capitals.
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00deĆČĐŁŃŘŚŠŹŻŽ"
_NAME_WORD = rf"(?:[{_UPPER}][\w'’.-]*|[dlo]['’][{_UPPER}][\w'’-]*)"
_PARTICLE = r"(?:de|da|del|della|der|den|van|von|bin|binti|al|el|la|le|du|dos|di|ibn|ter)"
_NAME = rf"{_NAME_WORD}(?: (?:{_PARTICLE} )*{_NAME_WORD}){{0,4}}"
_NAMES = re.compile(rf"{_NAME}(?:, {_NAME})*,? (?:and|&) {_NAME}|{_NAME}")
# Capitalised words that follow a name in a byline without being part of it.
_NAME_STOP = frozenset(
    {"updated", "published", "posted", "last", "reporter", "correspondent", "editor", "writer"}
    | {"staff", "contributor", "photographer", "follow", "share", "email"}
)
_TRAILER_WORDS = frozenset({"in", "for", "at", "of", "from", "with", "and", "on"})
_AUTHOR_HREF = re.compile(
    r"/(?:authors?|profiles?|people|staff|writers?|contributors?|journalists?|reporters?|by)/",
    re.IGNORECASE,
)
_COUNTER = re.compile(r"\s+-\s+\d+")
_SENTENCE_STOP = re.compile(r"[.!?…](?=[\s\"'”’]|$)")
# Where a sentence ends and the next starts: a stop, its closing quotes, a space.
_SENTENCE_END = re.compile(r"(?<=\w[a-z]{2})[.!?…][\"'”’)]*\s+")
_HOST = re.compile(r"[\w.-]+")
TITLE_CHARS = 100
DATE_CACHE = 4096  # distinct date strings kept parsed
TITLE_CACHE = 1024  # texts kept reduced to their title keys


@dataclass
class Byline:
    author: str | None
    published: dt.date | None
    before: str = ""
    """The text ahead of a byline that ends its block (a standfirst's sentences): kept."""


def find_date(text: str) -> dt.date | None:
    """The first complete calendar date (day, month and year) written in `text`."""
    for match in _DATE.finditer(text[:500]):
        date = _complete_date(match.group())
        if date is not None:
            return date
    return None


def month_dateline(text: str) -> dt.date | None:
    """The last day of the month a line of date words gives without a day ("Last Updated
    January, 2025", "Published: Sept. 2024"), or None: a line with anything else, or a day."""
    match = _MONTH_YEAR.search(text)
    if match is None or len(text.split()) > MONTH_LINE_WORDS or find_date(text) is not None:
        return None
    word = match.group(1).lower().rstrip(".")
    month = next((number for name, number in _MONTHS.items() if name.startswith(word)), None)
    if month is None or not _only_date_words(text[: match.start()] + text[match.end() :]):
        return None
    year = int(match.group(2))
    return known_date(dt.date(year, month, calendar.monthrange(year, month)[1]))


def head_month(text: str, title: str | None) -> dt.date | None:
    """The month a date line under the title gives (`month_dateline`), within a few lines of
    it; from the top when the title is not found. Above the title, dates are other pages';
    under a title a template repeats, the latest month is the page's, as a date line's latest
    day is."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    starts = [at + 1 for at, line in enumerate(lines) if same_title(line, title)] or [0]
    months = (month_dateline(line) for at in starts for line in lines[at : at + HEAD_LINES])
    return max(filter(None, months), default=None)


def strip_dates(text: str) -> str:
    """`text` without the calendar dates written in it."""
    return " ".join(_DATE.sub(" ", text).split())


def publication_date(text: str) -> dt.date | None:
    """The latest complete date in `text` that is not a placeholder ("January 1, 1970"): a
    line "Published Oct 10, 2023 - Updated Dec 3, 2025" dates the text as it reads now."""
    written = (_complete_date(match.group()) for match in _DATE.finditer(text[:500]))
    return max(filter(None, map(known_date, written)), default=None)


@lru_cache(maxsize=DATE_CACHE)
def _complete_date(written: str) -> dt.date | None:
    """The date `written` names, if it gives day, month and year; dateutil takes a tenth of a
    millisecond a parse, and sites repeat their dates on every page."""
    try:
        first, second = (date_parser.parse(written, default=d) for d in _DEFAULTS)
    except (ValueError, OverflowError):
        return None
    return first.date() if first == second else None


def _only_date_words(text: str) -> bool:
    """True when nothing but dates, times, weekdays and "published/updated" words remain."""
    for token in _DATELINE_TOKEN.findall(_DATE.sub(" ", text)):
        timezone = token.isupper() and len(token) <= 5
        if not (timezone or token.isdigit() or token.lower() in _DATELINE_FILLER):
            return False
    return True


def is_dateline(text: str, words: int, strict: bool = True) -> bool:
    """A line of dates and times ("Published: 12 May 2024 10:03 BST"). Not strict: any short
    line with a date that is not a sentence ("Aug 30, 2024Ravie LakshmananCyber Espionage")."""
    if words > 24 or find_date(text) is None:
        return False
    return _only_date_words(text) or (not strict and words <= 15 and not ends_sentence(text))


def parse_byline(text: str, words: int, links: list[tuple[str, str]]) -> Byline | None:
    """Author (and date) from a byline block: "May 12, 2024 by Andy Maxwell", "By A and B | X"."""
    if words > 25 or _is_menu_item(text, links):
        return None
    for match in _BY.finditer(text):
        if _only_date_words(text[: match.start()]):
            # Dates out first, or "Jane Doe May 12" would read as a four-word name.
            author = _names_at(_DATE.sub(" | ", text[match.end() :]))
            # Glued elements and roles off: "By Meg JamesStaff Writer".
            author = author_names(author) or author
            if author and not names_a_topic(author, links):
                return Byline(author, publication_date(text))
            break
    linked = _author_from_links(links)
    if linked and words <= 12:
        return Byline(linked, publication_date(text))
    return None


def names_a_topic(name: str, links: list[tuple[str, str]]) -> bool:
    """Whether `name` is the text of a link to a listing of articles ("By [HR Strategy](/blog/
    ?content_topic=906)", "[Politics](/category/politics/)") and of no link to an author's
    page: a topic the page is filed under, not a person."""
    wanted = " ".join(name.split()).casefold()
    targets = [href for text, href in links if " ".join(text.split()).casefold() == wanted]
    return (
        bool(targets)
        and not any(_is_author_page(href) for href in targets)
        and any(leads_to_listing(href) for href in targets)
    )


def trailing_byline(text: str, links: list[tuple[str, str]]) -> Byline | None:
    """A byline that ends a block after its last sentence, the standfirst above the article
    and its byline run together ("… beyond the U.S. and Canada. By Lisa Jennings on Dec. 19,
    2025"); `before` is the standfirst."""
    ends = [match.end() for match in _SENTENCE_END.finditer(text)]
    for start in reversed(ends):
        rest = text[start:]
        if not _BY.match(rest):
            continue
        byline = parse_byline(rest, len(rest.split()), links)
        # Dated or linked to its author's page: "By then it was late." is a sentence.
        if byline is None or not (byline.published or _author_from_links(links)):
            return None
        return Byline(byline.author, byline.published, text[:start].strip())
    return None


def _is_menu_item(text: str, links: list[tuple[str, str]]) -> bool:
    """A block that is one link to a page other than an author's is a menu's item, "by" or
    not ("[By Modality](/modalities)": browse by modality)."""
    return (
        len(links) == 1
        and " ".join(links[0][0].split()) == " ".join(text.split())
        and not _is_author_page(links[0][1])
    )


def _names_at(text: str) -> str | None:
    match = _NAMES.match(text)
    if not match:
        return None
    tokens = match.group().split(" ")
    for index, token in enumerate(tokens):
        if token.lower().strip(":,.") in _NAME_STOP:
            tokens = tokens[:index]
            break
    names = " ".join(tokens).rstrip(",;:")
    trailer = text[len(" ".join(tokens)) :]
    if not names or not _plausible_trailer(trailer):
        return None
    return names[:-1] if names.endswith(".") and len(tokens[-1]) > 2 else names


def _plausible_trailer(trailer: str) -> bool:
    """What follows the names must be an outlet, a place or a date, not the rest of a sentence."""
    words = re.findall(r"[^\s|,–—•·/()-]+", trailer)
    if not words:
        return True
    if len(words) > 12 or re.search(r"[!?]", trailer):
        return False
    first = words[0]
    return not first[0].islower() or first in _TRAILER_WORDS or "@" in first


def _author_from_links(links: list[tuple[str, str]]) -> str | None:
    # A link to an author page names its author, even a lower-case handle ("adam"), when its
    # words are a name: "Learn more >>" and "View profile" lead there too.
    names = [text for text, href in links if _is_author_page(href) and _is_handle(text)]
    return " and ".join(dict.fromkeys(name for name in names if _is_a_name(name))) or None


def _is_a_name(text: str) -> bool:
    """Whether `text` is nothing but names, as `author_names` reads them, a person's degrees
    or roles after a comma aside ("Kristina Katt, CPA, EA"): no word of it cut off."""
    written = " ".join(text.split())
    name = author_names(written)
    return name is not None and (name == written or written.startswith(name + ","))


def _is_author_page(href: str) -> bool:
    """Whether `href` is an author's page by its path: a fragment is the page's own routing
    ("/s/#/profile/my_info" is a member's account page, not an author's)."""
    try:
        path = urlsplit(href).path
    except ValueError:
        return False
    return _AUTHOR_HREF.search(path) is not None


def _is_handle(text: str) -> bool:
    has_letter = re.search(r"[^\W\d_]", text) is not None
    return 0 < len(text.split()) <= 4 and has_letter and not ends_sentence(text)


@lru_cache(maxsize=TITLE_CACHE)
def title_key(text: str) -> str:
    # Each block near the top is held against two titles, and the titles against every block.
    return re.sub(r"[\W_]+", "", text.casefold())


def same_title(text: str, title: str | None, *, prefix_only: bool = False) -> bool:
    """Equal up to case, punctuation and a site name added before or after (`prefix_only`:
    after)."""
    if not title:
        return False
    a, b = title_key(text), title_key(title)
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    ends = long.startswith(short) or (not prefix_only and long.endswith(short))
    return ends and len(short) >= 0.6 * len(long)


def caption_residue(text: str) -> str | None:
    """The title in "Title - 3Title - 50": gallery captions glued to the end of a text copy."""
    if len(text) > 2000 or not re.search(r"\s-\s\d+$", text):
        return None
    pieces = [piece.strip() for piece in _COUNTER.split(text)][:-1]
    if len(pieces) >= 2 and pieces[0] and all(piece == pieces[0] for piece in pieces):
        return pieces[0]
    return None


def sentence_title(text: str) -> str | None:
    """The first sentence, cut at a word boundary when it is too long for a title."""
    match = _SENTENCE_STOP.search(text, 20, 2000)
    sentence = text[: match.end()] if match else text[:2000]
    if len(sentence) <= TITLE_CHARS:
        return sentence or None
    return sentence[:TITLE_CHARS].rsplit(" ", 1)[0].rstrip(",;:–— ") + "…"


# Marks a title picks up from the markdown or the template it was copied from: heading marks
# ("## Title"), separators left dangling when a site's name was cut ("Title |"), and
# invisible characters (zero-width spaces and joiners, soft hyphens, a byte-order mark).
_HEADING_MARKS = re.compile(r"^\s*#{1,6}\s+")
_DANGLING = re.compile(r"(?:^[\s|–—·»:-]+(?=\S))|(?:(?<=\S)[\s|–—·»:-]*[|–—·»:-]\s*$)")
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")


def tidy_title(title: str | None) -> str | None:
    """`title` without heading marks, dangling separators at either end and invisible
    characters; None when nothing is left."""
    if not title:
        return None
    text = " ".join(_INVISIBLE.sub("", title).split())
    text = _DANGLING.sub("", _HEADING_MARKS.sub("", text)).strip()
    return text or None


def source_from_url(url: str | None) -> str | None:
    """The site a URL belongs to, as people name it: "torrentfreak.com"."""
    host = url_host(url)
    if not host or "." not in host or not _HOST.fullmatch(host):
        return None
    return host.removeprefix("www.")
