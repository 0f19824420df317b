"""Pages built to make a linter slow, hungry or confused; generated, not committed.

Each function returns the text of one Markdown page. ``tests/test_limits.py`` lints
small-to-medium sizes of them under a time limit; ``benchmarks/hostile.py`` runs the
full sizes in a subprocess and records time and peak memory.
"""

from __future__ import annotations

from pathlib import Path

BODY = "\n## Overview\n\nA page.\n\n## Ingredients\n\n- 1 cup flour\n\n## Instructions\n\n1. Bake the flour.\n"
"""A recipe's body, so the rules that judge only recipes judge these pages too."""


def write_site(folder: Path, name: str, text: str) -> Path:
    """A Docusaurus site in ``folder`` with five ordinary pages and ``text`` as
    ``docs/<name>.md``, which is returned (rules that learn from the site read it)."""
    (folder / "docusaurus.config.js").write_text("module.exports = {};\n", encoding="utf-8")
    docs = folder / "docs"
    docs.mkdir(exist_ok=True)
    for n in range(5):
        (docs / f"page{n}.md").write_text(f"---\ntitle: Page {n}\n---\n{BODY}", encoding="utf-8")
    page = docs / f"{name}.md"
    page.write_text(text, encoding="utf-8")
    return page


def alias_bomb(levels: int = 6, width: int = 9) -> str:
    """Each level is a list of ``width`` aliases of the level below: ``width ** levels``
    paths over a few hundred bytes, all ending at one list of ``no`` scalars."""
    lines = ["a0: &a0 [" + ", ".join(["no"] * width) + "]"]
    for level in range(1, levels + 1):
        aliases = ", ".join([f"*a{level - 1}"] * width)
        lines.append(f"a{level}: &a{level} [{aliases}]")
    return "---\n" + "\n".join(lines) + "\n---\n" + BODY


def many_keys(count: int = 30_000) -> str:
    """``count`` distinct unknown top-level keys, each close to ``description``."""
    return "---\n" + "".join(f"description_{n:05d}: {n}\n" for n in range(count)) + "---\n" + BODY


def many_suppressions(count: int = 5_000) -> str:
    """``count`` suppression comments, each over a line with something to suppress,
    and as many that suppress nothing."""
    parts = ["---\ntitle: T\n---\n", BODY]
    for n in range(count):
        parts.append("<!-- recipelint-disable-next-line SEC013 -->\n")
        parts.append(f"Bake for TODO minutes ({n}).\n\n")
        parts.append("<!-- recipelint-disable CAL001 -->\n\n")
    return "".join(parts)


def backtick_runs(count: int = 2_000) -> str:
    """One paragraph of backtick runs of lengths 1, 2, …, ``count``: no run closes."""
    line = " ".join("`" * n for n in range(1, count + 1))
    return "---\ntitle: T\n---\n" + BODY + "\n" + line + "\n"


def todo_line(size: int = 1_000_000) -> str:
    """One line of ``TODO`` words, ``size`` characters long."""
    return "---\ntitle: T\n---\n" + BODY + "\n" + ("TODO " * (size // 5)).rstrip() + "\n"


def wide_table(columns: int = 20_000) -> str:
    """A table under the calorie heading with ``columns`` columns and two rows."""
    header = "| Ingredient | Quantity | Calories |" + " x |" * (columns - 3)
    separator = "|" + " --- |" * columns
    row = "| Flour | 100 g | 364 |" + " 1 |" * (columns - 3)
    total = "| Total | | 364 |" + " |" * (columns - 3)
    return "---\ntitle: T\n---\n" + BODY + "\n## Estimated Calories & Sources\n\n" + "\n".join([header, separator, row, total]) + "\n"


def wide_table_rows(columns: int = 20_000, rows: int = 60) -> str:
    """A 2.5 MB table: ``columns`` columns and ``rows`` rows of one-character cells
    (markdown-it makes three tokens of each cell: 1.6 GB for the default size)."""
    lines = ["|" + "a|" * columns, "|" + "-|" * columns] + ["|" + "1|" * columns] * rows
    return "---\ntitle: T\n---\n" + BODY + "\n## Estimated Calories & Sources\n\n" + "\n".join(lines) + "\n"


def list_items(count: int = 1_200_000) -> str:
    """``count`` one-word list items (4.8 MB at the default: 4 GB and over a minute as tokens)."""
    return "---\ntitle: T\n---\n" + BODY + "\n" + "- a\n" * count


def findings_on_one_line(count: int = 5_000) -> str:
    """``count`` invisible characters (SEC014) on one line of ``4 * count`` characters."""
    return "---\ntitle: T\n---\n" + BODY + "\n" + "abc\u200b" * count + "\n"


def control_characters_in_key() -> str:
    """A front-matter key holding an escape sequence and a line that looks like a finding."""
    key = "\\e[2J\\e[31mdescripton\\nforged.md:1:1: FM999 [error] forged"
    return f'---\ntitle: T\n"{key}": x\n---\n' + BODY


def huge_integers(digits: int = 5_000) -> str:
    """Octal, hex and base-60 integers with ``digits`` digits, then a normal page."""
    return (
        "---\ntitle: T\n"
        f"octal: 0{'7' * digits}\n"
        f"hex: 0x{'f' * digits}\n"
        f"sexagesimal: {':'.join(['59'] * (digits // 2))}\n"
        "---\n" + BODY + "\nBake for TODO minutes.\n"
    )


def deep_flow_nesting(depth: int = 999) -> str:
    """Flow sequences nested ``depth`` deep (libyaml stops at 1000), then a normal page."""
    return "---\ntitle: T\nnested: " + "[" * depth + "]" * depth + "\n---\n" + BODY + "\nBake for TODO minutes.\n"


CASES = {
    "alias-bomb-6x9": lambda: alias_bomb(6, 9),
    "alias-bomb-9x9": lambda: alias_bomb(9, 9),
    "keys-30000": lambda: many_keys(30_000),
    "keys-9000": lambda: many_keys(9_000),
    "suppressions-5000": lambda: many_suppressions(5_000),
    "backtick-runs-2000": lambda: backtick_runs(2_000),
    "todo-line-1MB": lambda: todo_line(1_000_000),
    "table-20000-columns": lambda: wide_table(20_000),
    "table-20000-columns-60-rows": lambda: wide_table_rows(20_000, 60),
    "list-1200000-items": lambda: list_items(1_200_000),
    "findings-5000-one-line": lambda: findings_on_one_line(5_000),
    "control-characters": control_characters_in_key,
    "integers-5000-digits": lambda: huge_integers(5_000),
    "flow-nesting-999": lambda: deep_flow_nesting(999),
}
"""The full-size cases ``benchmarks/hostile.py`` measures, by name."""
