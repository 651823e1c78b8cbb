"""The terminal section: what a user feels. The real app runs in tmux (a real terminal, on a
pty); keys are typed into it one at a time and each is timed until tmux's screen shows its
results. Interactive fzf over the same quote texts is driven the same way in the same tmux.
Then the app's memory after the scripted session (browsing, searches, documents opened)."""

from __future__ import annotations

import argparse
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench_common import Row, human, percentile
from bench_queries import Query, make_queries
from bench_report import Report
from bench_tmux import POLL_S, TERMINAL, Tmux, cpu_seconds, process_memory

PAINT_P95_FLOOR_MS = 50.0
PAINT_MEDIAN_FLOOR_MS = 25.0
SESSION_MEMORY_FLOOR_MB = 200.0
KINDS = ("exact", "typo", "phrase", "speaker", "common")
FZF_KINDS = ("exact", "typo", "common")  # fzf has no speakers, and reads "a phrase" as words
TYPING_GAP_S = 0.05  # between a key's results and the next key, as a quick typist's
READER_KEY = "Next quote"  # in the footer once the reader is on show


@dataclass(frozen=True)
class Typed:
    kind: str
    text: str
    quote_id: int


# ---- the queries --------------------------------------------------------------------------


def typed_queries(case_path: str, count: int, seed: int, quotes: int) -> list[Typed]:
    """`count` queries, the kinds in turn: a run of a quote's words, the same with a typo in
    each longer word, a phrase of its words in double quotes, its speaker's surname after
    `@`, and three of its most common words."""
    import make_case

    from store.case import Case

    base = make_queries(case_path, count, seed, quotes)
    ranks = {word: rank for rank, word in enumerate(make_case.vocabulary(seed).words)}
    with Case(case_path, readonly=True) as case:
        hits = {h.quote.id: h for h in case.quote_hits(quote_ids=[q.quote_id for q in base])}
    typed = []
    for number, query in enumerate(base):
        kind = KINDS[number % len(KINDS)]
        typed.append(
            Typed(kind, query_text(kind, query, hits[query.quote_id], ranks), query.quote_id)
        )
    return typed


def query_text(kind: str, query: Query, hit: Any, ranks: dict[str, int]) -> str:
    if kind == "typo":
        return query.typo
    if kind == "phrase":
        return '"' + " ".join(query.clean.split()[:3]) + '"'
    if kind == "speaker":
        surname = (hit.quote.speaker or "unknown").split()[-1].lower()
        return f"@{surname} {query.clean.split()[0]}"
    if kind == "common":
        words = [w for w in query.target.lower().split() if w.isalpha()]
        common = sorted(set(words), key=lambda word: ranks.get(word, len(ranks)))[:3]
        return " ".join(sorted(common, key=words.index))
    return query.clean


# ---- the app ------------------------------------------------------------------------------


def shown_query(prefix: str) -> str:
    """What the status line says once `prefix`'s results are on screen: the query in quotation
    marks, or, for one that selects nothing yet (`@`, a lone `"`), every quote listed."""
    from store.safe_text import one_line
    from store.search import parse_query
    from tui.panes.quote_status import shortened

    parsed = parse_query(prefix)
    if not parsed.selects and not parsed.excluded:
        return "in document order"
    return f"“{shortened(one_line(prefix))}”"


def run_app(
    case_path: str, queries: list[Typed], opens: bool, command: str | None = None
) -> dict[str, Any]:
    """The app in tmux: start, browse, then each query typed a key at a time (timed until the
    status line names that prefix: the list is shown in the same frame), Enter to read the
    best quote's document, back to the quotes. Its memory at the end. `command` runs
    another build of the app (an earlier commit, to compare)."""
    tmux = Tmux()
    config = tempfile.mkdtemp(prefix="casebrowser-bench-config-")
    app = command or shlex.quote(str(Path(sys.executable).with_name("casebrowser")))
    env = f"XDG_CONFIG_HOME={config} XDG_DATA_HOME={config} TERM=xterm-256color"
    result: dict[str, Any] = {
        "ms": {kind: [] for kind in KINDS},
        "open_ms": [],
        "per_query": [],
        "cpu_s": 0.0,
    }
    try:
        started = time.perf_counter()
        tmux.start("app", f"env {env} {app} {shlex.quote(case_path)}")
        documents = tmux.wait("app", lambda s: any("1 Documents" in line for line in s), 120)
        result["start_s"] = documents - started
        pid = tmux.pid("app")
        browse(tmux)
        for query in queries:
            tmux.type("app", "/")
            result["per_query"].append([])
            cpu = cpu_seconds(pid)
            for typed in range(1, len(query.text) + 1):
                prefix = query.text[:typed]
                marker = shown_query(prefix)
                sent = time.perf_counter()
                tmux.type("app", query.text[typed - 1])
                painted = tmux.wait("app", lambda s, m=marker: m in status_line(s), 60)
                result["ms"][query.kind].append((painted - sent) * 1000)
                result["per_query"][-1].append((painted - sent) * 1000)
                time.sleep(TYPING_GAP_S)
            result["cpu_s"] += cpu_seconds(pid) - cpu
            if opens and " matching " in status_line(tmux.screen("app")):
                result["open_ms"].append(open_best(tmux) * 1000)
            tmux.key("app", "3")
            tmux.key("app", "Escape")
            tmux.wait("app", lambda s: "in document order" in status_line(s), 60)
        result["memory"] = process_memory(pid)
    finally:
        tmux.close()
    return result


def browse(tmux: Tmux) -> None:
    """The documents list to its end and back, the timeline, the quotes pane."""
    for keys in (["End"], ["Home"], ["PageDown"] * 3):
        for key in keys:
            tmux.key("app", key)
    tmux.key("app", "4")
    tmux.key("app", "3")
    tmux.wait("app", lambda s: "in document order" in status_line(s), 120)


def open_best(tmux: Tmux) -> float:
    """Enter in the search box opens the best quote's document; seconds until the reader is
    on show (the footer has its keys, the status line of the quotes is gone)."""
    sent = time.perf_counter()
    tmux.key("app", "Enter")
    painted = tmux.wait("app", lambda s: READER_KEY in s[-1] and " matching " not in s[-2], 60)
    return painted - sent


def status_line(screen: list[str]) -> str:
    """The quotes pane's status line: above the footer (the last line)."""
    return "\n".join(screen[-3:-1])


# ---- fzf ----------------------------------------------------------------------------------


def fzf_counts(lines: str, texts: list[str]) -> dict[str, int]:
    """How many lines fzf matches for each prefix of `texts` (its own `--filter`): what its
    info line must show once a prefix's results are painted."""
    counts: dict[str, int] = {}
    for text in texts:
        for typed in range(1, len(text) + 1):
            prefix = text[:typed]
            if prefix not in counts:
                with open(lines, "rb") as source:
                    done = subprocess.run(
                        ["fzf", "--filter", prefix], stdin=source, capture_output=True, check=False
                    )
                counts[prefix] = done.stdout.count(b"\n")
    return counts


def run_fzf(lines: str, queries: list[Typed], total: int) -> dict[str, Any]:
    """Interactive fzf over the quote texts in tmux, each query typed a key at a time, timed
    until its prompt shows the prefix and its info line that prefix's match count."""
    counts = fzf_counts(lines, [query.text for query in queries])
    tmux = Tmux()
    result: dict[str, Any] = {"ms": {kind: [] for kind in KINDS}, "same_count": 0}
    try:
        tmux.start("fzf", f"fzf < {shlex.quote(lines)} > /dev/null")
        tmux.wait("fzf", lambda s: fzf_shows(s, "", total), 300)
        pid = tmux.pid("fzf")
        for query in queries:
            before = total
            for typed in range(1, len(query.text) + 1):
                prefix = query.text[:typed]
                # An unchanged count is painted once the prompt is: in fzf's favour.
                result["same_count"] += counts[prefix] == before
                sent = time.perf_counter()
                tmux.type("fzf", query.text[typed - 1])
                wanted = counts[prefix]
                painted = tmux.wait("fzf", lambda s, p=prefix, n=wanted: fzf_shows(s, p, n), 120)
                result["ms"][query.kind].append((painted - sent) * 1000)
                before = wanted
                time.sleep(TYPING_GAP_S)
            tmux.key("fzf", "C-u")
            tmux.wait("fzf", lambda s: fzf_shows(s, "", total), 120)
        result["memory"] = process_memory(pid)
    finally:
        tmux.close()
    return result


def fzf_shows(screen: list[str], prefix: str, count: int) -> bool:
    """fzf's prompt (the last line) reads `> prefix`, its info line `  count/total`."""
    lines = [line for line in screen if line.strip()]
    if len(lines) < 2:
        return False
    prompt, info = lines[-1], lines[-2]
    return prompt.rstrip() == f"> {prefix}".rstrip() and info.strip().startswith(f"{count}/")


# ---- the section --------------------------------------------------------------------------


def bench_terminal(args: argparse.Namespace, out: Report, meta: dict[str, Any]) -> None:
    size = f"{human(meta['quotes'])} quotes"
    queries = typed_queries(meta["path"], args.queries, args.seed, meta["quotes"])
    load = load_average()
    ours = run_app(meta["path"], queries, opens=True)
    ours_load = f"{load} → {load_average()}"
    every = [ms for kind in KINDS for ms in ours["ms"][kind]]
    out.rows.append(paint_row("keystroke → results painted, tmux, every kind (ms)", size, every))
    for kind in KINDS:
        out.rows.append(paint_row(f"keystroke → painted, {kind} (ms)", size, ours["ms"][kind]))
    cpu_ms = ours["cpu_s"] * 1000 / len(every)
    out.rows.append(Row("app CPU time per keystroke, all threads (ms)", size, f"{cpu_ms:.1f}", ""))
    memory = ours["memory"]
    out.rows.append(
        Row(
            "app memory after the session (RSS now / peak)",
            size,
            f"{memory['VmRSS']:.0f} MB now",
            "",
            f"{memory['VmHWM']:.0f} MB",
            f"≤ {SESSION_MEMORY_FLOOR_MB:.0f} MB",
            memory["VmHWM"] <= SESSION_MEMORY_FLOOR_MB,
        )
    )
    if ours["open_ms"]:
        opens = ours["open_ms"]
        out.rows.append(
            Row(
                "Enter in the search box → reader shown (ms)",
                size,
                f"{statistics.median(opens):.0f}",
                f"{percentile(opens, 0.95):.0f}",
            )
        )
    out.notes.append(
        f"terminal {size}: the app (`casebrowser CASE`) in tmux {TERMINAL[0]}×{TERMINAL[1]};"
        f" {len(queries)} queries ({', '.join(KINDS)} in turn) typed a key at a time"
        f" ({len(every)} keys), each timed from `send-keys` until tmux's screen shows the"
        f" status line naming that prefix (drawn in the frame that draws the list), polled"
        f" every {POLL_S * 1000:.0f} ms through a control-mode client; {TYPING_GAP_S * 1000:.0f}"
        f" ms between keys. Session: documents list end/home/pages, timeline, quotes; after"
        f" each query Enter opens the best quote's document, then back ({len(ours['open_ms'])}"
        f" documents opened). Started in {ours['start_s']:.2f} s. Load average {ours_load}."
    )
    if args.fzf_queries:
        bench_terminal_fzf(args, out, meta, queries, ours)


def bench_terminal_fzf(
    args: argparse.Namespace,
    out: Report,
    meta: dict[str, Any],
    queries: list[Typed],
    ours: dict[str, Any],
) -> None:
    import shutil

    from bench_search import fzf_lines

    size = f"{human(meta['quotes'])} quotes"
    if shutil.which("fzf") is None:
        out.notes.append(f"terminal fzf {size}: fzf not installed (apt-get install fzf)")
        return
    chosen = [query for query in queries if query.kind in FZF_KINDS][: args.fzf_queries]
    lines = str(fzf_lines(Path(meta["path"])))
    load = load_average()
    theirs = run_fzf(lines, chosen, meta["quotes"])
    theirs_load = f"{load} → {load_average()}"
    every = [ms for kind in FZF_KINDS for ms in theirs["ms"][kind]]
    row = paint_row("interactive fzf: keystroke → painted, tmux (ms)", size, every, floor=False)
    row.memory = f"{theirs['memory']['VmHWM']:.0f} MB"
    out.rows.append(row)
    # The same typed texts in our run, for the ratio.
    timed = zip(queries, ours["per_query"], strict=True)
    same = [ms for query, times in timed if query in chosen for ms in times]
    ratio = percentile(same, 0.95) / percentile(every, 0.95)
    out.rows.append(
        Row(
            "casebrowser ÷ interactive fzf, p95 keystroke → painted",
            size,
            f"{ratio:.2f}",
            "",
            "",
            "< 1 (faster)",
            ratio < 1,
        )
    )
    out.notes.append(
        f"terminal fzf {size}: `fzf < quotes.txt` (every quote's text, one a line) in the same"
        f" tmux, the first {len(chosen)} queries of kinds {', '.join(FZF_KINDS)} typed the same"
        f" way, each key timed until the prompt shows the prefix and the info line its match"
        f" count (counted beforehand with `fzf --filter`); {theirs['same_count']} of"
        f" {len(every)} keys left the count unchanged and count as painted once the prompt"
        f" is (in fzf's favour). Load average {theirs_load}."
    )


def paint_row(measure: str, size: str, ms: list[float], *, floor: bool = True) -> Row:
    p95, median = percentile(ms, 0.95), statistics.median(ms)
    row = Row(measure, size, f"{median:.1f}", f"{p95:.1f} (max {max(ms):.0f})")
    if floor:
        row.floor = f"p95 ≤ {PAINT_P95_FLOOR_MS:.0f}, median ≤ {PAINT_MEDIAN_FLOOR_MS:.0f}"
        row.passed = p95 <= PAINT_P95_FLOOR_MS and median <= PAINT_MEDIAN_FLOOR_MS
    return row


def load_average() -> str:
    return " ".join(f"{load:.2f}" for load in os.getloadavg())
