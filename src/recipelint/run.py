"""One ``recipelint check`` run: discover, lint, fix, report, choose the exit code."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from recipelint import __version__
from recipelint.config.loader import Config, ConfigResolver, Overrides
from recipelint.diagnostic import Severity
from recipelint.engine.per_file import FileResult, lint_files, lint_source
from recipelint.engine.selection import config_resolver


@dataclass
class CheckOptions:
    paths: list[str]
    overrides: Overrides = field(default_factory=Overrides)
    config_file: Path | None = None
    output_format: str = "text"
    output_file: str | None = None
    stdin_filename: str | None = None
    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    exit_zero: bool = False
    force_exclude: bool = False
    color: str = "auto"
    jobs: int | None = None


def run_check(options: CheckOptions, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    stdout = stdout or sys.stdout
    resolver = config_resolver(options.overrides, options.config_file)
    if options.paths == ["-"]:
        result, fs_path, config = _lint_stdin(options, resolver, stdin or sys.stdin)
        results, files, configs = [result], {result.path: fs_path}, {}
        fix_configs = {result.path: config}
        checked_dirs: list[Path] = []
    else:
        from recipelint.engine.discovery import discover

        sources = list(discover(options.paths, resolver, options.force_exclude))
        files = {s.display_path: s.path for s in sources}
        jobs = [(s.display_path, s.path, s.config) for s in sources]
        configs = {s.display_path: s.config for s in sources}
        results = lint_files(jobs, options.jobs)
        fix_configs = configs
        checked_dirs = [Path(p) for p in options.paths if Path(p).is_dir()]
    fixes_applied, changed = 0, 0
    if options.fix or options.diff:
        from recipelint.engine.fixing import fix_results

        outcome = fix_results(results, files, fix_configs, options, stdout)
        results, fixes_applied, changed = outcome.results, outcome.applied, outcome.changed_files
    files_checked = len(results)  # the project pass may add results for images: not checked files
    if configs:
        from recipelint.engine.project_pass import run_project_rules

        def config_for(display: str) -> Config:
            return configs.get(display) or resolver.for_path(Path(display))

        run_project_rules(results, config_for, checked_dirs)
    _add_suppression_reports(results[:files_checked], fix_configs, files, checked_dirs)
    diagnostics = sorted(d for r in results for d in r.diagnostics)
    _write_report(options, results, diagnostics, fixes_applied, files_checked, stdout)
    return _exit_code(options, diagnostics, changed, any(r.crashed for r in results))


def _lint_stdin(options: CheckOptions, resolver: ConfigResolver, stdin: TextIO) -> tuple[FileResult, Path | None, Config]:
    data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode("utf-8")
    display = (options.stdin_filename or "-").replace(os.sep, "/")
    fs_path = Path(options.stdin_filename) if options.stdin_filename else None
    config = resolver.for_path(fs_path if fs_path else Path.cwd() / "-")
    return lint_source(display, fs_path, data, config), fs_path, config


def _add_suppression_reports(results: list[FileResult], configs: dict, files: dict, checked_dirs: list[Path]) -> None:
    """RL005/RL006 once every rule, the project rules included, has had its say."""
    from recipelint.engine.project_pass import whole_site_checked
    from recipelint.engine.reporting import add_suppression_reports

    for result in results:
        add_suppression_reports(result, configs[result.path], files.get(result.path),
                                whole_site_checked(result, checked_dirs))


def _exit_code(options: CheckOptions, diagnostics: list, changed_files: int, crashed: bool) -> int:
    if crashed:  # recorded by the linter (RL007 can be neither ignored nor suppressed)
        return 2
    if options.diff and changed_files:
        return 1
    if options.exit_zero:
        return 0
    return 1 if any(d.severity is Severity.ERROR for d in diagnostics) else 0


def _write_report(options: CheckOptions, results: list[FileResult], diagnostics: list, fixes_applied: int,
                  files_checked: int, stdout: TextIO) -> None:
    from recipelint.formats.base import Report, get_formatter
    from recipelint.rules import all_rules

    texts = {r.path: r.text for r in results if r.text is not None}
    lines: dict[str, list[str]] = {}  # split on first use: json and sarif never ask

    def source_line(path: str, line: int) -> str | None:
        if path not in lines:
            text = texts.get(path)
            lines[path] = text.split("\n") if text is not None else []
        text_lines = lines[path]
        return text_lines[line - 1] if 1 <= line <= len(text_lines) else None

    report = Report(
        diagnostics=diagnostics,
        files_checked=files_checked,
        rules=all_rules(),
        source_line=source_line,
        fixes_applied=fixes_applied,
        tool_version=__version__,
    )
    write = get_formatter(options.output_format)
    if options.output_file:
        with open(options.output_file, "w", encoding="utf-8", newline="\n") as handle:
            write(report, handle, color=options.color == "always")
    else:
        write(report, stdout, color=_use_color(options.color, stdout))


def _use_color(choice: str, stream: TextIO) -> bool:
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    return hasattr(stream, "isatty") and stream.isatty()
