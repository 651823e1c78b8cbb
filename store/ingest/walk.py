"""Finding the files under the paths a user names, each folder once even through link loops."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Rejected:
    """A file that was not taken, and why, as one line of output.

    `path` is a string where the input is no file: a URL, or `file:line` of an imported record.
    """

    path: Path | str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def walk_inputs(paths: Iterable[Path]) -> Iterator[Path | Rejected]:
    """Every file under the given paths, recursively, hidden ones left out."""
    seen_dirs: set[str] = set()
    for path in paths:
        path = Path(path).absolute()
        if path.is_dir():
            yield from _walk_folder(path, seen_dirs)
        elif path.is_file():
            yield path
        elif path.is_symlink():
            yield Rejected(path, "broken or looping symbolic link")
        else:
            yield Rejected(path, "no such file or folder")


def _walk_folder(root: Path, seen_dirs: set[str]) -> Iterator[Path | Rejected]:
    errors: list[OSError] = []
    for folder, dirnames, filenames in os.walk(root, followlinks=True, onerror=errors.append):
        real = os.path.realpath(folder)
        if real in seen_dirs:
            dirnames.clear()
            continue
        seen_dirs.add(real)
        dirnames[:] = sorted(
            name
            for name in dirnames
            if not name.startswith(".") and not _is_saved_page_parts(name, filenames)
        )
        for name in sorted(filenames):
            if name.startswith(".") or name == "__init__.py":
                continue
            file_path = Path(folder, name)
            if file_path.is_file():
                yield file_path
            elif file_path.is_symlink():
                yield Rejected(file_path, "broken or looping symbolic link")
    for error in errors:
        yield Rejected(Path(error.filename or root), error.strerror or str(error))


def _is_saved_page_parts(dirname: str, filenames: list[str]) -> bool:
    """A browser's "Save page as" folder ("Story_files" beside "Story.html"): the page's
    stylesheets, scripts, images and embedded frames, none of them an article of its own."""
    stem = dirname.removesuffix("_files")
    return stem != dirname and any(f"{stem}{suffix}" in filenames for suffix in (".html", ".htm"))
