"""Document text made safe to show: control characters become visible instead of acting."""

from __future__ import annotations

import re

# C0 and C1 controls (tab and newline stay), DEL, and the bidirectional overrides and isolates
# that can reorder what a reader sees.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␛ for ESC, ␀ for NUL
    if code == 0x7F:
        return "\u2421"
    return f"<U+{code:04X}>"


def make_visible(text: str) -> str:
    """`text` with every control or direction-override character replaced by a visible stand-in."""
    return _UNSAFE.sub(_visible, text)


def one_line(text: str) -> str:
    """`make_visible`, with tabs and line breaks folded to spaces, for lists and notifications."""
    return " ".join(make_visible(text).split())


def json_safe(encoded: str) -> str:
    """JSON text with characters a terminal could act on escaped as \\uXXXX (still valid JSON)."""
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", encoded)
