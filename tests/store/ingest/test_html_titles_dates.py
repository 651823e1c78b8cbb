"""A saved page's title, address and date from its own tags when trafilatura's answer is a
widget, a call to action, the site's name alone, or a date out of a script or a form."""

from __future__ import annotations

import pytest

from store.ingest.formats import read_html

ARTICLE = (
    "<p>The harbour council approved a new ferry timetable on Tuesday, adding two evening"
    " crossings and a dawn sailing for commuters who work on the mainland.</p>"
    "<p>Fares stay as they are until the spring, the council's transport chair said.</p>"
)


def page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_a_call_to_action_loses_to_the_title_naming_the_address() -> None:
    html = page(
        "<title>Ferry timetables: evening crossings added | Harbour Blog</title>"
        '<meta property="og:title" content="Blog post &gt;&gt; Read more on our blog">'
        '<link rel="canonical" href="https://harbour.example/blog/ferry-timetables-evening/">',
        f"<article>{ARTICLE}</article>",
    )
    raw = read_html(html, path="a.html")
    assert raw.title == "Ferry timetables: evening crossings added | Harbour Blog"


def test_a_title_that_agrees_with_the_address_stays() -> None:
    html = page(
        "<title>Harbour News</title>"
        '<meta property="og:title" content="Evening ferries added to the timetable">'
        '<link rel="canonical" href="https://harbour.example/news/evening-ferries-added">',
        f"<article>{ARTICLE}</article>",
    )
    assert read_html(html, path="a.html").title == "Evening ferries added to the timetable"


@pytest.mark.parametrize("widget", ["Ω 48", "94", "★ 4.5", "+12 −3"])
def test_a_title_without_words_loses_to_the_title_tags(widget: str) -> None:
    # The tags sit in the body, where a page built by a script may write them.
    html = page(
        "<meta charset='utf-8'>",
        "<title>Reading the tide tables — Harbour Forum</title>"
        '<link rel="canonical" href="https://forum.example/posts/tide-tables">'
        f'<h2 class="post-title">{widget}</h2><h1>A</h1><h1>B</h1><article>{ARTICLE}</article>',
    )
    raw = read_html(html, path="a.html")
    assert raw.title == "Reading the tide tables — Harbour Forum"
    assert raw.url == "https://forum.example/posts/tide-tables"
    assert raw.source == "forum.example"


def test_the_site_s_name_alone_keeps_the_rest_of_the_title_tag() -> None:
    html = page(
        "<title>seaworthy.example Knots for beginners</title>",
        '<h1><a href="https://seaworthy.example/">seaworthy.example</a></h1>'
        f"<article>{ARTICLE}</article>",
    )
    assert read_html(html, path="a.html").title == "Knots for beginners"


SCRIPT_DATE = '<script>var form = {"Name": "HtmlText_2018-05-22T18:08:19.939Z", "id": 3};</script>'


@pytest.mark.parametrize(
    "code",
    [
        SCRIPT_DATE,
        '<form><input type="hidden" name="stamp" value="2019-02-03T10:11:12Z"></form>',
        '<select><option value="2017-06-07 08:09:10">then</option></select>',
        "<style>/* built 2016-01-02 03:04:05 */ p { color: red }</style>",
    ],
)
def test_a_date_in_code_or_a_form_is_no_publication_date(code: str) -> None:
    html = page("<title>Ferry timetable approved</title>", f"<article>{ARTICLE}</article>{code}")
    assert read_html(html, path="a.html").published is None


def test_a_date_the_page_publishes_is_still_read() -> None:
    head = (
        "<title>Ferry timetable approved</title>"
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "datePublished": "2024-03-08"}</script>'
    )
    html = page(head, f"<article>{ARTICLE}</article>{SCRIPT_DATE}")
    assert str(read_html(html, path="a.html").published) == "2024-03-08"


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ('window.__DATA__ = {slug: "/ferry", publishedDate: "2019-08-16T00:00:00.000Z"};',
         "2019-08-16"),
        ('{"title": "Ferry", "date": "2024-04-08T06:59:34", "status": "publish"}', "2024-04-08"),
        ("var post = {'dateModified': '2025-01-01', 'date_published': '2023-02-03'};",
         "2023-02-03"),
        ('{"updatedAt": "2025-01-01T00:00:00Z"}', None),
        ('{"Name": "HtmlText_2018-05-22T18:08:19.939Z"}', None),
    ],
)  # fmt: skip
def test_a_script_s_data_gives_the_date_it_names_as_published(
    script: str, expected: str | None
) -> None:
    html = page("<title>Ferry timetable approved</title>", f"<article>{ARTICLE}</article>"
                f"<script>{script}</script>")  # fmt: skip
    published = read_html(html, path="a.html").published
    assert (str(published) if published else None) == expected
