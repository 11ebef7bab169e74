"""install_pack: validated first, swapped in atomically, and a failed install leaves nothing behind."""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

import pytest

from trainer_app.core.common.errors import NotFoundError, TrainerError, ValidationError
from trainer_app.core.packs.install import install_pack, list_installed, remove_pack
from trainer_app.core.packs.zipsafe import UnsafeZipError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "packs"


def zip_folder(folder: Path, archive: Path, prefix: str = "") -> Path:
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zipped:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zipped.write(path, prefix + path.relative_to(folder).as_posix())
    return archive


def pack_version(tmp_path: Path, version: str) -> Path:
    folder = tmp_path / f"src-{version}"
    shutil.copytree(FIXTURES / "valid", folder)
    toml = folder / "content/pack.toml"
    toml.write_text(toml.read_text().replace('version = "0.1.0"', f'version = "{version}"'))
    return zip_folder(folder, tmp_path / f"pack-{version}.zip", prefix="fixture/")


@pytest.fixture
def dirs(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "data" / "packs", tmp_path / "data" / "staging"


def assert_clean(packs_dir: Path, staging_dir: Path, expected: set[str]) -> None:
    assert {p.name for p in packs_dir.iterdir()} == expected
    assert list(staging_dir.iterdir()) == []


def test_install_puts_the_pack_under_its_id(tmp_path: Path, dirs: tuple[Path, Path]) -> None:
    packs_dir, staging_dir = dirs
    pack = install_pack(pack_version(tmp_path, "0.1.0"), packs_dir, staging_dir)
    assert (pack.id, pack.version, pack.root) == ("fixture-pack", "0.1.0", packs_dir / "fixture-pack")
    assert (packs_dir / "fixture-pack/content/pack.toml").is_file()
    assert pack.path("content/guides/one.md").is_file()
    assert_clean(packs_dir, staging_dir, {"fixture-pack"})


def test_a_newer_version_replaces_the_old_one(tmp_path: Path, dirs: tuple[Path, Path]) -> None:
    packs_dir, staging_dir = dirs
    install_pack(pack_version(tmp_path, "0.1.0"), packs_dir, staging_dir)
    (packs_dir / "fixture-pack/stale.txt").write_text("from the old version")
    pack = install_pack(pack_version(tmp_path, "0.2.0"), packs_dir, staging_dir)
    assert pack.version == "0.2.0"
    assert not (packs_dir / "fixture-pack/stale.txt").exists()
    assert_clean(packs_dir, staging_dir, {"fixture-pack"})


def test_an_invalid_pack_is_not_installed_and_every_problem_is_given(
    tmp_path: Path, dirs: tuple[Path, Path]
) -> None:
    packs_dir, staging_dir = dirs
    archive = zip_folder(FIXTURES / "broken", tmp_path / "broken.zip")
    with pytest.raises(ValidationError) as caught:
        install_pack(archive, packs_dir, staging_dir)
    assert "broken.zip was not installed; problems found: 8." in str(caught.value)
    assert len(caught.value.problems) == 8
    assert_clean(packs_dir, staging_dir, set())


def test_an_invalid_new_version_keeps_the_old_one(tmp_path: Path, dirs: tuple[Path, Path]) -> None:
    packs_dir, staging_dir = dirs
    install_pack(pack_version(tmp_path, "0.1.0"), packs_dir, staging_dir)
    broken = tmp_path / "broken-src"
    shutil.copytree(FIXTURES / "broken", broken)
    with pytest.raises(ValidationError):
        install_pack(zip_folder(broken, tmp_path / "broken.zip"), packs_dir, staging_dir)
    assert list_installed(packs_dir)[0].version == "0.1.0"
    assert_clean(packs_dir, staging_dir, {"fixture-pack"})


def test_failure_mid_extraction_leaves_nothing(tmp_path: Path, dirs: tuple[Path, Path]) -> None:
    packs_dir, staging_dir = dirs
    archive = tmp_path / "damaged.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_STORED) as zipped:
        for path in sorted((FIXTURES / "valid").rglob("*")):
            if path.is_file():
                zipped.write(path, path.relative_to(FIXTURES / "valid").as_posix())
    data = archive.read_bytes()
    index = data.index(b"Import the location file")  # a walkthrough, after guides and tracks were written
    archive.write_bytes(data[:index] + b"X" + data[index + 1 :])
    with pytest.raises(UnsafeZipError, match="damaged"):
        install_pack(archive, packs_dir, staging_dir)
    assert_clean(packs_dir, staging_dir, set())


def test_failure_while_swapping_restores_the_old_version(
    tmp_path: Path, dirs: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    packs_dir, staging_dir = dirs
    install_pack(pack_version(tmp_path, "0.1.0"), packs_dir, staging_dir)
    newer = pack_version(tmp_path, "0.2.0")
    real_replace = os.replace

    def failing_replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        if Path(source).name.startswith(".incoming-"):
            raise OSError(28, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(TrainerError, match="No space left on device"):
        install_pack(newer, packs_dir, staging_dir)
    monkeypatch.undo()
    assert [p.version for p in list_installed(packs_dir)] == ["0.1.0"]
    assert_clean(packs_dir, staging_dir, {"fixture-pack"})


def test_unsafe_zip_is_refused_before_anything_is_written(tmp_path: Path, dirs: tuple[Path, Path]) -> None:
    packs_dir, staging_dir = dirs
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("content/pack.toml", "x")
        zipped.writestr("../../escape.txt", "x")
    with pytest.raises(UnsafeZipError):
        install_pack(archive, packs_dir, staging_dir)
    assert not (tmp_path / "escape.txt").exists()
    assert_clean(packs_dir, staging_dir, set())


def test_missing_zip(tmp_path: Path, dirs: tuple[Path, Path]) -> None:
    with pytest.raises(NotFoundError):
        install_pack(tmp_path / "nope.zip", *dirs)


def test_list_skips_broken_folders_and_remove_removes(tmp_path: Path, dirs: tuple[Path, Path]) -> None:
    packs_dir, staging_dir = dirs
    install_pack(pack_version(tmp_path, "0.1.0"), packs_dir, staging_dir)
    shutil.copytree(FIXTURES / "broken", packs_dir / "broken")
    assert [p.id for p in list_installed(packs_dir)] == ["fixture-pack"]
    remove_pack(packs_dir, "fixture-pack")
    assert list_installed(packs_dir) == []
    assert {p.name for p in packs_dir.iterdir()} == {"broken"}


@pytest.mark.parametrize("pack_id", ["nope", "../data", "", "Fixture-Pack"])
def test_remove_refuses_unknown_ids(dirs: tuple[Path, Path], pack_id: str) -> None:
    packs_dir, _ = dirs
    packs_dir.mkdir(parents=True)
    with pytest.raises(NotFoundError):
        remove_pack(packs_dir, pack_id)


def test_list_of_a_missing_folder_is_empty(tmp_path: Path) -> None:
    assert list_installed(tmp_path / "nothing") == []
