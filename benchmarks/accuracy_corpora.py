"""Where each corpus lives under --data, which version it is, and the guard on held-out splits.

The test splits of these corpora and the TempEval-3 evaluation ("platinum") set accept the
extraction issues: the loaders refuse them, so no development run can open, score or tune on them.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

# Any path part that names held-out data. Matched on whole path parts, lower-cased.
HELD_OUT_PARTS = {"test", "tests", "testing", "platinum", "te3-platinum", "evaluation", "eval"}
HELD_OUT_WORDS = ("test", "platinum")


class HeldOutError(Exception):
    """A run asked for a held-out split: refused, never read."""


def refuse_held_out(split: str, path: Path | None = None) -> None:
    """Raise HeldOutError when `split` or any part of `path` (relative to its corpus's folder,
    so the user's own folder names never matter) names held-out data."""
    if any(word in split.lower() for word in HELD_OUT_WORDS):
        raise HeldOutError(f"split {split!r} is held out: only train and dev splits are scored")
    if path is None:
        return
    parts = {part.lower() for part in path.parts}
    if parts & HELD_OUT_PARTS or any(w in p for p in parts for w in HELD_OUT_WORDS):
        raise HeldOutError(f"{path}: a held-out folder (test/evaluation data is never read)")


@dataclass(frozen=True)
class Corpus:
    """A fetched corpus: its folder under --data, the repository it comes from, its version."""

    key: str
    folder: str
    repository: str

    def root(self, data: Path) -> Path:
        return data / self.folder

    def version(self, data: Path) -> str:
        """The commit the folder is checked out at, or "unknown" for a copy without git."""
        try:
            done = subprocess.run(
                ["git", "-C", str(self.root(data)), "rev-parse", "--short=12", "HEAD"],
                capture_output=True,
                text=True,
                check=True,
            )
        except (OSError, subprocess.CalledProcessError):
            return "unknown"
        return done.stdout.strip() or "unknown"


WCXB = Corpus("cleaning", "wcxb", "Murrough-Foley/web-content-extraction-benchmark")
POLNEAR = Corpus("quotes", "polnear", "networkdynamics/PolNeAR")
TEMPEVAL = Corpus("dates", "structtemprel", "qiangning/StructTempRel-EMNLP17")
CORPORA = (WCXB, POLNEAR, TEMPEVAL)
