"""Settings: a TOML file read leniently and edited in place; a bad file never stops the app."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from textual.app import App
from textual.command import CommandList, CommandPalette
from textual.message import Message

from tests.tui.conftest import notices, wait_for_palette, wait_until
from tui.app import build_app
from tui.screenshots import settle
from tui.settings import (
    STYLE_NAMES,
    Settings,
    SettingsError,
    SettingsProblem,
    cycle_csl_style,
    default_case_path,
    load_settings,
    next_style,
    save_setting,
    save_settings,
    settings_path,
    style_name,
)

COMMENTED = """\
# My settings, with notes to myself.
theme = "nord"            # dark, for the evening
citation_style = "mla"    # the journal wants MLA
future_option = true      # a key a later casebrowser knows

[plugins]
enabled = ["x"]
"""


def test_the_file_lives_in_the_config_folder(isolated_user_dirs: Path) -> None:
    assert settings_path() == isolated_user_dirs / "config" / "casebrowser" / "settings.toml"


def test_no_file_means_the_defaults() -> None:
    loaded = load_settings()
    assert loaded.settings == Settings() and loaded.problems == []
    assert loaded.settings.citation_style == "default"


def test_saved_settings_load_back_as_toml(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "settings.toml"
    save_settings(Settings(citation_style="chicago"), path)
    assert tomllib.loads(path.read_text()) == {"citation_style": "chicago"}
    assert load_settings(path).settings.citation_style == "chicago"
    assert [p.name for p in path.parent.iterdir()] == ["settings.toml"]  # no partial file left


def test_the_styles_cycle_in_order() -> None:
    styles = list(STYLE_NAMES)
    assert [next_style(style) for style in styles] == [*styles[1:], styles[0]]


@pytest.mark.parametrize(
    ("text", "style", "problem"),
    [
        ("citation_style = 'apa", "default", "could not be read"),
        (b"\xff\xfe".decode("latin-1"), "default", "could not be read"),
        ('citation_style = "harvard"', "default", "citation_style = 'harvard'"),
        ("citation_style = 3", "default", "citation_style = 3"),
        ('citation_style = "mla"\ncolour = "dark"', "mla", "unknown setting 'colour' ignored"),
        ("[citation_style]\nx = 1", "default", "citation_style = {'x': 1}"),
    ],
    ids=["not-toml", "not-utf8", "unknown-style", "wrong-type", "unknown-key", "a-table"],
)
def test_a_bad_file_falls_back_to_defaults_and_says_why(
    tmp_path: Path, text: str, style: str, problem: str
) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(text.encode("latin-1"))
    loaded = load_settings(path)
    assert loaded.settings.citation_style == style
    assert len(loaded.problems) == 1 and problem in loaded.problems[0]


def test_a_settings_path_that_is_a_folder_is_reported(tmp_path: Path) -> None:
    loaded = load_settings(tmp_path)
    assert loaded.settings == Settings() and "could not be read" in loaded.problems[0]


async def test_the_app_starts_with_a_broken_file_and_tells_the_user(case_path: Path) -> None:
    settings_path().parent.mkdir(parents=True)
    settings_path().write_text('citation_style = "[bold]harvard[/bold]"\n[[broken')
    messages: list[Message] = []
    app = build_app(case_path)
    async with app.run_test(size=(120, 40), message_hook=messages.append) as pilot:
        await settle(pilot)
        assert app.settings == Settings()
        await pilot.press("3", "c")  # choosing a style writes a good file over the broken one
        await settle(pilot)
    warned = [n for n in notices(messages) if n.title == "Settings"]
    assert len(warned) == 1 and "could not be read" in warned[0].message
    assert warned[0].severity == "warning" and not warned[0].markup
    assert load_settings().settings.citation_style == "apa"


async def test_a_style_that_cannot_be_saved_still_applies(
    case_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_path().parent.parent.mkdir(parents=True)
    settings_path().parent.write_text("a file where the folder should be")
    messages: list[Message] = []
    app = build_app(case_path)
    async with app.run_test(size=(120, 40), message_hook=messages.append) as pilot:
        await settle(pilot)
        await pilot.press("3", "c")
        await settle(pilot)
        assert app.settings.citation_style == "apa"
    assert any("for this session only" in n.message for n in notices(messages))


# ---- default_case ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('"/srv/cases/a.db"', "/srv/cases/a.db"),
        ('"cases/a.db"', "{config}/cases/a.db"),
        ('"~/a.db"', "{home}/a.db"),
    ],
    ids=["absolute", "relative-to-the-file", "home"],
)
def test_default_case_is_resolved_from_the_settings_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str, expected: str
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    path = tmp_path / "config" / "settings.toml"
    path.parent.mkdir()
    path.write_text(f"default_case = {value}\n")
    wanted = expected.format(config=path.parent, home=tmp_path / "home")
    assert default_case_path(load_settings(path), path) == Path(wanted)


def test_no_default_case_means_none(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    assert default_case_path(load_settings(path), path) is None


@pytest.mark.parametrize("value", ['""', "3", "['a.db']"])
def test_a_wrong_default_case_is_an_error(tmp_path: Path, value: str) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(f"default_case = {value}\n")
    with pytest.raises(SettingsError, match=r"settings.toml: default_case = "):
        default_case_path(load_settings(path), path)


def test_saving_a_theme_keeps_the_default_case(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('default_case = "~/a.db"\n')
    loaded = load_settings(path).settings
    save_settings(loaded.model_copy(update={"theme": "nord"}), path)
    assert tomllib.loads(path.read_text()) == {
        "citation_style": "default",
        "theme": "nord",
        "default_case": "~/a.db",
    }


# ---- saving in place ---------------------------------------------------------------------------


def test_saving_a_setting_keeps_comments_order_and_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(COMMENTED)
    save_setting("citation_style", "chicago", path)
    assert path.read_text() == COMMENTED.replace('"mla"', '"chicago"')
    save_setting("default_case", "~/a.db", path)
    text = path.read_text()
    assert text.startswith(COMMENTED.replace('"mla"', '"chicago"').split("\n[plugins]")[0])
    assert tomllib.loads(text)["default_case"] == "~/a.db"
    assert tomllib.loads(text)["plugins"] == {"enabled": ["x"]}


def test_saving_none_removes_the_setting_alone(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(COMMENTED)
    save_setting("theme", None, path)
    assert "theme" not in tomllib.loads(path.read_text())
    assert "# the journal wants MLA" in path.read_text()


def test_a_setting_that_would_not_load_back_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    with pytest.raises(ValueError, match="citation_style"):
        save_setting("citation_style", "harvard", path)
    with pytest.raises(ValueError, match="no setting"):
        save_setting("colour", "dark", path)
    assert not path.exists()


def test_saving_over_an_unreadable_file_keeps_it_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("citation_style = 'apa\n# years of notes\n")
    save_setting("theme", "nord", path)
    assert tomllib.loads(path.read_text()) == {"theme": "nord"}
    assert "# years of notes" in (tmp_path / "settings.toml.bak").read_text()


def test_problems_are_values_naming_the_setting(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('citation_style = "harvard"\ncolour = "dark"\n')
    issues = sorted(load_settings(path).issues, key=lambda issue: issue.kind)
    assert [(i.kind, i.setting, i.value) for i in issues] == [
        ("invalid", "citation_style", "harvard"),
        ("unknown", "colour", None),
    ]
    assert isinstance(issues[0], SettingsProblem) and "harvard" in issues[0].message


async def test_choosing_a_style_in_the_app_keeps_the_users_comments(case_path: Path) -> None:
    settings_path().parent.mkdir(parents=True)
    settings_path().write_text(COMMENTED)
    app = build_app(case_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("3", "c")  # mla -> chicago
        await settle(pilot)
    assert settings_path().read_text() == COMMENTED.replace('"mla"', '"chicago"')


# ---- CSL styles ----------------------------------------------------------------------------


def test_a_csl_style_by_name_or_file_is_a_setting(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('citation_style = "ieee"\ncsl_style = "nature"\n')
    loaded = load_settings(path)
    assert loaded.issues == [] and loaded.settings.citation_style == "ieee"
    missing = tmp_path / "journal.csl"
    path.write_text(f"citation_style = {str(missing)!r}\n")
    loaded = load_settings(path)
    assert loaded.settings.citation_style == "default"
    assert loaded.problems == [
        f"citation_style = {str(missing)!r}: citation style file {str(missing)!r}: no such file;"
        " the default is used"
    ]


def test_an_unknown_csl_name_falls_back_and_is_named(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('citation_style = "my-journal"\n')
    loaded = load_settings(path)
    assert loaded.settings.citation_style == "default"
    (problem,) = loaded.problems
    assert problem.startswith("citation_style = 'my-journal': unknown citation style 'my-journal'")
    assert "Value error" not in problem


def test_the_csl_style_joins_the_cycle_after_the_five() -> None:
    assert next_style("markdown", "ieee") == "ieee"
    assert next_style("ieee", "ieee") == "default"
    assert next_style("markdown") == "default"
    assert cycle_csl_style(Settings(citation_style="ieee")) == "ieee"
    assert cycle_csl_style(Settings(citation_style="apa", csl_style="nature")) == "nature"
    assert cycle_csl_style(Settings()) is None
    assert cycle_csl_style(Settings(csl_style="apa")) is None  # already among the five
    assert style_name("apa") == "APA" and style_name("ieee") == "CSL ieee"


async def test_c_reaches_the_csl_style_and_keeps_it(case_path: Path) -> None:
    settings_path().parent.mkdir(parents=True)
    settings_path().write_text('citation_style = "ieee"\n')
    messages: list[Message] = []
    app = build_app(case_path)
    async with app.run_test(size=(120, 40), message_hook=messages.append) as pilot:
        await settle(pilot)
        assert app.settings.citation_style == "ieee"
        await pilot.press("3", "c")  # away from the CSL style: it is kept for the cycle
        await settle(pilot)
        assert app.settings.citation_style == "default"
        assert load_settings().settings.csl_style == "ieee"
        for _ in STYLE_NAMES:
            await pilot.press("c")
        await settle(pilot)
        assert app.settings.citation_style == "ieee"
    assert "Citation style: CSL ieee" in [n.message for n in notices(messages)]
    assert load_settings().settings.citation_style == "ieee"


async def test_the_palette_offers_the_csl_style_kept(case_path: Path) -> None:
    settings_path().parent.mkdir(parents=True)
    settings_path().write_text('citation_style = "mla"\ncsl_style = "ieee"\n')
    messages: list[Message] = []
    app = build_app(case_path)
    async with app.run_test(size=(120, 40), message_hook=messages.append) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"Citation style: CSL")
        await wait_for_palette(pilot, "Citation style: CSL ieee")
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.settings.citation_style == "ieee", "CSL style set")
    assert "Citation style: CSL ieee" in [n.message for n in notices(messages)]
    assert load_settings().settings.citation_style == "ieee"


def palette_commands(app: object) -> list[str]:
    """The commands the open palette lists, by name."""
    assert isinstance(app, App) and isinstance(app.screen, CommandPalette)
    commands = app.screen.query_one(CommandList)
    return [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]


async def test_the_palette_offers_no_csl_style_when_none_is_set(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"Citation style")
        await wait_until(
            pilot,
            lambda: (
                isinstance(app.screen, CommandPalette)
                and sum(name.startswith("Citation style: ") for name in palette_commands(app))
                >= len(STYLE_NAMES)
            ),
            "the five styles listed",
        )
        assert not [name for name in palette_commands(app) if "CSL" in name]


async def test_an_unknown_csl_style_falls_back_with_one_notice(case_path: Path) -> None:
    settings_path().parent.mkdir(parents=True)
    settings_path().write_text('citation_style = "my-journal"\n')
    messages: list[Message] = []
    app = build_app(case_path)
    async with app.run_test(size=(120, 40), message_hook=messages.append) as pilot:
        await settle(pilot)
        assert app.settings.citation_style == "default"
    warned = [n for n in notices(messages) if n.title == "Settings"]
    assert len(warned) == 1 and "unknown citation style 'my-journal'" in warned[0].message
