"""annotate and export from the command line, as a researcher would script them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.cli.test_cli import SEEDS, run


def fresh_case(tmp_path: Path, capsys) -> str:
    case = str(tmp_path / "c.db")
    assert run(capsys, "ingest", str(SEEDS), "--case", case)[0] == 0
    return case


def quote_id(capsys, case: str, query: str) -> int:
    return json.loads(run(capsys, "quotes", query, "--case", case, "--json")[1])[0]["id"]


def test_star_note_then_export_a_markdown_brief(tmp_path: Path, capsys) -> None:
    case = fresh_case(tmp_path, capsys)
    first = quote_id(capsys, case, "'piracy happening")
    second = quote_id(capsys, case, "'sovereign country")
    assert run(capsys, "annotate", str(first), "--star", "--case", case)[0] == 0
    code, out, _ = run(
        capsys, "annotate", str(second), "--star", "--note", "use in intro", "--case", case
    )
    assert code == 0 and "starred, note: use in intro" in out
    brief = tmp_path / "brief.md"
    assert run(capsys, "export", "quotes", "--starred", "--out", str(brief), "--case", case)[0] == 0
    text = brief.read_text()
    assert text.startswith("# Starred quotes")
    assert text.count("\n> — ") == 2
    assert "*Note:* use in intro" in text
    records = json.loads(
        run(capsys, "export", "quotes", "--format", "json", "--starred", "--case", case)[1]
    )
    assert sorted(record["id"] for record in records) == sorted([first, second])


def test_stars_survive_reingest_of_an_edited_file(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    article = folder / "a.txt"
    article.write_text("“We will finish the bridge by June,” said Ann Lee, the mayor.\n\nMore.\n")
    case = str(tmp_path / "c.db")
    run(capsys, "ingest", str(folder), "--case", case)
    run(capsys, "annotate", str(quote_id(capsys, case, "bridge")), "--star", "--case", case)
    article.write_text(
        "An added opening line.\n\n“We will finish the bridge by July,” said Ann"
        " Lee, the mayor.\n\nMore.\n"
    )
    assert "1 updated" in run(capsys, "ingest", str(folder), "--case", case)[1]
    starred = json.loads(
        run(capsys, "export", "quotes", "--format", "json", "--starred", "--case", case)[1]
    )
    assert [record["text"] for record in starred] == ["We will finish the bridge by July"]


def test_document_notes_tags_and_metadata_exports(tmp_path: Path, capsys) -> None:
    case = fresh_case(tmp_path, capsys)
    code, out, _ = run(
        capsys,
        "annotate",
        "doc:001_5b34bde35e7ac367.txt",
        "--note",
        "main",
        "--tag",
        "piracy",
        "--case",
        case,
    )
    assert code == 0 and "note: main; tags: piracy" in out
    bibtex = run(capsys, "export", "docs", "--format", "bibtex", "--case", case)[1]
    assert bibtex.count("@article{") == 2 and "author = {Andy Maxwell}" in bibtex
    items = json.loads(run(capsys, "export", "docs", "--case", case)[1])
    assert {item["type"] for item in items} == {"article-newspaper"}
    slides = json.loads(
        run(capsys, "export", "timeline", "--format", "timelinejs", "--case", case)[1]
    )
    assert slides["events"]


def test_export_and_annotate_usage_errors(tmp_path: Path, capsys) -> None:
    case = fresh_case(tmp_path, capsys)
    assert run(capsys, "export", "docs", "--format", "csv", "--case", case)[0] == 2
    assert run(capsys, "annotate", "9999", "--star", "--case", case)[0] == 2
    assert run(capsys, "annotate", "abc", "--star", "--case", case)[0] == 2
    assert run(capsys, "annotate", "1", "--case", case)[0] == 2


def test_export_never_replaces_a_file_unless_forced(tmp_path: Path, capsys) -> None:
    case = fresh_case(tmp_path, capsys)
    brief = tmp_path / "brief.md"
    brief.write_text("my notes, not to be lost\n")
    code, out, err = run(capsys, "export", "quotes", "--out", str(brief), "--case", case)
    assert (code, out) == (1, "")
    assert err == (
        f"casebrowser: {brief} exists already: choose another name, or add --force to replace it\n"
    )
    assert brief.read_text() == "my notes, not to be lost\n"
    code, out, _ = run(capsys, "export", "quotes", "--out", str(brief), "--force", "--case", case)
    assert (code, out) == (0, f"wrote {brief}\n")
    assert brief.read_text().startswith("# Quotes")


def test_export_to_a_new_file_needs_no_force(tmp_path: Path, capsys) -> None:
    case = fresh_case(tmp_path, capsys)
    bib = tmp_path / "refs.bib"
    assert (
        run(capsys, "export", "docs", "--format", "bibtex", "--out", str(bib), "--case", case)[0]
        == 0
    )
    assert bib.read_text().count("@article{") == 2
    code, _, err = run(
        capsys,
        "export",
        "docs",
        "--out",
        str(tmp_path / "no" / "such" / "dir.json"),
        "--case",
        case,
    )
    # The command was right; the disk said no: status 1 (2 is for usage errors), one line.
    missing = tmp_path / "no" / "such" / "dir.json"
    assert (code, err) == (1, f"casebrowser: cannot write {missing}: No such file or directory\n")


def test_a_failed_write_is_one_line_naming_the_file_and_status_1(tmp_path: Path, capsys) -> None:
    case = fresh_case(tmp_path, capsys)
    missing = tmp_path / "gone" / "brief.md"
    for force in ([], ["--force"]):  # replacing or not, the missing folder is the reason
        code, out, err = run(
            capsys, "export", "quotes", "--out", str(missing), *force, "--case", case
        )
        assert (code, out) == (1, "")
        assert err == f"casebrowser: cannot write {missing}: No such file or directory\n"
    folder = tmp_path / "a folder"
    folder.mkdir()
    code, _, err = run(
        capsys, "export", "timeline", "--out", str(folder), "--force", "--case", case
    )
    assert (code, err) == (1, f"casebrowser: cannot write {folder}: Is a directory\n")


def test_timelinejs_says_which_events_it_leaves_out(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Port talks\n\nThe minister said on Tuesday that the port would reopen."
        " Talks began in 2021.\n"
    )
    case = str(tmp_path / "c.db")
    assert run(capsys, "ingest", str(folder), "--case", case)[0] == 0
    events = json.loads(run(capsys, "timeline", "--json", "--case", case)[1])
    undated = sum(1 for event in events if event["start"] is None)
    assert undated and undated < len(events)
    for command in (["export", "timeline"], ["timeline"]):
        code, out, err = run(capsys, *command, "--format", "timelinejs", "--case", case)
        assert code == 0
        assert len(json.loads(out)["events"]) == len(events) - undated
        assert f"{undated} undated left out" in err
    code, _, err = run(capsys, "export", "timeline", "--format", "csv", "--case", case)
    assert code == 0 and "left out" not in err


def test_a_corrected_speaker_wins_everywhere_and_survives_reingest(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    article = folder / "a.md"
    body = (
        "---\ntitle: Harbour\ndate: 2024-05-03\n---\n\n"
        "Ann Cole met the council on Monday.\n\n"
        '"The harbour will reopen in June," she said in an email.\n'
    )
    article.write_text(body)
    case = str(tmp_path / "c.db")
    assert run(capsys, "ingest", str(folder), "--case", case)[0] == 0
    (quote,) = json.loads(run(capsys, "quotes", "--json", "--case", case)[1])
    extracted = quote["speaker"]
    code, out, _ = run(
        capsys, "annotate", str(quote["id"]), "--speaker", "Ben  Ortiz", "--case", case
    )
    assert code == 0 and "speaker: Ben Ortiz (corrected)" in out

    def shown() -> dict:
        (hit,) = json.loads(run(capsys, "quotes", "--json", "--case", case)[1])
        return hit

    hit = shown()
    assert (hit["speaker"], hit["how"], hit["confidence"]) == ("Ben Ortiz", "corrected", 1.0)
    assert "Ben Ortiz" in hit["citation"]
    assert [
        s["name"] for s in json.loads(run(capsys, "speakers", "--json", "--case", case)[1])
    ] == ["Ben Ortiz"]
    assert json.loads(run(capsys, "quotes", "@ortiz", "--json", "--case", case)[1])
    article.write_text(body.replace("on Monday", "on Tuesday"))  # an edit: a re-ingest
    assert run(capsys, "ingest", str(folder), "--case", case)[0] == 0
    assert shown()["speaker"] == "Ben Ortiz"
    run(capsys, "annotate", str(shown()["id"]), "--speaker", "", "--case", case)
    assert shown()["speaker"] == extracted
    with sqlite3.connect(case) as db:  # the quote word index followed every change
        db.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")


def test_not_a_quote_leaves_quotes_speakers_and_exports_until_undone(
    tmp_path: Path, capsys
) -> None:
    case = fresh_case(tmp_path, capsys)

    def quotes(*args: str) -> list[dict]:
        return json.loads(run(capsys, "quotes", *args, "--json", "--case", case)[1])

    def speakers() -> dict[str, int]:
        listed = json.loads(run(capsys, "speakers", "--json", "--case", case)[1])
        return {speaker["name"]: speaker["quotes"] for speaker in listed}

    every = quotes()
    assert every and not any(quote["rejected"] for quote in every)
    target = next(quote for quote in every if quote["speaker"])
    phrase = f'"{" ".join(target["text"].split()[:5])}"'
    counted = speakers()
    code, out, _ = run(capsys, "annotate", str(target["id"]), "--not-a-quote", "--case", case)
    assert code == 0 and out.strip().endswith(", not a quotation")

    assert [q["id"] for q in quotes()] == [q["id"] for q in every if q["id"] != target["id"]]
    assert target["id"] not in [q["id"] for q in quotes(phrase)]
    assert target["id"] not in [q["id"] for q in quotes(f"@{target['speaker']}")]
    assert speakers().get(target["speaker"], 0) == counted[target["speaker"]] - 1
    code, out, _ = run(capsys, "export", "quotes", "--format", "json", "--case", case)
    assert code == 0 and target["id"] not in [q["id"] for q in json.loads(out)]
    # --all lists it again, marked, in JSON and in text.
    listed = quotes("--all")
    assert [q["id"] for q in listed] == [q["id"] for q in every]
    assert [q["rejected"] for q in listed] == [q["id"] == target["id"] for q in every]
    assert quotes(phrase, "--all")[0]["id"] == target["id"]
    out = run(capsys, "quotes", "--all", "--case", case)[1]
    assert f"[{target['id']}] (not a quotation) " in out
    assert out.count("(not a quotation)") == 1

    code, out, _ = run(capsys, "annotate", str(target["id"]), "--is-a-quote", "--case", case)
    assert code == 0 and "not a quotation" not in out
    assert quotes() == every
    assert speakers() == counted


def test_not_a_quote_usage_errors(tmp_path: Path, capsys) -> None:
    case = fresh_case(tmp_path, capsys)
    first = quote_id(capsys, case, "piracy")
    both = run(capsys, "annotate", str(first), "--not-a-quote", "--is-a-quote", "--case", case)
    assert both[0] == 2 and "exclude each other" in both[2]
    on_document = run(capsys, "annotate", "doc:1", "--not-a-quote", "--case", case)
    assert on_document[0] == 2 and "give a quote id" in on_document[2]
    assert not any(
        quote["rejected"]
        for quote in json.loads(run(capsys, "quotes", "--all", "--json", "--case", case)[1])
    )


def test_quotes_hide_excluded_leaves_out_the_excluded_documents_quotes(
    tmp_path: Path, capsys
) -> None:
    case = fresh_case(tmp_path, capsys)

    def doc_ids(*args: str) -> set[int]:
        listed = json.loads(run(capsys, "quotes", *args, "--json", "--case", case)[1])
        return {quote["doc_id"] for quote in listed}

    every = doc_ids()
    assert len(every) > 1
    excluded = min(doc_ids("piracy"))
    code = run(capsys, "annotate", f"doc:{excluded}", "--review", "excluded", "--case", case)[0]
    assert code == 0
    assert doc_ids() == every  # like `timeline`, every quote unless asked
    assert doc_ids("--hide-excluded") == every - {excluded}
    assert excluded not in doc_ids("piracy", "--hide-excluded")
