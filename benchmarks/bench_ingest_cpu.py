"""The per-file ingest step (`store.ingest.prepare.prepare`: read, clean, quotes, dates, rows)
in one process, in documents per CPU second: a figure a shared, busy machine leaves nearly
alone, where wall time on every core does not. With `--against ROOT` the same files go through
another checkout (ROOT, the code before a change) too, the two taking turns run after run, so
that the machine's drift falls on both alike.

    python benchmarks/bench_ingest_cpu.py /tmp/casebrowser-bench/pages-html-all --limit 200
    python benchmarks/bench_ingest_cpu.py FOLDER --against /tmp/before --runs 3

Each run is a fresh process that reads one file first (imports, warm caches) and then times
the rest with `time.process_time`. Per core: the ingest on N cores also stores and links in
its main process, so N times this figure is its ceiling.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MAX_BYTES = 50 * 1024 * 1024


def measure(folder: Path, limit: int | None) -> dict[str, float]:
    """Documents a CPU second of `prepare` over `folder`'s files, in this process."""
    from store.ingest.prepare import Job, prepare

    files = sorted(path for path in folder.iterdir() if not path.name.startswith("."))
    files = files[: limit + 1] if limit else files
    prepare(Job(files[0], None, MAX_BYTES))  # imports and first-use caches, not timed
    start = time.process_time()
    for path in files[1:]:
        prepare(Job(path, None, MAX_BYTES))
    cpu = time.process_time() - start
    return {"docs": len(files) - 1, "cpu": cpu}


def run_in(root: Path, folder: Path, limit: int | None) -> float:
    """One measurement in a fresh process whose `store` is `root`'s; documents a CPU second."""
    command = [sys.executable, __file__, "--child", str(folder)]
    if limit:
        command += ["--limit", str(limit)]
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return result["docs"] / result["cpu"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", type=Path, nargs="+")
    parser.add_argument("--limit", type=int, help="files a folder (after the first)")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--against", type=Path, help="another checkout's root: the code before")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(measure(args.folders[0], args.limit)))
        return 0
    roots = {"now": REPO, **({"before": args.against} if args.against else {})}
    for folder in args.folders:
        rates: dict[str, list[float]] = {name: [] for name in roots}
        for _ in range(args.runs):
            for name, root in roots.items():
                rates[name].append(run_in(root, folder, args.limit))
        # The best run is the one other work disturbed least; the median says how much it did.
        shown = ", ".join(
            f"{name} {max(values):.1f} (median {statistics.median(values):.1f})"
            for name, values in rates.items()
        )
        ratio = ""
        if args.against:
            ratio = f"; now / before {max(rates['now']) / max(rates['before']):.2f}"
        print(f"{folder.name}: docs per CPU second, best of {args.runs}: {shown}{ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
