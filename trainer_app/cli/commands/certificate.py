"""`certificate list|issue|verify|export|import|revoke`: signed track certificates over the same services."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from trainer_app.cli.guard import changes_data, trainer_only
from trainer_app.cli.output import print_csv, print_json, print_table, say
from trainer_app.core.app import App
from trainer_app.core.common.errors import ValidationError
from trainer_app.core.common.numbers import format_bytes
from trainer_app.core.credentials.certfile import is_token_text
from trainer_app.core.services.certificate_import import ImportStatus, VerificationReport


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("certificate", help="signed track certificates")
    sub = parser.add_subparsers(dest="certificate_command", metavar="ACTION", required=True)

    list_ = sub.add_parser("list", help="list stored certificates")
    list_.add_argument("--learner", help="only this learner's (id, id prefix or exact name)")
    list_.add_argument("--format", choices=("table", "csv", "json"), default="table")
    list_.set_defaults(func=_list)

    issue = sub.add_parser("issue", help="issue the certificates a learner has earned and not yet received")
    issue.add_argument("learner", help="learner id, id prefix or exact name")
    issue.set_defaults(func=_issue)

    verify = sub.add_parser("verify", help="check certificate PDFs, JSON files or TC1 tokens")
    verify.add_argument("items", nargs="+", metavar="FILE|TOKEN")
    verify.add_argument("--format", choices=("text", "json"), default="text")
    verify.add_argument(
        "--status-list", type=Path, metavar="FILE", help="check revocation against this status list file"
    )
    verify.set_defaults(func=_verify)

    branding = sub.add_parser(
        "branding", help="the organisation, signatory and logo on certificates issued here (trainer mode)"
    )
    branding.add_argument("--organisation", help="the organisation's name, as certificates state it")
    branding.add_argument("--signatory", help='who signs for it, e.g. "Amina Yusuf, CPIMS+ coordinator"')
    logo = branding.add_mutually_exclusive_group()
    logo.add_argument("--logo", type=Path, metavar="FILE", help="a PNG or JPEG logo, at most 256 KiB")
    logo.add_argument("--no-logo", action="store_true", help="remove the logo")
    branding.set_defaults(func=_branding)

    status = sub.add_parser("status-list", help="write this installation's signed revocation status list")
    status.add_argument("--out", type=Path, required=True, metavar="FILE")
    status.add_argument("--url", help="set first where the organisation publishes the list (https://…)")
    status.set_defaults(func=_status_list)

    export = sub.add_parser("export", help="write a PDF and a JSON file per certificate")
    who = export.add_mutually_exclusive_group(required=True)
    who.add_argument("--learner", help="one learner's certificates")
    who.add_argument("--all", action="store_true", help="every stored certificate")
    where = export.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", type=Path, help="folder to write into")
    where.add_argument("--zip", type=Path, help="one zip of PDFs and signed JSON (a training session)")
    export.set_defaults(func=_export)

    import_ = sub.add_parser("import", help="import certificate PDFs or JSON files (or a folder of them)")
    import_.add_argument("paths", nargs="+", type=Path, metavar="FILE|FOLDER")
    import_.set_defaults(func=_import)

    revoke = sub.add_parser("revoke", help="revoke a certificate (it stays stored, marked revoked)")
    revoke.add_argument("id", help="certificate id or a unique prefix")
    revoke.add_argument("--reason", required=True)
    revoke.set_defaults(func=_revoke)


HEADERS = (
    "id",
    "learner",
    "track",
    "certificate",
    "pack_version",
    "issued",
    "score",
    "status",
    "origin",
    "issuer",
)


def _list(app: App, args: argparse.Namespace) -> int:
    learner_id = app.learners.find(args.learner).id if args.learner else None
    rows = [
        (
            c.id,
            c.learner_name,
            c.track_id,
            c.certificate_key,
            c.pack_version,
            c.issued_at.date().isoformat(),
            "" if c.score is None else f"{c.score * 100:g}",
            c.status.value,
            c.origin.value,
            c.issuer_fingerprint,
        )
        for c in app.certificates.list(learner_id)
    ]
    if args.format == "json":
        print_json([dict(zip(HEADERS, row, strict=True)) for row in rows])
    elif args.format == "csv":
        print_csv(HEADERS, rows)
    else:
        print_table(HEADERS, [(row[0][:8], *row[1:]) for row in rows])
    return 0


@changes_data
def _issue(app: App, args: argparse.Namespace) -> int:
    learner = app.learners.find(args.learner)
    issued = app.certificate_issuer.issue_all_eligible(learner.id)
    for certificate in issued:
        say(f"Issued {certificate.id} to {certificate.learner_name}: {certificate.track_title}.")
    if not issued:
        say(f"No new certificate for {learner.display_name}: no track newly completed.")
    return 0


def _verify(app: App, args: argparse.Namespace) -> int:
    status_list = app.status_list.read_file(args.status_list) if args.status_list else None
    reports: list[VerificationReport] = []
    for item in args.items:
        if is_token_text(item):
            reports.append(app.certificate_checks.verify_token(item))
        else:
            reports.extend(app.certificate_checks.verify_paths([Path(item)], status_list))
    if args.format == "json":
        print_json([report_json(r) for r in reports])
    else:
        for report in reports:
            print_report(report)
    return 0 if reports and all(r.valid for r in reports) else 1


def report_json(report: VerificationReport) -> dict[str, Any]:
    return {
        "source": report.source,
        "kind": report.kind,
        "valid": report.valid,
        "reason": report.reason,
        "code": report.code,
        "params": report.problem.to_json()["params"] if report.problem else {},
        "certificate_id": report.certificate_id,
        "learner_id": report.learner_id,
        "learner": report.learner_name,
        "track_id": report.track_id,
        "track": report.track_title,
        "pack": report.pack_id,
        "pack_version": report.pack_version,
        "issued": report.issued_on.isoformat() if report.issued_on else None,
        "score": report.score,
        "issuer": report.issuer_name,
        "issuer_fingerprint": report.issuer_fingerprint,
        "issuer_trusted": report.issuer_trusted,
        "issuer_label": report.issuer_label,
        "status": report.status,
    }


def print_report(report: VerificationReport) -> None:
    verdict = "VALID" if report.valid else f"INVALID: {report.reason}"
    say(f"{report.source}: {verdict}")
    if report.learner_name:
        say(f"  learner: {report.learner_name}" + (f" ({report.learner_id})" if report.learner_id else ""))
    if report.track_title:
        pack = f", pack {report.pack_id} {report.pack_version}" if report.pack_id else ""
        track = f" ({report.track_id})" if report.track_id else ""
        say(f"  track:   {report.track_title}{track}{pack}")
    if report.issued_on:
        score = f"   score: {report.score} %" if report.score is not None else ""
        say(f"  issued:  {report.issued_on.isoformat()}{score}")
    if report.certificate_id:
        say(f"  id:      {report.certificate_id}")
    if report.issuer_fingerprint:
        trusted = (
            f"yes ({report.issuer_label})"
            if report.issuer_trusted and report.issuer_label
            else ("yes" if report.issuer_trusted else "no")
        )
        name = f"{report.issuer_name}, " if report.issuer_name else ""
        say(f"  issuer:  {name}key {report.issuer_fingerprint}; trusted here: {trusted}")
    if report.status:
        say(f"  status:  {report.status}")


def _export(app: App, args: argparse.Namespace) -> int:
    learner_id = app.learners.find(args.learner).id if args.learner else None
    if args.zip is not None:
        from trainer_app.core.services.certificate_zip import write_certificates_zip

        result = write_certificates_zip(app.certificate_files, args.zip, [learner_id] if learner_id else None)
        say(f"Wrote {result.certificates} certificate(s) to {result.path}.")
        return 0
    written = app.certificate_files.export(args.out, learner_id)
    for path in written:
        say(path)
    say(f"Wrote {(len(written) - 1) // 2} certificate(s) and the status list to {args.out}.")
    return 0


@trainer_only
def _branding(app: App, args: argparse.Namespace) -> int:
    service = app.branding
    if service is None:
        raise ValidationError("cli.certificate_branding_available_here")
    if args.organisation is not None or args.signatory is not None:
        service.set_text(args.organisation, args.signatory)
    if args.logo is not None or args.no_logo:
        service.set_logo(None if args.no_logo else args.logo)
    current = service.current()
    say(f"organisation: {current.organisation or '(the pack publisher)'}")
    say(f"signatory:    {current.signatory or '(none)'}")
    say(f"logo:         {format_bytes(len(current.logo)) if current.logo else '(none)'}")
    return 0


def _status_list(app: App, args: argparse.Namespace) -> int:
    service = app.status_list
    if args.url:
        service.set_url(args.url)
    path = service.write(args.out)
    say(f"Wrote the status list for {service.url()} to {path}.")
    return 0


@trainer_only
def _import(app: App, args: argparse.Namespace) -> int:
    results = app.certificate_checks.import_paths(args.paths)
    if not results:
        raise ValidationError("cli.certificate_files_pdf_json")
    for result in results:
        line = f"{result.source}: {result.status.value}"
        if result.reason:
            line += f": {result.reason}"
        elif result.certificate is not None:
            trusted = (
                ""
                if result.certificate.issuer_trusted
                else " (issuer not trusted here: it does not count yet)"
            )
            line += f" ({result.certificate.learner_name}, {result.certificate.track_title}){trusted}"
        say(line)
    counts = {status: sum(1 for r in results if r.status is status) for status in ImportStatus}
    say(", ".join(f"{count} {status.value}" for status, count in counts.items()))
    return 1 if counts[ImportStatus.REJECTED] else 0


@trainer_only
def _revoke(app: App, args: argparse.Namespace) -> int:
    certificate = app.certificates.get(args.id)
    app.revocation.revoke(certificate.id, args.reason)
    say(f"Revoked {certificate.id} ({certificate.learner_name}, {certificate.track_title}).")
    return 0
