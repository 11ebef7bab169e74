"""Draw the still frames of the training videos with QPainter on an offscreen QImage.

Every frame is our own drawing: title cards, bullet lists, flows, tables and simplified mock screens of a
CPIMS+ site. Nothing here is a screenshot of the real product. A scene is a dict read from media/scripts/*.toml.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPainter,
    QPen,
    QPolygonF,
)

WIDTH, HEIGHT = 854, 480
FONT = "Noto Sans"
MONO = "DejaVu Sans Mono"

NAVY = QColor("#1F3A5F")
TEAL = QColor("#1C7C7D")
ORANGE = QColor("#D9731A")
LIGHT = QColor("#EEF3F7")
PALE_TEAL = QColor("#E3F1F1")
INK = QColor("#1E2329")
GREY = QColor("#6B7680")
LINE = QColor("#C9D2DA")
WHITE = QColor("#FFFFFF")
YELLOW = QColor("#F2C200")

# Each role's own menu, drawn on its mock screens. Only items that the project's fact base or the guides
# say the role has (seeded baseline roles, primero-facts.md 1.4 and 2.8; user guide "Finding your way
# around"; admin guide "The Settings menu"); an item we cannot source is left out rather than guessed.
ROLE_NAV: dict[str, list[str]] = {
    # CP Case Worker: own dashboards and tasks, cases, incidents (read/write/create), exports. No Settings.
    "case_worker": ["Dashboard", "Tasks", "Cases", "Incidents", "Exports", "Support"],
    # CP Manager: team dashboards, cases (no create), reports read/write/create, exports.
    "case_manager": ["Dashboard", "Cases", "Reports", "Exports", "Support"],
    # CP Administrator: cases, reports, exports and the Settings menu.
    "system_administrator": ["Cases", "Reports", "Exports", "Support", "Settings"],
}
DISCLAIMER = "Drawing for training, not a screenshot. Labels on your deployment may differ."
WRAP = int(Qt.TextFlag.TextWordWrap)

_APP: QGuiApplication | None = None


def ensure_app() -> None:
    global _APP
    if QGuiApplication.instance() is None:
        _APP = QGuiApplication(["frames"])


def font(px: float, bold: bool = False, family: str = FONT) -> QFont:
    f = QFont(family)
    f.setPixelSize(max(6, round(px)))
    f.setBold(bold)
    return f


def fitted_font(text: str, rect: QRectF, max_px: float, min_px: float = 9, bold: bool = False) -> QFont:
    """Largest font (max_px down to min_px) whose wrapped text fits in rect."""
    px = max_px
    while px > min_px:
        f = font(px, bold)
        box = QFontMetricsF(f).boundingRect(rect, WRAP, text)
        if box.height() <= rect.height() and box.width() <= rect.width() + 0.5:
            return f
        px -= 1
    return font(min_px, bold)


def draw_text(
    p: QPainter,
    rect: QRectF,
    text: str,
    px: float,
    colour: QColor,
    bold: bool = False,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    fit: bool = True,
    family: str = FONT,
) -> None:
    p.setFont(fitted_font(text, rect, px, bold=bold) if fit and family == FONT else font(px, bold, family))
    p.setPen(colour)
    p.drawText(rect, int(align) | WRAP, text)


def rounded(
    p: QPainter,
    rect: QRectF,
    fill: QColor | None,
    line: QColor | None = None,
    radius: float = 6,
    width: float = 1.2,
) -> None:
    p.setBrush(QBrush(fill) if fill is not None else Qt.BrushStyle.NoBrush)
    p.setPen(QPen(line, width) if line is not None else Qt.PenStyle.NoPen)
    p.drawRoundedRect(rect, radius, radius)


def arrow(p: QPainter, start: QPointF, end: QPointF, colour: QColor = ORANGE, size: float = 7) -> None:
    p.setPen(QPen(colour, 3))
    p.drawLine(start, end)
    direction = end - start
    length = max(1e-6, (direction.x() ** 2 + direction.y() ** 2) ** 0.5)
    ux, uy = direction.x() / length, direction.y() / length
    tip = end + QPointF(ux * size, uy * size)
    left = end + QPointF(-uy * size, ux * size)
    right = end + QPointF(uy * size, -ux * size)
    p.setBrush(colour)
    p.setPen(Qt.PenStyle.NoPen)
    p.drawPolygon(QPolygonF([tip, left, right]))


def heading_strip(p: QPainter, heading: str) -> None:
    p.fillRect(QRectF(0, 0, WIDTH, 44), WHITE)
    draw_text(p, QRectF(24, 6, WIDTH - 48, 32), heading, 20, NAVY, True)
    p.fillRect(QRectF(24, 40, 70, 3), TEAL)


# --------------------------------------------------------------------------------------------------------
# Whole-frame layouts


def draw_title(p: QPainter, scene: dict[str, Any], meta: dict[str, Any]) -> None:
    p.fillRect(QRectF(0, 0, WIDTH, HEIGHT), NAVY)
    p.fillRect(QRectF(0, HEIGHT - 62, WIDTH, 62), TEAL)
    p.fillRect(QRectF(48, 128, 90, 5), ORANGE)
    title_rect = QRectF(48, 142, WIDTH - 96, 110)
    title_font = fitted_font(scene["heading"], title_rect, 38, bold=True)
    used = QFontMetricsF(title_font).boundingRect(title_rect, WRAP, scene["heading"]).height()
    draw_text(
        p,
        title_rect,
        scene["heading"],
        38,
        WHITE,
        True,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
    )
    draw_text(
        p,
        QRectF(48, 142 + used + 22, WIDTH - 120, 90),
        scene.get("sub", ""),
        20,
        QColor("#D6E2EC"),
        align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
    )
    draw_text(
        p, QRectF(48, HEIGHT - 62, WIDTH - 96, 62), meta.get("byline", "CPIMS+ training kit"), 15, WHITE
    )


def draw_bullets(p: QPainter, scene: dict[str, Any], meta: dict[str, Any]) -> None:
    p.fillRect(QRectF(0, 0, WIDTH, HEIGHT), WHITE)
    heading_strip(p, scene["heading"])
    items = scene["bullets"]
    top, bottom = 66.0, HEIGHT - 70.0
    slot = (bottom - top) / max(len(items), 4)
    px = min(22.0, slot * 0.42)
    for i, item in enumerate(items):
        y = top + i * slot
        rect = QRectF(70, y, WIDTH - 130, slot - 6)
        if scene.get("hl") == i + 1:
            rounded(p, QRectF(40, y - 2, WIDTH - 80, slot - 2), PALE_TEAL, ORANGE, 8, 2)
        p.setBrush(TEAL)
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(QPointF(54, y + (slot - 6) / 2), 5, 5)
        draw_text(p, rect, item, px, INK)
    footer_note(p, scene)


def footer_note(p: QPainter, scene: dict[str, Any]) -> None:
    if "note" in scene:
        rect = QRectF(40, HEIGHT - 62, WIDTH - 80, 46)
        rounded(p, rect, PALE_TEAL, None, 8)
        draw_text(p, rect.adjusted(14, 4, -14, -4), scene["note"], 16, NAVY)


def draw_flow(p: QPainter, scene: dict[str, Any], meta: dict[str, Any]) -> None:
    p.fillRect(QRectF(0, 0, WIDTH, HEIGHT), WHITE)
    heading_strip(p, scene["heading"])
    steps = scene["steps"]
    n = len(steps)
    gap = 26.0
    box_w = (WIDTH - 48 - gap * (n - 1)) / n
    top = 90.0
    text_h = max(
        QFontMetricsF(font(15))
        .boundingRect(QRectF(0, 0, box_w - 16, 1000), WRAP, step.get("text", ""))
        .height()
        for step in steps
    )
    box_h = min(230.0 if "note" in scene else 290.0, max(170.0, 112 + text_h + 40))
    box_h = float(scene.get("box_height", box_h))
    area_bottom = HEIGHT - (80 if "note" in scene else 24)
    top = 56 + max(0.0, (area_bottom - 56 - box_h) / 2)
    active = scene.get("active", 0)
    done = scene.get("done", 0)
    for i, step in enumerate(steps):
        x = 24 + i * (box_w + gap)
        is_active = active == i + 1
        fill = NAVY if is_active else (PALE_TEAL if i < done or not active else LIGHT)
        rounded(p, QRectF(x, top, box_w, box_h), fill, None if is_active else TEAL, 10)
        p.setBrush(ORANGE if is_active else TEAL)
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(QPointF(x + box_w / 2, top + 28), 17, 17)
        draw_text(
            p,
            QRectF(x, top + 11, box_w, 34),
            step.get("badge", str(i + 1)),
            16,
            WHITE,
            True,
            Qt.AlignmentFlag.AlignCenter,
        )
        ink = WHITE if is_active else NAVY
        draw_text(
            p,
            QRectF(x + 6, top + 52, box_w - 12, 56),
            step["heading"],
            17,
            ink,
            True,
            Qt.AlignmentFlag.AlignCenter,
        )
        draw_text(
            p,
            QRectF(x + 8, top + 112, box_w - 16, box_h - 122),
            step.get("text", ""),
            15,
            WHITE if is_active else INK,
            align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
        )
        if i < n - 1 and scene.get("arrows", True):
            arrow(p, QPointF(x + box_w + 4, top + box_h / 2), QPointF(x + box_w + gap - 10, top + box_h / 2))
    footer_note(p, scene)


def draw_table(p: QPainter, scene: dict[str, Any], meta: dict[str, Any]) -> None:
    p.fillRect(QRectF(0, 0, WIDTH, HEIGHT), WHITE)
    heading_strip(p, scene["heading"])
    rows = [scene["header"], *scene["rows"]]
    weights = scene.get("widths", [1] * len(scene["header"]))
    widths = [(WIDTH - 48) * w / sum(weights) for w in weights]
    bottom = HEIGHT - (76 if "note" in scene else 24)
    row_h = min(64.0, (bottom - 66) / len(rows))
    for r, row in enumerate(rows):
        x, y = 24.0, 62 + r * row_h
        fill = NAVY if r == 0 else (LIGHT if r % 2 == 0 else WHITE)
        p.fillRect(QRectF(24, y, WIDTH - 48, row_h), fill)
        if scene.get("hl") == r:
            rounded(p, QRectF(22, y + 1, WIDTH - 44, row_h - 2), None, ORANGE, 4, 2.5)
        for c, cell in enumerate(row):
            draw_text(
                p,
                QRectF(x + 10, y + 2, widths[c] - 16, row_h - 4),
                cell,
                16,
                WHITE if r == 0 else INK,
                r == 0 or c == 0,
            )
            x += widths[c]
    footer_note(p, scene)


# --------------------------------------------------------------------------------------------------------
# Mock screens


APP = QRectF(16, 52, WIDTH - 32, HEIGHT - 76)


def draw_screen(p: QPainter, scene: dict[str, Any], meta: dict[str, Any]) -> None:
    p.fillRect(QRectF(0, 0, WIDTH, HEIGHT), LIGHT)
    heading_strip(p, scene["heading"])
    p.fillRect(QRectF(0, 44, WIDTH, HEIGHT - 44), LIGHT)
    rounded(p, APP, WHITE, LINE, 6)
    app_bar(p, scene, meta)
    if scene.get("layout") == "login":
        login_page(p, scene)
    else:
        nav_w = 128.0
        nav = nav_items(scene, meta)
        side = QRectF(APP.x() + 1, APP.y() + 30, nav_w, APP.height() - 31)
        p.fillRect(side, QColor("#F5F7F9"))
        for i, item in enumerate(nav):
            r = QRectF(side.x() + 6, side.y() + 8 + i * 28, nav_w - 12, 24)
            if item == scene.get("nav"):
                rounded(p, r, TEAL, None, 4)
            draw_text(
                p, r.adjusted(8, 0, 0, 0), item, 12, WHITE if item == scene.get("nav") else INK, fit=False
            )
        if scene.get("nav_hl"):
            rounded(p, side.adjusted(2, 4, -2, -(side.height() - 16 - 28 * len(nav))), None, ORANGE, 6, 2.5)
        content = QRectF(side.right() + 14, APP.y() + 40, APP.right() - side.right() - 28, APP.height() - 50)
        if "banner" in scene:
            banner(p, QRectF(content.x(), content.y() - 2, content.width(), 30), scene["banner"])
            content = content.adjusted(0, 38, 0, 0)
        page(p, content, scene)
    if "dialog" in scene:
        dialog(p, scene["dialog"])
    if "note" in scene:
        note_bubble(p, scene["note"])
    draw_text(p, QRectF(20, HEIGHT - 22, WIDTH - 40, 20), DISCLAIMER, 11, GREY, fit=False)


def nav_items(scene: dict[str, Any], meta: dict[str, Any]) -> list[str]:
    """The menu of the scene's role (`role` on the scene, else in [meta]); the highlighted item must be in it."""
    if "nav_items" in scene:
        items = list(scene["nav_items"])
    else:
        role = scene.get("role", meta.get("role"))
        if role not in ROLE_NAV:
            raise ValueError(f"screen {scene['heading']!r}: role {role!r} is not one of {sorted(ROLE_NAV)}")
        items = ROLE_NAV[role]
    if scene.get("nav") and scene["nav"] not in items:
        raise ValueError(f"screen {scene['heading']!r}: menu item {scene['nav']!r} is not in {items}")
    return items


def app_bar(p: QPainter, scene: dict[str, Any], meta: dict[str, Any]) -> None:
    bar = QRectF(APP.x(), APP.y(), APP.width(), 30)
    p.setBrush(NAVY)
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(bar, 6, 6)
    p.fillRect(QRectF(bar.x(), bar.y() + 15, bar.width(), 15), NAVY)
    draw_text(p, QRectF(bar.x() + 12, bar.y(), 120, 30), "CPIMS+", 15, WHITE, True, fit=False)
    if scene.get("demo", True):
        rounded(p, QRectF(bar.x() + 80, bar.y() + 7, 44, 16), ORANGE, None, 8)
        draw_text(
            p,
            QRectF(bar.x() + 80, bar.y() + 7, 44, 16),
            "Demo",
            10,
            WHITE,
            True,
            Qt.AlignmentFlag.AlignCenter,
            fit=False,
        )
    user = scene.get("user", meta.get("user", ""))
    if user and scene.get("layout") != "login":
        draw_text(
            p,
            QRectF(bar.right() - 230, bar.y(), 218, 30),
            user,
            12,
            QColor("#D6E2EC"),
            align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            fit=False,
        )


def login_page(p: QPainter, scene: dict[str, Any]) -> None:
    card = QRectF(APP.center().x() - 170, APP.y() + 56, 340, 300)
    rounded(p, card, WHITE, LINE, 10)
    draw_text(
        p,
        QRectF(card.x(), card.y() + 14, card.width(), 36),
        "Log in to CPIMS+",
        20,
        NAVY,
        True,
        Qt.AlignmentFlag.AlignCenter,
    )
    content = QRectF(card.x() + 26, card.y() + 62, card.width() - 52, card.height() - 70)
    widgets(p, content, scene.get("widgets", []), 1)


def page(p: QPainter, content: QRectF, scene: dict[str, Any]) -> None:
    draw_text(p, QRectF(content.x(), content.y(), content.width(), 24), scene.get("page", ""), 17, NAVY, True)
    body = QRectF(content.x(), content.y() + 32, content.width(), content.height() - 32)
    if "sections" in scene:
        sec_w = 150.0
        for i, name in enumerate(scene["sections"]):
            r = QRectF(body.x(), body.y() + i * 26, sec_w - 10, 23)
            active = i == scene.get("active_section", 0)
            rounded(p, r, PALE_TEAL if active else None, None, 3)
            if active:
                p.fillRect(QRectF(r.x(), r.y(), 3, r.height()), TEAL)
            draw_text(p, r.adjusted(9, 0, 0, 0), name, 11.5, NAVY if active else INK, active)
        body = body.adjusted(sec_w + 6, 0, 0, 0)
    widgets(p, body, scene.get("widgets", []), scene.get("columns", 1))


FULL_WIDTH = {"table", "banner", "buttons", "text", "menu", "radio_table", "alert", "heading"}


def widget_height(w: dict[str, Any]) -> float:
    kind = w["type"]
    if kind == "table":
        return 24.0 * (1 + len(w["rows"])) + 2
    if kind == "radio_table":
        return 24.0 * (1 + len(w["rows"])) + 2
    if kind == "menu":
        return 26.0 * len(w["items"]) + 8
    if kind in ("check", "heading"):
        return 24.0
    if kind == "radio":
        return 46.0 + 15.0 * (w.get("lines", 1) - 1)
    if kind in ("buttons", "alert"):
        return 32.0
    if kind == "text":
        return float(w.get("height", 40))
    if kind == "banner":
        return 30.0
    return 48.0  # field, select


def widgets(p: QPainter, area: QRectF, items: list[dict[str, Any]], columns: int) -> None:
    """Lay widgets out top to bottom; fields flow into `columns`, wide widgets take a whole row."""
    col_gap = 16.0
    col_w = (area.width() - col_gap * (columns - 1)) / columns
    y, col, row_h = area.y(), 0, 0.0
    for w in items:
        full = w["type"] in FULL_WIDTH or w.get("wide", False)
        if full and col:
            y, col, row_h = y + row_h + 6, 0, 0.0
        h = widget_height(w)
        width = area.width() if full else col_w
        rect = QRectF(area.x() + col * (col_w + col_gap), y, width, h)
        if w["type"] == "menu":
            rect = QRectF(area.x() + w.get("indent", 0), y, w.get("width", 220), h)
        DRAWERS[w["type"]](p, rect, w)
        if w.get("hl"):
            rounded(p, rect.adjusted(-5, -4, 5, 4), None, ORANGE, 6, 2.5)
        row_h = max(row_h, h)
        if full or col == columns - 1:
            y, col, row_h = y + row_h + 6, 0, 0.0
        else:
            col += 1


def w_field(p: QPainter, rect: QRectF, w: dict[str, Any]) -> None:
    draw_text(p, QRectF(rect.x(), rect.y(), rect.width(), 16), w["label"], 11, GREY, fit=False)
    box = QRectF(rect.x(), rect.y() + 18, rect.width(), 26)
    rounded(p, box, WHITE, LINE, 3)
    value = w.get("value", "")
    colour = INK if value else GREY
    draw_text(p, box.adjusted(8, 0, -24, 0), value or w.get("hint", ""), 12.5, colour, fit=False)
    if w["type"] == "select":
        p.setBrush(GREY)
        p.setPen(Qt.PenStyle.NoPen)
        cx, cy = box.right() - 13, box.center().y()
        p.drawPolygon(QPolygonF([QPointF(cx - 5, cy - 3), QPointF(cx + 5, cy - 3), QPointF(cx, cy + 3)]))


def w_check(p: QPainter, rect: QRectF, w: dict[str, Any]) -> None:
    box = QRectF(rect.x(), rect.y() + 4, 16, 16)
    rounded(p, box, TEAL if w.get("checked") else WHITE, TEAL, 3)
    if w.get("checked"):
        p.setPen(QPen(WHITE, 2.2))
        p.drawPolyline(
            QPolygonF(
                [
                    QPointF(box.x() + 3.5, box.y() + 8),
                    QPointF(box.x() + 7, box.y() + 12),
                    QPointF(box.x() + 13, box.y() + 4.5),
                ]
            )
        )
    draw_text(p, QRectF(rect.x() + 24, rect.y(), rect.width() - 24, 24), w["label"], 12, INK)


def radio_dot(p: QPainter, centre: QPointF, on: bool) -> None:
    p.setBrush(WHITE)
    p.setPen(QPen(TEAL, 1.5))
    p.drawEllipse(centre, 7, 7)
    if on:
        p.setBrush(TEAL)
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(centre, 3.8, 3.8)


def w_radio(p: QPainter, rect: QRectF, w: dict[str, Any]) -> None:
    label_h = rect.height() - 28
    draw_text(
        p,
        QRectF(rect.x(), rect.y(), rect.width(), label_h),
        w["label"],
        11.5,
        GREY,
        align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
    )
    x, y = rect.x(), rect.y() + label_h + 2
    for option in w["options"]:
        radio_dot(p, QPointF(x + 8, y + 12), option == w.get("value"))
        text_w = QFontMetricsF(font(12)).horizontalAdvance(option) + 8
        draw_text(p, QRectF(x + 20, y + 1, text_w, 22), option, 12, INK, fit=False)
        x += 20 + text_w + 16


def w_buttons(p: QPainter, rect: QRectF, w: dict[str, Any]) -> None:
    x = rect.x() if not w.get("right") else rect.right()
    labels = w["labels"] if not w.get("right") else list(reversed(w["labels"]))
    for label in labels:
        width = QFontMetricsF(font(12.5, True)).horizontalAdvance(label) + 28
        bx = x if not w.get("right") else x - width
        primary = label == w.get("primary")
        b = QRectF(bx, rect.y() + 2, width, 28)
        rounded(p, b, TEAL if primary else WHITE, None if primary else TEAL, 4)
        draw_text(
            p, b, label, 12.5, WHITE if primary else TEAL, True, Qt.AlignmentFlag.AlignCenter, fit=False
        )
        if label == w.get("hl_label"):
            rounded(p, b.adjusted(-4, -4, 4, 4), None, ORANGE, 6, 2.5)
        x = bx + width + 10 if not w.get("right") else bx - 10


def w_table(p: QPainter, rect: QRectF, w: dict[str, Any]) -> None:
    header, rows = w["header"], w["rows"]
    weights = w.get("widths", [1] * len(header))
    widths = [rect.width() * x / sum(weights) for x in weights]
    checks = w.get("checks")
    for r, row in enumerate([header, *rows]):
        y = rect.y() + r * 24
        p.fillRect(QRectF(rect.x(), y, rect.width(), 24), LIGHT if r == 0 else WHITE)
        p.setPen(QPen(LINE, 1))
        p.drawLine(QPointF(rect.x(), y + 24), QPointF(rect.right(), y + 24))
        x = rect.x()
        for c, cell in enumerate(row):
            offset = 0.0
            if checks is not None and c == 0:
                if r:
                    w_check(p, QRectF(x + 4, y, 20, 24), {"label": "", "checked": (r - 1) in checks})
                offset = 24.0
            draw_text(
                p,
                QRectF(x + 6 + offset, y, widths[c] - 10 - offset, 24),
                cell,
                11.5,
                NAVY if r == 0 else INK,
                r == 0,
                fit=False,
            )
            x += widths[c]
        if r and (r - 1) in w.get("hl_rows", []):
            rounded(p, QRectF(rect.x() - 2, y + 1, rect.width() + 4, 22), None, ORANGE, 4, 2)


def w_radio_table(p: QPainter, rect: QRectF, w: dict[str, Any]) -> None:
    header, rows = w["header"], w["rows"]
    first = rect.width() * 0.4
    other = (rect.width() - first) / (len(header) - 1)
    for r in range(len(rows) + 1):
        y = rect.y() + r * 24
        p.fillRect(QRectF(rect.x(), y, rect.width(), 24), LIGHT if r == 0 else WHITE)
        p.setPen(QPen(LINE, 1))
        p.drawLine(QPointF(rect.x(), y + 24), QPointF(rect.right(), y + 24))
        if r == 0:
            for c, name in enumerate(header):
                x = rect.x() if c == 0 else rect.x() + first + (c - 1) * other
                align = Qt.AlignmentFlag.AlignLeft if c == 0 else Qt.AlignmentFlag.AlignHCenter
                draw_text(
                    p,
                    QRectF(x + 6, y, (first if c == 0 else other) - 8, 24),
                    name,
                    11.5,
                    NAVY,
                    True,
                    align | Qt.AlignmentFlag.AlignVCenter,
                    fit=False,
                )
            continue
        label, chosen = rows[r - 1]
        draw_text(p, QRectF(rect.x() + 6, y, first - 8, 24), label, 11.5, INK, fit=False)
        for c in range(1, len(header)):
            radio_dot(p, QPointF(rect.x() + first + (c - 0.5) * other, y + 12), header[c] == chosen)


def w_banner(p: QPainter, rect: QRectF, w: dict[str, Any]) -> None:
    banner(p, rect, w)


def banner(p: QPainter, rect: QRectF, spec: dict[str, Any] | str) -> None:
    text = spec if isinstance(spec, str) else spec["text"]
    colour = QColor("#FFF4D6") if (isinstance(spec, str) or spec.get("kind") != "info") else PALE_TEAL
    r = QRectF(rect.x(), rect.y(), rect.width(), 30)
    rounded(p, r, colour, ORANGE if isinstance(spec, str) or spec.get("kind") != "info" else TEAL, 4)
    draw_text(p, r.adjusted(12, 0, -12, 0), text, 12.5, INK, True, fit=False)


def w_text(p: QPainter, rect: QRectF, w: dict[str, Any]) -> None:
    draw_text(
        p,
        rect,
        w["text"],
        w.get("size", 12.5),
        INK if not w.get("muted") else GREY,
        w.get("bold", False),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
    )


def w_heading(p: QPainter, rect: QRectF, w: dict[str, Any]) -> None:
    draw_text(p, rect, w["text"], 13.5, NAVY, True, fit=False)


def w_alert(p: QPainter, rect: QRectF, w: dict[str, Any]) -> None:
    r = QRectF(rect.x(), rect.y() + 1, rect.width(), 28)
    rounded(p, r, QColor("#FFFBEA"), YELLOW, 4)
    p.setBrush(YELLOW)
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(QPointF(r.x() + 14, r.center().y()), 6, 6)
    draw_text(p, r.adjusted(28, 0, -8, 0), w["text"], 12, INK, fit=False)


def w_menu(p: QPainter, rect: QRectF, w: dict[str, Any]) -> None:
    p.fillRect(rect.adjusted(3, 3, 3, 3), QColor(0, 0, 0, 40))
    rounded(p, rect, WHITE, LINE, 4)
    for i, item in enumerate(w["items"]):
        r = QRectF(rect.x() + 4, rect.y() + 4 + i * 26, rect.width() - 8, 26)
        if item == w.get("selected"):
            rounded(p, r, PALE_TEAL, ORANGE, 4, 2)
        draw_text(p, r.adjusted(10, 0, 0, 0), item, 12.5, INK, item == w.get("selected"), fit=False)


DRAWERS: dict[str, Callable[[QPainter, QRectF, dict[str, Any]], None]] = {
    "field": w_field,
    "select": w_field,
    "check": w_check,
    "radio": w_radio,
    "buttons": w_buttons,
    "table": w_table,
    "radio_table": w_radio_table,
    "banner": w_banner,
    "text": w_text,
    "heading": w_heading,
    "alert": w_alert,
    "menu": w_menu,
}


def dialog(p: QPainter, spec: dict[str, Any]) -> None:
    p.fillRect(APP, QColor(20, 30, 45, 110))
    items = spec.get("widgets", [])
    width = float(spec.get("width", 420))
    height = 60 + sum(widget_height(w) + 6 for w in items) + 44
    card = QRectF(APP.center().x() - width / 2 + 40, APP.y() + 44, width, min(height, APP.height() - 60))
    rounded(p, card, WHITE, None, 8)
    draw_text(p, QRectF(card.x() + 20, card.y() + 12, card.width() - 40, 28), spec["title"], 16, NAVY, True)
    widgets(p, QRectF(card.x() + 20, card.y() + 50, card.width() - 40, card.height() - 60), items, 1)
    w_buttons(
        p,
        QRectF(card.x() + 20, card.bottom() - 42, card.width() - 40, 32),
        {
            "labels": spec.get("buttons", ["Cancel", "OK"]),
            "primary": spec.get("primary", "OK"),
            "right": True,
            "hl_label": spec.get("hl_button"),
        },
    )


def note_bubble(p: QPainter, text: str) -> None:
    rect = QRectF(WIDTH - 300, HEIGHT - 128, 270, 92)
    p.fillRect(rect.adjusted(3, 3, 3, 3), QColor(0, 0, 0, 45))
    rounded(p, rect, QColor("#FFF8F0"), ORANGE, 8, 2)
    draw_text(
        p,
        rect.adjusted(12, 8, -12, -8),
        text,
        14,
        INK,
        align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    )


LAYOUTS: dict[str, Callable[[QPainter, dict[str, Any], dict[str, Any]], None]] = {
    "title": draw_title,
    "bullets": draw_bullets,
    "flow": draw_flow,
    "table": draw_table,
    "screen": draw_screen,
}


def render(scene: dict[str, Any], meta: dict[str, Any], path: str) -> None:
    """Draw one scene and save it as a PNG."""
    ensure_app()
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(WHITE)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    LAYOUTS[scene["kind"]](p, scene, meta)
    p.end()
    if not image.save(path):
        raise RuntimeError(f"could not write {path}")
