"""Front matter: YAML with positions, Hugo's TOML, its tags, and writer-friendly schema findings."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FrontMatterSyntaxError:
    """Where and why a front-matter block (YAML or TOML) stopped parsing (FM003), or,
    with ``over_limit``, why it was not read at all (FM018: too large or too complex)."""

    message: str
    line: int
    column: int
    over_limit: bool = False
