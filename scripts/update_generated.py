"""Regenerate what is derived from the code: schemas/*.json, the README rule table and
the rule pages in docs/rules/ (one CODE.md per rule, and README.md listing them).

Run after changing a pydantic model or a rule's docstring; tests fail until you do.

    python scripts/update_generated.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from recipelint.engine.rule_docs import (
    readme_rule_table,
    rule_page_markdown,
    rules_index_markdown,
)
from recipelint.rules import all_rules
from recipelint.schemas import SCHEMA_NAMES, generate_schema, schema_file_name

ROOT = Path(__file__).resolve().parents[1]
RULE_PAGES = ROOT / "docs" / "rules"
TABLE_START = "<!-- rules-table-start -->"
TABLE_END = "<!-- rules-table-end -->"


def render_schema(name: str) -> str:
    return json.dumps(generate_schema(name), indent=2, ensure_ascii=False) + "\n"


def readme_with_table(readme: str) -> str:
    pattern = re.compile(re.escape(TABLE_START) + ".*?" + re.escape(TABLE_END), re.DOTALL)
    return pattern.sub(lambda _: f"{TABLE_START}\n{readme_rule_table()}\n{TABLE_END}", readme)


def rule_pages() -> dict[str, str]:
    """File name -> content of every page docs/rules/ must hold."""
    pages = {f"{code}.md": rule_page_markdown(rule) for code, rule in all_rules().items()}
    pages["README.md"] = rules_index_markdown()
    return pages


def write_rule_pages() -> None:
    """Write docs/rules/ and remove the pages of rules that no longer exist."""
    folder = RULE_PAGES
    folder.mkdir(parents=True, exist_ok=True)
    pages = rule_pages()
    for stale in folder.glob("*.md"):
        if stale.name not in pages:
            stale.unlink()
    for name, content in pages.items():
        (folder / name).write_text(content, encoding="utf-8", newline="\n")


def main() -> None:
    schemas = ROOT / "schemas"
    schemas.mkdir(exist_ok=True)
    for name in SCHEMA_NAMES:
        (schemas / schema_file_name(name)).write_text(render_schema(name), encoding="utf-8")
    readme = ROOT / "README.md"
    readme.write_text(readme_with_table(readme.read_text(encoding="utf-8")), encoding="utf-8")
    write_rule_pages()


if __name__ == "__main__":
    main()
