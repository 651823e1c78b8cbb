"""The benchmark's output: one row per figure, beside its reference, as Markdown and JSON."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any


@dataclass
class Row:
    """One figure of casebrowser's and the reference figure on the same data (None: none)."""

    task: str
    metric: str
    input: str
    ours: float | None
    reference: float | None
    reference_is: str
    corpus: str
    version: str
    split: str
    items: int
    rejected: int = 0
    note: str = ""


@dataclass
class Speed:
    """Documents per CPU second (one core) for each stage of ingest's per-file step."""

    task: str
    input: str
    documents: int
    per_second: dict[str, float]


def _figure(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}"


def markdown_table(rows: list[Row]) -> str:
    """The accuracy rows as a Markdown table, figures in percent."""
    lines = [
        "| Task | Metric | Input | casebrowser | Reference | Reference is | Corpus @ commit, split"
        " | Items | Rejected |",
        "| --- | --- | --- | ---: | ---: | --- | --- | ---: | ---: |",
    ]
    for row in rows:
        lines.append(
            f"| {row.task} | {row.metric}{f' ({row.note})' if row.note else ''} | {row.input}"
            f" | {_figure(row.ours)}"
            f" | {_figure(row.reference)} | {row.reference_is} | {row.corpus} @ {row.version},"
            f" {row.split} | {row.items} | {row.rejected} |"
        )
    return "\n".join(lines)


def speed_table(speeds: list[Speed]) -> str:
    """Documents per second per core, one row per corpus and input, one column per stage."""
    stages = ["read", "clean", "quotes", "dates", "whole file"]
    header = " | ".join(stages)
    lines = [
        f"| Corpus | Input | Documents | {header} |",
        "| --- | --- | ---: |" + " ---: |" * len(stages),
    ]
    for speed in speeds:
        cells = " | ".join(f"{speed.per_second.get(stage, 0.0):,.0f}" for stage in stages)
        lines.append(f"| {speed.task} | {speed.input} | {speed.documents} | {cells} |")
    return "\n".join(lines)


def write_json(path: Path, rows: list[Row], speeds: list[Speed], about: dict[str, Any]) -> None:
    """Everything the run measured, for comparing runs."""
    report = {
        "about": about,
        "accuracy": [asdict(row) for row in rows],
        "speed": [asdict(speed) for speed in speeds],
    }
    path.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
