"""Text from people (learner and agency names) shown where Qt guesses between plain and rich text.

A QLabel, QMessageBox or QInputDialog renders its text as HTML when it merely looks like HTML, so a learner
named "<b>Bold</b> <img src=x>" would be drawn bold, with an image. Labels we own get Qt.PlainText; for the
dialogs Qt builds itself, the text is escaped into a paragraph, which shows every character as typed.
"""

from __future__ import annotations

import html


def as_shown(text: str) -> str:
    """Rich text that displays `text` literally (line breaks kept)."""
    return "<p>" + html.escape(text, quote=False).replace("\n", "<br>") + "</p>"
