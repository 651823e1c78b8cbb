"""Reading files of each kind, and the one-line reasons bad files are turned away."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from store.ingest.formats import InputError, article_markdown, decode, read_document


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def test_markdown_front_matter_gives_metadata(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "a.md",
        "---\ntitle: A title\nurl: https://example.org/x\nsource: Example\n"
        "author: Jo Bloggs\ndate: 2024-05-13\nfetch_date: 2025-10-06T17:15:22\n---\n\nBody text.\n",
    )
    raw = read_document(path)
    assert raw.format == "markdown"
    assert raw.title == "A title"
    assert raw.url == "https://example.org/x"
    assert raw.source == "Example"
    assert raw.author == "Jo Bloggs"
    assert raw.published == dt.date(2024, 5, 13)
    assert raw.fetched == dt.datetime(2025, 10, 6, 17, 15, 22)
    assert raw.text.strip() == "Body text."


def test_text_file_with_front_matter_is_read_as_markdown(tmp_path: Path) -> None:
    raw = read_document(write(tmp_path, "a.txt", "---\ntitle: T\n---\n# T\n\nBody.\n"))
    assert raw.format == "markdown"
    assert raw.title == "T"
    assert "Body." in raw.text


def test_plain_text_keeps_its_text_and_has_no_metadata(tmp_path: Path) -> None:
    raw = read_document(write(tmp_path, "a.txt", "Just a paragraph.\n\nAnother one.\n"))
    assert raw.format == "text"
    assert raw.title is None and raw.published is None
    assert raw.text.startswith("Just a paragraph.")


def test_written_dates_and_author_lists_in_front_matter(tmp_path: Path) -> None:
    raw = read_document(
        write(tmp_path, "a.md", "---\ndate: May 8, 2024\nauthor: [Ann One, Bob Two]\n---\nx\n")
    )
    assert raw.published == dt.date(2024, 5, 8)
    assert raw.author == "Ann One, Bob Two"


@pytest.mark.parametrize(
    ("written", "published"),
    [
        ("2023", dt.date(2023, 1, 1)),
        ("March 2024", dt.date(2024, 3, 1)),
        ("'Jun 2021'", dt.date(2021, 6, 1)),
    ],
)
def test_a_date_without_day_or_month_starts_its_period(
    tmp_path: Path, written: str, published: dt.date
) -> None:
    raw = read_document(write(tmp_path, "a.md", f"---\ndate: {written}\n---\nx\n"))
    assert raw.published == published  # never today's month and day


def test_content_hash_changes_with_the_content(tmp_path: Path) -> None:
    first = read_document(write(tmp_path, "a.txt", "one")).content_hash
    second = read_document(write(tmp_path, "a.txt", "two")).content_hash
    assert first != second and len(first) == 64


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.md", "", "empty file"),
        ("blank.txt", "  \n\n \t\n", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ],
)
def test_bad_files_raise_input_error_with_reason(
    tmp_path: Path, name: str, content: str | bytes, reason: str
) -> None:
    with pytest.raises(InputError, match=reason):
        read_document(write(tmp_path, name, content))


def test_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", "x" * 2000)
    with pytest.raises(InputError, match="file too large"):
        read_document(path, max_bytes=1000)
    assert read_document(path, max_bytes=5000).text == "x" * 2000


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="disappeared"):
        read_document(tmp_path / "gone.txt")


def test_legacy_encoding_is_detected() -> None:
    text = (
        "Le ministre a déclaré que la société française était prête à coopérer. "
        "Les négociations ont été menées à Genève pendant l'été, après des mois de débats "
        "difficiles entre les représentants élus et les régulateurs indépendants."
    )
    assert decode(text.encode("cp1252")) == text


def test_utf8_with_byte_order_mark_is_decoded_without_it() -> None:
    assert decode("\ufeffHello".encode()) == "Hello"


def test_utf16_with_byte_order_mark_is_text_not_binary(tmp_path: Path) -> None:
    path = write(
        tmp_path, "u16.txt", "Un texte en UTF-16, avec des accents: é, è.".encode("utf-16")
    )
    assert "accents: é, è." in read_document(path).text


def test_html_page_gives_article_text_and_metadata(tmp_path: Path) -> None:
    html = (Path(__file__).parents[2] / "fixtures" / "inputs" / "article.html").read_text()
    raw = read_document(write(tmp_path, "page.html", html))
    assert raw.format == "html"
    assert raw.title == "Harbour council approves the new ferry timetable"
    assert raw.published == dt.date(2024, 3, 9)
    assert raw.author == "Mara Quill"
    assert "approved a new ferry timetable" in raw.text
    assert "Subscribe to our newsletter" not in raw.text
    assert "Cookie settings" not in raw.text


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><script>render()</script></body></html>",
        "<html><head><style>p {}</style></head><body><div hidden>Loading</div></body></html>",
        "<html><body>   <!-- nothing here --> </body></html>",
    ],
)
def test_html_page_with_no_text_at_all_is_refused(tmp_path: Path, html: str) -> None:
    with pytest.raises(InputError, match="no text found"):
        read_document(write(tmp_path, "empty.html", html))


def test_html_page_without_article_keeps_its_visible_text(tmp_path: Path) -> None:
    # Fewer words than an article holds: trafilatura's answer is not taken, the page's is.
    html = (
        "<html><head><title>Ferry fares 2024</title></head><body>"
        "<h1>Fares</h1><div><a href='/isle'>Isle</a> <span>$4.50</span></div></body></html>"
    )
    raw = read_document(write(tmp_path, "fares.html", html))
    assert raw.title is not None and "Fares" in raw.title
    assert raw.format == "markdown"  # the whole page: cleaned as a crawler's markdown is
    assert raw.text == "# Fares\n\n[Isle](</isle>) $4.50"


def test_html_page_with_only_a_title_is_kept_by_its_title(tmp_path: Path) -> None:
    html = "<html><head><title>Board games</title></head><body><app-root></app-root></body></html>"
    raw = read_document(write(tmp_path, "app.html", html))
    assert raw.title == "Board games"
    assert raw.text == ""


def test_html_suffix_on_a_file_that_is_no_html_keeps_its_text(tmp_path: Path) -> None:
    # lxml finds no page in it (no tags, no <html>): its text is still the document's body.
    path = write(tmp_path, "notes.html", "just a line of notes, no markup at all in it")
    doc = read_document(path)
    assert doc.text == "just a line of notes, no markup at all in it"
    assert doc.format == "markdown"


def test_html_page_is_parsed_once_for_article_and_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import trafilatura.utils

    parses: list[object] = []
    parse = trafilatura.utils.fromstring

    def counted(*args: object, **kwargs: object) -> object:
        parses.append(args[0])
        return parse(*args, **kwargs)

    monkeypatch.setattr(trafilatura.utils, "fromstring", counted)
    html = (Path(__file__).parents[2] / "fixtures" / "inputs" / "article.html").read_text()
    raw = read_document(write(tmp_path, "page.html", html))
    assert raw.author == "Mara Quill"
    assert "approved a new ferry timetable" in raw.text
    # The page itself once (the extraction also parses fragments it rebuilt).
    assert parses.count(html) == 1


ARTICLE = (
    "<article><h1>Ferry timetable</h1><p>The harbour council approved a new ferry timetable"
    " that adds two evening crossings from next month, after a year of complaints.</p></article>"
)


@pytest.mark.parametrize(
    "page",
    [
        # A copyright year in the footer: a guess at "1 January 2025", not a publication date.
        "<html><head><title>Ferry timetable</title></head><body>"
        + ARTICLE
        + "<footer><a href='/c'><span>Harbour News</span><span>&copy;2025</span></a></footer>"
        "</body></html>",
        # The RDF namespace's year in an attribute: "1 January 2000".
        '<html prefix="rdfs: http://www.w3.org/2000/01/rdf-schema#"><head><title>Ferry'
        " timetable</title></head><body>" + ARTICLE + "</body></html>",
    ],
)
def test_html_page_without_a_date_in_its_markup_is_undated(tmp_path: Path, page: str) -> None:
    raw = read_document(write(tmp_path, "page.html", page))
    assert "evening crossings" in raw.text
    assert raw.published is None


def test_html_page_dated_by_its_time_element_keeps_the_date(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Ferry timetable</title></head><body><article><h1>Ferry timetable</h1>"
        '<time datetime="2024-03-08T09:00:00Z" class="published">8 March 2024</time>'
        + ARTICLE[len("<article><h1>Ferry timetable</h1>") :]
        + "<footer>&copy;2025</footer></body></html>"
    )
    assert read_document(write(tmp_path, "page.html", page)).published == dt.date(2024, 3, 8)


@pytest.mark.parametrize(
    ("written", "author"),
    [
        ("Cazzy Magennis Last Updated August 1", "Cazzy Magennis"),
        ("CM Craig McCarthy Last updated", "Craig McCarthy"),
        ("Written By", None),
        ("Mara Quill", "Mara Quill"),
    ],
)
def test_html_author_keeps_the_name_alone(tmp_path: Path, written: str, author: str | None) -> None:
    # What trafilatura reads as the author of real pages: a byline's label or its update note.
    page = (
        f'<html><head><title>Ferry timetable</title><meta name="author" content="{written}">'
        "</head><body>" + ARTICLE + "</body></html>"
    )
    assert read_document(write(tmp_path, "page.html", page)).author == author


def words(n: int) -> str:
    return " ".join(["word"] * n)


class Modes:
    """trafilatura's two modes, faked: the answer of each, and which were asked."""

    def __init__(self, recall: str | None, default: str | None) -> None:
        self.answers = {True: recall, False: default}
        self.asked: list[bool] = []

    def __call__(self, _html: str, favor_recall: bool) -> str | None:
        self.asked.append(favor_recall)
        return self.answers[favor_recall]


@pytest.mark.parametrize(
    ("recall", "default", "page", "taken"),
    [
        (80, 700, 1000, 700),  # one block of a long article: the default mode finds the body
        (0, 300, 400, 300),  # the recall mode found nothing
        (80, 90, 1000, 80),  # the default mode finds hardly more: the recall mode's answer
        (80, 0, 1000, 80),  # ...or nothing
    ],
)
def test_a_short_recall_answer_is_checked_against_the_default_mode(
    recall: int, default: int, page: int, taken: int
) -> None:
    modes = Modes(words(recall) or None, words(default) or None)
    text = article_markdown("<html/>", modes, lambda _html: page)
    assert len((text or "").split()) == taken
    assert modes.asked == [True, False]


@pytest.mark.parametrize(
    ("recall", "page"),
    [
        (900, 5000),  # a long answer
        (300, 1000),  # a good share of the page's words
    ],
)
def test_a_long_enough_recall_answer_is_taken_without_asking_again(recall: int, page: int) -> None:
    modes = Modes(words(recall), words(5000))
    assert article_markdown("<html/>", modes, lambda _html: page) == words(recall)
    assert modes.asked == [True]


def test_html_page_laid_out_in_a_table_reads_as_paragraphs_and_rows(tmp_path: Path) -> None:
    prose = " ".join(["The council met on Tuesday to vote on the new ferry timetable."] * 5)
    rows = "".join(f"<tr><td>{isle}</td><td>$4.50</td></tr>" for isle in ("Isle", "Bay", "Port"))
    html = (
        "<html><head><title>Ferries</title></head><body><table><tr><td><h1>Ferries</h1>"
        f"<p>{prose}</p><p>{prose}</p><table><tr><td>Route</td><td>Fare</td></tr>"
        f"{rows}</table></td></tr></table></body></html>"
    )
    raw = read_document(write(tmp_path, "ferries.html", html))
    lines = [line.strip() for line in raw.text.split("\n")]
    assert lines.count(prose) == 2  # paragraphs of their own, not one cell
    assert "| Isle | $4.50 |" in lines
    assert lines[lines.index("| Route | Fare |") + 1] == "| --- | --- |"
