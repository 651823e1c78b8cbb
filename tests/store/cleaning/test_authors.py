"""Author fields parsed as people's names, as bylines write them."""

from __future__ import annotations

import pytest

from store.cleaning.authors import Page, author_names
from store.cleaning.clean import clean


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Phil Helsel is a reporter", "Phil Helsel"),
        ("Michael HiltzikBusiness Columnist", "Michael Hiltzik"),
        ("Meg JamesStaff", "Meg James"),
        ("Jeff Foust Monday; November", "Jeff Foust"),
        ("Kashmira Gander On", "Kashmira Gander"),
        ("By Carla Mendes | cmendes@valleyherald.example", "Carla Mendes"),
        ("By Hannah Lindqvist, Science correspondent", "Hannah Lindqvist"),
        ("Jane Doe and John Roe", "Jane Doe and John Roe"),
        ("By Ana Ruiz, Li Wei & Tom Berg", "Ana Ruiz, Li Wei and Tom Berg"),
        ("Written by Ludwig van Beethoven", "Ludwig van Beethoven"),
        ("Ronan McDonald", "Ronan McDonald"),
        ("Ron DeSantis", "Ron DeSantis"),
        ("Ewan MacKenzie Senior Editor", "Ewan MacKenzie"),
        ("Sarah O’Brien — Updated 3 May 2024", "Sarah O’Brien"),
        ("Dr. Elin Berg", "Dr. Elin Berg"),
        ("Maria de la Cruz", "Maria de la Cruz"),
        ("Author Isaiah Shelton", "Isaiah Shelton"),
        ("Author: Ines Roda", "Ines Roda"),
        ("Colin Gray Colin Gray", "Colin Gray"),
        ("CM Craig McCarthy", "Craig McCarthy"),
        ("Daniel Burstein, Content and Marketing", "Daniel Burstein"),
        ("Reuters", "Reuters"),
        ("Ana Ana", "Ana Ana"),  # too short to be a name said twice
        ("JD Vance", "JD Vance"),  # initials that are the name
    ],
)
def test_bylines_give_the_names_alone(written: str, names: str) -> None:
    assert author_names(written) == names


@pytest.mark.parametrize(
    "written",
    [None, "", "   ", "the editors", "By", "12 May 2024", "@x", "By ops@our-town.example"],
)
def test_fields_without_a_name_give_none(written: str | None) -> None:
    assert author_names(written) is None


def test_the_same_author_twice_is_named_once() -> None:
    assert author_names("Jane Doe, Jane Doe") == "Jane Doe"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Meg JamesStaff Writer", "Meg James"),
        ("By Michael HiltzikBusiness Columnist", "Michael Hiltzik"),
        ("By Jane Doe and John Roe | Island Herald", "Jane Doe and John Roe"),
    ],
)
def test_the_cleaner_takes_names_from_bylines(byline: str, author: str) -> None:
    body = "The council voted on the budget after a long debate about the new library today."
    assert clean(f"{byline}\n\n{body}\n").author == author


@pytest.mark.parametrize(
    ("written", "names"),
    [
        # Semicolons part several authors, as metadata often writes them.
        ("Ana Ruiz; Tom Berg", "Ana Ruiz and Tom Berg"),
        ("Priya Nair;Oskar Lund; Wen Li", "Priya Nair, Oskar Lund and Wen Li"),
        ("Maria; Katerina", "Maria and Katerina"),
        # Degrees and titles after a semicolon are not further authors.
        ("Dylan Reese; MS; RD; FAND", "Dylan Reese"),
        ("Gwen Carter; Ph D", "Gwen Carter"),
        ("Mina Patel; CEO", "Mina Patel"),
        ("Name; Lea Moreau", "Lea Moreau"),
        # Roles after names, with a comma or without.
        ("Meg James, Staff Writer", "Meg James"),
        ("By Ines Roda, Senior Correspondent", "Ines Roda"),
        ("Tariq Bello Chief Editor", "Tariq Bello"),
        # Two authors joined by "and", after "By".
        ("By Oliver Stone and Priya Nair", "Oliver Stone and Priya Nair"),
        ("by Ana Ruiz and Li Wei | Harbour Post", "Ana Ruiz and Li Wei"),
        # Dates glued on: a day or month ends a name once it has a given name and a surname.
        ("Luke Kim December", "Luke Kim"),
        ("Hana Ito Tuesday, 4 March 2025", "Hana Ito"),
        ("Tom May", "Tom May"),
        ("Theresa May Friday", "Theresa May"),
        ("June Carter", "June Carter"),
        ("August", None),
        # A first word with a capital inside is a brand, not two glued elements.
        ("CottageCare", "CottageCare"),
        ("FlowGuard EMEA", "FlowGuard EMEA"),
        ("InstaTunnel Team", "InstaTunnel Team"),
        ("By Anna KowalskaStaff Writer", "Anna Kowalska"),
        # An organisation and a user name written alone.
        ("The Investopedia Team", "The Investopedia Team"),
        ("The", None),
        ("whova", "whova"),
        ("by jsteinhardt", "jsteinhardt"),
        # A desk's "News" after a full name, but a site's desk by its name.
        ("Jane Doe News Editor", "Jane Doe"),
        ("Clemson News", "Clemson News"),
    ],
)
def test_bylines_in_many_shapes_give_names(written: str, names: str | None) -> None:
    assert author_names(written) == names


PROSE = (
    "A challenge for the garden this year: our member login page, the trending topics, "
    "the executive digital team and the lake near us. Log in as a member.\n"
)


@pytest.mark.parametrize(
    ("written", "page", "names"),
    [
        # Words the page writes in lower case are words of the language, not a name.
        ("By Challenge", PROSE, None),
        ("Member Login", PROSE, None),
        ("Challenge", "Nothing here.", "Challenge"),
        # One common word in a name is a surname that is also a word.
        ("Rebecca Lake", PROSE, "Rebecca Lake"),
        # An acronym is not its word in lower case.
        ("US Chamber", PROSE, "US Chamber"),
        # Common words between a name and its role are the role's.
        ("Catherine Boeckmann Executive Digital Editor", PROSE, "Catherine Boeckmann"),
        ("Nicoletta Richardson Trending Editor", PROSE, "Nicoletta Richardson"),
        # Without a role after them, a name's last words are kept.
        ("Arlo Digital", PROSE, "Arlo Digital"),
        # Images' alt texts and links are no evidence: "![ryan carrigan]".
        (
            "Ryan Carrigan",
            "![ryan carrigan moving expert](/img/ryan-carrigan.jpg)",
            "Ryan Carrigan",
        ),
        ("Ryan Carrigan", "See https://example.org/ryan/carrigan for more.", "Ryan Carrigan"),
    ],
)
def test_the_page_tells_words_from_names(written: str, page: str, names: str | None) -> None:
    assert author_names(written, Page.of(page)) == names


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("By Challenge", None),  # a section the page links to, offered by a menu
        ("By Region", None),
        ("Susan", "Susan"),  # her own page is under the authors' section
        ("Challenge Smith", "Challenge Smith"),
    ],
)
def test_a_section_of_the_site_is_no_author(written: str, names: str | None) -> None:
    page = Page.of(
        "#### By Challenge\n[Aging](/challenge/ar-aging)\n[Hiring](/challenge/hiring/)\n"
        "[North](https://example.org/region/north/)\n[Susan](/author/susan/)\n"
    )
    assert author_names(written, page) == names


@pytest.mark.parametrize(
    ("written", "page", "names"),
    [
        # The page's tags write the name alone: what followed it was a label.
        (
            "Nicoletta Richardson Trending",
            '<meta name="author" content="Nicoletta Richardson"><p>Trending</p>',
            "Nicoletta Richardson",
        ),
        (
            "Catherine Boeckmann Executive Digital",
            "[Catherine Boeckmann](/author/catherine-boeckmann)\nExecutive Digital Editor",
            "Catherine Boeckmann",
        ),
        # A name of three words the page writes whole stays whole.
        ("Tina Flint Huffman", "By Tina Flint Huffman.\nTina Flint wrote", "Tina Flint Huffman"),
        ("Ovolo Collective Hotels", "By Ovolo Collective Hotels\nBy Ovolo Collective", None),
        # Nothing on the page to go by: kept as written.
        ("Arricca Elin SanSone", "An article about gardens.", "Arricca Elin SanSone"),
        # A byline line where the name runs into the next words is not the name alone.
        (
            "Marta Lopez Garcia",
            "Marta Lopez wrote this. Marta Lopez Garcia\n",
            "Marta Lopez Garcia",
        ),
    ],
)
def test_a_name_the_page_writes_shorter_alone_is_that_name(
    written: str, page: str, names: str | None
) -> None:
    expected = names or written
    assert author_names(written, Page(page, frozenset())) == expected


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("[By Modality](/modalities)", None),  # a menu's "browse by"
        ("[By Oksana Kravets](/author/oksana-kravets)", "Oksana Kravets"),
        ("By [Oksana Kravets](/people/oksana)", "Oksana Kravets"),
        # A link whose "profile" is in its fragment is the reader's account, not an author's.
        ("[Member Login](https://members.example.org/s/#/profile/my_info)", None),
        ("[Oksana Kravets](https://example.org/profile/oksana?tab=posts)", "Oksana Kravets"),
    ],
)
def test_a_menu_link_is_no_byline(byline: str, author: str | None) -> None:
    body = "The council voted on the budget after a long debate about the new library today."
    assert clean(f"{byline}\n\n{body}\n").author == author
