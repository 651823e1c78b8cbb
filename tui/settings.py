"""The user's settings: a small TOML file in the platform's config folder.

    # ~/.config/casebrowser/settings.toml
    citation_style = "apa"    # default, apa, mla, chicago or markdown
    theme = "nord"            # any Textual theme; set from the palette's "Change theme"
    default_case = "~/cases/telegram.case.db"   # what `casebrowser` and `--case` default to

A missing file means the defaults. A file that is not TOML, or holds an unknown setting or a
bad value, never stops the app: what can be read is used, the rest falls back to its default,
and `load_settings` says what was wrong so the app can tell the user.
"""

from __future__ import annotations

import json
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from tui.locations import config_dir

CitationStyle = Literal["default", "apa", "mla", "chicago", "markdown"]
STYLE_NAMES: dict[CitationStyle, str] = {
    "default": "Default",
    "apa": "APA",
    "mla": "MLA",
    "chicago": "Chicago",
    "markdown": "Markdown",
}


class Settings(BaseModel):
    """Everything the user can set. Every field has a default, so an empty file is valid."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    citation_style: CitationStyle = "default"
    theme: str | None = None
    """A Textual theme's name, checked against the app's themes when it starts; None: Textual's."""
    default_case: str | None = Field(default=None, min_length=1)
    """The case file opened with no argument and used by commands without `--case`, as the user
    wrote it; `default_case_path` resolves it. None: the sample case and the data folder's."""


class SettingsError(Exception):
    """A setting that cannot be used where it is needed; the message is one line."""


@dataclass
class LoadedSettings:
    settings: Settings
    problems: list[str] = field(default_factory=list)
    """What was wrong with the file, one line each, for a notification."""


def settings_path() -> Path:
    return config_dir() / "settings.toml"


def next_style(style: CitationStyle) -> CitationStyle:
    """The style after `style`, in the order of `STYLE_NAMES`, wrapping around."""
    styles = list(STYLE_NAMES)
    return styles[(styles.index(style) + 1) % len(styles)]


def load_settings(path: Path | None = None) -> LoadedSettings:
    path = path or settings_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return LoadedSettings(Settings(), [f"{path} could not be read ({error}); defaults used"])
    return _validated(data)


def _validated(data: dict[str, object]) -> LoadedSettings:
    """Each known setting checked on its own, so one bad value does not cost the others."""
    known = Settings.model_fields
    problems = [f"unknown setting {key!r} ignored" for key in data if key not in known]
    valid: dict[str, object] = {}
    for key in known.keys() & data.keys():
        try:
            Settings.model_validate({key: data[key]})
        except ValidationError as error:
            reason = error.errors()[0]["msg"]
            problems.append(f"{key} = {data[key]!r}: {reason}; the default is used")
        else:
            valid[key] = data[key]
    return LoadedSettings(Settings.model_validate(valid), problems)


def default_case_path(loaded: LoadedSettings, path: Path | None = None) -> Path | None:
    """The `default_case` setting of `loaded` (read from `path`) as a path: `~` expanded, a
    relative path taken from the settings file's folder. None when it is not set.

    Raises SettingsError when the value is wrong: quietly using another case would put the
    user's work in the wrong file."""
    path = path or settings_path()
    wrong = [problem for problem in loaded.problems if problem.startswith("default_case")]
    if wrong:
        raise SettingsError(f"{path}: {wrong[0]}")
    value = loaded.settings.default_case
    if value is None:
        return None
    case = Path(value).expanduser()
    return case if case.is_absolute() else path.parent / case


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write `settings` as TOML, atomically: a crash never leaves half a file. Raises OSError."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# casebrowser settings", *_toml_lines(settings)]
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.replace(partial, path)


def _toml_lines(settings: Settings) -> list[str]:
    # Every setting is a string, a number or a bool: their JSON forms are valid TOML values,
    # JSON's string escapes being a subset of TOML's basic-string escapes.
    return [
        f"{key} = {json.dumps(value, ensure_ascii=False)}"
        for key, value in settings.model_dump().items()
        if value is not None  # TOML has no null: a setting left out takes its default
    ]
