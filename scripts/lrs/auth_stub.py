"""The LRS's client check for tests: answers Learning Locker's `/auth/client/info` call on loopback.

Learning Locker's statement service asks its API which client an `Authorization` header belongs to; this stub
knows one client (user and password from the command line / a file) and answers 404 for anything else, which
the service turns into 401, exactly as with a real Learning Locker.
"""

from __future__ import annotations

import argparse
import base64
import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CLIENT = {
    "_id": "5c0ffee00000000000000001",
    "title": "CPIMS+ Trainer tests",
    "authority": {
        "objectType": "Agent",
        "name": "CPIMS+ Trainer tests",
        "mbox": "mailto:tests@cpims-trainer.invalid",
    },
    "isTrusted": True,
    "lrs_id": "5c0ffee00000000000000002",
    "organisation": "5c0ffee00000000000000003",
    "scopes": ["all"],
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password-file", type=Path, required=True)
    args = parser.parse_args()
    secret = args.password_file.read_text(encoding="utf-8").strip()
    expected = "Basic " + base64.b64encode(f"{args.user}:{secret}".encode()).decode("ascii")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            known = self.headers.get("Authorization", "") == expected
            body = json.dumps(CLIENT if known else {"message": "No client"}).encode()
            self.send_response(200 if known else 404)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    ThreadingHTTPServer(("127.0.0.1", args.port), Handler).serve_forever()


if __name__ == "__main__":
    main()
