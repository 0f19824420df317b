"""The parse-once document model: decoding, front matter, positions in the real file."""

from __future__ import annotations

import string

from hypothesis import given
from hypothesis import strategies as st

from recipelint.page.document import Document
from recipelint.page.source import (
    DecodedSource,
    UndecodableSource,
    decode_source,
    encode_text,
)

SEED_LIKE = "---\nid: x\ntitle: T\ntags:\n  - a\n  - b\n---\n\n## Overview\n\nText.\n"


def test_front_matter_block_lines():
    document = Document("x.md", SEED_LIKE)
    block = document.front_matter
    assert (block.start_line, block.end_line, block.content_line) == (1, 7, 2)
    assert document.yaml.data == {"id": "x", "title": "T", "tags": ["a", "b"]}


def test_yaml_positions_are_file_positions():
    document = Document("x.md", SEED_LIKE)
    node, _ = document.yaml.node_at(("tags", 1))
    pos = document.yaml.position(node)
    assert (pos.line, pos.column, pos.end_line, pos.end_column) == (6, 5, 6, 6)
    assert document.line_text(pos.line)[pos.column - 1 : pos.end_column - 1] == "b"


def test_markdown_tokens_keep_file_lines():
    document = Document("x.md", SEED_LIKE)
    heading = next(t for t in document.tokens if t.type == "heading_open")
    assert heading.map[0] + 1 == 9
    assert document.tokens[0].type == "front_matter"


def test_unterminated_and_missing_front_matter():
    assert Document("x.md", "# Title\n").front_matter is None
    block = Document("x.md", "---\ntitle: T\n\n# Title\n").front_matter
    assert not block.closed
    assert Document("x.md", "---\ntitle: T\n\n# Title\n").yaml is None


def test_bom_and_crlf_do_not_shift_positions():
    data = b"\xef\xbb\xbf" + SEED_LIKE.replace("\n", "\r\n").encode()
    source = decode_source(data)
    assert isinstance(source, DecodedSource)
    assert (source.newline, source.had_bom) == ("\r\n", True)
    assert source.text == SEED_LIKE
    assert encode_text(source.text, source.newline, source.had_bom) == data


def test_find_column():
    document = Document("x.md", "- 3 tbsp Sesame Oil\n")
    assert document.find_column(1, "Sesame") == 10
    assert document.find_column(1, "nope") is None


keys = st.text(alphabet=string.ascii_lowercase + "_", min_size=1, max_size=12)
values = st.text(alphabet=string.ascii_letters + string.digits + " .,'-", min_size=1, max_size=30).map(str.strip).filter(bool)


@given(st.dictionaries(keys, values, min_size=1, max_size=8), st.integers(min_value=0, max_value=3))
def test_every_key_maps_to_its_line(mapping, blank_lines):
    lines = [f"{key}: {value!r}" for key, value in mapping.items()]
    text = "---\n" + "\n" * blank_lines + "\n".join(lines) + "\n---\n\nbody\n"
    document = Document("x.md", text)
    for index, key in enumerate(mapping):
        node, _ = document.yaml.node_at((key,))
        pos = document.yaml.position(node)
        assert pos.line == 2 + blank_lines + index
        assert document.line_text(pos.line).startswith(f"{key}: ")
        assert pos.column == len(key) + 3


@given(st.binary(max_size=300))
def test_decoding_never_raises(data):
    result = decode_source(data)
    assert isinstance(result, (DecodedSource, UndecodableSource))
    if isinstance(result, UndecodableSource):
        assert result.line >= 1 and result.column >= 1


@given(st.text(max_size=300))
def test_any_text_parses_without_error(text):
    document = Document("x.md", text)
    assert isinstance(document.tokens, list)
    if document.front_matter and document.front_matter.closed:
        yaml_doc = document.yaml
        assert yaml_doc.error is None or yaml_doc.error.line >= 2
