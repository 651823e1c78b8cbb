"""A primary of copies completed from its copies: the saved page takes the address, outlet,
author or date only its crawl gives, and never another outlet's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from store.case import Case
from store.ingest.run import ingest
from store.models import DocumentSummary

BODY = [
    "The island council voted on Tuesday to close the old lighthouse to visitors from May, after"
    " engineers found cracks in the spiral staircase that could not be repaired this year.",
    "The keepers' cottage beside it will stay open as a small museum, and the council said the"
    " tower would be lit again once the repairs were paid for by the heritage fund next spring.",
    "Residents asked for a ferry discount for the weekend visitors who come mainly for the view,"
    " but the harbour board said the fares were set by the operator and not by the island.",
    "A public meeting on the future of the tower will be held in the school hall, where the"
    " engineers will show the survey and answer questions from the keepers' old families.",
]


def saved_page(*, author: str | None, site: str | None, date: str | None) -> str:
    meta = [f'<meta name="author" content="{author}">' if author else ""]
    meta.append(f'<meta property="og:site_name" content="{site}">' if site else "")
    meta.append(f'<meta property="article:published_time" content="{date}">' if date else "")
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Lighthouse to close</title>"
        + "".join(meta)
        + "</head><body><main><article><h1>Lighthouse to close</h1>"
        + paragraphs
        + "</article></main></body></html>"
    )


def crawl(**front: str) -> str:
    lines = ["---", "title: Lighthouse to close", *(f"{k}: {v}" for k, v in front.items()), "---"]
    return "\n".join(lines) + "\n\n# Lighthouse to close\n\n" + "\n\n".join(BODY) + "\n"


def ingested(tmp_path: Path, files: dict[str, str]) -> dict[str, DocumentSummary]:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    with Case(tmp_path / "c.db") as case:
        report = ingest(case, [folder], workers=1)
        assert report.rejected == []
        return {Path(doc.path).name: doc for doc in case.documents(with_copies=True)}


def test_the_saved_page_takes_the_address_its_crawl_gives(tmp_path: Path) -> None:
    docs = ingested(
        tmp_path,
        {
            "lighthouse.html": saved_page(
                author="Ruth Anker", site="Island Echo", date="2024-04-02T09:00:00+00:00"
            ),
            "lighthouse.crawl.md": crawl(url="https://www.islandecho.co.uk/news/lighthouse"),
        },
    )
    page, copy = docs["lighthouse.html"], docs["lighthouse.crawl.md"]
    assert page.copy_of is None and copy.copy_of == page.id
    assert page.url == "https://www.islandecho.co.uk/news/lighthouse"
    assert (page.author, page.source, page.published) == (
        "Ruth Anker",
        "Island Echo",
        dt.date(2024, 4, 2),
    )


def test_an_undated_primary_takes_its_copy_s_date_and_its_timeline_follows(
    tmp_path: Path,
) -> None:
    folder_files = {
        "lighthouse.html": saved_page(author="Ruth Anker", site="Island Echo", date=None),
        # A crawl with no address, of the same file name: the same page.
        "lighthouse.crawl.md": crawl(date="2024-04-04"),
    }
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in folder_files.items():
        (folder / name).write_text(text, encoding="utf-8")
    with Case(tmp_path / "c.db") as case:
        ingest(case, [folder], workers=1)
        docs = {Path(doc.path).name: doc for doc in case.documents(with_copies=True)}
        page = docs["lighthouse.html"]
        assert page.copy_of is None
        assert page.published == dt.date(2024, 4, 4) and not page.published_estimated
        events = case.timeline(doc_id=page.id)
        assert [entry.event.kind for entry in events].count("published") == 1
        # "on Tuesday" now resolves against the date the copy gave.
        tuesday = [entry.event for entry in events if "Tuesday" in entry.event.phrase]
        assert tuesday and tuesday[0].start == dt.date(2024, 4, 2)
        # Ingesting the same files again changes nothing.
        before = case.documents(with_copies=True)
        ingest(case, [folder], workers=1)
        assert case.documents(with_copies=True) == before


def test_a_richer_crawl_leads_and_takes_the_author_its_page_names(tmp_path: Path) -> None:
    docs = ingested(
        tmp_path,
        {
            "lighthouse.html": saved_page(author="Ruth Anker", site="Island Echo", date=None),
            "lighthouse.md": crawl(
                url="https://www.islandecho.co.uk/news/lighthouse?utm_source=x",
                date="2024-04-04",
                source="islandecho.co.uk",
            ),
        },
    )
    crawled = docs["lighthouse.md"]
    assert crawled.copy_of is None and docs["lighthouse.html"].copy_of == crawled.id
    assert crawled.author == "Ruth Anker"
    assert crawled.published == dt.date(2024, 4, 4)
    # One outlet name for the site, the page's own.
    assert crawled.source == docs["lighthouse.html"].source == "Island Echo"


def test_a_copy_printed_by_another_outlet_lends_nothing(tmp_path: Path) -> None:
    docs = ingested(
        tmp_path,
        {
            "lighthouse.html": saved_page(author="Ruth Anker", site="Island Echo", date=None),
            "lighthouse.wire.md": crawl(
                url="https://www.mainland-courier.example/wire/lighthouse",
                source="Mainland Courier",
                date="2024-04-04",
            ),
        },
    )
    page, other = docs["lighthouse.html"], docs["lighthouse.wire.md"]
    primary = page if page.copy_of is None else other
    copy = other if primary is page else page
    assert copy.copy_of == primary.id
    assert page.url is None and page.source == "Island Echo"
    assert other.author is None and other.source == "Mainland Courier"
    assert page.published is None or page.published_estimated


def test_files_of_other_names_with_nothing_to_compare_lend_nothing(tmp_path: Path) -> None:
    docs = ingested(
        tmp_path,
        {
            "notes.html": saved_page(author="Ruth Anker", site=None, date="2024-04-02"),
            "crawl-0042.md": crawl(url="https://islandecho.co.uk/news/lighthouse"),
        },
    )
    page, crawled = docs["notes.html"], docs["crawl-0042.md"]
    assert crawled.copy_of == page.id
    assert page.url is None and crawled.author is None


def test_the_shown_copy_has_the_fuller_title(tmp_path: Path) -> None:
    # The saved page knows the site's name; its crawl, giving only the address, does not. A
    # one-word page name keeps the site's name either way, so the copy shown (the saved page,
    # with its date) has the full title.
    title = "Webcams - Lighthouse Island Park (Island Parks Service)"
    page = saved_page(author=None, site="Lighthouse Island Park (Island Parks Service)",
                      date="2024-04-02T09:00:00+00:00").replace(
        "Lighthouse to close", title
    )  # fmt: skip
    crawled = crawl(url="https://www.parks.example/lighthouse/webcams.htm").replace(
        "title: Lighthouse to close", f"title: {title}"
    )
    docs = ingested(tmp_path, {"webcams.html": page, "webcams.md": crawled})
    shown = [doc for doc in docs.values() if doc.copy_of is None]
    assert len(shown) == 1
    assert shown[0].title == title
