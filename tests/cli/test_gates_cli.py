"""`gates status|report|plan|evidence|signoff|not-applicable` on the bundled gates: output and exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from trainer_app.__main__ import main


def run(capsys: pytest.CaptureFixture[str], home: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(home), *args])
    out, err = capsys.readouterr()
    return code, out, err


def add(capsys: pytest.CaptureFixture[str], home: Path, name: str, role: str) -> str:
    code, out, _ = run(
        capsys, home, "learner", "add", "--name", name, "--role", role, "--agency", "Riverside"
    )
    assert code == 0
    return out.strip()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "data"


def test_status_of_a_fresh_rollout(capsys: pytest.CaptureFixture[str], home: Path) -> None:
    code, out, _ = run(capsys, home, "gates", "status", "--format", "json")
    gates = json.loads(out)
    assert code == 0
    assert [g["id"] for g in gates] == [
        "step-1-start",
        "step-2-configure",
        "step-3-test",
        "step-4-migrate",
        "step-5-go-live",
    ]
    assert [g["state"] for g in gates] == ["in_progress", "locked", "locked", "locked", "locked"]
    focal = gates[0]["requirements"][2]
    assert focal["met"] is False
    assert focal["reasons"][0]["code"] == "cert.no_plan_agency"
    code, out, _ = run(capsys, home, "gates", "status")
    assert code == 0
    assert "Step 1: Start the deployment and train the core group [in progress]" in out
    assert "  [ ] Credentials received" in out


def test_plan_evidence_and_their_errors(capsys: pytest.CaptureFixture[str], home: Path) -> None:
    assert (
        run(capsys, home, "gates", "plan", "--role", "coordinator", "--agency", "Riverside", "--count", "1")[
            0
        ]
        == 0
    )
    code, _, err = run(capsys, home, "gates", "plan", "--role", "pilot", "--count", "1")
    assert code == 1
    assert "Unknown role 'pilot'" in err
    assert run(capsys, home, "gates", "plan", "--role", "coordinator")[0] == 2  # --count is required
    code, _, err = run(capsys, home, "gates", "evidence", "step-1-start", "credentials-received")
    assert code == 1
    assert "A note is required" in err
    code, out, _ = run(
        capsys, home, "gates", "evidence", "step-1-start", "credentials-received", "--note", "Binder 3"
    )
    assert code == 0
    assert "Ticked step-1-start / credentials-received." in out
    code, out, _ = run(capsys, home, "gates", "status", "--format", "json")
    first = json.loads(out)[0]
    assert first["requirements"][3]["met"] is True
    assert first["requirements"][3]["evidence"]["note"] == "Binder 3"
    assert (
        "0 of 1 planned CPIMS+ coordinators certified at Riverside (need 1)."
        in first["requirements"][2]["explanation"]
    )
    code, _, err = run(capsys, home, "gates", "evidence", "step-1-start", "nope", "--note", "x")
    assert code == 1
    assert "has no evidence item 'nope'" in err


def test_sign_off_is_refused_with_what_is_unmet(capsys: pytest.CaptureFixture[str], home: Path) -> None:
    coordinator = add(capsys, home, "Amal Haddad", "coordinator")
    worker = add(capsys, home, "Grace Okello", "case_worker")
    code, _, err = run(capsys, home, "gates", "signoff", "step-1-start", "--by", coordinator)
    assert code == 1
    assert "“Start the deployment and train the core group” cannot be signed off yet." in err
    assert (
        "  The system administrator has completed the core group training: "
        "Certified for “CPIMS+ core group training: system administrator”: 0 (need 1)." in err
    )
    code, _, err = run(capsys, home, "gates", "signoff", "step-1-start", "--by", worker)
    assert code == 1
    assert "Only a learner with the coordinator role can sign off a step" in err
    code, _, err = run(capsys, home, "gates", "signoff", "step-9", "--by", coordinator)
    assert code == 1
    assert "No rollout step 'step-9'" in err
    assert run(capsys, home, "gates", "signoff", "step-1-start")[0] == 2  # --by is required


def test_not_applicable_only_for_the_optional_step(capsys: pytest.CaptureFixture[str], home: Path) -> None:
    coordinator = add(capsys, home, "Amal Haddad", "coordinator")
    args = ("--reason", "No legacy data", "--by", coordinator)
    code, _, err = run(capsys, home, "gates", "not-applicable", "step-1-start", *args)
    assert code == 1
    assert "cannot be marked not applicable" in err
    code, _, err = run(capsys, home, "gates", "not-applicable", "step-4-migrate", *args)
    assert code == 1
    assert "is locked" in err
    assert "Step 3 is signed off" in err


def test_a_rollout_closed_step_by_step(capsys: pytest.CaptureFixture[str], home: Path) -> None:
    """Demo data closes steps 1 and 2; step 3 is then finished, signed off, and step 4 marked not applicable."""
    assert run(capsys, home, "demo", "seed", "--learners", "20", "--seed", "4")[0] == 0
    from trainer_app.core.app import open_app

    app = open_app(data_dir=str(home))
    try:
        admin = next(x for x in app.learners.list() if x.main_role == "system_administrator")
        pack = app.gates.pack()
        walkthrough = app.walkthroughs.load(pack.id, "uat-system-administrator-walkthrough")
        for step in walkthrough.steps:
            app.walkthroughs.tick(admin.id, pack.id, "uat-system-administrator-walkthrough", step.id, True)
        lead = next(
            x
            for x in app.learners.list()
            if x.agency == "CPIMS+ Coordination Unit" and x.main_role == "coordinator"
        )
    finally:
        app.close()
    note = ("--note", "Snapshot v1.3 saved; partners signed on 2 March")
    assert (
        run(
            capsys,
            home,
            "gates",
            "evidence",
            "step-3-test",
            "configuration-finalised",
            *note,
            "--by",
            lead.id,
        )[0]
        == 0
    )
    code, out, err = run(capsys, home, "gates", "signoff", "step-3-test", "--by", lead.id)
    assert code == 0, err
    assert out.startswith("Signed off step-3-test by ")
    args = ("--reason", "No legacy system: records start in CPIMS+", "--by", lead.id)
    assert run(capsys, home, "gates", "not-applicable", "step-4-migrate", *args)[0] == 0
    code, out, _ = run(capsys, home, "gates", "status", "--format", "json")
    gates = json.loads(out)
    assert [g["state"] for g in gates] == [
        "signed_off",
        "signed_off",
        "signed_off",
        "not_applicable",
        "in_progress",
    ]
    assert gates[3]["not_applicable"]["reason"] == "No legacy system: records start in CPIMS+"
    assert gates[2]["signed_off"]["by"] == lead.id
    people = gates[4]["requirements"][1]["people"]
    assert people
    assert all({"label", "people"} <= set(group) for group in people)


def test_report_needs_a_pdf_name_and_writes_every_step(
    capsys: pytest.CaptureFixture[str], home: Path, tmp_path: Path
) -> None:
    code, _, err = run(capsys, home, "gates", "report", "--out", str(tmp_path / "report.txt"))
    assert code == 1
    assert "ending in .pdf" in err
    code, _, err = run(capsys, home, "gates", "report", "--out", str(tmp_path / "missing" / "report.pdf"))
    assert code == 1
    assert "does not exist" in err
    pytest.importorskip("PySide6", reason="writing the PDF needs Qt", exc_type=ImportError)
    measured = ("gates", "evidence", "step-5-go-live", "accounts-actively-used", "--note", "Usage report")
    assert run(capsys, home, *measured, "--value", "83", "--of", "95")[0] == 0
    out = tmp_path / "report.pdf"
    code, stdout, _ = run(capsys, home, "gates", "report", "--out", str(out))
    assert code == 0
    assert "Wrote the readiness report" in stdout
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        for title in (
            "Start the deployment",
            "Configure the demo site",
            "Test and verify",
            "Prepare and clean",
            "Use and go live",
        ):
            assert title in text
        flat = " ".join(text.split())
        assert "accounts active in the first four weeks: 83 of 95, at least 80 % (87.4 %)." in flat


def test_measured_evidence_takes_a_value_of_a_total(capsys: pytest.CaptureFixture[str], home: Path) -> None:
    item = ("gates", "evidence", "step-5-go-live", "accounts-actively-used", "--note", "Usage report, week 4")
    code, _, err = run(capsys, home, *item)
    assert code != 0
    assert "is measured" in err
    assert "83 of 95" in err
    code, _, err = run(capsys, home, *item, "--value", "83")
    assert code != 0
    assert "Give both --value and --of" in err
    code, _, err = run(capsys, home, *item, "--value", "96", "--of", "95")
    assert code != 0
    assert "from 0 to the total" in err
    code, out, _ = run(capsys, home, *item, "--value", "83", "--of", "95")
    assert code == 0
    assert "(83 of 95)" in out
    code, out, _ = run(capsys, home, "gates", "status")
    assert "  [x] Staff are actively using the system" in out
    assert "accounts active in the first four weeks: 83 of 95, at least 80 % (87.4 %)." in out
    code, out, _ = run(capsys, home, "gates", "status", "--format", "json")
    found = next(r for r in json.loads(out)[4]["requirements"] if r["id"] == "accounts-actively-used")
    assert found["met"]
    assert (found["evidence"]["value"], found["evidence"]["total"]) == (83, 95)
    assert found["measure"] == {"label": "accounts active in the first four weeks", "min_share": 0.8}
    code, _, err = run(
        capsys,
        home,
        "gates",
        "evidence",
        "step-1-start",
        "credentials-received",
        "--note",
        "x",
        "--value",
        "1",
        "--of",
        "2",
    )
    assert code != 0
    assert "is not measured" in err
