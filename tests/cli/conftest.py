from __future__ import annotations

from pathlib import Path

import pytest

from tui.cli import main

SEEDS = Path(__file__).parents[2] / "seeds"


@pytest.fixture(autouse=True)
def private_data_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture(scope="session")
def seed_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The two seeds ingested once for the read-only command tests."""
    case = tmp_path_factory.mktemp("seeds") / "seeds.db"
    assert main(["ingest", str(SEEDS), "--case", str(case)]) == 0
    return case


class FakeApp:
    """Stands in for the app: records the case it was built on and what it would ingest."""

    return_code = 0

    def __init__(self, opened: list[tuple[Path, object]], case: Path, ingest_paths) -> None:
        opened.append((case, ingest_paths))

    def run(self) -> None:
        pass


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, object]]:
    import tui.app

    calls: list[tuple[Path, object]] = []

    def build_app(case: Path, *, ingest_paths=None) -> FakeApp:
        return FakeApp(calls, case, ingest_paths)

    monkeypatch.setattr(tui.app, "build_app", build_app)
    return calls
