"""Where a link leads, seen from the page it sits on: to another site, below the page's own
address, or to another page of the same site (where menus and teasers lead), and whether it
leads to a listing of articles (a topic, a tag, a filtered search) rather than to one page."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from store.cleaning.outlets import site_of


def leads_out(href: str, page_url: str) -> bool:
    """Whether `href`, a link on the page at `page_url`, leads to another site or to a page
    below the page's own path; False for the site's other pages, anchors and odd targets."""
    target = urlsplit(href)
    if target.scheme not in ("http", "https", ""):
        return False  # javascript:, mailto:, data: lead nowhere to read
    page = urlsplit(page_url)
    if target.netloc and _site(target.netloc) != _site(page.netloc):
        return True
    if not target.path:
        return False  # "#section-2", or the site's home page
    own = page.path.rstrip("/")
    return bool(own) and target.path.rstrip("/").startswith(own + "/")


# The folders (or query keys) content systems list articles under, by what they share: a link
# to one names a topic ("HR Strategy", "Politics"), never a person who wrote the page.
_LISTING = r"categor(?:y|ies)|tags?|topics?|sections?|subjects?|themes?"
_LISTING_FOLDER = re.compile(rf"/(?:{_LISTING})(?:/|$)", re.IGNORECASE)
_LISTING_KEY = re.compile(rf"(?:^|&)[\w-]*?(?:{_LISTING})=", re.IGNORECASE)


def leads_to_listing(href: str) -> bool:
    """Whether `href` leads to a listing of articles by topic: a folder of a topic, tag or
    category, or a page filtered by one ("/blog/?content_topic=906"), where a byline's link
    leads to one author's page ("/blog?author=5975…", "/users/jane?from=post_header")."""
    try:
        target = urlsplit(href)
    except ValueError:
        return False
    if target.scheme not in ("http", "https", ""):
        return False
    return bool(
        _LISTING_FOLDER.search(target.path) is not None
        or (target.query and _LISTING_KEY.search(target.query))
    )


@lru_cache(maxsize=1024)
def _site(host: str) -> str:
    # One registered domain for www.example.co.uk and news.example.co.uk.
    return site_of(host.lower()) or host.lower()
