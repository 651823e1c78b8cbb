"""An HTML page as a crawler saves it: Markdown of the whole page under a front-matter block.

Crawlers convert the page they fetched, navigation and footers included, with a stock converter
(markdownify and html2text are the two common ones) and write the title, URL and date they saw
as `key: value` lines, unquoted: a title holding ": " or a leading quote is not strict YAML,
and ingest must cope with what crawlers write, not with what YAML allows.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import html as lxml_html

# Elements whose text a browser never shows: crawlers drop them before converting.
INVISIBLE = ("script", "style", "noscript", "template", "svg", "iframe", "head")
DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
)


def visible_html(page: str) -> tuple[str, dict[str, str]]:
    """The page without invisible elements, and the metadata a crawler reads from its head."""
    tree = lxml_html.document_fromstring(page)
    meta = {"title": " ".join((tree.findtext(".//title") or "").split())}
    for element in tree.iter("meta"):
        name = element.get("property") or element.get("name") or element.get("itemprop") or ""
        if name.lower() in DATE_META and element.get("content"):
            meta.setdefault("date", element.get("content", "").strip())
    for element in list(tree.iter(*INVISIBLE)):
        if element.getparent() is not None:
            element.drop_tree()
    return lxml_html.tostring(tree, encoding="unicode"), meta


def _markdownify(page: str) -> str:
    from markdownify import markdownify

    return markdownify(page, heading_style="ATX")


def _html2text(page: str) -> str:
    import html2text

    converter = html2text.HTML2Text()
    converter.body_width = 0  # crawlers keep a paragraph on one line
    return converter.handle(page)


FLAVOURS: dict[str, Callable[[str], str]] = {"markdownify": _markdownify, "html2text": _html2text}


def front_matter(fields: dict[str, str | None]) -> str:
    """A front-matter block as crawlers write it: every value as it came, never quoted."""
    lines = [f"{key}: {' '.join(value.split())}" for key, value in fields.items() if value]
    return "---\n" + "\n".join(lines) + "\n---\n\n"


def crawler_markdown(page: str, flavour: str, url: str | None) -> str:
    """`page` converted by the `flavour` converter, under the front matter a crawler writes."""
    body, meta = visible_html(page)
    markdown = FLAVOURS[flavour](body)
    markdown = re.sub(r"\n{3,}", "\n\n", markdown).strip() + "\n"
    fields = {"title": meta.get("title"), "url": url, "date": meta.get("date")}
    return front_matter(fields) + markdown
