"""Nothing outside the site or its repository is opened, stat-ed or shown.

A pull request can commit symlinks and write any link it likes. Beside the repository
lies a sentinel folder: a "credentials" file, a Markdown file with a heading, an image.
The repository links to them in every way a page can (a page that is a symlink, a
relative link and image, a site-root path with ``..``, a symlinked folder, a
configured static folder, a front-matter image), and each output format is searched
for the sentinel's content, its heading and any sign of whether its files exist.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from recipelint.cli import main

SECRET = "SENTINEL-7f3a: hunter2"
HEADING = "Sentinel Heading Nobody May See"
FORMATS = ("text", "json", "jsonl", "github", "sarif", "junit", "gitlab")

PAGE = "---\ntitle: {title}\ndescription: A page.\n---\n\n{body}\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def layout(tmp_path: Path) -> tuple[Path, Path]:
    """(repository, sentinel folder beside it)."""
    outside = tmp_path / "outside"
    write(outside / "secret.txt", SECRET + "\n")
    write(outside / "notes.md", f"---\ntitle: {SECRET}\n---\n\n# {HEADING}\n\n{SECRET}\n")
    write(outside / "cover.png", SECRET)  # text under an image name: IMG003 would say so
    (outside / "photos").mkdir()
    write(outside / "photos" / "cover.png", SECRET)

    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    write(repo / "docusaurus.config.js", "module.exports = {};\n")
    (repo / "static" / "img").mkdir(parents=True)
    docs = repo / "docs"
    write(docs / "good.md", PAGE.format(title="Good", body="Plain text."))
    # pages that are symlinks out of the repository
    (docs / "secret.md").symlink_to(outside / "secret.txt")
    (docs / "notes.md").symlink_to(Path("..") / ".." / "outside" / "notes.md")
    # links and images that climb out, to files that exist and files that do not
    write(docs / "links.md", PAGE.format(title="Links", body="\n\n".join([
        "[exists](../../outside/notes.md#sentinel-heading-nobody-may-sea)",
        "[missing](../../outside/nothing.md#sentinel-heading-nobody-may-sea)",
        "![A photo that exists](../../outside/cover.png)",
        "![A photo that does not](../../outside/nothing.png)",
        "[route](/../../outside/notes.md)",
        "![Through a linked folder](/img/linked/cover.png)",
        "[Through a linked folder](../static/img/linked/notes.md)",
    ])))
    (repo / "static" / "img" / "linked").symlink_to(outside / "photos")
    write(docs / "front.md", "---\ntitle: Front\ndescription: A page.\nimage: ../../outside/cover.png\n---\n\nText.\n")
    return repo, outside


def run(repo: Path, *args: str) -> tuple[int, str, str]:
    process = subprocess.run([sys.executable, "-m", "recipelint", "check", *args], cwd=repo,
                             capture_output=True, text=True, timeout=60)
    return process.returncode, process.stdout, process.stderr


def revealing(output: str) -> list[str]:
    """What in ``output`` could only come from the sentinel folder."""
    found = [needle for needle in ("SENTINEL", "hunter2", HEADING, "sentinel-heading-nobody-may-see") if needle in output]
    found += re.findall(r"not a PNG|empty file|Git LFS", output)  # IMG003 on a file outside: it exists
    return found


@pytest.mark.parametrize("output_format", FORMATS)
def test_no_format_shows_anything_from_outside(layout, output_format):
    repo, _ = layout
    code, out, err = run(repo, ".", "--format", output_format)
    assert code == 1, err
    assert revealing(out + err) == []


def test_each_way_out_gets_its_own_diagnostic(layout):
    repo, _ = layout
    _, out, _ = run(repo, ".", "--format", "json")
    found = sorted((d["path"], d["line"], d["code"]) for d in json.loads(out) if d["code"] in ("RL008", "LNK009", "IMG005"))
    assert found == [
        ("docs/front.md", 4, "IMG005"),
        ("docs/links.md", 6, "LNK009"),
        ("docs/links.md", 8, "LNK009"),
        ("docs/links.md", 10, "IMG005"),
        ("docs/links.md", 12, "IMG005"),
        ("docs/links.md", 16, "IMG005"),
        ("docs/links.md", 18, "LNK009"),
        ("docs/notes.md", 1, "RL008"),
        ("docs/secret.md", 1, "RL008"),
    ]
    codes = {d["code"] for d in json.loads(out) if d["path"] == "docs/links.md"}
    assert not codes & {"LNK007", "LNK008", "IMG001", "IMG003"}, "a rule looked at a file outside"


def test_a_file_outside_and_a_missing_one_read_the_same(layout):
    """The messages for `outside/notes.md` (exists) and `outside/nothing.md` (does not)
    differ only in the name: existence cannot be probed."""
    repo, _ = layout
    _, out, _ = run(repo, "docs/links.md", "--format", "json")
    messages = {d["line"]: d["message"] for d in json.loads(out) if d["code"] in ("LNK009", "IMG005")}
    assert messages[6].replace("notes.md", "X") == messages[8].replace("nothing.md", "X")
    assert messages[10].replace("cover.png", "X").replace("exists", "") == messages[12].replace("nothing.png", "X")


def test_the_site_root_link_is_a_route_not_a_way_out(layout):
    """``/../../outside/notes.md`` is ``/outside/notes.md`` to a browser: a route of the
    site, looked up inside it (Docusaurus leaves routes outside ``/docs`` alone)."""
    repo, _ = layout
    _, out, _ = run(repo, "docs/links.md", "--format", "json")
    assert [d["code"] for d in json.loads(out) if d["line"] == 14] == []


def test_a_configured_static_folder_outside_is_not_searched(layout):
    repo, _ = layout
    write(repo / "recipelint.toml", 'static-dirs = ["../outside"]\n')
    write(repo / "docs" / "static.md", PAGE.format(title="Static", body="![A photo](/cover.png)"))
    _, out, _ = run(repo, "docs/static.md", "--format", "json")
    assert [d["code"] for d in json.loads(out) if d["code"].startswith("IMG")] == ["IMG005"]
    assert revealing(out) == []


AUDITED_RUN = """
import os, sys
from recipelint.cli import main
prefix = os.path.realpath(sys.argv[1]) + os.sep
def audit(event, args):
    if event in ("open", "os.listdir", "os.scandir") and args and isinstance(args[0], (str, bytes, os.PathLike)):
        if os.path.realpath(os.fsdecode(args[0])).startswith(prefix):
            print("TOUCHED", event, os.fsdecode(args[0]), file=sys.stderr)
sys.addaudithook(audit)
for output_format in sys.argv[2:]:
    main(["check", ".", "--format", output_format, "--jobs", "1", "-o", os.devnull])
"""


def test_no_file_outside_is_opened(layout):
    """Every open and folder listing of a whole run, formats included, seen through
    Python's audit hooks: none is in the sentinel folder."""
    repo, outside = layout
    process = subprocess.run([sys.executable, "-c", AUDITED_RUN, str(outside), *FORMATS], cwd=repo,
                             capture_output=True, text=True, timeout=120)
    assert process.returncode == 0, process.stderr
    assert "TOUCHED" not in process.stderr, process.stderr


# -- one bad path never sinks the run ------------------------------------------------


def test_a_symlink_loop_is_reported_and_the_run_goes_on(tmp_path):
    write(tmp_path / "docs" / "good.md", PAGE.format(title="Good", body="Text."))
    write(tmp_path / "docs" / "bad.md", "---\ntitle: [unclosed\n---\n")
    (tmp_path / "docs" / "loop.md").symlink_to("loop.md")
    (tmp_path / "docs" / "a.md").symlink_to("b.md")
    (tmp_path / "docs" / "b.md").symlink_to("a.md")
    for args in ((".",), ("docs/loop.md", "docs/a.md", "docs/bad.md")):
        code, out, err = run(tmp_path, *args, "--format", "json")
        assert code == 1, err
        found = {(d["path"], d["code"]) for d in json.loads(out)}
        assert {("docs/loop.md", "RL003"), ("docs/a.md", "RL003"), ("docs/bad.md", "FM003")} <= found
        assert "loops" in next(d["message"] for d in json.loads(out) if d["path"] == "docs/loop.md")


def test_a_name_longer_than_the_system_allows_is_an_ordinary_finding(tmp_path):
    long_name = "a" * 5000
    write(tmp_path / "docs" / "long.md", PAGE.format(title="Long", body=f"![A photo]({long_name}.png) [x]({long_name}.md)"))
    code, out, err = run(tmp_path, ".", "--format", "json")
    assert code == 1, err
    assert sorted(d["code"] for d in json.loads(out) if d["code"] in ("IMG001", "LNK007", "RL007")) == ["IMG001", "LNK007"]


def test_a_folder_that_cannot_be_searched_is_one_finding(tmp_path, monkeypatch):
    """Root may search any folder, so the refusal is simulated where the system would
    give it: every call that looks inside ``docs/locked``."""
    import errno

    write(tmp_path / "docs" / "locked" / "x.md", PAGE.format(title="X", body="Text."))
    write(tmp_path / "docs" / "ok.md", "---\ntitle: [unclosed\n---\n")
    locked = str(tmp_path / "docs" / "locked") + os.sep

    def refusing(function):
        def call(path, *args, **kwargs):
            if isinstance(path, (str, bytes, os.PathLike)) and os.path.abspath(os.fsdecode(path)).startswith(locked):
                raise PermissionError(errno.EACCES, "Permission denied", os.fsdecode(path))
            return function(path, *args, **kwargs)
        return call

    for name in ("stat", "lstat", "open", "scandir", "listdir"):
        monkeypatch.setattr(os, name, refusing(getattr(os, name)))
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    code = main(["check", "docs/locked/x.md", "docs/ok.md", "--format", "json", "--jobs", "1"])
    assert code == 1
    found = {(d["path"], d["code"], d["message"]) for d in json.loads(out.getvalue())}
    assert ("docs/locked/x.md", "RL003", "cannot read file: Permission denied") in found
    assert any(path == "docs/ok.md" and code == "FM003" for path, code, _ in found)


def test_a_long_quoted_name_is_cut_in_the_message(tmp_path):
    """A 5,000-character link is named in one line, not five kilobytes in every format."""
    long_name = "a" * 5000
    write(tmp_path / "docs" / "long.md", PAGE.format(title="Long", body=f"[x]({long_name}.md)"))
    _, out, _ = run(tmp_path, ".", "--format", "json")
    message = next(d["message"] for d in json.loads(out) if d["code"] == "LNK007")
    assert message == f"`{'a' * 90}…{'a' * 26}.md` does not exist"


def test_a_site_reached_through_a_symlinked_folder_is_still_one_site(tmp_path):
    """A checkout under a symlinked folder (a symlinked home, macOS's /tmp) keeps its
    static folder and its linked pages inside the site."""
    real = tmp_path / "real"
    write(real / "site" / "docusaurus.config.js", "module.exports = {};\n")
    (real / "site" / "static" / "img").mkdir(parents=True)
    (real / "site" / "static" / "img" / "cover.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 24)
    write(real / "site" / "docs" / "other.md", PAGE.format(title="Other", body="## Stock\n\nText."))
    write(real / "site" / "docs" / "page.md",
          PAGE.format(title="Page", body="![A bowl](/img/cover.png)\n\n[stock](other.md#stock) [gone](other.md#gone)"))
    (tmp_path / "linked").symlink_to(real)
    elsewhere = tmp_path / "elsewhere"  # the working directory holds neither
    elsewhere.mkdir()
    through_link = run(elsewhere, str(tmp_path / "linked" / "site"), "--format", "json")[1]
    direct = run(elsewhere, str(real / "site"), "--format", "json")[1]
    codes = sorted(d["code"] for d in json.loads(through_link))
    assert codes == sorted(d["code"] for d in json.loads(direct))
    assert "LNK008" in codes and not {"IMG005", "LNK009", "IMG001", "RL008"} & set(codes)


def test_following_from_a_remembered_folder_agrees_with_following_the_whole_path(tmp_path):
    # trace() reuses the walk of a path's folder; on random trees of symlinks (inside,
    # outside, absolute, relative, chained, looping) it must answer as a full walk does.
    import os
    import random

    from recipelint.sites import boundary

    chooser = random.Random(7)
    for trial in range(60):
        root = tmp_path / f"t{trial}" / "site"
        (root / "a").mkdir(parents=True)
        (root / "b").mkdir()
        (root / "a" / "x.md").write_text("x")
        outside = tmp_path / f"t{trial}" / "outside"
        outside.mkdir()
        targets = ["../a", "..", "../..", "a", "b", "../b/l1", str(outside), str(root / "a"), "l1", "l2", "x.md",
                   "../a/x.md", "../../outside"]
        for _ in range(4):
            link = root / chooser.choice(["a", "b", "."]) / chooser.choice(["l1", "l2", "l3", "c"])
            if not os.path.lexists(link):
                os.symlink(chooser.choice(targets), link)
        boundary.forget_boundaries()
        boundary.admit(root)
        for _ in range(30):
            path = root.joinpath(*chooser.choices(["a", "b", "c", "l1", "l2", "l3", "..", "x.md", "."], k=chooser.randint(1, 5)))
            below = boundary._below(os.path.abspath(path), str(root))  # None: ``..`` climbed out
            whole = boundary._follow(str(root), os.path.realpath(root), below)[0] if below is not None else boundary.LEAVES
            expected = whole if whole in (boundary.LEAVES, boundary.LOOPS) else Path(whole)
            assert boundary.trace(path) == expected, path
    boundary.forget_boundaries()
