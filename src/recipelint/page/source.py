"""Turning a file's bytes into text, or into the reason it cannot be text.

Decoding is the one place that knows about byte order marks, CRLF line endings, binary
content and size limits; everything after works on clean ``\\n``-separated text whose
line and column numbers are those of the real file.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
_BINARY_SNIFF_BYTES = 8192
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class DecodedSource:
    text: str  # "\n" line endings, no BOM
    newline: str  # the file's own line ending, restored when a fix is written
    had_bom: bool


@dataclass(frozen=True)
class UndecodableSource:
    """Why the bytes are not a text file we can lint, and where (1-based)."""

    kind: str  # "binary" | "encoding" | "too-large"
    message: str
    line: int = 1
    column: int = 1


def decode_source(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES, file_size: int | None = None) -> DecodedSource | UndecodableSource:
    """``file_size``: the size of the file ``data`` was read from, when only its first
    ``max_bytes + 1`` bytes were read."""
    size = len(data) if file_size is None else max(file_size, len(data))
    if size > max_bytes:
        return UndecodableSource(
            "too-large",
            f"file is {size:,} bytes, over the limit of {max_bytes:,}; it was not checked",
        )
    if b"\x00" in data[:_BINARY_SNIFF_BYTES]:
        return UndecodableSource("binary", "file contains NUL bytes: it looks binary, not Markdown")
    had_bom = data.startswith(_BOM)
    if had_bom:
        data = data[len(_BOM) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _encoding_problem(data, exc)
    newline = "\r\n" if "\r\n" in text else "\n"
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return DecodedSource(text=text, newline=newline, had_bom=had_bom)


def _encoding_problem(data: bytes, exc: UnicodeDecodeError) -> UndecodableSource:
    before = data[: exc.start].replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    line = before.count(b"\n") + 1
    line_start = before.rfind(b"\n") + 1
    column = len(before[line_start:].decode("utf-8", errors="replace")) + 1
    return UndecodableSource(
        "encoding",
        f"file is not valid UTF-8: byte 0x{data[exc.start]:02x} cannot be decoded "
        "(save the file as UTF-8)",
        line=line,
        column=column,
    )


def encode_text(text: str, newline: str, had_bom: bool) -> bytes:
    """The inverse of :func:`decode_source` for text we rewrite (fixes)."""
    if newline != "\n":
        text = text.replace("\n", newline)
    data = text.encode("utf-8")
    return _BOM + data if had_bom else data
