"""The documents list and the reader header show an estimate at the precision it came from."""

from __future__ import annotations

import datetime as dt

import pytest

from store.models import Document
from tui.panes.documents.table import row_cells
from tui.panes.reader.header import metadata_content


def document(published: dt.date | None, estimated: bool, precision: str | None) -> Document:
    return Document(
        id=1, title="T", path="a.txt", source="Herald", published=published,
        published_estimated=estimated, published_precision=precision, format="text",
        content_hash="x", raw_text="",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("published", "estimated", "precision", "cell", "meta"),
    [
        (dt.date(2023, 12, 31), True, "year", "≈2023", "Herald · 2023 (estimated)"),
        (dt.date(2023, 3, 31), True, "month", "≈2023-03", "Herald · March 2023 (estimated)"),
        (dt.date(2023, 6, 30), True, "quarter", "≈2023-Q2", "Herald · Q2 2023 (estimated)"),
        (dt.date(2023, 3, 5), True, "day", "≈2023-03", "Herald · 2023-03-05 (estimated)"),
        (dt.date(2024, 5, 13), False, "day", "2024-05-13", "Herald · 2024-05-13"),
        (None, False, None, "—", "Herald"),
    ],
)
def test_the_list_and_the_header_keep_the_estimate_s_precision(
    published: dt.date | None, estimated: bool, precision: str | None, cell: str, meta: str
) -> None:
    doc = document(published, estimated, precision)
    assert row_cells(doc)[2] == cell
    assert metadata_content(doc).plain == meta
