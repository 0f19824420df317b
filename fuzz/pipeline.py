"""Coverage-guided fuzzing of the whole pipeline with atheris (libFuzzer for Python).

One input is the bytes of one page. It is written, undecoded, into a small site of each
preset (Docusaurus, Hugo, Jekyll, MkDocs) beside a neighbour page that links to it and
to its headings, and ``recipelint check`` runs over each site as the command line runs
it (decode, front matter, Markdown, every rule with ``select = ["ALL"]``, the project
pass, suppression reports), the page's fixes are applied until none apply (unsafe ones
too), then every output format renders the result.

An input fails the run when an exception escapes, when any rule crashed (RL007: the
engine turns a rule's exception into that finding, so it is a crash too), when a fix
breaks front matter that parsed, or when an output is not what it claims to be (JSON,
JSON lines, SARIF, GitLab and JUnit must parse, with one item per finding, and every
line of the GitHub format must be a workflow command or sit in a stop-commands block).
libFuzzer's ``-timeout`` and ``-rss_limit_mb`` bound each input's time and memory.

An input holding the separator line ``\\x1e`` (ASCII record separator) is split there:
the part after it replaces the neighbour page, so both pages of the cross-page rules
(duplicate titles and slugs, links and anchors between pages) are fuzzed.

Usage (see fuzz/README.md)::

    python fuzz/pipeline.py -dict=fuzz/recipe.dict -timeout=10 -rss_limit_mb=1024 \\
        -runs=100000 fuzz/corpus fuzz/seeds
"""

from __future__ import annotations

import io
import json
import shutil
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
import zlib
from pathlib import Path

INSTRUMENTED = ("recipelint", "markdown_it", "mdit_py_plugins", "yaml")
"""The packages whose coverage guides the fuzzer: the linter and its parsers (not the
standard library, which would slow every input four times for little)."""


def _import_instrumented() -> None:
    """Import every module of ``INSTRUMENTED`` under atheris' instrumentation, before
    anything imports them uninstrumented (the engine imports most modules lazily)."""
    import importlib
    import pkgutil

    import atheris

    with atheris.instrument_imports(include=list(INSTRUMENTED)):
        for name in INSTRUMENTED:
            package = importlib.import_module(name)
            for module in pkgutil.walk_packages(package.__path__, f"{name}."):
                if module.name.endswith(".__main__"):  # runs the command line
                    continue
                try:
                    importlib.import_module(module.name)
                except ImportError:  # an optional extra (the language server) not installed
                    pass


if __name__ == "__main__":
    _import_instrumented()

from recipelint.config.loader import Overrides  # noqa: E402
from recipelint.engine.fixing import fixed_result  # noqa: E402
from recipelint.engine.results import FileResult  # noqa: E402
from recipelint.engine.selection import config_resolver  # noqa: E402
from recipelint.formats.base import FORMAT_NAMES, get_formatter  # noqa: E402
from recipelint.run import CheckOptions, _lint_run, _report  # noqa: E402

PRESETS = ("docusaurus", "hugo", "jekyll", "mkdocs")

SITE_LAYOUT = {
    # preset: (marker file and its text, folder of the pages, folder of static files)
    "docusaurus": (("docusaurus.config.js", "module.exports = {};\n"), "docs/recipes", "static/img"),
    "hugo": (("hugo.toml", "title = 'Recipes'\n"), "content/recipes", "static/img"),
    "jekyll": (("_config.yml", "title: Recipes\n"), "recipes", "img"),
    "mkdocs": (("mkdocs.yml", "site_name: Recipes\n"), "docs/recipes", "docs/img"),
}

SEPARATOR = b"\n\x1e\n"

NEIGHBOUR = b"""---
title: Neighbour
description: A page that links to the fuzzed one.
tags: [test]
---

## Overview

See [the page](page.md), [its ingredients](page.md#ingredients) and [a missing one](page.md#nothing-here).

![Cover](/img/cover.png)

## Ingredients

- 1 cup flour
- 2 eggs

## Instructions

1. Mix.
2. Bake for 20 minutes.
"""

# A one-pixel PNG, so image rules find a real file behind /img/cover.png.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000" "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


class FuzzFinding(AssertionError):
    """What the harness reports as a crash."""


class Site:
    """A temporary site of one preset: its page and neighbour are rewritten per input."""

    def __init__(self, base: Path, preset: str) -> None:
        (marker, marker_text), pages, static = SITE_LAYOUT[preset]
        self.preset = preset
        self.root = base / preset
        (self.root / pages).mkdir(parents=True)
        (self.root / static).mkdir(parents=True, exist_ok=True)
        (self.root / marker).write_text(marker_text, encoding="utf-8")
        (self.root / static / "cover.png").write_bytes(PNG)
        (self.root / "recipelint.toml").write_text(f'preset = "{preset}"\nselect = ["ALL"]\n', encoding="utf-8")
        self.page = self.root / pages / "page.md"
        self.neighbour = self.root / pages / "neighbour.md"

    def write(self, page: bytes, neighbour: bytes) -> None:
        self.page.write_bytes(page)
        self.neighbour.write_bytes(neighbour)


class Pipeline:
    """Every preset's site, made once; ``check`` runs one input through all of them."""

    def __init__(self) -> None:
        self.base = Path(tempfile.mkdtemp(prefix="recipelint-fuzz-"))
        self.sites = [Site(self.base, preset) for preset in PRESETS]

    def close(self) -> None:
        shutil.rmtree(self.base, ignore_errors=True)

    def check(self, data: bytes, every_preset: bool = True) -> None:
        """Lint ``data`` under every preset, or (``every_preset=False``, the fuzzing
        loop) under the one its checksum picks: four times the inputs per second, and
        the fuzzer still reaches each preset's code, since it can change the checksum."""
        page, _, neighbour = data.partition(SEPARATOR)
        sites = self.sites if every_preset else [self.sites[zlib.crc32(data) % len(self.sites)]]
        for site in sites:
            site.write(page, neighbour if SEPARATOR in data else NEIGHBOUR)
            check_site(site)


def check_site(site: Site) -> None:
    """Lint one site as ``recipelint check SITE`` does, fix the page, render every format."""
    options = CheckOptions(paths=[str(site.root)], overrides=Overrides(), color="never")
    run = _lint_run(options, config_resolver(options.overrides, None), io.StringIO(), io.StringIO())
    for result in run.results:
        _no_crash(result, site.preset)
    checked = run.results[: run.files_checked]
    if len(checked) != 2:
        raise FuzzFinding(f"{site.preset}: expected both pages checked, got {[r.path for r in checked]}")
    page = next(r for r in checked if r.path.endswith("/page.md"))
    _check_fixes(page, site)
    diagnostics = sorted(d for r in run.results for d in r.diagnostics)
    report = _report(options, checked, diagnostics, 0)
    for name in FORMAT_NAMES:
        stream = io.StringIO()
        get_formatter(name)(report, stream, color=name == "text")
        validate(name, stream.getvalue(), len(diagnostics), site.preset)


def _no_crash(result: FileResult, preset: str = "") -> None:
    crashes = [d for d in result.diagnostics if d.code == "RL007"]
    if crashes or result.crashed:
        raise FuzzFinding(f"{preset}: a rule crashed: {crashes[0].message if crashes else 'crashed'}")


def _check_fixes(result: FileResult, site: Site) -> None:
    """The page's fixes, safe and unsafe, applied as ``--fix`` would (nothing is
    written): no rule may crash on the fixed text, and front matter that parsed still does."""
    if result.text is None:
        return
    config = config_resolver().for_path(site.page)
    fixed, applied = fixed_result(result, site.page, config, unsafe=True)
    _no_crash(fixed, site.preset)
    if applied:
        broke = {"FM002", "FM003"} & {d.code for d in fixed.diagnostics} - {d.code for d in result.diagnostics}
        if broke:
            raise FuzzFinding(f"{site.preset}: a fix broke the front matter: {sorted(broke)}")


def validate(name: str, output: str, count: int, preset: str) -> None:
    """The output of format ``name`` parses as what it claims to be and holds every finding."""
    where = f"{preset}: --format {name}"
    output.encode("utf-8")  # no lone surrogates
    if name == "json":
        items = json.loads(output)
        if len(items) != count:
            raise FuzzFinding(f"{where}: {len(items)} items for {count} findings")
    elif name == "jsonl":
        items = [json.loads(line) for line in output.splitlines() if line]
        if len(items) != count:
            raise FuzzFinding(f"{where}: {len(items)} lines for {count} findings")
    elif name == "sarif":
        results = json.loads(output)["runs"][0]["results"]
        if len(results) != count:
            raise FuzzFinding(f"{where}: {len(results)} results for {count} findings")
    elif name == "gitlab":
        if len(json.loads(output)) != count:
            raise FuzzFinding(f"{where}: wrong number of issues")
    elif name == "junit":
        ElementTree.fromstring(output)
    elif name == "github":
        validate_github(output, count, where)


def validate_github(output: str, count: int, where: str) -> None:
    """One workflow command per finding; every other line is inside a
    ``::stop-commands::`` block, so no text of a page can act as a command."""
    commands, stopped_until = 0, None
    for line in output.split("\n"):
        if stopped_until is not None:
            if line == stopped_until:
                stopped_until = None
        elif line.startswith("::stop-commands::"):
            stopped_until = f"::{line.removeprefix('::stop-commands::')}::"
        elif line.startswith(("::error ", "::warning ", "::notice ")):
            commands += 1
        elif line:
            raise FuzzFinding(f"{where}: a line outside a stop-commands block: {line!r}")
    if commands != count or stopped_until is not None:
        raise FuzzFinding(f"{where}: {commands} commands for {count} findings, block closed: {stopped_until is None}")


_PIPELINE: Pipeline | None = None


def check_input(data: bytes, every_preset: bool = True) -> None:
    """One input through the pipeline and every format; raises on any finding."""
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = Pipeline()
    _PIPELINE.check(data, every_preset)


def fuzz_one_input(data: bytes) -> None:
    """The fuzz target: one preset per input (see ``Pipeline.check``)."""
    check_input(data, every_preset=False)


def main() -> None:
    import atheris

    atheris.Setup(sys.argv, fuzz_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
