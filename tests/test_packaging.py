"""The distributions carry the licence: the sdist and the wheel built by PyPA's
``build`` (in an isolated environment, with hatchling from the package index)."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile

import pytest
from conftest import REPO

from recipelint import __version__

pytestmark = pytest.mark.slow  # builds in a fresh virtual environment


def test_license_is_in_the_sdist_and_the_wheel(tmp_path):
    pytest.importorskip("build")
    license_text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert license_text.startswith("MIT License\n\nCopyright (c) 2026 recipelint developers\n")
    subprocess.run([sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", str(tmp_path), str(REPO)],
                   check=True, capture_output=True, timeout=600)
    with tarfile.open(tmp_path / f"recipelint-{__version__}.tar.gz") as sdist:
        member = sdist.extractfile(f"recipelint-{__version__}/LICENSE")
        assert member is not None and member.read().decode("utf-8") == license_text
    with zipfile.ZipFile(tmp_path / f"recipelint-{__version__}-py3-none-any.whl") as wheel:
        assert wheel.read(f"recipelint-{__version__}.dist-info/licenses/LICENSE").decode("utf-8") == license_text
        assert "License-Expression: MIT" in wheel.read(f"recipelint-{__version__}.dist-info/METADATA").decode("utf-8")
