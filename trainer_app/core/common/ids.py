"""Typed ids. Learners and records get UUIDs so records from many laptops merge without clashes."""

from __future__ import annotations

import uuid
from typing import NewType

LearnerId = NewType("LearnerId", str)
PackId = NewType("PackId", str)
ActivityId = NewType("ActivityId", str)
ModuleId = NewType("ModuleId", str)
TrackId = NewType("TrackId", str)
RoleId = NewType("RoleId", str)


def new_uuid() -> str:
    return str(uuid.uuid4())
