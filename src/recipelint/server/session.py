"""What the language server keeps warm between keystrokes, and the lint of one buffer.

The process stays up, so nothing is imported or rebuilt per keystroke: the rules, the
parsers and the reference data are loaded once, configurations are found once per
folder (again only when a configuration file changes), and the facts the cross-page
rules need about the site's other pages are read from the disk once per site, then
updated one page at a time. A re-lint is the per-file pass over the buffer plus the
project pass over those facts, exactly as ``recipelint check`` runs them, with the
open buffers standing in for their files.

Nothing here knows the protocol: ``app`` turns these results into LSP messages.
"""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass, field
from pathlib import Path

from recipelint.config.loader import CONFIG_FILE_NAMES, Config, ConfigError
from recipelint.diagnostic import Diagnostic
from recipelint.engine.disk_caches import forget_disk_caches
from recipelint.engine.per_file import lint_source, page_facts
from recipelint.engine.project_pass import run_project_rules
from recipelint.engine.reporting import add_suppression_reports
from recipelint.engine.results import FileResult
from recipelint.engine.selection import config_resolver
from recipelint.sites import pages as site_pages
from recipelint.sites.detect import detect_site
from recipelint.sites.page_facts import PageFacts

MAX_PROJECT_PAGES = 5000


@dataclass
class Project:
    """The pages the cross-page rules compare an open page with: a site (or a workspace
    folder, or a configuration's folder) and the facts of each page on the disk."""

    root: Path
    whole_site: bool
    """All of the site's pages are known (IMG004 and RL005 about project rules may judge)."""
    facts: dict[Path, PageFacts] = field(default_factory=dict)
    loaded: bool = False
    version: int = 0
    """Moves whenever the facts or the disk change (see ``ProjectPass``)."""
    last_pass: ProjectPass | None = None

    def display(self, path: Path) -> str:
        """How diagnostics name ``path``: relative to the project's root, posix."""
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()


@dataclass
class ProjectPass:
    """What the last project pass added to each open page, and what it ran on.

    Most keystrokes change none of the facts the cross-page rules compare (ids, titles,
    tags, images and where they are written) nor any suppression comment; then the pass
    would give the same answer, and its additions are reused instead of comparing the
    page with every other page of the site again."""

    key: tuple
    added: dict[str, list[Diagnostic]]
    """Display path -> the diagnostics the pass added (project rules, suppressions applied)."""
    used: dict[str, list[set[str]]]
    """Display path -> per directive, the selectors the pass marked used."""


@dataclass
class OpenPage:
    """A document open in the editor: its text (newer than the disk) and last lint."""

    uri: str
    path: Path
    text: str
    version: int | None = None
    display: str = ""
    config: Config | None = None
    project: Project | None = None
    result: FileResult | None = None
    """The per-file pass over ``text`` (before the project pass adds to it)."""
    diagnostics: list[Diagnostic] = field(default_factory=list)
    """What the editor was last sent."""
    error: str | None = None
    """Why the page could not be linted (a broken configuration file)."""

    @property
    def key(self) -> Path:
        return self.path.resolve()


class LintSession:
    def __init__(self, folders: list[Path] | None = None) -> None:
        self.folders = [folder.resolve() for folder in folders or []]
        self.pages: dict[str, OpenPage] = {}
        self._projects: dict[Path, Project] = {}
        self._reset_configs()

    # -- documents ----------------------------------------------------------------

    def open(self, uri: str, path: Path, text: str, version: int | None = None) -> OpenPage:
        page = self.pages[uri] = OpenPage(uri, Path(os.path.abspath(path)), text, version)
        self._share_buffers()
        return page

    def update(self, uri: str, text: str, version: int | None = None) -> None:
        page = self.pages[uri]
        page.text, page.version = text, version
        self._share_buffers()

    def close(self, uri: str) -> list[OpenPage]:
        """Forget the buffer; the page's file speaks for it again. Returns the open pages
        whose diagnostics changed."""
        page = self.pages.pop(uri, None)
        self._share_buffers()
        if page is None or page.project is None:
            return []
        self._refresh_facts(page.project, page.path)
        self._lint_linking(page)
        return self._project_pass(page.project)

    # -- linting ------------------------------------------------------------------

    def lint(self, uri: str) -> list[OpenPage]:
        """Lint the buffer ``uri``; the open pages whose diagnostics changed (this one
        always comes first: its version moved)."""
        page = self.pages[uri]
        try:
            config = self._config_for(page.path)
            project = self._project_of(page.path, config)
            if not project.loaded:
                self._load(project)  # finds the configuration of every page of the site
        except ConfigError as exc:
            page.error, page.result, page.diagnostics = str(exc), None, []
            return [page]
        page.error, page.config, page.project = None, config, project
        self._lint_buffer(page, config, project)
        self._lint_linking(page)
        changed = self._project_pass(project)
        return [page] + [p for p in changed if p is not page]

    def _lint_linking(self, page: OpenPage) -> None:
        """Re-lint the other open pages that may link to ``page``: their links see its
        new headings (or, once it is closed, its file's)."""
        for other in self.pages.values():
            if other is not page and other.project is page.project and other.config is not None and _names(page, other.text):
                self._lint_buffer(other, other.config, other.project)

    def _lint_buffer(self, page: OpenPage, config: Config, project: Project) -> None:
        page.display = project.display(page.path)
        page.result = lint_source(page.display, page.path, page.text.encode("utf-8", "surrogatepass"), config)

    def lint_all(self) -> list[OpenPage]:
        changed: dict[str, OpenPage] = {}
        for uri in list(self.pages):
            for page in self.lint(uri):
                changed[page.uri] = page
        return list(changed.values())

    def disk_changed(self, paths: list[Path]) -> list[OpenPage]:
        """Files changed on the disk (saved, created, deleted, checked out): forget what
        was read from them and re-lint the open pages."""
        forget_disk_caches()
        for project in self._projects.values():
            project.version += 1  # IMG004 looks at the image files themselves
        if any(path.name in CONFIG_FILE_NAMES for path in paths) or self._configs_moved():
            self._reset_configs()
            for project in self._projects.values():
                project.loaded = False
        else:
            for path in paths:
                for project in self._projects.values():
                    if project.loaded:
                        self._refresh_facts(project, path)
        return self.lint_all()

    # -- the cross-page rules -----------------------------------------------------

    def _project_of(self, path: Path, config: Config) -> Project:
        resolved = path.resolve()
        site = detect_site(resolved.parent)
        if site is not None:
            root, whole = site[1], True
        elif config.path is not None:
            root, whole = config.root, True
        else:
            folder = next((f for f in self.folders if f == resolved.parent or f in resolved.parents), None)
            root, whole = (folder, True) if folder is not None else (resolved.parent, False)
        project = self._projects.get(root)
        if project is None:
            project = self._projects[root] = Project(root, whole)
        return project

    def _load(self, project: Project) -> None:
        """Read the facts of every page ``check ROOT`` would check (once per site)."""
        from recipelint.engine.discovery import discover

        project.facts.clear()
        project.version += 1
        if project.whole_site:
            for count, source in enumerate(discover([str(project.root)], self._resolver)):
                if count >= MAX_PROJECT_PAGES:
                    project.whole_site = False
                    break
                self._read_facts(project, source.path.resolve(), source.config)
        project.loaded = True

    def _refresh_facts(self, project: Project, path: Path) -> None:
        resolved = path.resolve()
        if path.suffix.lower() not in site_pages.MARKDOWN_SUFFIXES or project.root not in resolved.parents:
            return
        project.facts.pop(resolved, None)
        project.version += 1
        if resolved.is_file():
            try:
                self._read_facts(project, resolved, self._config_for(resolved))
            except ConfigError:
                pass

    def _read_facts(self, project: Project, path: Path, config: Config) -> None:
        try:
            if path.stat().st_size > config.settings.max_file_size:
                return
            data = path.read_bytes()
        except OSError:
            return
        facts = page_facts(project.display(path), path, data, config)
        if facts is not None:
            project.facts[path] = facts

    def _project_pass(self, project: Project) -> list[OpenPage]:
        """Run the cross-page rules over the open pages of ``project`` and the facts of
        its other pages; the open pages whose diagnostics changed."""
        open_pages = [p for p in self.pages.values() if p.project is project and p.result is not None]
        open_keys = {p.key for p in open_pages}
        results = [_fresh_copy(p.result) for p in open_pages]
        results += [FileResult(f.path, [], facts=f) for key, f in project.facts.items() if key not in open_keys]
        configs = {p.display: p.config for p in open_pages}

        def config_for(display: str) -> Config:
            return configs.get(display) or self._resolver.for_path(project.root / display)

        key = (project.version, tuple((p.display, id(p.config), p.result.facts, _directives(p.result)) for p in open_pages))
        last = project.last_pass
        if last is not None and last.key == key:
            for result in results[: len(open_pages)]:
                result.diagnostics = sorted(result.diagnostics + last.added.get(result.path, []))
                for directive, used in zip(_directive_list(result), last.used.get(result.path, [])):
                    directive.used |= used
        else:
            before = [(list(r.diagnostics), [set(d.used) for d in _directive_list(r)]) for r in results[: len(open_pages)]]
            run_project_rules(results, config_for, [project.root] if project.whole_site else [])
            project.last_pass = ProjectPass(
                key,
                {r.path: [d for d in r.diagnostics if d not in diagnostics] for r, (diagnostics, _) in zip(results, before)},
                {r.path: [d.used - u for d, u in zip(_directive_list(r), used)] for r, (_, used) in zip(results, before)},
            )
        changed = []
        for page, result in zip(open_pages, results):
            add_suppression_reports(result, page.config, page.path, project.whole_site)
            if result.diagnostics != page.diagnostics:
                page.diagnostics = result.diagnostics
                changed.append(page)
        return changed

    # -- configuration ------------------------------------------------------------

    def _reset_configs(self) -> None:
        self._resolver = config_resolver()
        self._config_stamps: dict[Path, float | None] = {}

    def _config_for(self, path: Path) -> Config:
        config = self._resolver.for_path(path)
        if config.path is not None and config.path not in self._config_stamps:
            self._config_stamps[config.path] = _mtime(config.path)
        return config

    def _configs_moved(self) -> bool:
        """A configuration file in use was edited (for clients that do not report
        changes to files they have not opened)."""
        return any(_mtime(path) != stamp for path, stamp in self._config_stamps.items())

    def _share_buffers(self) -> None:
        site_pages.use_open_pages({page.path: page.text.replace("\r\n", "\n") for page in self.pages.values()})


def _names(page: OpenPage, text: str) -> bool:
    """Whether ``text`` may link to ``page``: it names the file, its folder (for an
    index page) or an address the page sets (id, slug). A cheap, generous test."""
    stem = page.path.stem
    names = {page.path.parent.name if stem.lower() in ("index", "_index", "readme") else stem}
    facts = page.result.facts if page.result is not None else None
    if facts is not None:
        names.update(located.value.strip("/").rpartition("/")[2] for located in facts.keys.values())
    return any(name and name in text for name in names)


def _directive_list(result: FileResult) -> list:
    return result.suppressions.directives if result.suppressions is not None else []


def _directives(result: FileResult) -> tuple:
    """The page's suppression comments, as the project pass reads them."""
    return tuple((d.kind, d.selectors, d.line, d.column) for d in _directive_list(result))


def _fresh_copy(result: FileResult) -> FileResult:
    """The per-file result, with unused suppression marks, for one more project pass."""
    return FileResult(result.path, list(result.diagnostics), result.packed_text, result.newline, result.had_bom,
                      result.facts, copy.deepcopy(result.suppressions), result.crashed)


def _mtime(path: Path) -> float | None:
    try:
        return path.stat().st_mtime
    except OSError:
        return None
