"""casebrowser benchmarks: ingest, the quote finder per keystroke (beside fzf), its quality with
typos, the app's start and reader, and the case file's size. Prints Markdown for the README.

    .venv/bin/python benchmarks/run.py                  # ingest 1k docs; search 10k/100k/1M quotes
    .venv/bin/python benchmarks/run.py --quick          # small sizes: a smoke run
    .venv/bin/python benchmarks/run.py --only search,fzf --sizes 100k --runs 5

Each measurement runs in a fresh (spawned) process, so its peak memory is its own and it pays
its imports as the app would. Generated folders and cases are cached under --cache, keyed by
size, seed, generator version and schema version, so reruns skip the building.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# Beside this script: `python benchmarks/run.py` puts its folder on sys.path, and spawned
# measurement processes inherit it, so they find the functions they are sent by module name.
from bench_app import bench_app
from bench_cases import ensure_search_case
from bench_common import human, parse_count
from bench_ingest import bench_ingest
from bench_pages import bench_pages
from bench_queries import QUERY_CHARS
from bench_report import Report
from bench_search import PANE_CALL, bench_search
from bench_terminal import bench_terminal

DEFAULT_CACHE = Path("/tmp/casebrowser-bench")
SECTIONS = ("ingest", "pages", "search", "fzf", "app", "terminal")


def environment(args: argparse.Namespace) -> str:
    import sqlite3
    from importlib.metadata import version

    fzf = "not installed"
    if shutil.which("fzf"):
        fzf = subprocess.run(["fzf", "--version"], capture_output=True, text=True).stdout.strip()
    commit = subprocess.run(
        ["git", "describe", "--always", "--dirty"],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parent,
    ).stdout.strip()
    return (
        f"## casebrowser benchmarks ({time.strftime('%Y-%m-%d %H:%M')}, {commit or 'no git'})"
        f"\n\n{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()},"
        f" SQLite {sqlite3.sqlite_version}, Textual {version('textual')},"
        f" rapidfuzz {version('rapidfuzz')}, fzf {fzf}; seed {args.seed}, runs: {args.runs},"
        f" {args.queries} queries of {QUERY_CHARS} characters typed one at a time"
        f" (the quote pane's `{PANE_CALL}` a keystroke, in-process, warm)."
        f" Ingest: the whole pipeline (`store.ingest.run.ingest`) on generated crawler markdown /"
        f" plain text. Search cases are bulk-built: generated documents with their known quotes"
        f" and dates saved through `Case.save_document` and variant linking, no extraction."
        f" Throughput p95 is the slow end (5th percentile). Load average at the start:"
        f" {load_average()}."
    )


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k,1m", help="quotes in the search cases")
    parser.add_argument("--ingest-docs", type=parse_count, default=1_000)
    parser.add_argument("--formats", default="md,txt", help="ingest formats: md, txt")
    parser.add_argument("--app-quotes", type=parse_count, help="search case the app opens")
    parser.add_argument(
        "--terminal-sizes", help="quotes in the cases typed into in tmux (default: --sizes)"
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--queries", type=int, default=20)
    parser.add_argument("--fzf-queries", type=int, default=5)
    parser.add_argument("--fzf-runs", type=int, default=1)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--only", default=",".join(SECTIONS), help="sections: " + ", ".join(SECTIONS)
    )
    parser.add_argument(
        "--pages",
        type=Path,
        help="corpora folder with WCXB (real pages ingested from its dev split)",
    )
    parser.add_argument("--pages-limit", type=int, help="article pages of the dev split to use")
    parser.add_argument("--no-breakdown", dest="breakdown", action="store_false")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.ingest_docs, args.runs = "1k,10k", 100, 2
        args.queries, args.fzf_queries = 5, 3
    args.sizes = [parse_count(size) for size in args.sizes.split(",") if size.strip()]
    args.only = {section.strip() for section in args.only.split(",")}
    args.formats = [fmt.strip() for fmt in args.formats.split(",") if fmt.strip()]
    if unknown := set(args.formats) - {"md", "txt"}:
        parser.error(f"unknown formats: {', '.join(sorted(unknown))}")
    if unknown := args.only - set(SECTIONS):
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
    args.app_quotes = args.app_quotes or max(args.sizes, default=10_000)
    terminal = args.terminal_sizes
    args.terminal_sizes = [parse_count(s) for s in terminal.split(",")] if terminal else args.sizes
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    out = Report()
    header = environment(args)
    sections: list[tuple[str, Callable[[], None]]] = []
    if "ingest" in args.only:
        sections.append(("ingest", lambda: bench_ingest(args, out)))
    if "pages" in args.only:
        sections.append(("ingest real pages", lambda: bench_pages(args, out)))
    if args.only & {"search", "fzf"}:
        for quotes in args.sizes:
            sections.append((f"search {human(quotes)}", partial_search(args, out, quotes)))
    if "app" in args.only:
        sections.append(("app", lambda: bench_app(args, out, app_case(args))))
    if "terminal" in args.only:
        for quotes in args.terminal_sizes:
            sections.append((f"terminal {human(quotes)}", partial_terminal(args, out, quotes)))
    for name, section in sections:
        print(f"{time.strftime('%H:%M:%S')} {name}…", file=sys.stderr)
        try:
            section()
        except Exception as error:  # one broken section must not lose the others' numbers
            out.notes.append(f"{name}: failed, {type(error).__name__}: {error}")
        # Written as it goes: a long run stopped halfway still leaves its numbers.
        (args.cache / "last-report.md").write_text(out.render(header))
    print(out.render(header + f" Load average at the end: {load_average()}."))
    return 0


def partial_search(args: argparse.Namespace, out: Report, quotes: int) -> Callable[[], None]:
    return lambda: bench_search(args, out, ensure_search_case(args.cache, quotes, args.seed))


def partial_terminal(args: argparse.Namespace, out: Report, quotes: int) -> Callable[[], None]:
    return lambda: bench_terminal(args, out, ensure_search_case(args.cache, quotes, args.seed))


def app_case(args: argparse.Namespace) -> dict[str, Any]:
    return ensure_search_case(args.cache, args.app_quotes, args.seed)


def load_average() -> str:
    return " ".join(f"{load:.2f}" for load in os.getloadavg())


if __name__ == "__main__":
    sys.exit(main())
