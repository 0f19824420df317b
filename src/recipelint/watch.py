"""``recipelint check --watch``: check once, then again after every change, until Ctrl-C.

The first run lints every file; after that a change re-lints only the files that
changed (or appeared) and the pages whose results may depend on them: a page that
names a changed file (by file name, folder name for an index page, or an id or slug the
changed page sets) may link to it. The cross-page rules then run again over every
page's facts, which are kept from the earlier runs. A changed configuration file
re-checks everything. Each run clears the terminal (only a terminal) and ends with a
one-line summary stamped with the time.

Ctrl-C is how a watch ends, not an interruption of work: the exit code is 0.
"""

from __future__ import annotations

import copy
import gc
import logging
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from recipelint.config.loader import CONFIG_FILE_NAMES, Config, ConfigError
from recipelint.diagnostic import Diagnostic, Severity
from recipelint.engine.results import FileResult
from recipelint.exit_codes import ExitCode
from recipelint.run import CheckOptions, write_report

DEBOUNCE_MS = 200
_CLEAR_SCREEN = "\x1b[2J\x1b[H"
_INDEX_NAMES = ("index", "_index", "readme")
_NOUNS = {Severity.ERROR: ("error", "errors"), Severity.WARNING: ("warning", "warnings"), Severity.INFO: ("info", "info")}


@dataclass
class WatchedRun:
    """The results of the last run, kept between changes: each file's per-file result
    (before the project pass added to it), path and configuration."""

    options: CheckOptions
    resolver: object = None
    results: dict[str, FileResult] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)
    configs: dict[str, Config] = field(default_factory=dict)

    def lint_everything(self) -> int:
        from recipelint.engine.selection import config_resolver

        self.resolver = config_resolver(self.options.overrides, self.options.config_file)
        self.results.clear()
        sources = self._discover()
        return self._lint(sources, sources)

    def lint_changes(self, changed: set[Path]) -> int:
        """Re-lint what ``changed`` (absolute paths) may affect; how many files."""
        from recipelint.engine.disk_caches import forget_disk_caches

        forget_disk_caches()
        if any(path.name in CONFIG_FILE_NAMES for path in changed):
            return self.lint_everything()
        sources = self._discover()
        names = _names_of(changed, self.results.values())  # what the changed pages were called
        kept = {s.display_path for s in sources}
        for display in [d for d in self.results if d not in kept]:  # deleted, or now excluded
            del self.results[display]
        first = [s for s in sources if s.display_path not in self.results or s.path.absolute() in changed]
        self._lint(first, sources)
        names |= _names_of(changed, (self.results[s.display_path] for s in first))  # and are called now
        done = {s.display_path for s in first}
        then = [s for s in sources if s.display_path not in done and _mentions(self.results[s.display_path].text, names)]
        return len(first) + self._lint(then, sources)

    def _discover(self):
        from recipelint.engine.discovery import discover

        return list(discover(self.options.paths, self.resolver, self.options.force_exclude))

    def _lint(self, wanted: list, sources: list) -> int:
        """Lint the ``wanted`` sources; ``sources`` are all the run's files now."""
        from recipelint.engine.per_file import lint_files

        self.files = {s.display_path: s.path for s in sources}
        self.configs = {s.display_path: s.config for s in sources}
        for result in lint_files([(s.display_path, s.path, s.config) for s in wanted], self.options.jobs):
            self.results[result.path] = result
        return len(wanted)

    def report(self, stdout: TextIO) -> list[Diagnostic]:
        """Write the report of the current results; its diagnostics."""
        from recipelint.engine.project_pass import run_project_rules, whole_site_checked
        from recipelint.engine.reporting import add_suppression_reports

        results = [_fresh_copy(r) for r in self.results.values()]
        checked = len(results)
        checked_dirs = [Path(p) for p in self.options.paths if Path(p).is_dir()]

        def config_for(display: str) -> Config:
            return self.configs.get(display) or self.resolver.for_path(Path(display))

        run_project_rules(results, config_for, checked_dirs)
        for result in results[:checked]:
            add_suppression_reports(result, self.configs[result.path], self.files.get(result.path),
                                    whole_site_checked(result, checked_dirs))
        return write_report(self.options, results, checked, stdout)


def watch_check(options: CheckOptions, stdout: TextIO | None = None) -> int:
    """Check, then re-check after each change until Ctrl-C."""
    stdout = stdout or sys.stdout
    try:
        import watchfiles
    except ModuleNotFoundError:
        print("recipelint: error: --watch needs watchfiles: pip install 'recipelint[watch]'", file=sys.stderr)
        return ExitCode.ERROR
    gc.enable()  # the command line turns the collector off for one-shot runs
    logging.getLogger("watchfiles").setLevel(logging.ERROR)  # its own "stopping watch" note
    run = WatchedRun(options)
    roots = sorted({str(_watched_root(Path(p))) for p in options.paths})
    try:
        _show(run, stdout, run.lint_everything(), roots, first=True)
        for changes in watchfiles.watch(*roots, debounce=DEBOUNCE_MS, raise_interrupt=False):
            changed = {Path(path).absolute() for _, path in changes}
            try:
                linted = run.lint_changes(changed)
            except ConfigError as exc:
                print(f"recipelint: error: {exc}", file=sys.stderr)
                continue
            _show(run, stdout, linted, roots, first=False)
    except KeyboardInterrupt:
        pass
    return ExitCode.OK


def _show(run: WatchedRun, stdout: TextIO, linted: int, roots: list[str], first: bool) -> None:
    if hasattr(stdout, "isatty") and stdout.isatty():
        stdout.write(_CLEAR_SCREEN)
    diagnostics = run.report(stdout)
    counts = [_count(sum(d.severity is severity for d in diagnostics), *nouns) for severity, nouns in _NOUNS.items()]
    found = ", ".join(c for c in counts if c) or "no problems"
    files = _count(len(run.results), "file", "files") or "no files"
    what = "" if first else f" ({linted} re-checked after a change)"
    status = f"[{time.strftime('%H:%M:%S')}] {found} in {files}{what}. Watching {', '.join(roots)}; Ctrl-C stops."
    print(status, file=stdout if run.options.output_format == "text" else sys.stderr, flush=True)
    stdout.flush()


def _count(number: int, singular: str, plural: str) -> str:
    return f"{number} {singular if number == 1 else plural}" if number else ""


def _watched_root(path: Path) -> Path:
    """A folder to watch for ``path``: a file is watched through its folder, which sees
    an editor's save-by-rename."""
    path = path.absolute()
    return path if path.is_dir() else path.parent


def _names_of(changed: set[Path], results: Iterable[FileResult]) -> set[str]:
    """The words by which another page may link to a changed file: its name or stem,
    its folder's name for an index page, and the addresses (id, slug) the page set
    before the change."""
    names: set[str] = set()
    for path in changed:
        stem = path.stem
        names.update({path.name, path.parent.name if stem.lower() in _INDEX_NAMES else stem})
    for result in results:
        if result.facts is not None and result.facts.fs_path in changed:
            names.update(located.value.strip("/").rpartition("/")[2] for located in result.facts.keys.values())
    names.discard("")
    return names


def _mentions(text: str | None, names: set[str]) -> bool:
    return text is not None and any(name in text for name in names)


def _fresh_copy(result: FileResult) -> FileResult:
    """A per-file result with unused suppression marks, for one more project pass."""
    return FileResult(result.path, list(result.diagnostics), result.packed_text, result.newline, result.had_bom,
                      result.facts, copy.deepcopy(result.suppressions), result.crashed)
