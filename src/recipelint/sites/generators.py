"""Every site generator recipelint knows, by preset name."""

from __future__ import annotations

from typing import Literal

from recipelint.sites.base import Generator
from recipelint.sites.docusaurus import DOCUSAURUS
from recipelint.sites.hugo import HUGO
from recipelint.sites.jekyll import JEKYLL
from recipelint.sites.mkdocs import MKDOCS

GENERATORS: dict[str, Generator] = {g.name: g for g in (DOCUSAURUS, HUGO, JEKYLL, MKDOCS)}
PRESETS: tuple[str, ...] = tuple(GENERATORS)
Preset = Literal[PRESETS]  # type: ignore[valid-type]  (the names above, for the config schema)

DETECTION_ORDER: tuple[Generator, ...] = (DOCUSAURUS, MKDOCS, JEKYLL, HUGO)
"""The order markers are tried in a folder; Hugo's older ``config.*`` beside ``content/``
is the weakest marker, so Hugo comes last."""

DEFAULT = DOCUSAURUS
"""The generator assumed when no marker is found: the seed format is a Docusaurus site."""


def get_generator(preset: str) -> Generator:
    return GENERATORS[preset]
