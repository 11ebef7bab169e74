"""Links in guides: what each href points at, and resolve_pack_link keeping the reader inside the pack."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer_app.core.packs.links import LinkKind, LinkTarget, classify_link, resolve_pack_link

CHAPTER = "content/guides/user/01-a.md"


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("https://example.org/x", LinkTarget(LinkKind.EXTERNAL)),
        ("mailto:a@example.org", LinkTarget(LinkKind.EXTERNAL)),
        ("#consent", LinkTarget(LinkKind.ANCHOR, CHAPTER, "consent")),
        ("02-b.md#consent", LinkTarget(LinkKind.PACK, "content/guides/user/02-b.md", "consent")),
        ("../../../resources/images/x%20y.png", LinkTarget(LinkKind.PACK, "resources/images/x y.png")),
        ("../../../../x.md", LinkTarget(LinkKind.UNSAFE)),
        ("%2e%2e/%2e%2e/%2e%2e/%2e%2e/x.md", LinkTarget(LinkKind.UNSAFE)),
        ("javascript:alert(1)", LinkTarget(LinkKind.UNSAFE)),
        ("jav\tascript:alert(1)", LinkTarget(LinkKind.UNSAFE)),
        ("file:///etc/passwd", LinkTarget(LinkKind.UNSAFE)),
        ("https:evil", LinkTarget(LinkKind.UNSAFE)),
        ("//evil.example/x", LinkTarget(LinkKind.UNSAFE)),
        ("/etc/passwd", LinkTarget(LinkKind.UNSAFE)),
        ("..\\..\\x.md", LinkTarget(LinkKind.UNSAFE)),
        ("", LinkTarget(LinkKind.UNSAFE)),
    ],
)
def test_classify_link(href: str, expected: LinkTarget) -> None:
    assert classify_link(CHAPTER, href) == expected


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    root = tmp_path / "pack"
    (root / "content/guides/user").mkdir(parents=True)
    (root / "resources/images").mkdir(parents=True)
    (root / CHAPTER).write_text("# A\n")
    (root / "content/guides/user/02-b.md").write_text("# B\n")
    (root / "resources/images/x.png").write_bytes(b"png")
    (tmp_path / "secret.txt").write_text("secret")
    return root


def test_resolve_inside_the_pack(pack: Path) -> None:
    chapter = pack / CHAPTER
    assert resolve_pack_link(pack, chapter, "02-b.md#x") == (pack / "content/guides/user/02-b.md").resolve()
    assert (
        resolve_pack_link(pack, Path(CHAPTER), "../../../resources/images/x.png")
        == (pack / "resources/images/x.png").resolve()
    )
    assert resolve_pack_link(pack, chapter, "#top") == chapter.resolve()


def test_resolve_refuses_everything_outside(pack: Path) -> None:
    chapter = pack / CHAPTER
    for href in ("../../../../secret.txt", "https://example.org", "file:///etc/passwd", "/etc/passwd"):
        assert resolve_pack_link(pack, chapter, href) is None


def test_resolve_refuses_symlinks_that_leave(pack: Path) -> None:
    (pack / "content/guides/user/leak.md").symlink_to(pack.parent / "secret.txt")
    assert resolve_pack_link(pack, pack / CHAPTER, "leak.md") is None


def test_resolve_refuses_a_chapter_outside_the_pack(pack: Path) -> None:
    assert resolve_pack_link(pack, pack.parent / "secret.txt", "pack/content/guides/user/01-a.md") is None
