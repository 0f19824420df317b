"""IMG: images — every referenced image exists, has meaningful alt text and is an image.

Images come from three places: Markdown images (inline ``![alt](path)`` and
reference-style ``![alt][ref]``, as markdown-it resolves them), simple HTML ``<img>``
tags, and the front-matter keys ``image``, ``cover`` and ``thumbnail``. They are
collected once per document (``ctx.shared``) and the file system is asked through a
process-wide cache, so a site run never stats or reads the same file twice.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

from recipelint.diagnostic import Problem, Span
from recipelint.page.inline import TextBlock
from recipelint.sites.pages import is_file
from recipelint.rules.registry import rule

if TYPE_CHECKING:
    from markdown_it.token import Token

    from recipelint.rules.context import RuleContext
    from recipelint.page.document import Document
    from recipelint.sites.detect import Site

FRONT_MATTER_IMAGE_KEYS = ("image", "cover", "thumbnail")
# Where Jekyll themes look for a bare front-matter file name such as `image: bread.jpg`.
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
_HTML_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_HTML_ATTR = re.compile(r"""([A-Za-z_:][\w:.\-]*)(?:\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")


# -- what a document references ----------------------------------------------------


@dataclass(frozen=True)
class ImageRef:
    """One image reference and where it is written (1-based, end exclusive)."""

    target: str  # the path as written (for messages)
    url: str  # the destination to resolve (markdown-it's normalised src, or the raw value)
    alt: str | None  # None: no alt at all (an HTML <img> without the attribute)
    span: Span
    origin: str  # "markdown", "html" or "front-matter"

    def problem(self, message: str) -> Problem:
        return self.span.problem(message)


def _images(ctx: RuleContext) -> list[ImageRef]:
    return ctx.shared("images", _collect)


def _resolved(ctx: RuleContext) -> list[tuple[ImageRef, Resolution]]:
    """Each image with where it was found; computed once for IMG001 and IMG003."""
    return ctx.shared("images-resolved", _resolve_all)


def _resolve_all(ctx: RuleContext) -> list[tuple[ImageRef, Resolution]]:
    static = tuple(ctx.site.static_dirs)
    return [(ref, _resolve(ref, ctx.document, ctx.site, static)) for ref in _images(ctx)]


def shown_images(ctx: RuleContext) -> tuple[Path, ...]:
    """The local image files this page shows (for the project pass's unused-image check)."""
    return tuple(Path(os.path.normpath(r.found)) for _, r in _resolved(ctx) if r.found is not None)


def _collect(ctx: RuleContext) -> list[ImageRef]:
    document = ctx.document
    found: list[ImageRef] = []
    found.extend(_front_matter_images(document))
    for token in document.tokens:
        if token.type == "html_block" and token.map:
            block = TextBlock(document, token.map[0] + 1, token.map[1])
            for match in _HTML_IMG.finditer(block.text):
                found.extend(_html_image(block, match.group(0), match.start()))
        elif token.type == "inline" and token.children:
            found.extend(_inline_images(document, token))
    return found


def _inline_images(document: Document, inline: Token) -> Iterator[ImageRef]:
    images = [c for c in inline.children if c.type == "image" or (c.type == "html_inline" and _HTML_IMG.match(c.content))]
    if not images or not inline.map:
        return
    block = TextBlock(document, inline.map[0] + 1, inline.map[1])
    cursor = 0
    for child in images:
        if child.type == "html_inline":
            start = block.text.find(child.content, cursor)
            if start < 0:
                continue
            yield from _html_image(block, child.content, start)
            cursor = start + len(child.content)
            continue
        src = child.attrGet("src") or ""
        start, end, raw = _locate_markdown_image(block.text, cursor, src)
        cursor = end if end > start else cursor
        yield ImageRef(raw or unquote(src), src, child.content, block.span(start, end), "markdown")


def _locate_markdown_image(text: str, cursor: int, src: str) -> tuple[int, int, str | None]:
    """Offsets of the image's ``![`` and just past its ``)`` / ``]``, and the raw path.

    Candidates ``![`` are tried in order; the first whose destination normalises to
    markdown-it's ``src`` wins (this skips ``![`` in code spans and escapes). A
    reference-style image matches the first candidate that parses as one.
    """
    from recipelint.page.markdown import markdown_parser

    normalize = markdown_parser().normalizeLink
    first: tuple[int, int, str | None] | None = None
    start = text.find("![", cursor)
    while start >= 0:
        parsed = _parse_image_at(text, start)
        if parsed is not None:
            end, raw = parsed
            if first is None:
                first = (start, end, raw)
            if raw is None or normalize(raw) == src:
                return start, end, raw
        start = text.find("![", start + 2)
    return first or (cursor, cursor + 2, None)


def _parse_image_at(text: str, start: int) -> tuple[int, str | None] | None:
    """(end offset, raw destination or None for reference images) of ``![…`` at ``start``."""
    from markdown_it.helpers import parseLinkDestination, parseLinkTitle

    if start > 0 and text[start - 1] == "\\":
        return None
    depth, pos = 0, start + 1
    while pos < len(text):
        char = text[pos]
        if char == "\\":
            pos += 2
            continue
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0:
                break
        pos += 1
    else:
        return None
    label_end = pos + 1
    if label_end < len(text) and text[label_end] == "(":
        pos = _skip_space(text, label_end + 1)
        destination = parseLinkDestination(text, pos, len(text))
        if not destination.ok:
            return None
        raw = destination.str
        pos = _skip_space(text, destination.pos)
        title = parseLinkTitle(text, pos, len(text))
        if title.ok and title.pos > pos:
            pos = _skip_space(text, title.pos)
        if pos < len(text) and text[pos] == ")":
            return pos + 1, raw
        return None
    if label_end < len(text) and text[label_end] == "[":
        close = text.find("]", label_end)
        return (close + 1 if close >= 0 else label_end), None
    return label_end, None


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\n":
        pos += 1
    return pos


def _html_image(block: TextBlock, tag: str, start: int) -> Iterator[ImageRef]:
    attrs: dict[str, tuple[str, int]] = {}
    for match in _HTML_ATTR.finditer(tag, 4):
        value = next((g for g in match.groups()[2:] if g is not None), "")
        attrs.setdefault(match.group(1).lower(), (value, match.start(2) if match.group(2) else match.start()))
    if "src" not in attrs:
        return
    src = attrs["src"][0].strip()
    alt = attrs["alt"][0] if "alt" in attrs else None
    yield ImageRef(src, src, alt, block.span(start, start + len(tag)), "html")


def _front_matter_images(document: Document) -> Iterator[ImageRef]:
    yaml_doc = document.front_matter_yaml
    if yaml_doc is None:
        return
    from yaml.nodes import ScalarNode

    for key in FRONT_MATTER_IMAGE_KEYS:
        value = yaml_doc.data.get(key)
        node, _ = yaml_doc.node_at((key,))
        if not isinstance(value, str) or not value.strip() or not isinstance(node, ScalarNode):
            continue
        yield ImageRef(value.strip(), value.strip(), "", yaml_doc.position(node), "front-matter")


# -- resolving a reference to files --------------------------------------------------


@cache
def _header(path: str) -> bytes | None:
    try:
        with open(path, "rb") as handle:
            return handle.read(64)
    except OSError:
        return None


@dataclass(frozen=True)
class Resolution:
    local: bool  # False: a URL, template or other reference not checked
    found: Path | None
    looked_in: tuple[Path, ...]
    hint: str = ""


def _resolve(ref: ImageRef, document: Document, site: Site, static: tuple[Path, ...]) -> Resolution:
    url = ref.url.strip()
    if document.fs_path is None or not url or url.startswith("//") or _SCHEME.match(url) or "{{" in url or "{%" in url:
        return Resolution(False, None, ())
    path = unquote(url.split("#", 1)[0].split("?", 1)[0])
    if not path or path.endswith("/"):
        return Resolution(False, None, ())
    folder = document.fs_path.resolve().parent
    if path.startswith("@site/") and site.root is not None:
        path, bases = path[len("@site/"):], (site.root,)
    elif path.startswith("/"):
        path, bases = path.lstrip("/"), static
    elif ref.origin == "front-matter":
        bases = (folder, *static)
        if "/" not in path:
            bases += tuple(d / sub for d in static for sub in site.generator.front_matter_image_dirs)
    else:
        bases = (folder,)
    for base in bases:
        candidate = base / path
        if is_file(candidate):
            return Resolution(True, candidate, bases)
    hint = ""
    if not ref.url.startswith("/") and ref.origin != "front-matter":
        for base in static:
            if is_file(base / path):
                hint = f"; it exists under {_show(base, site)}: write `/{path}`"
                break
    return Resolution(True, None, tuple(dict.fromkeys(bases)), hint)


def _show(directory: Path, site: Site) -> str:
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
    for ref, resolution in _resolved(ctx):
        if not resolution.local or resolution.found is not None:
            continue
        places = ", ".join(dict.fromkeys(_show(base, ctx.site) for base in resolution.looked_in))
        what = "front-matter image" if ref.origin == "front-matter" else "image"
        yield ref.problem(f"{what} `{ref.target}` not found (looked in {places}){resolution.hint}")


@rule(
    "IMG002",
    "missing-alt-text",
    "warning",
    options={"meaningless": ["image", "img", "photo", "picture", "screenshot"]},
)
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
    meaningless = {str(word).strip().casefold() for word in ctx.option("meaningless")}
    for ref in _images(ctx):
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
    """
    for ref, resolution in _resolved(ctx):
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
