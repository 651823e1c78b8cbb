"""The report a run prints: one table of measures with their verdicts, notes, then the
breakdowns, the variant-linking probes last."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bench_cases import variants_table
from bench_common import Row, markdown_table


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    probes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def render(self, header: str) -> str:
        table = markdown_table(
            ["measure", "case", "median", "p95", "peak RSS", "floor", "verdict"],
            (row.cells() for row in self.rows),
        )
        notes = "\n".join(f"- {note}" for note in self.notes)
        details = [*self.details, variants_table(self.probes)] if self.probes else self.details
        return "\n\n".join([header, table, notes, *details]) + "\n"
