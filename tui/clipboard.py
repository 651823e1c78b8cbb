"""Copying text where the user can paste it: the terminal's clipboard and the system's.

The app always sends OSC 52 (`App.copy_to_clipboard`), which most terminals honour, but tmux
drops it under its default `set-clipboard external` and some terminals ignore it. So the text
also goes through the system's own tool where one can work here: tmux's buffer inside tmux
(`-w` forwards it to the outer terminal's clipboard too), else wl-copy on Wayland, xclip or
xsel under X, pbcopy on macOS. Those tools run in a thread: they may block on a display.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass

from textual.message import Message

from store.safe_text import make_visible

TOOL_TIMEOUT = 3.0  # seconds
TERMINAL = "terminal (OSC 52)"


@dataclass(frozen=True)
class ClipboardTool:
    name: str
    """As the user is told: "copied via <name>"."""
    command: tuple[str, ...]
    """Reads the text on its standard input."""


def clipboard_tools(
    env: Mapping[str, str] = os.environ, platform: str = sys.platform
) -> list[ClipboardTool]:
    """The system clipboard tools that can work here, best first."""
    candidates: list[ClipboardTool] = []
    if env.get("TMUX"):
        candidates.append(ClipboardTool("tmux buffer", ("tmux", "load-buffer", "-w", "-")))
    if env.get("WAYLAND_DISPLAY"):
        candidates.append(ClipboardTool("wl-copy", ("wl-copy",)))
    if env.get("DISPLAY"):
        candidates.append(ClipboardTool("xclip", ("xclip", "-selection", "clipboard")))
        candidates.append(ClipboardTool("xsel", ("xsel", "--clipboard", "--input")))
    if platform == "darwin":
        candidates.append(ClipboardTool("pbcopy", ("pbcopy",)))
    return [tool for tool in candidates if shutil.which(tool.command[0])]


def copy_with_tool(text: str, tools: list[ClipboardTool]) -> str | None:
    """Give `text` to the first tool that takes it; its name, or None when none did."""
    for tool in tools:
        try:
            # No pipe on stdout or stderr: xclip and wl-copy leave a child holding the
            # selection, and reading its output would wait for that child to exit.
            subprocess.run(
                tool.command,
                input=text.encode(),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=TOOL_TIMEOUT,
                check=True,
            )
        except (OSError, subprocess.SubprocessError):
            continue
        return tool.name
    return None


def clipboard_safe(text: str) -> str:
    """`text` with control characters made visible: pasted into a terminal, an escape sequence
    from a document must not act."""
    return make_visible(text)


@dataclass
class Copied(Message):
    """Text went to the clipboard; `tool` names the system tool that also took it, if any."""

    what: str
    """What was copied, as the user is told: the first words and the style."""
    tool: str | None

    @property
    def report(self) -> str:
        paths = f"{self.tool} and {TERMINAL}" if self.tool else TERMINAL
        return f"Copied {self.what} via {paths}"
