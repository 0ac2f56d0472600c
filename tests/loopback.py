"""A real HTTP server on 127.0.0.1 (http.server in a thread) serving fixture files, for fetch and server tests.

Files under `tests/fixtures/http/` are served at their relative path; `{{BASE}}` in a file is replaced by the
server's base URL, so feeds can link to pages on the same server. Every response carries an `ETag` (hash of the
body) and a `Last-Modified`, and `If-None-Match` is honoured with `304`. `fail[path] = status` makes a path answer
with an error; `routes[path] = bytes` adds or replaces a document at run time. Every request is logged.
"""
from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "http"
LAST_MODIFIED = "Thu, 04 Sep 2025 12:00:00 GMT"
TYPES = {".rss": "application/rss+xml", ".atom": "application/atom+xml", ".xml": "application/xml",
         ".html": "text/html; charset=utf-8"}


@dataclass(frozen=True)
class Request:
    path: str
    headers: dict[str, str]
    at: float
    status: int


class Loopback:
    """Context manager: `with Loopback() as web: web.url("/world.rss")`."""

    def __init__(self, root: Path = FIXTURES) -> None:
        self.root = root
        self.routes: dict[str, bytes] = {}
        self.fail: dict[str, int] = {}
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ---- lifecycle -----------------------------------------------------------------------------------------
    def __enter__(self) -> "Loopback":
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    @property
    def base(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    # ---- serving -------------------------------------------------------------------------------------------
    def body(self, path: str) -> bytes | None:
        if path in self.routes:
            data = self.routes[path]
        else:
            file = (self.root / path.lstrip("/")).resolve()
            if not file.is_relative_to(self.root) or not file.is_file():
                return None
            data = file.read_bytes()
        return data.replace(b"{{BASE}}", self.base.encode())

    def _handler(self):
        web = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server API)
                path = self.path.split("?", 1)[0]
                status = web.fail.get(path)
                body = None if status else web.body(path)
                etag = None
                if status is None:
                    if body is None:
                        status = 404
                    else:
                        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                        status = 304 if self.headers.get("If-None-Match") == etag else 200
                with web._lock:
                    web.requests.append(Request(path, dict(self.headers), time.monotonic(), status))
                self.send_response(status)
                if etag:
                    self.send_header("ETag", etag)
                    self.send_header("Last-Modified", LAST_MODIFIED)
                if status == 200:
                    suffix = Path(path).suffix
                    self.send_header("Content-Type", TYPES.get(suffix, "application/octet-stream"))
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                else:
                    self.send_header("Content-Length", "0")
                    self.end_headers()

            def log_message(self, *args) -> None:  # keep test output clean
                pass

        return Handler
