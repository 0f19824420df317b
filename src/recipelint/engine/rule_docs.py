"""Rule documentation for people: the ``rules`` table, ``rule CODE``, the README table and
the generated ``docs/rules/`` pages."""

from __future__ import annotations

import json

from recipelint.formats.rule_markdown import rst_to_markdown
from recipelint.rules import all_rules
from recipelint.rules.registry import FAMILIES, Rule


def _fix_label(rule: Rule) -> str:
    return rule.fix.value if rule.fix else "-"


def rules_table() -> str:
    rows = [("CODE", "NAME", "SEVERITY", "FIX", "SUMMARY")]
    for rule in all_rules().values():
        summary = rule.summary + ("" if rule.default_enabled else " (off by default)")
        rows.append((rule.code, rule.name, rule.severity.value, _fix_label(rule), summary))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row[:4], widths)) + "  " + row[4] for row in rows
    )


def rules_as_json() -> str:
    return json.dumps(
        [
            {
                "code": r.code,
                "name": r.name,
                "severity": r.severity.value,
                "fix": r.fix.value if r.fix else None,
                "default_enabled": r.default_enabled,
                "options": r.options,
                "summary": r.summary,
            }
            for r in all_rules().values()
        ],
        indent=2,
    )


def rule_documentation(rule: Rule) -> str:
    header = [f"{rule.code} ({rule.name})", ""]
    header.append(f"Family: {FAMILIES[rule.family]}")
    header.append(f"Default severity: {rule.severity.value}")
    header.append(f"Fix: {rule.fix.value if rule.fix else 'none'}")
    if not rule.default_enabled:
        header.append("Enabled: only when selected by its full code or name")
    if rule.options:
        header.append("Options ([tool.recipelint.rules." + rule.code + "]):")
        header.extend(f"  {name} = {json.dumps(default)}" for name, default in rule.options.items())
    return "\n".join(header) + "\n\n" + rule.doc


def readme_rule_table() -> str:
    """The Markdown table between the README's rule-table markers."""
    lines = ["| Code | Name | Severity | Fix | What it reports |", "| --- | --- | --- | --- | --- |"]
    for rule in all_rules().values():
        summary = rule.summary.replace("|", "\\|") + ("" if rule.default_enabled else " *(off by default)*")
        lines.append(f"| {rule.code} | `{rule.name}` | {rule.severity.value} | {_fix_label(rule)} | {summary} |")
    return "\n".join(lines)


RULE_PAGE_NOTE = "<!-- Generated from the rule registry by scripts/update_generated.py; do not edit. -->"


def rule_page_markdown(rule: Rule) -> str:
    """``docs/rules/CODE.md``: the rule's facts, options and documentation in Markdown
    (the page SARIF ``helpUri`` points at)."""
    fix = {None: "none", "safe": "safe (applied by `--fix`)", "unsafe": "unsafe (applied with `--fix --unsafe-fixes`)"}
    lines = [
        RULE_PAGE_NOTE,
        "",
        f"# {rule.code}: `{rule.name}`",
        "",
        f"- Family: {FAMILIES[rule.family]}",
        f"- Default severity: {rule.severity.value}",
        f"- Fix: {fix[rule.fix.value if rule.fix else None]}",
        "- Enabled: " + ("by default" if rule.default_enabled else "only when selected by its full code or name"),
        "",
    ]
    if rule.options:
        lines += ["Options and their defaults:", "", "```toml", f"[tool.recipelint.rules.{rule.code}]"]
        lines += [f"{name} = {json.dumps(default)}" for name, default in rule.options.items()]
        lines += ["```", ""]
    lines += [rst_to_markdown(rule.doc), ""]
    return "\n".join(lines)


def rules_index_markdown() -> str:
    """``docs/rules/README.md``: every rule, linked to its page."""
    lines = [RULE_PAGE_NOTE, "", "# recipelint rules", "", "| Code | Name | Severity | Fix | What it reports |",
             "| --- | --- | --- | --- | --- |"]
    for rule in all_rules().values():
        summary = rule.summary.replace("|", "\\|") + ("" if rule.default_enabled else " *(off by default)*")
        lines.append(f"| [{rule.code}]({rule.code}.md) | `{rule.name}` | {rule.severity.value} | {_fix_label(rule)} "
                     f"| {rst_to_markdown(summary)} |")
    return "\n".join(lines) + "\n"

