"""The cleaning corpus (WCXB): its dev split's article pages, their HTML and reference text."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from accuracy_corpora import WCXB, refuse_held_out

PAGE_TYPE = "article"


@dataclass
class Page:
    """One benchmark page: its id, URL, HTML and the reference text of its article."""

    page_id: str
    url: str | None
    html: str
    reference: str


def _page_type(record: dict) -> str:
    primary = record.get("_internal", {}).get("page_type", {})
    return primary.get("primary", "") if isinstance(primary, dict) else str(primary)


def pages(data: Path, split: str = "dev", limit: int | None = None) -> Iterator[Page]:
    """The split's article pages in id order (`limit` of them, when given)."""
    refuse_held_out(split, Path(split))
    root = WCXB.root(data) / split
    if not (root / "ground-truth").is_dir():
        raise FileNotFoundError(f"{root}/ground-truth: not found (fetch {WCXB.repository})")
    found = 0
    for truth in sorted((root / "ground-truth").glob("*.json")):
        record = json.loads(truth.read_text(encoding="utf-8"))
        if _page_type(record) != PAGE_TYPE:
            continue
        page = root / "html" / f"{truth.stem}.html.gz"
        if not page.is_file():
            continue
        with gzip.open(page, "rt", encoding="utf-8", errors="replace") as handle:
            html = handle.read()
        gold = record.get("ground_truth", {})
        yield Page(truth.stem, record.get("url"), html, gold.get("main_content") or "")
        found += 1
        if limit is not None and found >= limit:
            return
