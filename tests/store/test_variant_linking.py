"""Linking a stored document's quotes to the same statement as other documents report it."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.case import Case
from store.fingerprint import quote_keys
from store.variants import MAX_BUCKET, link_document_variants
from tests.store.factories import add_document

STATEMENT = "We will not close the harbour before the end of the summer season"
REWORDED = "We will not close the harbour before the summer season ends"
OTHER = "The budget for the new bridge was approved by a large majority today"


@pytest.fixture
def case(tmp_path: Path) -> Case:
    with Case(tmp_path / "c.db") as case:
        yield case


def add_quoting(case: Case, path: str, *quotes: str) -> int:
    paragraphs = [f"“{quote},” the mayor said." for quote in quotes]
    doc_id = add_document(
        case,
        path,
        path,
        paragraphs,
        quotes=[(index, quote, "Ana Lopes") for index, quote in enumerate(quotes)],
    )
    link_document_variants(case, doc_id)
    return doc_id


def variant_texts(case: Case, doc_id: int) -> list[list[str]]:
    return [
        [hit.quote.text for hit in case.variants_of(quote.id)]
        for quote in case.quotes_of_document(doc_id)
    ]


def test_a_reworded_quote_in_another_document_is_linked_both_ways(case: Case) -> None:
    first = add_quoting(case, "/a.md", STATEMENT, OTHER)
    second = add_quoting(case, "/b.md", "Something else entirely was said at the meeting", REWORDED)
    assert variant_texts(case, second) == [[], [STATEMENT]]
    assert variant_texts(case, first) == [[REWORDED], []]


def test_the_same_quote_twice_in_one_document_is_not_its_own_variant(case: Case) -> None:
    doc_id = add_quoting(case, "/a.md", STATEMENT, STATEMENT)
    assert variant_texts(case, doc_id) == [[], []]


def test_a_quote_links_to_every_document_reporting_it(case: Case) -> None:
    ids = [add_quoting(case, f"/{name}.md", STATEMENT) for name in "abc"]
    assert [len(texts[0]) for texts in (variant_texts(case, doc_id) for doc_id in ids)] == [2, 2, 2]


def test_a_key_held_by_a_full_bucket_finds_no_candidates(case: Case) -> None:
    case.db.execute("PRAGMA foreign_keys = OFF")  # keys of quotes that need not exist here
    add_quoting(case, "/a.md", STATEMENT)
    # Every key of the statement now stands for common wording: more quotes than a bucket takes.
    crowded = [(key, 10_000 + n) for key in quote_keys(STATEMENT) for n in range(MAX_BUCKET)]
    case.add_quote_keys(crowded)
    second = add_quoting(case, "/b.md", REWORDED)
    assert variant_texts(case, second) == [[]]
