"""SARIF 2.1.0, the format GitHub code scanning and most security dashboards ingest.

Columns are code points (``run.columnKind``), not SARIF's default UTF-16 units, and
regions end one past the last character, as ours do. Files inside the working
directory (the checkout, in CI) are URIs relative to ``%SRCROOT%``, which
``originalUriBaseIds`` defines as that directory; others are absolute ``file:`` URIs.
Each rule links to its page (``helpUri``) and carries its documentation as Markdown;
each result has a fingerprint that survives line moves (``partialFingerprints``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING, TextIO

from recipelint.diagnostic import Severity
from recipelint.formats.fingerprints import stable_fingerprints
from recipelint.formats.report_paths import relative_path, uri_path
from recipelint.formats.rule_markdown import rst_to_markdown, rule_doc_url

if TYPE_CHECKING:
    from recipelint.diagnostic import Diagnostic, Edit, Fix
    from recipelint.formats.base import Report
    from recipelint.rules.registry import Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "recipelint/v1"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def write_sarif(report: Report, stream: TextIO, *, color: bool) -> None:
    """One SARIF log with one run holding every diagnostic."""
    codes = sorted({diagnostic.code for diagnostic in report.diagnostics})
    rule_index = {code: index for index, code in enumerate(codes)}
    driver = {"name": "recipelint"}
    if report.tool_version:
        driver["version"] = report.tool_version
    driver["rules"] = [_rule(code, report) for code in codes]
    root = Path.cwd()
    fingerprints = stable_fingerprints(report)
    run = {
        "tool": {"driver": driver},
        "originalUriBaseIds": {SRCROOT: {"uri": _directory_uri(root)}},
        "columnKind": "unicodeCodePoints",
        "results": [
            _result(d, rule_index[d.code], fingerprint, root)
            for d, fingerprint in zip(report.diagnostics, fingerprints)
        ],
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    json.dump(log, stream, indent=2, ensure_ascii=False)
    stream.write("\n")


def _rule(code: str, report: Report) -> dict:
    """The reportingDescriptor of ``code``; its documentation becomes the help text."""
    rule = report.rules.get(code)
    if rule is None:
        name = next(d.name for d in report.diagnostics if d.code == code)
        return {"id": code, "name": name}
    return {
        "id": code,
        "name": rule.name,
        **_descriptions(rule),
        "helpUri": rule_doc_url(report.rule_docs_url, code),
        "defaultConfiguration": {"level": _LEVELS[rule.severity]},
    }


def _descriptions(rule: Rule) -> dict:
    if not rule.doc:
        return {}
    return {
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.doc},
        "help": {"text": rule.doc, "markdown": rst_to_markdown(rule.doc)},
    }


def _result(diagnostic: Diagnostic, rule_index: int, fingerprint: str, root: Path) -> dict:
    region = _region(
        diagnostic.line, diagnostic.column, diagnostic.end_line, diagnostic.end_column
    )
    artifact = _artifact_location(diagnostic.path, root)
    result = {
        "ruleId": diagnostic.code,
        "ruleIndex": rule_index,
        "level": _LEVELS[diagnostic.severity],
        "message": {"text": diagnostic.message},
        "locations": [{"physicalLocation": {"artifactLocation": artifact, "region": region}}],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
    }
    if diagnostic.fix is not None:
        result["fixes"] = [_fix(diagnostic.fix, artifact)]
    return result


def _fix(fix: Fix, artifact: dict) -> dict:
    """A SARIF fix; the safety goes in the property bag, SARIF has no word for it."""
    sarif_fix: dict = {}
    if fix.message:
        sarif_fix["description"] = {"text": fix.message}
    replacements = [_replacement(edit) for edit in fix.edits]
    sarif_fix["artifactChanges"] = [{"artifactLocation": artifact, "replacements": replacements}]
    sarif_fix["properties"] = {"safety": fix.safety.value}
    return sarif_fix


def _replacement(edit: Edit) -> dict:
    """A replacement without ``insertedContent`` is a deletion in SARIF."""
    replacement: dict = {
        "deletedRegion": _region(edit.line, edit.column, edit.end_line, edit.end_column)
    }
    if edit.content:
        replacement["insertedContent"] = {"text": edit.content}
    return replacement


def _region(line: int, column: int, end_line: int, end_column: int) -> dict:
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def _artifact_location(path: str, root: Path) -> dict:
    """A file under ``root`` as a percent-encoded URI relative to ``%SRCROOT%``; any
    other as an absolute ``file:`` URI."""
    relative = relative_path(path, root)
    if relative is not None:
        return {"uri": uri_path(relative), "uriBaseId": SRCROOT}
    for flavour in (PurePosixPath, PureWindowsPath):
        if flavour(path).is_absolute():
            return {"uri": flavour(path).as_uri()}
    return {"uri": Path(os.path.abspath(path)).as_uri()}


def _directory_uri(directory: Path) -> str:
    """A folder's ``file:`` URI; SARIF requires the slash at the end of a base URI."""
    return directory.absolute().as_uri().rstrip("/") + "/"
