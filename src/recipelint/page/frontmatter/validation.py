"""Validating front matter against the preset's model, once per document.

The result is shared by the rules that report it: missing keys (FM005), invalid values
(FM006) and YAML 1.1 implicit-type traps (FM007). A schema error caused only by YAML
turning an unquoted word into a boolean, number or date is reported once, as a trap,
with a fix that quotes the value.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from yaml.nodes import Node, ScalarNode

from recipelint.diagnostic import Edit, Fix, FixSafety, Problem
from recipelint.page.frontmatter.describe import (
    accepts,
    describe_type,
    describe_value,
    item_annotation,
)
from recipelint.page.frontmatter.yamlnodes import (
    YamlDocument,
    implicit_type,
    scalar_value,
    walk_scalars,
)

if TYPE_CHECKING:
    from recipelint.page.document import Document

_CANONICAL_BOOLEANS = {"true", "false"}
_OCTAL = re.compile(r"^[-+]?0[0-7]+$")


@dataclass
class FrontMatterFindings:
    missing: list[Problem]
    invalid: list[Problem]
    traps: list[Problem]


def front_matter_findings(document: Document, model: Callable[[], Any], required_keys: Sequence[str]) -> FrontMatterFindings:
    """The schema analysis of ``document``'s front matter against the pydantic model that
    ``model()`` loads (only when there is a mapping to validate), plus ``required_keys``.
    Worked out once per document: the model and keys are fixed for a document."""
    return document.memo("front-matter-validation", lambda _: _analyze(document, model, required_keys))


def _analyze(document: Document, load_model: Callable[[], Any], required_keys: Sequence[str]) -> FrontMatterFindings:
    findings = FrontMatterFindings([], [], [])
    yaml_doc = document.yaml
    if yaml_doc is None or yaml_doc.error is not None:
        return findings
    data = yaml_doc.data if yaml_doc.data is not None else {}
    if not isinstance(data, dict):
        where = yaml_doc.position(yaml_doc.root)
        findings.invalid.append(Problem(where.line, where.column, f"front matter must be a mapping of `key: value` lines, got {describe_value(data)}"))
        return findings
    model = load_model()
    _schema_findings(document, model, yaml_doc, data, findings)
    _key_traps(yaml_doc, findings)
    _trap_findings(model, yaml_doc, findings)
    _extra_required(document, required_keys, data, findings)
    return findings


def _validation_errors(model: Any, data: dict) -> list[dict]:
    from pydantic import ValidationError

    try:
        model.model_validate(data)
    except ValidationError as exc:
        return exc.errors(include_url=False)
    return []


def _data_path(data: Any, loc: tuple) -> tuple:
    """The loc with pydantic's union-member tags (``'str'``, ``'list[str]'``) removed."""
    path: list[Any] = []
    current = data
    for part in loc:
        if isinstance(current, dict) and part in current:
            current = current[part]
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            current = current[part]
        elif not path and isinstance(current, dict):
            path.append(part)  # a missing top-level key
            break
        else:
            continue
        path.append(part)
    return tuple(path)


def _schema_findings(document: Document, model: Any, yaml_doc: YamlDocument, data: dict, findings: FrontMatterFindings) -> None:
    errors_by_path: dict[tuple, list[dict]] = {}
    for error in _validation_errors(model, data):
        if error["type"] != "invalid_key":  # non-text keys are traps, see _key_traps
            errors_by_path.setdefault(_data_path(data, error["loc"]), []).append(error)
    _drop_failed_alternatives(errors_by_path)
    if not errors_by_path:
        return
    trap_paths = _paths_fixed_by_quoting(model, yaml_doc, data, errors_by_path)
    for path, errors in errors_by_path.items():
        if path in trap_paths:
            continue
        if any(e["type"] == "missing" for e in errors):
            findings.missing.append(_missing_key(document, path[0]))
        elif _value_at(data, path) is None:
            continue  # an empty value: FM009 (tags) and FM012 (title, description) say so
        else:
            findings.invalid.append(_invalid_value(model, yaml_doc, data, path, errors))
    for path in trap_paths:
        node, _ = yaml_doc.node_at(path)
        findings.traps.append(_trap_problem(yaml_doc, node, path, "text", quote=True))


def _is_type_error(error: dict) -> bool:
    return error["type"].endswith(("_type", "_parsing")) or error["type"] == "union_tag_invalid"


def _drop_failed_alternatives(errors_by_path: dict[tuple, list[dict]]) -> None:
    """When an item inside a value is wrong, the value's other union alternatives
    (``Text`` for ``Text | TextList``) failing too is noise, not a second problem."""
    has_deeper = {other[:length] for other in errors_by_path for length in range(len(other))}
    for path in list(errors_by_path):
        if path in has_deeper and all(_is_type_error(e) for e in errors_by_path[path]):
            del errors_by_path[path]


def _paths_fixed_by_quoting(model: Any, yaml_doc: YamlDocument, data: dict, errors_by_path: dict) -> set[tuple]:
    """Error paths whose only problem is a plain scalar YAML did not read as a string."""
    candidates: dict[tuple, str] = {}
    for path, errors in errors_by_path.items():
        node, _ = yaml_doc.node_at(path)
        # An empty value (null) is missing, not mistyped; a constraint error
        # (`servings: 0`) is a wrong value, not a YAML reading.
        if node is None or implicit_type(node) in (None, "null") or not all(_is_type_error(e) for e in errors):
            continue
        candidates[path] = node.value
    if not candidates:
        return set()
    patched = copy.deepcopy(data)
    for path, text in candidates.items():
        _set_path(patched, path, text)
    still_failing = {_data_path(patched, e["loc"]) for e in _validation_errors(model, patched)}
    return {path for path in candidates if path not in still_failing}


def _set_path(data: Any, path: tuple, value: Any) -> None:
    for part in path[:-1]:
        data = data[part]
    data[path[-1]] = value


def _missing_key(document: Document, key: str) -> Problem:
    block = document.front_matter
    return Problem(
        block.start_line,
        1,
        f"required key `{key}` is missing from the front matter",
        end_column=4,
    )


def _field_annotation(model: Any, path: tuple) -> Any | None:
    fields = {(f.alias or name): f for name, f in model.model_fields.items()}
    field = fields.get(path[0]) if path else None
    if field is None:
        return None
    annotation = field.annotation
    for part in path[1:]:
        if isinstance(part, int):
            annotation = item_annotation(annotation)
            if annotation is None:
                return None
        else:
            return None
    return annotation


def _label(path: tuple) -> str:
    label = str(path[0])
    for part in path[1:]:
        label += f"[{part + 1}]" if isinstance(part, int) else f".{part}"
    return f"`{label}`"


def _invalid_value(model: Any, yaml_doc: YamlDocument, data: dict, path: tuple, errors: list[dict]) -> Problem:
    node, nearest = yaml_doc.node_at(path)
    pos = yaml_doc.position(node or nearest)
    value = _value_at(data, path)
    annotation = _field_annotation(model, path)
    type_errors = [e for e in errors if _is_type_error(e)]
    if annotation is not None and type_errors and len(type_errors) == len(errors):
        expected = describe_type(annotation)
        message = f"{_label(path)} must be {expected}, got {describe_value(value)}{_hint(path, annotation, value)}"
    else:
        constraint = next((e for e in errors if not _is_type_error(e)), errors[0])
        message = f"{_label(path)}: {constraint['msg'][0].lower()}{constraint['msg'][1:]}"
    return pos.problem(message)


def _value_at(data: Any, path: tuple) -> Any:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _hint(path: tuple, annotation: Any, value: Any) -> str:
    if item_annotation(annotation) is not None and isinstance(value, str) and not accepts(annotation, str):
        noun = "tag" if path[0] == "tags" else "item"
        return f"; write each {noun} on its own `- ` line"
    if value is None:
        return "; give it a value or remove the key"
    if isinstance(value, (dict, list)) and accepts(annotation, str):
        return "; if the text contains `: ` or starts with `[`, `{` or `-`, put it in quotes"
    return ""


def _key_traps(yaml_doc: YamlDocument, findings: FrontMatterFindings) -> None:
    """Top-level keys YAML did not read as text (`12:`, `yes:`, `~:`); keys must be text."""
    for key_node, _ in getattr(yaml_doc.root, "value", ()):
        if isinstance(key_node, ScalarNode) and implicit_type(key_node) is not None:
            findings.traps.append(_trap_problem(yaml_doc, key_node, (key_node.value,), "key", quote=True))


def _trap_findings(model: Any, yaml_doc: YamlDocument, findings: FrontMatterFindings) -> None:
    """YAML 1.1 readings that are surprising even where the schema accepts them."""
    reported = {(p.line, p.column) for p in findings.traps}
    for path, node in walk_scalars(yaml_doc.root):
        kind = implicit_type(node)
        if kind is None:
            continue
        text = node.value
        if kind == "bool" and text.lower() not in _CANONICAL_BOOLEANS:
            reading = "boolean"
        elif kind in ("int", "float") and ":" in text:
            reading = "sexagesimal"
        elif kind == "int" and _OCTAL.match(text):
            reading = "octal"
        else:
            continue
        pos = yaml_doc.position(node)
        if (pos.line, pos.column) in reported:
            continue
        annotation = _field_annotation(model, path)
        quote = annotation is not None and accepts(annotation, str)
        boolean_field = annotation is not None and accepts(annotation, bool) and reading == "boolean"
        findings.traps.append(_trap_problem(yaml_doc, node, path, reading, quote=quote and not boolean_field, boolean=boolean_field))


def _trap_problem(yaml_doc: YamlDocument, node: Node, path: tuple, reading: str, *, quote: bool, boolean: bool = False) -> Problem:
    pos = yaml_doc.position(node)
    value = scalar_value(node)
    written = node.value if reading == "key" else f"{_label(path).strip('`')}: {node.value}"
    if reading == "sexagesimal":
        what = f"the number {value} (YAML 1.1 reads `a:b` as base 60)"
    elif reading == "octal":
        what = f"the octal number {value}"
    else:
        what = describe_value(value)
    message = f"`{written}` is read by YAML as {what}, not the text \"{node.value}\""
    if reading == "key":
        message = f"key `{node.value}` is read by YAML as {what}; front-matter keys must be text"
    fix = None
    single_line = pos.line == pos.end_line
    if boolean and single_line:
        replacement = "true" if value else "false"
        message += f"; write `{replacement}`"
        fix = Fix(FixSafety.SAFE, (Edit(pos.line, pos.column, pos.end_line, pos.end_column, replacement),), f"Write `{replacement}`")
    elif quote and single_line:
        quoted = '"' + node.value.replace("\\", "\\\\").replace('"', '\\"') + '"'
        message += f"; quote it: `{quoted}`"
        fix = Fix(FixSafety.SAFE, (Edit(pos.line, pos.column, pos.end_line, pos.end_column, quoted),), f"Quote the value as {quoted}")
    else:
        message += "; put it in quotes if text was meant"
    return pos.problem(message, fix)


def _extra_required(document: Document, required_keys: Sequence[str], data: dict, findings: FrontMatterFindings) -> None:
    already = {p.message for p in findings.missing}
    for key in required_keys:
        if key not in data:
            problem = _missing_key(document, key)
            if problem.message not in already:
                findings.missing.append(problem)
