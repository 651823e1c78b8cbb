"""Fetching web pages into documents: one polite request a URL, one line of reason per failure.

A fetched page's identity in the case (its `path`) is the URL as the user gave it, so adding the
same URL again updates that document, and is a no-op while its article is unchanged (the hash
is of the extracted article, not of the page's ever-changing ads and scripts). Its `url`, the
address a citation names, is the page's canonical URL (`<link rel=canonical>` or `og:url`),
else the address it was served from after redirects: a shortened or tracking link is no
address to cite.
"""

from __future__ import annotations

import datetime as dt
import socket
import time
from collections.abc import Callable, Iterator
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from store.ingest.formats import InputError, decode, read_html
from store.ingest.walk import Rejected
from store.models import RawDoc

if TYPE_CHECKING:
    import httpx

DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_PAGE_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 10
# Told before each page is fetched, the slow part: (its number from 1, how many, its URL).
FetchProgress = Callable[[int, int, str], None]
HTML_CONTENT_TYPES = {"text/html", "application/xhtml+xml"}
ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"


def _package_version() -> str:
    try:
        return version("casebrowser")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0"


USER_AGENT = f"casebrowser/{_package_version()} (research reader)"


class FetchError(Exception):
    """A URL that gave no page; the message says why, for one line of output."""


def read_url_list(path: Path) -> list[str]:
    """The URLs of a file, one a line; blank lines and `#` comments are skipped."""
    try:
        text = decode(path.read_bytes())
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from error
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def fetch_pages(
    urls: list[str],
    *,
    timeout: float = DEFAULT_TIMEOUT,
    user_agent: str = USER_AGENT,
    max_bytes: int = DEFAULT_MAX_PAGE_BYTES,
    progress: FetchProgress | None = None,
) -> Iterator[RawDoc | Rejected]:
    """Each URL's article as a RawDoc, or Rejected with why, one after the other; `progress`
    hears of each URL before it is fetched.

    `timeout` bounds each wait on the server (connecting, each read) and the whole download
    of a page, which a server sending a slow drip of bytes would otherwise stretch forever.
    """
    import httpx  # imported here: the app starts without it

    with httpx.Client(
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        timeout=timeout,
        headers={"User-Agent": user_agent, "Accept": ACCEPT},
    ) as client:
        for number, url in enumerate(urls, start=1):
            if progress is not None:
                progress(number, len(urls), url)
            try:
                yield _fetch_page(client, url, timeout, max_bytes)
            except (FetchError, InputError) as error:
                yield Rejected(url, str(error))
            except (httpx.HTTPError, httpx.InvalidURL) as error:
                yield Rejected(url, _transport_reason(error, timeout))


def _fetch_page(client: httpx.Client, url: str, timeout: float, max_bytes: int) -> RawDoc:
    _check_url(url)
    deadline = time.monotonic() + timeout
    with client.stream("GET", url) as response:
        _check_response(response, max_bytes)
        data = _read_body(response, max_bytes, deadline, timeout)
        final_url = str(response.url)
        charset = response.charset_encoding
    raw = read_html(
        _decode(data, charset), path=url, url=final_url, fetched=dt.datetime.now(dt.UTC)
    )
    raw.url = _citable_url(raw.url, final_url)
    return raw


def _check_url(url: str) -> None:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 -- reading it validates it
    except ValueError as error:
        raise FetchError(f"invalid URL ({error})") from error
    if parts.scheme.lower() not in {"http", "https"}:
        raise FetchError("not an http or https URL")
    if not parts.hostname:
        raise FetchError("invalid URL (no host name)")


def _check_response(response: httpx.Response, max_bytes: int) -> None:
    if response.status_code >= 400:
        raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
    content_type = response.headers.get("content-type", "")
    media_type = content_type.split(";")[0].strip().lower()
    # A server that names no type may still send HTML: the article extractor judges it.
    if media_type and media_type not in HTML_CONTENT_TYPES:
        raise FetchError(f"not an HTML page (content type {media_type})")
    length = response.headers.get("content-length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise FetchError(_too_large(max_bytes))


def _read_body(response: httpx.Response, max_bytes: int, deadline: float, timeout: float) -> bytes:
    # The size is counted as bytes arrive (a server may send no length, or lie about it), and
    # the clock too: httpx's timeout is per read, which a page sent in a slow drip never trips.
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(_too_large(max_bytes))
        if time.monotonic() > deadline:
            raise FetchError(_timed_out(timeout))
        chunks.append(chunk)
    return b"".join(chunks)


def _decode(data: bytes, charset: str | None) -> str:
    """The page's text in the charset its headers name, else as formats.decode detects it."""
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown charset in the headers is common: detect instead
    return decode(data)


def _citable_url(canonical: str | None, final_url: str) -> str:
    """The page's canonical URL (absolute, as the extractor gives it) when it names an article:
    a site's front page as "canonical" for every page is a common misconfiguration."""
    if not canonical or not urlsplit(canonical).path.strip("/"):
        return final_url
    return canonical


def _transport_reason(error: httpx.HTTPError | httpx.InvalidURL, timeout: float) -> str:
    import httpx

    if isinstance(error, httpx.TimeoutException):
        return _timed_out(timeout)
    if isinstance(error, httpx.TooManyRedirects):
        return f"too many redirects (more than {MAX_REDIRECTS})"
    if isinstance(error, httpx.UnsupportedProtocol):
        return "redirected to an address that is not http or https"
    if isinstance(error, httpx.ConnectError):
        return _connect_reason(error)
    return f"{type(error).__name__}: {error}"


def _connect_reason(error: Exception) -> str:
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, socket.gaierror):
            return "host not found (DNS lookup failed)"
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused"
        cause = cause.__cause__ or cause.__context__
    return f"cannot connect ({error})"


def _too_large(max_bytes: int) -> str:
    return f"page too large (over {max_bytes:,} bytes)"


def _timed_out(timeout: float) -> str:
    return f"timed out after {timeout:g} s"
