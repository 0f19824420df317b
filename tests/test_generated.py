"""Committed generated files must match what the code generates now."""

from __future__ import annotations

import importlib.util

import pytest
from conftest import REPO

from recipelint.schemas import SCHEMA_NAMES, schema_file_name

_spec = importlib.util.spec_from_file_location("update_generated", REPO / "scripts" / "update_generated.py")
update_generated = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update_generated)

STALE = "out of date: run `python scripts/update_generated.py` and commit the result"


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_committed_schema_matches_models(name):
    committed = (REPO / "schemas" / schema_file_name(name)).read_text(encoding="utf-8")
    assert committed == update_generated.render_schema(name), f"schemas/{schema_file_name(name)} is {STALE}"


def test_readme_rule_table_is_current():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert readme == update_generated.readme_with_table(readme), f"README rule table is {STALE}"
    assert "| FM007 | `yaml-implicit-type` |" in readme


def test_front_matter_schema_validates_the_seed_shape():
    jsonschema = pytest.importorskip("jsonschema")
    import json

    schema = json.loads((REPO / "schemas" / "frontmatter-docusaurus.schema.json").read_text())
    good = {"id": "x", "title": "T", "description": "D", "tags": ["a"]}
    jsonschema.validate(good, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**good, "tags": 5}, schema)


def test_rule_pages_are_current():
    folder = REPO / "docs" / "rules"
    expected = update_generated.rule_pages()
    committed = {path.name: path.read_text(encoding="utf-8") for path in folder.glob("*.md")}
    assert sorted(committed) == sorted(expected), f"docs/rules/ is {STALE}"
    stale = [name for name, content in expected.items() if committed[name] != content]
    assert stale == [], f"docs/rules/{', '.join(stale)} {STALE}"


def test_a_rule_page_is_markdown_with_the_rules_facts():
    page = (REPO / "docs" / "rules" / "FM007.md").read_text(encoding="utf-8")
    assert "# FM007: `yaml-implicit-type`" in page
    assert "- Fix: safe (applied by `--fix`)" in page
    assert "YAML 1.1 (PyYAML, Jekyll) turns `no`, `yes`" in page
    assert "Bad:\n\n```\nservings: no\nprep_time: 1:30\n```" in page
    assert "``" not in page.replace("```", "")
    index = (REPO / "docs" / "rules" / "README.md").read_text(encoding="utf-8")
    assert "| [FM007](FM007.md) | `yaml-implicit-type` | warning | safe |" in index
