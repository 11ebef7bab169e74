"""What an installation's certificates say about who issued them: the organisation's name, the signatory (the
trainer or coordinator who signs for it) and the organisation's logo, kept as a small checked image file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trainer_app.core.common import files
from trainer_app.core.common.changes import Changes
from trainer_app.core.common.errors import ValidationError
from trainer_app.core.services.settings import SettingsService

ORGANISATION_SETTING = "organisation"
SIGNATORY_SETTING = "signatory"
MAX_LOGO_BYTES = 256 * 1024
MAX_TEXT = 200
_FORMATS = {b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpg"}


@dataclass(frozen=True)
class Branding:
    organisation: str
    signatory: str
    logo: bytes | None


def _clean(text: str, what: str) -> str:
    text = " ".join(text.split())
    if len(text) > MAX_TEXT:
        raise ValidationError("branding.longer_than_characters", field=what, max_text=MAX_TEXT)
    return text


class BrandingService:
    def __init__(self, settings: SettingsService, folder: Path) -> None:
        self._settings = settings
        self._folder = folder

    def current(self) -> Branding:
        extra = self._settings.current.extra
        return Branding(
            str(extra.get(ORGANISATION_SETTING, "") or "").strip(),
            str(extra.get(SIGNATORY_SETTING, "") or "").strip(),
            self.logo(),
        )

    def set_text(self, organisation: str | None = None, signatory: str | None = None) -> Changes:
        extra = dict(self._settings.current.extra)
        if organisation is not None:
            extra[ORGANISATION_SETTING] = _clean(organisation, "organisation_name")
        if signatory is not None:
            extra[SIGNATORY_SETTING] = _clean(signatory, "signatory")
        return self._settings.update(extra=extra)

    def set_logo(self, source: Path | None) -> Changes:
        """Keep a copy of a PNG or JPEG logo (at most 256 KiB, checked before it is read whole); None removes it.
        A refused file changes nothing."""
        if source is None:
            self._remove_logo()
            return Changes.SETTINGS
        try:
            with Path(source).open("rb") as handle:
                data = handle.read(MAX_LOGO_BYTES + 1)
        except OSError as error:
            raise ValidationError("branding.read", source=source, strerror=error.strerror or error) from error
        if len(data) > MAX_LOGO_BYTES:
            raise ValidationError(
                "branding.logo_may_most_kib", name=Path(source).name, max_logo_bytes=MAX_LOGO_BYTES // 1024
            )
        kind = next((k for magic, k in _FORMATS.items() if data.startswith(magic)), None)
        if kind is None:
            raise ValidationError("branding.logo_must_png_jpeg", name=Path(source).name)
        self._remove_logo()
        self._folder.mkdir(parents=True, exist_ok=True)
        files.write_atomically(self._folder / f"logo.{kind}", data)
        return Changes.SETTINGS

    def _remove_logo(self) -> None:
        for old in self._folder.glob("logo.*"):
            old.unlink()

    def logo(self) -> bytes | None:
        for path in sorted(self._folder.glob("logo.*")):
            try:
                return path.read_bytes()[: MAX_LOGO_BYTES + 1]
            except OSError:
                return None
        return None
