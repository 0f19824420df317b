"""Positions in the client's encoding, and the edits the server sends."""

from __future__ import annotations

import pytest

from recipelint.diagnostic import Diagnostic, Severity
from recipelint.server.positions import UTF8, UTF16, UTF32, LineIndex

LINE = "A 😀 é soup\u200b"  # the invisible character is column 11 (1-based, characters)


@pytest.mark.parametrize(("encoding", "character"), [(UTF16, 11), (UTF8, 14), (UTF32, 10)])
def test_a_column_after_an_emoji_and_an_accent(encoding: str, character: int) -> None:
    index = LineIndex.of("# T\n" + LINE + "\n", encoding)
    assert index.position(2, 11) == (1, character)
    assert index.column(1, character) == (2, 11)


def test_a_position_inside_a_surrogate_pair_or_a_utf8_sequence_is_the_characters_start() -> None:
    assert LineIndex.of(LINE, UTF16).column(0, 3) == (1, 3)  # the second half of 😀
    assert LineIndex.of(LINE, UTF8).column(0, 4) == (1, 3)  # the third byte of 😀


def test_a_buffer_with_a_byte_order_mark_counts_it_on_the_first_line_only() -> None:
    index = LineIndex.of("---\ntitle: x\n", UTF16, has_bom=True)
    assert index.position(1, 1) == (0, 1)
    assert index.position(2, 1) == (1, 0)
    assert index.column(0, 1) == (1, 1)


def test_positions_past_the_text_are_clamped_to_its_end() -> None:
    index = LineIndex.of("ab\ncd", UTF16)
    assert index.position(9, 1) == (1, 2)
    assert index.position(1, 40) == (0, 2)
    assert index.column(7, 0) == (2, 3)


def test_diagnostics_link_their_documentation_only_under_a_configured_address() -> None:
    pytest.importorskip("lsprotocol")
    from recipelint.server.protocol import lsp_diagnostic

    diagnostic = Diagnostic("p.md", 2, 3, 2, 5, "ING011", "unused-ingredient", Severity.INFO, "m")
    index = LineIndex.of("x\nabcdef\n")
    assert lsp_diagnostic(diagnostic, index, None).code_description is None
    linked = lsp_diagnostic(diagnostic, index, "https://docs.example.org/rl/")
    assert linked.code_description.href == "https://docs.example.org/rl/docs/rules/ING011.md"
    assert (linked.range.start.line, linked.range.start.character, linked.range.end.character) == (1, 2, 4)
    assert linked.severity == 3


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("a\nb\nc\n", "a\nB\nc\n"),
        ("a\nb\nc", "a\nb\nC"),  # the last line has no line break
        ("a\r\nb\r\n", "a\r\nx\r\nb\r\n"),
        ("😀\nb", "😀\nb\nmore"),
        ("a\u2028b\nc\n", "a\u2028b\nC\n"),  # U+2028 is not a line break for the LSP
    ],
)
def test_whole_text_edits_turn_the_old_text_into_the_new(old: str, new: str) -> None:
    pytest.importorskip("lsprotocol")
    from recipelint.server.protocol import whole_text_edits

    lines = old.replace("\r\n", "\n").split("\n")
    starts = [0]
    for line in old.split("\n"):
        starts.append(starts[-1] + len(line) + 1)

    def offset(position) -> int:
        text = old.split("\n")[position.line] if position.line < len(lines) else ""
        units = chars = 0
        for char in text:
            if units >= position.character:
                break
            units += 2 if ord(char) > 0xFFFF else 1
            chars += 1
        return starts[position.line] + chars

    result = old
    for edit in sorted(whole_text_edits(old, new, UTF16), key=lambda e: (e.range.start.line, e.range.start.character),
                       reverse=True):
        result = result[: offset(edit.range.start)] + edit.new_text + result[offset(edit.range.end):]
    assert result == new
