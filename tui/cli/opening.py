"""The commands that run the app: the default one (`casebrowser [CASE_OR_FOLDER]`) and
`screenshots`."""

from __future__ import annotations

from pathlib import Path

import click

from tui.cli.common import EXIT_OK, UsageError, case_option, case_option_defaulting_to
from tui.cli.group import DefaultCommand


@click.command(
    "",
    cls=DefaultCommand,
    help="Open the casebrowser app: on CASE_OR_FOLDER or --case FILE, else on the default case"
    " (default_case in settings.toml, else the bundled sample case). A folder is ingested into"
    " FOLDER.case.db.",
)
@click.argument(
    "target", required=False, type=click.Path(path_type=Path), metavar="[CASE_OR_FOLDER]"
)
@case_option
def open_command(target: Path | None, case: Path | None) -> int:
    if target is not None and case is not None and target != case:
        raise UsageError(f"open {target} or --case {case}, not both")
    chosen = target or case
    if chosen is not None and not chosen.exists() and _looks_like_a_command(chosen):
        from tui.cli.root import COMMAND_NAMES

        raise UsageError(
            f"{chosen} is neither a command nor a case file or folder"
            f" (commands: {', '.join(COMMAND_NAMES)})"
        )
    from tui.launch import launch  # the app's imports are only paid for when it runs

    return launch(chosen)


def _looks_like_a_command(path: Path) -> bool:
    """A bare word (`qoutes`), not a path (`x.db`, `cases/x`): a mistyped command, most likely."""
    text = str(path)
    return "/" not in text and "." not in text


@click.command(
    "screenshots",
    short_help="save a picture of each pane",
    help="Drive the app headless and save an SVG of each pane (and a PNG where rsvg-convert is"
    " installed), on the sample case unless --case names another.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=Path("screenshots"),
    metavar="DIR",
    help="default: screenshots/",
)
@case_option_defaulting_to("the bundled sample case")
def screenshots_command(out: Path, case: Path | None) -> int:
    from tui.launch import ensure_sample_case
    from tui.screenshots import save_screenshots

    # The README's pictures are of the sample case: the default_case setting does not apply.
    case_path = case if case is not None else ensure_sample_case()
    if not case_path.exists():
        raise UsageError(f"{case_path}: no such case file")
    for path in save_screenshots(out, case_path):
        print(path)
    return EXIT_OK
