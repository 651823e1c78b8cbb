"""What every benchmark section shares: the floors it is judged against, number and table
formatting, case file sizes, and running a measurement in a fresh process of its own."""

from __future__ import annotations

import argparse
import math
import multiprocessing
import re
import resource
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Floors from the issue "Scale and speed: a million quotes, every keystroke under 30 ms".
INGEST_FLOOR = 200.0  # documents/s
KEYSTROKE_FLOOR_MS = 30.0
QUALITY_FLOOR = 0.9  # our reading of "intended quote in the top 10": nine queries in ten
FIRST_PAINT_FLOOR_S = 1.0
READER_FLOOR_MS = 100.0
APP_MEMORY_FLOOR_MB = 300.0
SIZE_RATIO_FLOOR = 3.0


# ---- numbers and tables -------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile: an actual observation, as few runs call for."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def human(count: int) -> str:
    for unit, size in (("M", 1_000_000), ("k", 1_000)):
        if count >= size and count % size == 0:
            return f"{count // size}{unit}"
    return f"{count:,}"


def parse_count(text: str) -> int:
    match = re.fullmatch(r"(\d+(?:\.\d+)?)([kKmM]?)", text.strip())
    if match is None:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (try 10k, 100k, 1m)")
    scale = {"": 1, "k": 1_000, "m": 1_000_000}[match.group(2).lower()]
    return int(float(match.group(1)) * scale)


@dataclass
class Row:
    measure: str
    case: str
    median: str
    p95: str
    memory: str = ""
    floor: str = ""
    passed: bool | None = None

    def cells(self) -> list[str]:
        verdict = {True: "pass", False: "**FAIL**", None: ""}[self.passed]
        return [self.measure, self.case, self.median, self.p95, self.memory, self.floor, verdict]


def markdown_table(header: list[str], rows: Iterable[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cells) + " |" for cells in rows]
    return "\n".join(lines)


# ---- child processes ----------------------------------------------------------------------


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _measured(function: Callable[..., Any], *args: Any) -> tuple[Any, float]:
    result = function(*args)
    if isinstance(result, dict):  # what processes it started (ingest's workers, fzf) peaked at
        # Ingest leaves its workers to exit on their own; only children waited for count.
        for child in multiprocessing.active_children():
            child.join()
        result["children_peak_rss_mb"] = children_peak_rss_mb()
    return result, peak_rss_mb()


def children_peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def in_child(function: Callable[..., Any], *args: Any) -> tuple[Any, float]:
    """`function(*args)` in a fresh process; its result and that process's peak RSS (MB)."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        return pool.submit(_measured, function, *args).result()


class StageTimer:
    """Wraps functions in place to add up the time spent in each, by stage name. Only for
    breakdowns: a missing name (the code moved on) is skipped and reported as such."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self.missing: list[str] = []

    def wrap(self, stage: str, module_name: str, attribute: str) -> None:
        import importlib

        owner: Any = importlib.import_module(module_name)
        *path, name = attribute.split(".")
        for part in path:
            owner = getattr(owner, part, None)
        original = getattr(owner, name, None)
        if original is None:
            self.missing.append(f"{module_name}.{attribute}")
            return

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds[stage] += time.perf_counter() - started
                self.calls[stage] += 1

        setattr(owner, name, timed)


# ---- case files ---------------------------------------------------------------------------


def case_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())
