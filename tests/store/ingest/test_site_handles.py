"""A page's Twitter account is its outlet only when the handle spells the site's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.ingest.formats import content_hash, document_from_bytes

BODY = (
    "<body><article><h1>Ferry timetable approved</h1><p>The harbour council approved a new"
    " ferry timetable on Tuesday, adding two evening crossings to the winter service.</p>"
    "<p>Residents had asked for later boats for two years.</p></article></body>"
)


def source(handle: str, url: str, extra: str = "") -> str | None:
    html = (
        f'<html><head><title>Ferry timetable approved</title><link rel="canonical" href="{url}">'
        f'<meta name="twitter:site" content="{handle}">{extra}</head>{BODY}</html>'
    )
    data = html.encode()
    return document_from_bytes(Path("ferry.html"), data, content_hash(data)).source


@pytest.mark.parametrize(
    ("handle", "url", "expected"),
    [
        # An account of the outlet, not the outlet: the site's address names it.
        ("@HarbourNewsEditors", "https://www.harbournews.example/ferry", "harbournews.example"),
        ("@harbouropinion", "https://harbour.example/ferry", "harbour.example"),
        # A handle that spells the site's host is its name.
        ("@harbournews", "https://www.harbournews.example/ferry", "Harbournews"),
        ("@PortGazette", "https://theportgazette.example/ferry", "PortGazette"),
        ("@WPT", "https://wpt.example.co.uk/ferry", "WPT"),
    ],
)
def test_a_handle_names_the_outlet_only_when_it_spells_the_site(
    handle: str, url: str, expected: str
) -> None:
    assert source(handle, url) == expected


def test_the_site_name_the_page_gives_wins_over_any_handle() -> None:
    extra = '<meta property="og:site_name" content="Harbour News">'
    url = "https://www.harbournews.example/ferry"
    assert source("@HarbourNewsEditors", url, extra) == "Harbour News"
