"""Does a speed change leave ingest's output alone? Ingest a folder into a new case and write
what it stored (documents, paragraphs, quotes, events) as JSON, keyed by file; then compare
two such dumps, one made before the change and one after.

    python benchmarks/bench_ingest_same.py dump /work/data/trial --out /tmp/before.json
    ... change the code ...
    python benchmarks/bench_ingest_same.py dump /work/data/trial --out /tmp/after.json
    python benchmarks/bench_ingest_same.py compare /tmp/before.json /tmp/after.json

Row ids and ingest times differ from run to run and are left out; everything else a document
keeps must be byte-identical.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Any

# Columns that name a row or a moment rather than what extraction found.
UNSTABLE = frozenset({"id", "doc_id", "ingested_at", "mtime", "raw_zlib", "primary_id"})
TABLES = ("paragraphs", "quotes", "events")


def dump(folder: Path, workers: int | None) -> dict[str, Any]:
    """What ingesting `folder` into a new case stores, by file path relative to `folder`."""
    from store.case import Case
    from store.ingest.run import ingest

    with tempfile.TemporaryDirectory() as tmp:
        case_path = Path(tmp) / "same.case.db"
        with Case(case_path) as case:
            ingest(case, [folder], **({} if workers is None else {"workers": workers}))
        return _read(sqlite3.connect(case_path), folder)


def _read(db: sqlite3.Connection, folder: Path) -> dict[str, Any]:
    db.row_factory = sqlite3.Row
    paths: dict[int, str] = {}
    out: dict[str, Any] = {}
    for row in db.execute("select * from documents order by path"):
        key = str(Path(row["path"]).relative_to(folder))
        paths[row["id"]] = key
        out[key] = {"document": _stable(row)}
    for table in TABLES:
        for row in db.execute(f"select * from {table} order by rowid"):
            out[paths[row["doc_id"]]].setdefault(table, []).append(_stable(row))
    return out


def _stable(row: sqlite3.Row) -> dict[str, Any]:
    return {key: row[key] for key in row.keys() if key not in UNSTABLE}  # noqa: SIM118


def compare(before: dict[str, Any], after: dict[str, Any], shown: int = 20) -> list[str]:
    """One line a difference, at most `shown` of them, and a count of the rest."""
    lines: list[str] = []
    for key in sorted(before.keys() | after.keys()):
        old, new = before.get(key), after.get(key)
        if old is None or new is None:
            lines.append(f"{key}: {'added' if old is None else 'missing'}")
            continue
        for part in sorted(old.keys() | new.keys()):
            if old.get(part) != new.get(part):
                lines.append(
                    f"{key}: {part} differ: {_first_difference(old.get(part), new.get(part))}"
                )
    if len(lines) > shown:
        lines = [*lines[:shown], f"... and {len(lines) - shown} more"]
    return lines


def _first_difference(old: Any, new: Any) -> str:
    if isinstance(old, list) and isinstance(new, list):
        if len(old) != len(new):
            return f"{len(old)} rows before, {len(new)} after"
        for index, (one, other) in enumerate(zip(old, new, strict=True)):
            if one != other:
                return f"row {index}: {_first_difference(one, other)}"
    if isinstance(old, dict) and isinstance(new, dict):
        for column in sorted(old.keys() | new.keys()):
            if old.get(column) != new.get(column):
                return f"{column}: {old.get(column)!r:.80} -> {new.get(column)!r:.80}"
    return f"{old!r:.80} -> {new!r:.80}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("dump", help="ingest FOLDER and write what was stored")
    make.add_argument("folder", type=Path)
    make.add_argument("--out", type=Path, required=True)
    make.add_argument("--workers", type=int, help="extraction processes (ingest's default)")
    check = commands.add_parser("compare", help="the differences between two dumps")
    check.add_argument("before", type=Path)
    check.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        stored = dump(args.folder.absolute(), args.workers)
        args.out.write_text(json.dumps(stored, sort_keys=True, ensure_ascii=False, default=str))
        print(f"{len(stored)} documents written to {args.out}")
        return 0
    before, after = (json.loads(path.read_text()) for path in (args.before, args.after))
    lines = compare(before, after)
    print("\n".join(lines) if lines else f"identical: {len(before)} documents")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
