"""`tandem X …` builds only command X; everything else sees the whole app."""

from __future__ import annotations

from typer.testing import CliRunner

from tandem.cli.main import app, only


def test_one_command_or_group_is_built_alone() -> None:
    assert [g.name for g in only("measure").registered_groups] == ["measure"]
    assert only("measure").registered_commands == []
    (init,) = only("init").registered_commands
    assert init.callback is not None and init.callback.__name__ == "init"
    assert app.registered_groups and len(app.registered_commands) > 1


def test_unknown_names_get_the_whole_app_and_its_suggestion() -> None:
    assert only("measur") is app
    assert only("") is app
    result = CliRunner().invoke(only("measur"), ["measur", "list"])
    assert result.exit_code == 2
    assert "measure" in result.output


def test_a_pruned_app_runs_its_command() -> None:
    result = CliRunner().invoke(only("calendar"), ["calendar", "--help"])
    assert result.exit_code == 0
    assert "deadline" in result.output
