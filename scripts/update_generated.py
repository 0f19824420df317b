"""Regenerate what is derived from the code: schemas/*.json and the README rule table.

Run after changing a pydantic model or a rule's docstring; tests fail until you do.

    python scripts/update_generated.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from recipelint.engine.rule_docs import readme_rule_table
from recipelint.schemas import SCHEMA_NAMES, generate_schema, schema_file_name

ROOT = Path(__file__).resolve().parents[1]
TABLE_START = "<!-- rules-table-start -->"
TABLE_END = "<!-- rules-table-end -->"


def render_schema(name: str) -> str:
    return json.dumps(generate_schema(name), indent=2, ensure_ascii=False) + "\n"


def readme_with_table(readme: str) -> str:
    pattern = re.compile(re.escape(TABLE_START) + ".*?" + re.escape(TABLE_END), re.DOTALL)
    return pattern.sub(lambda _: f"{TABLE_START}\n{readme_rule_table()}\n{TABLE_END}", readme)


def main() -> None:
    schemas = ROOT / "schemas"
    schemas.mkdir(exist_ok=True)
    for name in SCHEMA_NAMES:
        (schemas / schema_file_name(name)).write_text(render_schema(name), encoding="utf-8")
    readme = ROOT / "README.md"
    readme.write_text(readme_with_table(readme.read_text(encoding="utf-8")), encoding="utf-8")


if __name__ == "__main__":
    main()
