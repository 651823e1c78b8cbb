"""A quote carries its speaker's role, as the article writes it, kept apart from the name."""

from __future__ import annotations

import pytest

from store.models import Paragraph
from store.quoting.phrases import Subject
from store.quoting.quotes import find_quotes
from store.quoting.roles import reads_as_a_post, written_role


def roles(*texts: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.role) for q in find_quotes([Paragraph(text=t) for t in texts])]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # A title before the name, the parse's words finished as the text writes them.
        ("“We will not back down,” Secretary of State Mike Pompeo said.", "Mike Pompeo",
         "Secretary of State"),
        ("“The port stays shut,” said Harbour Minister Olu Bakare.", "Olu Bakare",
         "Harbour Minister"),
        # A lower-case title ("founder") with the firm it belongs to.
        ("“Great,” said Telegram founder Pavel Durov.", "Pavel Durov", "Telegram founder"),
        # An appositive before the name: the owner in lower case is left out.
        ("“Sales rose,” the company’s chief executive, Jane Roe, said.", "Jane Roe",
         "chief executive"),
        # A post in capitals after the verb, its owner named.
        ("“Fine,” said Acme’s Regional Sales Director, Tom Lee.", "Tom Lee",
         "Acme’s Regional Sales Director"),
        # A posting: the place after "to" is the role's.
        ("“We are ready,” the ambassador to Britain Liu Xiaoming said.", "Liu Xiaoming",
         "ambassador to Britain"),
        # An abbreviated title keeps its stop.
        ("“Yes,” said Sen. Ann Lee.", "Ann Lee", "Sen."),
        # The owner's name runs to several capitals; the sentence's "The" is not one of them.
        ("The State Department’s spokesman, Ned Price, said: “We deny it.”", "Ned Price",
         "State Department’s spokesman"),
    ],
)  # fmt: skip
def test_the_role_given_with_the_name_is_kept_apart(text: str, speaker: str, role: str) -> None:
    assert roles(text)[0] == (speaker, role)


@pytest.mark.parametrize(
    "text",
    [
        "“Yes,” said Mr. Tom Lee.",  # an honorific is no role
        "“No,” Ann Cole said.",
        "“The pier opens in May,” the agency said.",  # a role no one is named in: the speaker
        "“Soon,” Spain’s Rafael Nadal said.",  # a country's possessive is no role
    ],
)
def test_no_role_where_the_article_gives_none(text: str) -> None:
    assert [role for _, role in roles(text)] == [None]


def test_a_pronoun_quote_carries_the_role_the_article_gave_its_speaker() -> None:
    found = roles(
        "Communications Minister Fahmi Fadzil spoke on Monday.",
        "“We will act,” he said.",
    )
    assert found == [("Fahmi Fadzil", "Communications Minister")]


def test_every_quote_of_a_speaker_carries_the_first_role_given() -> None:
    found = roles(
        "“Rates stay,” Finance Minister Ann Cole said.",
        "“We will see,” Cole said later.",
        "“Later,” said Cole, a former mayor.",
    )
    assert found == [("Ann Cole", "Finance Minister")] * 3


def test_one_speaker_role_stays_off_another_speaker() -> None:
    found = roles("“No,” said Mayor Ann Cole. “Never,” said Tom Lee.")
    assert found == [("Ann Cole", "Mayor"), ("Tom Lee", None)]


def test_a_role_not_written_near_the_name_is_not_given() -> None:
    subject = Subject("name", "Ann Cole", 40, 48, role="governor", titled=True)
    text = "The governor spoke. " + " " * 200 + "Ann Cole said “yes”."
    far = Subject("name", "Ann Cole", 220, 228, role="governor", titled=True)
    assert written_role(far, text) is None
    assert written_role(subject, "x" * 40 + "Ann Cole said it.") is None


def test_the_nearest_writing_of_the_role_is_taken() -> None:
    text = "Mayor Tom Lee met them. Mayor Ann Cole said “no”."
    subject = Subject("name", "Ann Cole", 24, 38, role="mayor", titled=True)
    assert written_role(subject, text) == "Mayor"
    shouted = "MAYOR Ann Cole said “no”."
    assert written_role(Subject("name", "Ann Cole", 0, 14, role="mayor"), shouted) == "MAYOR"


@pytest.mark.parametrize(
    "text",
    [
        # The title word ends a clause the name is the object of: what comes before is no post.
        "Ann Lee sharply criticised Sen. Tom Hale on trade. “He is wrong,” Hale said.",
        "The endorsement of Sen. Tom Hale came late. “I back her,” Hale said.",
        "Ann Lee and Sen. Tom Hale sparred on Monday. “She is wrong,” Hale said.",
        "After the deaths of Ambassador Tom Hale’s guards, “we must act,” Hale said.",
        "Lee said Democratic candidate Tom Hale misled voters. “Not so,” Hale said.",
    ],
)
def test_words_of_a_clause_before_a_title_are_no_role(text: str) -> None:
    [(speaker, role)] = roles(text)
    assert speaker == "Tom Hale"
    assert role in (None, "Sen.", "Ambassador", "Democratic candidate")


@pytest.mark.parametrize(
    ("role", "post"),
    [
        ("Texas Sen.", True),
        ("Secretary of State", True),
        ("retired general", True),
        ("professor of law", True),
        ("Procter & Gamble CEO", True),
        ("Former Arizona governor", True),
        ("Ann Lee sharply criticised Sen.", False),
        ("endorsement of Sen.", False),
        ("Ann Lee and Sen.", False),
        ("Lee said Democratic candidate", False),
        ("widely respected analyst", False),
    ],
)
def test_a_role_reads_as_one_post(role: str, post: bool) -> None:
    assert reads_as_a_post(role) is post
