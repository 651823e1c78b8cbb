"""Program code a page did not mark as code holds strings, not anyone's words: the cleaner
keeps it as a code block, and quotes are read in text paragraphs only."""

from __future__ import annotations

import pytest

from store.cleaning.clean import clean
from store.quoting.quotes import find_quotes


def quotes_of(*texts: str, form: str = "text") -> list[str]:
    """The quotes of a copy whose paragraphs are `texts`, as ingest reads it."""
    paragraphs = clean("\n\n".join(texts), format=form).paragraphs
    return [q.text for q in find_quotes(paragraphs)]


GO = (
    's, err := note.NewSigner(os.Getenv("LOG_KEY"))\n'
    "if err != nil {\n"
    '    log.Fatalln("failed to create checkpoint signer:", err)\n'
    "}"
)
C = 'int main(void) {\n    printf("hello, said the program to the world\\n");\n    return 0;\n}'
JS = '// greet the user\nconst greet = (name) => {\n  alert("Welcome back, " + name);\n};'
PYTHON_LIKE = (
    "if status == 404:\n"
    '    print("The page you asked for is gone, said the server")\n'
    "elif status != 200:\n"
    '    print("Something else went wrong")'
)


@pytest.mark.parametrize("form", ["text", "markdown"])
@pytest.mark.parametrize("code", [GO, C, JS, PYTHON_LIKE])
def test_strings_in_code_are_no_quotes(code: str, form: str) -> None:
    assert quotes_of("The service starts like this:", code, form=form) == []


def test_prose_around_the_code_keeps_its_quotes() -> None:
    found = quotes_of(GO, "“It fails loudly on purpose,” said Ann Lee, who wrote the log.")
    assert found == ["It fails loudly on purpose"]


@pytest.mark.parametrize(
    "prose",
    [
        # lines of a poem or a list kept in one paragraph, with a quote in them
        "The sign read:\n“No entry after dark,”\nsaid the warden, Tom Ray.",
        "He wrote three lines;\nthe first said “we are leaving”;\nthe last said nothing.",
        "“We will stay,” Ann Lee said.\nThe others agreed.\nThen they left.",
    ],
)
def test_prose_with_line_breaks_is_not_code(prose: str) -> None:
    assert quotes_of(prose) != []
