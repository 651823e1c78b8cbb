"""The site's own name taken off a page title: "LinkNaija | …", "… | ZDNet", "… - Los Angeles
Times". A segment is the site's name when it says what the URL's domain or the page's site name
says, in full, as the domain spells it ("ZDNet", "zdnet.com") or as initials and a last word
("LA Times" for latimes.com, "The New York Times" for nytimes.com), or as the first of at most
three words ("BBC News")."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_SEPARATOR = re.compile(r"\s+(?:[|–—·»:]{1,2}|-{1,2})\s+")
_NOT_KEY = re.compile(r"[\W_]+")
# Hosts' labels that name no site: the web, and the country and generic endings.
_NOT_SITE_LABELS = frozenset({"www", "m", "amp", "edition", "news", "blog", "blogs"})
MIN_KEY = 3


def site_free_title(title: str | None, url: str | None, site: str | None = None) -> str | None:
    """`title` without a first or last segment that names the site of `url` or `site`."""
    if not title:
        return title
    names = _site_keys(url, site)
    if not names:
        return title
    parts = _SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    if _names_site(parts[-1], names):
        parts = parts[:-1]
    elif _names_site(parts[0], names):
        parts = parts[1:]
    else:
        return title
    # Put back the separators between what remains, as the title wrote them.
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip() or title


def names_site(name: str, url: str) -> bool:
    """Whether `name` says the site of `url`, as a title segment naming it would."""
    return _names_site(name, _site_keys(url, None))


def name_key(text: str) -> str:
    """A name as a key: case, spaces and punctuation aside ("NYTimes", "ny times" alike)."""
    return _NOT_KEY.sub("", text.casefold())


def _site_keys(url: str | None, site: str | None) -> set[str]:
    keys = set()
    if site and len(name_key(site)) >= MIN_KEY:
        keys.add(name_key(site))
    host = None
    if url:
        try:
            host = urlsplit(url if "//" in url else "//" + url).hostname
        except ValueError:
            host = None
    if host:
        labels = [label for label in host.split(".") if label not in _NOT_SITE_LABELS]
        # The registrable name: the label before the endings ("latimes" in latimes.com,
        # "bbc" in bbc.co.uk); endings are short.
        named = [label for label in labels[:-1] if len(label) > 3 or labels.index(label) == 0]
        keys.update(name_key(label) for label in (named[-1:] or labels[:1]))
        keys.add(name_key(host.removeprefix("www.")))
    return {key for key in keys if len(key) >= MIN_KEY}


def _names_site(segment: str, keys: set[str]) -> bool:
    words = [word for word in re.findall(r"[^\W_]+", segment.casefold())]
    if not words or len(words) > 6:
        return False
    spelled = "".join(words)  # "The Guardian" as theguardian.com spells it
    if words[0] == "the" and len(words) > 1:
        words = words[1:]
    whole = "".join(words)
    initials = "".join(word[0] for word in words[:-1]) + words[-1]
    # The name and a word of what the site is: "BBC News", "ZDNet France".
    lead = words[0] if len(words) <= 3 else ""
    return bool({spelled, whole, initials, lead} & keys)
