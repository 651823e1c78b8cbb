"""The layers stay apart: store never loads Textual, the app never loads heavy extraction."""

from __future__ import annotations

import ast
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
