"""The `casebrowser` command's root: the app by default, subcommands that print text or JSON.

Each group of commands lives in its own module of this package (`ingest`, `read`, `sources`,
`findings`, `opening`), loaded only when one of its commands runs: ingest worker processes
import the main script (multiprocessing's spawn), so this module must not bring the case's
code and the commands' libraries with it. A new command is a click command in a module here
and one line in `COMMANDS`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import click

from tui.cli.group import DefaultGroup

EXIT_OK, EXIT_USAGE, EXIT_INTERRUPTED = 0, 2, 130

# name -> "module:command", in the order --help lists them.
COMMANDS: dict[str, str] = {
    "ingest": "tui.cli.ingest:ingest_command",
    "docs": "tui.cli.read:docs_command",
    "show": "tui.cli.read:show_command",
    "quotes": "tui.cli.read:quotes_command",
    "speakers": "tui.cli.read:speakers_command",
    "timeline": "tui.cli.read:timeline_command",
    "add": "tui.cli.sources:add_command",
    "import": "tui.cli.sources:import_command",
    "export": "tui.cli.findings:export_command",
    "annotate": "tui.cli.findings:annotate_command",
    "reextract": "tui.cli.reextract:reextract_command",
    "screenshots": "tui.cli.opening:screenshots_command",
}
COMMAND_NAMES = list(COMMANDS)


def package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("casebrowser")
    except PackageNotFoundError:
        return "unknown"


def _open_command() -> click.Command:
    from tui.cli.opening import open_command

    return open_command


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        print(f"casebrowser {package_version()}")
        ctx.exit()


@click.group(
    cls=DefaultGroup,
    lazy_commands=COMMANDS,
    default=_open_command,
    name="casebrowser",
    subcommand_metavar="[CASE_OR_FOLDER] | COMMAND [ARGS]...",
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog="Anything but a command's name opens the app on it: a case file, or a folder of"
    " articles (ingested into FOLDER.case.db). A command's name that is also a file or folder"
    " here runs the command: type ./docs or docs/ for the folder. See casebrowser COMMAND"
    " --help.",
)
@click.option(
    "--case",
    type=click.Path(path_type=Path),
    metavar="FILE",
    help="the case file of the app or of any command (also accepted after the command)",
)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the version and exit.",
)
def cli(case: Path | None) -> None:
    """Read, search and cite a case file of news articles. With no command, opens the app: on
    the default case (default_case in settings.toml, else the sample case), on CASE.db, or on
    FOLDER (ingested into FOLDER.case.db)."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line on `argv` (default: the process's arguments); returns the exit
    status: 0 done, 1 some files or records not taken, 2 usage errors."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        with cli.make_context("casebrowser", args) as ctx:
            result = cli.invoke(ctx)
    except click.exceptions.Exit as done:  # --help, --version
        return done.exit_code
    except click.ClickException as error:
        error.show()
        return error.exit_code
    except (click.Abort, KeyboardInterrupt):
        print("casebrowser: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:
        code = _known_error(error)
        if code is None:
            raise
        return code
    return result if isinstance(result, int) else EXIT_OK


def _known_error(error: Exception) -> int | None:
    """A one-line message and exit status 2 for what a user can cause and fix; None for a
    bug, which keeps its traceback."""
    # The case's code loads only here and in the commands: not on every import of the CLI.
    from store.case import CaseDamaged, CaseError
    from store.safe_text import one_line
    from tui.cli.common import UsageError

    if isinstance(error, UsageError | CaseError):
        print(f"casebrowser: {one_line(str(error))}", file=sys.stderr)
        return EXIT_USAGE
    if isinstance(error, CaseDamaged):
        print(f"casebrowser: the case file is damaged ({error})", file=sys.stderr)
        return EXIT_USAGE
    return None
