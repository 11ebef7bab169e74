"""Hostile pack files cost nothing: size limits are checked before a byte is written, damaged streams and links
are clear errors, and nesting deep enough to blow the parser's stack is a `FILE:LINE` problem."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from trainer_app.core.common.errors import TrainerError
from trainer_app.core.packs.install import install_pack
from trainer_app.core.packs.validate import validate_pack
from trainer_app.core.packs.zipsafe import UnsafeZipError, ZipLimits, safe_extract

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "valid"
MIB = 1024 * 1024


def many_small_entries(path: Path, count: int, size: int = MIB) -> Path:
    """Entries each just under the per-entry ratio exemption, together a bomb."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for number in range(count):
            archive.writestr(f"content/filler-{number}.txt", b"\0" * size)
    return path


def test_many_small_entries_are_refused_by_the_total_ratio_before_writing(tmp_path: Path) -> None:
    archive = many_small_entries(tmp_path / "small.zip", 40)
    dest = tmp_path / "out"
    with pytest.raises(UnsafeZipError, match="zip bomb"):
        safe_extract(archive, dest, ZipLimits(max_total_bytes=64 * MIB))
    assert not dest.exists()


def test_the_small_entry_bomb_is_refused_with_default_limits(tmp_path: Path) -> None:
    archive = many_small_entries(tmp_path / "small.zip", 1900)
    packs, staging = tmp_path / "packs", tmp_path / "staging"
    with pytest.raises(UnsafeZipError, match="zip bomb"):
        install_pack(archive, packs, staging)
    assert not any(staging.rglob("*.txt"))
    assert not any(packs.iterdir())


def test_one_entry_over_the_per_entry_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("content/big.bin", b"x" * (3 * MIB))
    with pytest.raises(UnsafeZipError, match=r"content/big\.bin.*limit"):
        safe_extract(path, tmp_path / "out", ZipLimits(max_entry_bytes=2 * MIB))
    assert not (tmp_path / "out").exists()


def test_a_damaged_deflate_stream_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "damaged.zip"
    payload = bytes(range(256)) * 4000
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("content/data.bin", payload)
    raw = bytearray(path.read_bytes())
    start = raw.index(b"content/data.bin") + len("content/data.bin") + 50
    raw[start : start + 40] = b"\xff" * 40  # garbage in the middle of the deflate stream
    path.write_bytes(bytes(raw))
    with pytest.raises(UnsafeZipError, match="damaged"):
        safe_extract(path, tmp_path / "out")
    assert not (tmp_path / "out").exists()
    report = validate_pack(path)
    assert not report.valid
    assert "damaged" in report.problems[0].message


@pytest.mark.parametrize("rel", ["content/gates.toml", "content/pack.toml", "quizzes/one.toml"])
def test_a_symlinked_pack_file_in_a_folder_pack_is_refused(tmp_path: Path, rel: str) -> None:
    root = tmp_path / "pack"
    shutil.copytree(VALID, root)
    outside = tmp_path / "elsewhere.toml"
    target = root / rel
    outside.write_bytes(
        target.read_bytes() if target.exists() else (VALID / "content" / "pack.toml").read_bytes()
    )
    target.unlink(missing_ok=True)
    target.symlink_to(outside)
    problems = validate_pack(root).problems
    refused = [p for p in problems if "symbolic link that leaves the pack" in p.message]
    assert any(p.file == rel or repr(rel) in p.message for p in refused), problems


@pytest.mark.parametrize(
    "nested",
    ["deep = " + "[" * 5000 + "]" * 5000, "deep = " + "{ a = " * 5000 + "1" + " }" * 5000],
)
def test_deeply_nested_toml_is_a_line_problem(tmp_path: Path, nested: str) -> None:
    root = tmp_path / "pack"
    shutil.copytree(VALID, root)
    pack_toml = root / "content" / "pack.toml"
    lines = pack_toml.read_text().splitlines()
    lines.insert(1, nested)
    pack_toml.write_text("\n".join(lines) + "\n")
    problems = validate_pack(root).problems
    assert [(p.file, p.line, p.message) for p in problems] == [("content/pack.toml", 2, "too deeply nested")]
    assert str(problems[0]).startswith("content/pack.toml:2: too deeply nested")


def test_brackets_inside_strings_and_comments_do_not_count(tmp_path: Path) -> None:
    root = tmp_path / "pack"
    shutil.copytree(VALID, root)
    pack_toml = root / "content" / "pack.toml"
    extra = 'note = "' + "[" * 500 + '"\n# ' + "{" * 500 + "\nmore = '''\n" + "[" * 500 + "\n'''\n"
    text = pack_toml.read_text()
    first_table = text.index("\n[")
    pack_toml.write_text(text[:first_table] + "\n" + extra + text[first_table:])
    assert not [p for p in validate_pack(root).problems if "nested" in p.message]


def test_an_unsafe_zip_never_raises_anything_but_a_trainer_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.zip"
    path.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    with pytest.raises(TrainerError):
        safe_extract(path, tmp_path / "out")


_INSTALL_IN_CHILD = """
import resource, sys
from pathlib import Path
from trainer_app.core.common.errors import TrainerError
from trainer_app.core.packs.install import install_pack
try:
    install_pack(Path(sys.argv[1]), Path(sys.argv[2]) / "packs", Path(sys.argv[2]) / "staging")
    print("INSTALLED")
except TrainerError as error:
    print("REFUSED", error)
print("PEAK_KIB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def test_the_small_entry_bomb_costs_little_memory(tmp_path: Path) -> None:
    import subprocess
    import sys

    archive = many_small_entries(tmp_path / "small.zip", 1900)
    done = subprocess.run(
        [sys.executable, "-c", _INSTALL_IN_CHILD, str(archive), str(tmp_path / "data")],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    assert "REFUSED" in done.stdout, done.stdout + done.stderr
    assert "zip bomb" in done.stdout, done.stdout + done.stderr
    peak = int(done.stdout.split("PEAK_KIB")[1].strip()) / 1024
    assert peak < 500, f"refusing the small-entry zip peaked at {peak:.0f} MiB"
    print(f"small-entry zip install: peak {peak:.0f} MiB")  # noqa: T201 (the measured peak, for the run's log)
