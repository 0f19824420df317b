"""The structure stays as the README's Development section describes it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "recipelint"


def test_import_contracts_hold(capsys: pytest.CaptureFixture[str]) -> None:
    """Layers (cli → run → engine → formats → rules → recipe|config → sites → page →
    diagnostic) and no import cycle inside any package: [tool.importlinter]."""
    from importlinter.cli import lint_imports

    status = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True)
    assert status == 0, capsys.readouterr().out


_GENERATOR_NAME = re.compile(r"""["'](docusaurus|hugo|jekyll|mkdocs)["']|\bpreset\s*(==|!=|in\b)""")


def test_only_sites_knows_the_generators_by_name() -> None:
    """What differs between site generators lives in one Generator object each (sites/);
    everything else asks the generator what it does."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "sites":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _GENERATOR_NAME.search(line) and not line.lstrip().startswith("#"):
                offenders.append(f"{relative}:{number}: {line.strip()}")
    assert offenders == []


_DISK_ACCESS = re.compile(r"\bopen\(|\.(is_file|is_dir|exists|read_text|read_bytes|iterdir|stat|resolve)\(\)|os\.(walk|scandir|listdir|stat)\(")


def test_rules_and_recipe_read_the_disk_only_through_sites() -> None:
    """A rule that looks at another file goes through sites/ (boundary.py keeps it inside
    the site, lookups.py records it for the cache); rules/ and recipe/ never ask the
    disk themselves, so a link cannot make them open a file outside the site."""
    offenders = []
    for package in ("rules", "recipe"):
        for path in sorted((PACKAGE / package).rglob("*.py")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if _DISK_ACCESS.search(line) and not line.lstrip().startswith("#"):
                    offenders.append(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert offenders == []
