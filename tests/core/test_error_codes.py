"""Every error the core and CLI raise is coded: a catalog code and parameters, never an English sentence.

The scan reads the source (ast) of trainer_app/core and trainer_app/cli; the few exceptions that carry words and
never reach a user are allowlisted below with the reason.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import trainer_app
from trainer_app.core.common import errors
from trainer_app.core.common.error_catalog import CATALOG
from trainer_app.core.common.errors import (
    DatabaseDamagedError,
    NotFoundError,
    TrainerError,
    ValidationError,
    placeholders,
)

PACKAGE = Path(trainer_app.__file__).parent
SCANNED = ("core", "cli")
CODED = {
    name
    for name, value in vars(errors).items()
    if isinstance(value, type) and issubclass(value, TrainerError)
} | {"malformed"}  # pdfsyntax.malformed(code, **params) builds a CredentialError
# (file relative to trainer_app, exception) -> why its words may stay English.
ALLOWED = {
    (
        "core/credentials/dataintegrity.py",
        "ValueError",
    ): "a programmer's misuse (naive datetime), never shown",
    ("core/exchange/report_views.py", "ValueError"): "an unknown view name from code; the CLI offers choices",
    ("core/exchange/bundle.py", "TypeError"): "caught in the same module and turned into a coded error",
    (
        "core/domain/pack.py",
        "TypeError",
    ): "a programmer's misuse (reading another kind's settings), never shown",
}


def _raised_calls(tree: ast.AST) -> list[ast.Call]:
    calls: dict[int, ast.Call] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            calls[id(node.exc)] = node.exc
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in CODED:
            calls[id(node)] = node  # also the helpers that build an error to raise
    return list(calls.values())


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _problems() -> list[str]:
    found = []
    for part in SCANNED:
        for path in sorted((PACKAGE / part).rglob("*.py")):
            rel = path.relative_to(PACKAGE).as_posix()
            if rel in ("core/common/errors.py", "core/common/error_catalog.py"):
                continue
            for call in _raised_calls(ast.parse(path.read_text(encoding="utf-8"))):
                found.extend(_check(rel, call))
    return found


def _check(rel: str, call: ast.Call) -> list[str]:
    name = _name(call)
    first = call.args[0] if call.args else None
    where = f"{rel}:{call.lineno}: {name}"
    if name in CODED:
        if first is None and name == "ExchangeCancelled":
            return []
        if isinstance(first, ast.Constant) and first.value in CATALOG:
            return []
        if isinstance(first, ast.Name) and first.id == "code":  # a helper passing its caller's code on
            return []
        return [f"{where}: the first argument must be a catalog code"]
    words = isinstance(first, ast.JoinedStr) or (
        isinstance(first, ast.Constant) and isinstance(first.value, str)
    )
    if words and (rel, name) not in ALLOWED:
        return [f"{where}: raises English words; raise a coded TrainerError"]
    return []


def test_no_english_sentence_is_raised_from_core_or_cli() -> None:
    assert _problems() == []


def test_the_allowlist_is_short_and_every_entry_still_needed() -> None:
    assert len(ALLOWED) <= 6
    for rel, name in ALLOWED:
        tree = ast.parse((PACKAGE / rel).read_text(encoding="utf-8"))
        assert any(_name(call) == name for call in _raised_calls(tree)), (rel, name)


def _codes_with_params() -> dict[str, set[frozenset[str]]]:
    """Code -> the sets of keyword names passed with it at each raise site."""
    seen: dict[str, set[frozenset[str]]] = {}
    for part in SCANNED:
        for path in (PACKAGE / part).rglob("*.py"):
            for call in _raised_calls(ast.parse(path.read_text(encoding="utf-8"))):
                first = call.args[0] if call.args else None
                if _name(call) in CODED and isinstance(first, ast.Constant) and first.value in CATALOG:
                    keys = frozenset(k.arg for k in call.keywords if k.arg)
                    if any(k.arg is None for k in call.keywords):
                        continue  # **params: checked at run time by the tests that raise it
                    seen.setdefault(first.value, set()).add(keys)
    return seen


def test_every_raise_site_gives_exactly_the_parameters_its_template_names() -> None:
    wrong = []
    for code, key_sets in _codes_with_params().items():
        wanted = placeholders(CATALOG[code])
        for keys in key_sets:
            extra = {"path"} if code.startswith("storage.database") else set()
            if set(keys) | extra != wanted | extra:
                wrong.append(f"{code}: template wants {sorted(wanted)}, a raise gives {sorted(keys)}")
    assert wrong == []


def test_catalog_codes_are_area_dot_name_and_templates_format() -> None:
    for code, template in CATALOG.items():
        area, _, rest = code.partition(".")
        assert area, code
        assert rest, code
        assert code == code.lower(), code
        dummy = dict.fromkeys(placeholders(template), 0)
        try:
            template.format(**dummy)
        except (ValueError, TypeError):  # a spec like {at:%Y-%m-%d} needs a date; {size:.1f} a number
            continue


def test_an_error_is_its_code_params_and_english_message() -> None:
    error = NotFoundError("learner.not_found", learner_id="L-1")
    assert error.code == "learner.not_found"
    assert error.params == {"learner_id": "L-1"}
    assert error.template == CATALOG["learner.not_found"]
    assert str(error) == "No learner with id L-1."
    problems = ValidationError("pack.content_pack_problem", ["a.toml:3: bad"], root="/p", count=1, value="")
    assert problems.problems == ["a.toml:3: bad"]
    assert isinstance(problems, TrainerError)


def test_a_damaged_database_names_its_newest_backup() -> None:
    error = DatabaseDamagedError("storage.damaged", "/d/t.db", "/d/b.db", error="bad header")
    assert str(error).startswith("The database /d/t.db is damaged: bad header.")
    assert "/d/b.db" in str(error)


@pytest.mark.parametrize("name", sorted(CODED))
def test_every_error_class_sits_under_the_one_root(name: str) -> None:
    if name == "malformed":
        return
    assert issubclass(getattr(errors, name), TrainerError)
    assert name in (errors.__doc__ or "") or name == "PermissionDeniedError"


def _failures(app: Any, tmp_path: Path) -> list[Callable[[], object]]:
    garbage = tmp_path / "garbage.zip"
    garbage.write_bytes(b"PK\x03\x04 not really a zip")
    folder = tmp_path / "folder"
    folder.mkdir()
    return [
        lambda: app.learners.get("no-such-learner"),
        lambda: app.learners.create("", "no_such_role", pin="12"),
        lambda: app.learners.find("zzzz"),
        lambda: app.packs.get("no-such-pack"),
        lambda: app.packs.activity(app.packs.default().id, "no-such-activity"),
        lambda: app.packs.install(tmp_path / "missing.zip"),
        lambda: app.packs.install(garbage),
        lambda: app.records.import_file(garbage),
        lambda: app.records.import_file(folder / "missing.zip"),
        lambda: app.certificates.get("no-such-certificate"),
        lambda: app.revocation.revoke("no-such-certificate", ""),
        lambda: app.gates.gate("no-such-step"),
        lambda: app.trainer_mode.unlock("wrong passphrase"),
    ]


def test_failing_operations_raise_codes_whose_templates_their_parameters_fill(
    mini_app: Any, tmp_path: Path
) -> None:
    seen = []
    for operation in _failures(mini_app, tmp_path):
        with pytest.raises(TrainerError) as caught:
            operation()
        error = caught.value
        assert error.code in CATALOG, error.code
        assert placeholders(error.template) <= set(error.params), (error.code, error.params)
        assert "{" not in str(error), error.code
        assert str(error).strip(), error.code
        seen.append(error.code)
    assert len(set(seen)) >= 10, seen
