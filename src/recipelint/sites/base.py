"""A site generator as recipelint sees it: what marks its sites, where pages and static
files live, how it renders titles and headings, and how it routes a URL to a page.

One subclass per generator (``docusaurus.py``, ``hugo.py``, ``jekyll.py``, ``mkdocs.py``),
registered in ``generators.py``. Adding a generator is one module there; no rule or
engine code asks which generator a site uses, only what it does.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from recipelint.sites import disk
from recipelint.sites.lookups import lookup, register_generator

if TYPE_CHECKING:
    from recipelint.sites.page_facts import Located, PageFacts

Address = tuple[str, str, "Located | None"]
"""(kind, address, where the page sets it): ``("doc id", "pasta/carbonara", …)``."""

TitleHeading = Literal["rendered", "theme", "none"]


@dataclass(frozen=True)
class Generator:
    name: str
    """The preset name users write (``preset = "hugo"``)."""
    display_name: str
    markers: tuple[str, ...]
    """Files whose presence marks a folder as this generator's site root."""
    static_dirs: tuple[str, ...]
    """Folders (relative to the site root) that serve site-root paths such as ``/img/x.png``."""
    non_content_dirs: tuple[str, ...]
    """Folders of the site root that hold templates or build output, never pages."""
    required_sections: tuple[str, ...]
    """The sections every recipe must have, in order, when ``required-sections`` is not set."""
    model_module: str
    """The module whose ``MODEL`` is the pydantic front-matter model (imported on first use)."""
    title_heading: TitleHeading
    """How the front-matter ``title`` reaches the page: ``rendered`` as the page's h1 by the
    generator itself, shown by the ``theme`` as a rule, or ``none``."""
    renders_templates: bool
    """Whether ``{{ … }}`` in a page is the generator's own syntax (MDX, shortcodes)."""
    builtin_keys: tuple[str, ...] = ()
    """Front-matter keys the generator itself (or its common themes) reads, beyond the
    front-matter model's."""
    free_form_front_matter: bool = False
    """Whether any key goes in a page's front matter (MkDocs page metadata): then only a
    probable typo of a known key is reported, never a key no other page uses."""
    front_matter_image_dirs: tuple[str, ...] = ()
    """Folders below a static folder where a bare file name in front matter (``image: x.jpg``)
    is looked up by the theme."""

    def __post_init__(self) -> None:
        register_generator(self)  # a lookup (sites/lookups.py) may take the generator as an argument

    def front_matter_model(self) -> Any:
        """The pydantic model of this generator's front matter."""
        return _model(self.model_module)

    def marks_site(self, directory: Path) -> bool:
        """Whether ``directory`` is the root of one of this generator's sites."""
        return any(disk.is_file(directory / name) for name in self.markers)

    def content_dirs(self, site_root: Path) -> tuple[str, ...] | None:
        """The folders of the site root that hold pages (None: pages may be anywhere)."""
        return None

    def excludes(self, site_root: Path, relative: str) -> bool:
        """Whether the site's configuration keeps ``relative`` (a posix path below the site
        root) out of the site."""
        return False

    def declared_keys(self, site_root: Path) -> frozenset[str]:
        """Front-matter keys the site's own files (archetypes, configuration, templates)
        declare or read: the site's keys even when one page uses them."""
        return frozenset()

    def tag_vocabulary(self, site_root: Path) -> set[str] | None:
        """The tags the site declares, when it declares them (None: any tag goes)."""
        return None

    def route_target(self, site_root: Path, route: str) -> Path | None | bool:
        """The page or file a site-root link (``/pasta``) opens: False when the site has no
        such route, None when the route cannot be worked out offline (left alone)."""
        return None

    def page_relative_target(self, site_root: Path, source: Path, path_part: str) -> Path | None:
        """The page a relative link opens when the generator resolves it against the page's
        URL rather than its file (None: not such a link, or not found)."""
        return None

    def page_addresses(self, page: PageFacts) -> list[Address]:
        """The addresses a page takes on the site (doc id, URL path), with where it sets them."""
        return []


@cache
def _model(module: str) -> Any:
    return importlib.import_module(module).MODEL


@lookup
def config_text(site_root: Path, names: tuple[str, ...]) -> str | None:
    """The first of a site's configuration files ``names`` that exists, as text, read
    once per process: "" when there is none, None when it cannot be read. At most 1 MB."""
    from recipelint.sites.boundary import is_file, read_inside

    for name in names:
        path = site_root / name
        if is_file(path):
            data = read_inside(path, 1_048_575)
            return data[:1_048_576].decode("utf-8", errors="replace") if data is not None else None
    return ""
