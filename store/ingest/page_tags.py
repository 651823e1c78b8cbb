"""What a saved page's own tags say of its title, address and date, where trafilatura's
reading of them falls short: tags a script wrote into the body, a title that is a widget, a
call to action or the site's name alone, and dates in code and form fields."""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from store.cleaning.meta import source_from_url, tidy_title
from store.cleaning.sitenames import name_key, names_site, url_host

if TYPE_CHECKING:
    from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no types

# A page built by a script may write its head's tags in the body; lxml then keeps them there,
# where trafilatura, which reads the head, does not look.
_TITLE_TAGS = (
    "//title/text()|//meta[@property='og:title']/@content|//meta[@name='twitter:title']/@content"
)
_URL_TAGS = "//link[@rel='canonical']/@href|//meta[@property='og:url']/@content"
_TITLE_WORD = re.compile(r"[^\W\d_]{2,}")
_SLUG_SPLIT = re.compile(r"[\W_]+")
MIN_SLUG_WORDS = 2


def body_url(tree: HtmlElement) -> str | None:
    """The page's canonical address wherever its tags are, if absolute."""
    for value in tree.xpath(_URL_TAGS):
        value = str(value).strip()
        if value.startswith(("http://", "https://")):
            return value
    return None


def page_title(found: str | None, tree: HtmlElement, url: str | None) -> str | None:
    """The page's title: `found` (trafilatura's) unless the page's own title tags say better.

    `found` loses when it has no word ("Ω 48", a karma widget), when it shares no word with
    the address's last segment while a title tag names what the address names (a share
    box's "Blog post >> Visit the blog" on /blog/pto-policies/), and when it is only the
    site's name: then the title tag, which holds it and the headline, is the title.
    """
    tags = list(dict.fromkeys(" ".join(str(v).split()) for v in tree.xpath(_TITLE_TAGS)))
    tags = [tag for tag in tags if _TITLE_WORD.search(tag)]
    if not tags:
        return found
    if not found or not _TITLE_WORD.search(found):
        return tags[0]
    slug = _slug_words(url)
    if slug and not _words(found) & slug:
        naming = [tag for tag in tags if len(_words(tag) & slug) >= min(MIN_SLUG_WORDS, len(slug))]
        if naming:
            return naming[0]
    if _is_site_name(found, url):
        longer = [tag for tag in tags if len(tag) > len(found) and found in tag]
        if longer:
            rest = longer[0].replace(found, " ", 1)
            return tidy_title(rest) or longer[0]
    return found


def _words(text: str) -> set[str]:
    return {word.casefold() for word in _TITLE_WORD.findall(text)}


def _slug_words(url: str | None) -> set[str]:
    """The words of the address's last path segment ("pto-policies-best-practices")."""
    if not url:
        return set()
    try:
        path = urlsplit(url).path
    except ValueError:
        return set()
    segments = [segment for segment in path.split("/") if segment]
    if not segments:
        return set()
    last = segments[-1].rsplit(".", 1)[0]
    return {word.casefold() for word in _SLUG_SPLIT.split(last) if _TITLE_WORD.fullmatch(word)}


def _is_site_name(title: str, url: str | None) -> bool:
    """Whether `title` is just the site's name: its host ("davidbau.com") or what names it."""
    host = source_from_url(title.strip()) if "." in title and " " not in title.strip() else None
    if host is not None:
        return True
    return bool(url) and names_site(title, url or "") and len(name_key(title)) >= 3


# Where a page keeps code and forms, not text: a date there is a build stamp or a form field's
# name ("HtmlText_2018-05-22T18:08:19Z" in a form's script), never the publication date.
# JSON-LD is metadata the page means to publish, and stays.
_CODE_XPATH = (
    "//script[not(contains(@type, 'ld+json'))]|//style|//template"
    "|//input|//select|//textarea|//button|//option"
)


# A page's data in a script names its dates by key: `publishedDate:"2019-08-16T…"`. Only a
# whole value under a key that says publishing (or, failing that, a bare date key) is taken.
_SCRIPT_DATE = re.compile(
    r"""["']?(?P<key>[A-Za-z_]*(?:publish|date|created)[A-Za-z_]*)["']?\s*:\s*"""
    r"""["'](?P<date>\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?["']""",
    re.IGNORECASE,
)
_KEY_RANK = ("publish", "date", "created")
_NOT_PUBLISHED = ("modif", "update", "expir", "birth", "start", "end", "event")


def script_date(tree: HtmlElement) -> str | None:
    """The publication date a page's script data gives under a key naming it, as ISO."""
    found: dict[str, str] = {}
    for text in tree.xpath("//script[not(@src)]/text()"):
        for match in _SCRIPT_DATE.finditer(str(text)):
            key = match["key"].casefold()
            if any(word in key for word in _NOT_PUBLISHED):
                continue
            rank = next(word for word in _KEY_RANK if word in key)
            found.setdefault(rank, match["date"])
    return next((found[rank] for rank in _KEY_RANK if rank in found), None)


def without_code(tree: HtmlElement) -> HtmlElement:
    """A copy of `tree` without its scripts (JSON-LD aside), styles and form controls."""
    pruned = copy.deepcopy(tree)
    for element in pruned.xpath(_CODE_XPATH):
        element.drop_tree()
    return pruned


TWITTER_SITE = "//meta[@name='twitter:site' or @property='twitter:site']/@content"


def account_not_site(name: str | None, tree: HtmlElement, url: str | None) -> bool:
    """Whether `name`, the site name read from a page, is only the page's Twitter account and
    not the site's own name. With nothing better, trafilatura takes the `twitter:site` handle
    for the site's name: an account of the outlet ("@LinkedInEditors", "@nytopinion") is no
    outlet to cite. A handle that spells the site's host ("@nytimes" on nytimes.com) is kept."""
    if not name or not url:
        return False
    handles = {handle.strip().lstrip("@").casefold() for handle in tree.xpath(TWITTER_SITE)}
    spelled = name.casefold()
    if spelled not in handles:
        return False
    labels = [label for label in (url_host(url) or "").split(".") if label != "www"]
    names = labels[:-1] or labels  # the top-level domain names no site
    return not any(spelled in (label, label.removeprefix("the")) for label in names)
