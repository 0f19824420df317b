"""Coverage-guided fuzzing of the whole pipeline: bytes of one page → decode → front
matter → Markdown → every rule → fixes → the project pass → every output format.

Run with atheris (``pip install atheris``; see ``fuzz/README.md``)::

    python fuzz/pipeline.py -atheris_runs=100000 -timeout=10 -rss_limit_mb=1024 fuzz/corpus

The first byte of an input picks the site generator (Docusaurus, Hugo, Jekyll,
MkDocs), so every preset's model and rules are exercised; the rest is the page, linted
inside a small site with another page, an image and a static folder, so link, anchor,
image and cross-page checks have something to look at. A crash is any exception that
escapes, any RL007 (a rule that raised), a format whose output does not parse, or a
fix that breaks a page that parsed. ``check_input`` is also what the test suite runs
on a few seeds, so the harness cannot rot.
"""

from __future__ import annotations

import io
import json
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

PRESETS = ("docusaurus", "hugo", "jekyll", "mkdocs")
FORMATS = ("text", "json", "jsonl", "github", "sarif", "junit", "gitlab")
OTHER_PAGE = "---\ntitle: Stock\ntags: [Soup]\n---\n\n## Making the stock\n\nSimmer.\n"


class FuzzFinding(AssertionError):
    """What the harness reports as a crash."""


class Site:
    """A small site per preset in a temporary folder, made once per process."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="recipelint-fuzz-"))
        self.pages: dict[str, Path] = {}
        self.configs = {}
        from recipelint.config.loader import Overrides
        from recipelint.engine.selection import config_resolver

        markers = {"docusaurus": "docusaurus.config.js", "hugo": "hugo.toml", "jekyll": "_config.yml", "mkdocs": "mkdocs.yml"}
        folders = {"docusaurus": "docs", "hugo": "content", "jekyll": "_posts", "mkdocs": "docs"}
        for preset in PRESETS:
            site = self.root / preset
            (site / ".git").mkdir(parents=True)
            (site / markers[preset]).write_text("" if preset != "mkdocs" else "site_name: Fuzz\n", encoding="utf-8")
            pages = site / folders[preset]
            pages.mkdir()
            (pages / "stock.md").write_text(OTHER_PAGE, encoding="utf-8")
            for static in ("static/img", "img", "docs/img"):
                (site / static).mkdir(parents=True, exist_ok=True)
                (site / static / "cover.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 24)
            self.pages[preset] = pages / "2024-01-01-page.md"
            resolver = config_resolver(Overrides(preset=preset, select=["ALL"]))
            self.configs[preset] = resolver.for_path(self.pages[preset])


_site: Site | None = None


def check_input(data: bytes) -> None:
    """Lint ``data`` as one page of a site and render every format; FuzzFinding when
    anything is wrong. Files are written only inside the harness's own folder."""
    global _site
    from recipelint.engine.fixing import fixed_result
    from recipelint.engine.per_file import lint_source
    from recipelint.engine.project_pass import run_project_rules
    from recipelint.engine.reporting import add_suppression_reports
    from recipelint.formats.base import Report, get_formatter
    from recipelint.rules import all_rules

    if _site is None:
        _site = Site()
    preset = PRESETS[data[0] % len(PRESETS)] if data else PRESETS[0]
    page, config = _site.pages[preset], _site.configs[preset]
    body = data[1:]
    result = lint_source("page.md", page, body, config)
    _no_crash(result)
    if result.text is not None:
        fixed, applied = fixed_result(result, page, config, unsafe=True)
        _no_crash(fixed)
        if applied:
            broke = {"FM002", "FM003"} & {d.code for d in fixed.diagnostics} - {d.code for d in result.diagnostics}
            if broke:
                raise FuzzFinding(f"a fix broke the front matter: {sorted(broke)}")
    other = lint_source("stock.md", page.with_name("stock.md"), OTHER_PAGE.encode(), config)
    results = [result, other]
    run_project_rules(results, lambda path: config, [page.parent.parent])
    for each in results[:2]:
        add_suppression_reports(each, config, page if each is result else page.with_name("stock.md"), True)
    _no_crash(result)
    diagnostics = sorted(d for r in results for d in r.diagnostics)
    lines = (result.text or "").split("\n")
    report = Report(diagnostics=diagnostics, files_checked=2, rules=all_rules(),
                    source_line=lambda path, line: lines[line - 1] if path == "page.md" and 1 <= line <= len(lines) else None,
                    tool_version="fuzz", checked_paths=["page.md", "stock.md"])
    for name in FORMATS:
        stream = io.StringIO()
        get_formatter(name)(report, stream, color=name == "text")
        _valid(name, stream.getvalue())


def _no_crash(result) -> None:
    crashes = [d for d in result.diagnostics if d.code == "RL007"]
    if crashes or result.crashed:
        raise FuzzFinding(f"a rule crashed: {crashes[0].message if crashes else 'crashed'}")


def _valid(name: str, output: str) -> None:
    output.encode("utf-8")  # no lone surrogates
    if name in ("json", "sarif", "gitlab"):
        json.loads(output)
    elif name == "jsonl":
        for line in output.splitlines():
            json.loads(line)
    elif name == "junit":
        ElementTree.fromstring(output)


def main() -> None:
    import atheris

    with atheris.instrument_imports(include=["recipelint"]):
        import recipelint.engine.per_file  # noqa: F401  (instrumented with everything it pulls in)
        import recipelint.formats.base  # noqa: F401
        import recipelint.run  # noqa: F401
        from recipelint.formats.base import FORMAT_MODULES, get_formatter
        from recipelint.rules import all_rules

        all_rules()
        for name in FORMAT_MODULES:
            get_formatter(name)
    atheris.Setup(sys.argv, check_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
