"""Property tests over every parser of outside input: whatever the bytes, the answer is a result or the
project's own error (TrainerError and its kinds), never another exception, hang or crash.

Inputs are arbitrary, or a valid file mutated (bytes flipped, inserted, deleted, cut short). Every test is
derandomized with a modest example count, so a run is fast and always the same."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import tempfile
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.records_fixtures import jsonl, signed_bundle
from trainer_app.core.common.errors import CredentialError, ExchangeError, TrainerError
from trainer_app.core.credentials.certfile import read_certificate_input
from trainer_app.core.credentials.keys import DeviceKey
from trainer_app.core.credentials.openbadge import verify_credential_json
from trainer_app.core.credentials.token import TokenClaims, make_token, verify_token
from trainer_app.core.exchange.bundle import BundleReader
from trainer_app.core.exchange.receipts import Receipt, read_receipt, write_receipt
from trainer_app.core.exchange.record_format import LEARNERS, MEMBERS, PROGRESS, decode_row
from trainer_app.core.packs.markdown import render_guide
from trainer_app.core.packs.problems import Problems
from trainer_app.core.packs.tomlfile import parse_toml_bytes
from trainer_app.core.packs.validate import validate_pack
from trainer_app.core.packs.zipsafe import safe_extract

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
VALID = FIXTURES / "packs" / "valid"
KEY = DeviceKey.from_private_bytes(bytes(range(1, 33)))
WHEN = "2026-01-05T09:00:00+00:00"
PROPERTY = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SLOW_PROPERTY = settings(PROPERTY, max_examples=15)

# One mutation: (where, as a fraction of the length; what: flip, insert, delete, cut; the byte).
_MUTATION = st.tuples(
    st.floats(0, 1), st.sampled_from(["flip", "insert", "delete", "cut"]), st.integers(0, 255)
)
MUTATIONS = st.lists(_MUTATION, min_size=1, max_size=6)


def mutate(data: bytes, mutations: list[tuple[float, str, int]]) -> bytes:
    buffer = bytearray(data)
    for where, what, byte in mutations:
        at = min(int(where * len(buffer)), max(len(buffer) - 1, 0))
        if what == "flip" and buffer:
            buffer[at] ^= byte or 1
        elif what == "insert":
            buffer.insert(at, byte)
        elif what == "delete" and buffer:
            del buffer[at]
        elif what == "cut":
            del buffer[at:]
    return bytes(buffer)


# ---- packs --------------------------------------------------------------------------------------------

TOML_PIECES = st.sampled_from(
    [
        "[[modules]]\n",
        'id = "x"\n',
        "a = [",
        "]",
        "{",
        "}",
        '"',
        "'''",
        "\n",
        "# c\n",
        "=",
        "1979-05-27",
        "[a.b]\n",
    ]
)


@PROPERTY
@given(
    st.one_of(
        st.binary(max_size=2000), st.lists(TOML_PIECES, max_size=300).map(lambda p: "".join(p).encode())
    )
)
def test_toml_parsing_only_reports_problems(raw: bytes) -> None:
    problems = Problems()
    doc = parse_toml_bytes("content/pack.toml", raw, problems)
    assert (doc is None) == bool(problems.items) or doc is not None


@PROPERTY
@given(MUTATIONS)
def test_a_mutated_pack_manifest_only_reports_problems(mutations: list[tuple[float, str, int]]) -> None:
    raw = (VALID / "content" / "pack.toml").read_bytes()
    problems = Problems()
    parse_toml_bytes("content/pack.toml", mutate(raw, mutations), problems)


@SLOW_PROPERTY
@given(st.sampled_from(["content/pack.toml", "content/tracks/alpha.toml", "quizzes/one.toml"]), MUTATIONS)
def test_validating_a_mutated_pack_gives_problems_not_exceptions(rel: str, mutations: Any) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "pack"
        shutil.copytree(VALID, root)
        (root / rel).write_bytes(mutate((root / rel).read_bytes(), mutations))
        report = validate_pack(root)
        assert all(problem.file for problem in report.problems)


MARKUP = st.sampled_from(
    [
        "<table>",
        "<tr>",
        "<td colspan=99999>",
        "</table>",
        "<div>",
        "</div>",
        "<ul><li>",
        "> ",
        "- ",
        "1. ",
        "```",
        "`",
        "!!! note\n    ",
        "<img src=x onerror=alert(1)>",
        "<a href='javascript:x'>",
        "\n",
        "    ",
        "<script>",
        "&#x202e;",
        "# h\n",
        "|a|b|\n|-|-|\n",
        "<!--",
        "-->",
        "x",
        "<blockquote>",
    ]
)


@PROPERTY
@given(st.one_of(st.text(max_size=500), st.lists(MARKUP, max_size=400).map("".join)))
def test_any_guide_text_renders_or_is_refused_clearly(text: str) -> None:
    try:
        guide = render_guide(text, "content/guides/g.md")
    except TrainerError:
        return
    assert "<script" not in guide.html
    assert "javascript:" not in guide.html


def _pack_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(VALID.rglob("*")):
            if path.is_file() and path.stat().st_size < 200_000:
                archive.write(path, path.relative_to(VALID).as_posix())
    return buffer.getvalue()


PACK_ZIP = _pack_zip()


@SLOW_PROPERTY
@given(MUTATIONS)
def test_a_mutated_pack_zip_extracts_or_is_refused(mutations: list[tuple[float, str, int]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        archive = Path(folder) / "pack.zip"
        archive.write_bytes(mutate(PACK_ZIP, mutations))
        try:
            safe_extract(archive, Path(folder) / "out")
        except TrainerError:
            assert not (Path(folder) / "out").exists()
        validate_pack(archive)  # problems, never an exception


# ---- records bundles and receipts -----------------------------------------------------------------------


def _bundle() -> bytes:
    learner = [
        "11111111-1111-4111-8111-111111111111",
        "Test Learner",
        ["case_worker"],
        "Agency",
        "Site",
        "en",
        False,
        WHEN,
        WHEN,
        "local",
    ]
    progress = [
        learner[0],
        "mini-pack",
        "basics-guide",
        "in_progress",
        0.5,
        30.0,
        WHEN,
        None,
        "",
        "1",
        "",
        WHEN,
    ]
    members = {
        LEARNERS.name: jsonl(list(LEARNERS.names), [learner]),
        PROGRESS.name: jsonl(list(PROGRESS.names), [progress]),
    }
    with tempfile.TemporaryDirectory() as folder:
        return signed_bundle(Path(folder) / "b.zip", KEY, members).read_bytes()


BUNDLE = _bundle()


def _read_all(path: Path) -> int:
    with BundleReader(path) as reader:
        return sum(1 for member in MEMBERS for _ in reader.rows(member))


def test_the_unmutated_inputs_are_accepted() -> None:
    assert verify_token(TOKEN, lambda _did: KEY.public.public_key).valid


def test_the_unmutated_bundle_reads() -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "b.zip").write_bytes(BUNDLE)
        assert _read_all(Path(folder) / "b.zip") == 2


@PROPERTY
@given(MUTATIONS)
def test_a_mutated_bundle_reads_or_is_rejected(mutations: list[tuple[float, str, int]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "b.zip"
        path.write_bytes(mutate(BUNDLE, mutations))
        with contextlib.suppress(ExchangeError):
            _read_all(path)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=5), inner, max_size=5),
    max_leaves=30,
)


@PROPERTY
@given(st.sampled_from(MEMBERS), st.data())
def test_any_row_values_decode_or_are_rejected(member: Any, data: st.DataObject) -> None:
    size = data.draw(st.sampled_from([len(member.names), len(member.names) - 1, 0]))
    values = data.draw(st.one_of(JSON_VALUES, st.lists(JSON_VALUES, min_size=size, max_size=size)))
    with contextlib.suppress(ExchangeError):
        decode_row(member, values)


def _receipt_bytes() -> bytes:
    receipt = Receipt(
        "r" * 8,
        "b" * 8,
        "0" * 64,
        "i" * 8,
        "f" * 8,
        "j" * 8,
        KEY.public,
        WHEN,
        "Trainer",
        True,
        {"learners": {"added": 1}},
        0,
    )
    with tempfile.TemporaryDirectory() as folder:
        write_receipt(Path(folder) / "r.json", receipt, KEY)
        return (Path(folder) / "r.json").read_bytes()


RECEIPT = _receipt_bytes()


@PROPERTY
@given(
    st.one_of(MUTATIONS.map(lambda m: mutate(RECEIPT, m)), JSON_VALUES.map(lambda v: json.dumps(v).encode()))
)
def test_a_mutated_receipt_reads_or_is_rejected(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "r.json"
        path.write_bytes(raw)
        with contextlib.suppress(ExchangeError):
            read_receipt(path)


def test_the_unmutated_receipt_reads() -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "r.json").write_bytes(RECEIPT)
        assert read_receipt(Path(folder) / "r.json").bundle_id == "b" * 8


def test_deep_json_receipts_are_rejected() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "r.json"
        path.write_bytes(b"[" * 100_000 + b"]" * 100_000)
        try:
            read_receipt(path)
        except ExchangeError:
            return
        raise AssertionError("a 100,000-deep receipt was read")


# ---- credentials and tokens ---------------------------------------------------------------------------

CREDENTIAL = (FIXTURES / "credentials" / "sample-certificate.json").read_bytes()


@PROPERTY
@given(st.one_of(MUTATIONS.map(lambda m: mutate(CREDENTIAL, m)), st.binary(max_size=300)))
def test_a_mutated_credential_verifies_or_says_why_not(raw: bytes) -> None:
    outcome = verify_credential_json(raw, [])
    assert outcome.valid or outcome.reason
    with contextlib.suppress(CredentialError):
        read_certificate_input(raw)


TOKEN = make_token(
    TokenClaims("urn:uuid:1", "Test Learner", "Worker track", date(2026, 1, 5), "85", KEY.did), KEY
)


@PROPERTY
@given(st.data())
def test_a_mutated_token_verifies_or_says_why_not(data: st.DataObject) -> None:
    mutated = MUTATIONS.map(lambda m: mutate(TOKEN.encode(), m).decode("latin-1"))
    text = data.draw(st.one_of(mutated, st.text(max_size=200)))
    outcome = verify_token(text, lambda _did: None)
    assert outcome.valid or outcome.reason
