"""Program code comes out of the cleaner as code, fenced or not: a listing whose fence a
converter lost, an indented snippet, lines of code in a plain-text copy. Prose whose lines
the page broke by hand stays text."""

from __future__ import annotations

import pytest

from store.cleaning.clean import clean
from store.cleaning.code import is_data, looks_like_code
from store.models import Paragraph
from store.quoting.quotes import find_quotes

GO = [
    's, err := note.NewSigner(os.Getenv("LOG_KEY"))',
    "if err != nil {",
    '    log.Fatalln("failed to create checkpoint signer:", err)',
    "}",
]
C = ["int main(void) {", '    printf("hello, said the program\\n");', "    return 0;", "}"]
JS = [
    "// greet the user",
    "const greet = (name) => {",
    '  alert("Welcome back, " + name);',
    "};",
]
PYTHON_LIKE = [
    "if status == 404:",
    '    print("The page you asked for is gone, said the server")',
    "elif status != 200:",
    '    print("Something else went wrong")',
]
CSS = ["body {", "  margin: 0;", "  font-family: serif;", "}"]
LISTINGS = {"go": GO, "c": C, "js": JS, "python": PYTHON_LIKE, "css": CSS}

PROSE_LINES = {
    "a poem": ["The sign read:", "“No entry after dark,”", "said the warden, Tom Ray."],
    "semicolons": ["He wrote three lines;", "the first said we are leaving;", "the last, no."],
    "an address": ["Harbour Council", "1 Quay Street", "Porthmadog (Wales)"],
    "a list of calls": ["Call Ann (office) first.", "Then Tom (home).", "Then the desk."],
    "two lines of code": ["x = f(1);", "y = g(2);"],  # too short to tell
}

INTRO = "The service starts its signer like this, and stops when the key is missing:"
OUTRO = (
    "It fails loudly on purpose, the maintainers say, because a silent failure would let"
    " the log run unsigned for days before anyone noticed."
)


@pytest.mark.parametrize("name", LISTINGS)
def test_lines_of_code_look_like_code(name: str) -> None:
    assert looks_like_code(LISTINGS[name])


@pytest.mark.parametrize("name", PROSE_LINES)
def test_lines_of_prose_do_not(name: str) -> None:
    assert not looks_like_code(PROSE_LINES[name])


def kinds_and_texts(doc_text: str, format: str = "markdown") -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in clean(doc_text, format=format).paragraphs]


def around(block: str) -> str:
    return f"# Signing checkpoints\n\n{INTRO}\n\n{block}\n\n{OUTRO}\n"


@pytest.mark.parametrize("name", LISTINGS)
def test_a_markdown_paragraph_of_code_is_code(name: str) -> None:
    lines = LISTINGS[name]
    found = kinds_and_texts(around("\n".join(line.lstrip() for line in lines)))
    code = [text for kind, text in found if kind == "code"]
    assert code == ["\n".join(line.lstrip() for line in lines)]
    assert ("text", INTRO) in found and ("text", OUTRO) in found


@pytest.mark.parametrize("name", LISTINGS)
def test_hard_line_breaks_split_code_lines_too(name: str) -> None:
    lines = [line.lstrip() for line in LISTINGS[name]]
    found = kinds_and_texts(around("  \n".join(lines)))
    assert ("code", "\n".join(lines)) in found


@pytest.mark.parametrize("name", LISTINGS)
def test_an_indented_snippet_of_code_is_code_with_its_indentation(name: str) -> None:
    lines = LISTINGS[name]
    found = kinds_and_texts(around("\n".join("    " + line for line in lines)))
    assert ("code", "\n".join(lines)) in found


@pytest.mark.parametrize("name", LISTINGS)
def test_a_fenced_listing_is_code(name: str) -> None:
    lines = LISTINGS[name]
    found = kinds_and_texts(around("```\n" + "\n".join(lines) + "\n```"))
    assert ("code", "\n".join(lines)) in found


@pytest.mark.parametrize("name", LISTINGS)
def test_code_in_a_plain_text_copy_is_code(name: str) -> None:
    lines = LISTINGS[name]
    text = f"Signing checkpoints\n\n{INTRO}\n\n" + "\n".join(lines) + f"\n\n{OUTRO}\n"
    found = kinds_and_texts(text, format="text")
    assert ("code", "\n".join(lines)) in found
    assert ("text", OUTRO) in found


@pytest.mark.parametrize("name", PROSE_LINES)
def test_prose_broken_into_lines_stays_text(name: str) -> None:
    lines = PROSE_LINES[name]
    for doc_text, format in (
        (around("\n".join(lines)), "markdown"),
        (around("\n".join(lines)), "text"),
    ):
        kinds = {kind for kind, _ in kinds_and_texts(doc_text, format)}
        assert "code" not in kinds


def test_a_list_item_of_code_lines_is_code() -> None:
    item = "- " + "\n  ".join(line.lstrip() for line in C)
    found = kinds_and_texts(around(item))
    assert ("code", "\n".join(line.lstrip() for line in C)) in found


def test_a_heading_is_never_code() -> None:
    found = kinds_and_texts(around("## if (a == b) { return; }"))
    assert ("heading", "if (a == b) { return; }") in found


def test_quotes_are_not_looked_for_in_code() -> None:
    """Every consumer sees the kind: the quote finder reads text paragraphs only."""
    block = "\n".join(line.lstrip() for line in C)
    said = "“It fails loudly on purpose,” said Ann Lee, who maintains the signer."
    doc = clean(around(block) + f"\n{said}\n")
    assert [p.kind for p in doc.paragraphs].count("code") == 1
    quotes = [q.text for q in find_quotes(doc.paragraphs)]
    assert quotes == ["It fails loudly on purpose"]


def test_a_paragraph_keeps_its_kind_through_the_model() -> None:
    assert Paragraph(kind="code", text="x = 1;").kind == "code"


def test_an_indented_listing_with_a_link_is_code_without_the_links_address() -> None:
    """html2text indents a <pre> and writes its "Run" button as a link inside it."""
    lines = ["[Run](https://play.example/?code=fn+main)fn main() {", "    let x = f(1);", "}"]
    found = kinds_and_texts(around("\n".join("    " + line for line in lines)))
    code = [text for kind, text in found if kind == "code"]
    assert len(code) == 1 and "play.example" not in code[0]
    assert code[0].endswith("let x = f(1);\n}")


PROSE = (
    "The harbour authority approved the new ferry timetable on Tuesday after three months of"
    " talks with the operators and the island councils."
)
PROSE_AFTER = (
    "Under the new timetable the first crossing leaves at 5.40am, twenty minutes earlier than"
    " now, and the last one returns shortly before midnight."
)


@pytest.mark.parametrize(
    "data",
    [
        '{"layout": 2, "buttonText": "Buy now", "price": {"hue": 213, "amount": 19.99}}',
        '[{"id": 1, "name": "Ferry pass"}, {"id": 2, "name": "Bus pass"}, {"id": 3, "sku": "x"}]',
        '{"@context":"https://schema.org","@type":"Article","headline":"Ferry timetable"}',
    ],
)
def test_a_data_literal_in_the_text_goes(data: str) -> None:
    """A page's script data written into its text (a widget's settings, a product record) is
    no words of the article."""
    page = f"# Ferry timetable approved\n\n{PROSE}\n\n{data}\n\n{PROSE_AFTER}\n"
    assert [p.text for p in clean(page).paragraphs] == [PROSE, PROSE_AFTER]


@pytest.mark.parametrize(
    "text",
    [
        '{"a": 1} is how the settings file starts, the manual says, with "b": 2 and "c": 3 after.',
        "[Note: the timetable changes in May, the council said.]",
        '{"one": 1, "two": 2}',
    ],
)
def test_text_that_is_no_data_literal_stays(text: str) -> None:
    assert not is_data(text)
