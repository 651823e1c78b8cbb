"""Which command runs: options anywhere, the app for anything that is not a command's name, and
a command's name that is also a folder here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tui.cli import COMMAND_NAMES


def test_the_case_option_goes_before_the_command_too(seed_case: Path, capsys) -> None:
    code, out, err = run(capsys, "--case", str(seed_case), "quotes", "--json")
    assert (code, err) == (0, "")
    assert len(json.loads(out)) == 10
    code, out, _ = run(capsys, "--case", str(seed_case), "docs")
    assert code == 0 and "Telegram" in out


def test_options_and_arguments_mix_in_any_order(seed_case: Path, capsys) -> None:
    expected = run(capsys, "quotes", "piracy", "--case", str(seed_case), "--json", "--limit", "1")
    mixed = run(capsys, "quotes", "--json", "--limit", "1", "piracy", "--case", str(seed_case))
    assert expected[0] == 0 and mixed == expected
    assert len(json.loads(mixed[1])) == 1


def test_the_command_own_case_option_wins_over_the_one_before_it(
    tmp_path: Path, seed_case: Path, capsys
) -> None:
    code, out, _ = run(
        capsys, "--case", str(tmp_path / "none.db"), "docs", "--case", str(seed_case), "--json"
    )
    assert code == 0 and len(json.loads(out)) == 2


@pytest.mark.parametrize("spelling", ["./docs", "docs/"])
def test_a_path_spelled_as_a_path_opens_the_app_on_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened, capsys, spelling: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "story.md").write_text("A story.")  # an empty folder is not opened
    code, _, err = run(capsys, spelling)
    assert (code, err) == (0, "")
    assert opened == [(tmp_path / "docs.case.db", [Path(spelling)])]


def test_a_command_name_that_is_also_a_folder_here_runs_the_command_and_says_so(
    tmp_path: Path, seed_case: Path, monkeypatch: pytest.MonkeyPatch, opened, capsys
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    code, out, err = run(capsys, "docs", "--case", str(seed_case), "--json")
    assert code == 0 and len(json.loads(out)) == 2  # a script's output does not change
    assert err == "casebrowser: running the docs command; for the path docs, type ./docs\n"
    assert opened == []


def test_a_folder_named_after_no_command_opens_as_a_bare_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened, capsys
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "story.md").write_text("A story.")
    assert run(capsys, "articles")[0] == 0
    assert opened == [(tmp_path / "articles.case.db", [Path("articles")])]


def test_the_case_option_alone_opens_the_app_on_that_case(
    tmp_path: Path, seed_case: Path, opened, capsys
) -> None:
    assert run(capsys, "--case", str(seed_case))[0] == 0
    assert run(capsys, str(seed_case), "--case", str(seed_case))[0] == 0
    assert opened == [(seed_case, None), (seed_case, None)]
    code, _, err = run(capsys, str(seed_case), "--case", str(tmp_path / "other.db"))
    assert code == 2 and err.count("\n") == 1 and "not both" in err
    assert len(opened) == 2


def test_a_mistyped_command_is_a_usage_error_not_an_empty_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened, capsys
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "qoutes")
    assert (code, out) == (2, "") and opened == []
    assert err.startswith("casebrowser: qoutes is neither a command nor a case file or folder")
    assert err.count("\n") == 1 and all(name in err for name in COMMAND_NAMES)
    assert list(tmp_path.iterdir()) == []  # no case file made by mistake


def test_unknown_options_and_extra_arguments_are_usage_errors(
    seed_case: Path, opened, capsys
) -> None:
    code, _, err = run(capsys, "--no-such-option")
    assert code == 2 and "No such option" in err
    code, _, err = run(capsys, str(seed_case), "extra")
    assert code == 2 and "unexpected extra argument" in err
    assert opened == []


def test_help_explains_the_rule_for_paths(capsys) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    text = " ".join(out.split())
    assert "type ./docs or docs/ for the folder" in text
    assert all(name in out for name in COMMAND_NAMES)
    code, out, _ = run(capsys, "-h")
    assert code == 0 and out.startswith("Usage: casebrowser [OPTIONS] [CASE_OR_FOLDER] |")
