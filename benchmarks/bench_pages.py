"""The real-pages ingest section: the whole pipeline on a public page corpus's article pages
(WCXB's dev split), as saved HTML and as the two crawler-markdown flavours, in documents a
second on every core. Real pages are about five times the generated files' size, with the
menus, scripts' leftovers and comments real sites carry; their floor is lower (issue 22)."""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
from pathlib import Path

from accuracy_crawl import FLAVOURS, crawler_markdown
from accuracy_wcxb import pages
from bench_common import Row, in_child, percentile
from bench_ingest import folder_bytes, ingest_once
from bench_report import Report

PAGES_INGEST_FLOOR = 150.0  # documents/s on all cores
FORMATS = ("html", *FLAVOURS)  # saved HTML, then each crawler flavour


def pages_folder(cache: Path, data: Path, fmt: str, limit: int | None) -> Path:
    """The dev split's article pages written once as `fmt` files, under `cache`."""
    folder = cache / f"pages-{fmt}-{limit or 'all'}"
    complete = folder / ".complete"  # a dot file: ingest skips it
    if complete.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for page in pages(data, "dev", limit):
        if fmt == "html":
            (folder / f"{page.page_id}.html").write_text(page.html, encoding="utf-8")
        else:
            text = crawler_markdown(page.html, fmt, page.url)
            (folder / f"{page.page_id}.md").write_text(text, encoding="utf-8")
    complete.write_text("")
    return folder


def bench_pages(args: argparse.Namespace, out: Report) -> None:
    if args.pages is None:
        out.notes.append("ingest of real pages: skipped (give --pages DIR, the corpora folder)")
        return
    for fmt in FORMATS:
        folder = pages_folder(args.cache, args.pages, fmt, args.pages_limit)
        files = sum(1 for path in folder.iterdir() if not path.name.startswith("."))
        case_path = args.cache / "work" / f"pages-{fmt}.db"
        case_path.parent.mkdir(parents=True, exist_ok=True)
        results = [
            in_child(ingest_once, str(folder), str(case_path), None, False)
            for _ in range(args.runs)
        ]
        rates = [result["docs"] / result["elapsed"] for result, _ in results]
        label = "saved HTML" if fmt == "html" else f"crawler markdown ({fmt})"
        out.rows.append(
            Row(
                f"ingest real pages, {label}, all {os.cpu_count()} cores (docs/s)",
                f"{files} pages",
                f"{statistics.median(rates):,.1f}",
                f"{percentile(rates, 0.05):,.1f}",
                f"{max(rss for _, rss in results):,.0f} MB",
                f"≥ {PAGES_INGEST_FLOOR:.0f}",
                statistics.median(rates) >= PAGES_INGEST_FLOOR,
            )
        )
        last = results[-1][0]
        out.notes.append(
            f"ingest real pages, {label}: {last['docs']:,} documents of {files} files"
            f" ({folder_bytes(folder) / max(files, 1) / 1024:,.1f} KB a file), {last['rejected']}"
            f" rejected, {last['quotes']:,} quotes found"
        )
