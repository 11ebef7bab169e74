"""Safe extraction of pack zips: path attacks, links, bombs, entry counts and damaged archives are refused."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from trainer_app.core.common.errors import TrainerError
from trainer_app.core.packs.zipsafe import UnsafeZipError, ZipLimits, extract_pack, safe_extract

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "valid"


def make_zip(path: Path, entries: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def refused(tmp_path: Path, archive: Path, limits: ZipLimits | None = None) -> str:
    dest = tmp_path / "out"
    with pytest.raises(UnsafeZipError) as caught:
        safe_extract(archive, dest, limits)
    assert not dest.exists(), "a refused zip must leave nothing behind"
    return str(caught.value)


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("../evil.txt", "contains '..'"),
        ("content/../../evil.txt", "contains '..'"),
        ("..\\evil.txt", "contains '..'"),
        ("/etc/cron.d/evil", "absolute path"),
        ("\\windows\\evil.txt", "absolute path"),
        ("C:/evil.txt", "absolute path"),
        ("c:evil.txt", "absolute path"),
    ],
)
def test_path_attacks_are_refused(tmp_path: Path, name: str, says: str) -> None:
    archive = make_zip(tmp_path / "evil.zip", {"content/ok.txt": b"fine", name: b"evil"})
    message = refused(tmp_path, archive)
    assert says in message
    assert repr(name) in message
    assert not (tmp_path / "evil.txt").exists()


def test_symlink_entries_are_refused(tmp_path: Path) -> None:
    archive = tmp_path / "link.zip"
    info = zipfile.ZipInfo("content/passwd")
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr(info, "/etc/passwd")
    assert "symbolic link" in refused(tmp_path, archive)


def test_device_entries_are_refused(tmp_path: Path) -> None:
    archive = tmp_path / "fifo.zip"
    info = zipfile.ZipInfo("content/pipe")
    info.create_system = 3
    info.external_attr = (stat.S_IFIFO | 0o644) << 16
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr(info, "")
    assert "not a regular file" in refused(tmp_path, archive)


def test_zip_bomb_is_refused_by_its_ratio(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "bomb.zip", {"videos/big.mp4": bytes(50 * 1024 * 1024)})
    assert archive.stat().st_size < 100 * 1024  # about 50 KiB expanding to 50 MiB
    message = refused(tmp_path, archive)
    assert "zip bomb" in message
    assert "50 MiB" in message  # sizes by the one rule (numbers.format_bytes)


def test_total_size_is_capped(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "big.zip", {"a.bin": b"x" * 3000}, zipfile.ZIP_STORED)
    message = refused(tmp_path, archive, ZipLimits(max_total_bytes=2000))
    assert "would expand to" in message


def test_entry_count_is_capped(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "many.zip", {f"f{i}.txt": b"x" for i in range(11)})
    assert "11 entries; the limit is 10" in refused(tmp_path, archive, ZipLimits(max_entries=10))


def test_default_limits() -> None:
    limits = ZipLimits()
    assert (limits.max_total_bytes, limits.max_entries, limits.max_ratio) == (2 * 1024**3, 20_000, 100.0)


def test_duplicate_entries_are_refused(tmp_path: Path) -> None:
    archive = tmp_path / "dup.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("a.txt", "one")
        with pytest.warns(UserWarning, match="Duplicate name"):
            zipped.writestr("a.txt", "two")
    assert "twice" in refused(tmp_path, archive)


def test_encrypted_entries_are_refused(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "enc.zip", {"a.txt": b"secret"})
    data = bytearray(archive.read_bytes())
    # Set the "encrypted" flag bit in the local and central headers.
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        index = data.index(signature)
        data[index + offset] |= 0x1
    archive.write_bytes(bytes(data))
    assert "encrypted" in refused(tmp_path, archive)


def test_damaged_zip_is_refused_and_leaves_nothing(tmp_path: Path) -> None:
    archive = make_zip(
        tmp_path / "bad.zip", {"a.txt": b"A" * 100, "b.txt": b"hello world " * 50}, zipfile.ZIP_STORED
    )
    data = archive.read_bytes()
    index = data.index(b"hello world")
    archive.write_bytes(data[:index] + b"j" + data[index + 1 :])
    message = refused(tmp_path, archive)
    assert "damaged" in message


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "x.zip"
    path.write_text("not a zip")
    assert "not a valid zip" in refused(tmp_path, path)


def test_extract_into_a_non_empty_folder_is_refused(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "ok.zip", {"a.txt": b"x"})
    dest = tmp_path / "out"
    dest.mkdir()
    (dest / "keep.txt").write_text("mine")
    with pytest.raises(TrainerError, match="not empty"):
        safe_extract(archive, dest)
    assert (dest / "keep.txt").read_text() == "mine"


def test_extract_pack_finds_the_root_at_top_or_in_one_folder(tmp_path: Path) -> None:
    files = {p.relative_to(VALID).as_posix(): p.read_bytes() for p in VALID.rglob("*") if p.is_file()}
    flat = make_zip(tmp_path / "flat.zip", files)
    nested = make_zip(tmp_path / "nested.zip", {f"my-pack/{k}": v for k, v in files.items()})
    assert extract_pack(flat, tmp_path / "a") == tmp_path / "a"
    assert extract_pack(nested, tmp_path / "b") == tmp_path / "b" / "my-pack"
    assert (tmp_path / "b/my-pack/content/pack.toml").read_bytes() == (
        VALID / "content/pack.toml"
    ).read_bytes()


def test_zip_without_a_pack(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "other.zip", {"readme.txt": b"hello"})
    with pytest.raises(TrainerError, match="does not hold a content pack"):
        extract_pack(archive, tmp_path / "out")
