"""Which file an image reference is, on its site: site-root paths in the static folders,
``@site/`` paths at the site root, relative paths beside the page, and the folders a
theme searches for a bare front-matter file name. The file system is asked through a
process-wide cache, so a site run never stats the same file twice.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

from recipelint.page.images import ImageRef, images_of
from recipelint.sites import boundary
from recipelint.sites.pages import is_file

if TYPE_CHECKING:
    from recipelint.page.document import Document
    from recipelint.sites.detect import Site

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


def resolved_images(document: Document, site: Site) -> list[tuple[ImageRef, Resolution]]:
    """Each image of the page with where it was found; worked out once per document."""
    return document.memo("images-resolved", lambda _: _resolve_all(document, site))


def _resolve_all(document: Document, site: Site) -> list[tuple[ImageRef, Resolution]]:
    static = tuple(site.static_dirs)
    return [(ref, resolve_image(ref, document, site, static)) for ref in images_of(document)]


def shown_images(document: Document, site: Site) -> tuple[Path, ...]:
    """The local image files this page shows (for the project pass's unused-image check)."""
    return tuple(Path(os.path.normpath(r.found)) for _, r in resolved_images(document, site) if r.found is not None)


@dataclass(frozen=True)
class Resolution:
    local: bool  # False: a URL, template or other reference not checked
    found: Path | None
    looked_in: tuple[Path, ...]
    hint: str = ""
    outside: bool = False
    """Every place the path was looked for lies outside the site and its repository."""


def site_root_path(path: str) -> str:
    """A site-root URL path as a browser resolves it: ``..`` cannot climb above ``/``
    (``/../../img/x.png`` is ``/img/x.png``)."""
    import posixpath

    if "/." not in path:
        return path
    normal = "/" + posixpath.normpath("/" + path.lstrip("/")).lstrip("/")
    return normal + "/" if path.endswith("/") and normal != "/" else normal


def resolve_image(ref: ImageRef, document: Document, site: Site, static: tuple[Path, ...]) -> Resolution:
    url = ref.url.strip()
    if document.fs_path is None or not url or url.startswith(("//", "{")) or _SCHEME.match(url) or "{{" in url or "{%" in url:
        # "{Cover}" is an MDX expression (an imported image), resolved by the bundler
        return Resolution(False, None, ())
    path = unquote(url.split("#", 1)[0].split("?", 1)[0])
    if not path or path.endswith("/"):
        return Resolution(False, None, ())
    folder = Path(os.path.realpath(document.fs_path)).parent
    if path.startswith("@site/") and site.root is not None:
        path, bases = path[len("@site/"):], (site.root,)
    elif path.startswith("/"):
        path, bases = site_root_path(path).lstrip("/"), static
    elif ref.origin == "front-matter":
        bases = (folder, *static)
        if "/" not in path:
            bases += tuple(d / sub for d in static for sub in site.generator.front_matter_image_dirs)
    else:
        bases = (folder,)
    candidates = [Path(os.path.normpath(base / path)) for base in bases]
    inside = [c for c in candidates if boundary.inside(c)]
    if candidates and not inside:
        return Resolution(True, None, tuple(dict.fromkeys(bases)), outside=True)
    for candidate in inside:
        if is_file(candidate):
            return Resolution(True, candidate, bases)
    hint = ""
    if not ref.url.startswith("/") and ref.origin != "front-matter":
        for base in static:
            if is_file(Path(os.path.normpath(base / path))):
                hint = f"; it exists under {show_folder(base, site)}: write `/{path}`"
                break
    return Resolution(True, None, tuple(dict.fromkeys(bases)), hint)


def show_folder(directory: Path, site: Site) -> str:
    """A folder for a message: relative to the site root (or the working directory)."""
    for base in (site.root, Path.cwd()):
        if base is None:
            continue
        try:
            relative = directory.relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
        return "the site root" if relative == "." else relative + "/"
    return directory.as_posix() + "/"
