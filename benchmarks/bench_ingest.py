"""The ingest section: the whole pipeline on a generated folder, in documents a second, its
stages timed, and where the case file's bytes go by table."""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import make_case
from bench_common import (
    INGEST_FLOOR,
    SIZE_RATIO_FLOOR,
    Row,
    StageTimer,
    case_bytes,
    human,
    in_child,
    markdown_table,
    percentile,
)
from bench_report import Report

# (stage, module, attribute) in the order the pipeline meets them; "›" stages run inside the
# stage above them. Timed with `workers=1`: extraction in worker processes escapes the timers.
INGEST_STAGES = (
    ("read", "store.ingest.formats", "document_from_bytes"),
    ("extract", "store.ingest.extract", "extract_document"),
    ("› clean", "store.ingest.extract", "clean"),
    ("› dates", "store.ingest.extract", "find_dates"),
    ("› quotes", "store.ingest.extract", "find_quotes"),
    ("fingerprints (MinHash keys)", "store.ingest.prepare", "fingerprints"),
    ("rows (raw text deflated)", "store.case.rows", "DocumentRows.of"),
    ("store (batches of 50 a transaction)", "store.ingest.run", "_store"),
    ("› save", "store.case", "Case.save_rows"),
    ("› variant linking (a batch at a time)", "store.ingest.batch", "link_new_documents"),
    ("›› key counts", "store.case", "Case.key_counts"),
    ("›› key look-ups", "store.case", "Case.key_holders"),
    ("›› candidates compared (rapidfuzz)", "store.ingest.linking", "variant_match"),
    ("›› store keys", "store.case", "Case.add_quote_keys"),
    ("›› store pairs", "store.case", "Case.link_variants"),
    ("finish", "store.ingest.run", "_finish"),
    ("› compact, merge index", "store.case", "Case.compact"),
)


def docs_folder(cache: Path, docs: int, seed: int, fmt: str) -> Path:
    folder = cache / f"docs-{fmt}-{human(docs)}-s{seed}-g{make_case.GENERATOR_VERSION}"
    complete = folder / ".complete"  # a dot file: ingest skips it
    if not complete.exists():
        shutil.rmtree(folder, ignore_errors=True)
        make_case.write_case(folder, docs, seed=seed, fmt=fmt, jobs=os.cpu_count() or 1)
        complete.write_text("")
    return folder


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def ingest_once(folder: str, case_path: str, workers: int | None, breakdown: bool) -> dict:
    """One full ingest of `folder` into a new case, timed; with stage times if `breakdown`.
    `workers` None leaves the number of extraction processes to `ingest`."""
    import inspect

    from store.case import Case
    from store.ingest.run import ingest

    timer = StageTimer()
    if breakdown:
        for stage in INGEST_STAGES:
            timer.wrap(*stage)
    options = {} if workers is None else {"workers": workers}
    if "workers" not in inspect.signature(ingest).parameters:
        options = {}
    for leftover in ("", "-wal", "-shm"):
        Path(f"{case_path}{leftover}").unlink(missing_ok=True)
    marks: list[float] = []
    started = time.perf_counter()
    with Case(case_path) as case:
        report = ingest(
            case,
            [Path(folder)],
            progress=lambda *_: marks.append(time.perf_counter()),
            **options,  # type: ignore[arg-type]
        )
        elapsed = time.perf_counter() - started
        quotes = case.count_quotes()
    tenth = max(1, len(marks) // 10)
    first = tenth / (marks[tenth - 1] - started) if marks else 0.0
    last = tenth / (marks[-1] - marks[-tenth - 1]) if len(marks) > tenth else first
    return {
        "elapsed": elapsed,
        "docs": report.added + report.updated,
        "rejected": len(report.rejected),
        "quotes": quotes,
        "case_bytes": case_bytes(Path(case_path)),
        "first_tenth_rate": first,
        "last_tenth_rate": last,
        "stages": dict(timer.seconds),
        "missing": timer.missing,
    }


def bench_ingest(args: argparse.Namespace, out: Report) -> None:
    labels = {"md": "markdown", "txt": "text"}
    for fmt in args.formats:
        folder = docs_folder(args.cache, args.ingest_docs, args.seed, fmt)
        raw = folder_bytes(folder)
        case_path = args.cache / "work" / f"ingest-{fmt}.db"
        case_path.parent.mkdir(parents=True, exist_ok=True)
        size = f"{human(args.ingest_docs)} docs"
        for workers, how in ((None, f"all {os.cpu_count()} cores"), (1, "1 process")):
            results = [
                in_child(ingest_once, str(folder), str(case_path), workers, False)
                for _ in range(args.runs)
            ]
            rates = [result["docs"] / result["elapsed"] for result, _ in results]
            # The floor is for the whole pipeline on both cores; one process is a reference.
            floored = workers is None
            out.rows.append(
                Row(
                    f"ingest {labels[fmt]}, {how} (docs/s)",
                    size,
                    f"{statistics.median(rates):,.1f}",
                    f"{percentile(rates, 0.05):,.1f}",
                    f"{max(rss for _, rss in results):,.0f} MB",
                    f"≥ {INGEST_FLOOR:.0f}" if floored else "(reference)",
                    statistics.median(rates) >= INGEST_FLOOR if floored else None,
                )
            )
            last = results[-1][0]
            out.notes.append(
                f"ingest {labels[fmt]}, {how}: {last['docs']:,} docs, {last['rejected']} rejected,"
                f" {last['quotes']:,} quotes found; {last['first_tenth_rate']:,.1f} docs/s over"
                f" the first tenth, {last['last_tenth_rate']:,.1f} over the last; peak RSS of"
                f" the writer above, of an extraction worker {last['children_peak_rss_mb']:,.0f} MB"
            )
        ratio = last["case_bytes"] / raw
        out.rows.append(
            Row(
                f"case file / raw text ({labels[fmt]}, ingested)",
                size,
                f"{ratio:.2f}×",
                "",
                "",
                f"≤ {SIZE_RATIO_FLOOR:.0f}×",
                ratio <= SIZE_RATIO_FLOOR,
            )
        )
        out.details.append(size_breakdown(f"{size} of {labels[fmt]}, ingested", case_path, raw))
        if args.breakdown:
            result, _ = in_child(ingest_once, str(folder), str(case_path), 1, True)
            out.details.append(ingest_breakdown(labels[fmt], result))


def ingest_breakdown(label: str, result: dict[str, Any]) -> str:
    docs, elapsed, stages = max(1, result["docs"]), result["elapsed"], result["stages"]
    rows = [
        [stage, f"{stages[stage] * 1000 / docs:.2f}", f"{stages[stage] / elapsed:.0%}"]
        for stage, *_ in INGEST_STAGES
        if stage in stages
    ]
    rest = elapsed - sum(seconds for stage, seconds in stages.items() if "›" not in stage)
    rows.append(["walk, hashes, other", f"{rest * 1000 / docs:.2f}", f"{rest / elapsed:.0%}"])
    missing = result["missing"]
    note = f"\n\n(not found, so not timed: {', '.join(missing)})" if missing else ""
    return (
        f"### Ingest ({label}, 1 process, timers on): where a document's time goes\n\n"
        + markdown_table(["stage", "ms / document", "share of ingest"], rows)
        + note
    )


def size_breakdown(title: str, case_path: Path, raw: int) -> str:
    """Where the case file's bytes go, by table (SQLite's dbstat), against the raw text."""
    import sqlite3

    groups: dict[str, int] = defaultdict(int)
    with sqlite3.connect(f"{case_path.resolve().as_uri()}?mode=ro", uri=True) as db:
        try:
            pages = db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
        except sqlite3.OperationalError:
            return f"### Case file size ({title})\n\n(this SQLite has no dbstat table)"
        # Each index under its table's name: which table's indexes weigh is what to act on.
        owners = dict(db.execute("SELECT name, tbl_name FROM sqlite_schema WHERE type = 'index'"))
    for name, size in pages:
        if name in owners:
            name = f"{owners[name]} indexes"
        elif "_fts" in name:
            name = name.split("_fts")[0] + " FTS5 index"
        groups[name] += size
    total = sum(groups.values())
    # The empty tables of a fresh case (notes, stars, …) take a page each: summed as one row.
    shown = {name: size for name, size in groups.items() if size >= total / 200}
    rest = {name: size for name, size in groups.items() if name not in shown}
    if rest:
        shown[f"{len(rest)} others"] = sum(rest.values())
    rows = [
        [name, f"{size / 1e6:,.2f}", f"{size / raw:.2f}×"]
        for name, size in sorted(shown.items(), key=lambda item: -item[1])
    ]
    rows.append(["**total**", f"{total / 1e6:,.2f}", f"{total / raw:.2f}×"])
    return f"### Case file size by table ({title}; raw text {raw / 1e6:,.1f} MB)\n\n" + (
        markdown_table(["table", "MB", "× raw text"], rows)
    )
