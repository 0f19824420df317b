"""The site a recipe belongs to: its generator (preset), root folder and static folders.

Detected by walking up from the file to the first folder that holds a generator's
marker file; a configured ``preset`` wins over detection. Docusaurus is the fallback,
because the seed format is a Docusaurus site.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from recipelint.sites.base import Generator
from recipelint.sites.generators import DEFAULT, DETECTION_ORDER, get_generator

# Files at a site's root that describe the project, not pages of the site.
PROJECT_FILES = ("README.md", "LICENSE.md", "CHANGELOG.md", "CONTRIBUTING.md", "CODE_OF_CONDUCT.md", "SECURITY.md",
                 "CLAUDE.md", "AGENTS.md")


def is_site_boilerplate(path: Path, is_dir: bool) -> bool:
    """Whether a walked path is not a page of its site: a hidden folder (``.github``), a
    template, build output or project file, a file outside the generator's content
    folders (Hugo's ``content/``, Docusaurus' ``docs/``, ``blog/``, ``src/``, MkDocs'
    ``docs_dir``), or a path the site's configuration excludes (Jekyll ``exclude:``).

    Only folder walks skip these; a file named on the command line is still checked.
    """
    if is_dir and path.name.startswith("."):
        return True
    detected = detect_site(path.parent)
    if detected is None:
        return False
    preset, root = detected
    generator = get_generator(preset)
    try:
        relative = path.absolute().relative_to(root)
    except ValueError:
        try:
            relative = path.resolve().relative_to(root)
        except ValueError:
            return False
    if generator.excludes(root, relative.as_posix()):
        return True
    if len(relative.parts) != 1:
        return False
    content_dirs = generator.content_dirs(root)
    if is_dir:
        return path.name in generator.non_content_dirs or (content_dirs is not None and path.name not in content_dirs)
    return path.name.upper() in {name.upper() for name in PROJECT_FILES} or content_dirs is not None


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
    return _detect(directory.resolve())


@cache
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
    detected = detect_site(file_path.parent) if file_path is not None else None
    root = detected[1] if detected else None
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


@cache
def _nearest_static_dir(directory: Path, preset: str) -> tuple[Path, ...]:
    """Without a site marker (a bare docs/ + static/ tree), the preset's static folder
    nearest above the file."""
    names = [name for name in get_generator(preset).static_dirs if name != "."]
    for folder in (directory, *directory.parents):
        for name in names:
            if (folder / name).is_dir():
                return ((folder / name),)
    return ()
