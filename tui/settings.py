"""The user's settings: a small TOML file in the platform's config folder.

    # ~/.config/casebrowser/settings.toml
    citation_style = "apa"    # default, apa, mla, chicago, markdown, or a CSL style:
                              # a packaged one's name ("ieee") or a .csl file ("~/my-journal.csl")
    csl_style = "ieee"        # the CSL style `c` offers after the five (set by the app)
    theme = "nord"            # any Textual theme; set from the palette's "Change theme"
    default_case = "~/cases/telegram.case.db"   # what `casebrowser` and `--case` default to

A missing file means the defaults. A file that is not TOML, or holds an unknown setting or a
bad value, never stops the app: what can be read is used, the rest falls back to its default,
and `load_settings` says what was wrong, as values (`SettingsProblem`), so the app can tell the
user. Saving edits the file in place (tomlkit): the user's comments, order and any keys this
version does not know stay as they were.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import tomlkit
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from tomlkit.exceptions import TOMLKitError
from tomlkit.toml_document import TOMLDocument

from store.publish.cite import check_style
from tui.locations import config_dir

CitationStyle = str
"""One of `STYLE_NAMES`, or a CSL style: a packaged style's name or a .csl file's path."""
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
    csl_style: str | None = None
    """A CSL style that `c` offers after the five built-in ones. The app keeps here the CSL
    style `citation_style` had when the user cycles away from it, so it stays one key away."""
    theme: str | None = None
    """A Textual theme's name, checked against the app's themes when it starts; None: Textual's."""
    default_case: str | None = Field(default=None, min_length=1)
    """The case file opened with no argument and used by commands without `--case`, as the user
    wrote it; `default_case_path` resolves it. None: the sample case and the data folder's."""

    @field_validator("citation_style", "csl_style")
    @classmethod
    def _usable_style(cls, style: str | None) -> str | None:
        """A style citations can be given in (a CSL file is read now, not at the first copy)."""
        if style is not None:
            check_style(style)  # ValueError, one line naming the style
        return style


class SettingsError(Exception):
    """A setting that cannot be used where it is needed; the message is one line."""


@dataclass(frozen=True)
class SettingsProblem:
    """One thing wrong with the settings file: the file as a whole (`setting` None), a key
    this version does not know, or a value it cannot use (then its default is used)."""

    kind: Literal["unreadable", "unknown", "invalid"]
    reason: str
    setting: str | None = None
    value: Any = None

    @property
    def message(self) -> str:
        """One line for the user."""
        if self.kind == "unreadable":
            return self.reason
        if self.kind == "unknown":
            return f"unknown setting {self.setting!r} ignored"
        return f"{self.setting} = {self.value!r}: {self.reason}; the default is used"

    def __str__(self) -> str:
        return self.message


@dataclass
class LoadedSettings:
    settings: Settings
    issues: list[SettingsProblem] = field(default_factory=list)
    """What was wrong with the file."""

    @property
    def problems(self) -> list[str]:
        """The issues as one line each, for a notification."""
        return [issue.message for issue in self.issues]


def settings_path() -> Path:
    return config_dir() / "settings.toml"


def style_name(style: CitationStyle) -> str:
    """How the user is told of `style`: "APA", or a CSL style as named ("CSL ieee")."""
    return STYLE_NAMES.get(style) or f"CSL {style}"


def cycle_csl_style(settings: Settings) -> str | None:
    """The CSL style `c` offers after the five: the one in use, else the one kept."""
    if settings.citation_style not in STYLE_NAMES:
        return settings.citation_style
    return settings.csl_style if settings.csl_style not in STYLE_NAMES else None


def next_style(style: CitationStyle, csl_style: str | None = None) -> CitationStyle:
    """The style after `style`, in the order of `STYLE_NAMES` then `csl_style`, wrapping
    around."""
    styles = [*STYLE_NAMES, *([csl_style] if csl_style else [])]
    index = styles.index(style) if style in styles else -1
    return styles[(index + 1) % len(styles)]


def load_settings(path: Path | None = None) -> LoadedSettings:
    path = path or settings_path()
    try:
        data = _read(path).unwrap()
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except (OSError, UnicodeDecodeError, TOMLKitError) as error:
        reason = f"{path} could not be read ({_one_line(error)}); defaults used"
        return LoadedSettings(Settings(), [SettingsProblem("unreadable", reason)])
    return _validated(data)


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())


def _read(path: Path) -> TOMLDocument:
    return tomlkit.parse(path.read_text(encoding="utf-8"))


def _validated(data: dict[str, object]) -> LoadedSettings:
    """Each known setting checked on its own, so one bad value does not cost the others."""
    known = Settings.model_fields
    issues = [SettingsProblem("unknown", "", key) for key in data if key not in known]
    valid: dict[str, object] = {}
    for key in known.keys() & data.keys():
        try:
            Settings.model_validate({key: data[key]})
        except ValidationError as error:
            reason = _reason(error)
            issues.append(SettingsProblem("invalid", reason, key, data[key]))
        else:
            valid[key] = data[key]
    return LoadedSettings(Settings.model_validate(valid), issues)


def _reason(error: ValidationError) -> str:
    """The first error's message, without pydantic's "Value error, " before a validator's own."""
    return _one_line(Exception(error.errors()[0]["msg"].removeprefix("Value error, ")))


def default_case_path(loaded: LoadedSettings, path: Path | None = None) -> Path | None:
    """The `default_case` setting of `loaded` (read from `path`) as a path: `~` expanded, a
    relative path taken from the settings file's folder. None when it is not set.

    Raises SettingsError when the value is wrong: quietly using another case would put the
    user's work in the wrong file."""
    path = path or settings_path()
    wrong = [issue for issue in loaded.issues if issue.setting == "default_case"]
    if wrong:
        raise SettingsError(f"{path}: {wrong[0].message}")
    value = loaded.settings.default_case
    if value is None:
        return None
    case = Path(value).expanduser()
    return case if case.is_absolute() else path.parent / case


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write every setting of `settings` into the file in place: a value that differs from
    the file's is replaced, None removes the key. Raises OSError."""
    _edit(path or settings_path(), settings.model_dump())


def save_setting(name: str, value: str | None, path: Path | None = None) -> None:
    """Set one setting in the file in place (None removes it), leaving the rest of the file as
    the user wrote it. Raises OSError, or ValueError for a name or value Settings refuses."""
    if name not in Settings.model_fields:
        raise ValueError(f"no setting named {name!r}")
    try:
        Settings.model_validate({name: value})
    except ValidationError as error:
        raise ValueError(f"{name} = {value!r}: {_reason(error)}") from error
    _edit(path or settings_path(), {name: value})


def _edit(path: Path, changes: dict[str, Any]) -> None:
    """Apply `changes` to the TOML file at `path`, atomically: a crash never leaves half a
    file. A file that cannot be read as TOML is kept beside the new one as `.bak`."""
    try:
        document = _read(path)
    except FileNotFoundError:
        document = tomlkit.document()
        document.add(tomlkit.comment("casebrowser settings"))
    except (UnicodeDecodeError, TOMLKitError):
        path.with_name(f"{path.name}.bak").write_bytes(path.read_bytes())
        document = tomlkit.document()
    for key, value in changes.items():
        if value is None:  # TOML has no null: a setting left out takes its default
            document.pop(key, None)
        elif document.get(key) != value:
            document[key] = value
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(tomlkit.dumps(document), encoding="utf-8")
    os.replace(partial, path)
