"""The `casebrowser` command: the app by default, and subcommands that print text or JSON."""

from tui.cli.root import COMMAND_NAMES, main

__all__ = ["COMMAND_NAMES", "main"]
