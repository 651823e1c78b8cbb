"""One outlet name per site across a case.

The same site arrives under several names: the page's own site name from its HTML ("The New
York Times"), a crawler's front matter ("NYTimes"), or only the domain ("nytimes.com") when the
file said nothing. Split names split `#outlet` searches, citations and timeline groups. The
documents of one registered domain get the name most of them give that the domain confirms
(`names_site`); a name the domain does not confirm ("Hosted", a wire service's credit) is not
taken, and with no confirmed name the domain itself is the outlet. A document without a URL
keeps its name unless that name is another spelling of a site's chosen one; a name it gives that
the site confirms is a vote for the site's name.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from courlan import extract_domain

from store.cleaning.sitenames import name_key, names_site, url_host

# A host name written out: dotted labels, no spaces.
_HOST = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}", re.IGNORECASE)
# A host's first labels that name the server or the edition, not a publication.
_SERVER_LABELS = frozenset({"www", "www2", "m", "mobile", "amp", "edition", "beta"})
# Subdomains that are a site's section, never a publication of their own.
_SECTION_LABELS = frozenset(
    {"blog", "blogs", "news", "shop", "store", "support", "help", "docs", "home", "online"}
)
MIN_PUBLICATION_LABEL = 4  # shorter first labels are a department's code ("hr", "ml", "it")


@dataclass(frozen=True)
class OutletEvidence:
    """What one document says of its outlet."""

    doc_id: int
    url: str | None
    given: str | None
    """The name the file gave (front matter, the page's site name, an import), if any."""
    current: str | None
    """The name stored now."""


def site_of(url: str | None) -> str | None:
    """The registered domain of `url` ("bbc.co.uk" for www.bbc.co.uk/news), or None."""
    if not url:
        return None
    return extract_domain(url if "//" in url else "https://" + url)


def publication_of(url: str | None) -> str | None:
    """The publication `url` belongs to: its registered domain, or a subdomain that names a
    publication of its own ("mitsloan.mit.edu", "nutritionsource.hsph.harvard.edu"), not a
    web server's ("www", "m", "blog") or a short department code ("hr", "ml")."""
    site = site_of(url)
    host = url_host(url)
    if not site or not host or not host.endswith("." + site):
        return site
    labels = host.removesuffix("." + site).split(".")
    while labels and labels[0] in _SERVER_LABELS:
        labels = labels[1:]
    if not labels or len(labels[0]) < MIN_PUBLICATION_LABEL or labels[0] in _SECTION_LABELS:
        return site
    return ".".join([*labels, site])


def unified_outlets(documents: Iterable[OutletEvidence]) -> dict[int, str]:
    """The outlet name of each document whose name changes, by document id. A subdomain that
    is a publication of its own keeps its own name (`publication_of`): only what its documents
    say of themselves names it."""
    by_site: dict[str, list[OutletEvidence]] = defaultdict(list)
    without_site: list[OutletEvidence] = []
    for document in documents:
        site = publication_of(document.url)
        (by_site[site] if site else without_site).append(document)
    voters = {
        site: [*members, *_named_for(site, without_site)] for site, members in by_site.items()
    }
    chosen = {site: _site_name(site, voters[site]) for site, members in by_site.items()}
    changes = {
        member.doc_id: chosen[site]
        for site, members in by_site.items()
        for member in members
        if member.current != chosen[site]
    }
    spellings = _spellings(by_site, chosen)
    for document in without_site:
        name = spellings.get(name_key(document.current or ""))
        if name is not None and name != document.current:
            changes[document.doc_id] = name
    return changes


def _named_for(site: str, documents: list[OutletEvidence]) -> list[OutletEvidence]:
    """The documents without an address whose name is a name of `site`: their vote counts
    (a saved page's own site name, "Island Echo", beside its crawl's bare domain)."""
    return [
        document
        for document in documents
        if any(name and _is_name_of(name, site) for name in (document.given, document.current))
    ]


def _site_name(site: str, members: list[OutletEvidence]) -> str:
    """The name most documents of `site` give that `site` confirms; else the domain."""
    votes: Counter[str] = Counter()
    for member in members:
        names = {name.strip() for name in (member.given, member.current) if name and name.strip()}
        votes.update(name for name in names if _is_name_of(name, site))
    if not votes:
        return site
    # Most votes; then a spelled-out name over a run-together one ("The New York Times" over
    # "NYTimes"); then a stable order.
    return min(votes, key=lambda name: (-votes[name], -len(name.split()), name))


def _spellings(by_site: dict[str, list[OutletEvidence]], chosen: dict[str, str]) -> dict[str, str]:
    """Each way a site's name was written (its domain, with or without the ending, and every
    name it confirmed), by key, to the name chosen for the site."""
    spellings: dict[str, str] = {}
    for site, members in by_site.items():
        written = {site, site.split(".")[0], chosen[site]}
        written.update(
            name
            for member in members
            for name in (member.given, member.current)
            if name and _is_name_of(name, site)
        )
        spellings.update({name_key(name): chosen[site] for name in written})
    return spellings


def _is_name_of(name: str, site: str) -> bool:
    """A name of the site, not a host of it written out ("nytimes.com", "blog.rust-lang.org":
    the fallback is the registered domain)."""
    if _HOST.fullmatch(name.strip()):
        return False
    return names_site(name, "https://" + site)
