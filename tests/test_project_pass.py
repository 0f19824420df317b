"""The project pass: cross-file rules over a whole run, with each file's own settings."""

from __future__ import annotations

from pathlib import Path

from recipelint.config.loader import Overrides
from recipelint.engine.per_file import lint_files
from recipelint.engine.selection import config_resolver

PAGE = "---\ntitle: {title}\ntags:\n  - {tag}\n---\n\n{body}\n"


def write_site(root: Path, pages: dict[str, tuple[str, str]]) -> None:
    (root / "docs").mkdir(parents=True, exist_ok=True)
    (root / "docusaurus.config.js").write_text("module.exports = {};\n")
    for name, (tag, body) in pages.items():
        (root / "docs" / name).write_text(PAGE.format(title=name, tag=tag, body=body))


def codes(diagnostics: list[dict], code: str) -> list[str]:
    return [f"{Path(d['path']).name}:{d['line']}:{d['column']}" for d in diagnostics if d["code"] == code]


def test_tag_spellings_are_compared_across_pages(tmp_path: Path, run_json) -> None:
    write_site(tmp_path, {"a.md": ("Slow Cooker", "A."), "b.md": ("Slow Cooker", "B."), "c.md": ("slow-cooker", "C.")})
    _, diagnostics = run_json(str(tmp_path))
    assert codes(diagnostics, "FM016") == ["c.md:4:5"]


def test_a_single_file_run_compares_that_file_with_nothing(tmp_path: Path, run_json) -> None:
    write_site(tmp_path, {"a.md": ("Slow Cooker", "A."), "c.md": ("slow-cooker", "C.")})
    _, diagnostics = run_json(str(tmp_path / "docs" / "c.md"))
    assert codes(diagnostics, "FM016") == []


def test_inline_suppression_silences_a_project_diagnostic_without_an_unused_report(tmp_path: Path, run_json) -> None:
    write_site(tmp_path, {"a.md": ("Slow Cooker", "A."), "b.md": ("Slow Cooker", "B.")})
    (tmp_path / "docs" / "c.md").write_text(
        "---\ntitle: C\ntags:\n  - slow-cooker\n---\n\n<!-- recipelint-disable-file FM016 -->\n\nC.\n"
    )
    _, diagnostics = run_json(str(tmp_path))
    assert codes(diagnostics, "FM016") == []
    assert codes(diagnostics, "RL005") == []


def test_an_unused_suppression_of_a_project_rule_is_reported_only_when_its_site_was_checked(tmp_path: Path, run_json) -> None:
    write_site(tmp_path, {"a.md": ("Slow Cooker", "A."), "b.md": ("Slow Cooker", "B.")})
    page = tmp_path / "docs" / "c.md"
    page.write_text("---\ntitle: C\ntags:\n  - Slow Cooker\n---\n\n<!-- recipelint-disable-file FM016 -->\n\nC.\n")
    _, diagnostics = run_json(str(tmp_path))
    assert codes(diagnostics, "RL005") == ["c.md:7:1"]
    _, diagnostics = run_json(str(page))
    assert codes(diagnostics, "RL005") == []


def test_per_file_ignores_and_severity_apply_to_project_rules(tmp_path: Path, run_json) -> None:
    write_site(tmp_path, {"a.md": ("Slow Cooker", "A."), "b.md": ("Slow Cooker", "B."), "c.md": ("slow-cooker", "C.")})
    (tmp_path / "recipelint.toml").write_text('[per-file-ignores]\n"docs/c.md" = ["FM016"]\n')
    _, diagnostics = run_json(str(tmp_path))
    assert codes(diagnostics, "FM016") == []
    (tmp_path / "recipelint.toml").write_text('[severity]\nFM016 = "error"\n')
    code, diagnostics = run_json(str(tmp_path))
    assert [d["severity"] for d in diagnostics if d["code"] == "FM016"] == ["error"]
    assert code == 1


def test_unused_images_only_when_the_whole_site_was_checked(tmp_path: Path, run_json) -> None:
    write_site(tmp_path, {"a.md": ("Soup", "![A bowl of soup](/img/soup/cover.png)")})
    images = tmp_path / "static" / "img" / "soup"
    images.mkdir(parents=True)
    (images / "cover.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 24)
    (images / "old.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 24)
    _, diagnostics = run_json(str(tmp_path))
    assert codes(diagnostics, "IMG004") == ["old.png:1:1"]
    assert [d["severity"] for d in diagnostics if d["code"] == "IMG004"] == ["info"]
    _, diagnostics = run_json(str(tmp_path / "docs"))
    assert codes(diagnostics, "IMG004") == []


def test_unused_images_use_their_own_sites_configuration_and_are_not_checked_files(tmp_path: Path, run_json, capsys) -> None:
    from recipelint.cli import main

    for name in ("one", "two"):
        site = tmp_path / name
        write_site(site, {"a.md": ("Soup", "![A bowl of soup](/img/soup/cover.png)")})
        images = site / "static" / "img" / "soup"
        images.mkdir(parents=True)
        (images / "cover.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 24)
        (images / "old.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 24)
    (tmp_path / "one" / "recipelint.toml").write_text('[severity]\nIMG004 = "warning"\n')
    (tmp_path / "two" / "recipelint.toml").write_text('ignore = ["IMG004"]\n')
    _, diagnostics = run_json(str(tmp_path / "one"), str(tmp_path / "two"))
    assert [(Path(d["path"]).parts[-5], d["severity"]) for d in diagnostics if d["code"] == "IMG004"] == [
        ("one", "warning")
    ]
    main(["check", "--color", "never", str(tmp_path / "one")])
    assert "in 1 file checked" in capsys.readouterr().out


def test_page_facts_survive_worker_processes(tmp_path: Path) -> None:
    directive = "<!-- recipelint-disable-next-line FM016 -->\nText."
    pages = {f"p{i:02}.md": ("Soup", directive if i % 2 else "Text.") for i in range(50)}
    write_site(tmp_path, pages)
    resolver = config_resolver(Overrides(), None)
    jobs = [(p.as_posix(), p, resolver.for_path(p)) for p in sorted((tmp_path / "docs").glob("*.md"))]
    results = lint_files(jobs, workers=2)
    assert len(results) == 50
    assert all(r.facts is not None and r.facts.tags[0].value == "Soup" for r in results)
    # A page's directives come along (a page without any keeps none).
    assert [r.suppressions is not None and len(r.suppressions.directives) for r in results] == [
        bool(i % 2) and 1 for i in range(50)]
