"""The pydantic front-matter model of each generator (imported only when validating;
``Generator.front_matter_model()`` loads one)."""

from __future__ import annotations

from typing import Any


def known_keys(model: Any) -> frozenset[str]:
    """The keys a front-matter model declares (by their aliases)."""
    return frozenset(field.alias or name for name, field in model.model_fields.items())
