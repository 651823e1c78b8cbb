"""Copies of one article, ingested from the shapes they arrive in: one page saved as HTML and
crawled as markdown (with tracking parameters in its URL), a second crawl with other trailing
boilerplate and no URL, a wire story printed by two outlets; beside another article of the same
site and template, and a third outlet's own report quoting the same statement."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from store.case import Case
from store.ingest.run import ingest
from store.models import DocumentSummary
from store.search import search_quotes

FIXTURES = Path(__file__).parents[2] / "fixtures" / "copies"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES, tmp_path / "in")
    return tmp_path / "in"


@pytest.fixture
def case(tmp_path: Path, folder: Path) -> Iterator[Case]:
    with Case(tmp_path / "c.db") as case:
        report = ingest(case, [folder], workers=1)
        assert (report.added, report.rejected) == (7, [])
        yield case


def by_name(case: Case) -> dict[str, DocumentSummary]:
    return {Path(doc.path).name: doc for doc in case.documents(with_copies=True)}


def groups(case: Case) -> set[frozenset[str]]:
    """Each document with its copies, by file name."""
    docs = by_name(case)
    names = {doc.id: name for name, doc in docs.items()}
    return {
        frozenset([name, *(names[copy] for copy in doc.copies)])
        for name, doc in docs.items()
        if doc.copy_of is None
    }


def test_copies_are_recognised_and_different_articles_stay_apart(case: Case) -> None:
    assert groups(case) == {
        # Saved page, its crawl (same URL less utm_*/fbclid), a crawl with comments, no URL.
        frozenset({"ferry.html", "ferry.crawl.md", "ferry.recrawl.md"}),
        # Another article in the same page template: its own document.
        frozenset({"pier.html"}),
        # A wire story word for word on two outlets: one text.
        frozenset({"strike.ledger.html", "strike.valley.md"}),
        # The same strike in a third outlet's own words: its own article.
        frozenset({"strike.report.html"}),
    }


def test_the_richest_copy_is_shown_and_the_others_name_it(case: Case) -> None:
    docs = by_name(case)
    ferry = docs["ferry.html"]  # the saved page: author, date, outlet and URL from its tags
    assert ferry.copy_of is None
    assert sorted(ferry.copies) == sorted([docs["ferry.crawl.md"].id, docs["ferry.recrawl.md"].id])
    assert docs["ferry.crawl.md"].copy_of == docs["ferry.recrawl.md"].copy_of == ferry.id
    assert docs["pier.html"].copy_of is None and docs["pier.html"].copies == []


def test_the_list_shows_each_article_once_and_the_wire_story_with_both_outlets(
    case: Case,
) -> None:
    listed = case.documents()
    assert len(listed) == case.count_documents() == 4
    assert case.count_documents(with_copies=True) == 7
    assert case.count_documents("Harbour council") == 1  # the ferry article, once
    assert {Path(doc.path).name for doc in listed} == {
        "ferry.html",
        "pier.html",
        "strike.ledger.html",
        "strike.report.html",
    }
    strike = next(doc for doc in listed if doc.path.endswith("strike.ledger.html"))
    assert [strike.source, *strike.copy_sources] == ["The Coastal Ledger", "The Valley Times"]
    copies = case.documents(text_filter="is:copy")
    assert {Path(doc.path).name for doc in copies} == {
        "ferry.crawl.md",
        "ferry.recrawl.md",
        "strike.valley.md",
    }
    assert case.count_documents("is:copy") == case.count_copies() == 3
    assert case.document(strike.id).copies == strike.copies  # type: ignore[union-attr]


def test_copies_count_once_in_the_timeline(case: Case) -> None:
    docs = by_name(case)
    copies = {doc.id for doc in docs.values() if doc.copy_of is not None}
    every_doc_event = {event.event.doc_id for event in case.timeline()}
    assert every_doc_event and not every_doc_event & copies
    assert docs["ferry.html"].id in every_doc_event
    shown = case.timeline_entries()
    assert shown and not {entry.event.doc_id for entry in shown} & copies
    assert sum(count for _, count in case.timeline_times()) == len(shown)
    # A copy's own events are there when it alone is asked for.
    assert case.timeline(doc_id=docs["ferry.crawl.md"].id)


def test_copies_count_once_in_speakers_and_the_quote_finder(case: Case) -> None:
    speakers = {speaker.name: speaker.quotes for speaker in case.speakers()}
    # One quotation (its cue between its two parts) in the ferry article, three copies of it.
    assert speakers["Ines Roda"] == 1
    hits = search_quotes(case, "stranded for years")
    stranded = [hit for hit in hits if "stranded for years" in hit.quote.text]
    assert [Path(hit_path(case, hit.quote.doc_id)).name for hit in stranded] == ["ferry.html"]
    listed = case.quote_hits(limit=1000)
    assert len(listed) == case.count_quotes()
    assert {hit.quote.doc_id for hit in listed}.isdisjoint(
        doc.id for doc in by_name(case).values() if doc.copy_of is not None
    )


def hit_path(case: Case, doc_id: int | None) -> str:
    document = case.document(doc_id or 0)
    assert document is not None
    return document.path


def test_another_outlet_s_report_is_offered_but_never_a_copy_of_the_same_article(
    case: Case,
) -> None:
    docs = by_name(case)
    wire, report = docs["strike.ledger.html"], docs["strike.report.html"]
    copy = docs["strike.valley.md"]
    wire_quote = quote_saying(case, wire.id, "left with no choice")
    copy_quote = quote_saying(case, copy.id, "left with no choice")
    report_quote = quote_saying(case, report.id, "left with no choice")
    # Linked as variants all three ways when stored …
    assert case.variants_of(report_quote)
    # … but the other outlet's report of the wire story is the report, never the wire's copy.
    assert [hit.quote.doc_id for hit in case.variants_of(wire_quote)] == [report.id]
    assert [hit.quote.doc_id for hit in case.variants_of(report_quote)] == [wire.id]
    assert [hit.quote.doc_id for hit in case.variants_of(copy_quote)] == [report.id]


def quote_saying(case: Case, doc_id: int, words: str) -> int:
    ids = [quote.id for quote in case.quotes_of_document(doc_id) if words in quote.text]
    assert len(ids) == 1 and ids[0] is not None
    return ids[0]


def test_ingesting_again_changes_nothing(case: Case, folder: Path) -> None:
    before = groups(case)
    report = ingest(case, [folder], workers=1)
    assert report.unchanged == 7
    assert groups(case) == before


def test_a_removed_primary_gives_its_place_to_the_richest_copy(case: Case) -> None:
    docs = by_name(case)
    assert case.remove_documents([docs["ferry.html"].path]) == 1
    after = by_name(case)
    crawl = after["ferry.crawl.md"]  # its URL and date: richer than the crawl with none
    assert crawl.copy_of is None
    assert crawl.copies == [after["ferry.recrawl.md"].id]
    assert len(case.documents()) == 4  # the ferry article, shown as its crawl now
    assert speakers_of(case)["Ines Roda"] == 1


def speakers_of(case: Case) -> dict[str, int]:
    return {speaker.name: speaker.quotes for speaker in case.speakers()}


def test_a_primary_changed_into_another_text_leaves_its_copies_one_group(
    case: Case, folder: Path
) -> None:
    page = folder / "ferry.html"
    pier = (folder / "pier.html").read_text(encoding="utf-8")
    # The same URL, but a different text: a page reused for another article.
    page.write_text(pier.replace("pier-repairs", "ferry-timetable"), encoding="utf-8")
    report = ingest(case, [folder], workers=1)
    assert report.updated == 1
    assert groups(case) == {
        frozenset({"ferry.crawl.md", "ferry.recrawl.md"}),
        frozenset({"ferry.html", "pier.html"}),  # now the same text as the pier article
        frozenset({"strike.ledger.html", "strike.valley.md"}),
        frozenset({"strike.report.html"}),
    }


def test_a_primary_ingested_again_rejoins_its_copies_and_leads_them_again(
    case: Case, folder: Path
) -> None:
    page = folder / "ferry.html"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("in the evening.</p>", "in the evening, they said.</p>"))
    report = ingest(case, [folder], workers=1)
    assert report.updated == 1
    docs = by_name(case)
    assert docs["ferry.html"].copy_of is None
    assert len(docs["ferry.html"].copies) == 2


def test_copies_stored_in_one_batch_or_many_are_the_same(tmp_path: Path, folder: Path) -> None:
    results = []
    for workers in (1, 2):
        with Case(tmp_path / f"w{workers}.db") as case:
            ingest(case, [folder], workers=workers)
            results.append(groups(case))
    one_by_one = tmp_path / "one.db"
    with Case(one_by_one) as case:
        for path in sorted(folder.iterdir(), reverse=True):
            ingest(case, [path], workers=1)
        results.append(groups(case))
    assert results[0] == results[1] == results[2]


def test_documents_stored_before_copies_were_known_are_linked_when_extracted_again(
    case: Case,
) -> None:
    from store.ingest.reextract import reextract

    before = groups(case)
    # As an older casebrowser left them: no prints, no copies, an older extraction.
    case.db.execute("DELETE FROM document_keys")
    case.db.execute("UPDATE documents SET copy_of = NULL, canonical_url = NULL")
    case.db.execute("UPDATE documents SET extraction_version = 0")
    case.db.conn.commit()
    assert len(case.documents()) == 7
    assert reextract(case, workers=1).redone == 7
    assert groups(case) == before
    assert len(case.documents()) == 4


def test_the_keys_find_what_comparing_every_pair_finds(case: Case) -> None:
    # The slow original: every pair of documents compared whole, groups by transitivity.
    from store.ingest.copy_prints import canonical_url, same_text, text_shingles

    docs = case.documents(with_copies=True)
    texts = {doc.id: text_shingles(case.document_texts(doc.id)) for doc in docs}
    urls = {doc.id: canonical_url(doc.url) for doc in docs}
    group = {doc.id: {doc.id} for doc in docs}
    for first in docs:
        for second in docs:
            same_url = urls[first.id] is not None and urls[first.id] == urls[second.id]
            if first.id < second.id and same_text(
                texts[first.id], texts[second.id], same_url=same_url
            ):
                merged = group[first.id] | group[second.id]
                for member in merged:
                    group[member] = merged
    names = {doc.id: Path(doc.path).name for doc in docs}
    found = {frozenset(names[member] for member in members) for members in group.values()}
    assert found == groups(case)
