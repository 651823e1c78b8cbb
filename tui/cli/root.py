"""The `casebrowser` command's root: the app by default, subcommands that print text or JSON.

Each group of commands lives in its own module of this package (`ingest`, `read`, `sources`,
`findings`), registering its parsers; this one dispatches and turns errors into exit codes.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from store.safe_text import one_line
from tui.cli.common import EXIT_OK, EXIT_USAGE, UsageError, case_option, open_case

__all__ = ["EXIT_OK", "EXIT_USAGE", "UsageError", "main", "open_case"]


def package_version() -> str:
    try:
        return version("casebrowser")
    except PackageNotFoundError:
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casebrowser",
        description="Read, search and cite a case file of news articles. With no command, opens"
        " the app: on the default case (default_case in settings.toml, else the sample case),"
        " on CASE.db, or on FOLDER (ingested into FOLDER.case.db).",
    )
    parser.add_argument("--version", action="version", version=f"casebrowser {package_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in COMMANDS.values():
        register(commands)
    return parser


def build_app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casebrowser",
        description="Open the casebrowser app. Commands: "
        + ", ".join(COMMAND_NAMES)
        + " (see casebrowser COMMAND --help).",
    )
    parser.add_argument("--version", action="version", version=f"casebrowser {package_version()}")
    parser.add_argument(
        "target",
        nargs="?",
        type=Path,
        metavar="CASE_OR_FOLDER",
        help="a case file to open, or a folder of articles to ingest and open"
        " (default: default_case in settings.toml, else the bundled sample case)",
    )
    return parser


# ---- screenshots -------------------------------------------------------------------------------


def _register_screenshots(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "screenshots",
        help="save a picture of each pane",
        description="Drive the app headless and save an SVG of each pane (and a PNG where"
        " rsvg-convert is installed), on the sample case unless --case names another.",
    )
    parser.add_argument(
        "--out", type=Path, default=Path("screenshots"), metavar="DIR", help="default: screenshots/"
    )
    parser.add_argument("--case", type=Path, default=None, metavar="FILE")
    parser.set_defaults(handler=run_screenshots)


def run_screenshots(args: argparse.Namespace) -> int:
    from tui.launch import ensure_sample_case
    from tui.screenshots import save_screenshots

    # The README's pictures are of the sample case: the default_case setting does not apply.
    case_path = args.case if args.case is not None else ensure_sample_case()
    if not case_path.exists():
        raise UsageError(f"{case_path}: no such case file")
    for path in save_screenshots(args.out, case_path):
        print(path)
    return EXIT_OK


# ---- running -----------------------------------------------------------------------------------


Register = Callable[[argparse._SubParsersAction], None]


def _command(module: str, register: str, *options: object) -> Register:
    """A command whose module loads only when the parser is built. This module is imported by
    every ingest worker process (multiprocessing's spawn runs the main script's imports), so
    it must not bring the case's code and the commands' libraries with it."""

    def register_command(commands: argparse._SubParsersAction) -> None:
        getattr(import_module(f"tui.cli.{module}"), register)(commands, *options)

    return register_command


COMMANDS: dict[str, Register] = {
    "ingest": _command("ingest", "register_ingest"),
    "docs": _command("read", "register_docs"),
    "show": _command("read", "register_show"),
    "quotes": _command("read", "register_quotes"),
    "speakers": _command("read", "register_speakers"),
    "timeline": _command("read", "register_timeline"),
    "add": _command("sources", "register_add", case_option),
    "import": _command("sources", "register_import", case_option),
    "export": _command("findings", "register_export"),
    "annotate": _command("findings", "register_annotate"),
    "screenshots": _register_screenshots,
}
COMMAND_NAMES = list(COMMANDS)


def run_app(argv: Sequence[str]) -> int:
    args = build_app_parser().parse_args(argv)
    from tui.launch import launch  # the app's imports are only paid for when it runs

    return launch(args.target)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    first = next((arg for arg in argv if not arg.startswith("-")), None)
    if first not in COMMAND_NAMES and not {"-h", "--help"} & set(argv[:1]):
        return _run(lambda: run_app(argv))
    args = build_parser().parse_args(argv)
    if args.command is None:
        return _run(lambda: run_app([]))
    return _run(lambda: args.handler(args))


def _run(action: Callable[[], int]) -> int:
    from store.case import CaseDamaged, CaseError

    try:
        return action()
    except (UsageError, CaseError) as error:
        print(f"casebrowser: {one_line(str(error))}", file=sys.stderr)
        return EXIT_USAGE
    except CaseDamaged as error:
        print(f"casebrowser: the case file is damaged ({error})", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("casebrowser: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
