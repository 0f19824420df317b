"""Focused tests of the LNK rules: real recipes, label matching, fixes, hard inputs."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest

from recipelint.config.loader import Overrides
from recipelint.page.links import normalize_label
from recipelint.run import CheckOptions, run_check
from tests.test_rule_fixtures import lint, lint_bytes

ROOT = Path(__file__).parents[1]
SEED_RECIPE = ROOT / ".." / "shared" / "seed-site" / "docs" / "recipes" / "mexican" / "smashed_pork_gyoza_tacos.md"
BANANA_BREAD = ROOT / "examples" / "docs" / "recipes" / "baking" / "banana_bread.md"
ALL_LNK = Overrides(select=["LNK001", "LNK002", "LNK003", "LNK004", "LNK005", "LNK006"])
FRONT = "---\ntitle: Tacos\ndescription: Crispy.\n---\n\n"  # a case's text starts on line 6


def lnk(diagnostics: list[dict]) -> list[str]:
    return [f"{d['line']}:{d['column']} {d['code']}" for d in diagnostics if d["code"].startswith("LNK")]


def test_seed_recipe_has_no_link_diagnostics() -> None:
    if not SEED_RECIPE.is_file():
        pytest.skip(f"seed recipe not found at {SEED_RECIPE}")
    assert lnk(lint(SEED_RECIPE, overrides=ALL_LNK)[1]) == []


def test_banana_bread_reports_its_undefined_estimated_reference() -> None:
    if not BANANA_BREAD.is_file():
        pytest.skip(f"example not found at {BANANA_BREAD}")
    _, diagnostics = lint(BANANA_BREAD)
    found = [d for d in diagnostics if d["code"] == "LNK001"]
    assert [(d["line"], d["column"], d["end_column"]) for d in found] == [(27, 64, 75)]
    assert "`[Estimated]`" in found[0]["message"]


@pytest.mark.parametrize(
    ("label", "key"),
    [("USDA", "usda"), ("Fat  \n Secret", "fat secret"), (" Straße ", "strasse"), ("ΑΓΩ", "αγω")],
)
def test_label_normalisation(label: str, key: str) -> None:
    assert normalize_label(label) == key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("[Straße] and [usda][].\n\n[STRASSE]: https://a.de/\n[USDA]: https://b.gov/\n", [], id="case-fold"),
        pytest.param("[![Cover][img]](https://a.com/)\n\n[img]: /img/a.png\n", [], id="image-reference-inside-link"),
        pytest.param("[Go [USDA]](https://a.com/)\n\n[USDA]: https://b.gov/\n", [], id="reference-inside-link-text"),
        pytest.param("A [multi\nline](https://a.com/\n) link and [Undefined\nLabel][].\n", ["8:12 LNK001"], id="multi-line"),
        pytest.param("> [Quoted]\n\n> [quoted]: https://a.com/\n", [], id="blockquote-definition"),
        pytest.param("- [ ] task\n- [x] done\n- [X] done\n", [], id="task-list"),
        pytest.param("<div>\n[Html][block]\n</div>\n", [], id="html-block"),
        pytest.param("Text [^1].\n\n[^1]: A footnote.\n", [], id="footnote"),
        pytest.param("Prose with [a][b] and [c]: text.\n", ["6:12 LNK001"], id="full-reference-lowercase"),
        pytest.param("Inline [Estimated](https://a.com) link.\n", [], id="inline-link-is-no-reference"),
        pytest.param("``[Code] `span` `` and \\[Escaped\\].\n", [], id="code-and-escapes"),
        pytest.param("# Heading [Undefined]\n", ["6:11 LNK001"], id="heading"),
        pytest.param("Text.\n\n[Lonely]: https://a.com/ 'title'\n", ["8:1 LNK002"], id="unused"),
        pytest.param(
            "[Pie]({{< ref \"pie.md\" >}}), [Tart]({% link tart.md %}) and [Cake]({{ site.baseurl }}/cake)\n",
            [],
            id="hugo-and-jekyll-template-links",
        ),
        pytest.param("[Note] (see below) and [Broken](a b c\n", [], id="bracket-then-paren-is-no-reference"),
        pytest.param("Text [a\n[b]: https://a.com/\n", ["7:6 LNK006"], id="definition-inside-paragraph-is-text"),
    ],
)
def test_reference_cases(tmp_path: Path, text: str, expected: list[str]) -> None:
    assert lnk(lint_bytes(tmp_path, FRONT + text, overrides=ALL_LNK)[1]) == expected


def test_insecure_and_bare_url_fixes_are_written(tmp_path: Path) -> None:
    (tmp_path / "recipelint.toml").write_text('extend-select = ["LNK005", "LNK006"]\n')
    path = tmp_path / "tacos.md"
    path.write_text(FRONT + "From [HelloFresh] and https://www.bbcgoodfood.com/tacos.\n\n[HelloFresh]: http://www.hellofresh.com/\n")
    run_check(CheckOptions(paths=[str(path)], output_format="json", fix=True, unsafe_fixes=True, jobs=1), stdout=io.StringIO())
    assert path.read_text().endswith(
        "From [HelloFresh] and <https://www.bbcgoodfood.com/tacos>.\n\n[HelloFresh]: https://www.hellofresh.com/\n"
    )
    assert lnk(lint(path)[1]) == []


@pytest.mark.parametrize(
    "text",
    ["[" * 20000, "[a](" * 5000, "[a](x" * 5000 + ")", "![a](" * 3000, "`" * 5001, "[a]: x\n" * 3000, "<" * 20000],
)
def test_pathological_input_stays_fast(tmp_path: Path, text: str) -> None:
    start = time.perf_counter()
    lint_bytes(tmp_path, text, overrides=ALL_LNK)
    assert time.perf_counter() - start < 5


def test_a_target_page_with_a_byte_order_mark_is_read_like_any_other(tmp_path: Path) -> None:
    # Its front matter gives the route: a BOM must not hide it (review finding).
    (tmp_path / "docusaurus.config.js").write_text("module.exports = {};\n")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "b.md").write_bytes(b"\xef\xbb\xbf---\nid: custom-b\ntitle: B\n---\n\n## Serving\n")
    (docs / "a.md").write_text("---\ntitle: A\n---\n\nSee [b](/docs/custom-b#serving) and [gone](/docs/b).\n")
    out = io.StringIO()
    run_check(CheckOptions(paths=[str(docs / "a.md")], output_format="json", jobs=1), stdout=out)
    found = [(d["code"], d["column"]) for d in json.loads(out.getvalue()) if d["code"] in ("LNK007", "LNK008")]
    assert found == [("LNK007", 44)]


@pytest.mark.parametrize("route_key", ["url: /soup/", '"\\u0075rl": /soup/', "slug: soup", "aliases: [/soup]"])
def test_a_hugo_route_from_front_matter_is_found_however_the_key_is_written(tmp_path: Path, route_key: str) -> None:
    # Route tables read only the pages whose front matter names a route key; a key
    # spelled with an escape is still read.
    (tmp_path / "hugo.toml").write_text('title = "x"\n')
    content = tmp_path / "content"
    content.mkdir()
    (content / "stew.md").write_text(f"---\ntitle: Stew\n{route_key}\n---\n\nStew.\n")
    (content / "other.md").write_text("---\ntitle: Other\ntags: [url]\n---\n\nOther.\n")
    (content / "index.md").write_text("---\ntitle: Home\n---\n\nSee [soup](/soup/) and [gone](/gone/).\n")
    out = io.StringIO()
    run_check(CheckOptions(paths=[str(content / "index.md")], output_format="json", jobs=1), stdout=out)
    found = [(d["code"], d["column"]) for d in json.loads(out.getvalue()) if d["code"] == "LNK007"]
    assert found == [("LNK007", 31)]  # only the link to /gone/


@pytest.mark.parametrize("front_matter", [
    "title: Stew\ndescription: " + "a" * 20_000 + "\nurl: /soup/\n",  # the key after the first 16 KB
    "\ufefftitle: Stew\r\nurl: /soup/\r\n",  # a byte order mark and CRLF line ends
])
def test_a_route_key_is_found_wherever_the_front_matter_puts_it(tmp_path: Path, front_matter: str) -> None:
    (tmp_path / "hugo.toml").write_text('title = "x"\n')
    content = tmp_path / "content"
    content.mkdir()
    bom = front_matter.startswith("\ufeff")
    (content / "stew.md").write_bytes(("\ufeff" if bom else "").encode() + (
        "---\n" + front_matter.lstrip("\ufeff") + "---\n\nStew.\n").replace("\n", "\r\n" if bom else "\n").encode())
    (content / "index.md").write_text("---\ntitle: Home\n---\n\nSee [soup](/soup/) and [gone](/gone/).\n")
    out = io.StringIO()
    run_check(CheckOptions(paths=[str(content / "index.md")], output_format="json", jobs=1), stdout=out)
    found = [(d["code"], d["column"]) for d in json.loads(out.getvalue()) if d["code"] == "LNK007"]
    assert found == [("LNK007", 31)]  # only the link to /gone/
