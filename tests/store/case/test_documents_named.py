"""`Case.documents_named`: the documents a reference names (id, path, file name, title start),
a few of them to choose from when it names several, and how many."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from store.case import Case
from tests.store.factories import add_document


@pytest.fixture
def case(tmp_path: Path) -> Case:
    with Case(tmp_path / "case.db") as opened:
        yield opened


def add(case: Case, path: str, title: str, day: int | None = None) -> int:
    published = dt.date(2024, 5, day) if day is not None else None
    return add_document(case, path, title, ["x"], published=published, source="The Star")


def titles(found: tuple[list, int]) -> tuple[list[str], int]:
    documents, total = found
    return [doc.title for doc in documents], total


def test_a_title_start_several_share_gives_a_few_in_date_order_and_how_many(case: Case) -> None:
    add(case, "/a/1.md", "Machine learning, explained", 20)
    add(case, "/a/2.md", "Machine Learning in shops", 3)
    add(case, "/a/3.md", "machine learning for ferries")  # undated: last
    add(case, "/a/4.md", "Machinery of the port", 1)
    assert titles(case.documents_named("Machine learning", 5)) == (
        [
            "Machine Learning in shops",
            "Machine learning, explained",
            "machine learning for ferries",
        ],
        3,
    )
    assert titles(case.documents_named("Machine learning", 2)) == (
        ["Machine Learning in shops", "Machine learning, explained"],
        3,
    )
    assert case.find_document("Machine learning") is None


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("/a/one.md", (["Harbour reopens"], 1)),  # the whole path
        ("one.md", (["Harbour reopens"], 1)),  # the file name
        ("Harbour re", (["Harbour reopens"], 1)),  # a title's start
        ("Harbour", (["Harbour closes", "Harbour reopens"], 2)),
        ("harbour r", (["Harbour reopens"], 1)),  # any case
        ("reopens", ([], 0)),  # inside a title: not a start
        ("ne.md", ([], 0)),  # a file name is whole
        ("999", ([], 0)),  # an id no document has
    ],
)
def test_each_way_of_naming_a_document(
    case: Case, ref: str, expected: tuple[list[str], int]
) -> None:
    add(case, "/a/one.md", "Harbour reopens", 5)
    add(case, "/b/two.md", "Harbour closes", 4)
    assert titles(case.documents_named(ref, 5)) == expected


def test_an_id_names_its_document(case: Case) -> None:
    add(case, "/a/one.md", "Harbour reopens", 5)
    second = add(case, "/b/two.md", "Harbour closes", 4)
    assert titles(case.documents_named(str(second), 5)) == (["Harbour closes"], 1)


def test_a_file_name_two_folders_share_gives_way_to_a_title_one_document_has(case: Case) -> None:
    add(case, "/a/notes.md", "Notes on the harbour", 5)
    add(case, "/b/notes.md", "notes.md, a file", 6)
    assert titles(case.documents_named("notes.md", 5)) == (["notes.md, a file"], 1)
    assert case.find_document("notes.md").title == "notes.md, a file"


def test_several_ways_that_each_name_several_offer_the_first(case: Case) -> None:
    add(case, "/a/notes.md", "notes.md one", 5)
    add(case, "/b/notes.md", "notes.md two", 6)
    add(case, "/c/other.md", "notes.md three", 7)
    documents, total = case.documents_named("notes.md", 5)
    assert (sorted(doc.path for doc in documents), total) == (["/a/notes.md", "/b/notes.md"], 2)


def test_like_wildcards_in_a_reference_are_literal(case: Case) -> None:
    add(case, "/a/1.md", "100% proof", 5)
    add(case, "/a/2.md", "1000 proofs", 6)
    add(case, "/a/3_4.md", "Ferry", 7)
    add(case, "/a/3x4.md", "Port", 8)
    assert titles(case.documents_named("100%", 5)) == (["100% proof"], 1)
    assert titles(case.documents_named("3_4.md", 5)) == (["Ferry"], 1)
