"""Where data lives, and one app instance per data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer_app.core.common.errors import AlreadyRunningError
from trainer_app.core.common.lock import InstanceLock
from trainer_app.core.common.paths import bundled_pack_root, program_root, resolve_data_dir


def test_data_dir_option_wins_over_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CPIMS_TRAINER_HOME", str(tmp_path / "env"))
    assert resolve_data_dir(str(tmp_path / "opt")) == tmp_path / "opt"
    assert resolve_data_dir(None) == tmp_path / "env"


def test_default_is_the_user_data_folder_and_portable_sits_beside_the_program(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("CPIMS_TRAINER_HOME", raising=False)
    assert "cpims-trainer" in str(resolve_data_dir(None))
    assert resolve_data_dir(None, portable=True) == program_root() / "cpims-trainer-data"


def test_the_bundled_pack_is_found_from_source() -> None:
    assert (bundled_pack_root() / "content" / "pack.toml").is_file()


def test_a_second_instance_on_the_same_data_folder_is_refused(tmp_path: Path) -> None:
    first = InstanceLock(tmp_path / "instance.lock").acquire()
    with pytest.raises(AlreadyRunningError, match="already open on this data folder"):
        InstanceLock(tmp_path / "instance.lock").acquire()
    first.release()
    InstanceLock(tmp_path / "instance.lock").acquire().release()


def test_search_falls_back_to_a_plain_scan_without_fts5(mini_app) -> None:  # type: ignore[no-untyped-def]
    with_fts = [h.activity_id for h in mini_app.search.search("password")]
    mini_app.search.uses_fts = False
    without = [h.activity_id for h in mini_app.search.search("password")]
    assert with_fts
    assert set(without) == set(with_fts)
    mini_app.search.search("C++ -fire:")  # sanitised: must not raise


def test_hostile_search_input_never_raises_and_ranks_title_hits_first(mini_app) -> None:  # type: ignore[no-untyped-def]
    for text in ("C++ -fire:", '"', "NEAR(a b", "a OR", "*", "-", "^x", "col:val", "((", "   "):
        mini_app.search.search(text)
    hits = mini_app.search.search("password rules")
    assert hits[0].title.startswith("Logging in")
    assert hits[0].anchor == "password-rules"


def test_the_first_run_creates_an_owner_only_device_key(mini_app) -> None:  # type: ignore[no-untyped-def]
    import stat

    private = [p for p in mini_app.paths.keys.iterdir() if p.suffix == ".pem"]
    assert len(private) == 1
    assert stat.S_IMODE(private[0].stat().st_mode) == 0o600
    assert mini_app.trust.device_key().did.startswith("did:key:z")


def test_search_queries_are_quoted_and_the_last_word_is_a_prefix_from_three_letters() -> None:
    from trainer_app.core.storage.search_repo import fts_query

    assert fts_query("C++ -fire:") == '"C" "fire"*'
    assert fts_query('consent "offline') == '"consent" "offline"*'
    assert fts_query("case pl") == '"case" "pl"'
    assert fts_query("  ") == ""


def test_typing_the_start_of_a_word_finds_it(mini_app) -> None:  # type: ignore[no-untyped-def]
    assert mini_app.search.search("passw")
