"""Running summaries of progress, kept up to date as progress is written (Kolibri's summary logs): per learner
and module, per learner and pack, and the activity → module map of each pack they were summed on.

The completion report reads these instead of grouping every progress row; core/storage/summary_repo keeps them.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, DateTime, Float, ForeignKey, Integer, String, Table

from trainer_app.core.storage.tables import metadata

# The layout the summaries were built on: a pack whose modules change (a new version) is summed again.
pack_activity = Table(
    "pack_activity",
    metadata,
    Column("pack_id", String(100), primary_key=True),
    Column("activity_id", String(150), primary_key=True),
    Column("module_id", String(150), nullable=False),
    Column("required", Boolean, nullable=False),
)

# One row per learner and module with any progress row; activities outside the stored layout have none.
module_progress = Table(
    "module_progress",
    metadata,
    Column("learner_id", String(36), ForeignKey("learner.id"), primary_key=True),
    Column("pack_id", String(100), primary_key=True),
    Column("module_id", String(150), primary_key=True),
    Column("activities_touched", Integer, nullable=False),  # progress rows of any activity of the module
    Column("activities_done", Integer, nullable=False),  # required activities completed
    Column("progress_sum", Float, nullable=False),  # sum of progress (0–1) over required activities
    Column("last_completed_at", DateTime(timezone=True), nullable=True),  # latest required completion
)

# One row per learner and pack with any progress row, over every row of the pack (in the layout or not).
pack_progress = Table(
    "pack_progress",
    metadata,
    Column("learner_id", String(36), ForeignKey("learner.id"), primary_key=True),
    Column("pack_id", String(100), primary_key=True),
    Column("activities_touched", Integer, nullable=False),
    Column("first_opened_at", DateTime(timezone=True), nullable=True),
    Column("last_updated_at", DateTime(timezone=True), nullable=False),
    Column("seconds_spent", Float, nullable=False),
)
