"""A small synchronous JSON-RPC client for language servers, over a real subprocess.

The tests drive ``recipelint server`` through it as an editor would: Content-Length
framed messages on the server's standard input and output; a reader thread collects
responses and notifications so a test can wait for the one it expects.
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


class LspClient:
    def __init__(self, command: list[str] | None = None, cwd: Path | None = None) -> None:
        self.process = subprocess.Popen(
            command or [sys.executable, "-m", "recipelint", "server"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd,
        )
        self._next_id = 0
        self._responses: dict[int, Any] = {}
        self._notifications: queue.Queue = queue.Queue()
        self.server_requests: list[dict] = []
        self._lock = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    # -- sending ------------------------------------------------------------------

    def _send(self, message: dict) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def notify(self, method: str, params: Any = None) -> None:
        self._send({"method": method, "params": params})

    def request(self, method: str, params: Any = None, timeout: float = 10) -> Any:
        self._next_id += 1
        request_id = self._next_id
        self._send({"id": request_id, "method": method, "params": params})
        deadline = time.monotonic() + timeout
        with self._lock:
            while request_id not in self._responses:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"no answer to {method} in {timeout} s")
                self._lock.wait(left)
            response = self._responses.pop(request_id)
        if "error" in response:
            raise RuntimeError(f"{method} failed: {response['error']}")
        return response.get("result")

    # -- receiving ----------------------------------------------------------------

    def _read(self) -> None:
        stream = self.process.stdout
        while True:
            headers = {}
            while True:
                line = stream.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode("ascii").partition(":")
                headers[name.strip().lower()] = value.strip()
            message = json.loads(stream.read(int(headers["content-length"])))
            if "id" in message and "method" in message:  # a request from the server
                self.server_requests.append(message)
                self._send({"id": message["id"], "result": None})
            elif "id" in message:
                with self._lock:
                    self._responses[message["id"]] = message
                    self._lock.notify_all()
            else:
                self._notifications.put(message)

    def wait_for(self, method: str, where: Callable[[dict], bool] = lambda params: True, timeout: float = 10) -> dict:
        """The params of the next notification ``method`` that ``where`` accepts; the
        others stay queued, in order."""
        deadline = time.monotonic() + timeout
        kept = []
        try:
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"no {method} in {timeout} s")
                try:
                    message = self._notifications.get(timeout=left)
                except queue.Empty:
                    continue
                if message.get("method") == method and where(message.get("params")):
                    return message["params"]
                kept.append(message)
        finally:
            rest = []
            while not self._notifications.empty():
                rest.append(self._notifications.get())
            for message in kept + rest:
                self._notifications.put(message)

    def drain(self) -> None:
        """Forget the notifications received so far."""
        while not self._notifications.empty():
            self._notifications.get()

    def server_request(self, method: str, timeout: float = 10) -> dict:
        """The first request ``method`` the server sent (answered with null)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = next((r for r in self.server_requests if r["method"] == method), None)
            if found is not None:
                return found
            time.sleep(0.01)
        raise TimeoutError(f"the server sent no {method} in {timeout} s")

    def diagnostics(self, uri: str, version: int | None = None, timeout: float = 10) -> list[dict]:
        """The next diagnostics published for ``uri`` (for ``version`` when given)."""
        params = self.wait_for(
            "textDocument/publishDiagnostics",
            lambda p: p["uri"] == uri and (version is None or p.get("version") == version),
            timeout,
        )
        return params["diagnostics"]

    # -- life cycle ---------------------------------------------------------------

    def initialize(self, root: Path | None, options: dict | None = None, encodings: list[str] | None = None) -> dict:
        capabilities: dict = {
            "textDocument": {"hover": {"contentFormat": ["markdown", "plaintext"]}, "codeAction": {}},
            "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": True}},
        }
        if encodings:
            capabilities["general"] = {"positionEncodings": encodings}
        result = self.request("initialize", {
            "processId": None,
            "rootUri": root.as_uri() if root else None,
            "workspaceFolders": [{"uri": root.as_uri(), "name": root.name}] if root else None,
            "capabilities": capabilities,
            "initializationOptions": options or {},
        })
        self.notify("initialized", {})
        return result

    def shutdown(self, timeout: float = 10) -> int:
        self.request("shutdown")
        self.notify("exit")
        try:
            return self.process.wait(timeout)
        finally:
            self.close()

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            try:
                stream.close()
            except OSError:
                pass
