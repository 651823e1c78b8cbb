"""The speakers' word searches compile no pattern for each word: a word written alone
(`speakers._written_alone`) is found where the pattern found it, and a role's pattern
(`roles.role_pattern`) is compiled once."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from store.quoting import roles
from store.quoting.speakers import _written_alone

PIECES = st.sampled_from(
    [
        "sen",
        "Sen.",
        "SEN",
        "minister",
        "Minister",
        "ex-minister",
        "-President",
        "president",
        "of",
        "state",
        "State",
        "co-owner",
        "&",
        "U.S.",
        "u.s",
        "’s",
        "x_sen",
        "1sen",
        "senator",
        "é",
    ]
)
SEPARATORS = st.sampled_from(["", " ", "  ", ". ", ", ", "\n", "-", "’", "“", "."])
TEXTS = st.lists(st.tuples(PIECES, SEPARATORS), max_size=14).map(
    lambda pairs: "".join(piece + separator for piece, separator in pairs)
)


@settings(max_examples=400, deadline=None)
@given(text=TEXTS | st.text(max_size=60), word=st.sampled_from(["sen", "of", "state", "s", "é"]))
def test_a_word_written_alone_is_found_as_its_pattern_finds_it(text: str, word: str) -> None:
    plain = re.search(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", text)
    assert _written_alone(word, text) == (plain is not None)


def test_a_roles_pattern_is_compiled_once_and_finds_its_written_forms() -> None:
    assert roles.role_pattern("secretary of state") is roles.role_pattern("secretary of state")
    text = "SECRETARY of  State Ann Cole, ex-Sen. Tom Lee and the senator"
    found = [m.group() for m in roles.role_pattern("sen").finditer(text)]
    assert found == ["Sen."]
    assert roles.role_pattern("secretary of state").match(text)
