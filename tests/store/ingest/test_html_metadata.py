"""A saved page's metadata read as trafilatura's `extract_metadata` reads it, without the
categories, tags and licence it also looks for (store/ingest/page_metadata.py `page_metadata`)."""

from __future__ import annotations

from pathlib import Path

import pytest
import trafilatura
from trafilatura.utils import load_html

from store.ingest.page_metadata import page_metadata
from store.timex.pubdates import quiet_libraries

FIELDS = ("title", "author", "url", "sitename", "date")
BODY = (
    "<body><article><h1>Ferry timetable approved</h1><p>The harbour council approved a new"
    " ferry timetable on Tuesday, adding two evening crossings.</p></article>"
)


def page(head: str, body: str = BODY, html: str = "<html>") -> str:
    return f"{html}<head>{head}</head>{body}</body></html>"


PAGES = {
    "nothing but a body": page(""),
    "title and site in the title": page("<title>Ferry timetable approved | Harbour News</title>"),
    "site with a dot in the title": page("<title>Ferry timetable – harbournews.example</title>"),
    "open graph": page(
        '<meta property="og:title" content="Ferry timetable approved">'
        '<meta property="og:site_name" content="harbour news">'
        '<meta property="og:url" content="https://harbour.example/ferry">'
        '<meta property="article:published_time" content="2024-03-08T09:00:00Z">'
    ),
    "twitter handle for a site": page(
        '<title>Ferry</title><meta name="twitter:site" content="@harbournews">'
    ),
    "one-word author dropped": page(
        '<title>Ferry</title><meta name="author" content="Admin">'
        '<link rel="canonical" href="https://www.harbour.example/news/ferry">'
    ),
    "author in the byline": page(
        "<title>Ferry</title>",
        BODY.replace("</h1>", '</h1><p class="byline">By <a rel="author">Mara Quill</a></p>'),
    ),
    "JSON-LD": page(
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type":'
        ' "NewsArticle", "headline": "Ferry timetable approved", "author": {"@type": "Person",'
        ' "name": "Mara Quill"}, "datePublished": "2024-03-08", "publisher": {"@type":'
        ' "Organization", "name": "Harbour News"}}</script>'
    ),
    "broken JSON-LD": page(
        '<title>Ferry</title><script type="application/ld+json">{"@type": "NewsArticle",'
        ' "author": [{"name": </script>'
    ),
    "categories, tags and a licence": page(
        '<title>Ferry</title><meta property="article:section" content="Local">',
        BODY.replace(
            "</article>",
            '<div class="post-tags"><a href="/tag/ferries/">ferries</a></div></article>'
            '<footer><a rel="license" href="https://creativecommons.org/licenses/by/4.0/">'
            "CC BY</a></footer>",
        ),
    ),
    "date in a time element, entities in the title": page(
        "<title>Ferries &amp; timetables</title>",
        BODY.replace("</h1>", '</h1><time datetime="2024-03-08" class="published">8 March</time>'),
    ),
}


def read_both(html: str, url: str | None) -> tuple[tuple[object, ...], tuple[object, ...]]:
    tree = load_html(html)
    assert tree is not None
    with quiet_libraries():
        theirs = trafilatura.extract_metadata(tree, default_url=url, extensive=False)
        mine = page_metadata(tree, url)
    return tuple(getattr(theirs, f) for f in FIELDS), tuple(getattr(mine, f) for f in FIELDS)


@pytest.mark.parametrize("url", [None, "https://harbour.example/2024/03/08/ferry"])
@pytest.mark.parametrize("html", PAGES.values(), ids=PAGES.keys())
def test_page_metadata_is_trafilaturas(html: str, url: str | None) -> None:
    theirs, mine = read_both(html, url)
    assert mine == theirs


def test_the_saved_article_reads_alike() -> None:
    html = (Path(__file__).parents[2] / "fixtures" / "inputs" / "article.html").read_text()
    theirs, mine = read_both(html, None)
    assert mine == theirs
    assert mine[1] == "Mara Quill"


def test_categories_tags_and_licence_are_not_looked_for() -> None:
    tree = load_html(PAGES["categories, tags and a licence"])
    assert tree is not None
    with quiet_libraries():
        theirs = trafilatura.extract_metadata(tree, extensive=False)
        mine = page_metadata(tree, None)
    assert theirs.categories and theirs.license  # the page has them to find
    assert not mine.categories and not mine.tags and mine.license is None
