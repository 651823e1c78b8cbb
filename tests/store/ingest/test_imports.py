"""Importing other tools' exports: folders of saved pages, and articles from JSON Lines."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.case import Case
from store.ingest.importers.jsonl import read_jsonl
from store.ingest.run import ingest, ingest_raw
from store.ingest.walk import Rejected
from store.models import RawDoc

FIXTURES = Path(__file__).parents[2] / "fixtures" / "imports"
JSONL = (FIXTURES / "articles.jsonl").absolute()
DATE_WARNING = "stored, but its date '2024-02-30' is no date that can exist"


def write_jsonl(path: Path, *records: object) -> Path:
    path.write_text("\n".join(json.dumps(record) for record in records) + "\n", encoding="utf-8")
    return path


# ---- saved pages -------------------------------------------------------------------------------


def test_saved_pages_import_without_their_asset_folders(tmp_path: Path) -> None:
    with Case(tmp_path / "case.db") as case:
        report = ingest(case, [FIXTURES / "saved_pages"])
        assert (report.added, report.skipped, report.rejected) == (2, 0, [])
        titles = sorted(doc.title for doc in case.documents())
    assert titles == ["Council approves evening ferries", "Harbour strike ends"]


# ---- JSON Lines --------------------------------------------------------------------------------


def test_jsonl_records_become_documents_with_their_metadata() -> None:
    docs = [item for item in read_jsonl(JSONL, id_field="id") if isinstance(item, RawDoc)]
    assert [doc.path for doc in docs] == [
        f"{JSONL}#gz-101",
        f"{JSONL}#cl-7",
        f"{JSONL}#x-2",
        f"{JSONL}#42",
    ]
    strike = docs[0]
    assert (strike.title, strike.url, strike.source, strike.author, strike.published) == (
        "Harbour strike ends",
        "https://gazette.example/news/2024/harbour-strike",
        "The Harbour Gazette",
        "Lou Marsh, Ada Penn",
        dt.date(2024, 6, 14),
    )
    assert strike.text.startswith("The harbour workers' strike") and "\n\n“We held" in strike.text
    assert docs[1].published == dt.date(2024, 3, 9)
    assert docs[3].title is None


def test_bad_jsonl_lines_are_rejected_one_line_each() -> None:
    rejected = [
        str(item) for item in read_jsonl(JSONL, id_field="id") if isinstance(item, Rejected)
    ]
    assert rejected == [
        f"{JSONL}:4: invalid JSON (Expecting value at column 1)",
        f"{JSONL}:5: no text in field 'text'",
        f"{JSONL}:6: not a JSON object but list",
    ]


def test_a_record_with_an_impossible_date_is_kept_undated_with_a_warning() -> None:
    (record,) = [
        item
        for item in read_jsonl(JSONL, id_field="id")
        if isinstance(item, RawDoc) and item.path.endswith("#x-2")
    ]
    assert record.published is None and record.text.startswith("Some text")
    assert record.warnings == [DATE_WARNING]


@pytest.mark.parametrize("placeholder", ["0001-01-01", "1970-01-01T00:00:00Z", "0", "3024-05-01"])
def test_a_placeholder_date_in_a_record_is_no_date(tmp_path: Path, placeholder: str) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", {"text": "Body text.", "date": placeholder})
    (record,) = read_jsonl(path)
    assert isinstance(record, RawDoc)
    assert record.published is None and record.warnings == []


def test_jsonl_without_id_field_numbers_records_by_line() -> None:
    paths = [item.path for item in read_jsonl(JSONL) if isinstance(item, RawDoc)]
    assert paths == [f"{JSONL}#1", f"{JSONL}#2", f"{JSONL}#7", f"{JSONL}#8"]


def test_jsonl_field_names_can_be_chosen(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "export.jsonl",
        {"uid": "a", "body": "Article body here.", "headline": "Headline", "link": "https://x.example/a",
         "pubDate": "Mon, 03 Jun 2024 10:00:00 GMT", "outlet": "X", "byline": "Jo Bloggs"},
    )  # fmt: skip
    (doc,) = read_jsonl(
        path,
        text_field="body",
        title_field="headline",
        url_field="link",
        date_field="pubDate",
        source_field="outlet",
        author_field="byline",
        id_field="uid",
    )
    assert isinstance(doc, RawDoc)
    assert (doc.path, doc.text, doc.title, doc.url, doc.published, doc.source, doc.author) == (
        f"{path}#a",
        "Article body here.",
        "Headline",
        "https://x.example/a",
        dt.date(2024, 6, 3),
        "X",
        "Jo Bloggs",
    )


def test_record_without_its_id_is_rejected(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", {"text": "No id here, only text."})
    (item,) = read_jsonl(path, id_field="uid")
    assert str(item) == f"{path}:1: no id in field 'uid'"


def test_missing_jsonl_file_is_one_rejection(tmp_path: Path) -> None:
    (item,) = read_jsonl(tmp_path / "nope.jsonl")
    assert isinstance(item, Rejected) and str(item).endswith(
        "nope.jsonl: No such file or directory"
    )


def test_reimporting_jsonl_is_a_no_op_and_a_changed_record_updates(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_bytes(JSONL.read_bytes())
    with Case(tmp_path / "case.db") as case:
        first = ingest_raw(case, read_jsonl(path, id_field="id"))
        assert (first.added, len(first.rejected)) == (4, 3)
        assert first.warnings == [f"{path}#x-2: {DATE_WARNING}"]
        strike = case.find_document(f"{path}#gz-101")
        assert strike is not None and strike.quotes == 1
        assert case.quote_hits(limit=5)[0].quote.speaker == "Dana Orr"

        again = ingest_raw(case, read_jsonl(path, id_field="id"))
        assert (again.added, again.updated, again.unchanged) == (0, 0, 4)
        assert again.warnings == []  # said once, when the record was stored

        path.write_text(
            path.read_text("utf-8").replace("a new contract", "a better contract"), "utf-8"
        )
        changed = ingest_raw(case, read_jsonl(path, id_field="id"))
        assert (changed.added, changed.updated, changed.unchanged) == (0, 1, 3)
        updated = case.find_document(f"{path}#gz-101")
        assert updated is not None and updated.id == strike.id
        assert "a better contract" in updated.raw_text


def test_a_record_repeated_in_one_file_is_an_update_then_a_no_op(tmp_path: Path) -> None:
    first = {"id": "r", "text": "The first version of the article text."}
    second = {"id": "r", "text": "A second version of it."}
    path = write_jsonl(tmp_path / "a.jsonl", first, second, second, first)
    with Case(tmp_path / "case.db") as case:
        report = ingest_raw(case, read_jsonl(path, id_field="id"))
        assert (report.added, report.updated, report.unchanged) == (1, 2, 1)
        (doc,) = case.documents()
    assert doc.words == 7


def test_escaped_lone_surrogates_are_replaced_and_stored(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "Broken \\ud800 character in a sentence.", "title": "T\\udfff"}\n')
    with Case(tmp_path / "case.db") as case:
        report = ingest_raw(case, read_jsonl(path))
        assert (report.added, report.rejected) == (1, [])
        (doc,) = case.documents()
    assert "\ud800" not in doc.title and doc.title.startswith("T")


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600))
def test_read_jsonl_never_raises_on_arbitrary_bytes(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.jsonl"
    path.write_bytes(data)
    items = list(read_jsonl(path, id_field="id"))
    assert all(isinstance(item, RawDoc | Rejected) for item in items)
    assert len(items) <= data.count(b"\n") + 1


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(), children),
    max_leaves=6,
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    records=st.lists(
        st.dictionaries(st.sampled_from(["id", "text", "title", "date", "author"]), JSON_VALUES),
        max_size=4,
    )
)
def test_read_jsonl_never_raises_on_arbitrary_records(
    tmp_path: Path, records: list[dict[str, object]]
) -> None:
    path = tmp_path / "fuzz.jsonl"
    path.write_text("\n".join(json.dumps(record) for record in records), encoding="utf-8")
    items = list(read_jsonl(path, id_field="id"))
    assert all(isinstance(item, RawDoc | Rejected) for item in items)
    for item in items:
        if isinstance(item, RawDoc):
            item.content_hash.encode()  # storable: no lone surrogates anywhere
            item.text.encode()
