"""Fetching pages from a real HTTP server on 127.0.0.1: articles, redirects and every refusal."""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from store.case import Case
from store.ingest.fetch import fetch_pages, read_url_list
from store.ingest.formats import InputError
from store.ingest.run import ingest_raw
from store.ingest.walk import Rejected
from store.models import RawDoc

ARTICLE_BODY = """
<p>The harbour workers' strike ended on Friday after the port authority agreed to a new
contract that raises night-shift pay and limits overtime to ten hours a week.</p>
<p>“We held out because the old rota was breaking people,” said union steward Dana Orr,
who led the talks. “This contract is the first one in years that we can live with.”</p>
<p>Ships that had waited offshore for nine days began docking on Saturday morning, and the
authority expects the backlog of containers to clear within a fortnight.</p>
"""


def page(title: str, body: str = ARTICLE_BODY, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>{head}</head>"
        f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article>"
        "<footer>Subscribe to our newsletter</footer></body></html>"
    )


ARTICLE_HEAD = """
<meta property="og:site_name" content="The Harbour Gazette">
<meta name="author" content="Lou Marsh">
<meta property="article:published_time" content="2024-06-14T09:00:00+00:00">
<link rel="canonical" href="{base}/news/strike-ends">
"""


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html"})
    # Sent instead of `body`, slowly: (chunk, pause before it) pairs.
    drip: list[tuple[bytes, float]] = field(default_factory=list)


@dataclass
class Site:
    base: str
    routes: dict[str, Reply]
    user_agents: list[str]
    release: threading.Event

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def html(
        self, path: str, html: str, charset: str = "utf-8", content_type: str = "text/html"
    ) -> None:
        self.routes[path] = Reply(body=html.encode(charset), headers={"Content-Type": content_type})

    def redirect(self, path: str, to: str, status: int = 302) -> None:
        self.routes[path] = Reply(status=status, headers={"Location": to})


class Handler(BaseHTTPRequestHandler):
    server: ThreadingHTTPServer

    def do_GET(self) -> None:
        site: Site = self.server.site  # type: ignore[attr-defined]
        site.user_agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/slow":
            site.release.wait(5)
        reply = site.routes.get(self.path.split("?")[0], Reply(status=404, body=b"not here"))
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(reply.body)
        for chunk, pause in reply.drip:
            if site.release.wait(pause):
                return
            self.wfile.write(chunk)
            self.wfile.flush()

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep the test output clean


@pytest.fixture
def site() -> Iterator[Site]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    server.site = Site(base, {}, [], threading.Event())  # type: ignore[attr-defined]
    # A short poll keeps shutdown, and so each test's teardown, quick.
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    yield server.site  # type: ignore[attr-defined]
    server.site.release.set()  # type: ignore[attr-defined]
    server.shutdown()
    server.server_close()


def fetch_one(url: str, **options: float) -> RawDoc | Rejected:
    (result,) = fetch_pages([url], **options)
    return result


def rejection(url: str, **options: float) -> str:
    result = fetch_one(url, **options)
    assert isinstance(result, Rejected), result
    assert result.path == url
    return str(result)


def test_article_page_gives_text_metadata_and_canonical_url(site: Site) -> None:
    site.html("/story", page("Harbour strike ends", head=ARTICLE_HEAD.format(base=site.base)))
    given = site.url("/story?utm_source=feed")
    before = dt.datetime.now(dt.UTC)
    raw = fetch_one(given)
    assert isinstance(raw, RawDoc)
    assert raw.path == given
    assert raw.url == site.url("/news/strike-ends")
    assert (raw.title, raw.author, raw.source) == (
        "Harbour strike ends",
        "Lou Marsh",
        "The Harbour Gazette",
    )
    assert raw.published == dt.date(2024, 6, 14)
    assert raw.fetched is not None and before <= raw.fetched <= dt.datetime.now(dt.UTC)
    assert "night-shift pay" in raw.text and "Subscribe" not in raw.text
    assert raw.format == "html"


def test_polite_user_agent_is_sent(site: Site) -> None:
    site.html("/story", page("Harbour strike ends"))
    fetch_one(site.url("/story"))
    assert site.user_agents[0].startswith("casebrowser/")
    assert site.user_agents[0].endswith("(research reader)")


def test_redirect_chain_is_followed_and_the_final_address_is_cited(site: Site) -> None:
    site.redirect("/short", "/moved", status=301)
    site.redirect("/moved", site.url("/2024/strike"))
    site.html("/2024/strike", page("Harbour strike ends"))
    raw = fetch_one(site.url("/short"))
    assert isinstance(raw, RawDoc)
    assert raw.path == site.url("/short")
    assert raw.url == site.url("/2024/strike")


def test_front_page_given_as_canonical_is_not_cited(site: Site) -> None:
    head = f'<link rel="canonical" href="{site.base}/">'
    site.html("/story", page("Harbour strike ends", head=head))
    raw = fetch_one(site.url("/story"))
    assert isinstance(raw, RawDoc)
    assert raw.url == site.url("/story")


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        (Reply(status=404, body=b"gone"), "HTTP 404 Not Found"),
        (Reply(status=500, body=b"oops"), "HTTP 500 Internal Server Error"),
        (
            Reply(body=b"%PDF-1.4", headers={"Content-Type": "application/pdf"}),
            "not an HTML page (content type application/pdf)",
        ),
        (
            Reply(body=b"<html><body><script>app()</script></body></html>"),
            "no text found in the HTML page",
        ),
    ],
)
def test_pages_that_give_no_article_are_rejected_with_reason(
    site: Site, reply: Reply, reason: str
) -> None:
    site.routes["/page"] = reply
    assert rejection(site.url("/page")) == f"{site.url('/page')}: {reason}"


def test_redirect_loop_is_bounded(site: Site) -> None:
    site.redirect("/loop", "/loop")
    assert rejection(site.url("/loop")).endswith("too many redirects (more than 10)")


def test_redirect_to_another_scheme_is_refused(site: Site) -> None:
    site.redirect("/ftp", "ftp://files.example/story.html")
    assert "not http or https" in rejection(site.url("/ftp"))


def test_slow_server_times_out(site: Site) -> None:
    site.html("/slow", page("Late"))
    started = time.monotonic()
    assert rejection(site.url("/slow"), timeout=0.3).endswith("timed out after 0.3 s")
    assert time.monotonic() - started < 3


def test_page_sent_in_a_slow_drip_times_out_on_the_whole(site: Site) -> None:
    # Each chunk comes well within the per-read timeout; only the page's total time is over.
    chunks = [(b"<p>more words</p>" * 10, 0.1)] * 30
    site.routes["/drip"] = Reply(body=b"<html><body>", drip=chunks)
    started = time.monotonic()
    assert rejection(site.url("/drip"), timeout=0.5).endswith("timed out after 0.5 s")
    assert time.monotonic() - started < 2


def test_page_over_the_size_limit_is_refused_by_its_length(site: Site) -> None:
    big = page("Huge", body=ARTICLE_BODY * 50).encode()
    site.routes["/big"] = Reply(
        body=big, headers={"Content-Type": "text/html", "Content-Length": str(len(big))}
    )
    assert rejection(site.url("/big"), max_bytes=5000).endswith("page too large (over 5,000 bytes)")


def test_page_over_the_size_limit_without_a_length_is_cut_off(site: Site) -> None:
    site.html("/big", page("Huge", body=ARTICLE_BODY * 50))
    assert "page too large" in rejection(site.url("/big"), max_bytes=5000)


@pytest.mark.parametrize(
    "content_type", ["text/html", "text/html; charset=utf-8", "text/html; charset=nonsense"]
)
def test_latin1_page_is_decoded_when_headers_do_not_say_so(site: Site, content_type: str) -> None:
    # Latin-1 has no curly quotes: the article's own are straightened.
    body = ARTICLE_BODY.translate({0x201C: '"', 0x201D: '"'}).replace("Dana Orr", "Zoë Müller")
    body += "<p>Café owners à la côte cheered.</p>"
    site.html("/latin", page("Grève finie", body=body), "latin-1", content_type)
    raw = fetch_one(site.url("/latin"))
    assert isinstance(raw, RawDoc)
    assert "Zoë Müller" in raw.text and "Café owners à la côte" in raw.text


def test_declared_legacy_charset_is_used(site: Site) -> None:
    site.html("/cp", page("Žiga’s crossing"), "cp1250", "text/html; charset=windows-1250")
    raw = fetch_one(site.url("/cp"))
    assert isinstance(raw, RawDoc) and raw.title == "Žiga’s crossing"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://files.example/a.html", "not an http or https URL"),
        ("file:///etc/passwd", "not an http or https URL"),
        ("example.org/story", "not an http or https URL"),
        ("http:///story", "invalid URL (no host name)"),
        ("http://[::1/story", "invalid URL"),
        ("http://example.org:port/", "invalid URL"),
    ],
)
def test_invalid_urls_are_refused_before_any_request(url: str, reason: str) -> None:
    assert rejection(url).startswith(f"{url}: {reason}")


def test_refused_connection_is_named() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    assert rejection(f"http://127.0.0.1:{port}/").endswith("connection refused")


def test_dns_failure_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(*args: object, **kwargs: object) -> list[object]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    reason = rejection("http://no-such-host.example/story")
    assert reason.endswith("host not found (DNS lookup failed)")


def test_a_bad_url_never_stops_the_rest(site: Site) -> None:
    site.html("/story", page("Harbour strike ends"))
    results = list(fetch_pages([site.url("/gone"), "gopher://x", site.url("/story")]))
    assert [type(result).__name__ for result in results] == ["Rejected", "Rejected", "RawDoc"]


def test_fetched_pages_are_stored_and_refetching_is_a_no_op(site: Site, tmp_path: Path) -> None:
    site.html("/story", page("Harbour strike ends", head=ARTICLE_HEAD.format(base=site.base)))
    url = site.url("/story")
    progress: list[tuple[int, str]] = []
    with Case(tmp_path / "case.db") as case:
        first = ingest_raw(case, fetch_pages([url, site.url("/gone")]), progress=_record(progress))
        assert (first.added, [r.reason for r in first.rejected]) == (1, ["HTTP 404 Not Found"])
        assert progress == [(1, url), (2, site.url("/gone"))]
        (doc,) = case.documents()
        assert (doc.path, doc.url, doc.source) == (
            url,
            site.url("/news/strike-ends"),
            "The Harbour Gazette",
        )
        assert doc.quotes == 1  # Dana Orr's two parts around the cue are one quotation
        stored = case.document(doc.id)
        assert stored is not None and stored.fetched is not None

        assert ingest_raw(case, fetch_pages([url])).unchanged == 1

        site.html(
            "/story",
            page(
                "Harbour strike ends",
                body=ARTICLE_BODY + "<p>Update: the "
                "authority has since named a mediator for next year.</p>",
            ),
        )
        again = ingest_raw(case, fetch_pages([url]))
        assert (again.added, again.updated) == (0, 1)
        assert [d.id for d in case.documents()] == [doc.id]


def _record(into: list[tuple[int, str]]) -> Callable[[int, str], None]:
    return lambda done, path: into.append((done, path))


def test_url_list_skips_blank_lines_and_comments(tmp_path: Path) -> None:
    path = tmp_path / "urls.txt"
    path.write_text(
        "# reading list\nhttps://a.example/1\n\n   \n  https://b.example/2  \n#https://c.example\n",
        encoding="utf-8",
    )
    assert read_url_list(path) == ["https://a.example/1", "https://b.example/2"]


def test_missing_url_list_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"urls\.txt"):
        read_url_list(tmp_path / "urls.txt")
