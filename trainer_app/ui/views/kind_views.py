"""Which view shows which activity kind (guides use the reader). Each view has `open(pack_id, activity, anchor)`."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from trainer_app.core.domain.pack import ActivityKind
from trainer_app.ui.context import Context


def make_kind_view(kind: ActivityKind, context: Context) -> QWidget | None:
    return None
