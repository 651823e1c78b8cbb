"""casebrowser's extraction scored on public corpora, beside reference systems on the same data.

    .venv/bin/pip install -e '.[bench]'        # the crawler-Markdown converters
    .venv/bin/python benchmarks/accuracy.py --data DIR
    .venv/bin/python benchmarks/accuracy.py --data DIR --only quotes,dates --limit 50

DIR holds the corpora as fetched (see benchmarks/README.md): wcxb/ (cleaning), polnear/
(quotes), structtemprel/ (dates). Every document goes through ingest's per-file step, so the
figures are those of what a case file stores. Only train and dev splits are read: the test
splits and TempEval-3's evaluation set are held out, and the loaders refuse them.

Prints a Markdown table of accuracy (each figure beside its reference, with metric, corpus
version and split) and one of speed (documents per second per core for each stage, from the
same run), and writes both as JSON (--json) for comparing runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

# Beside this script: `python benchmarks/accuracy.py` puts its folder on sys.path.
import accuracy_cleaning
import accuracy_dates
import accuracy_quotes
from accuracy_corpora import CORPORA, HeldOutError
from accuracy_report import Row, Speed, markdown_table, speed_table, write_json

TASKS: dict[str, Callable[[Path, int | None], tuple[list[Row], list[Speed]]]] = {
    "cleaning": accuracy_cleaning.run,
    "quotes": accuracy_quotes.run,
    "dates": accuracy_dates.run,
}


def project_commit() -> str:
    here = Path(__file__).resolve().parent
    done = subprocess.run(
        ["git", "-C", str(here), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    )
    return done.stdout.strip() or "unknown"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="folder of fetched corpora")
    parser.add_argument(
        "--only", default=",".join(TASKS), help=f"tasks to run, of {','.join(TASKS)}"
    )
    parser.add_argument("--limit", type=int, help="documents per corpus and split (smoke runs)")
    parser.add_argument(
        "--json", type=Path, default=Path("accuracy.json"), help="where to write the results"
    )
    args = parser.parse_args(argv)
    unknown = set(args.only.split(",")) - set(TASKS)
    if unknown:
        parser.error(f"unknown task(s): {', '.join(sorted(unknown))}")
    if not args.data.is_dir():
        parser.error(f"--data {args.data}: not a folder")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    rows: list[Row] = []
    speeds: list[Speed] = []
    for task in args.only.split(","):
        try:
            found, timed = TASKS[task](args.data, args.limit)
        except (FileNotFoundError, HeldOutError) as error:
            print(f"{task}: skipped: {error}", file=sys.stderr)
            continue
        rows += found
        speeds += timed
    about = {
        "casebrowser": project_commit(),
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "limit": args.limit,
        "corpora": {c.key: f"{c.repository}@{c.version(args.data)}" for c in CORPORA},
    }
    print(markdown_table(rows))
    print()
    print("Documents per second per core, by stage of ingest's per-file step:")
    print()
    print(speed_table(speeds))
    write_json(args.json, rows, speeds, about)
    print(f"\nwrote {args.json}", file=sys.stderr)
    return 0 if rows else 1


if __name__ == "__main__":
    sys.exit(main())
