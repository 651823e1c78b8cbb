"""The post written after a speaker's name in an appositive (", said Ann Cole, marketing
director, Acme"), and a job title written before it ("Visual Designer Megan Lynch"), are the
speaker's role, not part of the name. Sentences written for the test."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.quotes import find_quotes


def speaker_and_role(text: str) -> tuple[str | None, str | None]:
    [quote] = find_quotes([Paragraph(text=text)])
    return quote.speaker, quote.role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We sail at noon,” said Ryan Hale, CEO, Harbour Lines.", ("Ryan Hale", "CEO")),
        (
            "“The data came from our own ferries,” said Ann Cole, marketing director, "
            "FerryRush (she led the study).",
            ("Ann Cole", "marketing director"),
        ),
        (
            "“It is late again,” said Tom Moss, the harbour manager.",
            ("Tom Moss", "harbour manager"),
        ),
    ],
)
def test_a_post_in_the_appositive_after_the_name_is_its_role(
    text: str, expected: tuple[str, str]
) -> None:
    assert speaker_and_role(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "“It is late again,” said Tom Moss, who runs the port.",
        "“It is late again,” said Tom Moss, 42, of Dover.",
    ],
)
def test_an_appositive_naming_no_post_gives_no_role(text: str) -> None:
    assert speaker_and_role(text) == ("Tom Moss", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“It just does not feel as nice,” stresses Visual Designer Megan Lynch.",
            ("Megan Lynch", "Visual Designer"),
        ),
        (
            "Lead Designer Ann Cole said “the new ferry font is done for the year”.",
            ("Ann Cole", "Lead Designer"),
        ),
    ],
)
def test_a_job_title_before_the_name_is_its_role(text: str, expected: tuple[str, str]) -> None:
    assert speaker_and_role(text) == expected


@pytest.mark.parametrize("job", ["Filmmaker", "Photographer", "Journalist", "Novelist"])
def test_a_maker_s_job_before_the_name_is_no_part_of_it(job: str) -> None:
    text = f"{job} Ann Cole said “the harbour light is the whole story of the film”."
    assert speaker_and_role(text) == ("Ann Cole", job)


@pytest.mark.parametrize(
    ("signature", "role"),
    [
        ("– Ryan Hale, CEO Harbour Lines", "CEO Harbour Lines"),
        ("— Ann Cole", None),
    ],
)
def test_a_post_after_a_signing_name_is_its_role(signature: str, role: str | None) -> None:
    text = f"“We welcome the new licence for every harbour on the coast.” {signature}"
    speaker, found = speaker_and_role(text)
    assert speaker is not None and speaker in signature
    assert found == role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Quay Lines's Vice President", "Quay Lines's Vice President"),
        ("Acme’s Lead Designer", "Acme’s Lead Designer"),
    ],
)
def test_a_title_before_the_comma_keeps_all_its_words(title: str, role: str) -> None:
    text = f"The ferry is where “fares meet comfort,” says {title}, Ivan Petrov. It sails daily."
    assert speaker_and_role(text) == ("Ivan Petrov", role)
