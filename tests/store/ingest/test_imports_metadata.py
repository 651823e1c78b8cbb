"""Citation metadata from reference managers (CSL-JSON, BibTeX) matched to a case's documents."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from store.case import Case
from store.ingest.formats import InputError
from store.ingest.importers.bibliography import MetadataRecord, read_bibtex, read_csl_json
from store.ingest.importers.metadata import apply_metadata, normalise_title, normalise_url
from store.ingest.run import ingest_raw
from store.ingest.walk import Rejected
from store.models import RawDoc
from tests.store.factories import add_document

FIXTURES = Path(__file__).parents[2] / "fixtures" / "imports"


# ---- CSL-JSON and BibTeX -----------------------------------------------------------------------


def test_csl_json_gives_citation_fields_and_only_whole_days() -> None:
    path = FIXTURES / "zotero.json"
    records = read_csl_json(path)
    assert [str(r) for r in records if isinstance(r, Rejected)] == [
        f"{path}#5: not a CSL-JSON item (no JSON object)"
    ]
    strike, ferries, year_only, raw_date = [r for r in records if isinstance(r, MetadataRecord)]
    assert strike == MetadataRecord(
        origin=f"{path}#http://zotero.org/users/1/items/ABCD1234",
        title="Harbour Strike Ends After Nine Days",
        url="https://gazette.example/news/2024/harbour-strike/",
        authors=["Lou Marsh", "Gazette Staff"],
        published=dt.date(2024, 6, 14),
        source="The Harbour Gazette",
    )
    assert (ferries.source, ferries.published) == ("Coastal Ledger Ltd", dt.date(2024, 3, 9))
    assert year_only.published is None
    assert (raw_date.published, raw_date.authors) == (dt.date(2022, 11, 5), ["Ines Roda"])


@pytest.mark.parametrize("content", ["{not json", ""])
def test_csl_file_that_is_not_json_is_an_input_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "refs.json"
    path.write_text(content)
    with pytest.raises(InputError, match="not a CSL-JSON file"):
        read_csl_json(path)


def test_bibtex_gives_decoded_citation_fields_and_untouched_urls() -> None:
    path = FIXTURES / "references.bib"
    records = read_bibtex(path)
    assert [str(r) for r in records if isinstance(r, Rejected)] == [
        f"{path}:32: unreadable BibTeX entry (Unexpectedly reached end of file.)"
    ]
    strike, ferries, partial, odd = [r for r in records if isinstance(r, MetadataRecord)]
    assert (strike.title, strike.authors, strike.source, strike.published) == (
        "Harbour Strike Ends After Nine Days",
        ["Lou Marsh", "Gazette Staff"],
        "The Harbour Gazette",
        dt.date(2024, 6, 14),
    )
    assert strike.origin == f"{path}#marsh2024strike"
    assert (ferries.authors, ferries.source, ferries.published) == (
        ["Jörg Müller"],
        "The Coastal Ledger",
        dt.date(2024, 3, 9),
    )
    assert ferries.url == "https://ledger.example/~news/ferries_2024%20final"
    assert (partial.title, partial.published) == ("Café owners & the port – a year on", None)
    assert (odd.title, odd.authors) == (
        "A reference whose author cannot be split",
        ["Smith, Jane, Jr, Extra"],
    )


def test_missing_bibtex_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="No such file"):
        read_bibtex(tmp_path / "refs.bib")


# ---- matching and applying metadata ------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("https://Gazette.Example/news/a/", "http://gazette.example/news/a"),
        ("https://x.example/a?utm_source=rss&id=3#comments", "https://x.example:443/a?id=3"),
        ("https://x.example", "https://x.example/"),
    ],
)
def test_urls_that_name_the_same_page_normalise_alike(first: str, second: str) -> None:
    assert normalise_url(first) == normalise_url(second) is not None


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("https://x.example/a", "https://x.example/b"),
        ("https://x.example/a?id=3", "https://x.example/a?id=4"),
        ("https://x.example/A", "https://x.example/a"),
        ("https://x.example:8080/a", "https://x.example/a"),
    ],
)
def test_urls_of_different_pages_stay_apart(first: str, second: str) -> None:
    assert normalise_url(first) != normalise_url(second)


@pytest.mark.parametrize(
    "text", ["/home/me/story.md", "ftp://x.example/a", "http://", "http://x:y/"]
)
def test_what_is_no_web_address_has_no_key(text: str) -> None:
    assert normalise_url(text) is None


def test_titles_match_across_case_spacing_and_quote_marks() -> None:
    assert normalise_title("Mayor’s  “Plan” – Day 2") == normalise_title('MAYOR\'S "plan" - day 2')
    assert normalise_title("Plan A") != normalise_title("Plan B")


STRIKE_URL = "http://gazette.example/news/2024/harbour-strike?utm_source=rss"


def metadata_case(tmp_path: Path) -> Case:
    case = Case(tmp_path / "case.db")
    add_document(
        case,
        "/in/strike.md",
        "harbour strike ends",
        ["harbour strike ends", "“It is over,” said Dana Orr on Tuesday."],
        quotes=[(1, "It is over,", "Dana Orr")],
        url=STRIKE_URL,
        source="gazette.example",
    )
    add_document(case, "/in/ferries.md", "Council approves evening ferries", ["Ferries."])
    for n in (1, 2):
        add_document(case, f"/in/wire{n}.md", "Storm closes the port", ["Wire copy."])
    return case


def test_references_update_documents_matched_by_url_or_title(tmp_path: Path) -> None:
    with metadata_case(tmp_path) as case:
        quote_ids = [hit.quote.id for hit in case.quote_hits()]
        report = apply_metadata(case, read_csl_json(FIXTURES / "zotero.json"))
        assert (report.updated, report.matched, len(report.rejected)) == (2, 2, 1)
        assert [r.reason for r in report.unmatched] == ["no document with this URL or title"] * 2

        strike = case.find_document("/in/strike.md")
        assert strike is not None
        assert (strike.title, strike.author, strike.source, strike.published, strike.url) == (
            "Harbour Strike Ends After Nine Days",
            "Lou Marsh, Gazette Staff",
            "The Harbour Gazette",
            dt.date(2024, 6, 14),
            STRIKE_URL,  # a document's own URL is kept
        )
        hits = case.quote_hits()
        assert [hit.quote.id for hit in hits] == quote_ids  # annotations stay attached
        assert hits[0].source == "The Harbour Gazette"
        assert case.quote_hits(match='"Harbour Gazette"')[0].quote.id == quote_ids[0]

        ferries = case.find_document("/in/ferries.md")
        assert ferries is not None and ferries.source == "Coastal Ledger Ltd"


def test_new_date_rebuilds_the_timeline_of_the_document(tmp_path: Path) -> None:
    with metadata_case(tmp_path) as case:
        apply_metadata(case, read_csl_json(FIXTURES / "zotero.json"))
        strike = case.find_document("/in/strike.md")
        assert strike is not None
        events = [entry.event for entry in case.timeline(doc_id=strike.id)]
    assert [(e.kind, e.value, e.sentence) for e in events if e.kind == "published"] == [
        ("published", "2024-06-14", "Harbour Strike Ends After Nine Days")
    ]
    # "on Tuesday" resolves against the new date: the Tuesday before Friday 14 June 2024.
    assert [(e.phrase, e.value) for e in events if e.kind == "mentioned"] == [
        ("Tuesday", "2024-06-11")
    ]


def test_applying_the_same_references_again_changes_nothing(tmp_path: Path) -> None:
    with metadata_case(tmp_path) as case:
        apply_metadata(case, read_bibtex(FIXTURES / "references.bib"))
        again = apply_metadata(case, read_bibtex(FIXTURES / "references.bib"))
    assert (again.updated, again.matched) == (0, 2)


def test_ambiguous_title_matches_nothing_and_says_why(tmp_path: Path) -> None:
    record = MetadataRecord(origin="refs.bib#storm", title="Storm Closes the Port", source="AP")
    with metadata_case(tmp_path) as case:
        report = apply_metadata(case, [record])
        assert [str(r) for r in report.unmatched] == [
            "refs.bib#storm: title matches 2 documents; give the reference its URL"
        ]
        assert {doc.source for doc in case.documents()} == {None, "gazette.example"}


def test_url_is_filled_only_where_missing_and_fetched_pages_match_by_path(
    tmp_path: Path,
) -> None:
    page = "https://news.example/story?utm_campaign=x"
    with Case(tmp_path / "case.db") as case:
        add_document(case, page, "Story", ["Text."], url="https://news.example/canonical/story")
        add_document(case, "/in/other.md", "Other story", ["Text."])
        report = apply_metadata(
            case,
            [
                MetadataRecord(origin="a", url="https://news.example/story/", source="News"),
                MetadataRecord(origin="b", title="other story", url="https://other.example/s"),
            ],
        )
        assert (report.updated, report.unmatched) == (2, [])
        by_path = {doc.path: doc for doc in case.documents()}
    assert by_path[page].source == "News"
    assert by_path[page].url == "https://news.example/canonical/story"
    assert by_path["/in/other.md"].url == "https://other.example/s"


def test_reference_confirms_an_estimated_date(tmp_path: Path) -> None:
    text = "The port reopened on 3 May 2024 after the storm.\n\nCrews worked through the night."
    raw = RawDoc(path="/in/undated.txt", format="text", text=text, content_hash="h", title="Port")
    with Case(tmp_path / "case.db") as case:
        ingest_raw(case, [raw])
        (doc,) = case.documents()
        assert (doc.published, doc.published_estimated) == (dt.date(2024, 5, 3), True)
        # The same day, now known rather than guessed.
        record = MetadataRecord(origin="r", title="Port", published=dt.date(2024, 5, 3))
        assert apply_metadata(case, [record]).updated == 1
        (doc,) = case.documents()
        assert (doc.published, doc.published_estimated) == (dt.date(2024, 5, 3), False)
        assert next(e.event.kind for e in case.timeline(doc_id=doc.id)) == "published"


def test_only_citation_fields_can_be_updated(tmp_path: Path) -> None:
    with metadata_case(tmp_path) as case, pytest.raises(ValueError, match="content_hash"):
        case.update_document_metadata(1, content_hash="x")
