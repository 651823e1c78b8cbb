"""Where casebrowser keeps things: the default case, the sample case and the bundled seeds."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from platformdirs import user_config_path, user_data_path

APP_NAME = "casebrowser"
CASE_SUFFIX = ".case.db"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    return user_config_path(APP_NAME, appauthor=False)


def default_case_path() -> Path:
    return data_dir() / "case.db"


def sample_case_path() -> Path:
    return data_dir() / "sample.case.db"


def seeds_dir() -> Path:
    return Path(str(files("seeds")))


def case_path_for_folder(folder: Path) -> Path:
    """The case file a folder of articles is ingested into: beside the folder, named after it."""
    folder = folder.absolute()
    return folder.parent / f"{folder.name}{CASE_SUFFIX}"
