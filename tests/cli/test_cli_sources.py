"""add and import from the command line: three pages from a local server, JSON Lines, BibTeX."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.cli.test_cli import run

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:title" content="{title}"><meta name="author" content="Ines Roda">
<meta property="article:published_time" content="2024-03-0{n}T08:00:00Z">
<meta property="og:site_name" content="Local Ledger"></head>
<body><nav><a href="/">Home</a></nav><article><h1>{title}</h1>
<p>The harbour council met on Friday about ferry timetable number {n} and the new crews.</p>
<p>“We will add two evening crossings by April,” said councillor Ines Roda after the vote.</p>
</article></body></html>"""


class Pages(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path.startswith("/story/"):
            n = int(self.path.rsplit("/", 1)[1])
            body = PAGE.format(n=n, title=f"Ferry story {n}").encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_add_three_pages_and_a_missing_one(tmp_path: Path, server: str, capsys) -> None:
    case = str(tmp_path / "c.db")
    url_file = tmp_path / "urls.txt"
    url_file.write_text(f"# reading list\n{server}/story/2\n\n{server}/story/3\n")
    code, out, err = run(
        capsys,
        "add",
        f"{server}/story/1",
        f"{server}/missing",
        "--from-file",
        str(url_file),
        "--case",
        case,
    )
    assert code == 1
    assert out.startswith("3 added")
    assert err.count("\n") == 1 and f"{server}/missing" in err and "404" in err
    documents = json.loads(run(capsys, "docs", "--json", "--case", case)[1])
    assert sorted(doc["title"] for doc in documents) == [f"Ferry story {n}" for n in (1, 2, 3)]
    assert {doc["source"] for doc in documents} == {"Local Ledger"}
    assert {doc["published"] for doc in documents} == {f"2024-03-0{n}" for n in (1, 2, 3)}
    quotes = json.loads(run(capsys, "quotes", "evening crossings", "--json", "--case", case)[1])
    assert quotes[0]["speaker"] == "Ines Roda"
    again = run(capsys, "add", f"{server}/story/1", "--case", case)
    assert again[0] == 0 and "1 unchanged" in again[1]


def test_add_needs_a_url(tmp_path: Path, capsys) -> None:
    assert run(capsys, "add", "--case", str(tmp_path / "c.db"))[0] == 2


def test_import_jsonl_then_bibtex_metadata(tmp_path: Path, capsys) -> None:
    records = tmp_path / "articles.jsonl"
    records.write_text(
        json.dumps(
            {
                "body": "“We are ready to talk,” the founder said in Dubai.",
                "headline": "Talks in Dubai",
                "link": "https://example.org/talks",
            }
        )
        + "\n"
        + "{not json\n"
    )
    case = str(tmp_path / "c.db")
    code, out, err = run(
        capsys,
        "import",
        "jsonl",
        str(records),
        "--text-field",
        "body",
        "--title-field",
        "headline",
        "--url-field",
        "link",
        "--case",
        case,
    )
    assert code == 1 and out.startswith("1 added") and f"{records}:2:" in err
    bib = tmp_path / "refs.bib"
    bib.write_text(
        "@article{talks, title={Talks in {Dubai}}, author={Reed, Jo},"
        " journaltitle={The Gulf Daily}, date={2024-03-03},"
        " url={https://example.org/talks}}\n"
    )
    code, out, _ = run(capsys, "import", "bibtex", str(bib), "--case", case)
    assert code == 0 and out.startswith("1 documents updated")
    [document] = json.loads(run(capsys, "docs", "--json", "--case", case)[1])
    assert (document["source"], document["published"]) == ("The Gulf Daily", "2024-03-03")
    assert "Jo" in document["author"] and "Reed" in document["author"]
