"""`records export|import|log|pending|conflicts|resolve|receipt` between two data folders (two laptops)."""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from trainer_app.__main__ import main
from trainer_app.core.common.numbers import format_bytes


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def homes(tmp_path: Path) -> tuple[str, str]:
    return str(tmp_path / "field"), str(tmp_path / "centre")


def add_learner(capsys: pytest.CaptureFixture[str], home: str, name: str, agency: str = "Riverside") -> str:
    code, out, _ = run(
        capsys,
        "--data-dir",
        home,
        "learner",
        "add",
        "--name",
        name,
        "--role",
        "case_worker",
        "--agency",
        agency,
    )
    assert code == 0
    return out.strip()


def fingerprint(capsys: pytest.CaptureFixture[str], home: str) -> str:
    _code, out, _ = run(capsys, "--data-dir", home, "trust", "list", "--format", "json")
    return str(next(k["fingerprint"] for k in json.loads(out) if k["own"]))


def test_export_then_import_twice_trust_and_receipt(capsys, homes, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    field, centre = homes
    add_learner(capsys, field, "Grace Okello")
    add_learner(capsys, field, "Samir Haddad")
    bundle = tmp_path / "usb" / "field.zip"
    bundle.parent.mkdir()
    code, out, _ = run(capsys, "--data-dir", field, "records", "export", "--out", str(bundle))
    assert code == 0
    assert "2 learners" in out
    assert bundle.exists()

    code, out, _ = run(capsys, "--data-dir", centre, "records", "import", str(bundle), "--by", "coordinator")
    assert code == 0
    assert "not trusted" in out
    assert "2 awaiting trust" in out
    receipts = list(bundle.parent.glob("receipt-*.json"))
    assert len(receipts) == 1  # written beside the bundle, for the field laptop
    code, out, _ = run(capsys, "--data-dir", centre, "records", "pending")
    assert fingerprint(capsys, field) in out
    _, listed, _ = run(capsys, "--data-dir", centre, "records", "pending", "--format", "json")
    size = format_bytes(json.loads(listed)[0]["bytes"])
    # one rule for sizes (numbers.format_bytes), as in the window
    assert re.fullmatch(r"\d+ B|\d+(\.\d)? KiB", size)
    assert f" {size}" in out

    key = fingerprint(capsys, field)
    assert run(capsys, "--data-dir", centre, "trust", "add", key, "--label", "Field laptop")[0] == 0
    code, out, _ = run(capsys, "--data-dir", centre, "records", "pending")
    assert "No records are waiting" in out
    code, out, _ = run(capsys, "--data-dir", centre, "learner", "list", "--format", "json")
    assert {r["name"] for r in json.loads(out)} == {"Grace Okello", "Samir Haddad"}

    code, out, _ = run(capsys, "--data-dir", centre, "records", "import", str(bundle), "--no-receipt")
    assert code == 0
    assert "imported 1 time(s) before" in out
    assert "learners: 0 added, 0 updated, 2 unchanged" in out
    code, out, _ = run(capsys, "--data-dir", field, "records", "import", str(receipts[0]))
    assert code == 0
    assert "receipt" in out
    assert "arrived" in out
    code, out, _ = run(capsys, "--data-dir", field, "records", "log", "--format", "json")
    log = json.loads(out)
    assert [e["kind"] for e in log["imports"]] == ["receipt"]
    assert len(log["exports"]) == 1


def test_a_tampered_bundle_is_rejected_with_exit_1_and_changes_nothing(capsys, homes, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    field, centre = homes
    add_learner(capsys, field, "Grace Okello")
    run(capsys, "--data-dir", field, "records", "export", "--out", str(tmp_path / "good.zip"))
    with zipfile.ZipFile(tmp_path / "good.zip") as old, zipfile.ZipFile(tmp_path / "bad.zip", "w") as new:
        for name in old.namelist():
            data = old.read(name)
            new.writestr(name, data.replace(b"Grace", b"Grape") if name == "learners.jsonl" else data)
    shutil.copy(tmp_path / "good.zip", tmp_path / "copy.zip")
    code, out, err = run(
        capsys,
        "--data-dir",
        centre,
        "records",
        "import",
        str(tmp_path / "bad.zip"),
        str(tmp_path / "copy.zip"),
        "--no-receipt",
    )
    assert code == 1
    assert "bad.zip: Rejected" in err
    assert "tampered" in err
    assert "copy.zip: bundle" in out  # the good file in the same run is still imported
    code, out, _ = run(capsys, "--data-dir", centre, "records", "log", "--format", "json")
    assert len(json.loads(out)["imports"]) == 1


def test_conflicts_are_listed_and_resolved(capsys, homes, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    field, centre = homes
    learner = add_learner(capsys, field, "Grace Okello", agency="Riverside")
    run(capsys, "--data-dir", field, "records", "export", "--out", str(tmp_path / "1.zip"))
    run(capsys, "--data-dir", centre, "records", "import", str(tmp_path / "1.zip"), "--no-receipt")
    assert (
        run(capsys, "--data-dir", centre, "trust", "add", fingerprint(capsys, field), "--label", "Field")[0]
        == 0
    )
    from trainer_app.core.app import open_app

    app = open_app(data_dir=field)
    old = app.learners.get(learner)
    app.learners.update(old.__class__(**{**old.__dict__, "agency": "Hill"}))
    app.close()
    run(capsys, "--data-dir", field, "records", "export", "--out", str(tmp_path / "2.zip"))
    code, out, _ = run(
        capsys, "--data-dir", centre, "records", "import", str(tmp_path / "2.zip"), "--no-receipt"
    )
    assert "1 learner detail(s) differ" in out
    code, out, _ = run(capsys, "--data-dir", centre, "records", "conflicts", "--format", "json")
    conflict = json.loads(out)[0]
    assert (conflict["local_value"], conflict["incoming_value"]) == ("Riverside", "Hill")
    code, out, _ = run(
        capsys, "--data-dir", centre, "records", "resolve", conflict["id"][:8], "--take-incoming"
    )
    assert code == 0
    code, out, _ = run(capsys, "--data-dir", centre, "learner", "list", "--format", "json")
    assert json.loads(out)[0]["agency"] == "Hill"


def test_export_since_needs_a_real_date(capsys, homes, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    field, _ = homes
    code, _, err = run(
        capsys,
        "--data-dir",
        field,
        "records",
        "export",
        "--out",
        str(tmp_path / "x.zip"),
        "--since",
        "last tuesday",
    )
    assert code == 1
    assert "is not a date" in err
    code, out, _ = run(
        capsys,
        "--data-dir",
        field,
        "records",
        "export",
        "--out",
        str(tmp_path / "x.zip"),
        "--since",
        "2026-01-01",
    )
    assert code == 0
    assert "0 learners" in out
