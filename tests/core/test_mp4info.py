"""The MP4 reader gives the real duration and codecs, and refuses damaged files with a clear reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MINI_PACK
from trainer_app.core.common.errors import ValidationError
from trainer_app.core.packs.mp4info import read_mp4_info

CLIP = MINI_PACK / "videos" / "clip.mp4"


def test_reads_duration_and_codecs_of_a_real_clip() -> None:
    info = read_mp4_info(CLIP)
    assert 3.9 <= info.duration_seconds <= 4.2
    assert set(info.codecs) == {"avc1", "mp4a"}


@pytest.mark.parametrize("cut", [0, 7, 100, 2000])
def test_truncated_or_foreign_files_are_refused(tmp_path: Path, cut: int) -> None:
    broken = tmp_path / "broken.mp4"
    data = CLIP.read_bytes()
    moov = data.find(b"moov")
    broken.write_bytes(data[: min(cut, moov + 40)] if cut else b"this is not a video at all")
    with pytest.raises(ValidationError):
        read_mp4_info(broken)
