"""render_guide: fixed extensions, sanitised HTML, table borders, toc, and refusal of huge or deep pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer_app.core.common.errors import TrainerError
from trainer_app.core.packs.guidetext import headings
from trainer_app.core.packs.markdown import READER_CSS, page_html, render_guide
from trainer_app.core.packs.nesting import markdown_depth

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "valid"
BASE = "content/guides/user/01-chapter.md"


def html_of(text: str, base: str = BASE) -> str:
    return render_guide(text, base).html


def test_chapter_title_and_toc() -> None:
    guide = render_guide((VALID / "content/guides/one.md").read_text(), "content/guides/one.md")
    assert guide.title == "Chapter one"
    assert guide.toc == (
        (1, "chapter-one", "Chapter one"),
        (2, "password-rules", "Password rules"),
        (2, "working-offline-online", "Working offline & online"),
        (3, "a-worked-example", "A worked example"),
        (2, "summary", "Summary"),
    )
    assert '<h2 id="password-rules">Password rules</h2>' in guide.html


def test_tables_use_align_attributes_not_styles() -> None:
    html = html_of("# T\n\n| a | b |\n|--:|:--|\n| 1 | 2 |\n")
    assert '<th align="right">a</th>' in html
    assert '<td align="left">2</td>' in html
    assert "style=" not in html
    assert "border" in READER_CSS
    assert "th, td" in READER_CSS


def test_scripts_iframes_objects_and_styles_are_removed() -> None:
    html = html_of(
        "# T\n\n<script>alert('x')</script>\n\n<iframe src='https://evil.example'></iframe>\n\n"
        "<object data='x.swf'></object><embed src='x.swf'>\n\n<style>body{background:url(http://x)}</style>\n\n"
        "<p style=\"background:url('http://evil.example/x.png')\">styled</p>\n"
    )
    for banned in ("<script", "alert", "<iframe", "evil.example", "<object", "<embed", "<style", "style="):
        assert banned not in html
    assert "styled" in html


def test_event_handlers_are_removed() -> None:
    html = html_of('# T\n\n<img src="../../images/a.png" onerror="alert(1)">\n\n<p onclick="steal()">x</p>\n')
    assert "onerror" not in html
    assert "onclick" not in html
    assert "alert" not in html
    assert "steal" not in html
    assert '<img src="../../images/a.png">' in html


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "java&#x09;script:alert(1)",
        "file:///etc/passwd",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)",
        "//evil.example/x",
        "../../../../etc/passwd",
        "/etc/passwd",
        "C:/Windows/win.ini",
    ],
)
def test_unsafe_links_lose_their_target(href: str) -> None:
    markdown_html = html_of(f"# T\n\n[click]({href})\n")
    raw_html = html_of(f'# T\n\n<a href="{href}">click</a>\n')
    for html in (markdown_html, raw_html):
        assert "href" not in html
        assert "click" in html


@pytest.mark.parametrize(
    "href",
    [
        "https://example.org/a?b=c",
        "http://example.org",
        "mailto:help@example.org",
        "#password-rules",
        "02-registering.md#consent",
        "../admin/01-environments.md",
        "../../../resources/slides/deck.pdf",
    ],
)
def test_safe_links_are_kept(href: str) -> None:
    assert f'href="{href}"' in html_of(f"# T\n\n[go]({href})\n").replace("&amp;", "&")


def test_remote_and_data_images_are_removed_local_ones_kept() -> None:
    html = html_of(
        "# T\n\n![remote](https://evil.example/track.png) ![data](data:image/png;base64,AAAA) "
        "![file](file:///etc/x.png) ![escape](../../../../x.png) ![local](../../images/map.png)\n"
    )
    assert html.count("<img") == 1
    assert '<img alt="local" src="../../images/map.png">' in html
    assert "evil.example" not in html
    assert "data:" not in html
    assert "file:" not in html


def test_admonitions_become_bordered_boxes() -> None:
    html = html_of('# T\n\n!!! warning "Careful"\n    Mind the step.\n')
    assert '<table class="admonition warning"' in html
    assert '<p class="admonition-title">Careful</p>' in html
    assert "table.admonition td" in READER_CSS
    assert "table.warning td" in READER_CSS


def test_raw_divs_with_other_classes_stay_plain() -> None:
    html = html_of('# T\n\n<div class="evil admonition-x">text</div>\n')
    assert "<div>text</div>" in html


def test_code_blocks_show_html_as_text_and_have_no_trailing_blank_line() -> None:
    html = html_of("# T\n\n```html\n<script>alert(1)</script>\n```\n")
    assert "<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;</code></pre>" in html


def test_nested_lists_need_four_spaces() -> None:
    html = html_of("# T\n\n1. One\n    - nested\n2. Two\n")
    assert "<ol>" in html
    assert "<ul>" in html
    assert html.index("<ul>") < html.index("Two")


@pytest.mark.parametrize(
    "deep",
    [
        "<div>" * 50_000,
        "> " * 50_000 + "x",
        ">" * 50_000 + " x",
        "- " * 50_000 + "x",
        "\n".join("    " * i + "- item" for i in range(300)),
        "<ul><li>" * 30_000,
    ],
    ids=["divs", "quotes", "tight-quotes", "inline-lists", "indented-lists", "html-lists"],
)
def test_deep_nesting_is_refused(deep: str) -> None:
    with pytest.raises(TrainerError, match="nested too deeply"):
        render_guide("# Deep\n\n" + deep, BASE)


def test_depth_is_counted_before_rendering() -> None:
    assert markdown_depth("<div>" * 50_000) == 201  # counting stops just past the limit
    assert markdown_depth("# T\n\n- a\n    - b\n        - c\n") == 6


def test_moderate_nesting_renders() -> None:
    html = html_of("# T\n\n" + "<div>" * 50 + "deep" + "</div>" * 50 + "\n\n" + "> " * 40 + "quote\n")
    assert "deep" in html
    assert "quote" in html


def test_tags_inside_code_do_not_count_as_nesting() -> None:
    html = html_of("# T\n\n```\n" + "<div>\n" * 400 + "```\n\nInline `<div>` too.\n")
    assert html.count("&lt;div&gt;") == 401


def test_oversized_page_is_refused() -> None:
    with pytest.raises(TrainerError, match="too large"):
        render_guide("# Big\n\n" + "word " * 500_000, BASE)


def test_page_html_wraps_css_and_body() -> None:
    guide = render_guide("# Title\n\nBody.\n", BASE)
    page = page_html(guide)
    assert page.startswith("<html><head>")
    assert READER_CSS in page
    assert guide.html in page


@pytest.mark.parametrize(
    "heading",
    [
        "Password rules",
        "Lock-out and idle log-out",
        "Working `offline` & online",
        "Step 1: open *Settings*",
        "Use consent_for_services",
        "The [demo site](https://demo.example) rules",
        "Café résumé",
        "Q&amp;A",
        "Trailing hashes ##",
        "Is Manager?",
    ],
)
def test_quick_anchors_match_the_renderer(heading: str) -> None:
    text = f"# Title\n\n## {heading}\n\nBody\n\n## {heading}\n\nAgain\n\nSetext\n------\n"
    rendered = [(entry.level, entry.id) for entry in render_guide(text, BASE).toc]
    assert [(h.level, h.anchor) for h in headings(text)] == rendered


def test_quick_anchors_match_the_renderer_on_fixture_chapters() -> None:
    for chapter in sorted((VALID / "content/guides").glob("*.md")):
        text = chapter.read_text()
        assert [h.anchor for h in headings(text)] == [e.id for e in render_guide(text, BASE).toc]
