"""Translated error messages: every catalog template wrapped for translators, and `error_text`, the one function
that turns any exception into the sentence the window shows.

The table repeats the English templates of `trainer_app.core.common.error_catalog` so pylupdate extracts them
(context "errors"); tests/ui/test_errors_text.py keeps both lists equal, so a new code needs a line here too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from trainer_app.core.common.error_catalog import CATALOG
from trainer_app.core.common.errors import DatabaseDamagedError, TrainerError, render


def error_text(error: BaseException) -> str:
    """The translated message of a coded error; any other exception is a bug and says so, translated."""
    if not isinstance(error, TrainerError):
        return QCoreApplication.translate(
            "errors", "Something went wrong that the program did not expect. Nothing more was done."
        )
    text = _format(error)
    if isinstance(error, DatabaseDamagedError) and error.newest_backup:
        text += " " + render(_template("storage.restore_hint"), {"backup": error.newest_backup})
    return text


def _format(error: TrainerError) -> str:
    # A parameter that is itself a coded error (the reason inside a refusal) is translated too, and so is a
    # content-pack problem or reason (ui/problem_text.py).
    from trainer_app.ui.problem_text import translated

    params: dict[str, Any] = {
        key: _format(value) if isinstance(value, TrainerError) else translated(value)
        for key, value in error.params.items()
    }
    if "field" in params:
        params["field"] = fields().get(str(params["field"]), params["field"])
    try:
        return _template(error.code).format(**params)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):  # a broken translation
        return render(error.template, params)


def _template(code: str) -> str:
    return templates().get(code) or CATALOG.get(code, code)


def templates() -> dict[str, str]:
    """Code -> translated template (the English one when no translation is loaded)."""
    return {
        "access.too_many_wrong_attempts": QCoreApplication.translate(
            "errors", "Too many wrong attempts: try again in {wait:.0f} seconds."
        ),
        "app.writing_needs_qt_pyside6": QCoreApplication.translate(
            "errors", "Writing {field} needs Qt (PySide6), which cannot be loaded: {error}"
        ),
        "branding.logo_may_most_kib": QCoreApplication.translate(
            "errors", "{name}: a logo may be at most {max_logo_bytes} KiB."
        ),
        "branding.logo_must_png_jpeg": QCoreApplication.translate(
            "errors", "{name}: a logo must be a PNG or JPEG image."
        ),
        "branding.longer_than_characters": QCoreApplication.translate(
            "errors", "The {field} is longer than {max_text} characters."
        ),
        "branding.read": QCoreApplication.translate("errors", "{source}: cannot be read ({strerror})."),
        "bundle.date_time": QCoreApplication.translate("errors", "{name}: '{name2}' is not a date and time."),
        "bundle.disk_full": QCoreApplication.translate(
            "errors", "The disk is full: {name} was not written and nothing was changed. Free some space."
        ),
        "bundle.empty_but_required": QCoreApplication.translate(
            "errors", "{name}: '{name2}' is empty but required."
        ),
        "bundle.holds_text_direction_control": QCoreApplication.translate(
            "errors",
            "{where}: '{name}' holds a text direction control character (U+{ord:04X}), which would make the name read as something else; names may not contain one.",
        ),
        "bundle.must_between": QCoreApplication.translate(
            "errors", "{where}: '{name}' is {short}; it must be between {low:,g} and {high:,g}."
        ),
        "bundle.must_between_2": QCoreApplication.translate(
            "errors",
            "{where}: '{name}' is {isoformat}; it must be between {earliest:%Y-%m-%d} and {latest:%Y-%m-%d}.",
        ),
        "bundle.not_written": QCoreApplication.translate(
            "errors", "{path} could not be written: {detail}. Nothing was changed."
        ),
        "bundle.points_earned_more_than": QCoreApplication.translate(
            "errors", "{where}: 'points_earned' ({earned:g}) is more than 'points_possible' ({possible:g})."
        ),
        "bundle.receipt_could_written": QCoreApplication.translate(
            "errors", "The receipt {name} could not be written: {strerror}."
        ),
        "bundle.rejected_bundle_holds_files": QCoreApplication.translate(
            "errors", "Rejected: the bundle holds files its manifest does not list (or lacks some)."
        ),
        "bundle.rejected_bundle_unknown_member": QCoreApplication.translate(
            "errors", "Rejected: the bundle has an unknown member {name!r}."
        ),
        "bundle.rejected_changed_after_signed": QCoreApplication.translate(
            "errors", "Rejected: {name} was changed after it was signed (tampered)."
        ),
        "bundle.rejected_cpims_trainer_import": QCoreApplication.translate(
            "errors", "Rejected: {name} is not a CPIMS+ Trainer import receipt."
        ),
        "bundle.rejected_cpims_trainer_records": QCoreApplication.translate(
            "errors", "Rejected: {file_name} is not a CPIMS+ Trainer records bundle."
        ),
        "bundle.rejected_damaged_truncated": QCoreApplication.translate(
            "errors", "Rejected: {file_name} is damaged or truncated."
        ),
        "bundle.rejected_does_columns_format": QCoreApplication.translate(
            "errors", "Rejected: {name} does not have the columns of format version 1."
        ),
        "bundle.rejected_does_size_manifest": QCoreApplication.translate(
            "errors", "Rejected: {name} does not have the size the manifest says (tampered)."
        ),
        "bundle.rejected_format_version_version": QCoreApplication.translate(
            "errors",
            "Rejected: {file_name} has format version {get!r}; this version of the app reads version {format_version}. Update the app that made or reads it.",
        ),
        "bundle.rejected_line": QCoreApplication.translate(
            "errors", "Rejected: {name} line {line}. {reason}"
        ),
        "bundle.rejected_line_nested_too_deeply": QCoreApplication.translate(
            "errors", "Rejected: {name} line {line} is nested too deeply (damaged or foreign)."
        ),
        "bundle.rejected_line_not_json": QCoreApplication.translate(
            "errors", "Rejected: {name} line {line} is not valid JSON (damaged or foreign)."
        ),
        "bundle.rejected_line_too_long": QCoreApplication.translate(
            "errors",
            "Rejected: {name} line {number} is too long (over {max_line_bytes} MiB); no record this app writes is that long (damaged or foreign).",
        ),
        "bundle.rejected_manifest_canonical_form": QCoreApplication.translate(
            "errors", "Rejected: the manifest is not in canonical form (tampered)."
        ),
        "bundle.rejected_manifest_entry_malformed": QCoreApplication.translate(
            "errors", "Rejected: the manifest entry for {name} is malformed."
        ),
        "bundle.rejected_manifest_incomplete_malformed": QCoreApplication.translate(
            "errors", "Rejected: the manifest is incomplete or malformed."
        ),
        "bundle.rejected_manifest_s_key": QCoreApplication.translate(
            "errors", "Rejected: the manifest's key, did and fingerprint disagree."
        ),
        "bundle.rejected_manifest_too_large": QCoreApplication.translate(
            "errors", "Rejected: the manifest is too large."
        ),
        "bundle.rejected_nested_too_deeply": QCoreApplication.translate(
            "errors", "Rejected: {where} is nested too deeply (damaged or foreign)."
        ),
        "bundle.rejected_read_truncated_damaged": QCoreApplication.translate(
            "errors", "Rejected: {name} cannot be read (truncated or damaged)."
        ),
        "bundle.rejected_readable_receipt_damaged": QCoreApplication.translate(
            "errors", "Rejected: {name} is not a readable receipt (damaged or foreign)."
        ),
        "bundle.rejected_receipt_format_version": QCoreApplication.translate(
            "errors", "Rejected: {name} has receipt format version {get!r}."
        ),
        "bundle.rejected_receipt_incomplete_malformed": QCoreApplication.translate(
            "errors", "Rejected: the receipt is incomplete or malformed."
        ),
        "bundle.rejected_receipt_s_key": QCoreApplication.translate(
            "errors", "Rejected: the receipt's key, did and fingerprint disagree."
        ),
        "bundle.rejected_record": QCoreApplication.translate(
            "errors", "Rejected: {name} line {line}, the {table} record {key}. {reason}"
        ),
        "bundle.rejected_records_bundle_readable": QCoreApplication.translate(
            "errors", "Rejected: {name} is not a records bundle (not a readable zip)."
        ),
        "bundle.rejected_records_bundle_signed": QCoreApplication.translate(
            "errors", "Rejected: {file_name} is not a records bundle (no signed manifest)."
        ),
        "bundle.rejected_signature_does_match": QCoreApplication.translate(
            "errors", "Rejected: the signature does not match the manifest (tampered or damaged)."
        ),
        "bundle.rejected_signature_does_match_2": QCoreApplication.translate(
            "errors", "Rejected: the signature of {name} does not match (tampered or damaged)."
        ),
        "bundle.rejected_too_large": QCoreApplication.translate("errors", "Rejected: {name} is too large."),
        "bundle.rejected_too_large_receipt": QCoreApplication.translate(
            "errors", "Rejected: {name} is too large to be a receipt."
        ),
        "bundle.rejected_valid_json_damaged": QCoreApplication.translate(
            "errors", "Rejected: {where} is not valid JSON (damaged or foreign)."
        ),
        "bundle.row_does_expected_values": QCoreApplication.translate(
            "errors", "{name}: a row does not have the {count} expected values."
        ),
        "bundle.time_zone": QCoreApplication.translate("errors", "{name}: '{name2}' has no time zone."),
        "bundle.value_wrong_type": QCoreApplication.translate(
            "errors", "{name}: '{name2}' has a value of the wrong type."
        ),
        "certificate.certificate_already_revoked": QCoreApplication.translate(
            "errors", "Certificate {id} was already revoked on {revoked_at:%Y-%m-%d}."
        ),
        "certificate.certificate_track_issued_same": QCoreApplication.translate(
            "errors", "A certificate for this track was issued at the same moment."
        ),
        "certificate.certificates_match_nothing_written": QCoreApplication.translate(
            "errors", "No certificates match: nothing was written."
        ),
        "certificate.could_written": QCoreApplication.translate(
            "errors", "{out} could not be written: {strerror}."
        ),
        "certificate.could_written_2": QCoreApplication.translate(
            "errors", "{out_dir} could not be written: {strerror}."
        ),
        "certificate.disk_full_filled_free": QCoreApplication.translate(
            "errors", "The disk is full: {name} was not filled. Free some space."
        ),
        "certificate.give_reason_revoking_certificate": QCoreApplication.translate(
            "errors", "Give the reason for revoking the certificate."
        ),
        "certificate.intact_certificate_issuer_trusted": QCoreApplication.translate(
            "errors", "{path}: not an intact certificate ({reason}); its issuer was not trusted."
        ),
        "certificate.malformed_certificate_expected_pdf": QCoreApplication.translate(
            "errors", "malformed: not a certificate (expected a PDF, a JSON credential or a TC1 token)"
        ),
        "certificate.malformed_larger_than_mb": QCoreApplication.translate(
            "errors", "malformed: larger than {max_file_bytes} MB"
        ),
        "certificate.malformed_pdf_certificate_attached": QCoreApplication.translate(
            "errors", "malformed: the PDF has no certificate attached (certificate.json)"
        ),
        "certificate.malformed_token_ascii_text": QCoreApplication.translate(
            "errors", "malformed: the token is not ASCII text"
        ),
        "certificate.malformed_token_too_long": QCoreApplication.translate(
            "errors", "malformed: the token is too long"
        ),
        "certificate.matches_certificates_give_more": QCoreApplication.translate(
            "errors", "'{certificate_id}' matches {count} certificates; give more of the id."
        ),
        "certificate.not_found": QCoreApplication.translate(
            "errors", "No certificate with id '{certificate_id}'."
        ),
        "certificate.pack_certificate": QCoreApplication.translate(
            "errors", "Pack {pack_id} has no certificate '{certificate_id}'."
        ),
        "certificate.read_file": QCoreApplication.translate("errors", "cannot read the file: {strerror}"),
        "certificate.write": QCoreApplication.translate("errors", "Cannot write {path}: {strerror}."),
        "checklist.checklist_could_written": QCoreApplication.translate(
            "errors", "The checklist could not be written to {path}: {strerror}."
        ),
        "checklist.checklist_could_written_2": QCoreApplication.translate(
            "errors", "The checklist could not be written to {path}."
        ),
        "classroom.give": QCoreApplication.translate("errors", "Give the {field}."),
        "classroom.longer_than_characters": QCoreApplication.translate(
            "errors", "The {field} is longer than {limit} characters."
        ),
        "classroom.matches_sessions_give_more": QCoreApplication.translate(
            "errors", "'{session_id}' matches {count} sessions; give more of the id."
        ),
        "classroom.module_pack": QCoreApplication.translate("errors", "No module {items} in pack '{id}'."),
        "classroom.pick_least_one_module": QCoreApplication.translate(
            "errors", "Pick at least one module the session covered."
        ),
        "classroom.practical_check_pack_known": QCoreApplication.translate(
            "errors", "No practical check '{check_id}' in pack '{id}' (known: {known})."
        ),
        "classroom.rejected_record_does_match": QCoreApplication.translate(
            "errors",
            "Rejected: a record in {name} ({get}) does not match its signature (tampered or damaged).",
        ),
        "classroom.session_recorded_another_laptop": QCoreApplication.translate(
            "errors", "This session was recorded on another laptop; attendance is added there."
        ),
        "classroom.training_session_id": QCoreApplication.translate(
            "errors", "No training session with id '{session_id}'."
        ),
        "cli.certificate_branding_available_here": QCoreApplication.translate(
            "errors", "Certificate branding is not available here."
        ),
        "cli.certificate_files_pdf_json": QCoreApplication.translate(
            "errors", "No certificate files (.pdf, .json) were found there."
        ),
        "cli.cpims_trainer_open_data": QCoreApplication.translate(
            "errors",
            "CPIMS+ Trainer is open on this data folder ({root}): close the window first, then run this command again. Nothing was changed.",
        ),
        "cli.current_trainer_passphrase": QCoreApplication.translate(
            "errors", "That is not the current trainer passphrase: {error}"
        ),
        "cli.give_both_value_example": QCoreApplication.translate(
            "errors", "Give both --value and --of (for example --value 83 --of 95)."
        ),
        "cli.give_new_trainer_passphrase": QCoreApplication.translate(
            "errors", "Give the new trainer passphrase with --file FILE, or run this in a terminal."
        ),
        "cli.matches_imports_give_more": QCoreApplication.translate(
            "errors", "'{import_id}' matches {count} imports; give more of the id."
        ),
        "cli.matches_open_conflicts_give": QCoreApplication.translate(
            "errors", "'{conflict}' matches {count} open conflicts; give more of the id."
        ),
        "cli.needs_passphrase": QCoreApplication.translate(
            "errors",
            "This command changes shared data and needs the trainer passphrase: give it with --passphrase-file FILE or {env}, or run it in a terminal to be asked.",
        ),
        "cli.pack_track_role": QCoreApplication.translate(
            "errors", "Pack '{id}' has no track for role '{main_role}'."
        ),
        "cli.read_trainer_passphrase_file": QCoreApplication.translate(
            "errors", "Cannot read the trainer passphrase file {path}: {error}"
        ),
        "cli.too_large_hold_trainer": QCoreApplication.translate(
            "errors", "{path} is too large to hold a trainer passphrase."
        ),
        "cli.trainer_passphrase_already_set": QCoreApplication.translate(
            "errors",
            "A trainer passphrase is already set: changing it needs the current trainer passphrase (--passphrase-file FILE or CPIMS_TRAINER_PASSPHRASE_FILE, or run it in a terminal).",
        ),
        "cli.trainer_passphrase_nothing_changed": QCoreApplication.translate(
            "errors", "That is not the trainer passphrase: nothing was changed."
        ),
        "cli.two_passphrases_differ_nothing": QCoreApplication.translate(
            "errors", "The two passphrases differ: nothing was changed."
        ),
        "credential.json_ld_context_manifest": QCoreApplication.translate(
            "errors", "The JSON-LD context manifest in {folder} is missing or damaged."
        ),
        "credential.malformed_appears_twice": QCoreApplication.translate(
            "errors", "malformed: {type_key} {kind!r} appears twice"
        ),
        "credential.malformed_base58_character": QCoreApplication.translate(
            "errors", "malformed: {char!r} is not a base58 character"
        ),
        "credential.malformed_base58_value_too": QCoreApplication.translate(
            "errors", "malformed: base58 value too long"
        ),
        "credential.malformed_base64url": QCoreApplication.translate("errors", "malformed: not base64url"),
        "credential.malformed_context_must_exactly": QCoreApplication.translate(
            "errors", "malformed: @context must be exactly the VC 2.0 and Open Badges 3.0.3 contexts"
        ),
        "credential.malformed_credential_exactly_one": QCoreApplication.translate(
            "errors", "malformed: a credential is exactly one JSON-LD node"
        ),
        "credential.malformed_document_already_proof": QCoreApplication.translate(
            "errors", "malformed: the document already has a proof"
        ),
        "credential.malformed_document_context": QCoreApplication.translate(
            "errors", "malformed: the document has no @context"
        ),
        "credential.malformed_embedded_context_allowed": QCoreApplication.translate(
            "errors", "malformed: embedded @context is not allowed"
        ),
        "credential.malformed_empty": QCoreApplication.translate("errors", "malformed: {label} is empty"),
        "credential.malformed_entries_missing": QCoreApplication.translate(
            "errors", "malformed: {type_key} entries are missing"
        ),
        "credential.malformed_evidence_list": QCoreApplication.translate(
            "errors", "malformed: evidence is not a list"
        ),
        "credential.malformed_expected_exactly_one": QCoreApplication.translate(
            "errors", "malformed: expected exactly one result"
        ),
        "credential.malformed_issued_must_timezone": QCoreApplication.translate(
            "errors", "malformed: issued_at must be timezone-aware"
        ),
        "credential.malformed_issuer_must_did": QCoreApplication.translate(
            "errors", "malformed: issuer must be a did:key"
        ),
        "credential.malformed_json_ld": QCoreApplication.translate("errors", "malformed: JSON-LD {code_}"),
        "credential.malformed_json_ld_context": QCoreApplication.translate(
            "errors", "malformed: JSON-LD context {url!r} is not pinned in this program"
        ),
        "credential.malformed_missing_object": QCoreApplication.translate(
            "errors", "malformed: {label} is missing or not an object"
        ),
        "credential.malformed_missing_text": QCoreApplication.translate(
            "errors", "malformed: {label} is missing or not text"
        ),
        "credential.malformed_missing_text_2": QCoreApplication.translate(
            "errors", "malformed: {type_key} is missing or not text"
        ),
        "credential.malformed_multibase_value_must": QCoreApplication.translate(
            "errors", "malformed: multibase value must be base58btc (start with 'z')"
        ),
        "credential.malformed_non_canonical_base64url": QCoreApplication.translate(
            "errors", "malformed: non-canonical base64url"
        ),
        "credential.malformed_not_object": QCoreApplication.translate(
            "errors", "malformed: a credential is a JSON object"
        ),
        "credential.malformed_practical_check_title": QCoreApplication.translate(
            "errors", "malformed: practical check title is empty"
        ),
        "credential.malformed_proof": QCoreApplication.translate("errors", "malformed: no proof"),
        "credential.malformed_proof_context_does": QCoreApplication.translate(
            "errors", "malformed: proof @context does not match the document @context"
        ),
        "credential.malformed_proof_created_datetime": QCoreApplication.translate(
            "errors", "malformed: proof 'created' is not a dateTime"
        ),
        "credential.malformed_proof_object": QCoreApplication.translate(
            "errors", "malformed: proof is not an object"
        ),
        "credential.malformed_proof_proofvalue": QCoreApplication.translate(
            "errors", "malformed: proof has no proofValue"
        ),
        "credential.malformed_proof_purpose_must": QCoreApplication.translate(
            "errors", "malformed: proof purpose must be {proof_purpose}"
        ),
        "credential.malformed_proof_sets_supported": QCoreApplication.translate(
            "errors", "malformed: proof sets are not supported (exactly one proof expected)"
        ),
        "credential.malformed_proof_type_must": QCoreApplication.translate(
            "errors", "malformed: proof type must be {proof_type}, not {get!r}"
        ),
        "credential.malformed_proof_verificationmethod": QCoreApplication.translate(
            "errors", "malformed: proof has no verificationMethod"
        ),
        "credential.malformed_proofvalue": QCoreApplication.translate(
            "errors", "malformed: proofValue ({error})"
        ),
        "credential.malformed_proofvalue_byte_ed25519": QCoreApplication.translate(
            "errors", "malformed: proofValue is not a 64-byte Ed25519 signature"
        ),
        "credential.malformed_score_above": QCoreApplication.translate(
            "errors", "malformed: score above 100"
        ),
        "credential.malformed_score_must_between": QCoreApplication.translate(
            "errors", "malformed: score must be between 0 and 1"
        ),
        "credential.malformed_score_percentage": QCoreApplication.translate(
            "errors", "malformed: score is not a percentage"
        ),
        "credential.malformed_type_must_include": QCoreApplication.translate(
            "errors", "malformed: type must include VerifiableCredential and OpenBadgeCredential"
        ),
        "credential.malformed_urn_uuid": QCoreApplication.translate(
            "errors", "malformed: {label} is not a urn:uuid"
        ),
        "credential.malformed_uuid": QCoreApplication.translate("errors", "malformed: {label} is not a UUID"),
        "credential.malformed_valid_json_ld": QCoreApplication.translate(
            "errors", "malformed: not valid JSON-LD"
        ),
        "credential.malformed_validfrom_date_time": QCoreApplication.translate(
            "errors", "malformed: validFrom is not a date and time"
        ),
        "credential.malformed_validfrom_missing": QCoreApplication.translate(
            "errors", "malformed: validFrom is missing"
        ),
        "credential.malformed_validfrom_time_zone": QCoreApplication.translate(
            "errors", "malformed: validFrom has no time zone"
        ),
        "credential.malformed_verification_method_did": QCoreApplication.translate(
            "errors", "malformed: verification method is not a did:key"
        ),
        "credential.malformed_verification_method_key": QCoreApplication.translate(
            "errors", "malformed: verification method key differs from the issuer key"
        ),
        "credential.not_intact": QCoreApplication.translate("errors", "{reason}"),
        "credential.pinned_json_ld_context": QCoreApplication.translate(
            "errors", "The pinned JSON-LD context {name} does not match its SHA-256 in the manifest."
        ),
        "credential.pinned_json_ld_context_2": QCoreApplication.translate(
            "errors", "The pinned JSON-LD context {name} is missing."
        ),
        "credential.undefined_property": QCoreApplication.translate("errors", "undefined property: {items}"),
        "credential.unknown_key": QCoreApplication.translate("errors", "unknown key"),
        "credential.unsupported_cryptosuite": QCoreApplication.translate(
            "errors", "unsupported cryptosuite: {get!r}"
        ),
        "demo.data_folder_already_learner": QCoreApplication.translate(
            "errors",
            "This data folder already has {existing} learner(s): put demo data in an empty data folder (--data-dir), never beside real records.",
        ),
        "demo.demo_data_needs_learners": QCoreApplication.translate(
            "errors", "Demo data needs 5 to {max_learners} learners (got {learners})."
        ),
        "exchange.cancelled": QCoreApplication.translate("errors", "Cancelled: nothing was written."),
        "exchange.cancelled_rest_not_read": QCoreApplication.translate(
            "errors", "Cancelled: this file and the ones after it were not read."
        ),
        "export.disk_full": QCoreApplication.translate(
            "errors", "The disk is full: {name} was not written. Free some space."
        ),
        "export.not_written": QCoreApplication.translate(
            "errors", "{path} could not be written: {strerror}."
        ),
        "gates.agency_too_long": QCoreApplication.translate(
            "errors", "The agency name is longer than {limit} characters."
        ),
        "gates.already_signed": QCoreApplication.translate(
            "errors", "“{title}” was already signed off by {name} on {date}."
        ),
        "gates.archived": QCoreApplication.translate("errors", "{name} is archived and cannot {field}."),
        "gates.closed_evidence_longer_change": QCoreApplication.translate(
            "errors", "“{title}” is closed; its evidence can no longer change."
        ),
        "gates.folder_does_exist": QCoreApplication.translate(
            "errors", "The folder {parent} does not exist."
        ),
        "gates.installed_pack_describes_rollout": QCoreApplication.translate(
            "errors", "No installed pack describes the rollout gates ({gates_file})."
        ),
        "gates.locked": QCoreApplication.translate(
            "errors", "“{title}” is locked: the step before it is not closed yet."
        ),
        "gates.marked_not_applicable": QCoreApplication.translate(
            "errors", "“{title}” is marked not applicable."
        ),
        "gates.measured_give_number_total": QCoreApplication.translate(
            "errors",
            "“{title}” is measured: give {measure_label} as a number of a total (for example 83 of 95).",
        ),
        "gates.measured_give_total": QCoreApplication.translate(
            "errors", "“{title}” is measured: give the value as a number of a total (for example 83 of 95)."
        ),
        "gates.measured_give_value_total": QCoreApplication.translate(
            "errors", "“{title}” is not measured: give no value or total."
        ),
        "gates.no_planned_number": QCoreApplication.translate(
            "errors", "No planned number for role '{role}' at '{agency}'."
        ),
        "gates.no_planned_number_all": QCoreApplication.translate(
            "errors", "No planned number for role '{role}' at all agencies."
        ),
        "gates.not_allowed_not_applicable": QCoreApplication.translate(
            "errors", "“{title}” cannot be marked not applicable: every rollout needs this step."
        ),
        "gates.not_coordinator": QCoreApplication.translate(
            "errors", "Only a learner with the coordinator role can {field}; {name} is not a coordinator."
        ),
        "gates.not_ready": QCoreApplication.translate("errors", "“{title}” cannot be signed off yet."),
        "gates.note_required_say_where": QCoreApplication.translate(
            "errors", "A note is required: say where the proof is kept."
        ),
        "gates.planned_not_whole": QCoreApplication.translate(
            "errors", "The planned number must be a whole number, 0 or more."
        ),
        "gates.problem_s": QCoreApplication.translate("errors", "{gates_file} has {count} problem(s)"),
        "gates.readiness_report_pdf_give": QCoreApplication.translate(
            "errors", "The readiness report is a PDF: give a file name ending in .pdf, not {name}."
        ),
        "gates.reason_required_mark_step": QCoreApplication.translate(
            "errors", "A reason is required to mark a step not applicable."
        ),
        "gates.refused": QCoreApplication.translate("errors", "{lines}"),
        "gates.step_evidence_item_items": QCoreApplication.translate(
            "errors", "Step '{gate_id}' has no evidence item '{requirement_id}'. Items: {items}."
        ),
        "gates.unknown_role": QCoreApplication.translate("errors", "Unknown role '{role}'. Roles: {known}."),
        "gates.unknown_step": QCoreApplication.translate(
            "errors", "No rollout step '{gate_id}'. Steps: {known}."
        ),
        "gates.value_must_whole_number": QCoreApplication.translate(
            "errors", "The value must be a whole number from 0 to the total, and the total at least 1."
        ),
        "gates.writing_pdf_files_available": QCoreApplication.translate(
            "errors", "Writing PDF files is not available in this installation."
        ),
        "guide.chapter_file_missing_pack": QCoreApplication.translate(
            "errors", "The chapter file {file} is missing from the pack."
        ),
        "guide.chapter_file_utf_text": QCoreApplication.translate(
            "errors", "The chapter file {file} is not UTF-8 text."
        ),
        "guide.guide_chapter": QCoreApplication.translate("errors", "'{title}' is not a guide chapter."),
        "guide.page_nested_too_deeply": QCoreApplication.translate(
            "errors", "This page is nested too deeply to show. Flatten the structure of the chapter."
        ),
        "guide.too_many_tables": QCoreApplication.translate(
            "errors",
            "This page nests tables more than {depth} deep (notes and tips count as tables), which would take the reader minutes to lay out. Flatten the structure of the chapter.",
        ),
        "input.text_too_long": QCoreApplication.translate(
            "errors", "The {field} is longer than {max_text_chars} characters; nothing was saved."
        ),
        "items.quiz_id_pack": QCoreApplication.translate(
            "errors", "No quiz with id '{activity_id}' in pack '{id}'."
        ),
        "json.malformed": QCoreApplication.translate("errors", "malformed: {error}"),
        "json.malformed_larger_than_bytes": QCoreApplication.translate(
            "errors", "malformed: larger than {max_bytes} bytes"
        ),
        "json.malformed_nested_deeper_than": QCoreApplication.translate(
            "errors", "malformed: nested deeper than {max_depth} levels"
        ),
        "json.malformed_utf_text": QCoreApplication.translate("errors", "malformed: not UTF-8 text"),
        "json.malformed_valid_json_line": QCoreApplication.translate(
            "errors", "malformed: not valid JSON ({msg} at line {lineno})"
        ),
        "key.device_key_file_damaged": QCoreApplication.translate(
            "errors", "The device key file {path} is damaged or unreadable."
        ),
        "key.device_key_file_does": QCoreApplication.translate(
            "errors", "The device key file {path} does not hold an Ed25519 key."
        ),
        "key.malformed_did_key": QCoreApplication.translate(
            "errors", "malformed: {did_or_method!r} is not a did:key"
        ),
        "key.malformed_did_key_ed25519": QCoreApplication.translate(
            "errors", "malformed: did:key is not an Ed25519 key"
        ),
        "key.malformed_did_key_fragment": QCoreApplication.translate(
            "errors", "malformed: did:key fragment does not match the key"
        ),
        "key.malformed_ed25519_public_key": QCoreApplication.translate(
            "errors", "malformed: an Ed25519 public key has 32 bytes"
        ),
        "key.malformed_multicodec_ed25519_private": QCoreApplication.translate(
            "errors", "malformed: not a multicodec Ed25519 private key"
        ),
        "learner.ambiguous": QCoreApplication.translate(
            "errors", "'{id_or_prefix}' matches {count} learners; give more of the id."
        ),
        "learner.name_required": QCoreApplication.translate("errors", "A name is required."),
        "learner.name_too_long": QCoreApplication.translate(
            "errors", "The name is longer than {limit} characters."
        ),
        "learner.no_match": QCoreApplication.translate("errors", "No learner matches '{id_or_prefix}'."),
        "learner.not_found": QCoreApplication.translate("errors", "No learner with id {learner_id}."),
        "learner.pin_format": QCoreApplication.translate("errors", "A PIN must be 4 to 8 digits."),
        "learner.pin_wrong": QCoreApplication.translate("errors", "That PIN is not right."),
        "learner.unknown_role": QCoreApplication.translate(
            "errors", "Unknown role '{role}'. Known roles: {known}."
        ),
        "lrs.export_could_written_nothing": QCoreApplication.translate(
            "errors", "The export could not be written to {out} ({strerror}); nothing was written."
        ),
        "lrs.lrs_configured_set_one": QCoreApplication.translate(
            "errors", "No LRS is configured: set one in Settings or pass --endpoint."
        ),
        "lrs.must_http_https_address": QCoreApplication.translate(
            "errors", "The {field} must be an http:// or https:// address, not '{value}'."
        ),
        "lrs.password_file_does_exist": QCoreApplication.translate(
            "errors", "The password file {path} does not exist."
        ),
        "lrs.password_file_read": QCoreApplication.translate(
            "errors", "The password file {path} cannot be read: {strerror}."
        ),
        "pack.bundled_pack_removed": QCoreApplication.translate(
            "errors", "The bundled pack cannot be removed."
        ),
        "pack.content_pack_installed": QCoreApplication.translate("errors", "No content pack is installed."),
        "pack.content_pack_neither_folder": QCoreApplication.translate(
            "errors", "No content pack at {path}: it is neither a folder nor a file."
        ),
        "pack.content_pack_problem": QCoreApplication.translate(
            "errors", "The content pack at {root} cannot be used; problems found: {count}."
        ),
        "pack.could_install_pack_into": QCoreApplication.translate(
            "errors", "Could not install the pack into {packs_dir}: {strerror}"
        ),
        "pack.could_remove_pack": QCoreApplication.translate(
            "errors", "Could not remove the pack {pack_id!r}: {strerror}"
        ),
        "pack.installed_problem": QCoreApplication.translate(
            "errors", "{name} was not installed; problems found: {count}."
        ),
        "pack.not_installed": QCoreApplication.translate("errors", "No installed pack with id {pack_id!r}."),
        "pack.not_installed_2": QCoreApplication.translate(
            "errors", "No installed pack with id '{pack_id}'."
        ),
        "pack.pack_id": QCoreApplication.translate("errors", "{pack_id!r} is not a pack id."),
        "pack.pack_id_bundled_pack": QCoreApplication.translate(
            "errors", "Pack '{id}' has the id of the bundled pack; give it another id."
        ),
        "pack.page_nested_too_deeply": QCoreApplication.translate(
            "errors",
            "This page is nested too deeply to show (more than {max_depth} levels of lists, quotes or HTML elements). Flatten the structure of the chapter.",
        ),
        "pack.page_too_large_show": QCoreApplication.translate(
            "errors",
            "This page is too large to show ({size:.1f} MB of text; the limit is {max_bytes:.0f} MB). Split the chapter into smaller ones.",
        ),
        "pack.problem.absurd_option": QCoreApplication.translate(
            "errors",
            "question {value}: option {option!r} reads as a careless or dishonest act nobody would pick: write a distractor that someone who skipped the lesson could choose",
        ),
        "pack.problem.already_by_reference": QCoreApplication.translate(
            "errors", "question id {value!r} is already in this bank by reference (line {line})"
        ),
        "pack.problem.already_in_bank": QCoreApplication.translate(
            "errors", "{what}: question {value!r} is already in this bank (line {line})"
        ),
        "pack.problem.bad_id": QCoreApplication.translate(
            "errors",
            "{what} id {value!r} is not valid: use lower-case letters, digits, '.', '_' and '-', starting with a letter or digit",
        ),
        "pack.problem.bad_language": QCoreApplication.translate(
            "errors", "{what}: {value!r} is not a language code such as 'fr' or 'pt-BR'"
        ),
        "pack.problem.bad_pairs": QCoreApplication.translate(
            "errors", "{what}: 'pairs' must be a list of [left, right] string pairs"
        ),
        "pack.problem.bank_unreadable": QCoreApplication.translate(
            "errors", "the bank {path} cannot be read"
        ),
        "pack.problem.cannot_read": QCoreApplication.translate("errors", "cannot read the file: {detail}"),
        "pack.problem.certificate_later_step": QCoreApplication.translate(
            "errors",
            "certificate {certificate!r} serves step {step}, so the gate of step {gate_step} cannot count it",
        ),
        "pack.problem.certificate_later_work": QCoreApplication.translate(
            "errors",
            "certificate {certificate!r} needs activity {activity!r} (module {module!r}), which the gate of step {later_step} ({later_gate}) counts as requirement {requirement!r}: the gate of step {step} cannot need later work; move that activity out of the certificate's modules or count another certificate",
        ),
        "pack.problem.certificate_no_modules": QCoreApplication.translate(
            "errors", "{what}: 'modules' must name at least one module of the track"
        ),
        "pack.problem.certificates_both": QCoreApplication.translate(
            "errors", "{what}: give either [[track.certificates]] or [track.certificate], not both"
        ),
        "pack.problem.certificates_empty": QCoreApplication.translate(
            "errors", "{what}: [[track.certificates]] lists no certificate"
        ),
        "pack.problem.certificates_missing": QCoreApplication.translate(
            "errors", "{what}: missing [[track.certificates]] (or the older [track.certificate])"
        ),
        "pack.problem.chapter_no_summary": QCoreApplication.translate(
            "errors", "a chapter must end with a '## Summary' section"
        ),
        "pack.problem.chapter_no_title": QCoreApplication.translate(
            "errors", "a chapter must start with a level-1 heading (`# Title`)"
        ),
        "pack.problem.chapter_unreadable": QCoreApplication.translate(
            "errors", "cannot read the chapter: it must be a UTF-8 text file"
        ),
        "pack.problem.correct_not_option": QCoreApplication.translate(
            "errors", "{what}: correct answer {value!r} is not one of the options"
        ),
        "pack.problem.draw_too_many": QCoreApplication.translate(
            "errors", "{what}: draw = {draw} but the bank has only {count} items"
        ),
        "pack.problem.duplicate_id": QCoreApplication.translate(
            "errors", "duplicate {what} id {value!r} (first defined at {where})"
        ),
        "pack.problem.duplicate_id_here": QCoreApplication.translate(
            "errors", "duplicate {what} id {value!r}"
        ),
        "pack.problem.duplicate_question": QCoreApplication.translate(
            "errors",
            'question {value} asks the same as {first_id} ({first}): share that question by reference (ref = "{bank}#{first_id}") instead of asking it twice',
        ),
        "pack.problem.duplicate_requirement": QCoreApplication.translate(
            "errors", "duplicate requirement id {value!r} in gate {gate} (first at line {first})"
        ),
        "pack.problem.empty": QCoreApplication.translate("errors", "{what}: '{key}' must not be empty"),
        "pack.problem.exactly_one_of": QCoreApplication.translate(
            "errors", "{what}: give exactly one of '{key}' and '{other}'"
        ),
        "pack.problem.false_share": QCoreApplication.translate(
            "errors",
            "{share} of {count} true/false items are 'false' (target {low}–{high}): a learner who always answers the same scores without the lesson; rewrite some as statements of the other kind",
        ),
        "pack.problem.file_missing": QCoreApplication.translate("errors", "file not found"),
        "pack.problem.file_not_found": QCoreApplication.translate("errors", "file {path!r} not found"),
        "pack.problem.file_too_large": QCoreApplication.translate(
            "errors", "the file is over {max_mb} MB: split it up"
        ),
        "pack.problem.gate_not_earlier": QCoreApplication.translate(
            "errors",
            "{what}: gate {value!r} is step {step}; a gate can only require an earlier step than its own ({own})",
        ),
        "pack.problem.heading_repeats": QCoreApplication.translate(
            "errors", "heading {title!r} repeats an earlier one (anchor #{anchor})"
        ),
        "pack.problem.image_no_file": QCoreApplication.translate(
            "errors", "image {url!r} does not name a file"
        ),
        "pack.problem.key_longest": QCoreApplication.translate(
            "errors",
            "the key is the single longest option in {share} of {count} single-choice items (target ≤ {target}): a learner who picks the longest option scores without the lesson; tighten keys or lengthen good distractors (e.g. {examples})",
        ),
        "pack.problem.key_not_table": QCoreApplication.translate("errors", "{what}: '{key}' must be a table"),
        "pack.problem.link_leaves": QCoreApplication.translate(
            "errors", "path {path!r} is a symbolic link that leaves the pack"
        ),
        "pack.problem.link_unknown_anchor": QCoreApplication.translate(
            "errors", "{what}: no section with anchor #{anchor} in {path}"
        ),
        "pack.problem.link_unsafe": QCoreApplication.translate(
            "errors",
            "{what} is not allowed (only http(s), mailto and files inside the pack) and will be removed",
        ),
        "pack.problem.list_indent": QCoreApplication.translate(
            "errors", "list item indented by {spaces} spaces: indent nested lists by four"
        ),
        "pack.problem.listed_twice_checks": QCoreApplication.translate(
            "errors", "{what}: 'practical_checks' lists a check twice"
        ),
        "pack.problem.listed_twice_modules": QCoreApplication.translate(
            "errors", "{what}: 'modules' lists a module twice"
        ),
        "pack.problem.missing_key": QCoreApplication.translate(
            "errors", "{what}: missing required key '{key}'"
        ),
        "pack.problem.module_no_activities": QCoreApplication.translate(
            "errors", "{what}: a module needs at least one activity"
        ),
        "pack.problem.module_not_in_track": QCoreApplication.translate(
            "errors", "{what}: module {value!r} is not one of the track's modules ({known})"
        ),
        "pack.problem.module_twice": QCoreApplication.translate(
            "errors", "{what}: module {value!r} is listed twice"
        ),
        "pack.problem.must_be_table": QCoreApplication.translate("errors", "{what} must be a table"),
        "pack.problem.nested_scenario": QCoreApplication.translate(
            "errors", "{what}: a scenario part cannot itself be a scenario"
        ),
        "pack.problem.no_correct": QCoreApplication.translate(
            "errors", "{what}: no correct answer ('correct' lists the right option texts)"
        ),
        "pack.problem.no_gates": QCoreApplication.translate("errors", "{what}: it has no gates"),
        "pack.problem.no_manifest": QCoreApplication.translate(
            "errors", "{reason}: a content pack holds content/pack.toml"
        ),
        "pack.problem.no_questions": QCoreApplication.translate("errors", "{what}: it has no questions"),
        "pack.problem.no_requirements": QCoreApplication.translate(
            "errors", "{what}: at least one requirement is needed ([[gates.requirements]])"
        ),
        "pack.problem.no_roles": QCoreApplication.translate(
            "errors", "{what}: at least one role is required ([[roles]] with id and title)"
        ),
        "pack.problem.no_steps": QCoreApplication.translate("errors", "{what}: it has no steps"),
        "pack.problem.no_track_files": QCoreApplication.translate(
            "errors", "{what}: 'track_files' must list at least one track file"
        ),
        "pack.problem.no_track_table": QCoreApplication.translate(
            "errors", "{what}: missing the [track] table"
        ),
        "pack.problem.no_whole_track_certificate": QCoreApplication.translate(
            "errors",
            "{what}: track {value!r} awards no whole-track certificate; name one of its certificates with 'certificate = ...' ({known})",
        ),
        "pack.problem.not_a_file": QCoreApplication.translate("errors", "{path!r} is not a file"),
        "pack.problem.not_boolean": QCoreApplication.translate(
            "errors", "{what}: '{key}' must be true or false"
        ),
        "pack.problem.not_fraction": QCoreApplication.translate(
            "errors", "{what}: '{key}' must be between 0 and 1 (got {value})"
        ),
        "pack.problem.not_number": QCoreApplication.translate("errors", "{what}: '{key}' must be a number"),
        "pack.problem.not_one_of": QCoreApplication.translate(
            "errors", "{what}: '{key}' must be one of {known} (got {value!r})"
        ),
        "pack.problem.not_pack": QCoreApplication.translate("errors", "not a pack folder or a .zip file"),
        "pack.problem.not_positive": QCoreApplication.translate(
            "errors", "{what}: '{key}' must be more than 0"
        ),
        "pack.problem.not_share": QCoreApplication.translate(
            "errors", "{what}: '{key}' must be more than 0 and at most 1 (got {value})"
        ),
        "pack.problem.not_string": QCoreApplication.translate("errors", "{what}: '{key}' must be a string"),
        "pack.problem.not_strings": QCoreApplication.translate(
            "errors", "{what}: '{key}' must be a list of strings"
        ),
        "pack.problem.not_tables": QCoreApplication.translate(
            "errors", "{what}: '{key}' must be an array of tables"
        ),
        "pack.problem.not_utf8": QCoreApplication.translate("errors", "the file is not valid UTF-8"),
        "pack.problem.not_walkthrough": QCoreApplication.translate(
            "errors", "{what}: activity {value!r} is a {kind}, not a walkthrough"
        ),
        "pack.problem.not_whole_number": QCoreApplication.translate(
            "errors", "{what}: '{key}' must be a whole number"
        ),
        "pack.problem.only_with": QCoreApplication.translate(
            "errors", "{what}: '{key}' applies only with '{other}'"
        ),
        "pack.problem.pairs_repeat_left": QCoreApplication.translate(
            "errors", "{what}: the left sides of 'pairs' repeat a value"
        ),
        "pack.problem.pairs_repeat_right": QCoreApplication.translate(
            "errors", "{what}: the right sides of 'pairs' repeat a value"
        ),
        "pack.problem.path_absolute": QCoreApplication.translate(
            "errors", "path {path!r} is absolute: paths are relative to the pack root"
        ),
        "pack.problem.path_backslashes": QCoreApplication.translate(
            "errors", "path {path!r} uses backslashes: use forward slashes"
        ),
        "pack.problem.path_dotdot": QCoreApplication.translate(
            "errors", "path {path!r} contains '..': paths must stay inside the pack"
        ),
        "pack.problem.path_drive": QCoreApplication.translate(
            "errors", "path {path!r} names a drive: paths are relative to the pack root"
        ),
        "pack.problem.path_empty": QCoreApplication.translate("errors", "the path is empty"),
        "pack.problem.path_nul": QCoreApplication.translate("errors", "the path contains a NUL character"),
        "pack.problem.prerequisite_cycle": QCoreApplication.translate(
            "errors", "{what}: prerequisite cycle {cycle} (no module of it could ever open)"
        ),
        "pack.problem.ref_bad_form": QCoreApplication.translate(
            "errors", "ref {ref!r} must be FILE#question-id, e.g. quizzes/bank.toml#bank-01"
        ),
        "pack.problem.ref_bad_id": QCoreApplication.translate(
            "errors", "ref {ref!r}: {value!r} is not a valid question id"
        ),
        "pack.problem.ref_cycle": QCoreApplication.translate("errors", "{what}: reference cycle {chain}"),
        "pack.problem.ref_extra_keys": QCoreApplication.translate(
            "errors", "{what}: 'ref' takes no other keys (found {found})"
        ),
        "pack.problem.ref_needs_folder": QCoreApplication.translate(
            "errors", "a reference needs the pack folder"
        ),
        "pack.problem.ref_not_found": QCoreApplication.translate(
            "errors", "{what}: ref {ref!r}: question {value!r} is not found there"
        ),
        "pack.problem.ref_not_string": QCoreApplication.translate(
            "errors", "'ref' must be a string FILE#question-id"
        ),
        "pack.problem.ref_not_toml": QCoreApplication.translate(
            "errors", "ref {ref!r} must name a question bank (.toml)"
        ),
        "pack.problem.ref_path": QCoreApplication.translate("errors", "ref {ref!r}: {reason}"),
        "pack.problem.ref_reason": QCoreApplication.translate("errors", "{what}: ref {ref!r}: {reason}"),
        "pack.problem.ref_to_part": QCoreApplication.translate(
            "errors",
            "{what}: ref {ref!r}: question {value!r} is a part of scenario {owner!r}: refer to the scenario",
        ),
        "pack.problem.ref_too_long": QCoreApplication.translate(
            "errors", "{what}: ref {ref!r} is a chain of more than {limit} references"
        ),
        "pack.problem.remote_image": QCoreApplication.translate(
            "errors", "remote image {url!r} will not be shown: put images inside the pack"
        ),
        "pack.problem.repeated": QCoreApplication.translate("errors", "{what}: {key} repeat {values}"),
        "pack.problem.scenario_too_few_parts": QCoreApplication.translate(
            "errors", "{what}: a scenario needs at least {minimum} parts (has {count})"
        ),
        "pack.problem.schema_must_be": QCoreApplication.translate(
            "errors", "{what}: schema_version must be {known} (got {value})"
        ),
        "pack.problem.schema_too_new": QCoreApplication.translate(
            "errors",
            "{what}: schema_version {value} is newer than this app understands ({known}); update CPIMS+ Trainer",
        ),
        "pack.problem.single_needs_one": QCoreApplication.translate(
            "errors", "{what}: a single-answer question needs exactly one correct option"
        ),
        "pack.problem.source_missing": QCoreApplication.translate(
            "errors", "source {source!r}: file {path!r} not found"
        ),
        "pack.problem.source_no_anchor": QCoreApplication.translate(
            "errors", "source {source!r} has no section anchor after '#'"
        ),
        "pack.problem.source_no_hash": QCoreApplication.translate(
            "errors", "{what}: source {source!r} must be FILE#anchor"
        ),
        "pack.problem.source_not_md": QCoreApplication.translate(
            "errors", "source {source!r} must name a guide chapter (.md)"
        ),
        "pack.problem.source_reason": QCoreApplication.translate("errors", "source {source!r}: {reason}"),
        "pack.problem.source_unknown_anchor": QCoreApplication.translate(
            "errors", "source {source!r}: no section with anchor #{anchor} in {path}"
        ),
        "pack.problem.step_order": QCoreApplication.translate(
            "errors",
            "{what}: step {step} comes after step {previous}: list the gates in increasing step order",
        ),
        "pack.problem.step_taken": QCoreApplication.translate(
            "errors", "{what}: step {step} is also the step of gate {gate!r}"
        ),
        "pack.problem.subject_reason": QCoreApplication.translate("errors", "{what}: {reason}"),
        "pack.problem.subtitles_not_path": QCoreApplication.translate(
            "errors", "{what}: subtitles for {language!r} must be a file path"
        ),
        "pack.problem.subtitles_not_vtt": QCoreApplication.translate(
            "errors", "{what}: subtitles {path!r} must be a WebVTT (.vtt) file"
        ),
        "pack.problem.toml_link": QCoreApplication.translate(
            "errors", "path {path!r} is a symbolic link: pack TOML files must be regular files"
        ),
        "pack.problem.toml_syntax": QCoreApplication.translate("errors", "TOML syntax error: {detail}"),
        "pack.problem.toml_syntax_column": QCoreApplication.translate(
            "errors", "TOML syntax error: {detail} (column {column})"
        ),
        "pack.problem.toml_syntax_end": QCoreApplication.translate(
            "errors", "TOML syntax error: {detail} (at the end of the file)"
        ),
        "pack.problem.too_deep": QCoreApplication.translate("errors", "too deeply nested"),
        "pack.problem.too_few": QCoreApplication.translate(
            "errors", "{what}: needs at least {minimum} {key} (has {count})"
        ),
        "pack.problem.too_small": QCoreApplication.translate(
            "errors", "{what}: '{key}' must be at least {minimum:g} (got {value})"
        ),
        "pack.problem.track_file_twice": QCoreApplication.translate(
            "errors", "{what}: track file {path!r} is listed twice"
        ),
        "pack.problem.track_no_modules": QCoreApplication.translate(
            "errors", "{what}: a track needs at least one module"
        ),
        "pack.problem.true_false_no_answer": QCoreApplication.translate(
            "errors", "{what}: a true_false question needs 'answer = true' or 'answer = false'"
        ),
        "pack.problem.unknown_book": QCoreApplication.translate(
            "errors", "{what}: unknown book {value!r} (books are listed in content/pack.toml)"
        ),
        "pack.problem.unknown_certificate": QCoreApplication.translate(
            "errors", "{what}: unknown certificate {value!r} (certificates of the pack: {known})"
        ),
        "pack.problem.unknown_check": QCoreApplication.translate(
            "errors", "{what}: unknown practical check {value!r} ([[practical_checks]] of the pack: {known})"
        ),
        "pack.problem.unknown_check_none": QCoreApplication.translate(
            "errors",
            "{what}: unknown practical check {value!r} ([[practical_checks]] of the pack: none are defined)",
        ),
        "pack.problem.unknown_gate": QCoreApplication.translate("errors", "{what}: unknown gate {value!r}"),
        "pack.problem.unknown_key": QCoreApplication.translate(
            "errors", "{what}: unknown key '{key}' (known keys: {known})"
        ),
        "pack.problem.unknown_kind": QCoreApplication.translate(
            "errors", "{what}: unknown kind {value!r} (use one of {known})"
        ),
        "pack.problem.unknown_module": QCoreApplication.translate(
            "errors", "{what}: unknown module {value!r}"
        ),
        "pack.problem.unknown_prerequisite": QCoreApplication.translate(
            "errors", "{what}: unknown prerequisite module {value!r}"
        ),
        "pack.problem.unknown_role": QCoreApplication.translate(
            "errors", "{what}: unknown role {value!r} (roles of the pack: {known})"
        ),
        "pack.problem.unknown_role_listed": QCoreApplication.translate(
            "errors", "{what}: unknown role {value!r} (roles are listed in content/pack.toml)"
        ),
        "pack.problem.unknown_site": QCoreApplication.translate(
            "errors", "{what}: unknown site {value!r} (use one of {known})"
        ),
        "pack.problem.unknown_track": QCoreApplication.translate(
            "errors", "{what}: unknown track {value!r} (tracks of the pack: {known})"
        ),
        "pack.problem.unknown_type": QCoreApplication.translate(
            "errors", "{what}: unknown type {value!r} (use one of {known})"
        ),
        "pack.problem.unknown_walkthrough": QCoreApplication.translate(
            "errors", "{what}: unknown walkthrough activity {value!r}"
        ),
        "pack.problem.wrong_suffix": QCoreApplication.translate(
            "errors", "{what}: '{key}' must name a {suffix} file (got {value!r})"
        ),
        "pack.such_pack_file": QCoreApplication.translate("errors", "No such pack file: {zip_path}"),
        "pack.unknown_activity": QCoreApplication.translate(
            "errors", "No activity '{activity_id}' in pack '{pack_id}'."
        ),
        "pdf.unavailable": QCoreApplication.translate("errors", "Writing PDFs is not available here."),
        "pdf.array_too": QCoreApplication.translate("errors", "malformed: PDF array is too large"),
        "pdf.chain_references": QCoreApplication.translate(
            "errors", "malformed: PDF has a chain of references that is too long"
        ),
        "pdf.compressed_data": QCoreApplication.translate(
            "errors", "malformed: PDF compressed data is truncated"
        ),
        "pdf.compressed_data_2": QCoreApplication.translate(
            "errors", "malformed: PDF compressed data is damaged"
        ),
        "pdf.cross_reference": QCoreApplication.translate(
            "errors", "malformed: PDF cross-reference offset points outside the file"
        ),
        "pdf.cross_reference_2": QCoreApplication.translate(
            "errors", "malformed: PDF cross-reference data is damaged"
        ),
        "pdf.cross_reference_3": QCoreApplication.translate(
            "errors", "malformed: PDF cross-reference stream has bad /W"
        ),
        "pdf.cross_reference_4": QCoreApplication.translate(
            "errors", "malformed: PDF cross-reference stream has bad /Index"
        ),
        "pdf.cross_reference_5": QCoreApplication.translate(
            "errors", "malformed: PDF cross-reference table is damaged"
        ),
        "pdf.cross_reference_6": QCoreApplication.translate(
            "errors", "malformed: PDF cross-reference entry is damaged"
        ),
        "pdf.cross_reference_7": QCoreApplication.translate(
            "errors", "malformed: PDF cross-reference stream is too short"
        ),
        "pdf.dictionary_key": QCoreApplication.translate(
            "errors", "malformed: PDF dictionary key is not a name"
        ),
        "pdf.dictionary_too": QCoreApplication.translate("errors", "malformed: PDF dictionary is too large"),
        "pdf.document_catalog": QCoreApplication.translate(
            "errors", "malformed: PDF has no document catalog"
        ),
        "pdf.embedded_data": QCoreApplication.translate(
            "errors", "malformed: PDF embedded data is larger than {max_bytes} bytes"
        ),
        "pdf.embedded_file": QCoreApplication.translate(
            "errors", "malformed: PDF embedded file has no /Length"
        ),
        "pdf.embedded_file_2": QCoreApplication.translate(
            "errors", "malformed: PDF embedded file has no file specification"
        ),
        "pdf.embedded_file_3": QCoreApplication.translate(
            "errors", "malformed: PDF embedded file specification has no /EF"
        ),
        "pdf.embedded_file_4": QCoreApplication.translate(
            "errors", "malformed: PDF embedded file has no data stream"
        ),
        "pdf.embedded_file_5": QCoreApplication.translate(
            "errors", "malformed: PDF embedded-file list is too large"
        ),
        "pdf.embedded_file_6": QCoreApplication.translate(
            "errors", "malformed: PDF embedded-file list is damaged"
        ),
        "pdf.embeds_two": QCoreApplication.translate(
            "errors", "malformed: PDF embeds two files named {name!r}"
        ),
        "pdf.ends_middle": QCoreApplication.translate(
            "errors", "malformed: PDF ends in the middle of an object"
        ),
        "pdf.header_missing": QCoreApplication.translate(
            "errors", "malformed: PDF header is missing (not a PDF file)"
        ),
        "pdf.hex_string": QCoreApplication.translate("errors", "malformed: PDF hex string is not closed"),
        "pdf.hex_string_2": QCoreApplication.translate(
            "errors", "malformed: PDF hex string has a character that is not a hex digit"
        ),
        "pdf.larger_than": QCoreApplication.translate(
            "errors", "malformed: PDF is larger than {max_pdf_bytes} MB"
        ),
        "pdf.more_than": QCoreApplication.translate(
            "errors", "malformed: PDF has more than {max_attachments} embedded files"
        ),
        "pdf.object_closed": QCoreApplication.translate(
            "errors", "malformed: PDF object {number} is not closed"
        ),
        "pdf.object_number": QCoreApplication.translate(
            "errors", "malformed: PDF object number is out of range"
        ),
        "pdf.object_stream": QCoreApplication.translate(
            "errors", "malformed: PDF object stream has bad /N or /First"
        ),
        "pdf.object_stream_2": QCoreApplication.translate(
            "errors", "malformed: PDF object stream index is damaged"
        ),
        "pdf.object_stream_3": QCoreApplication.translate(
            "errors", "malformed: PDF object stream is missing"
        ),
        "pdf.object_stream_4": QCoreApplication.translate(
            "errors", "malformed: PDF object stream is damaged"
        ),
        "pdf.objects_nested": QCoreApplication.translate(
            "errors", "malformed: PDF objects nested too deeply"
        ),
        "pdf.predicted_stream": QCoreApplication.translate(
            "errors", "malformed: PDF predicted stream has a partial row"
        ),
        "pdf.startxref_valid": QCoreApplication.translate(
            "errors", "malformed: PDF startxref is not a valid offset"
        ),
        "pdf.stream_dictionary": QCoreApplication.translate(
            "errors", "malformed: PDF stream has no dictionary"
        ),
        "pdf.stream_filter": QCoreApplication.translate(
            "errors", "malformed: PDF stream filter {filters} is not supported"
        ),
        "pdf.stream_length": QCoreApplication.translate(
            "errors", "malformed: PDF stream length does not match its data (truncated or damaged file)"
        ),
        "pdf.stream_predictor": QCoreApplication.translate(
            "errors", "malformed: PDF stream predictor is not supported"
        ),
        "pdf.stream_predictor_2": QCoreApplication.translate(
            "errors", "malformed: PDF stream predictor row type is unknown"
        ),
        "pdf.stream_valid": QCoreApplication.translate(
            "errors", "malformed: PDF stream has no valid /Length"
        ),
        "pdf.string_closed": QCoreApplication.translate("errors", "malformed: PDF string is not closed"),
        "pdf.string_too": QCoreApplication.translate("errors", "malformed: PDF string is too long"),
        "pdf.text_string": QCoreApplication.translate("errors", "malformed: PDF text is not a string"),
        "pdf.too_many": QCoreApplication.translate(
            "errors", "malformed: PDF has too many cross-reference sections"
        ),
        "pdf.trailer_dictionary": QCoreApplication.translate(
            "errors", "malformed: PDF trailer is not a dictionary"
        ),
        "pdf.truncated_end": QCoreApplication.translate(
            "errors", "malformed: PDF is truncated (no end-of-file marker)"
        ),
        "pdf.unexpected_token": QCoreApplication.translate(
            "errors", "malformed: PDF has an unexpected token at byte {pos}"
        ),
        "pdf.value_written": QCoreApplication.translate(
            "errors", "malformed: PDF value {kind} cannot be written"
        ),
        "pdf.where_cross": QCoreApplication.translate(
            "errors", "malformed: PDF {what} is not where the cross-reference table says"
        ),
        "progress.activity": QCoreApplication.translate(
            "errors", "Activity '{activity_id}' is a {value}, not a {value2}."
        ),
        "progress.attending_session_does_complete": QCoreApplication.translate(
            "errors", "Attending a session does not complete activity '{activity_id}'."
        ),
        "progress.video_s_duration_unknown": QCoreApplication.translate(
            "errors", "The video's duration is unknown; nothing was recorded."
        ),
        "quiz.activity_quiz": QCoreApplication.translate(
            "errors", "Activity '{activity_id}' is a {value}, not a quiz."
        ),
        "quiz.answer_must_text_true": QCoreApplication.translate(
            "errors",
            "An answer must be text, true/false, a list of texts or a mapping of texts: {response!r}",
        ),
        "quiz.attempt_already_submitted_answers": QCoreApplication.translate(
            "errors", "This attempt was already submitted: its answers can no longer change."
        ),
        "quiz.attempt_still_open_submit": QCoreApplication.translate(
            "errors", "This attempt is still open: submit it before reviewing it."
        ),
        "quiz.bank_unusable": QCoreApplication.translate(
            "errors", "The question bank {file} cannot be used: {first}"
        ),
        "quiz.no_attempts_left": QCoreApplication.translate(
            "errors", "You have used all {count} attempts allowed for this quiz."
        ),
        "quiz.question_bank_problem_s": QCoreApplication.translate(
            "errors", "Question bank {rel} has {count} problem(s)"
        ),
        "quiz.question_bank_read": QCoreApplication.translate(
            "errors", "The question bank {file} cannot be read: {strerror}."
        ),
        "quiz.question_part_attempt": QCoreApplication.translate(
            "errors", "Question '{question_id}' is not part of this attempt."
        ),
        "quiz.quiz_attempt_id": QCoreApplication.translate("errors", "No quiz attempt with id {attempt_id}."),
        "quiz.try_again_from": QCoreApplication.translate(
            "errors", "You can try this quiz again from {at:%Y-%m-%d %H:%M} UTC."
        ),
        "records.bundle_import_id": QCoreApplication.translate(
            "errors", "No bundle import with id {import_id}."
        ),
        "records.conflict_does_exist_resolved": QCoreApplication.translate(
            "errors", "That conflict does not exist or was resolved already."
        ),
        "records.key_fingerprint": QCoreApplication.translate(
            "errors", "'{fingerprint}' is not a key fingerprint."
        ),
        "records.nothing_kept_aside_key": QCoreApplication.translate(
            "errors", "Nothing is kept aside for key {wanted}."
        ),
        "records.rejected_certificate_bundle_does": QCoreApplication.translate(
            "errors", "Rejected: certificate {row} in the bundle does not verify ({error})."
        ),
        "records.rejected_certificate_carries_credential": QCoreApplication.translate(
            "errors", "Rejected: certificate {row} carries a credential with another id."
        ),
        "records.rejected_nothing_imported": QCoreApplication.translate(
            "errors", "Rejected: {reason} Nothing from {name} was imported."
        ),
        "records.rejected_receipt_bundle_which": QCoreApplication.translate(
            "errors",
            "Rejected: {name} is a receipt for bundle {bundle_id}…, which was not exported from this installation.",
        ),
        "report.date_yyyy_mm_dd": QCoreApplication.translate(
            "errors", "'{text}' is not a date (YYYY-MM-DD) or an ISO date and time."
        ),
        "report.no_pdf_writer": QCoreApplication.translate(
            "errors", "Writing PDF reports is not available here."
        ),
        "report.readiness_not_written": QCoreApplication.translate(
            "errors", "The readiness report could not be written to {path}: {detail}"
        ),
        "report.unknown_format": QCoreApplication.translate(
            "errors", "Unknown report format '{format}'. Use one of: {items}."
        ),
        "report.unknown_view": QCoreApplication.translate(
            "errors", "Unknown report view '{view}'. Use one of: {items}."
        ),
        "slides.notes_not_list": QCoreApplication.translate(
            "errors", "The speaker notes {file} must hold 'notes', a list of strings."
        ),
        "slides.notes_not_toml": QCoreApplication.translate(
            "errors", "The speaker notes {file} cannot be read: it is not a readable TOML file."
        ),
        "slides.notes_unusable": QCoreApplication.translate(
            "errors", "The speaker notes {file} cannot be read: {problem}."
        ),
        "slides.slide_deck": QCoreApplication.translate("errors", "'{title}' is not a slide deck."),
        "slides.slide_deck_opened": QCoreApplication.translate(
            "errors", "The slide deck {file} cannot be opened: {problem}."
        ),
        "status_list.certificate_carries_status_entry": QCoreApplication.translate(
            "errors", "the certificate carries no status entry (issued before status lists)"
        ),
        "status_list.malformed_bitstringstatuslistcredential": QCoreApplication.translate(
            "errors", "malformed: not a BitstringStatusListCredential"
        ),
        "status_list.malformed_credentialstatus_bitstringstatuslistentry": QCoreApplication.translate(
            "errors", "malformed: credentialStatus is not a BitstringStatusListEntry"
        ),
        "status_list.malformed_credentialstatus_needs_revocation": QCoreApplication.translate(
            "errors", "malformed: credentialStatus needs a revocation purpose, a list and an index"
        ),
        "status_list.malformed_encodedlist_gzip_bitstring": QCoreApplication.translate(
            "errors", "malformed: encodedList is not a GZIP bitstring"
        ),
        "status_list.malformed_encodedlist_multibase_base64url": QCoreApplication.translate(
            "errors", "malformed: encodedList is not multibase base64url"
        ),
        "status_list.malformed_status_list_bitstringstatuslist": QCoreApplication.translate(
            "errors", "malformed: the status list has no BitstringStatusList subject"
        ),
        "status_list.malformed_status_list_names": QCoreApplication.translate(
            "errors", "malformed: the status list names no issuer or id"
        ),
        "status_list.malformed_status_list_revocation": QCoreApplication.translate(
            "errors", "malformed: the status list is not for revocation"
        ),
        "status_list.malformed_status_list_shorter": QCoreApplication.translate(
            "errors", "malformed: the status list is shorter than 131,072 entries"
        ),
        "status_list.malformed_status_list_too": QCoreApplication.translate(
            "errors", "malformed: the status list is too large"
        ),
        "status_list.malformed_statuslistindex_base_index": QCoreApplication.translate(
            "errors", "malformed: statusListIndex is not a base-10 index within the list"
        ),
        "status_list.read": QCoreApplication.translate("errors", "{path}: cannot be read ({strerror})."),
        "status_list.status_index_outside_list": QCoreApplication.translate(
            "errors", "status index {index} is outside the list"
        ),
        "status_list.status_list": QCoreApplication.translate("errors", "status list: {reason}"),
        "status_list.status_list_address_must": QCoreApplication.translate(
            "errors", "The status list address must be an https:// URL without spaces or '#'."
        ),
        "status_list.status_list_full": QCoreApplication.translate("errors", "the status list is full"),
        "status_list.status_list_one_certificate": QCoreApplication.translate(
            "errors", "the status list is not the one this certificate points to"
        ),
        "status_list.status_list_signed_certificate": QCoreApplication.translate(
            "errors", "the status list is not signed by the certificate's issuer"
        ),
        "status_list.too_large_status_list": QCoreApplication.translate(
            "errors", "{path}: too large for a status list."
        ),
        "storage.backup_could_copied": QCoreApplication.translate(
            "errors", "The backup could not be copied: {error}"
        ),
        "storage.backup_could_written": QCoreApplication.translate(
            "errors", "The backup could not be written: {error}"
        ),
        "storage.backup_damaged_fails_quick": QCoreApplication.translate(
            "errors", "The backup {backup} is damaged (it fails the quick check): it was not restored."
        ),
        "storage.backup_file": QCoreApplication.translate("errors", "No backup file {chosen}."),
        "storage.backups_made_sqlite_database": QCoreApplication.translate(
            "errors", "Backups are made of the SQLite database; use your server's tools for this one."
        ),
        "storage.cpims_trainer_already_open": QCoreApplication.translate(
            "errors",
            "CPIMS+ Trainer is already open on this data folder ({parent}). Switch to that window, or close it first.",
        ),
        "storage.damaged": QCoreApplication.translate("errors", "The database {path} is damaged: {error}."),
        "storage.database_could_upgraded_nothing": QCoreApplication.translate(
            "errors", "The database could not be upgraded; nothing was changed: {error}"
        ),
        "storage.database_empty_bytes": QCoreApplication.translate(
            "errors", "The database {path} is empty (0 bytes)."
        ),
        "storage.database_fails_integrity_check": QCoreApplication.translate(
            "errors", "The database {path} fails the integrity check: {detail}"
        ),
        "storage.database_migrations_installed": QCoreApplication.translate(
            "errors", "No database migrations are installed."
        ),
        "storage.database_sqlite_database": QCoreApplication.translate(
            "errors", "The database {path} is not a SQLite database."
        ),
        "storage.database_url_such_postgresql": QCoreApplication.translate(
            "errors", "'{url}' is not a database URL such as postgresql+psycopg://user@host/db."
        ),
        "storage.disk_full": QCoreApplication.translate(
            "errors", "The disk is full: nothing was saved. Free some space and try again."
        ),
        "storage.good_backup_found": QCoreApplication.translate(
            "errors", "No good backup found in {backups}."
        ),
        "storage.operation_failed": QCoreApplication.translate(
            "errors", "The database could not complete the operation: {detail}"
        ),
        "storage.read_only": QCoreApplication.translate(
            "errors", "The data folder is read-only: nothing was saved."
        ),
        "storage.restore_hint": QCoreApplication.translate(
            "errors", "The newest backup is {backup}; restore it with `cpims-trainer db restore`."
        ),
        "storage.unreachable": QCoreApplication.translate(
            "errors",
            "The database server cannot be reached (connection refused or lost): nothing was saved. Check that it is running and the network is up, then try again. ({detail})",
        ),
        "storage.use_database_url": QCoreApplication.translate(
            "errors", "Cannot use the database URL: {error}"
        ),
        "token.malformed_certificate_token": QCoreApplication.translate(
            "errors", "malformed: not a certificate token"
        ),
        "token.malformed_token_claims_canonical": QCoreApplication.translate(
            "errors", "malformed: token claims are not canonical JSON"
        ),
        "token.malformed_token_claims_expected": QCoreApplication.translate(
            "errors", "malformed: token claims are not the expected set"
        ),
        "token.malformed_token_claims_wrong": QCoreApplication.translate(
            "errors", "malformed: token claims have the wrong types"
        ),
        "token.malformed_token_date_yyyy": QCoreApplication.translate(
            "errors", "malformed: token date is not YYYY-MM-DD"
        ),
        "token.malformed_token_form_claims": QCoreApplication.translate(
            "errors", "malformed: a token has the form {token_prefix}.<claims>.<signature>"
        ),
        "token.malformed_token_issuer_signing": QCoreApplication.translate(
            "errors", "malformed: token issuer is not the signing key"
        ),
        "token.malformed_token_signature_bytes": QCoreApplication.translate(
            "errors", "malformed: token signature is not 64 bytes"
        ),
        "trainer.passphrase_needs_least_characters": QCoreApplication.translate(
            "errors", "The passphrase needs at least {min_passphrase_chars} characters."
        ),
        "trainer.passphrase_wrong": QCoreApplication.translate("errors", "That passphrase is not right."),
        "trainer.trainer_passphrase_set_yet": QCoreApplication.translate(
            "errors", "No trainer passphrase is set yet: set one first."
        ),
        "trainer.unlock_trainer_mode_first": QCoreApplication.translate(
            "errors", "Unlock trainer mode first."
        ),
        "trust.give_issuer_label_example": QCoreApplication.translate(
            "errors", "Give the issuer a label (for example the training centre's name)."
        ),
        "trust.installation_s_own_key": QCoreApplication.translate(
            "errors", "This installation's own key is always trusted."
        ),
        "trust.installation_s_signing_key": QCoreApplication.translate(
            "errors", "This installation's signing key cannot be created in {keys}: {strerror}."
        ),
        "trust.key_fingerprint_did_key": QCoreApplication.translate(
            "errors", "'{fingerprint_or_did}' is not a key fingerprint or a did:key."
        ),
        "trust.known_issuer_key_matches": QCoreApplication.translate(
            "errors",
            "No known issuer key matches '{fingerprint_or_did}'. Import one of its certificates first, or give the certificate file or the issuer's did:key.",
        ),
        "video.box_invalid_size_file": QCoreApplication.translate(
            "errors", "{name}: a box has an invalid size; the file is damaged."
        ),
        "video.duration_missing_file": QCoreApplication.translate(
            "errors", "{name}: the duration is missing from the file."
        ),
        "video.file_truncated": QCoreApplication.translate("errors", "{name}: the file is truncated."),
        "video.moov_box_file_truncated": QCoreApplication.translate(
            "errors", "{name}: no 'moov' box; the file is truncated or not an MP4."
        ),
        "video.moov_box_implausibly_large": QCoreApplication.translate(
            "errors", "{name}: the 'moov' box is implausibly large."
        ),
        "video.subtitle_problems": QCoreApplication.translate("errors", "{first}"),
        "video.utf_text_byte": QCoreApplication.translate(
            "errors", "{source}: not UTF-8 text (byte {start})"
        ),
        "video.video": QCoreApplication.translate("errors", "'{title}' is not a video."),
        "video.video_file_missing_pack": QCoreApplication.translate(
            "errors", "The video file {file} is missing from the pack."
        ),
        # coded reasons (issue 14): certificate checks, subtitle problems, a refused records bundle
        "verify.bad_signature": QCoreApplication.translate("errors", "bad signature"),
        "verify.token_key_differs": QCoreApplication.translate(
            "errors", "malformed: issuer key differs from the known key"
        ),
        "verify.token_mismatch": QCoreApplication.translate(
            "errors", "the QR token does not match the attached credential"
        ),
        "verify.token_problem": QCoreApplication.translate("errors", "QR token: {reason}"),
        "verify.revoked_on": QCoreApplication.translate("errors", "revoked on {date:%Y-%m-%d}"),
        "verify.revoked_on_reason": QCoreApplication.translate(
            "errors", "revoked on {date:%Y-%m-%d}: {reason}"
        ),
        "verify.revoked_status_list": QCoreApplication.translate(
            "errors", "revoked (the issuer's status list)"
        ),
        "verify.token_not_importable": QCoreApplication.translate(
            "errors", "a QR token alone cannot be imported: import the certificate's PDF or JSON file"
        ),
        "verify.same_id_stored": QCoreApplication.translate(
            "errors", "a different certificate with the same id is already stored"
        ),
        "video.subtitles_unreadable": QCoreApplication.translate(
            "errors", "{file}: cannot be read ({strerror})"
        ),
        "video.vtt_must_start": QCoreApplication.translate(
            "errors", "{source}:{line}: the file must start with 'WEBVTT'"
        ),
        "video.vtt_expected_timing": QCoreApplication.translate(
            "errors", "{source}:{line}: expected a cue timing line like '00:01.000 --> 00:04.000'"
        ),
        "video.vtt_malformed_timing": QCoreApplication.translate(
            "errors", "{source}:{line}: malformed cue timing '{timing}'"
        ),
        "video.vtt_ends_before_start": QCoreApplication.translate(
            "errors", "{source}:{line}: the cue ends before it starts"
        ),
        "video.vtt_timing_inside_cue": QCoreApplication.translate(
            "errors", "{source}:{line}: a cue timing line inside a cue (missing blank line?)"
        ),
        "records.bundle_lacks_parents": QCoreApplication.translate(
            "errors", "the bundle has records of learners or quiz attempts it does not hold."
        ),
        "lrs.unreachable": QCoreApplication.translate("errors", "The LRS cannot be reached: {detail}"),
        "lrs.http_status": QCoreApplication.translate("errors", "HTTP {status}"),
        "lrs.http_status_said": QCoreApplication.translate("errors", "HTTP {status}: {words}"),
        "lrs.http_refused_credentials": QCoreApplication.translate(
            "errors", "HTTP {status} (the LRS refused the credentials)"
        ),
        "lrs.http_refused_credentials_said": QCoreApplication.translate(
            "errors", "HTTP {status} (the LRS refused the credentials): {words}"
        ),
        "lrs.http_forbidden": QCoreApplication.translate(
            "errors", "HTTP {status} (the LRS forbids this account to write statements)"
        ),
        "lrs.http_forbidden_said": QCoreApplication.translate(
            "errors", "HTTP {status} (the LRS forbids this account to write statements): {words}"
        ),
        "lrs.conflict_then": QCoreApplication.translate("errors", "409 Conflict, then {reason}"),
        "lrs.conflict_copy_not_json": QCoreApplication.translate(
            "errors", "409 Conflict, and the LRS's copy is not JSON"
        ),
        "lrs.already_in_lrs": QCoreApplication.translate("errors", "already in the LRS"),
        "lrs.different_statement": QCoreApplication.translate(
            "errors", "The LRS holds a different statement under this id."
        ),
        "json.duplicate_key": QCoreApplication.translate("errors", "malformed: duplicate key {key!r}"),
        "json.constant_not_allowed": QCoreApplication.translate("errors", "malformed: {name} is not allowed"),
        "json.number_too_long": QCoreApplication.translate("errors", "malformed: number too long"),
        "json.number_out_of_range": QCoreApplication.translate("errors", "malformed: number out of range"),
        "walkthrough.open_first": QCoreApplication.translate("errors", "Open a walkthrough first."),
        "walkthrough.walkthrough": QCoreApplication.translate("errors", "'{title}' is not a walkthrough."),
        "walkthrough.walkthrough_file_read": QCoreApplication.translate(
            "errors", "The walkthrough file {file} cannot be read: {problem}."
        ),
        "walkthrough.walkthrough_problem_s": QCoreApplication.translate(
            "errors", "Walkthrough {rel} has {count} problem(s)"
        ),
        "walkthrough.walkthrough_step": QCoreApplication.translate(
            "errors", "The walkthrough {path} has no step '{step_id}'."
        ),
        "walkthrough.walkthrough_used": QCoreApplication.translate(
            "errors", "The walkthrough {rel} cannot be used: {first}"
        ),
        "zip.extract": QCoreApplication.translate("errors", "Cannot extract {name}: {strerror}"),
        "zip.extract_into_folder_empty": QCoreApplication.translate(
            "errors", "Cannot extract into {dest}: the folder is not empty."
        ),
        "zip.valid_zip_file_damaged": QCoreApplication.translate(
            "errors", "{name} is not a valid zip file or is damaged ({error})."
        ),
        "zip.zip_does_hold_content": QCoreApplication.translate(
            "errors",
            "This zip does not hold a content pack: content/pack.toml is neither at its top level nor in its single top folder.",
        ),
        "zip.zip_entries_limit": QCoreApplication.translate(
            "errors", "The zip has {count:,} entries; the limit is {max_entries:,}."
        ),
        "zip.zip_entry_absolute_path": QCoreApplication.translate(
            "errors", "The zip entry {raw!r} has an absolute path; pack zips hold relative paths only."
        ),
        "zip.zip_entry_contains_would": QCoreApplication.translate(
            "errors", "The zip entry {raw!r} contains '..' and would be written outside the pack."
        ),
        "zip.zip_entry_empty_name": QCoreApplication.translate(
            "errors", "The zip entry {raw!r} has an empty name."
        ),
        "zip.zip_entry_encrypted_pack": QCoreApplication.translate(
            "errors", "The zip entry {raw!r} is encrypted; pack zips cannot be encrypted."
        ),
        "zip.zip_entry_expands_times": QCoreApplication.translate(
            "errors",
            "The zip entry {filename!r} expands {ratio:,.0f} times ({size} to {size2}); the limit is {max_ratio:,.0f} times. It looks like a zip bomb.",
        ),
        "zip.zip_entry_larger_than": QCoreApplication.translate(
            "errors", "The zip entry {filename!r} is larger than its header says."
        ),
        "zip.zip_entry_nul_character": QCoreApplication.translate(
            "errors", "The zip entry {raw!r} has a NUL character in its name."
        ),
        "zip.zip_entry_regular_file": QCoreApplication.translate(
            "errors", "The zip entry {raw!r} is not a regular file or folder."
        ),
        "zip.zip_entry_symbolic_link": QCoreApplication.translate(
            "errors", "The zip entry {raw!r} is a symbolic link; pack zips may not contain links."
        ),
        "zip.zip_entry_would_expand": QCoreApplication.translate(
            "errors", "The zip entry {filename!r} would expand to {size}; the limit for one file is {size2}."
        ),
        "zip.zip_expands_times_total": QCoreApplication.translate(
            "errors",
            "The zip expands {ratio:,.0f} times in total ({size} to {size2}); the limit is {max_ratio:,.0f} times. It looks like a zip bomb.",
        ),
        "zip.zip_holds_twice_names": QCoreApplication.translate(
            "errors", "The zip holds {name!r} twice (names that differ only in case clash)."
        ),
        "zip.zip_would_expand_limit": QCoreApplication.translate(
            "errors", "The zip would expand to {size}; the limit is {size2}."
        ),
    }


def fields() -> dict[str, str]:
    """Field key -> its translated name (the `field` parameter of some errors)."""
    return {
        "attendee_name": QCoreApplication.translate("errors", "attendee's name"),
        "certificate_pdf": QCoreApplication.translate("errors", "a certificate PDF"),
        "home_page": QCoreApplication.translate("errors", "account home page"),
        "item_analysis_pdf": QCoreApplication.translate("errors", "the item analysis PDF"),
        "location": QCoreApplication.translate("errors", "location"),
        "mark_not_applicable": QCoreApplication.translate("errors", "mark a step not applicable"),
        "sign_off_step": QCoreApplication.translate("errors", "sign off a step"),
        "tick_evidence": QCoreApplication.translate("errors", "tick evidence"),
        "lrs_endpoint": QCoreApplication.translate("errors", "LRS endpoint"),
        "note": QCoreApplication.translate("errors", "note"),
        "observer_name": QCoreApplication.translate("errors", "observer's name"),
        "organisation_name": QCoreApplication.translate("errors", "organisation's name"),
        "pdf_report": QCoreApplication.translate("errors", "a PDF report"),
        "readiness_report": QCoreApplication.translate("errors", "the readiness report"),
        "reason": QCoreApplication.translate("errors", "reason"),
        "recorded_value": QCoreApplication.translate("errors", "recorded value"),
        "session_title": QCoreApplication.translate("errors", "session's title"),
        "signatory": QCoreApplication.translate("errors", "signatory"),
        "trainer_name": QCoreApplication.translate("errors", "trainer's name"),
    }
