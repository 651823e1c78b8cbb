"""The command line: ingest, docs and show, with the JSON contract of DESIGN.md and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tui.cli import main

SEEDS = Path(__file__).parents[2] / "seeds"
DOC_KEYS = [
    "id",
    "title",
    "source",
    "url",
    "author",
    "published",
    "words",
    "quotes",
    "path",
    "published_estimated",
    "published_precision",
    "review",
    "copy_of",
    "copies",
    "copy_sources",
]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_ingest_seeds_then_docs_json_has_the_contract_keys(tmp_path, capsys) -> None:
    case = tmp_path / "x.db"
    code, out, err = run(capsys, "ingest", str(SEEDS), "--case", str(case))
    assert code == 0, err
    assert "2 added" in out and "0 rejected" in out
    code, out, _ = run(capsys, "docs", "--case", str(case), "--json")
    documents = json.loads(out)
    assert code == 0
    assert [list(doc) for doc in documents] == [DOC_KEYS, DOC_KEYS]
    by_path = {Path(doc["path"]).name: doc for doc in documents}
    dated = by_path["001_5b34bde35e7ac367.txt"]
    assert dated["source"] == "TorrentFreak"
    assert dated["published"] == "2024-05-13"
    assert dated["published_estimated"] is None
    assert dated["author"] == "Andy Maxwell"
    assert dated["url"].startswith("https://torrentfreak.com/")
    undated = by_path["000_9a30ba0970a2b1e2.txt"]
    assert undated["published"] is None
    assert undated["published_estimated"] is None or undated["published_estimated"] < "2024"


def test_show_json_gives_the_cleaned_seed_article(seed_case, capsys) -> None:
    case = seed_case
    code, out, _ = run(capsys, "show", "001_5b34bde35e7ac367.txt", "--case", str(case), "--json")
    document = json.loads(out)
    assert code == 0
    assert list(document) == [*DOC_KEYS, "paragraphs"]
    kinds = [paragraph["kind"] for paragraph in document["paragraphs"]]
    assert kinds.count("heading") == 4 and kinds.count("text") == 23
    assert document["title"].startswith("Telegram Reportedly")
    texts = " ".join(paragraph["text"] for paragraph in document["paragraphs"])
    assert "torrentfreak.com/wp-content" not in texts
    assert "Next Post" not in texts
    assert "We see [piracy] happening" in texts


def test_show_text_of_the_undated_seed(seed_case, capsys) -> None:
    case = seed_case
    code, out, _ = run(capsys, "show", "000_9a30ba0970a2b1e2.txt", "--case", str(case))
    assert code == 0
    assert "Fahmi Telegram Unwilling To Cooperate With Govt" in out.splitlines()[0]
    assert "[Image:" not in out
    assert "Govt - 50" not in out


def test_reingest_unchanged_is_a_no_op_and_changed_file_replaces(tmp_path, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    article = folder / "a.md"
    article.write_text("---\ntitle: First\n---\nA first paragraph of text.\n")
    case = tmp_path / "c.db"
    assert run(capsys, "ingest", str(folder), "--case", str(case))[1].startswith("1 added")
    assert run(capsys, "ingest", str(folder), "--case", str(case))[1].startswith(
        "0 added, 0 updated, 1 unchanged"
    )
    article.write_text("---\ntitle: Second\n---\nAn edited paragraph of text.\n")
    assert "1 updated" in run(capsys, "ingest", str(folder), "--case", str(case))[1]
    documents = json.loads(run(capsys, "docs", "--case", str(case), "--json")[1])
    assert [doc["title"] for doc in documents] == ["Second"]


def test_rejected_files_get_one_line_each_and_exit_1(tmp_path, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("A perfectly good article paragraph.\n")
    (folder / "empty.md").write_text("")
    (folder / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (folder / "skip.pdf").write_bytes(b"%PDF-1.4")
    code, out, err = run(capsys, "ingest", str(folder), "--case", str(tmp_path / "c.db"))
    assert code == 1
    lines = err.strip().splitlines()
    assert sorted(lines) == [
        f"{folder / 'bin.txt'}: binary file, not text",
        f"{folder / 'empty.md'}: empty file",
    ]
    assert out.startswith("1 added") and "2 rejected" in out and "1 skipped" in out


def test_usage_errors_exit_2(tmp_path, seed_case, capsys) -> None:
    code, _, err = run(capsys, "show", "1", "--case", str(tmp_path / "none.db"))
    assert code == 2 and "no such case file" in err
    case = seed_case
    code, _, err = run(capsys, "show", "no-such-doc", "--case", str(case))
    assert code == 2 and "no document matches" in err
    assert main(["ingest"]) == 2


def test_default_case_lives_in_the_user_data_dir(tmp_path, capsys) -> None:
    code, _, _ = run(capsys, "ingest", str(SEEDS))
    assert code == 0
    assert (tmp_path / "data" / "casebrowser" / "case.db").exists()
    assert len(json.loads(run(capsys, "docs", "--json")[1])) == 2


def test_control_characters_never_reach_the_terminal(tmp_path, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil.md").write_text(
        '---\ntitle: "Evil \\e]52;c;cHduZWQ=\\a title"\n---\n'
        "Text with \x1b[31mred\x1b[0m and \u202egnirts desrever\u202c inside.\n"
    )
    case = str(tmp_path / "c.db")
    assert run(capsys, "ingest", str(folder), "--case", case)[0] == 0
    for args in (["docs"], ["docs", "--json"], ["show", "1"], ["show", "1", "--json"]):
        _, out, _ = run(capsys, *args, "--case", case)
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out, args
    shown = json.loads(run(capsys, "show", "1", "--json", "--case", case)[1])
    assert "\x1b[31mred" in shown["paragraphs"][0]["text"]


def test_help_and_version(capsys) -> None:
    for command in ("ingest", "docs", "show"):
        assert main([command, "--help"]) == 0
        assert "--case" in capsys.readouterr().out
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("casebrowser ")


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("casebrowser")
    result = subprocess.run([str(script), "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    assert "ingest" in result.stdout


def test_a_damaged_case_file_gives_one_clear_line(tmp_path, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(30):
        (folder / f"{n}.txt").write_text(f"Paragraph number {n}. " * 300)
    case = tmp_path / "c.db"
    run(capsys, "ingest", str(folder), "--case", str(case))
    data = case.read_bytes()
    case.write_bytes(data[: len(data) // 2])
    results = [run(capsys, *args, "--case", str(case)) for args in (["docs"], ["show", "30"])]
    assert any(code == 2 for code, _, _ in results)
    for code, _, err in results:
        if code == 2:
            assert len(err.strip().splitlines()) == 1
            assert "damaged" in err or "not a readable case file" in err
    assert case.read_bytes() == data[: len(data) // 2]
