"""The achievement image: a small SVG badge per certificate kind, embedded as a data URI so that showing and
verifying a certificate never needs the network. The same kind always gives the same picture.
"""

from __future__ import annotations

import base64
import hashlib
from xml.sax.saxutils import escape

_COLOURS = ("#1f5f8b", "#2e7d32", "#8e3b46", "#6a4c93", "#b35c00", "#00695c", "#455a64")


def badge_svg(kind_id: str, title: str) -> str:
    """A round badge in a colour chosen by `kind_id`, with the kind's initials; `title` is its text
    alternative."""
    digest = hashlib.sha256(kind_id.encode("utf-8")).digest()
    colour = _COLOURS[digest[0] % len(_COLOURS)]
    initials = "".join(part[0] for part in kind_id.replace("_", "-").split("-") if part)[:3].upper() or "?"
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" role="img">'
        f"<title>{escape(title)}</title>"
        f'<circle cx="60" cy="60" r="56" fill="{colour}"/>'
        '<circle cx="60" cy="60" r="46" fill="none" stroke="#ffffff" stroke-width="4"/>'
        '<text x="60" y="72" font-family="sans-serif" font-size="34" font-weight="bold" '
        f'fill="#ffffff" text-anchor="middle">{escape(initials)}</text>'
        "</svg>"
    )


def badge_data_uri(kind_id: str, title: str) -> str:
    svg = badge_svg(kind_id, title).encode("utf-8")
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")
