"""Cases built by hand for the app's tests, so they never depend on the extractors' judgement."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import pytest
from textual.app import App
from textual.command import CommandList, CommandPalette
from textual.events import Key
from textual.keys import REPLACED_KEYS, _get_unicode_name_from_key
from textual.message import Message
from textual.notifications import Notification, Notify
from textual.pilot import Pilot

from store.case import Case
from store.models import Event, ExtractedDocument, Paragraph, Quote, RawDoc

HOSTILE = "[bold]x[/bold] [@click=app.quit]y[/] [/x] [$5] \x1b[31mred\x1b]0;title\x07 \x9b2J"


@dataclass
class Doc:
    """A hand-made document: what the extractors would have found, given directly."""

    title: str
    paragraphs: list[tuple[str, str]]  # (kind, text)
    source: str | None = None
    author: str | None = None
    published: dt.date | None = None
    url: str | None = None
    raw: str | None = None
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


def save(case: Case, number: int, doc: Doc) -> int:
    paragraphs = [Paragraph(kind=kind, text=text) for kind, text in doc.paragraphs]  # type: ignore[arg-type]
    raw_text = doc.raw if doc.raw is not None else "\n\n".join(text for _, text in doc.paragraphs)
    raw = RawDoc(
        path=f"/articles/{number:03}.md",
        format="markdown",
        text=raw_text,
        title=doc.title,
        url=doc.url,
        content_hash=hashlib.sha256(f"{number}{raw_text}".encode()).hexdigest(),
    )
    extracted = ExtractedDocument(
        title=doc.title,
        paragraphs=paragraphs,
        quotes=doc.quotes,
        events=doc.events,
        published=doc.published,
        author=doc.author,
        source=doc.source,
    )
    return case.save_document(raw, extracted)


STANDARD_DOCS = [
    Doc(
        "Harbour dispute reaches court",
        [
            ("text", "The long dispute over the old harbour reached the high court on Monday."),
            ("heading", "What the minister said"),
            ("text", '"We will not give up the harbour," the minister said outside the court.'),
            ("text", "Fishermen gathered at dawn."),
        ],
        source="Daily Planet",
        author="Ann Smith",
        published=dt.date(2024, 3, 1),
        url="https://example.org/harbour",
        raw="MENU | LOGIN\n\nThe long dispute over the old harbour...\n\nSubscribe now!",
        quotes=[
            Quote(
                text="We will not give up the harbour,",
                speaker="the minister",
                paragraph=2,
                start=1,
                end_paragraph=2,
                end=33,
            )
        ],
        events=[
            Event(
                kind="mentioned",
                phrase="Monday",
                value="2024-02-26",
                start=dt.date(2024, 2, 26),
                end=dt.date(2024, 2, 26),
                sentence="The long dispute over the old harbour reached the high court on Monday.",
                paragraph=0,
                offset=64,
            )
        ],
    ),
    Doc(
        "Minister promises a new bridge",
        [("text", "A new bridge will link the harbour to the town, the minister promised.")],
        source="The Times",
        published=dt.date(2024, 2, 10),
    ),
    Doc(
        "Fishing quotas cut again",
        [("text", "Quotas for cod were cut for the third year running.")],
        source="Le Monde",
        author="Jean Dupont",
        published=dt.date(2023, 11, 5),
        url="https://example.org/quotas",
    ),
    Doc("Undated note on the harbour", [("text", "A note with no date and no source.")]),
]

HOSTILE_DOC = Doc(
    f"Title {HOSTILE}",
    [("heading", f"Heading {HOSTILE}"), ("text", f"Paragraph {HOSTILE}")],
    source=f"Source {HOSTILE}",
    author=f"Author {HOSTILE}",
    published=dt.date(2024, 1, 15),
    url="https://example.org/[bold]url[/bold]",
    raw=f"Raw {HOSTILE}",
)


CaseFactory = Callable[..., Path]
MessageType = TypeVar("MessageType", bound=Message)


@pytest.fixture
def make_case(tmp_path: Path) -> CaseFactory:
    """Build a case file named `name` from hand-made documents; returns its path."""

    def build(docs: list[Doc] | None = None, name: str = "case.db") -> Path:
        path = tmp_path / name
        with Case(path) as case:
            for number, doc in enumerate(STANDARD_DOCS if docs is None else docs):
                save(case, number, doc)
        return path

    return build


@pytest.fixture
def case_path(make_case: CaseFactory) -> Path:
    return make_case()


def notices(messages: list[Message]) -> list[Notification]:
    """The notifications among recorded messages."""
    return [message.notification for message in messages if isinstance(message, Notify)]


def posted(messages: list[Message], kind: type[MessageType]) -> list[MessageType]:
    """Each message of `kind` once, though the hook sees it at every node it bubbles through."""
    unique = {id(message): message for message in messages if isinstance(message, kind)}
    return list(unique.values())


def screen_text(app: App[object]) -> str:
    """What the screen shows, as text, read back from an SVG screenshot."""
    svg = app.export_screenshot()
    return html.unescape("".join(re.findall(r"<text[^>]*>(.*?)</text>", svg))).replace("\xa0", " ")


WAIT_LIMIT = 10.0  # seconds


async def wait_until(pilot: Pilot[object], condition: Callable[[], bool], what: str) -> None:
    """Let the app run until `condition()` holds; fail, naming `what`, if it has not within
    WAIT_LIMIT seconds (a bound for a stuck app, not a delay: the loop ends when it holds)."""
    deadline = time.monotonic() + WAIT_LIMIT
    while not condition():
        assert time.monotonic() < deadline, f"never happened: {what}"
        await pilot.pause()


def palette_highlights(app: App[object], name: str) -> bool:
    """Whether the command palette is open with `name` as its highlighted command, so that
    enter runs it (the palette searches in a worker, so the list fills after typing)."""
    if not isinstance(app.screen, CommandPalette):
        return False
    commands = app.screen.query_one(CommandList)
    if commands.highlighted is None:
        return False
    option = commands.get_option_at_index(commands.highlighted)
    return option.hit.text == name  # type: ignore[attr-defined]


async def wait_for_palette(pilot: Pilot[object], name: str) -> None:
    """Wait until the palette offers `name` first."""
    await wait_until(pilot, lambda: palette_highlights(pilot.app, name), f"palette offers {name!r}")


def screen_lines(app: App[object]) -> list[str]:
    """What the screen shows, line by line, as the terminal would paint it."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


def listed_quote_count(app: App[object], doc_id: int) -> int | None:
    """The count of quotes the documents list shows for `doc_id`, if its row is loaded."""
    from tui.panes.documents.pane import DocumentsPane

    table = app.query_one(DocumentsPane).table
    rows = [table.row(index) for index in range(table.total or 0)]
    return next((row.quotes for row in rows if row is not None and row.id == doc_id), None)


def reader_meta(app: App[object]) -> str:
    """The reader's line of outlet, author, date and count of quotes."""
    from tui.panes.reader.pane import ReaderPane

    meta = app.query_one(ReaderPane).article.header("meta")
    return "" if meta is None else meta.plain


def send_at_once(app: App[object], *keys: str) -> None:
    """Post `keys` to the app at once, none waiting for the one before to be handled: keys
    typed in one burst, as a terminal sends them when pasted or typed fast."""
    for key in keys:
        app.post_message(Key(key, key_character(key)))


def key_character(key: str) -> str | None:
    """The character a terminal sends for `key` ("?" for "question_mark", "\\r" for enter),
    None for keys that send none (the arrows), as Pilot.press finds it."""
    if key == "enter":
        return "\r"
    if len(key) == 1:
        return key
    try:
        return unicodedata.lookup(_get_unicode_name_from_key(REPLACED_KEYS.get(key, key)))
    except KeyError:
        return None
