"""What every command shares: the `--case` option and its default, opening the case, errors."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import click

from store.publish.cite import CITATION_STYLES, check_style
from store.safe_text import one_line
from tui import locations
from tui.settings import SettingsError, default_case_path, load_settings, settings_path

if TYPE_CHECKING:
    from store.case import Case

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
F = TypeVar("F", bound=Callable[..., object])


class UsageError(Exception):
    """A command given something it cannot act on; exit status 2."""


def case_option(function: F) -> F:
    """`--case FILE`, given after the command or before it (`casebrowser --case x.db quotes`):
    the command's own wins, else the group's."""
    default = f"default_case in settings.toml, else {locations.default_case_path()}"
    return case_option_defaulting_to(default)(function)


def case_option_defaulting_to(default: str) -> Callable[[F], F]:
    """`--case FILE` for a command whose case, when none is given, is `default`."""
    return click.option(
        "--case",
        type=click.Path(path_type=Path),
        default=None,
        metavar="FILE",
        callback=_inherit_case,
        help=f"the case file (default: {default})",
    )


def _inherit_case(ctx: click.Context, _param: click.Parameter, value: Path | None) -> Path | None:
    if value is not None:
        return value
    return ctx.find_root().params.get("case")


class CitationStyleParam(click.ParamType):
    """A built-in citation style, or a CSL style's name or .csl file: checked (and a file read)
    before the command runs, so a wrong one is a usage error (exit 2) naming it."""

    name = "style"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> str:
        style = str(value)
        try:
            check_style(style)
        except ValueError as error:
            self.fail(one_line(str(error)), param, ctx)
        return style


style_option = click.option(
    "--style",
    type=CitationStyleParam(),
    default="default",
    metavar="STYLE",
    help=f"citation style: {', '.join(CITATION_STYLES)}, a CSL style's name (ieee, nature, ...)"
    " or a .csl file",
)

json_option = click.option("--json", "as_json", is_flag=True, help="print JSON instead of text")


def configured_case() -> Path | None:
    """The `default_case` of settings.toml, or None. A settings file that cannot be read is
    reported on stderr and left out; a wrong `default_case` is a usage error."""
    path = settings_path()
    loaded = load_settings(path)
    for problem in loaded.problems:
        if "could not be read" in problem:
            print(f"casebrowser: {one_line(problem)}", file=sys.stderr)
    try:
        return default_case_path(loaded, path)
    except SettingsError as error:
        raise UsageError(str(error)) from error


def case_path(given: Path | None) -> Path:
    """The case a command works on: `--case`, else the settings' default, else the data
    folder's `case.db`."""
    if given is not None:
        return given
    return configured_case() or locations.default_case_path()


def open_case(path: Path | None, *, readonly: bool = False, creates: bool = False) -> Case:
    """The case named by `--case` (or its default). Only a command that `creates` cases makes
    a missing one: elsewhere a mistyped name would silently start an empty case."""
    configured = configured_case() if path is None else None
    chosen = path or configured or locations.default_case_path()
    if not creates and not chosen.exists():
        where = f" (default_case in {settings_path()})" if configured else ""
        raise UsageError(f"{chosen}: no such case file{where}; make one with `casebrowser ingest`")
    from store.case import Case  # the case's code loads with the command that opens one
    from tui.launch import upgrade_case

    if readonly:
        # A case an older casebrowser made is backed up and upgraded, as the app does, so a
        # script's first `docs --json` after an upgrade of casebrowser reads it.
        upgrade_case(chosen)
    return Case(chosen, readonly=readonly)
