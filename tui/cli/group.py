"""A click group whose commands load only when they run, and that runs a default command when
the first argument is not a command's name.

sqlite-utils and posting get a default command from click-default-group; this group also
loads each command's module lazily (ingest workers import the main script, so the command
line must stay cheap to import) and says so when a bare command name is also a file here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from importlib import import_module
from pathlib import Path
from typing import Any

import click


class _DefaultContext(click.Context):
    @property
    def command_path(self) -> str:
        # The default command's name is empty: `casebrowser [OPTIONS]`, not `casebrowser  [...`.
        return super().command_path.strip()


class DefaultCommand(click.Command):
    """The command a `DefaultGroup` runs when no command is named; its name is ""."""

    context_class = _DefaultContext


class DefaultGroup(click.Group):
    """`lazy_commands` maps each name to `"module:attribute"`, imported on first use; anything
    else in the first place (a path, `./docs`, `docs/`, nothing at all) goes to the command
    `default()` returns, given every argument."""

    def __init__(
        self,
        *args: Any,
        lazy_commands: Mapping[str, str],
        default: Callable[[], click.Command],
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("invoke_without_command", True)
        super().__init__(*args, **kwargs)
        self.lazy_commands = dict(lazy_commands)
        self._default = default

    @property
    def default_command(self) -> click.Command:
        return self._default()

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.lazy_commands)  # the order they were registered in, not sorted

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = self.lazy_commands.get(cmd_name)
        if target is None:
            return None
        module, attribute = target.split(":")
        command = getattr(import_module(module), attribute)
        if not isinstance(command, click.Command):
            raise TypeError(f"{target} is not a click command")
        return command

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0]
        command = self.get_command(ctx, name)
        if command is None:
            return "", self.default_command, args
        if Path(name).exists():
            # The command wins: a script's `casebrowser docs --json` must not change with the
            # folder it runs in. A path is a path once it has a slash: `./docs`, `docs/`.
            print(
                f"casebrowser: running the {name} command; for the path {name}, type ./{name}",
                file=sys.stderr,
            )
        return name, command, args[1:]

    def invoke(self, ctx: click.Context) -> object:
        result = super().invoke(ctx)
        if ctx.invoked_subcommand is not None:
            return result
        # Nothing after the group's options (`casebrowser`, `casebrowser --case x.db`): the
        # default command runs with no arguments of its own, as `casebrowser PATH` would.
        command = self.default_command
        with command.make_context("", [], parent=ctx) as default_ctx:
            return command.invoke(default_ctx)
