"""Front matter that is not strict YAML: what can be read is read, the body is always kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from store.case import Case
from store.ingest.formats import read_document
from store.ingest.front_matter import (
    read_leniently,
    scalar,
    split_front_matter,
    web_address_problem,
)
from store.ingest.front_matter_fields import TEXT_KEYS
from store.ingest.run import ingest

BODY = "The article's first paragraph.\n\nIts second paragraph.\n"


def read(tmp_path: Path, front: str, *, name: str = "a.md", body: str = BODY):
    path = tmp_path / name
    path.write_text(f"---\n{front}---\n{body}", encoding="utf-8")
    return read_document(path)


def test_a_title_with_a_second_colon_is_read_whole(tmp_path: Path) -> None:
    raw = read(
        tmp_path,
        "title: Fact Check: Is the moon made of cheese?\nsource: Checkers\ndate: 2024-05-13\n",
    )
    assert raw.title == "Fact Check: Is the moon made of cheese?"
    assert (raw.source, raw.published) == ("Checkers", dt.date(2024, 5, 13))
    assert raw.text.strip() == BODY.strip()
    assert raw.warnings == []  # everything was read: nothing to say


@pytest.mark.parametrize(
    ("front", "title"),
    [
        ("title: Time: 10:30 a.m.: the vote\n", "Time: 10:30 a.m.: the vote"),
        ("title: We're #1 in sales\n", "We're #1 in sales"),  # valid YAML, "#1" not a comment
        ("title: #1 hit of the summer\n", "#1 hit of the summer"),  # YAML: all a comment
        ("title: {Video} Crash\n", "{Video} Crash"),
        ("title: {Video}\n", "{Video}"),  # YAML: a mapping
        ("title: &Co results\n", "&Co results"),  # YAML: an anchor
        ("title: Before #2: after\n", "Before #2: after"),
        ('title: "He said "no" twice"\n', 'He said "no" twice'),  # inner quotes unescaped
        ('title: "An unclosed quote\n', '"An unclosed quote'),
        ('title: "Quoted" headline: part 2\n', '"Quoted" headline: part 2'),
        ('title: "Trump" says "no"\n', '"Trump" says "no"'),
        ("title: 'Twas night: it's cold'\n", "Twas night: it's cold"),
        ("title: 'Rust' is 'fast': a review\n", "'Rust' is 'fast': a review"),
        ('title: "Breaking: "We won""\n', 'Breaking: "We won"'),
        ("title: 'It''s: fine'\n", "It's: fine"),  # YAML's own escape in a lenient read
        ("title: @handle: a post\n", "@handle: a post"),
        ("title: [Video] Crash: what we know\n", "[Video] Crash: what we know"),
        ("title:\tTabbed: title\n", "Tabbed: title"),
        ("title: One --- two: three\n", "One --- two: three"),
        ("title: A long: title\n  folded onto line two\n", "A long: title folded onto line two"),
        ("title: >\n  A folded: block\n  of text\n", "A folded: block\nof text"),
    ],
)  # fmt: skip
def test_titles_crawlers_write_are_read_as_written(tmp_path: Path, front: str, title: str) -> None:
    raw = read(tmp_path, front + "author: Jo Bloggs\n")
    assert raw.title == " ".join(title.split())
    assert raw.author == "Jo Bloggs"
    assert raw.text.strip() == BODY.strip() and raw.warnings == []


def test_a_list_of_authors_in_broken_front_matter(tmp_path: Path) -> None:
    raw = read(tmp_path, "title: A: B\nauthors:\n  - Ann One\n  - 'Bob Two'\n\t- Cy Three\n")
    assert raw.author == "Ann One, Bob Two, Cy Three"


def test_a_flow_list_of_authors_in_broken_front_matter(tmp_path: Path) -> None:
    raw = read(tmp_path, 'title: A: B\nauthor: [Ann One, "Bob: Two"]\n')
    assert raw.author == "Ann One, Bob: Two"


def test_empty_values_are_missing_fields_not_errors(tmp_path: Path) -> None:
    raw = read(tmp_path, "title:\nauthor: ''\ndate:\nsource: S: T\n")
    assert (raw.title, raw.author, raw.published, raw.source) == (None, None, None, "S: T")
    assert raw.warnings == []


def test_byte_order_mark_and_crlf_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    text = (
        "\ufeff---\r\ntitle: A: B\r\nauthors:\r\n  - Ann\r\n  - Bob\r\ndate: 2024-05-13\r\n---\r\n"
    )
    path.write_bytes((text + "Body text.\r\n").encode("utf-8"))
    raw = read_document(path)
    assert (raw.title, raw.author, raw.published) == ("A: B", "Ann, Bob", dt.date(2024, 5, 13))
    assert raw.text.strip() == "Body text." and raw.warnings == []


def test_misindented_keys_are_read_and_stray_lines_named_once(tmp_path: Path) -> None:
    raw = read(tmp_path, "title: X: y\n  author: Jo\n source: S\nthis line is no field\n")
    assert (raw.title, raw.author, raw.source) == ("X: y", "Jo", "S")
    assert raw.warnings == ["stored, but front matter unreadable: line 5 'this line is no field'"]
    assert raw.text.strip() == BODY.strip()


def test_an_impossible_date_is_named_and_the_article_kept(tmp_path: Path) -> None:
    raw = read(tmp_path, "title: T\ndate: 2024-02-30\n")
    assert raw.title == "T" and raw.published is None
    assert raw.warnings == ["stored, but front matter unreadable: date '2024-02-30'"]
    assert raw.text.strip() == BODY.strip()


def test_front_matter_that_is_a_list_keeps_the_body(tmp_path: Path) -> None:
    raw = read(tmp_path, "- a\n- b\n")
    assert raw.title is None and raw.text.strip() == BODY.strip()
    assert raw.warnings == ["stored, but front matter unreadable: line 2 '- a', line 3 '- b'"]


def test_front_matter_never_closed_keeps_what_follows_its_fields(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: A: B\ndate: 2024-05-13\nThe body starts here.\n", "utf-8")
    raw = read_document(path)
    assert (raw.title, raw.published) == ("A: B", dt.date(2024, 5, 13))
    assert raw.text == "The body starts here.\n"
    assert raw.warnings == ["stored, but front matter unreadable: no closing ---"]


def test_a_mapping_where_text_belongs_is_named_unless_it_has_a_name(tmp_path: Path) -> None:
    raw = read(tmp_path, "title:\n  main: T\nauthor:\n  name: Jo Bloggs\n")
    assert raw.title is None and raw.author == "Jo Bloggs"
    assert raw.warnings == ["stored, but front matter unreadable: title"]


def test_strict_yaml_still_gives_its_types(tmp_path: Path) -> None:
    # Valid YAML goes through PyYAML: escapes, multi-line quoted strings and nesting as YAML says.
    raw = read(tmp_path, 'title: "Tab\\there"\nauthor:\n  - "A, B"\n  - C\n')
    assert raw.title == "Tab here" and raw.author == "A, B, C"


def test_a_front_matter_comment_is_still_a_comment_for_dates(tmp_path: Path) -> None:
    raw = read(tmp_path, "title: T\ndate: 2024-05-13 # from the print edition\n")
    assert raw.published == dt.date(2024, 5, 13) and raw.warnings == []


def test_lenient_reading_line_by_line() -> None:
    fields, unreadable = read_leniently(
        "\ntitle: A: B\n# a comment\ntags:\n- x\n- y\nsummary: |\n  line one\n\n  line two\nbad\n"
    )
    assert fields == {
        "title": "A: B",
        "tags": ["x", "y"],
        "summary": "line one\n\nline two",
    }
    assert unreadable == ["line 11 'bad'"]


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("", None),
        ("  plain: text # kept ", "plain: text # kept"),
        ('"quoted \\"escape\\""', 'quoted "escape"'),
        ("'single'", "single"),
        ('"unbalanced', '"unbalanced'),
        ("[a, b]", ["a", "b"]),
        ("[a, b: c]", ["a", "b: c"]),  # YAML would make "b: c" a mapping
    ],
)
def test_scalar_values(raw: str, value: object) -> None:
    assert scalar(raw) == value


def test_yaml_is_tried_first() -> None:
    front = split_front_matter("---\ntitle: 'A: B'\ncount: 3\n---\nbody\n")
    assert front.fields == {"title": "A: B", "count": "3"}  # plain scalars stay text
    assert front.body == "\nbody\n" and front.unreadable == []


def test_ingest_stores_crawler_pages_and_warns_once(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    dates = {"p0.md": "2024-02-28", "p1.md": "2024-02-30", "p2.md": "0001-01-01"}
    for name, date in dates.items():
        (folder / name).write_text(
            f"---\ntitle: Fact Check: {name}\ndate: {date}\n---\n{BODY}", "utf-8"
        )
    with Case(tmp_path / "case.db") as case:
        report = ingest(case, [folder])
        assert (report.added, report.rejected) == (3, [])
        stored = {Path(doc.path).name: (doc.title, doc.published) for doc in case.documents()}
        assert stored == {
            "p0.md": ("Fact Check: p0.md", dt.date(2024, 2, 28)),
            "p1.md": ("Fact Check: p1.md", None),
            "p2.md": ("Fact Check: p2.md", None),  # a placeholder: no date, and no warning
        }
        assert report.warnings == [
            f"{folder / 'p1.md'}: stored, but front matter unreadable: date '2024-02-30'"
        ]
        assert report.summary().endswith("0 rejected, 1 stored with unreadable metadata")
        again = ingest(case, [folder])
        assert again.unchanged == 3 and again.warnings == []


@pytest.mark.parametrize(
    ("front", "title"),
    [
        ("title: No\n", "No"),
        ("title: 1.10\n", "1.10"),
        ("title: 007\n", "007"),
        ("title: ~\n", None),
    ],
)
def test_plain_values_stay_the_text_written(tmp_path: Path, front: str, title: str | None) -> None:
    assert read(tmp_path, front).title == title  # YAML 1.1 would say False, 1.1, 7


# Any character a title line can hold; line breaks end the line, a BOM would be stripped.
LINE_CHARS = st.characters(
    blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\ufeff\x85"
)
# A first character that does not open a quoted value, a list or a block.
FIRST_CHARS = st.characters(
    blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp"),
    blacklist_characters="\"'[|>\ufeff\x85",
)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(first=FIRST_CHARS, rest=st.text(LINE_CHARS, max_size=40))
def test_any_unquoted_title_is_read_as_written(first: str, rest: str) -> None:
    title = first + rest
    assume(title.strip() not in {"~", "null", "Null", "NULL"})  # YAML's null, on purpose
    front = split_front_matter(
        f"---\ntitle: {title}\nauthor: Jo\n---\nbody\n", as_written=TEXT_KEYS
    )
    read = front.fields["title"]
    assert isinstance(read, str) and " ".join(read.split()) == " ".join(title.split())
    assert front.fields["author"] == "Jo" and front.body == "\nbody\n"


def test_a_horizontal_rule_opening_an_article_is_no_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\n\nAn article that opens with a rule.\n\nMore text.\n", "utf-8")
    raw = read_document(path)
    assert "An article that opens with a rule." in raw.text and raw.warnings == []


def test_only_the_line_yaml_misreads_is_read_leniently(tmp_path: Path) -> None:
    # The title is valid YAML over two lines; the author's "#1" would be cut as a comment.
    raw = read(tmp_path, 'title: "A long title\n  continued"\nauthor: Jo, fan #1\n')
    assert (raw.title, raw.author) == ("A long title continued", "Jo, fan #1")


def test_a_published_flag_is_no_date_and_no_warning(tmp_path: Path) -> None:
    raw = read(tmp_path, "title: T\npublished: false\n")
    assert raw.published is None and raw.warnings == []


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_stray_line_is_named_by_its_line_in_the_file(newline: str) -> None:
    lines = ["---", "", "", "title: A: B", "garbage", "---", "body"]
    front = split_front_matter(newline.join(lines))
    assert front.fields == {"title": "A: B"} and front.unreadable == ["line 5 'garbage'"]


# ---- URLs and front matter with no body ------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "[broken",
        "see the printed edition",
        "example.org/story",  # no scheme: a guess, not an address
        "www.example.org",
        "ftp://example.org/file.txt",
        "mailto:desk@example.org",
        "javascript:alert(1)",
        "file:///home/me/page.html",
        "https://",
        "http:///path-only",
        "https://exa mple.org/a",
        "https://example.org:port/",
        "http://[::1",
    ],
)
def test_a_url_that_is_no_web_address_is_dropped_and_named(tmp_path: Path, value: str) -> None:
    raw = read(tmp_path, f"title: A story\nurl: {value}\n")
    assert raw.url is None
    assert raw.title == "A story" and raw.text.strip() == BODY.strip()
    (warning,) = raw.warnings
    assert warning.startswith("stored, but front matter unreadable: url ")
    assert "\n" not in warning and "address" in warning


@pytest.mark.parametrize(
    "value",
    [
        "https://example.org/2024/05/story",
        "http://example.org",
        "HTTPS://Example.org/A?b=1#c",
        "https://news.example.co.uk:8443/path/",
        "https://bücher.example/seite",
        "http://localhost/draft",
    ],
)
def test_a_web_address_is_kept_as_written(tmp_path: Path, value: str) -> None:
    raw = read(tmp_path, f"title: A story\nurl: '{value}'\n")
    assert raw.url == value and raw.warnings == []


def test_a_broken_url_gives_way_to_the_next_key_that_holds_one(tmp_path: Path) -> None:
    raw = read(tmp_path, "url: [broken\ncanonical_url: https://example.org/a\n")
    assert raw.url == "https://example.org/a"
    assert raw.warnings == [
        "stored, but front matter unreadable: url '[broken' (not an http or https address)"
    ]


@pytest.mark.parametrize("body", ["", "\n", "\n\n   \n\t\n"])
def test_front_matter_with_no_text_after_it_is_kept_and_said(tmp_path: Path, body: str) -> None:
    raw = read(tmp_path, "title: Only the metadata\nurl: https://example.org/a\n", body=body)
    assert (raw.title, raw.url) == ("Only the metadata", "https://example.org/a")
    assert raw.text.strip() == ""
    assert raw.warnings == ["stored with its metadata alone: no text after the front matter"]


def test_a_body_of_one_heading_is_text_enough_to_keep(tmp_path: Path) -> None:
    raw = read(tmp_path, "title: A headline\n", body="# A headline\n")
    assert raw.text.strip() == "# A headline"


def test_ingest_keeps_a_front_matter_only_file_and_names_a_bad_url(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "meta.md").write_text("---\ntitle: Metadata alone\n---\n", "utf-8")
    (folder / "bad.md").write_text(f"---\ntitle: Bad address\nurl: [broken\n---\n{BODY}", "utf-8")
    with Case(tmp_path / "case.db") as case:
        report = ingest(case, [folder])
        assert report.rejected == []
        stored = sorted((doc.title, doc.url) for doc in case.documents())
        assert stored == [("Bad address", None), ("Metadata alone", None)]
        assert sorted(report.warnings) == [
            f"{folder / 'bad.md'}: stored, but front matter unreadable: url '[broken' (not an"
            " http or https address)",
            f"{folder / 'meta.md'}: stored with its metadata alone: no text after the front matter",
        ]


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("https://example.org/a", None),
        ("ftp://example.org/a", "not an http or https address"),
        ("[broken", "not an http or https address"),
        ("https://", "not a web address"),
        ("http://[::1", "not a web address"),
    ],
)
def test_web_address_problem(value: str, problem: str | None) -> None:
    assert web_address_problem(value) == problem
