"""Site names off page titles, known from the URL or the page's site name."""

from __future__ import annotations

import pytest

from store.cleaning.sitenames import repeated_site_segments, site_free_title, site_name_in_title


@pytest.mark.parametrize(
    ("title", "url", "site", "expected"),
    [
        ("LinkNaija | Fuel prices rise again", "https://www.linknaija.com/x", None, None),
        ("Windows 11 gets a new start menu | ZDNet", "https://www.zdnet.com/a", None, None),
        ("Ferry fares to rise - Los Angeles Times", "https://www.latimes.com/a", None, None),
        ("Ferry fares to rise - LA Times", "https://www.latimes.com/a", None, None),
        ("Ferry fares to rise - The New York Times", "https://www.nytimes.com/a", None, None),
        ("Ferry fares to rise – BBC News", "https://www.bbc.co.uk/news/a", None, None),
        ("Ferry fares to rise | Island Herald", None, "Island Herald", None),
        ("Ferry fares to rise | zdnet.com", "https://zdnet.com/a", None, None),
        ("Ferry fares to rise | Island Herald", "https://islandherald.example/a", None, None),
    ],
)
def test_a_segment_naming_the_site_goes(
    title: str, url: str | None, site: str | None, expected: None
) -> None:
    assert site_free_title(title, url, site) in {
        "Fuel prices rise again",
        "Windows 11 gets a new start menu",
        "Ferry fares to rise",
    }


@pytest.mark.parametrize(
    ("title", "url"),
    [
        ("Ferry fares to rise | Travel", "https://www.zdnet.com/a"),
        ("Ferry fares to rise", "https://www.zdnet.com/a"),
        ("Review: the year's best novel", "https://www.review.com/a"),
        ("Travel - where to go this summer", "https://www.travelweekly.com/a"),
        ("Ferry fares to rise | Island Herald", None),
        ("Ferry fares to rise | Herald Island", "https://www.islandherald.example/a"),
    ],
)
def test_other_titles_stay_as_written(title: str, url: str | None) -> None:
    assert site_free_title(title, url) == title


def test_the_separators_inside_the_title_are_kept() -> None:
    title = "Ferries – the long wait | Ports – Island Herald"
    assert site_free_title(title, None, "Island Herald") == "Ferries – the long wait | Ports"


def test_a_site_whose_domain_spells_its_article_is_named() -> None:
    assert site_free_title(
        "Floods in the north | The Guardian", "https://www.theguardian.com/x"
    ) == ("Floods in the north")


@pytest.mark.parametrize(
    ("title", "url", "site", "expected"),
    [
        # The host spelled from the starts of the segment's words.
        (
            "Weight loss drugs | Obesity Medicine Association",
            "https://obesitymedicine.org/b",
            None,
            "Weight loss drugs",
        ),
        (
            "Firm or carrier? | Casualty Actuarial Society",
            "https://www.casact.org/n",
            None,
            "Firm or carrier?",
        ),
        (
            "Home wiring - Electrical Safety Foundation International",
            "https://www.esfi.org/x",
            None,
            "Home wiring",
        ),
        (
            "Phone basics | Blue Cross Blue Shield of Oklahoma",
            "https://connect.bcbsok.com/p",
            None,
            "Phone basics",
        ),
        ("Eat out - The Times of India", "https://timesofindia.indiatimes.com/a", None, "Eat out"),
        ("Thoughts on Zig | Sam Bossley", "https://sam.bossley.com/t", None, "Thoughts on Zig"),
        (
            "What people love | Rust Blog",
            "https://blog.rust-lang.org/2025/x",
            None,
            "What people love",
        ),
        # A short last segment that starts or ends the host's name.
        ("Fall menus | Scratch", "https://scratchculinary.com/a", None, "Fall menus"),
        (
            "A skincare guide – The Southerner",
            "https://shssoutherner.org/1",
            None,
            "A skincare guide",
        ),
        # What follows the site's name goes with it; the site said twice goes twice.
        (
            "Gym guide - Urge Fitness | Gyms Near Me in PA",
            "https://www.urgefitness.com/g",
            None,
            "Gym guide",
        ),
        ("Best shows 2025 – Artlyst - Artlyst", "https://artlyst.com/r", None, "Best shows 2025"),
        (
            "Mindesigns - Web design costs",
            "https://mindesigns.com.au/blog/x",
            None,
            "Web design costs",
        ),
        # The page's site name in several segments.
        (
            "USB commands - Gabriel Gonzalez - Cyber Security",
            None,
            "Gabriel Gonzalez - Cyber Security",
            "USB commands",
        ),
        # The site's section just before its name goes with it.
        (
            "Kitchen trends | Blog | Encore Realty",
            "https://encorerealtysc.com/blog/k",
            None,
            "Kitchen trends",
        ),
    ],
)
def test_a_site_named_in_other_shapes_goes(
    title: str, url: str | None, site: str | None, expected: str
) -> None:
    assert site_free_title(title, url, site) == expected


@pytest.mark.parametrize(
    ("title", "url"),
    [
        # Too few of the segment's words spell the host: a title that mentions the site.
        ("Why I left | The Vox Guide to Housing", "https://www.vox.com/a"),
        # The host's word in a first segment: the title's own subject.
        ("Almanac entries we love | Gardening notes", "https://www.almanac.example/a"),
        # A first segment that merely starts the host's name is the title's.
        ("Travel - where to go this summer", "https://www.travelweekly.com/a"),
        # Words of the host in another order, or a folder that is not before the site's name.
        ("Ferry fares to rise | Herald Island", "https://www.islandherald.example/a"),
        ("Tabletop games | Blog", "https://example.org/blog/t"),
        ("Spring - Summer - Autumn", "https://www.seasons.example/s"),
    ],
)
def test_titles_that_only_mention_the_site_stay(title: str, url: str) -> None:
    assert site_free_title(title, url) == title


def test_a_segment_the_site_s_titles_repeat_goes() -> None:
    site = "harbourtimes.co.uk"
    changes = repeated_site_segments(
        [
            (1, site, "Ferry fares to rise – Harbour Times Online"),
            (2, site, "New pier opens in May – Harbour Times Online"),
            (3, site, "Council votes on parking – Harbour Times Online"),
            (4, "othersite.com", "Ferry fares to rise – Harbour Times Online"),
            (5, site, "Storm warning for Friday"),
        ]
    )
    assert changes == {
        1: "Ferry fares to rise",
        2: "New pier opens in May",
        3: "Council votes on parking",
    }


@pytest.mark.parametrize(
    "titles",
    [
        # Once on the site: nothing to compare.
        [(1, "a.com", "Ferry fares to rise | Harbour Times")],
        # A series whose name is longer than what remains keeps it.
        [
            (1, "a.com", "Part 1 | Learning Rust the hard way"),
            (2, "a.com", "Part 2 | Learning Rust the hard way"),
        ],
        # The same page twice (copies) is one title, not a repeat.
        [(1, "a.com", "Ferry fares | Harbour Times"), (2, "a.com", "Ferry fares | Harbour Times")],
        # No site to group by.
        [(1, None, "Ferry fares | Harbour Times"), (2, None, "Pier opens | Harbour Times")],
    ],
)
def test_titles_with_nothing_repeated_stay(titles: list[tuple[int, str | None, str]]) -> None:
    assert repeated_site_segments(titles) == {}


def test_a_first_segment_repeated_goes_too() -> None:
    changes = repeated_site_segments(
        [
            (1, "a.com", "Tastify | Corporate catering trends"),
            (2, "a.com", "Tastify | Office lunch ideas"),
        ]
    )
    assert changes == {1: "Corporate catering trends", 2: "Office lunch ideas"}


@pytest.mark.parametrize(
    ("title", "url", "site"),
    [
        ("Webcams - Lakeside State Park (State Parks Service)", None,
         "Lakeside State Park (State Parks Service)"),
        ("Contact | Harbour News", "https://harbournews.example/contact", None),
        ("Timetables – Island Ferries", "https://www.islandferries.example/t", None),
    ],
)  # fmt: skip
def test_a_title_left_with_one_word_keeps_the_site_s_name(
    title: str, url: str | None, site: str | None
) -> None:
    assert site_free_title(title, url, site) == title


def test_copies_of_a_page_get_one_title_whatever_they_know_of_the_site() -> None:
    title = "Webcams - Lakeside State Park (State Parks Service)"
    url = "https://www.parks.example/lakeside/webcams.htm"
    knowing = site_free_title(title, url, "Lakeside State Park (State Parks Service)")
    assert knowing == site_free_title(title, url, None) == title


@pytest.mark.parametrize(
    ("title", "url", "expected"),
    [
        # A bullet between the title and the site's name.
        ("Plate basics • The Grain Source", "https://grainsource.uni.example/p", "Plate basics"),
        ("Notes on caching • Ada Brook", "https://www.adab.example/posts/n", "Notes on caching"),
        # The host's words, one written as the segment's word stem with its own ending.
        (
            "Filing your taxes | Consumer Financial Protection Office",
            "https://www.consumerfinance.example/t",
            "Filing your taxes",
        ),
        (
            "Rate changes - National Medical Council",
            "https://nationalmedic.example/r",
            "Rate changes",
        ),
        # The host's name a word of the last segment, with more around it.
        (
            "Sowing peas early | The Old Farmer's Almanac",
            "https://www.almanac.example/s",
            "Sowing peas early",
        ),
        (
            "Top tips for passwords | Information Security Office",
            "https://security.uni.example/t",
            "Top tips for passwords",
        ),
    ],
)
def test_a_site_named_by_its_host_words_goes(title: str, url: str, expected: str) -> None:
    assert site_free_title(title, url) == expected


@pytest.mark.parametrize(
    ("title", "url"),
    [
        # A stem shared too briefly ("nation" of "national") or out of order spells nothing.
        ("Rate changes - Nation Medical Council", "https://nationalmedic.example/r"),
        ("Filing taxes | Finance for Consumers", "https://www.consumerfinance.example/t"),
    ],
)
def test_host_words_in_another_shape_leave_the_title(title: str, url: str) -> None:
    assert site_free_title(title, url) == title


@pytest.mark.parametrize(
    ("title", "url", "name"),
    [
        (
            "Plate basics • The Grain Source",
            "https://grainsource.uni.example/p",
            "The Grain Source",
        ),
        (
            "Gym guide - Urge Fitness | Gyms Near Me in PA",
            "https://www.urgefitness.com/g",
            "Urge Fitness",
        ),
        (
            "Kitchen trends | Blog | Encore Realty",
            "https://encorerealtysc.com/blog/k",
            "Encore Realty",
        ),
        ("LinkNaija | Lagos traffic at night", "https://www.linknaija.example/x", "LinkNaija"),
        # Nothing taken off: no name.
        ("Webcams - Yosemite National Park", "https://www.yosemitenationalpark.example/w", None),
        ("Why I left | The Vox Guide to Housing", "https://www.vox.com/a", None),
        ("A plain title", "https://plain.example/a", None),
        (None, "https://plain.example/a", None),
    ],
)
def test_the_segment_taken_off_a_title_is_the_sites_name(
    title: str | None, url: str, name: str | None
) -> None:
    assert site_name_in_title(title, url) == name


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Guide to lenses - Brightlens %", "Brightlens"),
        ("Field notes - Brightlens MagazineBrightlens Magazine", "Brightlens Magazine"),
        ("Brightlens Letter #18 – A world without film?", "Brightlens Letter"),
        ("Choosing a degree | Brightlens University Online©", "Brightlens University Online"),
        ("Lens care | Brightlens (UK)", "Brightlens (UK)"),
    ],
)
def test_a_sites_name_from_a_title_comes_without_the_marks_around_it(title: str, name: str) -> None:
    assert site_name_in_title(title, "https://www.brightlens.example/a") == name


@pytest.mark.parametrize(
    ("title", "url", "site", "expected"),
    [
        # The site's initials, spelled in order by its host's name.
        ("Top 100 data firms | TDF", "https://topdatafirms.example/t", None, "Top 100 data firms"),
        ("Review workflows - MASV", "https://massive.example/w", None, "Review workflows"),
        (
            "Ferry timetable – NIF",
            "https://www.northislandferries.example/t",
            None,
            "Ferry timetable",
        ),
        # Someone's blog, whoever the host is.
        ("Search at speed | Ash's Blog", "https://ashv.example/s", None, "Search at speed"),
        (
            "Preparing a transition | Rina Patel’s blog",
            "https://host.example/~rp",
            None,
            "Preparing a transition",
        ),
        # The first part of the page's site name.
        ("Reading USB logs - Ada Brook", None, "Ada Brook - Notes on Security", "Reading USB logs"),
    ],
)
def test_a_site_named_by_initials_a_blog_or_its_name_s_lead_goes(
    title: str, url: str | None, site: str | None, expected: str
) -> None:
    assert site_free_title(title, url, site) == expected


@pytest.mark.parametrize(
    ("title", "url"),
    [
        # Capitals the host does not spell from its first letter, or in another order.
        ("Rules on data | GDPR", "https://privacyguide.example/r"),
        ("Cheap flights | FTC", "https://www.cheapflights.example/c"),
        # Capitals longer than initials run: a word.
        ("Draft picks | ARCHIVE", "https://www.archaeologyreview.example/d"),
        # A blog with no owner is the page's section or subject.
        ("Gardening notes | Our Blog", "https://plantlog.example/g"),
        ("Why I still blog | Writing", "https://writer.example/w"),
    ],
)
def test_capitals_and_blogs_that_do_not_name_the_site_stay(title: str, url: str) -> None:
    assert site_free_title(title, url) == title
