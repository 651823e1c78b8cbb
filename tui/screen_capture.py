"""The palette's "Screenshot": an SVG picture of the screen, saved where the app's exports go
(the current folder) and named as they are, rather than in a Downloads folder that may not
exist."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual.app import App, SystemCommand
from textual.screen import Screen

from store.safe_text import one_line
from tui.exporting import case_title, write_new_file

SCREENSHOT_HELP = "Save an SVG picture of the screen in the current folder, where exports go"
ATTEMPTS = 3  # names tried when another process takes a free name first


def screenshot_path(folder: Path, case_path: Path) -> Path:
    """`<case>-screenshot.svg` in `folder`, numbered (`-2`, `-3`…) past files already there."""
    stem = f"{case_title(case_path)}-screenshot"
    path, number = folder / f"{stem}.svg", 1
    while path.exists():
        number += 1
        path = folder / f"{stem}-{number}.svg"
    return path


def current_folder() -> Path:
    """The folder exports go to; OSError saying so when it has been removed."""
    try:
        return Path.cwd()
    except FileNotFoundError as error:
        raise OSError("the current folder no longer exists") from error


def save_screenshot(svg: str, case_path: Path, folder: Path | None = None) -> Path:
    """Write `svg` to a new file in `folder` (the current folder) and return its path; never
    replaces a file. Raises OSError with a one-line reason."""
    folder = current_folder() if folder is None else folder
    for _ in range(ATTEMPTS):
        path = screenshot_path(folder, case_path)
        try:
            write_new_file(path, svg)
        except FileExistsError:
            continue
        return path
    raise OSError(f"no free name for a screenshot in {folder}")


class ScreenshotApp(App[None]):
    """An app whose palette "Screenshot" saves with `save_screenshot` and says where, or why
    not."""

    case_path: Path

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        for command in super().get_system_commands(screen):
            if command.title == "Screenshot":  # Textual's saves in ~/Downloads, or fails
                command = SystemCommand(command.title, SCREENSHOT_HELP, self.action_screenshot)
            yield command

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        # Once the palette that asked for it is off the screen, so that it is not in the picture.
        self.call_after_refresh(self._save_screenshot)

    def _save_screenshot(self) -> None:
        try:
            saved = save_screenshot(self.export_screenshot(), self.case_path)
        except OSError as error:
            reason = one_line(f"Not saved: {error}")
            self.notify(reason, title="Screenshot", severity="error", markup=False)
            return
        self.notify(f"Saved to {one_line(str(saved))}", title="Screenshot", markup=False)
