"""Docusaurus ``tags.yml``: the site's declared tag vocabulary."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def docusaurus_tags(site_root: Path) -> set[str] | None:
    """Keys of ``docs/tags.yml`` (or ``tags.yaml``); None when the site has none."""
    import yaml

    for name in ("docs/tags.yml", "docs/tags.yaml"):
        path = site_root / name
        if path.is_file():
            try:
                data = yaml.safe_load(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, yaml.YAMLError):
                return None
            return {str(k) for k in data} if isinstance(data, dict) else None
    return None
