"""The search section: the quote finder timed per keystroke, exact and with typos, beside
fzf as an outside reference, with its stage breakdown and the search case's size."""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from bench_cases import BULK_LINK_MAX_QUOTES, probe_variants
from bench_common import (
    KEYSTROKE_FLOOR_MS,
    QUALITY_FLOOR,
    SIZE_RATIO_FLOOR,
    Row,
    StageTimer,
    human,
    in_child,
    markdown_table,
    percentile,
)
from bench_ingest import size_breakdown
from bench_queries import Query, make_queries, one_line
from bench_report import Report

from tui.panes.quote_search import LIMIT, PAGE_ROWS

TOP = 10
# Each keystroke is timed through the quote pane's own function (tui/panes/quote_search.py):
# a ranking of LIMIT quotes, the rows of its first PAGE_ROWS, their marks.
PANE_CALL = f"find_quotes(case, finder, prefix, False): rank {LIMIT}, rows of the first {PAGE_ROWS}"
# Each query is typed as written and again with a typo in each word: (key, label).
VARIANTS = (("clean", "exact"), ("typo", "one typo a word"))

# ---- the quote finder ---------------------------------------------------------------------

SEARCH_STAGES = (
    ("FTS candidates", "store.case", "Case.quote_texts_matching"),
    ("FTS candidates", "store.case", "Case.quote_texts_scanning"),
    ("rapidfuzz re-rank", "store.search.rank", "Scorer.score"),
    ("hit rows (pydantic)", "store.case", "Case.quote_hits"),
    ("highlights (rapidfuzz)", "store.search.rank", "highlight_spans"),
    ("stars and notes", "store.case", "Case.quote_annotations"),
)


def time_search(case_path: str, queries: list[Query], runs: int, breakdown: bool) -> dict[str, Any]:
    """Every prefix of every query through the quote pane's own call."""
    from store.case import Case
    from store.search import QuoteFinder
    from tui.panes.quote_search import find_quotes

    timer = StageTimer()
    if breakdown:
        for stage in SEARCH_STAGES:
            timer.wrap(*stage)
    result: dict[str, Any] = {}
    with Case(case_path, readonly=True) as case, QuoteFinder(case_path) as finder:
        for query in queries[:3]:  # warm the connection's page cache, as a session would be
            find_quotes(case, finder, query.clean, False)
        for variant in ("clean", "typo"):
            timer.seconds.clear()
            per_query: list[list[float]] = [[] for _ in queries]
            by_length: dict[int, list[float]] = defaultdict(list)
            for _ in range(runs):
                for number, query in enumerate(queries):
                    # Each query typed afresh: no answer kept from an earlier run or query.
                    finder.forget(case)
                    text = getattr(query, variant)
                    for typed in range(1, len(text) + 1):
                        started = time.perf_counter()
                        find_quotes(case, finder, text[:typed], False)
                        took = (time.perf_counter() - started) * 1000
                        per_query[number].append(took)
                        by_length[typed].append(took)
            timings = [ms for query_ms in per_query for ms in query_ms]
            # Stage times of the timed calls only, before the quality pass adds its own.
            stages = {stage: sec * 1000 / len(timings) for stage, sec in timer.seconds.items()}
            found = [
                rank_of(
                    query.quote_id, find_quotes(case, finder, getattr(query, variant), False).hits
                )
                for query in queries
            ]
            result[variant] = {
                "ms": timings,
                "per_query": per_query,
                "p95_by_length": {n: percentile(ms, 0.95) for n, ms in sorted(by_length.items())},
                "in_top": sum(1 for rank in found if rank is not None and rank < TOP) / len(found),
            }
            result[variant]["stages"] = stages
    result["missing"] = timer.missing
    return result


def rank_of(quote_id: int, hits: list[Any]) -> int | None:
    return next((rank for rank, hit in enumerate(hits) if hit.quote.id == quote_id), None)


# ---- fzf, the outside reference -----------------------------------------------------------


def fzf_lines(case_path: Path) -> Path:
    """The case's quote texts, one a line, for `fzf --filter`: text only, as `--nth` to skip
    an id field would cost fzf a third more time."""
    lines = case_path.with_suffix(".quotes.txt")
    if not lines.exists():
        from store.case import Case

        with Case(case_path, readonly=True) as case, open(f"{lines}.part", "w") as out:
            for (text,) in case.db.execute("SELECT text FROM quotes ORDER BY id"):
                out.write(one_line(text) + "\n")
        os.replace(f"{lines}.part", lines)
    return lines


def fzf_command(query: str) -> list[str]:
    return ["fzf", "--filter", query]


def time_fzf(lines: str, queries: list[Query], runs: int) -> dict[str, Any]:
    """Every prefix through a fresh `fzf --filter` over all quote texts, as a shell pipe would."""
    result: dict[str, Any] = {}
    for variant in ("clean", "typo"):
        timings: list[float] = []
        for _ in range(runs):
            for query in queries:
                text = getattr(query, variant)
                for typed in range(1, len(text) + 1):
                    started = time.perf_counter()
                    with open(lines, "rb") as source:
                        subprocess.run(
                            fzf_command(text[:typed]),
                            stdin=source,
                            stdout=subprocess.DEVNULL,  # the ranking, not a pipe, is measured
                            check=False,
                        )
                    timings.append((time.perf_counter() - started) * 1000)
        found = [query.target in run_fzf(lines, getattr(query, variant))[:TOP] for query in queries]
        result[variant] = {"ms": timings, "in_top": sum(found) / len(found)}
    return result


def run_fzf(lines: str, query: str) -> list[str]:
    with open(lines, "rb") as source:
        done = subprocess.run(fzf_command(query), stdin=source, capture_output=True, check=False)
    return done.stdout.decode().splitlines()


# ---- the section and its tables -----------------------------------------------------------


def bench_search(args: argparse.Namespace, out: Report, meta: dict[str, Any]) -> None:
    size = f"{human(meta['quotes'])} quotes"
    queries = make_queries(meta["path"], args.queries, args.seed, meta["quotes"])
    ours: dict[str, Any] = {}
    if "search" in args.only:
        ours, rss = in_child(time_search, meta["path"], queries, args.runs, False)
        for variant, label in VARIANTS:
            ms = ours[variant]["ms"]
            measure = f"quote search per keystroke, {label} (ms)"
            out.rows.append(keystroke_row(measure, size, ms, rss, floor_ms=KEYSTROKE_FLOOR_MS))
        share = ours["typo"]["in_top"]
        out.rows.append(
            Row(
                f"typo queries: intended quote in top {TOP}",
                size,
                f"{share:.0%}",
                "",
                "",
                f"≥ {QUALITY_FLOOR:.0%}",
                share >= QUALITY_FLOOR,
            )
        )
        out.notes.append(
            f"search {size}: exact queries find their quote in the top {TOP}"
            f" {ours['clean']['in_top']:.0%} of the time"
        )
        out.details.append(by_length_table(size, ours))
        if args.breakdown:
            parts, _ = in_child(time_search, meta["path"], queries, 1, True)
            out.details.append(search_breakdown(size, parts))
    if "fzf" in args.only:
        bench_fzf(args, out, meta, queries, ours)
    if meta["quotes"] <= BULK_LINK_MAX_QUOTES:
        try:
            probe, _ = in_child(probe_variants, meta["path"], 200, args.seed)
            out.probes.append((size, probe))
        except ImportError as error:
            out.notes.append(f"variant probe {size}: skipped ({error})")
    ratio = meta["case_bytes"] / meta["raw_bytes"]
    if meta["quotes"] == max(args.sizes):
        title = f"{meta['docs']:,} docs bulk-built"
        out.details.append(size_breakdown(title, Path(meta["path"]), meta["raw_bytes"]))
    out.rows.append(
        Row(
            "case file / raw text (bulk-built)",
            f"{meta['docs']:,} docs",
            f"{ratio:.2f}×",
            "",
            "",
            f"≤ {SIZE_RATIO_FLOOR:.0f}×",
            ratio <= SIZE_RATIO_FLOOR,
        )
    )


def bench_fzf(
    args: argparse.Namespace,
    out: Report,
    meta: dict[str, Any],
    queries: list[Query],
    ours: dict[str, Any],
) -> None:
    size = f"{human(meta['quotes'])} quotes"
    if shutil.which("fzf") is None:
        out.notes.append(f"fzf {size}: fzf not installed, no comparison (apt-get install fzf)")
        return
    subset = queries[: args.fzf_queries]
    theirs, _ = in_child(time_fzf, str(fzf_lines(Path(meta["path"]))), subset, args.fzf_runs)
    for variant, label in VARIANTS:
        ms = theirs[variant]["ms"]
        rss = theirs["children_peak_rss_mb"]
        out.rows.append(keystroke_row(f"fzf --filter per keystroke, {label} (ms)", size, ms, rss))
        if ours:
            # Over the same queries: fzf runs only the first few.
            same = [t for query_ms in ours[variant]["per_query"][: len(subset)] for t in query_ms]
            ratio = percentile(same, 0.95) / percentile(ms, 0.95)
            out.rows.append(
                Row(
                    f"casebrowser ÷ fzf, p95 per keystroke, {label}",
                    size,
                    f"{ratio:.2f}",
                    "",
                    "",
                    "< 1 (faster)",
                    ratio < 1,
                )
            )
    out.notes.append(
        f"fzf {size}: the first {len(subset)} queries, `fzf --filter PREFIX < quotes.txt` a"
        f" keystroke (one process reading every quote);"
        f" typo queries' quote in fzf's top {TOP}: {theirs['typo']['in_top']:.0%}"
        f" (exact: {theirs['clean']['in_top']:.0%})"
    )


def keystroke_row(
    measure: str, size: str, ms: list[float], rss_mb: float, *, floor_ms: float | None = None
) -> Row:
    """Median and p95 of per-keystroke timings, with the peak memory of what ran them and,
    given a floor, whether the p95 is within it."""
    p95 = percentile(ms, 0.95)
    row = Row(measure, size, f"{statistics.median(ms):.1f}", f"{p95:.1f}", f"{rss_mb:,.0f} MB")
    if floor_ms is not None:
        row.floor, row.passed = f"p95 ≤ {floor_ms:.0f}", p95 <= floor_ms
    return row


def by_length_table(size: str, ours: dict[str, Any]) -> str:
    clean, typo = ours["clean"]["p95_by_length"], ours["typo"]["p95_by_length"]
    lengths = sorted(set(clean) | set(typo))
    rows = [
        [str(n), f"{clean.get(n, float('nan')):.1f}", f"{typo.get(n, float('nan')):.1f}"]
        for n in lengths
    ]
    return f"### Quote search at {size}: p95 (ms) by characters typed\n\n" + markdown_table(
        ["typed", "exact", "one typo a word"], rows
    )


def search_breakdown(size: str, parts: dict[str, Any]) -> str:
    total = {v: statistics.mean(parts[v]["ms"]) for v in ("clean", "typo")}
    stages = sorted({stage for v in ("clean", "typo") for stage in parts[v]["stages"]})
    rows = []
    for stage in stages:
        cells = [stage]
        for variant in ("clean", "typo"):
            ms = parts[variant]["stages"].get(stage, 0.0)
            cells.append(f"{ms:.2f} ({ms / total[variant]:.0%})")
        rows.append(cells)
    rest = [total[v] - sum(parts[v]["stages"].values()) for v in ("clean", "typo")]
    rows.append(["parse, plan, sort, other", *(f"{ms:.2f}" for ms in rest)])
    rows.append(["total (mean)", *(f"{total[v]:.2f}" for v in ("clean", "typo"))])
    missing = (
        f"\n\n(not found, so not timed: {', '.join(parts['missing'])})" if parts["missing"] else ""
    )
    return (
        f"### Quote search at {size}: mean ms per keystroke by stage (timing wrappers on)\n\n"
        + markdown_table(["stage", "exact", "one typo a word"], rows)
        + missing
    )
