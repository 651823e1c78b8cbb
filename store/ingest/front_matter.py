"""Splitting a file's front matter from its body, and reading it even when it is not YAML.

Crawlers write front matter that looks like YAML and often is not: `title: Fact Check: Is the
moon made of cheese?` is malformed YAML (a second `: `), and so are unbalanced quotes, tabs and
stray indentation. PyYAML (through python-frontmatter) reads the front matter first; when it
refuses, a lenient reading takes one `key: value` a line, the value being everything after the
first `: `. What neither can read is named in `FrontMatter.unreadable`, never a reason to lose
the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import frontmatter
import yaml

# libyaml's parser when PyYAML was built with it: a tenth of the pure-Python parser's time.
# The type checker sees the pure-Python one, which has the same interface.
if TYPE_CHECKING:
    _SafeLoader = yaml.SafeLoader
else:
    _SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _TextLoader(_SafeLoader):
    """SafeLoader that leaves plain scalars as the text written: "No" stays a title, not False;
    "1.10" keeps its zero; a date stays a string, so an impossible one is our error, not YAML's.
    Only `null` (and `~`, or nothing) keeps its meaning."""


_KEPT_TAGS = {"tag:yaml.org,2002:null", "tag:yaml.org,2002:merge"}
_TextLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag in _KEPT_TAGS]
    for first, resolvers in _SafeLoader.yaml_implicit_resolvers.items()
}


class _FrontMatterHandler(frontmatter.YAMLHandler):
    def load(self, fm: str, **kwargs: object) -> Any:
        return yaml.load(fm, Loader=_TextLoader)


_HANDLER = _FrontMatterHandler()
# A key line: a name, a colon, then a space or tab (or nothing); the value keeps later colons.
_KEY_LINE = re.compile(
    r"(?P<indent>[ \t]*)(?P<key>[^\s:#\-\"'][^:]{0,60}?)[ \t]*:(?:[ \t]+(?P<value>.*))?"
)
_LIST_ITEM = re.compile(r"[ \t]*-(?:[ \t]+(?P<value>.*))?")
_BLOCK_START = re.compile(r"[|>][+-]?\d?")
# A key line whose plain value YAML reads otherwise than a crawler meant: " #" starts a comment
# ("We're #1" is "We're"), "#" a comment from the start, "{...}" a mapping, "&x" an anchor,
# "!x" a tag.
_SURPRISE_LINE = re.compile(r"^(?P<key>[^\s:#][^:]*?)[ \t]*:[ \t]+(?:[{&!#]|[^\"'].*[ \t]#)", re.M)


@dataclass
class FrontMatter:
    """The fields a front matter gave, the body after it, and what could not be read."""

    fields: dict[str, Any]
    body: str
    unreadable: list[str] = field(default_factory=list)


def web_address_problem(value: str) -> str | None:
    """Why `value` cannot be a document's URL (an http or https address with a host, no
    spaces), or None when it can: a front matter's `url: [broken` or `url: see above` would
    otherwise be linked, cited and taken for the site's name."""
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 -- reading it validates it
    except ValueError:
        return "not a web address"
    if parts.scheme.lower() not in {"http", "https"}:
        return "not an http or https address"
    if not parts.hostname or any(char.isspace() for char in value):
        return "not a web address"
    return None


def has_front_matter(text: str) -> bool:
    return _HANDLER.detect(text)


def split_front_matter(text: str, *, as_written: frozenset[str] = frozenset()) -> FrontMatter:
    """Fields and body of `text`, which opens with `---`; YAML first, then line by line.

    `as_written` names text fields (a title) whose plain values are taken as written where
    YAML reads them otherwise: "We're #1" cut at a comment, "#1 hit" as nothing, "{Video}" as
    a mapping.
    """
    try:
        front, body = _HANDLER.split(text)
    except ValueError:
        return _unclosed(text)
    try:
        fields = _HANDLER.load(front)
    except yaml.YAMLError:
        fields = None
    if isinstance(fields, dict):
        surprising = {m["key"] for m in _SURPRISE_LINE.finditer(front)} if as_written else ()
        keys = [key for key in surprising if key.lower() in as_written]
        if keys:
            lenient = read_leniently(front)[0]
            fields |= {key: lenient[key] for key in keys if isinstance(lenient.get(key), str)}
        return FrontMatter(fields, body)
    if fields is None and not front.strip():
        return FrontMatter({}, body)
    lenient, unreadable = read_leniently(front, first_line=_first_line(text))
    return FrontMatter(lenient, body, unreadable)


def _first_line(text: str) -> int:
    """The file's line number where the front matter's text starts: python-frontmatter's
    boundary takes the blank lines after the opening `---` but the last, which starts it."""
    opening = _HANDLER.FM_BOUNDARY.match(text)
    return text.count("\n", 0, opening.end()) + 1 if opening else 1


def _unclosed(text: str) -> FrontMatter:
    """Front matter opened by `---` and never closed: its leading `key: value` lines, up to the
    first line that is not one, are the front matter; the rest is the body."""
    lines = text.splitlines(keepends=True)[1:]
    taken = 0
    for line in lines:
        if not _KEY_LINE.fullmatch(line.rstrip("\r\n")):
            break
        taken += 1
    if not taken:  # no field follows: the --- is the article's own horizontal rule
        return FrontMatter({}, text)
    fields, _ = read_leniently("".join(lines[:taken]), first_line=2)
    return FrontMatter(fields, "".join(lines[taken:]), ["no closing ---"])


def read_leniently(front: str, *, first_line: int = 1) -> tuple[dict[str, Any], list[str]]:
    """`key: value` lines read one by one, with "- item" lists, indented continuations and
    `|`/`>` blocks; returns the fields and the lines that are none of these ("line 4").

    `first_line` is the file's line number of the first line of `front`.
    """
    reader = _LenientReader()
    for number, line in enumerate(front.splitlines(), start=first_line):
        reader.feed(line.rstrip("\r"), number)
    return reader.finish()


class _LenientReader:
    """Reads one line at a time, remembering the key the next lines may continue."""

    def __init__(self) -> None:
        self.fields: dict[str, Any] = {}
        self.unreadable: list[str] = []
        self.key: str | None = None  # the key lines may still add to
        self.block: list[str] | None = None  # lines of a `|` or `>` value

    def feed(self, line: str, number: int) -> None:
        stripped = line.strip()
        indented = line[:1] in (" ", "\t")
        if self.block is not None and (indented or not stripped):
            self.block.append(stripped)
            return
        self._end_block()
        if not stripped or stripped.startswith("#"):
            return
        item = _LIST_ITEM.fullmatch(line)
        if item and self.key is not None and self._add_item(item.group("value")):
            return
        key_line = _KEY_LINE.fullmatch(line)
        if key_line and indented and self._nest(key_line):
            return
        if key_line:
            self._set(key_line.group("key").strip(), key_line.group("value") or "")
        elif indented and self._continue(stripped):
            return
        else:
            self.key = None
            self.unreadable.append(f"line {number} {_shown(stripped)}")

    def _set(self, key: str, raw: str) -> None:
        self.key = key
        if _BLOCK_START.fullmatch(raw.strip()):
            self.block = []
            return
        self.fields[key] = scalar(raw)

    def _nest(self, key_line: re.Match[str]) -> bool:
        """Add an indented `key: value` line to the key above when that key has no value yet
        (a nested mapping); under a key with a value it is a misindented key of its own."""
        if self.key is None:
            return False
        parent = self.fields.get(self.key)
        if parent is None or isinstance(parent, dict):
            nested = parent if isinstance(parent, dict) else {}
            nested[key_line.group("key").strip()] = scalar(key_line.group("value") or "")
            self.fields[self.key] = nested
            return True
        return False

    def _add_item(self, raw: str | None) -> bool:
        assert self.key is not None
        current = self.fields.get(self.key)
        if current is not None and not isinstance(current, list):
            return False
        items = current if isinstance(current, list) else []
        value = scalar(raw or "")
        if value not in (None, ""):
            items.append(value)
        self.fields[self.key] = items
        return True

    def _continue(self, text: str) -> bool:
        """A plain value folded onto the next, indented line."""
        value = self.fields.get(self.key) if self.key is not None else None
        if self.key is None or not isinstance(value, str | None):
            return False
        self.fields[self.key] = f"{value} {text}" if value else text
        return True

    def _end_block(self) -> None:
        if self.block is not None and self.key is not None:
            self.fields[self.key] = "\n".join(self.block).strip()
        self.block = None

    def finish(self) -> tuple[dict[str, Any], list[str]]:
        self._end_block()
        return self.fields, self.unreadable


def scalar(raw: str) -> Any:
    """One value as written after `key:`: quoted, a `[a, b]` list, or plain text kept whole
    (colons and `#` included)."""
    raw = raw.strip()
    if not raw:
        return None
    if raw[0] in "\"'":
        return _quoted(raw)
    if raw.startswith("[") and raw.endswith("]"):
        return _flow_list(raw)
    return raw


def _quoted(raw: str) -> str:
    """A value opening with a quote: YAML's reading when it is one quoted string (escapes and
    all); the text inside when the quotes wrap it ('"He said "no" twice"'); else as written,
    the quotes being the text's own ('"Quoted" headline: part 2', '"Trump" says "no"')."""
    quote = raw[0]
    if len(raw) < 2 or not raw.endswith(quote):
        return raw
    try:
        value = yaml.load(raw, Loader=_TextLoader)  # YAML's escapes: \" \n ''
    except yaml.YAMLError:
        value = None
    if isinstance(value, str):
        return value
    inner = raw[1:-1]
    # Wrapping quotes leave inner quotes that open ('said "no'); a quote that closes first
    # ('Trump" says') belonged to a quoted word at the start.
    first = inner.find(quote)
    opens = first < 0 or (first + 1 < len(inner) and not inner[first + 1].isspace())
    return inner if opens else raw


def _flow_list(raw: str) -> list[Any]:
    try:
        value = yaml.load(raw, Loader=_TextLoader)
    except yaml.YAMLError:
        value = None
    if isinstance(value, list) and all(isinstance(item, str | int | float) for item in value):
        return value
    return [scalar(item) for item in raw[1:-1].split(",") if item.strip()]


SHOWN_LINE_CHARS = 30


def _shown(text: str) -> str:
    return repr(text if len(text) <= SHOWN_LINE_CHARS else text[:SHOWN_LINE_CHARS] + "…")
