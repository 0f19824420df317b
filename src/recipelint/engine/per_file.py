"""The per-file pass: read, decode, parse once, run the document rules, apply suppressions.

``lint_source`` is the whole per-file pipeline (bytes in, diagnostics out) and is what
worker processes run; ``lint_files`` spreads files over processes when there are many.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from recipelint.config.loader import Config
from recipelint.diagnostic import Diagnostic
from recipelint.engine.reporting import (
    capped,
    engine_diagnostics,
    engine_rule,
    to_diagnostics,
)
from recipelint.engine.results import FileResult
from recipelint.engine.selection import RuleSelection, per_file_ignores, rules_for
from recipelint.engine.suppressions import Suppressions
from recipelint.page.document import Document
from recipelint.page.markdown import MARKUP_BUDGET, markup_estimate
from recipelint.page.source import DecodedSource, UndecodableSource, decode_source
from recipelint.rules.context import EngineContext, RuleContext
from recipelint.rules.registry import Rule
from recipelint.sites.boundary import LEAVES, LOOPS, trace

if TYPE_CHECKING:
    from recipelint.engine.cache import ResultCache
    from recipelint.sites.page_facts import PageFacts

PARALLEL_THRESHOLD = 48
CACHED_PARALLEL_THRESHOLD = 1000
GC_OFF_MAX_FILES = 16  # runs over more files than this collect garbage (see lint_files)


def lint_source(display_path: str, fs_path: Path | None, data: bytes | None, config: Config, read_error: str | None = None,
                facts_only: bool = False, file_size: int | None = None, outside_site: bool = False,
                cache: ResultCache | None = None) -> FileResult:
    """Lint one file's bytes (or report why they could not be read: ``read_error``, or
    ``outside_site`` for a symlink that leads out of the site).

    ``facts_only``: run no rule, only collect what the project pass needs to know
    about the page (a page ``--changed-since`` does not report on). ``cache``: reuse
    the file's result from an earlier run while nothing it depends on changed.
    """
    selection, enabled = rules_for(config, per_file_ignores(config, fs_path))
    if facts_only:
        enabled = [rule for rule in enabled if rule.scope == "project"]
    engine = EngineContext(display_path, read_error=read_error, outside_site=outside_site)
    if data is None:
        return FileResult(display_path, list(engine_diagnostics(engine, enabled, selection)))
    source = decode_page(data, config, file_size)
    if isinstance(source, UndecodableSource):
        engine.undecodable = source
        return FileResult(display_path, list(engine_diagnostics(engine, enabled, selection)))
    if cache is not None and fs_path is not None and not facts_only:
        decoded = source
        return cache.lint(display_path, fs_path, config, data, decoded,
                          lambda: _lint_text(display_path, fs_path, decoded, config, enabled, selection, engine))
    return _lint_text(display_path, fs_path, source, config, enabled, selection, engine)


def decode_page(data: bytes, config: Config, file_size: int | None = None) -> DecodedSource | UndecodableSource:
    """The page's text, or why it is not checked: not UTF-8, binary, over
    ``max-file-size``, or (RL004 too) more Markdown structure than recipelint parses,
    since markdown-it keeps every token in memory (about 450 bytes each) and a few
    megabytes of table cells or list items would take gigabytes."""
    source = decode_source(data, config.settings.max_file_size, file_size)
    if isinstance(source, UndecodableSource):
        return source
    estimate = markup_estimate(source.text)
    if estimate <= MARKUP_BUDGET:
        return source
    return UndecodableSource(
        "too-large",
        f"has too much Markdown structure to check (about {estimate:,} parser tokens, over the limit "
        f"of {MARKUP_BUDGET:,}: a recipe has a few thousand); it was not checked",
    )


def _lint_text(
    display_path: str,
    fs_path: Path | None,
    source: DecodedSource,
    config: Config,
    enabled: list[Rule],
    selection: RuleSelection,
    engine: EngineContext,
) -> FileResult:
    from recipelint.engine.suppressions import parse_suppressions
    from recipelint.sites.detect import resolve_site

    document = Document(display_path, source.text, fs_path)
    settings = config.settings
    site = resolve_site(fs_path, settings.preset, settings.static_dirs, config.root)
    context = RuleContext(document, config, site)
    diagnostics: list[Diagnostic] = []
    for rule in enabled:
        if rule.scope != "document":
            continue
        context.rule = rule
        try:
            diagnostics.extend(to_diagnostics(rule, rule.check(context), display_path, selection))
        except Exception as exc:  # a bug in one rule must not hide the others
            engine.crashes.append((rule, exc))
    suppressions = Suppressions([])
    try:
        suppressions = parse_suppressions(document.lines, document.code_lines if "<!--" in source.text else frozenset())
    except Exception as exc:  # shared steps are isolated like the rules: RL007 on this file
        engine.crashes.append((engine_rule("RL005"), exc))
    kept = capped([d for d in diagnostics if not suppressions.suppresses(d)])
    facts = None
    project = [rule for rule in enabled if rule.scope == "project"]
    if project:
        from recipelint.sites.images import shown_images
        from recipelint.sites.page_facts import collect_page_facts

        try:
            facts = collect_page_facts(document, site, shown_images(document, site))
        except Exception as exc:
            engine.crashes.append((project[0], exc))
    crash_reports = list(engine_diagnostics(engine, enabled, selection))  # never suppressed
    return FileResult.of_text(display_path, sorted(kept + crash_reports), source.text, source.newline,
                              source.had_bom, facts, suppressions if suppressions.directives else None,
                              crashed=bool(engine.crashes))


def page_facts(display_path: str, fs_path: Path, data: bytes, config: Config) -> PageFacts | None:
    """What the project pass needs about a page, without running its rules: a language
    server keeps these for the site's pages that are not open in the editor."""
    from recipelint.sites.detect import resolve_site
    from recipelint.sites.images import shown_images
    from recipelint.sites.page_facts import collect_page_facts

    source = decode_page(data, config)
    if isinstance(source, UndecodableSource):
        return None
    document = Document(display_path, source.text, fs_path)
    settings = config.settings
    site = resolve_site(fs_path, settings.preset, settings.static_dirs, config.root)
    try:
        return collect_page_facts(document, site, shown_images(document, site))
    except Exception:  # the page's own lint reports the crash (RL007); here it only has no facts
        return None


def read_and_lint(display_path: str, path: Path, config: Config, facts_only: bool = False,
                  cache: ResultCache | None = None) -> FileResult:
    """Lint one file; an unexpected error becomes RL007 on that file, never a lost run."""
    try:
        return _read_and_lint(display_path, path, config, facts_only, cache)
    except Exception as exc:
        rl007 = engine_rule("RL007")
        engine = EngineContext(display_path, crashes=[(rl007, exc)])
        diagnostics = list(to_diagnostics(rl007, rl007.check(engine), display_path, RuleSelection(None, ())))
        return FileResult(display_path, diagnostics, crashed=True)


def _read_and_lint(display_path: str, path: Path, config: Config, facts_only: bool,
                   cache: ResultCache | None) -> FileResult:
    followed = _follow_inside(path, config)
    if followed == LEAVES:
        return lint_source(display_path, path, None, config, outside_site=True)
    if followed == LOOPS:
        return lint_source(display_path, path, None, config, "is a symbolic link that loops: it was not read")
    try:
        data, size = _read_bounded(path, config.settings.max_file_size)
    except _NotARegularFile:
        return lint_source(display_path, path, None, config,
                           "is not a regular file (a device, a pipe or a socket): it was not read")
    except FileNotFoundError:
        return lint_source(display_path, path, None, config, "file not found")
    except IsADirectoryError:
        return lint_source(display_path, path, None, config, "is a directory, not a file")
    except OSError as exc:
        return lint_source(display_path, path, None, config, f"cannot read file: {exc.strerror or exc}")
    return lint_source(display_path, path, data, config, None, facts_only, size, cache=cache)


def _follow_inside(path: Path, config: Config) -> Path | str:
    """Where the page really is, when it stays inside its site or repository; LEAVES
    when it is a symlink out of them (a pull request can commit one to any file on the
    machine that runs the check), LOOPS for a symlink loop."""
    from recipelint.sites.detect import admit_page, detect_site

    try:
        detected = detect_site(path.parent)
    except (OSError, RuntimeError):  # a folder on the way that loops or cannot be searched
        detected = None
    admit_page(path, detected[1] if detected else None, config.root)
    return trace(path)


class _NotARegularFile(OSError):
    pass


def _read_bounded(path: Path, max_bytes: int) -> tuple[bytes, int]:
    """The first ``max_bytes + 1`` bytes of a regular file (enough to tell it is too
    large) and its size. Opened without blocking and checked with ``fstat`` before any
    read, so a page that is a pipe, or a link to ``/dev/zero``, is reported instead of
    hanging the run or filling memory, and a sparse 2 GB file costs one read."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(descriptor, "rb", buffering=0) as handle:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(info.st_mode):
            raise _NotARegularFile(path)
        wanted = min(info.st_size, max_bytes) + 1
        chunks, total = [], 0
        while total < wanted:
            chunk = handle.read(wanted - total)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    return b"".join(chunks), info.st_size


def _lint_job(job: tuple[str, Path, Config] | tuple[str, Path, Config, bool],
              cache: ResultCache | None = None) -> FileResult:
    return read_and_lint(*job, cache=cache)


def lint_files(jobs: list[tuple[str, Path, Config] | tuple[str, Path, Config, bool]], workers: int | None = None,
               cache: ResultCache | None = None) -> list[FileResult]:
    """Lint every job (through ``cache`` when given); in worker processes when there are
    enough files to pay for them.

    A job is (displayed path, path, configuration), and optionally ``facts_only``:
    collect the page's facts for the project pass, run no rule.
    """
    if len(jobs) > GC_OFF_MAX_FILES:
        # The entry point disables the collector for start-up; a long run would
        # otherwise keep every document's reference cycles (~40 kB a file).
        import gc

        gc.enable()
    if cache is None or len(jobs) >= CACHED_PARALLEL_THRESHOLD:
        # Workers read reused results too when there are enough files: checking an entry
        # (reading the page and the entry, asking its questions again) is a tenth of
        # linting the page, but across thousands of pages the second core still pays.
        return _lint_all(jobs, workers, cache)
    # Reused results are read here: worker processes would cost more to start than the
    # reading does. Only the files whose result cannot be reused go to the workers.
    results = [_cached_result(job, cache) for job in jobs]
    missed = [index for index, result in enumerate(results) if result is None]
    for index, result in zip(missed, _lint_all([jobs[i] for i in missed], workers, cache)):
        results[index] = result
    return results  # type: ignore[return-value]


def _lint_all(jobs: list, workers: int | None, cache: ResultCache | None) -> list[FileResult]:
    if workers is None:
        workers = os.cpu_count() or 1
    if workers <= 1 or len(jobs) < PARALLEL_THRESHOLD:
        return [_lint_job(job, cache) for job in jobs]
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    chunk = max(1, len(jobs) // (workers * 4))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(partial(_lint_job, cache=cache), jobs, chunksize=chunk))


def _cached_result(job: tuple, cache: ResultCache) -> FileResult | None:
    """The job's result from the cache, or None: not cached, no longer valid, or a file
    that is not plain readable text (its own lint says what is wrong with it)."""
    display_path, path, config, *rest = job
    if rest and rest[0]:  # facts only: never cached
        return None
    try:
        if not isinstance(_follow_inside(path, config), Path):
            return None
        data, size = _read_bounded(path, config.settings.max_file_size)
        source = decode_page(data, config, size)
        if not isinstance(source, DecodedSource):
            return None
        return cache.cached(display_path, path, config, data, source)
    except Exception:  # whatever went wrong, the file's own lint reports it
        return None


def check_text(text: str, rule: str, *, preset: str | None = None, options: dict | None = None,
               path: str = "recipe.md") -> list[Diagnostic]:
    """Run one document rule (code or name) on ``text`` held in memory; for unit tests.

    No file is read: the page has no site (links and images resolve against nothing;
    ``preset`` names the generator, else the default one),
    and site-wide rules, which compare pages, need a run over files. ``options`` are
    the rule's options as a configuration file writes them, checked the same way.
    """
    from recipelint.config.schema import default_settings
    from recipelint.engine.selection import RegisteredRules
    from recipelint.rules import get_rule

    found = get_rule(rule)
    if found is None or found.scope != "document":
        raise ValueError(f"{rule!r} is not a document rule")
    code = RegisteredRules().check_rule_options(found.code, options or {})
    settings = default_settings().model_copy(
        update={"preset": preset, "select": [code], "rules": {code: dict(options or {})}}
    )
    result = lint_source(path, None, text.encode("utf-8"), Config(settings, None, Path.cwd()))
    return [d for d in result.diagnostics if d.code == code]
