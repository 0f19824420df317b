"""Looking up a preset's front-matter model without importing the others."""

from __future__ import annotations

import importlib
from functools import cache

PRESET_MODULES = {
    "docusaurus": "recipelint.sites.models.docusaurus",
    "hugo": "recipelint.sites.models.hugo",
    "jekyll": "recipelint.sites.models.jekyll",
    "mkdocs": "recipelint.sites.models.mkdocs",
}


@cache
def model_for(preset: str):
    return importlib.import_module(PRESET_MODULES[preset]).MODEL


def known_keys(model) -> frozenset[str]:
    return frozenset(field.alias or name for name, field in model.model_fields.items())


def required_keys(model) -> tuple[str, ...]:
    return tuple(field.alias or name for name, field in model.model_fields.items() if field.is_required())
