"""Issue 8's "done when", as a new user would go: fetch three pages from a local server into a
new case, star two quotes and note one, export a Markdown brief with citations and the timeline
for TimelineJS, and open the case in Datasette."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.cli.datasette_check import datasette_view
from tests.cli.test_cli import run

STORIES = {
    "harbour": (
        "Harbour ferries to run at night",
        "We will add two evening crossings",
        "Ines Roda",
    ),
    "school": (
        "School roof repaired after storm",
        "The children will be back in class",
        "Tom Akers",
    ),
    "market": ("Market square to close for works", "Stalls will move to the quay", "Ana Pires"),
}
PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:title" content="{title}"><meta name="author" content="Rui Costa">
<meta property="article:published_time" content="2024-03-0{day}T08:00:00Z">
<meta property="og:site_name" content="Local Ledger"></head>
<body><nav><a href="/">Home</a></nav><article><h1>{title}</h1>
<p>The council met on Friday and agreed on the plan, which starts on 15 April 2024.</p>
<p>“{quote} before the summer,” said {speaker} after the vote on Friday evening.</p>
<p>Work is expected to finish in June 2025, the council said in a statement.</p>
</article></body></html>"""


class Stories(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        name = self.path.strip("/")
        if name not in STORIES:
            self.send_error(404)
            return
        title, quote, speaker = STORIES[name]
        day = list(STORIES).index(name) + 1
        body = PAGE.format(title=title, quote=quote, speaker=speaker, day=day).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Stories)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def quote_of(capsys, case: str, speaker: str) -> dict:
    (hit,) = json.loads(run(capsys, "quotes", f'@"{speaker}"', "--json", "--case", case)[1])
    return hit


async def test_fetch_star_note_export_and_open_in_datasette(
    tmp_path: Path, site: str, capsys
) -> None:
    case = str(tmp_path / "ferries.case.db")

    # Fetch three pages into a case that does not exist yet.
    code, out, err = run(capsys, "add", *(f"{site}/{name}" for name in STORIES), "--case", case)
    assert (code, err) == (0, "")
    assert out.startswith("3 added")

    # Star two quotes, and note one of them.
    harbour, school = quote_of(capsys, case, "Ines Roda"), quote_of(capsys, case, "Tom Akers")
    assert run(capsys, "annotate", str(harbour["id"]), "--star", "--case", case)[0] == 0
    code, out, _ = run(
        capsys, "annotate", str(school["id"]), "--star", "--note", "lead", "--case", case
    )
    assert code == 0 and out.strip() == f"quote {school['id']}: starred, note: lead"

    # A Markdown brief of the starred quotes, each with its citation, and the note.
    brief = tmp_path / "brief.md"
    code, out, _ = run(capsys, "export", "quotes", "--starred", "--out", str(brief), "--case", case)
    assert (code, out) == (0, f"wrote {brief}\n")
    text = brief.read_text(encoding="utf-8")
    assert text.startswith("# Starred quotes\n")
    # The quote's own words: the comma that tied it to "Roda said" is left out, no full stop added.
    assert "> We will add two evening crossings before the summer\n" in text
    # Each title links to its page scrolled to the quote (a text fragment).
    assert (
        f"> — Ines Roda, [Harbour ferries to run at night]({site}/harbour#:~:text=We%20will" in text
    )
    assert f"> — Tom Akers, [School roof repaired after storm]({site}/school#:~:text=" in text
    assert text.count("*Local Ledger*") == 2
    assert "Stalls will move" not in text  # not starred
    assert "*Note:* lead" in text

    # The timeline for TimelineJS: a slide for each dated event, the case as its title.
    slides_file = tmp_path / "timeline.json"
    assert (
        run(capsys, "export", "timeline", "--format", "timelinejs", "--out", str(slides_file),
            "--case", case)[0]
        == 0
    )  # fmt: skip
    slides = json.loads(slides_file.read_text(encoding="utf-8"))
    assert slides["title"]["text"]["headline"] == "ferries"
    starts = {(s["start_date"]["year"], s["start_date"].get("month")) for s in slides["events"]}
    assert {("2024", "3"), ("2024", "4"), ("2025", "6")} <= starts

    # Datasette opens the case as it is and finds a quote through its full-text search.
    tables, found = await datasette_view(Path(case), "evening crossings")
    assert {"documents", "quotes", "annotations"} <= set(tables)
    assert [quote["id"] for quote in found] == [harbour["id"]]


def test_an_export_that_cannot_be_written_is_a_one_line_error(
    seed_case: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "no" / "such" / "brief.md"
    code, _out, err = run(capsys, "export", "quotes", "--out", str(out), "--case", str(seed_case))
    assert code == 1  # a write failure, not a usage error
    assert err == f"casebrowser: cannot write {out}: No such file or directory\n"
