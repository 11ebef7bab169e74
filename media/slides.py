"""Build the bundled slide decks from media/decks/*.toml.

Each deck source becomes resources/slides/STEM.pptx (python-pptx), STEM.pdf (LibreOffice, headless) and
STEM.notes.toml (one speaker-notes string per slide). Text sizes are chosen by measuring the text with Qt's
font metrics, so nothing overflows its box. Usage: python media/slides.py [STEM ...]
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication

ROOT = Path(__file__).resolve().parent.parent
DECKS = ROOT / "media" / "decks"
OUT = ROOT / "resources" / "slides"

FONT = "Noto Sans"
MONO = "DejaVu Sans Mono"
SLIDE_W, SLIDE_H = 13.333, 7.5  # inches, 16:9
MARGIN = 0.6
BODY_TOP, BODY_BOTTOM = 1.55, 6.85
MEASURE_DPI = 96.0
FIT_SLACK = 0.92  # safety margin: LibreOffice may wrap a word earlier than Qt
LINE_HEIGHT = 1.2  # LibreOffice's single line height for Noto Sans, in font sizes (measured on renders)

NAVY = "1F3A5F"
TEAL = "1C7C7D"
ORANGE = "D9731A"
LIGHT = "EEF3F7"
PALE_TEAL = "E3F1F1"
INK = "1E2329"
GREY = "6B7680"
WHITE = "FFFFFF"
MARKUP = re.compile(r"(\*\*[^*]+\*\*|`[^`]+`)")


def rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour)


# --------------------------------------------------------------------------------------------------------
# Measuring text


class Measurer:
    """Measures wrapped text height in inches with Qt font metrics."""

    def __init__(self) -> None:
        self._app = QGuiApplication.instance() or QGuiApplication(["slides"])
        self._metrics: dict[tuple[float, bool], QFontMetricsF] = {}

    def _fm(self, size_pt: float, bold: bool) -> QFontMetricsF:
        key = (size_pt, bold)
        if key not in self._metrics:
            font = QFont(FONT)
            font.setPixelSize(max(1, round(size_pt * MEASURE_DPI / 72.0)))
            font.setBold(bold)
            self._metrics[key] = QFontMetricsF(font)
        return self._metrics[key]

    def height(self, text: str, size_pt: float, width_in: float, bold: bool = False) -> float:
        """Height in inches of `text` wrapped into `width_in` inches."""
        fm = self._fm(size_pt, bold)
        plain = MARKUP.sub(code_as_word, text)
        rect = fm.boundingRect(
            QRectF(0, 0, width_in * MEASURE_DPI, 1e6), int(Qt.TextFlag.TextWordWrap), plain
        )
        if rect.width() > width_in * MEASURE_DPI + 0.5:
            return 1e3  # a single word is wider than the box: never a fit
        lines = max(1, round(rect.height() / fm.lineSpacing()))
        return lines * LINE_HEIGHT * size_pt / 72.0

    def width(self, text: str, size_pt: float, bold: bool = False) -> float:
        return self._fm(size_pt, bold).horizontalAdvance(text) / MEASURE_DPI


def code_as_word(match: re.Match[str]) -> str:
    """Stand-in for measuring: a code span is one unbreakable word as wide as the monospaced text."""
    span = match.group(0)
    if span.startswith("`"):
        return "0" * round((len(span) - 2) * 1.12)  # DejaVu Sans Mono is wider than Noto Sans digits
    return span.strip("*") + " "


MEASURE: Measurer | None = None


def measurer() -> Measurer:
    global MEASURE
    if MEASURE is None:
        MEASURE = Measurer()
    return MEASURE


def fit_size(
    paragraphs: list[tuple[str, float, bool]],
    width: float,
    height: float,
    sizes: tuple[float, ...],
    gap: float = 0.45,
) -> float:
    """Largest size whose paragraphs fit; each paragraph = (text, indent inches, bold)."""
    m = measurer()
    for size in sizes:
        total = sum(m.height(t, size, width - indent, bold) for t, indent, bold in paragraphs)
        total += gap * size / 72.0 * max(0, len(paragraphs) - 1)
        if total <= height * FIT_SLACK:
            return size
    return sizes[-1]


def spread_gap(paragraphs: list[tuple[str, float, bool]], width: float, height: float, size: float) -> float:
    """Space between paragraphs (in font heights) that uses spare room, between 0.45 and 1.0."""
    m = measurer()
    text = sum(m.height(t, size, width - indent, bold) for t, indent, bold in paragraphs)
    spare = height * FIT_SLACK - text
    if len(paragraphs) < 2 or spare <= 0:
        return 0.45
    return max(0.45, min(1.0, spare / (len(paragraphs) - 1) / (size / 72.0)))


# --------------------------------------------------------------------------------------------------------
# Low-level drawing helpers


def add_box(
    slide: Any,
    x: float,
    y: float,
    w: float,
    h: float,
    fill: str | None,
    shape: MSO_SHAPE = MSO_SHAPE.RECTANGLE,
    line: str | None = None,
) -> Any:
    box = slide.shapes.add_shape(shape, Inches(x), Inches(y), Inches(w), Inches(h))
    if fill is None:
        box.fill.background()
    else:
        box.fill.solid()
        box.fill.fore_color.rgb = rgb(fill)
    if line is None:
        box.line.fill.background()
    else:
        box.line.color.rgb = rgb(line)
        box.line.width = Pt(1.25)
    style = box._element.find(qn("p:style"))
    if style is not None:  # the theme style would add a shadow in LibreOffice
        box._element.remove(style)
    return box


def prepare_frame(frame: Any, anchor: MSO_ANCHOR = MSO_ANCHOR.TOP, margin: float = 0.08) -> None:
    frame.word_wrap = True
    frame.auto_size = None
    frame.vertical_anchor = anchor
    for side in ("margin_left", "margin_right", "margin_top", "margin_bottom"):
        setattr(frame, side, Inches(margin))


def add_runs(paragraph: Any, text: str, size: float, colour: str, bold: bool = False) -> None:
    """Add `text` to a paragraph; **bold** and `code` spans become separate runs."""
    for part in MARKUP.split(text):
        if not part:
            continue
        run = paragraph.add_run()
        font = run.font
        font.size = Pt(size)
        font.color.rgb = rgb(colour)
        if part.startswith("**"):
            run.text = part[2:-2]
            font.name, font.bold = FONT, True
        elif part.startswith("`"):
            run.text = part[1:-1]
            font.name, font.bold = MONO, bold
            font.color.rgb = rgb(TEAL if colour == INK else colour)
        else:
            run.text = part
            font.name, font.bold = FONT, bold


def set_bullet(paragraph: Any, char: str, indent_in: float, colour: str) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.set("marL", str(Emu(Inches(indent_in))))
    ppr.set("indent", str(-Emu(Inches(0.3))))
    for tag in ("a:buNone", "a:buChar", "a:buAutoNum", "a:buClr", "a:buFont"):
        for old in ppr.findall(qn(tag)):
            ppr.remove(old)
    clr = ppr.makeelement(qn("a:buClr"), {})
    srgb = clr.makeelement(qn("a:srgbClr"), {"val": colour})
    clr.append(srgb)
    ppr.append(clr)
    ppr.append(ppr.makeelement(qn("a:buFont"), {"typeface": FONT}))
    ppr.append(ppr.makeelement(qn("a:buChar"), {"char": char}))


def add_text(
    slide: Any,
    x: float,
    y: float,
    w: float,
    h: float,
    text: str,
    size: float,
    colour: str = INK,
    bold: bool = False,
    align: PP_ALIGN = PP_ALIGN.LEFT,
    anchor: MSO_ANCHOR = MSO_ANCHOR.TOP,
) -> Any:
    box = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    prepare_frame(box.text_frame, anchor)
    for i, line in enumerate(text.split("\n")):
        p = box.text_frame.paragraphs[0] if i == 0 else box.text_frame.add_paragraph()
        p.alignment = align
        add_runs(p, line, size, colour, bold)
    return box


def fill_shape_text(
    shape: Any,
    lines: list[tuple[str, float, str, bool]],
    align: PP_ALIGN = PP_ALIGN.CENTER,
    anchor: MSO_ANCHOR = MSO_ANCHOR.MIDDLE,
    wrap: bool = True,
) -> None:
    """Write lines (text, size, colour, bold) into an autoshape."""
    frame = shape.text_frame
    prepare_frame(frame, anchor, margin=0.1 if wrap else 0.0)
    frame.word_wrap = wrap
    for i, (text, size, colour, bold) in enumerate(lines):
        p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        p.alignment = align
        if i:
            p.space_before = Pt(size * 0.35)
        add_runs(p, text, size, colour, bold)


def bullet_paragraphs(items: list[str]) -> list[tuple[str, int]]:
    """Two leading spaces make a second-level bullet."""
    return [(item.strip(), 1 if item.startswith("  ") else 0) for item in items]


def add_bullets(
    slide: Any,
    x: float,
    y: float,
    w: float,
    h: float,
    items: list[str],
    sizes: tuple[float, ...] = (26, 24, 22, 20, 19, 18, 17, 16, 15, 14, 13, 12),
    colour: str = INK,
    char: str = "•",
) -> float:
    paras = bullet_paragraphs(items)
    inner = w - 0.16
    measured = [(t, 0.35 + 0.4 * lvl, False) for t, lvl in paras]
    size = fit_size(measured, inner, h - 0.16, sizes)
    gap = spread_gap(measured, inner, h - 0.16, size)
    box = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    prepare_frame(box.text_frame)
    for i, (text, level) in enumerate(paras):
        p = box.text_frame.paragraphs[0] if i == 0 else box.text_frame.add_paragraph()
        sub = size * 0.9 if level else size
        if i:
            p.space_before = Pt(size * gap)
        set_bullet(p, "–" if level else char, 0.35 + 0.4 * level, TEAL if not level else GREY)
        add_runs(p, text, sub, colour)
    return size


# --------------------------------------------------------------------------------------------------------
# Slide layouts


@dataclass
class DeckContext:
    footer: str
    total: int


def chrome(slide: Any, title: str, number: int, ctx: DeckContext) -> None:
    """Title, accent rule and footer shared by every content slide."""
    size = 30 if measurer().width(title, 30, True) <= SLIDE_W - 2 * MARGIN - 0.3 else 24
    add_text(
        slide, MARGIN, 0.4, SLIDE_W - 2 * MARGIN, 0.85, title, size, NAVY, True, anchor=MSO_ANCHOR.BOTTOM
    )
    add_box(slide, MARGIN + 0.08, 1.3, 1.2, 0.06, TEAL)
    add_box(slide, 0, SLIDE_H - 0.45, SLIDE_W, 0.45, LIGHT)
    add_text(slide, MARGIN, SLIDE_H - 0.43, 9, 0.4, ctx.footer, 11, GREY, anchor=MSO_ANCHOR.MIDDLE)
    add_text(
        slide,
        SLIDE_W - MARGIN - 2,
        SLIDE_H - 0.43,
        2,
        0.4,
        f"{number} / {ctx.total}",
        11,
        GREY,
        align=PP_ALIGN.RIGHT,
        anchor=MSO_ANCHOR.MIDDLE,
    )


def layout_title(slide: Any, spec: dict[str, Any], number: int, ctx: DeckContext) -> None:
    add_box(slide, 0, 0, SLIDE_W, SLIDE_H, NAVY)
    add_box(slide, 0, SLIDE_H - 1.1, SLIDE_W, 1.1, TEAL)
    add_box(slide, MARGIN + 0.08, 2.05, 1.6, 0.08, ORANGE)
    add_text(slide, MARGIN, 2.3, SLIDE_W - 2 * MARGIN, 1.9, spec["title"], 44, WHITE, True)
    add_text(slide, MARGIN, 4.3, SLIDE_W - 2.5 * MARGIN, 1.4, spec.get("subtitle", ""), 22, "D6E2EC")
    add_text(
        slide,
        MARGIN,
        SLIDE_H - 1.0,
        SLIDE_W - 2 * MARGIN,
        0.9,
        spec.get("byline", ctx.footer),
        16,
        WHITE,
        anchor=MSO_ANCHOR.MIDDLE,
    )


def layout_section(slide: Any, spec: dict[str, Any], number: int, ctx: DeckContext) -> None:
    add_box(slide, 0, 0, SLIDE_W, SLIDE_H, LIGHT)
    add_box(slide, 0, 0, 0.45, SLIDE_H, TEAL)
    if "label" in spec:
        add_text(slide, 1.2, 2.2, 10, 0.6, spec["label"], 20, TEAL, True)
    add_text(slide, 1.2, 2.8, SLIDE_W - 2.4, 1.4, spec["title"], 40, NAVY, True)
    if "subtitle" in spec:
        add_text(slide, 1.2, 4.2, SLIDE_W - 2.6, 1.6, spec["subtitle"], 20, INK)
    add_text(
        slide,
        SLIDE_W - MARGIN - 2,
        SLIDE_H - 0.43,
        2,
        0.4,
        f"{number} / {ctx.total}",
        11,
        GREY,
        align=PP_ALIGN.RIGHT,
        anchor=MSO_ANCHOR.MIDDLE,
    )


def layout_bullets(slide: Any, spec: dict[str, Any], number: int, ctx: DeckContext) -> None:
    chrome(slide, spec["title"], number, ctx)
    top, bottom = BODY_TOP, BODY_BOTTOM
    width = SLIDE_W - 2 * MARGIN
    if "callout" in spec:
        bottom -= 1.05
        box = add_box(slide, MARGIN, bottom + 0.15, width, 0.9, PALE_TEAL, MSO_SHAPE.ROUNDED_RECTANGLE)
        box.adjustments[0] = 0.15
        size = fit_size([(spec["callout"], 0, False)], width - 0.5, 0.8, (18, 17, 16, 15, 14))
        fill_shape_text(box, [(spec["callout"], size, NAVY, False)], PP_ALIGN.LEFT)
    add_bullets(slide, MARGIN, top, width, bottom - top, spec["bullets"])


def layout_two_column(slide: Any, spec: dict[str, Any], number: int, ctx: DeckContext) -> None:
    chrome(slide, spec["title"], number, ctx)
    gap = 0.4
    col_w = (SLIDE_W - 2 * MARGIN - gap) / 2
    for i, key in enumerate(("left", "right")):
        x = MARGIN + i * (col_w + gap)
        colour = TEAL if i == 0 else NAVY
        head = add_box(slide, x, BODY_TOP, col_w, 0.6, colour)
        fill_shape_text(head, [(spec[f"{key}_title"], 20, WHITE, True)], PP_ALIGN.LEFT)
        add_box(slide, x, BODY_TOP + 0.6, col_w, BODY_BOTTOM - BODY_TOP - 0.6, LIGHT)
        add_bullets(
            slide,
            x + 0.1,
            BODY_TOP + 0.75,
            col_w - 0.2,
            BODY_BOTTOM - BODY_TOP - 0.85,
            spec[key],
            sizes=(24, 22, 20, 19, 18, 17, 16, 15, 14, 13, 12),
        )


def layout_cards(slide: Any, spec: dict[str, Any], number: int, ctx: DeckContext) -> None:
    chrome(slide, spec["title"], number, ctx)
    cards = spec["cards"]
    cols = spec.get("columns", 3 if len(cards) in (3, 5, 6) else 2 if len(cards) <= 4 else 4)
    rows = -(-len(cards) // cols)
    gap = 0.3
    top = BODY_TOP + 0.05
    bottom = BODY_BOTTOM - (0.9 if "callout" in spec else 0)
    card_w = (SLIDE_W - 2 * MARGIN - gap * (cols - 1)) / cols
    card_h = (bottom - top - gap * (rows - 1)) / rows
    head_size = min(
        fit_size([(c["heading"], 0, True)], card_w - 0.46, 0.7, (20, 18, 17, 16, 15, 14)) for c in cards
    )
    body_size = min(
        fit_size(
            [(c["text"], 0, False)],
            card_w - 0.46,
            card_h - 0.95,
            (24, 22, 20, 19, 18, 17, 16, 15, 14, 13, 12),
        )
        for c in cards
    )
    for i, card in enumerate(cards):
        x = MARGIN + (i % cols) * (card_w + gap)
        y = top + (i // cols) * (card_h + gap)
        add_box(slide, x, y, card_w, card_h, LIGHT)
        add_box(slide, x, y, 0.09, card_h, ORANGE if card.get("accent") else TEAL)
        add_text(slide, x + 0.2, y + 0.12, card_w - 0.3, 0.7, card["heading"], head_size, NAVY, True)
        add_text(slide, x + 0.2, y + 0.8, card_w - 0.3, card_h - 0.9, card["text"], body_size, INK)
    if "callout" in spec:
        add_callout(slide, spec["callout"], bottom + 0.1)


def add_callout(slide: Any, text: str, y: float, height: float | None = None) -> None:
    width = SLIDE_W - 2 * MARGIN
    h = height if height is not None else BODY_BOTTOM - y + 0.05
    box = add_box(slide, MARGIN, y, width, h, PALE_TEAL, MSO_SHAPE.ROUNDED_RECTANGLE)
    box.adjustments[0] = 0.15
    size = fit_size([(text, 0, False)], width - 0.5, h - 0.15, (18, 17, 16, 15, 14, 13))
    fill_shape_text(box, [(text, size, NAVY, False)], PP_ALIGN.LEFT)


def add_badge(slide: Any, cx: float, cy: float, text: str, active: bool) -> None:
    """A round step marker centred on (cx, cy); longer labels get a wider pill."""
    w = 0.54 if len(text) <= 2 else 0.3 + 0.16 * len(text)
    shape = MSO_SHAPE.OVAL if len(text) <= 2 else MSO_SHAPE.ROUNDED_RECTANGLE
    badge = add_box(slide, cx - w / 2, cy - 0.27, w, 0.54, ORANGE if active else TEAL, shape)
    if shape == MSO_SHAPE.ROUNDED_RECTANGLE:
        badge.adjustments[0] = 0.5
    fill_shape_text(badge, [(text, 16, WHITE, True)], wrap=False)


def layout_flow(slide: Any, spec: dict[str, Any], number: int, ctx: DeckContext) -> None:
    """Boxes joined by arrows; `active` (1-based) highlights one step; `direction = "down"` stacks them."""
    chrome(slide, spec["title"], number, ctx)
    if spec.get("direction") == "down":
        layout_flow_down(slide, spec)
        return
    steps = spec["steps"]
    n = len(steps)
    arrow = 0.42
    width = SLIDE_W - 2 * MARGIN
    box_w = (width - arrow * (n - 1)) / n
    has_below = "bullets" in spec or "callout" in spec
    top = BODY_TOP + 0.15
    box_h = spec.get("box_height", 3.3 if has_below else 4.7)
    active = spec.get("active", 0)
    m = measurer()
    head_size = min(
        fit_size([(s["heading"], 0, True)], box_w - 0.34, 1.15, (20, 18, 17, 16, 15, 14, 13, 12))
        for s in steps
    )
    head_h = max(m.height(s["heading"], head_size, box_w - 0.34, True) for s in steps) + 0.12
    body_top = 0.8 + head_h
    body_h = box_h - body_top - 0.1
    body_size = min(
        fit_size([(s.get("text", ""), 0, False)], box_w - 0.34, body_h, (18, 17, 16, 15, 14, 13, 12, 11))
        for s in steps
    )
    for i, step in enumerate(steps):
        x = MARGIN + i * (box_w + arrow)
        is_active = active == i + 1
        fill = NAVY if is_active else (LIGHT if active else PALE_TEAL)
        ink = WHITE if is_active else INK
        box = add_box(
            slide, x, top, box_w, box_h, fill, MSO_SHAPE.ROUNDED_RECTANGLE, None if is_active else TEAL
        )
        box.adjustments[0] = 0.08
        add_badge(slide, x + box_w / 2, top + 0.42, step.get("badge", str(i + 1)), is_active)
        add_text(
            slide,
            x + 0.08,
            top + 0.78,
            box_w - 0.16,
            head_h,
            step["heading"],
            head_size,
            WHITE if is_active else NAVY,
            True,
            PP_ALIGN.CENTER,
            MSO_ANCHOR.MIDDLE,
        )
        if step.get("text"):
            add_text(
                slide,
                x + 0.08,
                top + body_top,
                box_w - 0.16,
                body_h,
                step["text"],
                body_size,
                ink,
                align=PP_ALIGN.CENTER,
            )
        if i < n - 1:
            add_box(
                slide,
                x + box_w + 0.07,
                top + box_h / 2 - 0.2,
                arrow - 0.14,
                0.4,
                ORANGE,
                MSO_SHAPE.RIGHT_ARROW,
            )
    below = top + box_h + 0.25
    if "bullets" in spec:
        add_bullets(
            slide,
            MARGIN,
            below,
            width,
            BODY_BOTTOM - below,
            spec["bullets"],
            sizes=(20, 19, 18, 17, 16, 15, 14, 13),
        )
    elif "callout" in spec:
        add_callout(slide, spec["callout"], below, height=min(1.1, BODY_BOTTOM - below))


def layout_flow_down(slide: Any, spec: dict[str, Any]) -> None:
    """Steps as full-width rows, top to bottom, joined by small arrows."""
    steps = spec["steps"]
    n = len(steps)
    width = SLIDE_W - 2 * MARGIN
    below_h = 1.0 if "callout" in spec else (1.45 if "bullets" in spec else 0.0)
    gap = 0.2
    row_h = min(0.95, (BODY_BOTTOM - BODY_TOP - 0.05 - below_h - gap * (n - 1)) / n)
    head_w = 3.0
    text_x = 1.0 + head_w
    text_w = width - text_x - 0.1
    head_size = min(
        fit_size([(s["heading"], 0, True)], head_w - 0.16, row_h, (22, 20, 18, 17, 16, 15, 14)) for s in steps
    )
    body_size = min(
        fit_size([(s.get("text", ""), 0, False)], text_w - 0.16, row_h, (20, 19, 18, 17, 16, 15, 14, 13))
        for s in steps
    )
    active = spec.get("active", 0)
    for i, step in enumerate(steps):
        y = BODY_TOP + 0.05 + i * (row_h + gap)
        is_active = active == i + 1
        box = add_box(
            slide,
            MARGIN,
            y,
            width,
            row_h,
            NAVY if is_active else PALE_TEAL,
            MSO_SHAPE.ROUNDED_RECTANGLE,
            None if is_active else TEAL,
        )
        box.adjustments[0] = 0.2
        add_badge(slide, MARGIN + 0.5, y + row_h / 2, step.get("badge", str(i + 1)), is_active)
        add_text(
            slide,
            MARGIN + 1.0,
            y,
            head_w,
            row_h,
            step["heading"],
            head_size,
            WHITE if is_active else NAVY,
            True,
            anchor=MSO_ANCHOR.MIDDLE,
        )
        add_text(
            slide,
            MARGIN + text_x,
            y,
            text_w,
            row_h,
            step.get("text", ""),
            body_size,
            WHITE if is_active else INK,
            anchor=MSO_ANCHOR.MIDDLE,
        )
        if i < n - 1:
            add_box(slide, MARGIN + 0.38, y + row_h + 0.01, 0.24, gap - 0.02, ORANGE, MSO_SHAPE.DOWN_ARROW)
    below = BODY_TOP + 0.05 + n * row_h + (n - 1) * gap + 0.2
    if "bullets" in spec:
        add_bullets(
            slide,
            MARGIN,
            below,
            width,
            BODY_BOTTOM - below,
            spec["bullets"],
            sizes=(20, 19, 18, 17, 16, 15, 14, 13),
        )
    elif "callout" in spec:
        add_callout(slide, spec["callout"], below, height=min(1.0, BODY_BOTTOM - below))


def layout_table(slide: Any, spec: dict[str, Any], number: int, ctx: DeckContext) -> None:
    chrome(slide, spec["title"], number, ctx)
    header, rows = spec["header"], spec["rows"]
    width = SLIDE_W - 2 * MARGIN
    weights = spec.get("widths", [1] * len(header))
    col_w = [width * wt / sum(weights) for wt in weights]
    bottom = BODY_BOTTOM - (1.0 if "callout" in spec else 0)
    avail = bottom - BODY_TOP
    m = measurer()
    pad = 0.2  # vertical cell padding in inches

    def row_heights(size: float) -> list[float]:
        out = []
        for r, row in enumerate([header, *rows]):
            out.append(max(m.height(cell, size, col_w[c] - 0.22, r == 0) for c, cell in enumerate(row)) + pad)
        return out

    size = 12.0
    for candidate in (20, 19, 18, 17, 16, 15, 14, 13, 12):
        if sum(row_heights(candidate)) <= avail * FIT_SLACK:
            size = candidate
            break
    heights = row_heights(size)
    shape = slide.shapes.add_table(
        len(rows) + 1, len(header), Inches(MARGIN), Inches(BODY_TOP), Inches(width), Inches(sum(heights))
    )
    table = shape.table
    tbl_pr = shape._element.graphic.graphicData.tbl.tblPr
    for child in list(tbl_pr):
        tbl_pr.remove(child)
    for c, w in enumerate(col_w):
        table.columns[c].width = Inches(w)
    for r, row in enumerate([header, *rows]):
        table.rows[r].height = Inches(heights[r])
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.fill.solid()
            cell.fill.fore_color.rgb = rgb(NAVY if r == 0 else (WHITE if r % 2 else LIGHT))
            cell.margin_left = cell.margin_right = Inches(0.11)
            cell.margin_top = cell.margin_bottom = Inches(0.06)
            cell.vertical_anchor = MSO_ANCHOR.MIDDLE
            frame = cell.text_frame
            frame.word_wrap = True
            p = frame.paragraphs[0]
            add_runs(p, text, size, WHITE if r == 0 else INK, r == 0 or (c == 0 and spec.get("bold_first")))
    if "callout" in spec:
        add_callout(
            slide,
            spec["callout"],
            min(bottom + 0.1, BODY_TOP + sum(heights) + 0.35),
            height=BODY_BOTTOM - bottom - 0.05,
        )


def layout_example(slide: Any, spec: dict[str, Any], number: int, ctx: DeckContext) -> None:
    """A worked example: a person badge, a short setting line and numbered steps."""
    chrome(slide, spec["title"], number, ctx)
    panel_w = 3.4
    add_box(slide, MARGIN, BODY_TOP, panel_w, BODY_BOTTOM - BODY_TOP, NAVY)
    initials = "".join(word[0] for word in spec["person"].split()[:2])
    badge = add_box(slide, MARGIN + panel_w / 2 - 0.6, BODY_TOP + 0.35, 1.2, 1.2, ORANGE, MSO_SHAPE.OVAL)
    fill_shape_text(badge, [(initials, 28, WHITE, True)], wrap=False)
    add_text(
        slide,
        MARGIN + 0.2,
        BODY_TOP + 1.75,
        panel_w - 0.4,
        0.6,
        spec["person"],
        20,
        WHITE,
        True,
        PP_ALIGN.CENTER,
    )
    setting_size = fit_size([(spec["setting"], 0, False)], panel_w - 0.6, 2.6, (16, 15, 14, 13, 12))
    add_text(
        slide,
        MARGIN + 0.2,
        BODY_TOP + 2.4,
        panel_w - 0.4,
        2.7,
        spec["setting"],
        setting_size,
        "D6E2EC",
        align=PP_ALIGN.CENTER,
    )
    x = MARGIN + panel_w + 0.4
    steps = [f"{i}. {s}" for i, s in enumerate(spec["steps"], 1)]
    w = SLIDE_W - MARGIN - x
    measured = [(s, 0.1, False) for s in steps]
    size = fit_size(measured, w - 0.2, BODY_BOTTOM - BODY_TOP - 0.2, (22, 20, 19, 18, 17, 16, 15, 14, 13, 12))
    gap = spread_gap(measured, w - 0.2, BODY_BOTTOM - BODY_TOP - 0.2, size)
    box = slide.shapes.add_textbox(Inches(x), Inches(BODY_TOP), Inches(w), Inches(BODY_BOTTOM - BODY_TOP))
    prepare_frame(box.text_frame)
    for i, text in enumerate(spec["steps"]):
        p = box.text_frame.paragraphs[0] if i == 0 else box.text_frame.add_paragraph()
        if i:
            p.space_before = Pt(size * gap)
        add_runs(p, f"{i + 1}. ", size, ORANGE, True)
        add_runs(p, text, size, INK)


LAYOUTS = {
    "title": layout_title,
    "section": layout_section,
    "bullets": layout_bullets,
    "two_column": layout_two_column,
    "cards": layout_cards,
    "flow": layout_flow,
    "table": layout_table,
    "example": layout_example,
}


# --------------------------------------------------------------------------------------------------------
# Deck assembly and outputs


def load_deck(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        deck = tomllib.load(fh)
    for i, spec in enumerate(deck["slides"], 1):
        if spec.get("layout") not in LAYOUTS:
            raise SystemExit(f"{path}: slide {i}: unknown layout {spec.get('layout')!r}")
        if not spec.get("notes", "").strip():
            raise SystemExit(f"{path}: slide {i}: speaker notes are required")
    return deck


def build_pptx(deck: dict[str, Any], target: Path) -> None:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(SLIDE_W), Inches(SLIDE_H)
    blank = prs.slide_layouts[6]
    ctx = DeckContext(footer=deck["deck"]["footer"], total=len(deck["slides"]))
    prs.core_properties.title = deck["deck"]["title"]
    prs.core_properties.author = "CPIMS+ Trainer project"
    for number, spec in enumerate(deck["slides"], 1):
        slide = prs.slides.add_slide(blank)
        LAYOUTS[spec["layout"]](slide, spec, number, ctx)
        slide.notes_slide.notes_text_frame.text = clean_notes(spec["notes"])
    prs.save(str(target))


def clean_notes(text: str) -> str:
    """Join the wrapped lines of a TOML multi-line string into flowing paragraphs."""
    paragraphs = [" ".join(part.split()) for part in re.split(r"\n\s*\n", text.strip())]
    return "\n\n".join(p for p in paragraphs if p)


def write_notes(deck: dict[str, Any], target: Path) -> None:
    lines = [
        "# Speaker notes, one string per slide, in slide order. Generated by media/slides.py.",
        "notes = [",
    ]
    lines += [f"  {json.dumps(clean_notes(spec['notes']), ensure_ascii=False)}," for spec in deck["slides"]]
    lines.append("]")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with target.open("rb") as fh:
        parsed = tomllib.load(fh)
    assert len(parsed["notes"]) == len(deck["slides"])


def render_pdf(pptx: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix="slides-lo-") as tmp:
        profile = Path(tmp) / "profile"
        subprocess.run(
            [
                "libreoffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(pptx),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        produced = Path(tmp) / (pptx.stem + ".pdf")
        target = pptx.with_suffix(".pdf")
        shutil.move(str(produced), target)
    return target


def pdf_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]


def build(stem: str) -> None:
    deck = load_deck(DECKS / f"{stem}.toml")
    OUT.mkdir(parents=True, exist_ok=True)
    pptx = OUT / f"{stem}.pptx"
    build_pptx(deck, pptx)
    write_notes(deck, OUT / f"{stem}.notes.toml")
    pdf = render_pdf(pptx)
    pages, count = pdf_pages(pdf), len(deck["slides"])
    if pages != count:
        raise SystemExit(f"{pdf}: {pages} pages for {count} slides")
    print(
        f"{stem}: {count} slides, pdf {pdf.stat().st_size // 1024} KiB, pptx {pptx.stat().st_size // 1024} KiB"
    )


def main(argv: list[str]) -> None:
    stems = argv or sorted(p.stem for p in DECKS.glob("*.toml"))
    for stem in stems:
        build(stem)


if __name__ == "__main__":
    main(sys.argv[1:])
