"""Test-wide settings: no test reads or writes the user's real data or config directories,
and no property test fails for being slow (speed is the benchmarks' business)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# Hypothesis fails an example that takes over 200 ms: a timed assertion, which a loaded
# machine trips (a test that writes a case file per example did).
settings.register_profile("casebrowser", deadline=None)
settings.load_profile("casebrowser")


@pytest.fixture(autouse=True)
def isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    home = tmp_path_factory.mktemp("home")
    for variable, folder in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(variable, str(home / folder))
    return home
