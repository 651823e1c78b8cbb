"""`default_case` in settings.toml: what `casebrowser` and every `--case` default to."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli.test_cli import SEEDS, run
from tui import locations
from tui.settings import settings_path


def set_default_case(value: str) -> Path:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"default_case = {value}\n", encoding="utf-8")
    return path


def test_commands_use_the_default_case_relative_to_the_settings_file(
    seed_case: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = set_default_case('"cases/seeds.db"')
    (settings.parent / "cases").mkdir()
    shutil.copy(seed_case, settings.parent / "cases" / "seeds.db")
    code, out, err = run(capsys, "docs")
    assert (code, err) == (0, "")
    assert "Telegram" in out
    assert not locations.default_case_path().exists()


def test_a_tilde_is_the_home_folder(
    tmp_path: Path, seed_case: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    shutil.copy(seed_case, tmp_path / "home" / "mine.db")
    set_default_case('"~/mine.db"')
    code, out, _ = run(capsys, "speakers")
    assert code == 0 and "Fahmi Fadzil" in out


def test_a_missing_default_case_is_an_error_except_for_commands_that_make_cases(
    tmp_path: Path, capsys
) -> None:
    set_default_case(f'"{tmp_path / "new.case.db"}"')
    for command in (["docs"], ["quotes", "x"], ["annotate", "1", "--star"], ["export", "docs"]):
        code, out, err = run(capsys, *command)
        assert code == 2 and out == ""
        assert err == (
            f"casebrowser: {tmp_path / 'new.case.db'}: no such case file (default_case in"
            f" {settings_path()}); make one with `casebrowser ingest`\n"
        )
    assert not (tmp_path / "new.case.db").exists()  # no empty case made by mistake
    assert run(capsys, "ingest", str(SEEDS))[0] == 0
    assert (tmp_path / "new.case.db").exists()
    assert "Telegram" in run(capsys, "docs")[1]


def test_a_case_option_wins_over_the_setting(tmp_path: Path, seed_case: Path, capsys) -> None:
    set_default_case(f'"{tmp_path / "elsewhere.db"}"')
    assert run(capsys, "docs", "--case", str(seed_case))[0] == 0


def test_a_wrong_setting_is_a_one_line_error(capsys) -> None:
    settings = set_default_case('""')
    code, _out, err = run(capsys, "docs")
    assert code == 2 and err.startswith(f"casebrowser: {settings}: default_case = ''")
    assert err.count("\n") == 1


def test_without_the_setting_commands_use_the_data_folder_case(capsys) -> None:
    assert run(capsys, "ingest", str(SEEDS))[0] == 0
    assert locations.default_case_path().exists()


# ---- the app -----------------------------------------------------------------------------------


def test_the_app_opens_the_default_case(tmp_path: Path, seed_case: Path, opened) -> None:
    from tui.cli import main

    case = tmp_path / "mine.db"
    shutil.copy(seed_case, case)
    set_default_case(f'"{case}"')
    assert main([]) == 0
    assert opened == [(case, None)]


def test_the_app_without_the_setting_opens_the_sample_case(opened) -> None:
    from tui.cli import main

    assert main([]) == 0
    assert opened == [(locations.sample_case_path(), [locations.seeds_dir()])]


def test_the_app_on_a_missing_default_case_says_so(tmp_path: Path, opened, capsys) -> None:
    from tui.cli import main

    set_default_case(f'"{tmp_path / "gone.db"}"')
    assert main([]) == 2
    assert opened == []
    assert capsys.readouterr().err == (
        f"casebrowser: {tmp_path / 'gone.db'}: no such case file (default_case in"
        f" {settings_path()})\n"
    )
