"""The words a long operation of the core reports as it goes (its stage, or the records table it is writing),
translated for the progress dialog. Anything else it reports (a learner's name, a file name) is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def stage_text(key: str) -> str:
    """The translated label of a stage key or a records table; `key` itself when it is neither."""
    texts = {
        "verifying": QCoreApplication.translate("progress", "checking the signature"),
        "merging": QCoreApplication.translate("progress", "adding the records"),
        "done": QCoreApplication.translate("progress", "done"),
        "gathering": QCoreApplication.translate("progress", "gathering the records"),
        "writing": QCoreApplication.translate("progress", "writing the file"),
        "starting": QCoreApplication.translate("progress", "starting"),
        # records bundle members (record_format's table names)
        "learners": QCoreApplication.translate("progress", "learners"),
        "progress": QCoreApplication.translate("progress", "progress"),
        "session log": QCoreApplication.translate("progress", "session log"),
        "quiz attempts": QCoreApplication.translate("progress", "quiz attempts"),
        "quiz answers": QCoreApplication.translate("progress", "quiz answers"),
        "walkthrough ticks": QCoreApplication.translate("progress", "walkthrough ticks"),
        "certificates": QCoreApplication.translate("progress", "certificates"),
        "training sessions": QCoreApplication.translate("progress", "training sessions"),
        "session attendance": QCoreApplication.translate("progress", "session attendance"),
        "practical checks": QCoreApplication.translate("progress", "practical checks"),
    }
    return texts.get(key, key)
