"""`[track.certificate.translations.<lang>]` in track files: parsed into the pack, and checked like the rest."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import MINI_PACK
from trainer_app.core.packs.validate import validate_folder


def _pack_with(tmp_path: Path, addition: str) -> Path:
    root = tmp_path / "pack"
    shutil.copytree(MINI_PACK, root)
    track_file = root / "content" / "tracks" / "worker.toml"
    text = track_file.read_text(encoding="utf-8")
    track_file.write_text(
        text.replace("\n[[modules]]", "\n" + addition + "\n[[modules]]", 1), encoding="utf-8"
    )
    return root


def test_translations_are_parsed(tmp_path: Path) -> None:
    root = _pack_with(
        tmp_path,
        '[track.certificate.translations.fr]\ntitle = "Formation terminée"\ncriteria = "Deux modules."\n'
        '[track.certificate.translations.pt-BR]\ntitle = "Treinamento concluído"\n',
    )
    report = validate_folder(root)
    assert [str(p) for p in report.problems] == []
    assert report.pack is not None
    certificate = report.pack.track("worker").whole_track_certificate  # type: ignore[union-attr]
    french = certificate.text_for("fr")
    assert french is not None
    assert (french.title, french.criteria) == ("Formation terminée", "Deux modules.")
    assert certificate.text_for("fr-CA") == french  # the primary language tag
    brazil = certificate.text_for("pt-BR")
    assert brazil is not None
    assert brazil.criteria == ""
    assert certificate.text_for("es") is None


def test_bad_translations_are_reported_with_their_line(tmp_path: Path) -> None:
    root = _pack_with(
        tmp_path,
        '[track.certificate.translations.fr]\ncriteria = "Pas de titre."\ncolour = "bleu"\n'
        '[track.certificate.translations.French]\ntitle = "x"\n',
    )
    problems = [str(p) for p in validate_folder(root).problems]
    assert any("certificate translation 'fr': missing required key 'title'" in p for p in problems), problems
    assert any("unknown key 'colour'" in p and "worker.toml:" in p for p in problems), problems
    assert any("'French' is not a language code" in p for p in problems), problems
