"""IMG: images — every referenced image exists, has meaningful alt text and is an image.

The references come from ``page/images.py``, their files from ``sites/images.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from recipelint.diagnostic import Problem
from recipelint.page.images import images_of
from recipelint.rules.registry import rule
from recipelint.sites.boundary import read_inside
from recipelint.sites.images import resolved_images, show_folder
from recipelint.sites.lookups import lookup

if TYPE_CHECKING:
    from recipelint.rules.context import RuleContext


@lookup
def _header(path: str) -> bytes | None:
    data = read_inside(Path(path), 63)
    return data[:64] if data is not None else None


# -- rules ---------------------------------------------------------------------------


@rule("IMG001", "missing-image", "error")
def missing_image(ctx: RuleContext) -> Iterator[Problem]:
    """An image the recipe shows does not exist.

    Checked: Markdown images (``![alt](path)`` and reference-style ``![alt][ref]``),
    simple HTML ``<img src=…>`` tags, and the front-matter keys ``image``, ``cover`` and
    ``thumbnail``. URLs (``https://``, ``data:``, ``//host/…``) and template expressions
    are not checked; ``%20`` is decoded and ``?query`` / ``#fragment`` dropped.

    Where a path is looked for:

    - a site-root path (``/img/…``) under each static folder (``static-dirs``; by
      default Docusaurus and Hugo ``static/``, the Jekyll site root, MkDocs ``docs/``);
      ``@site/…`` (Docusaurus) from the site root;
    - a relative path in the Markdown body next to the recipe file (this also covers
      Hugo page bundles);
    - a front-matter value relative to the recipe file, then under each static folder,
      because themes resolve it themselves; a bare Jekyll file name such as
      ``image: banana-bread.jpg`` is also looked for in ``images/``,
      ``assets/images/`` and ``assets/img/``.

    Nothing is checked when the text comes from stdin without ``--stdin-filename``.

    Bad::

        ![Cover](/img/bakery/banana_bread/cover.png)

    Good (``static/img/baking/banana_bread/cover.png`` exists)::

        ![Cover](/img/baking/banana_bread/cover.png)
    """
    for ref, resolution in resolved_images(ctx.document, ctx.site):
        if not resolution.local or resolution.found is not None or resolution.outside:
            continue
        places = ", ".join(dict.fromkeys(show_folder(base, ctx.site) for base in resolution.looked_in))
        what = "front-matter image" if ref.origin == "front-matter" else "image"
        yield ref.problem(f"{what} `{ref.target}` not found (looked in {places}){resolution.hint}")


class AltTextOptions(NamedTuple):
    """IMG002 options: alt texts that describe nothing (compared case-insensitively)."""

    meaningless: list[str] = ["image", "img", "photo", "picture", "screenshot"]


@rule("IMG002", "missing-alt-text", "warning", options=AltTextOptions)
def missing_alt_text(ctx: RuleContext) -> Iterator[Problem]:
    """An image has no alt text, or only a meaningless default such as ``image``.

    Alt text is what screen readers say and what shows when the image fails to load;
    describe the dish. The defaults (option ``meaningless``, compared without case)
    are ``image``, ``img``, ``photo``, ``picture`` and ``screenshot``; add the seed
    format's ``Cover`` if your site wants real descriptions of covers too::

        [tool.recipelint.rules.IMG002]
        meaningless = ["image", "img", "photo", "picture", "screenshot", "cover"]

    An HTML ``<img>`` without an ``alt`` attribute is reported; an explicit ``alt=""``
    is HTML's mark for a decorative image and is accepted. Front-matter images have no
    alt text and are not checked.

    Bad::

        ![](/img/soups/red_lentil_soup/cover.png)
        ![Photo](/img/soups/red_lentil_soup/bowl.png)

    Good::

        ![A bowl of red lentil soup with a swirl of yoghurt](/img/soups/red_lentil_soup/cover.png)
    """
    meaningless = {str(word).strip().casefold() for word in ctx.options(AltTextOptions).meaningless}
    for ref in images_of(ctx.document):
        if ref.origin == "front-matter":
            continue
        if ref.alt is None:
            message = "HTML image has no `alt` attribute; describe the image"
        elif not ref.alt.strip():
            if ref.origin == "html":
                continue
            message = "image has no alt text; describe the image between `![` and `]`"
        elif ref.alt.strip().strip(".:!").strip().casefold() in meaningless:
            message = f"alt text `{ref.alt.strip()}` says nothing about the image; describe it"
        else:
            continue
        yield ref.problem(message)


_SIGNATURES: tuple[tuple[int, bytes], ...] = (
    (0, b"\x89PNG\r\n\x1a\n"),
    (0, b"\xff\xd8\xff"),  # JPEG
    (0, b"GIF87a"),
    (0, b"GIF89a"),
    (0, b"\x00\x00\x01\x00"),  # ICO
    (0, b"BM"),  # BMP
)


def _image_kind_ok(header: bytes) -> bool:
    if any(header.startswith(magic, offset) for offset, magic in _SIGNATURES):
        return True
    if header[:4] == b"RIFF" and header[8:12] == b"WEBP":
        return True
    if header[4:8] == b"ftyp" and header[8:12] in (b"avif", b"avis", b"mif1", b"msf1", b"heic", b"heix"):
        return True
    text = header.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return text.startswith((b"<svg", b"<?xml", b"<!--", b"<!doctype svg"))


@rule("IMG003", "invalid-image-file", "warning")
def invalid_image_file(ctx: RuleContext) -> Iterator[Problem]:
    """The image file exists but is not an image: empty, or text saved under an image name.

    Only the first 64 bytes are read and compared with the signatures of PNG, JPEG,
    GIF, WebP, AVIF, SVG (and ICO/BMP). Typical causes: a zero-byte placeholder, an
    HTML error page saved by a download script, a Git LFS pointer that was never
    fetched.

    Bad (``cover.png`` holds the text ``version https://git-lfs…``)::

        ![Banana bread on a board](/img/baking/banana_bread/cover.png)

    Good (after ``git lfs pull``, ``cover.png`` starts with the PNG signature ``89 50 4E 47``)::

        ![Banana bread on a board](/img/baking/banana_bread/cover.png)
    """
    for ref, resolution in resolved_images(ctx.document, ctx.site):
        if resolution.found is None:
            continue
        header = _header(str(resolution.found))
        if header is None:
            continue
        if not header:
            problem = "is an empty file"
        elif header.startswith(b"version https://git-lfs"):
            problem = "is a Git LFS pointer, not the image (run `git lfs pull`)"
        elif _image_kind_ok(header):
            continue
        else:
            problem = "is not a PNG, JPEG, GIF, WebP, AVIF or SVG image"
        yield ref.problem(f"image `{ref.target}` {problem}")


@rule("IMG005", "image-outside-site", "warning")
def image_outside_site(ctx: RuleContext) -> Iterator[Problem]:
    """An image path climbs out of the site and its repository.

    The file it names is not part of the project, so the built site cannot show it.
    recipelint does not look for it: nothing outside the site root (or the repository
    root, whichever is higher) is opened or looked at, and the message is the same
    whether such a file exists or not. A path through a symbolic link that points out
    of the checkout counts too.

    Bad (the page is ``docs/recipes/stew.md``)::

        ![The stew in a bowl](../../../photos/stew.jpg)

    Good (the photo copied into the site's static folder)::

        ![The stew in a bowl](/img/recipes/stew.jpg)
    """
    for ref, resolution in resolved_images(ctx.document, ctx.site):
        if resolution.outside:
            what = "front-matter image" if ref.origin == "front-matter" else "image"
            yield ref.problem(f"{what} `{ref.target}` leads outside the site and its repository; it is not looked for")
