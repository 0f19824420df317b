"""The fuzzing harness (fuzz/pipeline.py) runs on real pages and hostile ones, so it
cannot rot between long runs; and the inputs the long runs found are regressions."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "fuzz"))

import pipeline  # noqa: E402

REGRESSIONS = sorted((ROOT / "tests" / "fuzz_regressions").glob("*.bin"))


def seeds() -> list[bytes]:
    pages = sorted((ROOT / "tests" / "fixtures").rglob("*.md"))[:24]
    return [bytes([index % 4]) + page.read_bytes() for index, page in enumerate(pages)]


def test_the_harness_passes_on_fixtures_under_every_preset():
    for data in seeds():
        pipeline.check_input(data)


def test_the_harness_reports_a_rule_crash():
    from recipelint.engine.results import FileResult

    with pytest.raises(pipeline.FuzzFinding, match="a rule crashed"):
        pipeline._no_crash(FileResult("page.md", [], crashed=True))


def test_the_harness_reports_an_invalid_report():
    with pytest.raises(ValueError):
        pipeline._valid("json", '[{"path": "page.md",')


@pytest.mark.parametrize("path", REGRESSIONS, ids=[p.stem for p in REGRESSIONS])
def test_inputs_the_fuzzer_found(path):
    pipeline.check_input(path.read_bytes())
