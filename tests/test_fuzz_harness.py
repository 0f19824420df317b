"""The fuzz harness (``fuzz/pipeline.py``) still runs: a few seed pages through every
preset and format, and its output checks still catch broken output. The long run itself
is not part of the suite; fuzz/README.md says how to start it."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

FUZZ = Path(__file__).resolve().parents[1] / "fuzz"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"recipelint_fuzz_{name}", FUZZ / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


pipeline = _load("pipeline")
seeds = _load("seeds")


def _sample_of_seeds() -> list[bytes]:
    """Every small hostile page and every 40th page of the shared sites: a few seconds."""
    hostile = [text.encode() for text in seeds.SMALL_HOSTILE]
    shared = [page for page in seeds.seed_pages() if page not in hostile]
    return shared[::40] + hostile


def test_seed_pages_pass_the_harness_under_every_preset():
    sample = _sample_of_seeds()
    assert len(sample) >= 15
    for page in sample:
        pipeline.check_input(page)  # raises on a crash, an RL007 or a broken output


def test_two_fuzzed_pages_replace_the_neighbour():
    page = b"---\ntitle: Same\n---\n\n## Overview\n\n[x](neighbour.md#missing)\n"
    pipeline.check_input(page + pipeline.SEPARATOR + page)
    site = pipeline._PIPELINE.sites[0]
    assert site.neighbour.read_bytes() == page


def test_the_harness_reports_a_rule_crash():
    from recipelint.engine.results import FileResult

    with pytest.raises(pipeline.FuzzFinding, match="a rule crashed"):
        pipeline._no_crash(FileResult("page.md", [], crashed=True))


def test_the_output_checks_catch_broken_output():
    with pytest.raises(json.JSONDecodeError):
        pipeline.validate("json", "[{", 1, "hugo")
    with pytest.raises(pipeline.FuzzFinding, match="2 items for 1 findings"):
        pipeline.validate("json", "[{}, {}]", 1, "hugo")
    with pytest.raises(pipeline.FuzzFinding, match="outside a stop-commands block"):
        pipeline.validate("github", "::error file=a.md::x\nplain text\n", 1, "hugo")
    with pytest.raises(pipeline.FuzzFinding, match="block closed: False"):
        pipeline.validate("github", "::error file=a.md::x\n::stop-commands::abc\n", 1, "hugo")
    with pytest.raises(UnicodeEncodeError):
        pipeline.validate("text", "a lone surrogate \udc80", 0, "hugo")
    pipeline.validate("github", "::error file=a.md::x\n::stop-commands::abc\nfree text\n::abc::\n", 1, "hugo")


REGRESSIONS = sorted((Path(__file__).resolve().parent / "fuzz_regressions").glob("*.bin"))


@pytest.mark.parametrize("path", REGRESSIONS, ids=[p.stem for p in REGRESSIONS])
def test_inputs_the_fuzzer_found_stay_fixed(path):
    """Each input a long run reported (fuzz/README.md: what to do with a finding), under
    every preset: the first, a paragraph of 230 form feeds, took 12 s in a label pattern."""
    pipeline.check_input(path.read_bytes())
