"""A check result never carries English words as its reason: the reason is a CodedReason whose code is in the catalog.

The scan reads the source (ast) of trainer_app/core and trainer_app/cli: a result built with a string (or an
f-string) where its coded problem goes, or a CodedReason made from a code that is not in the catalog, fails.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
from pathlib import Path

import trainer_app
from trainer_app.core.common.error_catalog import CATALOG

PACKAGE = Path(trainer_app.__file__).parent
SCANNED = ("core", "cli")
# (module, class) of every result that says why a check failed
RESULTS = (
    ("trainer_app.core.credentials.openbadge", "VerificationOutcome"),
    ("trainer_app.core.credentials.token", "TokenOutcome"),
    ("trainer_app.core.credentials.dataintegrity", "VerifyResult"),
    ("trainer_app.core.services.certificate_import", "VerificationReport"),
    ("trainer_app.core.services.certificate_import", "ImportResult"),
    ("trainer_app.core.exchange.lrs_client", "Delivery"),
)


def _problem_index(module: str, name: str) -> int:
    fields = [f.name for f in dataclasses.fields(getattr(importlib.import_module(module), name))]
    return fields.index("problem")


def _module_of(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)


def _local_names(tree: ast.Module, module: str) -> dict[str, tuple[str, str]]:
    """Name used in this file -> the result class it means (defined here or imported from its module)."""
    names = {name: (module, name) for mod, name in RESULTS if mod == module}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                if (node.module, alias.name) in RESULTS:
                    names[alias.asname or alias.name] = (node.module, alias.name)
    return names


def _is_words(node: ast.expr | None) -> bool:
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_words(node.left) or _is_words(node.right)
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _called_name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _result_problems(rel: str, call: ast.Call, target: tuple[str, str]) -> list[str]:
    index = _problem_index(*target)
    given = call.args[index] if len(call.args) > index else None
    given = next((k.value for k in call.keywords if k.arg in ("problem", "reason")), given)
    if _is_words(given):
        return [f"{rel}:{call.lineno}: {target[1]} is given words as its reason; give a CodedReason"]
    return []


def _coded_problems(rel: str, call: ast.Call) -> list[str]:
    first = call.args[0] if call.args else None
    if isinstance(first, ast.Constant) and first.value not in CATALOG:
        return [f"{rel}:{call.lineno}: {first.value!r} is not a catalog code"]
    if isinstance(first, ast.JoinedStr | ast.BinOp):
        return [f"{rel}:{call.lineno}: a code built from pieces cannot be checked; name it whole"]
    return []


def _problems() -> list[str]:
    found = []
    for part in SCANNED:
        for path in sorted((PACKAGE / part).rglob("*.py")):
            rel = path.relative_to(PACKAGE).as_posix()
            tree = ast.parse(path.read_text(encoding="utf-8"))
            names = _local_names(tree, _module_of(path))
            for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
                name = _called_name(call)
                if isinstance(call.func, ast.Name) and name in names:
                    found.extend(_result_problems(rel, call, names[name]))
                elif name in ("of", "CodedReason") and "CodedReason" in ast.unparse(call.func):
                    found.extend(_coded_problems(rel, call))
                elif name == "replace" and any(k.arg == "reason" for k in call.keywords):
                    found.append(f"{rel}:{call.lineno}: replace(…, reason=…): replace the coded problem")
    return found


def test_no_check_result_carries_english_words_as_its_reason() -> None:
    assert _problems() == []


def test_every_result_keeps_a_coded_problem_and_derives_its_english_reason() -> None:
    for module, name in RESULTS:
        cls = getattr(importlib.import_module(module), name)
        fields = {f.name: f.type for f in dataclasses.fields(cls)}
        assert fields["problem"] == "CodedReason | None", name
        assert "reason" not in fields, name  # the English text is a property rendered from the catalog
        assert isinstance(cls.reason, property), name


def test_the_scan_catches_words_where_a_coded_problem_goes() -> None:
    bad = ast.parse('VerificationOutcome(False, "unknown key")\nCodedReason.of("verify.no_such_code")\n')
    names = {"VerificationOutcome": ("trainer_app.core.credentials.openbadge", "VerificationOutcome")}
    calls = [n for n in ast.walk(bad) if isinstance(n, ast.Call)]
    assert _result_problems("x.py", calls[0], names["VerificationOutcome"])
    assert _coded_problems("x.py", calls[1])
