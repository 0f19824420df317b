"""The site a recipe belongs to: its generator (preset), root folder and static folders.

Detected by walking up from the file to the first folder that holds a generator's
marker file; a configured ``preset`` wins over detection. Docusaurus is the fallback,
because the seed format is a Docusaurus site.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from recipelint.sites import disk
from recipelint.sites.base import Generator
from recipelint.sites.boundary import admit, boundary_of
from recipelint.sites.generators import DEFAULT, DETECTION_ORDER, get_generator
from recipelint.sites.lookups import lookup

# Files at a site's root that describe the project, not pages of the site.
PROJECT_FILES = ("README.md", "LICENSE.md", "CHANGELOG.md", "CONTRIBUTING.md", "CODE_OF_CONDUCT.md", "SECURITY.md",
                 "CLAUDE.md", "AGENTS.md")


def is_site_boilerplate(path: Path, is_dir: bool, walk_root: Path | None = None) -> bool:
    """Whether a walked path is not a page of its site: a hidden folder (``.github``), a
    template, build output or project file, a file outside the generator's content
    folders (Hugo's ``content/``, Docusaurus' ``docs/``, ``blog/``, ``src/``, MkDocs'
    ``docs_dir``), or a path the site's configuration excludes (Jekyll ``exclude:``).

    A file in no site is boilerplate when its repository (the folder holding ``.git``,
    else ``walk_root``) has a site elsewhere (a monorepo: the site under ``website/``,
    the code's own docs and CHANGELOG beside it; for a walk, a site inside the walked
    folder), or when it is a project file at the repository's root. Folder walks skip
    these; so does ``is_excluded_page`` for named files.
    """
    if is_dir and path.name.startswith("."):
        return True
    detected = detect_site(path.parent)
    if detected is None:
        return not is_dir and _outside_every_site(path, walk_root)
    preset, root = detected
    generator = get_generator(preset)
    try:
        relative = path.absolute().relative_to(root)
    except ValueError:
        try:
            relative = Path(os.path.realpath(path)).relative_to(root)
        except ValueError:
            return False
    if generator.excludes(root, relative.as_posix()):
        return True
    if len(relative.parts) != 1:
        return False
    content_dirs = generator.content_dirs(root)
    if is_dir:
        return path.name in generator.non_content_dirs or (content_dirs is not None and path.name not in content_dirs)
    return _is_project_file(path.name) or content_dirs is not None


def is_excluded_page(path: Path) -> bool:
    """Whether a folder walk of the file's site (or repository) would skip ``path``: the
    file itself is boilerplate, or a folder between the site root and the file is.

    This is how ``--force-exclude`` treats a file named on the command line, so a
    pre-commit hook checks exactly the files a walk of the whole repository checks.
    """
    path = Path(os.path.abspath(path))
    if is_site_boilerplate(path, False):
        return True
    detected = detect_site(path.parent)
    base = detected[1] if detected else repository_root(path.parent)
    if base is None:
        return False
    folder = path.parent
    while folder != base and base in folder.parents:
        if is_site_boilerplate(folder, True):
            return True
        folder = folder.parent
    return False


def _is_project_file(name: str) -> bool:
    return name.upper() in _PROJECT_FILES_UPPER


_PROJECT_FILES_UPPER = frozenset(name.upper() for name in PROJECT_FILES)


def _outside_every_site(path: Path, walk_root: Path | None) -> bool:
    """A file in no site: boilerplate when its repository holds a site elsewhere (for a
    walk: a site inside the walked folder; a folder with no site in it is walked as
    asked), or when it is a project file (README.md…) at the repository's root."""
    directory = Path(os.path.abspath(path.parent))
    walked = Path(os.path.abspath(walk_root)) if walk_root is not None else None
    root = repository_root(directory)
    if root is None and walked is not None and (directory == walked or walked in directory.parents):
        root = walked
    if root is None:
        return False
    sites = sites_in_repository(root)
    if walked is not None:
        sites = tuple(site for site in sites if site == walked or walked in site.parents)
    if sites:
        return True
    return directory == root and _is_project_file(path.name)


def admit_page(page: Path, site_root: Path | None, config_root: Path | None = None) -> Path:
    """Admit the boundary of ``page`` (``sites/boundary.py``): the higher of its site
    root and its repository root. Returns it."""
    boundary = _boundary_of_folder(os.path.dirname(os.path.abspath(page)), site_root, config_root)
    admit(boundary)
    return boundary


@cache
def _boundary_of_folder(folder: str, site_root: Path | None, config_root: Path | None) -> Path:
    """Worked out once per folder: a 10,000-page run would otherwise find the same
    boundary, with its real paths, for every page."""
    repository = repository_root(Path(folder))
    return boundary_of(Path(folder) / "_", (site_root, repository), (config_root,))


def repository_root(directory: Path) -> Path | None:
    """The nearest folder at or above ``directory`` that holds ``.git``, or None."""
    return _repository_root(Path(os.path.abspath(directory)))


@cache
def _repository_root(directory: Path) -> Path | None:
    if disk.exists(directory / ".git"):
        return directory
    if directory.parent == directory:
        return None
    return _repository_root(directory.parent)


SITE_SEARCH_DEPTH = 2
"""How deep below a repository's root a site is looked for (``website/``, ``apps/web/``)."""


@cache
def sites_in_repository(root: Path) -> tuple[Path, ...]:
    """The site roots at ``root`` or up to ``SITE_SEARCH_DEPTH`` folders below it; hidden
    folders and ``node_modules`` are not searched."""
    found: list[Path] = []
    level = [root]
    for depth in range(SITE_SEARCH_DEPTH + 1):
        below: list[Path] = []
        for folder in level:
            if _preset_marked_in(folder) is not None:
                found.append(folder)
                continue  # a site's own folders are its business
            if depth < SITE_SEARCH_DEPTH:
                below.extend(_subfolders(folder))
        level = below
    return tuple(found)


def _subfolders(folder: Path) -> list[Path]:
    try:
        with os.scandir(folder) as entries:
            return sorted(
                Path(entry.path) for entry in entries
                if not entry.name.startswith(".") and entry.name != "node_modules" and entry.is_dir(follow_symlinks=False)
            )
    except OSError:
        return []


@dataclass(frozen=True)
class Site:
    preset: str
    root: Path | None  # None when no marker was found
    static_dirs: tuple[Path, ...]

    @property
    def generator(self) -> Generator:
        return get_generator(self.preset)


def detect_site(directory: Path) -> tuple[str, Path] | None:
    """The preset and root of the nearest site above ``directory`` (inclusive)."""
    return _detect(disk.real_folder(os.fspath(directory)))


@lookup
def _detect(directory: Path) -> tuple[str, Path] | None:
    found = _preset_marked_in(directory)
    if found is not None:
        return found, directory
    if directory.parent == directory:
        return None
    return _detect(directory.parent)


def _preset_marked_in(directory: Path) -> str | None:
    for generator in DETECTION_ORDER:
        if generator.marks_site(directory):
            return generator.name
    return None


def resolve_site(file_path: Path | None, preset: str | None, static_dirs: list[str] | None, config_root: Path) -> Site:
    """The site of ``file_path``; from here on the disk lookups of its rules may look
    inside the page's boundary (``sites/boundary.py``)."""
    detected = detect_site(file_path.parent) if file_path is not None else None
    root = detected[1] if detected else None
    if file_path is not None:
        admit_page(file_path, root, config_root)
    chosen = preset or (detected[0] if detected else DEFAULT.name)
    if static_dirs is not None:
        dirs = tuple((config_root / d).resolve() for d in static_dirs)
    elif root is None and file_path is not None:
        dirs = _nearest_static_dir(file_path.parent.resolve(), chosen) or _static_under(config_root, chosen)
    else:
        dirs = _static_under(root or config_root, chosen)
    return Site(chosen, root, dirs)


def _static_under(base: Path, preset: str) -> tuple[Path, ...]:
    return tuple((base / d).resolve() for d in get_generator(preset).static_dirs)


@lookup
def _nearest_static_dir(directory: Path, preset: str) -> tuple[Path, ...]:
    """Without a site marker (a bare docs/ + static/ tree), the preset's static folder
    nearest above the file."""
    names = [name for name in get_generator(preset).static_dirs if name != "."]
    for folder in (directory, *directory.parents):
        for name in names:
            if disk.is_dir(folder / name):
                return ((folder / name),)
    return ()
