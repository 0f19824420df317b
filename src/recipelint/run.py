"""One ``recipelint check`` run as explicit stages: discover and lint each file, the fix
loop, the project pass (cross-page rules), suppression reports, the report, the exit code."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from recipelint import __version__
from recipelint.config.loader import Config, ConfigResolver, Overrides
from recipelint.diagnostic import Severity, printable_path
from recipelint.engine.per_file import lint_files, lint_source
from recipelint.engine.results import FileResult, unpack_text
from recipelint.engine.selection import config_resolver
from recipelint.exit_codes import ExitCode
from recipelint.sites import disk


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
    changed_since: str | None = None
    """A git ref: report only on the files changed since (``engine/changed.py``)."""
    rule_docs_url: str | None = None
    statistics: bool = False
    show_fixes: bool = False
    exit_non_zero_on_fix: bool = False
    add_suppressions: bool = False
    show_files: bool = False
    show_settings: bool = False
    cache: bool = False
    """Reuse and store per-file results in the cache folder (the command line turns it on)."""
    cache_dir: Path | None = None
    """The cache folder; None: ``.recipelint_cache`` at the project root."""


@dataclass
class LintedRun:
    """What the lint stage leaves for the later stages: a result per checked file, and
    for each the file it was read from and the configuration it was linted with."""

    results: list[FileResult]
    files: dict[str, Path | None]
    configs: dict[str, Config]
    checked_dirs: list[Path]
    whole_files: bool
    """False for standard input: there is no site to run the project pass over."""
    reported: Callable[[FileResult], bool] | None = None
    """With ``--changed-since``: whether a result is reported on (the others only fed
    the project pass)."""
    linted: int = 0
    """How many results, at the front of ``results``, are files the rules checked."""
    files_checked: int = 0
    fixes_applied: int = 0
    changed_files: int = 0
    fixed_codes: dict = field(default_factory=dict)
    """Per file written by ``--fix``, a Counter of the fixes applied by rule."""
    crashed: bool = False
    """A file's lint crashed (RL007): the run exits 2."""


def run_check(options: CheckOptions, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """One run, stage by stage: discover and lint, fix, project pass, suppression
    reports, (``--add-suppressions`` and a second run), report, exit code."""
    stdout = stdout or sys.stdout
    resolver = config_resolver(options.overrides, options.config_file)
    if options.show_files or options.show_settings:
        return _show(options, resolver, stdout)
    run = _lint_run(options, resolver, stdin or sys.stdin, stdout)
    if options.add_suppressions:
        _add_suppressions(run)
        run = _lint_run(options, config_resolver(options.overrides, options.config_file), stdin or sys.stdin, stdout)
    diagnostics = sorted(d for r in run.results for d in r.diagnostics)
    report = _report(options, run.results[:run.files_checked], diagnostics, 0 if options.diff else run.fixes_applied)
    if options.diff and not options.output_file:
        _diff_summary(options, run.fixes_applied, run.changed_files)
    else:
        _write_report(options, report, stdout)
    _write_job_summary(report)
    if options.show_fixes:
        _write_fix_list(options, run, diagnostics, stdout)
    return _exit_code(options, diagnostics, run.changed_files, run.crashed, run.fixes_applied)


def _lint_run(options: CheckOptions, resolver: ConfigResolver, stdin: TextIO, stdout: TextIO) -> LintedRun:
    """Every stage up to the report: lint, fix, project pass, suppression reports; with
    ``--changed-since``, keep only the results reported on."""
    run = _lint_stdin(options, resolver, stdin) if options.paths == ["-"] else _lint_paths(options, resolver)
    run.fixes_applied, run.changed_files = _fix(options, run, stdout)
    run.files_checked = run.linted  # the project pass may add results for images: not checked files
    if run.whole_files:
        _project_pass(run, resolver)
    _add_suppression_reports(run, run.files_checked)
    run.crashed = any(r.crashed for r in run.results)
    if run.reported is not None:
        run.results = [r for r in run.results if run.reported(r)]
    return run


def _show(options: CheckOptions, resolver: ConfigResolver, stdout: TextIO) -> int:
    """``--show-files`` / ``--show-settings``: what a run would do; nothing is linted."""
    from recipelint.engine.settings_report import show_files, show_settings

    if options.show_files:
        stdout.write(show_files(options.paths, resolver, options.force_exclude))
    else:
        stdout.write(show_settings(options.paths[0], resolver))
    return ExitCode.OK


def _add_suppressions(run: LintedRun) -> None:
    """Write a suppression comment for every finding, and say what was done on stderr."""
    from recipelint.engine.add_suppressions import add_suppressions

    outcome = add_suppressions(run.results, run.files, run.configs)
    print(f"recipelint: {outcome.summary()}", file=sys.stderr)


def _write_fix_list(options: CheckOptions, run: LintedRun, diagnostics: list, stdout: TextIO) -> None:
    """``--show-fixes``: beside a text report on stdout; on stderr beside a machine format."""
    from recipelint.formats.statistics import write_fix_list
    from recipelint.rules import all_rules

    stream = stdout if options.output_format == "text" and not options.output_file else sys.stderr
    names = {code: rule.name for code, rule in all_rules().items()}
    write_fix_list(run.fixed_codes, diagnostics, names, options.fix, stream)


def _lint_paths(options: CheckOptions, resolver: ConfigResolver) -> LintedRun:
    from recipelint.engine.discovery import discover

    sources = list(discover(options.paths, resolver, options.force_exclude))
    if not sources:
        print(f"recipelint: no Markdown files to check in {', '.join(options.paths)}", file=sys.stderr)
    reported = None
    unchanged: list = []
    if options.changed_since is not None:
        from recipelint.engine.changed import changed_since

        changes = changed_since(options.changed_since, Path(options.paths[0]))
        unchanged = [s for s in sources if s.path not in changes]
        sources = [s for s in sources if s.path in changes]
        linted_paths = {s.display_path for s in sources}
        if unchanged and not sources:
            print(f"recipelint: none of the {len(unchanged)} files found changed since {options.changed_since}",
                  file=sys.stderr)

        def reported(result: FileResult) -> bool:
            return result.path in linted_paths or Path(result.path) in changes or result.crashed

    everything = sources + unchanged
    jobs = [(s.display_path, s.path, s.config, False) for s in sources]
    jobs += [(s.display_path, s.path, s.config, True) for s in unchanged]  # facts for the project pass only
    cache = _open_cache(options, resolver) if jobs else None
    results = lint_files(jobs, options.jobs, cache)
    return LintedRun(
        results,
        {s.display_path: s.path for s in everything},
        {s.display_path: s.config for s in everything},
        [Path(p) for p in options.paths if disk.is_dir(p)],
        whole_files=True,
        reported=reported,
        linted=len(sources),
    )


def _open_cache(options: CheckOptions, resolver: ConfigResolver):
    """The result cache for this run, or None (``--no-cache``, ``RECIPELINT_NO_CACHE``,
    or a folder that cannot be used, which a one-line warning names)."""
    from recipelint.engine.cache import cache_disabled_by_environment, open_cache

    if not options.cache or cache_disabled_by_environment():
        return None
    return open_cache(cache_directory(options.cache_dir, resolver))


def cache_directory(given: Path | None, resolver: ConfigResolver) -> Path:
    """``given``, else the default: ``.recipelint_cache`` at the project root, the folder of
    the configuration that applies to the working directory (or the working directory)."""
    from recipelint.engine.cache import default_cache_dir

    return given if given is not None else default_cache_dir(resolver.for_directory(Path.cwd()).root)


def _fix(options: CheckOptions, run: LintedRun, stdout: TextIO) -> tuple[int, int]:
    """The fix loop (``--fix``, ``--diff``): (fixes applied or, with ``--diff``, shown; files changed)."""
    if not (options.fix or options.diff):
        return 0, 0
    from recipelint.engine.fixing import fix_results

    outcome = fix_results(run.results, run.files, run.configs, options, stdout)
    run.results = outcome.results
    run.fixed_codes = outcome.applied_codes
    return outcome.applied, outcome.changed_files


def _project_pass(run: LintedRun, resolver: ConfigResolver) -> None:
    from recipelint.engine.project_pass import run_project_rules

    def config_for(display: str) -> Config:
        return run.configs.get(display) or resolver.for_path(Path(display))

    run_project_rules(run.results, config_for, run.checked_dirs)


def _lint_stdin(options: CheckOptions, resolver: ConfigResolver, stdin: TextIO) -> LintedRun:
    data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode("utf-8")
    display = printable_path((options.stdin_filename or "-").replace(os.sep, "/"))
    fs_path = Path(options.stdin_filename) if options.stdin_filename else None
    config = resolver.for_path(fs_path if fs_path else Path.cwd() / "-")
    result = lint_source(display, fs_path, data, config)
    return LintedRun([result], {display: fs_path}, {display: config}, [], whole_files=False, linted=1)


def _add_suppression_reports(run: LintedRun, files_checked: int) -> None:
    """RL005/RL006 once every rule, the project rules included, has had its say."""
    from recipelint.engine.project_pass import whole_site_checked
    from recipelint.engine.reporting import add_suppression_reports

    for result in run.results[:files_checked]:
        add_suppression_reports(result, run.configs[result.path], run.files.get(result.path),
                                whole_site_checked(result, run.checked_dirs))


def _exit_code(options: CheckOptions, diagnostics: list, changed_files: int, crashed: bool,
               fixes_applied: int = 0) -> ExitCode:
    if crashed:  # recorded by the linter (RL007 can be neither ignored nor suppressed)
        return ExitCode.ERROR
    if options.diff:  # like --fix-only: the diff decides, not what remains to report
        return ExitCode.PROBLEMS if changed_files else ExitCode.OK
    if options.exit_zero:
        return ExitCode.OK
    if options.exit_non_zero_on_fix and fixes_applied:
        return ExitCode.PROBLEMS
    return ExitCode.PROBLEMS if any(d.severity is Severity.ERROR for d in diagnostics) else ExitCode.OK


def _report(options: CheckOptions, checked: list[FileResult], diagnostics: list, fixes_applied: int):
    """What the formats see: ``checked`` are the results of the files the rules checked."""
    from recipelint.formats.base import Report
    from recipelint.rules import all_rules

    results = checked

    packed = {r.path: r.packed_text for r in results if r.packed_text is not None}
    current: dict[str, list[str]] = {}  # one file's lines at a time: the report asks in path order

    def source_line(path: str, line: int) -> str | None:
        if path not in current:
            current.clear()
            text = unpack_text(packed.get(path))
            current[path] = text.split("\n") if text is not None else []
        text_lines = current[path]
        return text_lines[line - 1] if 1 <= line <= len(text_lines) else None

    return Report(
        diagnostics=diagnostics,
        files_checked=len(checked),
        rules=all_rules(),
        source_line=source_line,
        fixes_applied=fixes_applied,
        tool_version=__version__,
        checked_paths=[r.path for r in checked],
        unsafe_fixes=options.unsafe_fixes,
        rule_docs_url=options.rule_docs_url,
    )


def _write_report(options: CheckOptions, report, stdout: TextIO) -> None:
    from recipelint.formats.base import Report, get_formatter

    write = get_formatter(options.output_format)
    if options.statistics:
        from recipelint.formats.statistics import write_statistics

        def write(report: Report, stream: TextIO, color: bool) -> None:
            write_statistics(report, stream, options.output_format)
    if options.output_file:
        with open(options.output_file, "w", encoding="utf-8", newline="\n") as handle:
            write(report, handle, color=options.color == "always")
    else:
        write(report, stdout, color=_use_color(options.color, stdout))


def _diff_summary(options: CheckOptions, fixes: int, changed_files: int) -> None:
    """``--diff`` keeps standard output for the diff: one line on standard error says
    what it holds (the findings go to ``--output-file`` when one is given)."""
    from recipelint.formats.summary import count

    if changed_files:
        message = f"Would apply {count(fixes, 'fix', 'fixes')} to {count(changed_files, 'file', 'files')}."
    else:
        message = "No fixes to apply" + ("." if options.unsafe_fixes else " (--unsafe-fixes may find more).")
    print(message, file=sys.stderr)


def _write_job_summary(report) -> None:
    """Under GitHub Actions, append the Markdown summary to ``$GITHUB_STEP_SUMMARY``."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if os.environ.get("GITHUB_ACTIONS") != "true" or not target:
        return
    from recipelint.formats.job_summary import (
        DEFAULT_BUDGET,
        SourceLinks,
        write_job_summary,
    )

    server, repository, sha = (os.environ.get(k) for k in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA"))
    links = None
    if server and repository and sha:
        checkout = Path(os.environ.get("GITHUB_WORKSPACE") or Path.cwd())
        links = SourceLinks(f"{server.rstrip('/')}/{repository}/blob/{sha}", checkout)
    try:
        budget = DEFAULT_BUDGET - os.path.getsize(target)
    except OSError:
        budget = DEFAULT_BUDGET
    try:
        with open(target, "a", encoding="utf-8", newline="\n") as handle:
            write_job_summary(report, handle, links=links, budget=budget)
    except OSError as exc:
        print(f"recipelint: cannot write the job summary to {target}: {exc.strerror or exc}", file=sys.stderr)


def _use_color(choice: str, stream: TextIO) -> bool:
    """``--color`` first; then ``NO_COLOR`` (any non-empty value: no colour) and
    ``FORCE_COLOR`` (any non-empty value: colour even when not on a terminal, as in CI
    logs), per no-color.org and force-color.org; else colour on a terminal."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(stream, "isatty") and stream.isatty()


def write_report(options: CheckOptions, results: list[FileResult], files_checked: int, stdout: TextIO) -> list:
    """Write the report of ``results`` (after the project pass) as ``check`` does; its
    diagnostics, sorted. ``check --watch`` writes one after each change."""
    diagnostics = sorted(d for r in results for d in r.diagnostics)
    _write_report(options, _report(options, results[:files_checked], diagnostics, 0), stdout)
    return diagnostics
