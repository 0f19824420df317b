"""JSON Schemas generated from the pydantic models: each preset's front matter and the config.

Editors' YAML language servers validate front matter with them; the copies committed
under ``schemas/`` are checked against these by a test.
"""

from __future__ import annotations

from typing import Any

from recipelint.sites.generators import PRESETS

SCHEMA_NAMES = ("config", *PRESETS)


def generate_schema(name: str) -> dict[str, Any]:
    if name == "config":
        from recipelint.config.schema import Settings

        schema = Settings.model_json_schema(by_alias=True)
        schema["title"] = "recipelint configuration ([tool.recipelint] or recipelint.toml)"
    else:
        from recipelint.sites.generators import get_generator

        schema = get_generator(name).front_matter_model().model_json_schema(by_alias=True)
        schema["title"] = f"recipelint front matter: {name} preset"
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"recipelint-{name}.schema.json"
    return schema


def schema_file_name(name: str) -> str:
    return f"{name}.schema.json" if name == "config" else f"frontmatter-{name}.schema.json"
