"""No button passes its clicked(bool) into a slot that takes a parameter (the cause of the dead Import/Export
records buttons): every `clicked.connect(self.method)` in the UI names a method without parameters."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "trainer_app" / "ui"


def _methods_with_parameters(tree: ast.Module) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            params = [a.arg for a in node.args.args if a.arg != "self"] + [
                a.arg for a in node.args.kwonlyargs
            ]
            if params and not all(p.startswith("_") for p in params):
                found.add(node.name)
    return found


def test_no_clicked_signal_feeds_a_method_with_parameters() -> None:
    """A slot held in a variable could be anything, so it must be wrapped (`lambda: slot()`) to pass the test."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(UI.rglob("*.py"))}
    with_params = set().union(*(_methods_with_parameters(tree) for tree in trees.values()))
    wrong: list[str] = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            signal = node.func.value
            if node.func.attr != "connect" or not (
                isinstance(signal, ast.Attribute) and signal.attr == "clicked"
            ):
                continue
            target = node.args[0] if node.args else None
            own = isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)
            names = _methods_with_parameters(tree) if own else with_params  # self.x: this file's classes
            if isinstance(target, ast.Attribute) and target.attr in names:
                wrong.append(f"{path.relative_to(UI)}:{node.lineno}: clicked -> {target.attr}")
            elif isinstance(target, ast.Name):
                wrong.append(f"{path.relative_to(UI)}:{node.lineno}: clicked -> a slot in '{target.id}'")
    assert wrong == []
