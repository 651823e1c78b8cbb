"""Where a link leads, seen from the page it sits on: to another site, below the page's own
address, or to another page of the same site (where menus and teasers lead)."""

from __future__ import annotations

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


@lru_cache(maxsize=1024)
def _site(host: str) -> str:
    # One registered domain for www.example.co.uk and news.example.co.uk.
    return site_of(host.lower()) or host.lower()
