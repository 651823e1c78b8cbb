"""Variants that agree: a speaker named by a noun may be the person another report names only
when the noun can be them (store/quoting/agreement.py)."""

from __future__ import annotations

import pytest

from store.quoting.agreement import head_noun, nominal_agrees
from store.quoting.variant_speakers import may_be_one_statement

LONG = "We will keep every ferry running through the winter storms this year"


@pytest.mark.parametrize(
    ("phrase", "head"),
    [
        ("the State Department's spokesman", "spokesman"),
        ("a voter in Ohio", "voter"),
        ("North Quay residents", "resident"),
        ("two women who live by the quay", "woman"),
        ("the company", "company"),
        ("one of the protesters", "protester"),
        ("one tester", "tester"),
        ("the harbour’s chief executive", "executive"),
    ],
)
def test_the_head_of_a_noun_phrase(phrase: str, head: str) -> None:
    assert head_noun(phrase) == head


@pytest.mark.parametrize(
    ("nominal", "name", "role", "agrees"),
    [
        # Someone speaking for another, a body, a document: anyone's words may reach them.
        ("a spokesman", "Ana Lopes", "Mayor", True),
        ("a spokeswoman for the ferry company", "Rui Costa", None, True),
        ("the ministry", "Rui Costa", "Minister of Transport", True),
        ("a statement from the council", "Ana Lopes", None, True),
        ("campaign aides", "Ana Lopes", "Senator", True),
        # A post the named speaker's role holds, in any case or number.
        ("the mayor", "Ana Lopes", "Mayor", True),
        ("the harbour's chief executive", "Jane Roe", "Acme’s chief executive", True),
        ("the senator", "Ana Lopes", "Senator from Maine", True),
        # Another post than the role gives: someone else.
        ("the mayor", "Ana Lopes", "Senator", False),
        ("a lawyer for the union", "Tomas Ferreira", "harbour master's economist", False),
        # A post and no role known: nothing says the named person holds another.
        ("the mayor", "Ana Lopes", None, True),
        # Members of the public are anonymous for want of a post to be named by.
        ("a voter", "Hillary Clinton", "Democratic nominee", False),
        ("a voter", "Hillary Clinton", None, False),
        ("protesters outside the hall", "Rui Costa", None, False),
        ("one of the protesters", "Rui Costa", "Mayor", False),
        ("a local resident", "Ana Lopes", "resident of Porto", True),
        # A gender the first name contradicts.
        ("a woman", "Donald Trump", None, False),
        ("the chairwoman", "Peter Cole", None, False),
        ("the chairman", "Peter Cole", None, True),
        # A noun not known to name a person says nothing against the name.
        ("one tester", "Ana Lopes", None, True),
    ],
)
def test_a_nominal_speaker_agrees_with_a_name(
    nominal: str, name: str, role: str | None, agrees: bool
) -> None:
    assert nominal_agrees(nominal, name, role) is agrees


@pytest.mark.parametrize(
    ("speaker_a", "role_a", "speaker_b", "one"),
    [
        ("Hillary Clinton", "Democratic nominee", "a voter", False),
        ("Hillary Clinton", None, "one woman in the crowd", False),
        ("Ana Lopes", "Mayor", "a spokesman", True),
        ("Ana Lopes", "Mayor", "the mayor", True),
        ("Ana Lopes", "Mayor", "the union's lawyer", False),
        ("Ana Lopes", None, None, True),
    ],
)
def test_linked_reports_agree_on_the_speaker(
    speaker_a: str, role_a: str | None, speaker_b: str | None, one: bool
) -> None:
    # Either order: the named report may be the one linked first or second.
    assert may_be_one_statement(LONG, speaker_a, LONG, speaker_b, (role_a, None)) is one
    assert may_be_one_statement(LONG, speaker_b, LONG, speaker_a, (None, role_a)) is one


def test_two_nominal_speakers_never_tell_two_people_apart() -> None:
    assert may_be_one_statement(LONG, "the mayor", LONG, "a resident")
