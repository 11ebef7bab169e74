"""Guide chapters to safe HTML for the reader: python-markdown with a fixed extension list, then nh3.

Raw HTML in a pack is untrusted: only safe tags and attributes survive, links only to http(s), mailto,
#anchors and files inside the pack, images only from inside the pack. Pages too large or too deeply nested
are refused before rendering (see `nesting`).
"""

from __future__ import annotations

import html as html_lib
import re
import threading
from dataclasses import dataclass
from typing import Any, NamedTuple

import markdown as markdown_lib
import nh3

from trainer_app.core.common.errors import TrainerError
from trainer_app.core.packs.links import LinkKind, classify_link, resolve_pack_link
from trainer_app.core.packs.nesting import (
    MAX_DEPTH,
    MAX_SPAN,
    MAX_TABLE_DEPTH,
    check_renderable,
    html_depth_of,
    table_depth_of,
    too_many_tables,
)

__all__ = ["READER_CSS", "RenderedGuide", "TocEntry", "page_html", "render_guide", "resolve_pack_link"]

EXTENSIONS = ("tables", "toc", "fenced_code", "sane_lists", "admonition")
EXTENSION_CONFIGS: dict[str, dict[str, Any]] = {
    "tables": {"use_align_attribute": True},  # inline styles on cells hide table borders in QTextDocument
    "toc": {"permalink": False},
}
_ALLOWED_TAGS_NAMES = (
    "h1 h2 h3 h4 h5 h6 p br hr a img ul ol li dl dt dd blockquote pre code kbd samp em strong b i u "
    "s del ins sub sup small mark abbr span div table caption thead tbody tfoot tr th td "
)
ALLOWED_TAGS = frozenset(_ALLOWED_TAGS_NAMES.split())
_CELL = {"align", "colspan", "rowspan"}
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "th": _CELL,
    "td": _CELL,
    "ol": {"start"},
    "abbr": {"title"},
    **{f"h{level}": {"id"} for level in range(1, 7)},
}
ADMONITION_KINDS = frozenset(
    {"note", "info", "tip", "hint", "important", "warning", "caution", "attention", "danger", "error"}
)
# Admonitions (`!!! note "Title"`) become one-cell tables with these classes after sanitising.
ALLOWED_CLASSES: dict[str, set[str]] = {"div": {"admonition", *ADMONITION_KINDS}, "p": {"admonition-title"}}
_REMOVED_WITH_CONTENT_NAMES = (
    "script style iframe frame frameset object embed applet noscript template svg math textarea "
    "select title head "
)
REMOVED_WITH_CONTENT = frozenset(_REMOVED_WITH_CONTENT_NAMES.split())
_IMG_WITHOUT_SRC_RE = re.compile(r"<img(?![^>]*\ssrc=)[^>]*>")
_EMPTY_CLASS_RE = re.compile(r'(<[a-z0-9]+) class=""')
_DIV_RE = re.compile(r'<div(?: class="([^"]*)")?>|</div>')

READER_CSS = """
body { line-height: 140%; }
h1 { font-size: 160%; margin-bottom: 8px; }
h2 { font-size: 135%; margin-top: 18px; }
h3 { font-size: 115%; margin-top: 14px; }
table { border-collapse: collapse; margin-top: 8px; margin-bottom: 8px; }
th, td { border: 1px solid #888888; padding: 4px 8px; }
th { background-color: #e8e8e8; font-weight: bold; }
pre { background-color: #f4f6f8; padding: 6px; }
code { font-family: monospace; }
blockquote { margin-left: 16px; color: #444444; }
table.admonition { margin-top: 8px; margin-bottom: 8px; }
table.admonition td { background-color: #e8f1fb; border: 1px solid #8fb3de; padding: 6px 10px; }
table.tip td, table.hint td { background-color: #e7f6ea; border-color: #8cc79a; }
table.warning td, table.caution td, table.attention td, table.important td {
  background-color: #fff4dc; border-color: #e0b45c; }
table.danger td, table.error td { background-color: #fde9e7; border-color: #e09489; }
p.admonition-title { font-weight: bold; margin-top: 0px; margin-bottom: 4px; }
""".strip()


class TocEntry(NamedTuple):
    level: int
    id: str
    title: str


@dataclass(frozen=True)
class RenderedGuide:
    """Sanitised HTML body, the table of contents (every heading, in order) and the chapter title."""

    html: str
    toc: tuple[TocEntry, ...]
    title: str


_local = threading.local()


def _converter() -> markdown_lib.Markdown:
    converter: markdown_lib.Markdown | None = getattr(_local, "converter", None)
    if converter is None:
        converter = markdown_lib.Markdown(extensions=list(EXTENSIONS), extension_configs=EXTENSION_CONFIGS)
        _local.converter = converter
    converter.reset()
    return converter


def render_guide(text: str, base: str) -> RenderedGuide:
    """Render the chapter whose pack-relative path is `base` (used to keep links and images in the pack)."""
    check_renderable(text)
    converter = _converter()
    try:
        body = converter.convert(text)
    except RecursionError:
        raise TrainerError("guide.page_nested_too_deeply") from None
    toc = tuple(_flatten(getattr(converter, "toc_tokens", [])))
    safe = sanitise_html(body, base)
    if html_depth_of(safe, MAX_DEPTH) > MAX_DEPTH:
        raise TrainerError("guide.page_nested_too_deeply")
    if table_depth_of(safe) > MAX_TABLE_DEPTH:  # admonitions became tables while sanitising
        raise too_many_tables()
    title = next((entry.title for entry in toc if entry.level == 1), "")
    return RenderedGuide(safe, toc, title)


def _flatten(tokens: list[dict[str, Any]]) -> list[TocEntry]:
    entries: list[TocEntry] = []
    for token in tokens:
        title = html_lib.unescape(str(token.get("name", "")))
        entries.append(TocEntry(int(token["level"]), str(token["id"]), title))
        entries.extend(_flatten(token.get("children", [])))
    return entries


def sanitise_html(body: str, base: str) -> str:
    """Keep only safe tags/attributes; links to http(s)/mailto/#anchors/pack files; images from the pack."""

    def keep(element: str, attribute: str, value: str) -> str | None:
        if element == "a" and attribute == "href":
            return None if classify_link(base, value).kind is LinkKind.UNSAFE else value
        if element == "img" and attribute == "src":
            return value if classify_link(base, value).kind is LinkKind.PACK else None
        if attribute in ("colspan", "rowspan"):
            return str(min(int(value), MAX_SPAN)) if value.strip().isdigit() else None
        return value

    cleaned = nh3.clean(
        body,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(REMOVED_WITH_CONTENT),
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=keep,
        url_schemes={"http", "https", "mailto"},
        allowed_classes=ALLOWED_CLASSES,
        link_rel=None,
        strip_comments=True,
    )
    cleaned = _EMPTY_CLASS_RE.sub(r"\1", _IMG_WITHOUT_SRC_RE.sub("", cleaned))
    cleaned = cleaned.replace("\n</code></pre>", "</code></pre>")
    return _admonitions_as_tables(cleaned)


def _admonitions_as_tables(html: str) -> str:
    """QTextDocument draws no border or box background for a <div>; a one-cell table gets both."""
    if "admonition" not in html:
        return html
    stack: list[bool] = []

    def swap(match: re.Match[str]) -> str:
        if match.group(0) == "</div>":
            return "</td></tr></table>" if stack and stack.pop() else "</div>"
        classes = match.group(1) or ""
        is_admonition = "admonition" in classes.split()
        stack.append(is_admonition)
        if not is_admonition:
            return match.group(0)
        return f'<table class="{classes}" width="100%" cellspacing="0" cellpadding="6"><tr><td>'

    return _DIV_RE.sub(swap, html)


def page_html(guide: RenderedGuide, css: str = READER_CSS) -> str:
    """A whole HTML document for a QTextBrowser: the reader CSS and the sanitised body."""
    return f'<html><head><meta charset="utf-8"><style>{css}</style></head><body>{guide.html}</body></html>'
