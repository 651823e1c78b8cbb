"""Hand-made documents with quotes for the quote finder's tests: where each quote sits is given,
never found by the extractors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from store.case import Case
from store.models import Quote
from tests.tui.conftest import HOSTILE, Doc

# Quote ids in the order `QUOTE_DOCS` saves them.
ACTIONS, PROBLEM, BLUNT, ACTIONS_AGAIN, LONG = 1, 2, 3, 4, 5
STAR, MAIL, SPEECH = 1, 2, 3  # document ids


def quoted(paragraphs: list[str], index: int, text: str, speaker: str | None) -> Quote:
    """The quote `text` found in paragraph `index`."""
    start = paragraphs[index].index(text)
    return Quote(
        text=text,
        speaker=speaker,
        paragraph=index,
        start=start,
        end_paragraph=index,
        end=start + len(text),
    )


STAR_TEXT = [
    "“I have asked the commission to study the appropriate actions to be taken,” he added.",
    "The ministry met the platform's representatives twice this year.",
    '"We admit we have a problem with Telegram," the minister told reporters.',
    'Critics disagreed. "This is a blunt tool for a delicate problem," said Lim Wei.',
]
MAIL_TEXT = ['"I have asked the commission to study appropriate actions," Fahmi said on Saturday.']
SPEECH_TEXT = [
    "The speech ended with a long statement.",
    '"This statement runs over two paragraphs,',
    'and ends in the second one," she said.',
]

QUOTE_DOCS = [
    Doc(
        "Telegram faces action",
        [("text", text) for text in STAR_TEXT],
        source="The Star",
        author="Ann Lee",
        published=dt.date(2024, 5, 13),
        url="https://example.org/telegram",
        quotes=[
            quoted(
                STAR_TEXT,
                0,
                "I have asked the commission to study the appropriate actions to be taken,",
                "Fahmi Fadzil",
            ),
            quoted(STAR_TEXT, 2, "We admit we have a problem with Telegram,", "Fahmi Fadzil"),
            quoted(STAR_TEXT, 3, "This is a blunt tool for a delicate problem,", "Lim Wei"),
        ],
    ),
    Doc(
        "Minister vows to study actions",
        [("text", text) for text in MAIL_TEXT],
        source="Malay Mail",
        published=dt.date(2024, 5, 12),
        quotes=[
            quoted(
                MAIL_TEXT,
                0,
                "I have asked the commission to study appropriate actions,",
                "Fahmi Fadzil",
            )
        ],
    ),
    Doc(
        "A long speech",
        [("text", text) for text in SPEECH_TEXT],
        quotes=[
            Quote(
                text="This statement runs over two paragraphs,\nand ends in the second one,",
                speaker=None,
                paragraph=1,
                start=1,
                end_paragraph=2,
                end=len("and ends in the second one,"),
            )
        ],
    ),
]

HOSTILE_QUOTE = f"Quote {HOSTILE} \x1b]52;c;aGVsbG8=\x07 end"
HOSTILE_QUOTE_DOC = Doc(
    f"Title {HOSTILE}",
    [("text", f"“{HOSTILE_QUOTE}” said someone.")],
    source=f"Source {HOSTILE}",
    published=dt.date(2024, 1, 15),
    quotes=[quoted([f"“{HOSTILE_QUOTE}” said someone."], 0, HOSTILE_QUOTE, f"Speaker {HOSTILE}")],
)


def link_variants(path: Path) -> None:
    with Case(path) as case:
        case.link_variants([(ACTIONS, ACTIONS_AGAIN, 0.9)])
