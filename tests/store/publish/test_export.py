"""Exports of quotes and document metadata: each format parses back and escapes document text."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from store.models import DocumentSummary, Quote, QuoteAnnotation, QuoteHit
from store.publish.export import (
    documents_to_bibtex,
    documents_to_csl_json,
    quote_record,
    quotes_to_csv,
    quotes_to_json,
    quotes_to_markdown,
)


def hit(quote_id: int, text: str, **fields: object) -> QuoteHit:
    quote = Quote(
        id=quote_id,
        doc_id=1,
        text=text,
        speaker="Ann Lee",
        paragraph=0,
        start=0,
        end_paragraph=0,
        end=len(text),
    )
    defaults = {
        "doc_title": "Bridge *vote*",
        "source": "The Herald",
        "url": "https://herald.example/a_b%20c",
        "published": dt.date(2024, 5, 13),
    }
    return QuoteHit(quote=quote, **{**defaults, **fields})


def doc(doc_id: int, **fields: object) -> DocumentSummary:
    defaults = {
        "title": "Bridge vote {delayed} & 50% over",
        "path": f"/{doc_id}.md",
        "author": "Ann Lee and Bo Ray",
        "source": "The Herald",
        "published": dt.date(2024, 5, 13),
        "url": "https://herald.example/a_b",
    }
    return DocumentSummary(id=doc_id, **{**defaults, **fields})


def test_markdown_brief_has_block_quotes_citations_and_notes() -> None:
    hits = [hit(1, "We will build it [soon]."), hit(2, "No comment.")]
    text = quotes_to_markdown(
        hits, {1: QuoteAnnotation(starred=True, note="Key *claim*")}, title="Starred quotes"
    )
    assert text.startswith("# Starred quotes\n")
    assert "> We will build it \\[soon\\]." in text
    assert "*Note:* Key \\*claim\\*" in text
    assert text.count("\n> — Ann Lee") == 2


def test_csv_and_json_records_round_trip() -> None:
    records = [
        quote_record(hit(1, "Yes, “quoted”, and, commas"), QuoteAnnotation(starred=True)),
        quote_record(hit(2, "Plain."), None, style="apa"),
    ]
    rows = list(csv.DictReader(io.StringIO(quotes_to_csv(records))))
    assert [row["text"] for row in rows] == ["Yes, “quoted”, and, commas", "Plain."]
    assert [row["starred"] for row in rows] == ["True", "False"]
    assert json.loads(quotes_to_json(records))[1]["citation"] == records[1]["citation"]
    assert "(2024" in records[1]["citation"]


def test_csl_json_items() -> None:
    items = json.loads(documents_to_csl_json([doc(1), doc(2, author=None, published=None)]))
    assert items[0]["type"] == "article-newspaper"
    assert items[0]["author"] == [{"literal": "Ann Lee"}, {"literal": "Bo Ray"}]
    assert items[0]["issued"] == {"date-parts": [[2024, 5, 13]]}
    assert items[0]["container-title"] == "The Herald"
    assert "author" not in items[1] and "issued" not in items[1]


def test_estimated_dates_are_not_cited_as_publication_dates() -> None:
    estimated = doc(1, published=dt.date(2023, 12, 31), published_estimated=True)
    assert "issued" not in json.loads(documents_to_csl_json([estimated]))[0]
    bibtex = documents_to_bibtex([estimated])
    assert "year" not in bibtex and "@article{leendbridge," in bibtex


def test_bibtex_escapes_specials_and_keeps_keys_unique() -> None:
    text = documents_to_bibtex([doc(1), doc(2)])
    assert "@article{lee2024bridge," in text and "@article{lee2024bridgea," in text
    assert r"title = {Bridge vote \{delayed\} \& 50\% over}" in text
    assert "author = {Ann Lee and Bo Ray}" in text
    assert "url = {https://herald.example/a_b}" in text
    assert documents_to_bibtex([]) == ""


def test_exports_cite_a_quote_with_no_speaker_as_unknown_not_as_the_byline() -> None:
    anonymous = hit(4, "It was boxy.", author="Jeffrey Zeldman")
    anonymous.quote.speaker = None
    record = quote_record(anonymous, None)
    assert record["speaker"] is None  # the field stays empty: nobody is invented
    assert record["citation"].startswith("“It was boxy.” — speaker unknown, quoted by Jeffrey")
    row = next(csv.DictReader(io.StringIO(quotes_to_csv([record]))))
    assert row["citation"] == record["citation"]
    assert json.loads(quotes_to_json([record]))[0]["citation"] == record["citation"]
    brief = quotes_to_markdown([anonymous], {})
    assert "> — speaker unknown, [Bridge \\*vote\\*]" in brief


def test_bibtex_braces_an_organisation_so_it_is_not_read_as_a_person() -> None:
    team = documents_to_bibtex([doc(1, author="The Investopedia Team")])
    assert "author = {{The Investopedia Team}}" in team
    center = "Center for Drug Evaluation and Research"
    both = documents_to_bibtex([doc(2, author=f"Ann Lee and {center}")])
    assert "author = {Ann Lee and {Center for Drug Evaluation and Research}}" in both
    people = documents_to_bibtex([doc(3, author="Ann Lee, Bo Ray and Cy Dunn")])
    assert "author = {Ann Lee and Bo Ray and Cy Dunn}" in people
    escaped = documents_to_bibtex([doc(4, author="The 100% Club")])
    assert r"author = {{The 100\% Club}}" in escaped


def test_an_organisation_author_stays_whole_in_csl_and_keys() -> None:
    center = "Center for Drug Evaluation and Research"
    [item] = json.loads(documents_to_csl_json([doc(1, author=center)]))
    assert item["author"] == [{"literal": center}]
    [item] = json.loads(documents_to_csl_json([doc(2, author="Ann Lee; Bo Ray")]))
    assert item["author"] == [{"literal": "Ann Lee"}, {"literal": "Bo Ray"}]
    team = documents_to_bibtex([doc(3, author="The Investopedia Team")])
    assert team.startswith("@article{investopedia")
    person = documents_to_bibtex([doc(4, author="Ann Lee and Bo Ray")])
    assert person.startswith("@article{lee")
