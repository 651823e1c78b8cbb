"""The layers stay apart: store never loads Textual, the app never loads heavy extraction."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]


def modules_loaded_by(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return {name.split(".")[0] for name in result.stdout.split()}


def test_store_loads_no_textual_or_rich() -> None:
    loaded = modules_loaded_by(
        "import store.case, store.ingest.run, store.ingest.extract, store.search,"
        " store.publish.cite"
    )
    assert not {"textual", "rich"} & loaded


def test_app_loads_no_heavy_extraction_library() -> None:
    loaded = modules_loaded_by("import tui.app")
    assert not {"trafilatura", "lxml", "httpx", "charset_normalizer", "frontmatter"} & loaded


def test_an_ingest_worker_loads_no_database_code() -> None:
    # Each worker imports what it runs before it extracts its first file: SQLite and the
    # case's code would only delay it.
    seed = next((ROOT / "seeds").glob("*.txt"))
    loaded = modules_loaded_by(
        "from pathlib import Path; from store.ingest.prepare import Job, prepare;"
        f" prepare(Job(Path({str(seed)!r}), None, 10**7))"
    )
    assert not {"sqlite3", "sqlite_utils", "textual"} & loaded
    assert "store" in loaded


def test_the_command_line_module_loads_no_case_code() -> None:
    # Ingest workers run the main script's imports (multiprocessing's spawn) before their
    # first file: for `casebrowser`, that is this module.
    loaded = modules_loaded_by("import tui.cli")
    assert not {"sqlite3", "sqlite_utils", "textual", "markdown_it"} & loaded


def test_cli_help_loads_no_textual() -> None:
    loaded = modules_loaded_by("import tui.cli")
    assert "textual" not in loaded


def test_tui_never_imports_sqlite() -> None:
    offenders = []
    for path in (ROOT / "tui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [
                f"{path.name}: {name}"
                for name in names
                if name.split(".")[0] in {"sqlite3", "sqlite_utils"}
            ]
    assert offenders == []


# SQL that opens, ends or nests a transaction, as a string literal starts it.
TRANSACTION_SQL = re.compile(r"\s*(BEGIN|COMMIT|SAVEPOINT|RELEASE|ROLLBACK)\b")


def transaction_use(node: ast.AST) -> str | None:
    """What `node` does with a transaction itself, if anything."""
    if isinstance(node, ast.Attribute):
        if node.attr in {"in_transaction", "atomic"}:
            return f".{node.attr}"
        holder = node.value
        if node.attr in {"commit", "rollback"} and isinstance(holder, ast.Attribute):
            return f".{holder.attr}.{node.attr}" if holder.attr in {"conn", "db"} else None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return repr(node.value) if TRANSACTION_SQL.match(node.value) else None
    return None


def test_only_the_case_package_handles_transactions() -> None:
    # Transactions are the case's methods (`Case.begin`, `commit`, `transaction`...): the
    # rest of the code never speaks to the connection about them.
    offenders = []
    for folder in ("store", "tui", "benchmarks"):
        for path in (ROOT / folder).rglob("*.py"):
            if (ROOT / "store" / "case") in path.parents:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                use = transaction_use(node)
                if use:
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {use}")
    assert offenders == []
