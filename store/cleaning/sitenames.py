"""The site's own name taken off a page title: "LinkNaija | …", "… | ZDNet", "… - Los Angeles
Times", "… – Artlyst - Artlyst". A segment is the site's name when it says what the URL's host or
the page's site name says:
- in full, as the domain spells it ("ZDNet", "zdnet.com"), as initials and a last word ("LA
  Times" for latimes.com, "The New York Times" for nytimes.com), or as the first of at most
  three words ("BBC News");
- as the host spells it from the starts of the segment's words, most of them taking part
  ("Obesity Medicine Association" for obesitymedicine.org, "Casualty Actuarial Society" for
  casact.org, "Electrical Safety Foundation International" for esfi.org);
- as the last segment, as the start or end of the host's name ("| Scratch" on
  scratchculinary.com, "– The Southerner" on shssoutherner.org), as capitals the host's name
  spells in order from its first letter ("| WFA" on worldfutureawards.com), or as a personal
  blog's name ("| Ash's Blog");
- as the first part of the page's site name ("- Ada Brook" where the site is "Ada Brook -
  Notes on Security").
What follows the site's name goes with it ("… - Urge Fitness | Affordable Gyms Near Me"); a
real title that merely holds a dash stays whole, and so does a title that would be left with
one word: "Webcams" names a kind of page, "Webcams - Yosemite National Park" the page.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

_SEPARATOR = re.compile(r"\s+(?:[|–—·•»:]{1,2}|-{1,2})\s+")
_NOT_KEY = re.compile(r"[\W_]+")
_WORD = re.compile(r"[^\W_]+")
# Hosts' labels that name no site: the web, and the country and generic endings.
_NOT_SITE_LABELS = frozenset({"www", "m", "amp", "edition", "news", "blog", "blogs"})
_ENDINGS = frozenset({"co", "com", "org", "net", "gov", "edu", "ac", "or", "ne", "go"})
MIN_KEY = 3
MIN_TITLE_WORDS = 2  # a title left with one word ("Webcams", "Contact") keeps the site's name
MAX_SITE_WORDS = 10  # a site's name, "Yosemite National Park (U.S. National Park Service)"
MAX_SPELLING_WORDS = 6
MIN_PARTIAL = 5  # letters of a last segment that starts or ends the host's name
MAX_PARTIAL_WORDS = 3
MAX_ACRONYM = 5  # capitals of a site's initials ("WFA", "MASV"); longer runs are words
MIN_STEM = 5  # letters a word shares with the host's spelling of it ("financ" in "finance")
MAX_ENDING = 2  # letters of the host's own ending after a shared stem ("finance", "financial")
SITE_CACHE = 1024


@dataclass(frozen=True)
class _Site:
    keys: frozenset[str]
    """The site's name and host as keys (`name_key`)."""
    labels: tuple[str, ...]
    """The host's labels that may be its name ("scratchculinary", "bcbsok", "rust", "lang")."""


def site_free_title(title: str | None, url: str | None, site: str | None = None) -> str | None:
    """`title` without the first or last segments that name the site of `url` or `site`."""
    if not title:
        return title
    known = _site(url, site)
    if not known.keys and not known.labels:
        return title
    parts = _SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    kept = _without_site_tail(parts, known)
    if len(kept) < len(parts) and len(kept) >= 2 and _names_section(kept[-1], url):
        kept = kept[:-1]  # "… | Blog | Encore Realty": the site's section before its name
    if len(kept) >= 2:
        kept = _without_site_head(kept, known)
    if len(_WORD.findall(" ".join(kept))) < MIN_TITLE_WORDS:
        return title  # "Webcams - Yosemite National Park": a page's kind needs whose it is
    return title if kept == parts else _cut(title, kept)


def site_name_in_title(title: str | None, url: str | None, site: str | None = None) -> str | None:
    """The segment `site_free_title` takes off as the site's name, as the title writes it
    ("The Nutrition Source" in "Healthy Eating Plate • The Nutrition Source"): a name for a
    site known only by its address. None when the title keeps every segment."""
    kept_title = site_free_title(title, url, site)
    if not title or not kept_title or kept_title == title:
        return None
    known = _site(url, site)
    parts, kept = _SEPARATOR.split(title), _SEPARATOR.split(kept_title)
    start = next((at for at in range(len(parts)) if parts[at : at + len(kept)] == kept), len(parts))
    tail = range(start + len(kept), len(parts))
    for index in [*tail, *reversed(range(start))]:
        if _names_site(parts[index], known, last=index == len(parts) - 1):
            return _as_name(parts[index]) or None
    return None


# Marks a name in a title bar carries that are not its words: signs and symbols at its ends
# ("Lemonlight %", "Online©"), an issue's number ("Signal #18").
_NAME_EDGES = re.compile(r"^[^\w(]+|(?:\s+#\d+)?[^\w).]*$")


def _as_name(segment: str) -> str:
    """A title's segment as a site's name: without marks at its ends, and once if a template
    wrote it twice ("Filmmaker MagazineFilmmaker Magazine")."""
    name = _NAME_EDGES.sub("", " ".join(segment.split()))
    half = len(name) // 2
    if len(name) % 2 == 0 and name[:half] == name[half:]:
        return name[:half]
    return name


def repeated_site_segments(titles: Iterable[tuple[int, str | None, str]]) -> dict[int, str]:
    """New titles for documents whose title ends (or starts) with a segment that another
    title of the same site ends (starts) with: the site's name as the site writes it
    ("… | Harbour Times Online"), known from the case when its address does not spell it.
    `titles` are `(doc_id, site, title)`; a segment is taken off only where what remains is
    at least as long as it ("Part 1 | A Rust course" keeps its course)."""
    by_site: dict[str, dict[int, str]] = defaultdict(dict)
    for doc_id, site, title in titles:
        if site and title and len(_SEPARATOR.split(title)) >= 2:
            by_site[site][doc_id] = title
    changes: dict[int, str] = {}
    for documents in by_site.values():
        changes.update(_without_repeats(documents))
    return changes


def _without_repeats(documents: dict[int, str]) -> dict[int, str]:
    """The titles of one site's documents (by id) that change, without the segments other
    titles share."""
    distinct = [_SEPARATOR.split(title) for title in set(documents.values())]
    lasts = Counter(name_key(parts[-1]) for parts in distinct)
    firsts = Counter(name_key(parts[0]) for parts in distinct)
    changes = {}
    for doc_id, title in documents.items():
        parts = kept = _SEPARATOR.split(title)
        if lasts[name_key(kept[-1])] >= 2 and _shorter(kept[-1], kept[:-1]):
            kept = kept[:-1]
        if len(kept) >= 2 and firsts[name_key(kept[0])] >= 2 and _shorter(kept[0], kept[1:]):
            kept = kept[1:]
        if kept != parts:
            changes[doc_id] = _cut(title, kept)
    return changes


def _shorter(segment: str, rest: list[str]) -> bool:
    """Whether what would remain has at least as many words as `segment`."""
    words = len(_WORD.findall(segment))
    return words > 0 and len(_WORD.findall(" ".join(rest))) >= words


def _cut(title: str, kept: list[str]) -> str:
    """`title` from its first kept segment to its last, the separators between as written."""
    start = title.find(kept[0])
    end = title.rfind(kept[-1]) + len(kept[-1])
    return title[start:end].strip() or title


def _without_site_tail(parts: list[str], site: _Site) -> list[str]:
    """`parts` up to the first segment after the first that names the site, or up to a run of
    last segments that together are the site's name."""
    for index in range(1, len(parts)):
        last = index == len(parts) - 1
        tail = " ".join(parts[index:])
        if _names_site(parts[index], site, last=last) or name_key(tail) in site.keys:
            return parts[:index]
    return parts


def _without_site_head(parts: list[str], site: _Site) -> list[str]:
    for index in range(len(parts) - 2, -1, -1):
        head = " ".join(parts[: index + 1])
        if _names_site(parts[index], site, last=False) or name_key(head) in site.keys:
            return parts[index + 1 :]
    return parts


def _names_section(segment: str, url: str | None) -> bool:
    """Whether `segment` is a folder of `url`'s path ("Blog" for /blog/top-7-trends)."""
    try:
        path = urlsplit(url or "").path
    except ValueError:
        return False
    folders = {name_key(folder) for folder in path.split("/")[1:-1]}
    return bool(name_key(segment)) and name_key(segment) in folders


def names_site(name: str, url: str) -> bool:
    """Whether `name` says the site of `url`, as a title segment naming it would."""
    return _names_site(name, _site(url, None), last=False)


def name_key(text: str) -> str:
    """A name as a key: case, spaces and punctuation aside ("NYTimes", "ny times" alike)."""
    return _NOT_KEY.sub("", text.casefold())


@lru_cache(maxsize=SITE_CACHE)
def _site(url: str | None, site: str | None) -> _Site:
    keys = set()
    if site and len(name_key(site)) >= MIN_KEY:
        keys.add(name_key(site))
        keys.add(name_key(_SEPARATOR.split(site)[0]))  # "Ada Brook" of "Ada Brook - Notes"
    host = url_host(url)
    labels: list[str] = []
    if host:
        every = [label for label in host.split(".") if label not in _NOT_SITE_LABELS]
        # The registrable name: the label before the endings ("latimes" in latimes.com,
        # "bbc" in bbc.co.uk); endings are short.
        named = [label for label in every[:-1] if len(label) > 3 or every.index(label) == 0]
        keys.update(name_key(label) for label in (named[-1:] or every[:1]))
        keys.add(name_key(host.removeprefix("www.")))
        for label in every[:-1]:
            if label not in _ENDINGS:
                labels += [label.replace("-", ""), *label.split("-")]
    return _Site(
        frozenset(key for key in keys if len(key) >= MIN_KEY),
        tuple(dict.fromkeys(label for label in labels if len(label) >= MIN_KEY)),
    )


def url_host(url: str | None) -> str | None:
    """A URL's host in lower case ("www.example.org"), a bare host's too; None without one."""
    if not url:
        return None
    try:
        return urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None


def _names_site(segment: str, site: _Site, *, last: bool) -> bool:
    words = _WORD.findall(segment.casefold())
    if not words or len(words) > MAX_SITE_WORDS:
        return False
    spelled = "".join(words)  # "The Guardian" as theguardian.com spells it
    if spelled in site.keys:
        return True
    if words[0] == "the" and len(words) > 1:
        words = words[1:]
    if len(words) > MAX_SPELLING_WORDS:
        return False
    whole = "".join(words)
    initials = "".join(word[0] for word in words[:-1]) + words[-1]
    # The name and a word of what the site is: "BBC News", "ZDNet France".
    lead = words[0] if len(words) <= 3 else ""
    if {whole, initials, lead} & site.keys:
        return True
    if any(_spells(label, tuple(words)) for label in site.labels):
        return True
    if not last:
        return False
    return (
        _part_of_host(whole, len(words), site)
        or _holds_host_word(words, site)
        or _initials_of_host(segment.strip(), site)
        or _personal_blog(segment, words)
    )


_ACRONYM = re.compile(rf"[A-Z]{{2,{MAX_ACRONYM}}}")
_OWNER = re.compile(r"\w+['’]s")


def _initials_of_host(segment: str, site: _Site) -> bool:
    """A last segment in capitals that the host's name spells in order from its first letter:
    the site's initials ("WFA" for worldfutureawards, "MASV" for massive)."""
    if not _ACRONYM.fullmatch(segment):
        return False
    letters = segment.casefold()
    return any(
        label[0] == letters[0] and _in_order(letters[1:], label[1:]) for label in site.labels
    )


def _in_order(letters: str, label: str) -> bool:
    rest = iter(label)
    return all(letter in rest for letter in letters)


def _personal_blog(segment: str, words: list[str]) -> bool:
    """A last segment naming someone's blog ("Ash's Blog", "Colin Watson's blog"): whose
    blog a page is on, not what the page is about."""
    owned = _OWNER.search(segment) is not None
    return owned and len(words) <= MAX_PARTIAL_WORDS + 2 and words[-1] == "blog"


def _holds_host_word(words: list[str], site: _Site) -> bool:
    """A last segment with the host's name as one of its words: the site's name with more
    around it ("The Old Farmer's Almanac" on almanac.com, "Information Security Office" on
    security.berkeley.edu). A short host word is as often a word the title uses ("The Vox
    Guide to Housing" on vox.com)."""
    long_labels = {label for label in site.labels if len(label) >= MIN_PARTIAL}
    return not long_labels.isdisjoint(words)


def _part_of_host(whole: str, words: int, site: _Site) -> bool:
    """A short last segment that starts or ends the host's name ("Scratch" for
    scratchculinary, "Southerner" for shssoutherner, "Luxury Travel Expert" for
    theluxurytravelexpert)."""
    if len(whole) < MIN_PARTIAL or words > MAX_PARTIAL_WORDS:
        return False
    return any(label.startswith(whole) or label.endswith(whole) for label in site.labels)


@lru_cache(maxsize=SITE_CACHE)
def _spells(label: str, words: tuple[str, ...]) -> bool:
    """Whether `label` is the starts of `words` in order, each start empty or not, with at
    least half of the words taking part ("casact": CASualty ACTuarial society)."""
    best = _most_taking_part(label, words)
    return best is not None and 2 * best >= len(words) and best >= 1


def _most_taking_part(label: str, words: tuple[str, ...]) -> int | None:
    """How many of `words` at most give a start to spell `label` in order, or None."""
    # reach[p]: the most words taking part in spelling label[:p] with the words seen so far.
    reach: dict[int, int] = {0: 0}
    for word in words:
        step = dict(reach)  # the word gives nothing
        for at, count in reach.items():
            for end in _starts_spelled(label, at, word):
                if step.get(end, -1) < count + 1:
                    step[end] = count + 1
        reach = step
    return reach.get(len(label))


def _starts_spelled(label: str, at: int, word: str) -> list[int]:
    """Where in `label` a start of `word` written from `at` can end: each start the label
    spells as the word does, and after a long shared stem the label's own ending of a letter or
    two ("consumerfinance": "financ" of "financial", then its own "e")."""
    ends = []
    size = 0
    while size < min(len(word), len(label) - at) and label[at + size] == word[size]:
        size += 1
        ends.append(at + size)
    if MIN_STEM <= size < len(word):
        ends += [at + size + extra for extra in range(1, MAX_ENDING + 1)]
    return [end for end in ends if end <= len(label)]
