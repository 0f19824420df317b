"""The language server's session lints buffers exactly as ``check`` lints files: the
same diagnostics at the same places, cross-page rules included, on whole sites."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recipelint.cli import main
from recipelint.server.session import LintSession

REPO = Path(__file__).resolve().parents[1]
CHOWDOWN = REPO.parent / "shared" / "corpora" / "chowdown"


def _check(folder: Path, tmp_path: Path) -> dict[Path, list[tuple]]:
    out = tmp_path / "check.json"
    main(["check", "--format", "json", "--output-file", str(out), str(folder)])
    found: dict[Path, list[tuple]] = {}
    for d in json.loads(out.read_text(encoding="utf-8")):
        found.setdefault(Path(d["path"]).resolve(), []).append(
            (d["line"], d["column"], d["end_line"], d["end_column"], d["code"]))
    return found


def _session(folder: Path) -> dict[Path, list[tuple]]:
    """Every Markdown file of the site open at once, as buffers."""
    from recipelint.engine.discovery import discover
    from recipelint.engine.selection import config_resolver

    session = LintSession([folder])
    for source in discover([str(folder)], config_resolver()):
        path = source.path.resolve()
        session.open(path.as_uri(), path, path.read_text(encoding="utf-8"))
    session.lint_all()
    return {
        page.key: [(d.line, d.column, d.end_line, d.end_column, d.code) for d in page.diagnostics]
        for page in session.pages.values() if page.diagnostics
    }


@pytest.mark.parametrize(("folder", "some_codes"), [
    (REPO / "examples", {"CAL001", "FM007", "LNK001"}),
    (CHOWDOWN, {"FM016", "ING010"}),  # FM016: one tag spelled two ways across the site
], ids=["examples", "chowdown"])
def test_open_buffers_get_what_check_reports(folder: Path, some_codes: set[str], tmp_path: Path) -> None:
    if not folder.is_dir():
        pytest.skip(f"needs {folder}")
    expected = _check(folder, tmp_path)
    got = _session(folder)
    images = {path for path in expected if path.suffix.lower() not in (".md", ".mdx", ".markdown")}
    assert got == {path: found for path, found in expected.items() if path not in images}
    assert some_codes <= {code for found in got.values() for *_, code in found}
