"""The site a recipe belongs to: its generator (preset), root folder and static folders.

Detected by walking up from the file to the first folder that holds a generator's
marker file; a configured ``preset`` wins over detection. Docusaurus is the fallback,
because the seed format is a Docusaurus site.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

_MARKERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("docusaurus", ("docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs", "docusaurus.config.cjs")),
    ("mkdocs", ("mkdocs.yml", "mkdocs.yaml")),
    ("jekyll", ("_config.yml", "_config.yaml", "_config.toml")),
    ("hugo", ("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json")),
)
_HUGO_LEGACY_CONFIGS = ("config.toml", "config.yaml", "config.yml", "config.json")

DEFAULT_STATIC_DIRS = {
    "docusaurus": ("static",),
    "hugo": ("static",),
    "jekyll": (".",),
    "mkdocs": ("docs",),
}


# Folders of a site that hold templates or build output, never pages.
NON_CONTENT_DIRS = {
    "docusaurus": ("build", ".docusaurus"),
    "hugo": ("archetypes", "themes", "public", "resources"),
    "jekyll": ("_site", "_layouts", "_includes", "_sass", "vendor", ".jekyll-cache"),
    "mkdocs": ("site", "overrides"),
}
# Files at a site's root that describe the project, not pages of the site.
PROJECT_FILES = ("README.md", "LICENSE.md", "CHANGELOG.md", "CONTRIBUTING.md", "CODE_OF_CONDUCT.md", "SECURITY.md")


def config_files(preset: str) -> tuple[str, ...]:
    """The names a generator's configuration file may have, in the order it prefers them."""
    names = dict(_MARKERS)[preset]
    return names + _HUGO_LEGACY_CONFIGS if preset == "hugo" else names


def is_site_boilerplate(path: Path, is_dir: bool) -> bool:
    """Whether a walked path is a site's template, build output or project file.

    Only folder walks skip these; a file named on the command line is still checked.
    """
    detected = detect_site(path.parent)
    if detected is None or path.parent.resolve() != detected[1]:
        return False
    preset = detected[0]
    if is_dir:
        return path.name in NON_CONTENT_DIRS[preset]
    return path.name.upper() in {name.upper() for name in PROJECT_FILES}


@dataclass(frozen=True)
class Site:
    preset: str
    root: Path | None  # None when no marker was found
    static_dirs: tuple[Path, ...]


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
    for preset, names in _MARKERS:
        if any((directory / name).is_file() for name in names):
            return preset
    if (directory / "content").is_dir() and any((directory / n).is_file() for n in _HUGO_LEGACY_CONFIGS):
        return "hugo"
    return None


def resolve_site(file_path: Path | None, preset: str | None, static_dirs: list[str] | None, config_root: Path) -> Site:
    detected = detect_site(file_path.parent) if file_path is not None else None
    root = detected[1] if detected else None
    chosen = preset or (detected[0] if detected else "docusaurus")
    if static_dirs is not None:
        dirs = tuple((config_root / d).resolve() for d in static_dirs)
    elif root is None and file_path is not None:
        dirs = _nearest_static_dir(file_path.parent.resolve(), chosen) or _static_under(config_root, chosen)
    else:
        dirs = _static_under(root or config_root, chosen)
    return Site(chosen, root, dirs)


def _static_under(base: Path, preset: str) -> tuple[Path, ...]:
    return tuple((base / d).resolve() for d in DEFAULT_STATIC_DIRS[preset])


@cache
def _nearest_static_dir(directory: Path, preset: str) -> tuple[Path, ...]:
    """Without a site marker (a bare docs/ + static/ tree), the preset's static folder
    nearest above the file."""
    names = [name for name in DEFAULT_STATIC_DIRS[preset] if name != "."]
    for folder in (directory, *directory.parents):
        for name in names:
            if (folder / name).is_dir():
                return ((folder / name),)
    return ()
