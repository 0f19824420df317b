"""``recipelint server`` driven as an editor drives it: a real subprocess speaking
JSON-RPC over stdio (``lsp_client.LspClient``), one server for the module."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from lsp_client import LspClient

from recipelint.cli import main

pytest.importorskip("pygls")

SEED = "docs/recipes/mexican/smashed_pork_gyoza_tacos.md"
DOCS_BASE = "https://docs.example.org/recipelint"
ASTRAL = textwrap.dedent("""\
    ---
    id: emoji-soup
    title: Emoji Soup
    description: A soup.
    tags:
      - Soup
    ---

    ## Overview

    A 😀 é soup\u200b here, and 𝄞 a second\u200b one.
    """)


def _apply(text: str, edits: list[dict]) -> str:
    """Apply LSP text edits (UTF-16 positions) as an editor does."""
    lines = text.split("\n")

    def offset(position: dict) -> int:
        line = position["line"]
        before = sum(len(lines[n]) + 1 for n in range(min(line, len(lines))))
        if line >= len(lines):
            return len(text)
        units, chars = 0, 0
        for char in lines[line]:
            if units >= position["character"]:
                break
            units += 2 if ord(char) > 0xFFFF else 1
            chars += 1
        return before + chars

    for edit in sorted(edits, key=lambda e: (e["range"]["start"]["line"], e["range"]["start"]["character"]), reverse=True):
        text = text[: offset(edit["range"]["start"])] + edit["newText"] + text[offset(edit["range"]["end"]):]
    return text


@pytest.fixture(scope="module")
def site(tmp_path_factory, request) -> Path:
    shared = Path(__file__).resolve().parents[2] / "shared" / "seed-site"
    if not shared.is_dir():
        pytest.skip("needs ../shared/seed-site")
    root = tmp_path_factory.mktemp("lsp") / "site"
    shutil.copytree(shared, root)
    (root / "docusaurus.config.js").write_text("export default {};\n", encoding="utf-8")  # a site: addresses known
    (root / "docs" / "recipes" / "soup.md").write_text(ASTRAL, encoding="utf-8")
    (root / "docs" / "recipes" / "links.md").write_text(textwrap.dedent("""\
        ---
        id: links
        title: Links
        description: Where to go next.
        tags:
          - Soup
        ---

        ## Overview

        See [the tacos](./mexican/smashed_pork_gyoza_tacos.md#leftovers).
        """), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def server(site):
    client = LspClient()
    # A shorter pause than an editor's 200 ms keeps the tests quick; still far longer
    # than the gap between the notifications of one "typing" burst below.
    client.init_result = client.initialize(site, {"ruleDocsBaseUrl": DOCS_BASE, "debounce": 50})
    yield client
    client.close()


@pytest.fixture
def client(server):
    server.drain()  # each test hears only about its own documents
    return server


class Buffer:
    """A document as the test editor holds it: open, change, apply edits."""

    def __init__(self, client: LspClient, path: Path) -> None:
        self.client, self.uri, self.text, self.version = client, path.as_uri(), path.read_text(encoding="utf-8"), 1
        client.notify("textDocument/didOpen", {"textDocument": {
            "uri": self.uri, "languageId": "markdown", "version": 1, "text": self.text}})

    def diagnostics(self) -> list[dict]:
        return self.client.diagnostics(self.uri, self.version)

    def replace(self, text: str) -> list[dict]:
        self.version += 1
        self.text = text
        self.client.notify("textDocument/didChange", {
            "textDocument": {"uri": self.uri, "version": self.version}, "contentChanges": [{"text": text}]})
        return self.diagnostics()

    def apply(self, edits: list[dict]) -> list[dict]:
        return self.replace(_apply(self.text, edits))

    def actions(self, diagnostic: dict | None = None, only: list[str] | None = None) -> list[dict]:
        where = diagnostic["range"] if diagnostic else {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}
        context = {"diagnostics": [diagnostic] if diagnostic else []}
        if only:
            context["only"] = only
        return self.client.request("textDocument/codeAction", {
            "textDocument": {"uri": self.uri}, "range": where, "context": context}) or []

    def close(self) -> None:
        self.client.notify("textDocument/didClose", {"textDocument": {"uri": self.uri}})
        self.client.wait_for("textDocument/publishDiagnostics",  # the server clears them
                             lambda p: p["uri"] == self.uri and p["diagnostics"] == [] and p.get("version") is None)


def _codes(diagnostics: list[dict]) -> list[str]:
    return [d["code"] for d in diagnostics]


def test_initialize_announces_what_the_server_does(client) -> None:
    capabilities = client.init_result["capabilities"]
    assert capabilities["positionEncoding"] == "utf-16"
    assert capabilities["textDocumentSync"]["change"] == 2  # incremental
    assert capabilities["textDocumentSync"]["save"] == {"includeText": False}
    assert set(capabilities["codeActionProvider"]["codeActionKinds"]) == {"quickfix", "source.fixAll"}
    assert capabilities["hoverProvider"] is True
    assert client.init_result["serverInfo"]["name"] == "recipelint"
    registration = client.server_request("client/registerCapability")["params"]["registrations"][0]
    assert registration["method"] == "workspace/didChangeWatchedFiles"


def test_open_publishes_what_check_reports_at_the_same_places(client, site, tmp_path) -> None:
    buffer = Buffer(client, site / SEED)
    published = buffer.diagnostics()
    out = tmp_path / "check.json"
    main(["check", "--format", "json", "--output-file", str(out), str(site / SEED)])
    expected = json.loads(out.read_text(encoding="utf-8"))
    assert [(d["code"], d["range"]) for d in published] == [
        (d["code"], {"start": {"line": d["line"] - 1, "character": d["column"] - 1},
                     "end": {"line": d["end_line"] - 1, "character": d["end_column"] - 1}})
        for d in expected
    ]
    assert _codes(published) == ["ING011", "ING010", "ING010"]
    sour_cream = published[0]
    assert sour_cream["range"] == {"start": {"line": 68, "character": 9}, "end": {"line": 68, "character": 19}}
    assert sour_cream["severity"] == 2
    assert sour_cream["source"] == "recipelint"
    assert sour_cream["codeDescription"] == {"href": f"{DOCS_BASE}/docs/rules/ING011.md"}
    buffer.close()


def test_ranges_count_utf16_units_after_accents_and_astral_characters(client, site) -> None:
    buffer = Buffer(client, site / "docs/recipes/soup.md")
    published = [d for d in buffer.diagnostics() if d["code"] == "SEC014"]
    line = ASTRAL.split("\n")[10]
    first, second = line.index("\u200b"), line.rindex("\u200b")
    units = [len(line[:i].encode("utf-16-le")) // 2 for i in (first, second)]
    assert units == [first + 1, second + 2]  # 😀 is one unit more, 𝄞 another
    assert [d["range"] for d in published] == [
        {"start": {"line": 10, "character": u}, "end": {"line": 10, "character": u + 1}} for u in units
    ]
    buffer.close()


def test_a_change_relints_after_the_pause_with_the_last_version_only(client, site) -> None:
    buffer = Buffer(client, site / SEED)
    assert "ING010" in _codes(buffer.diagnostics())
    at = buffer.text.split("\n").index("- 9 tbsp Sour Cream") + 1  # the line after it
    column = 0
    for piece in ("- 1 tsp s", "ug", "ar\n"):  # typed faster than the debounce
        buffer.version += 1
        where = {"line": at, "character": column}
        client.notify("textDocument/didChange", {
            "textDocument": {"uri": buffer.uri, "version": buffer.version},
            "contentChanges": [{"range": {"start": where, "end": where}, "text": piece}],
        })
        column += len(piece)
    params = client.wait_for("textDocument/publishDiagnostics", lambda p: p["uri"] == buffer.uri)
    assert params["version"] == buffer.version  # no lint of the intermediate versions
    messages = [d["message"] for d in params["diagnostics"] if d["code"] == "ING010"]
    assert not any("'sugar'" in m for m in messages)
    assert any("'oil'" in m for m in messages)
    buffer.close()


def test_a_safe_quick_fix_applied_removes_its_diagnostic(client, site) -> None:
    buffer = Buffer(client, site / "docs/recipes/soup.md")
    invisible = next(d for d in buffer.diagnostics() if d["code"] == "SEC014")
    actions = buffer.actions(invisible)
    fix = next(a for a in actions if a["title"] == "Delete the invisible character (SEC014)")
    assert fix["kind"] == "quickfix" and fix["isPreferred"] is True
    after = buffer.apply(fix["edit"]["changes"][buffer.uri])
    assert [d["range"]["start"]["character"] for d in after if d["code"] == "SEC014"] == [
        invisible["range"]["start"]["character"] + 23 - 1]  # the second one moved left by one
    buffer.close()


def test_a_request_right_after_a_keystroke_sees_that_keystroke(client, site) -> None:
    buffer = Buffer(client, site / "docs/recipes/soup.md")
    buffer.diagnostics()
    buffer.version += 1
    where = {"line": 8, "character": 2}  # "## Overview": a zero-width space typed after "##"
    client.notify("textDocument/didChange", {"textDocument": {"uri": buffer.uri, "version": buffer.version},
                                             "contentChanges": [{"range": {"start": where, "end": where}, "text": "\u200b"}]})
    actions = client.request("textDocument/codeAction", {  # before the pause is over
        "textDocument": {"uri": buffer.uri}, "range": {"start": where, "end": where}, "context": {"diagnostics": []}})
    assert "Delete the invisible character (SEC014)" in [a["title"] for a in actions]
    buffer.close()


def test_an_unsafe_fix_is_labelled_and_not_preferred(client, site) -> None:
    buffer = Buffer(client, site / SEED)
    buffer.diagnostics()
    wrong_total = buffer.text.replace("**Total (approx): 6,968 kcal**", "**Total (approx): 5,000 kcal**")
    assert wrong_total != buffer.text
    mismatch = next(d for d in buffer.replace(wrong_total) if d["code"] == "CAL001")
    fix = next(a for a in buffer.actions(mismatch) if "CAL001" in a["title"] and "Disable" not in a["title"])
    assert "unsafe" in fix["title"] and not fix.get("isPreferred")
    assert "CAL001" not in _codes(buffer.apply(fix["edit"]["changes"][buffer.uri]))
    buffer.close()


def test_the_disable_action_silences_the_line(client, site) -> None:
    buffer = Buffer(client, site / SEED)
    sour_cream = next(d for d in buffer.diagnostics() if d["code"] == "ING011")
    disable = next(a for a in buffer.actions(sour_cream) if a["title"] == "Disable ING011 for this line")
    assert disable["edit"]["changes"][buffer.uri] == [{
        "range": {"start": {"line": 68, "character": 0}, "end": {"line": 68, "character": 0}},
        "newText": "<!-- recipelint-disable-next-line ING011 -->\n",
    }]
    after = buffer.apply(disable["edit"]["changes"][buffer.uri])
    assert _codes(after) == ["ING010", "ING010"]  # no ING011, and no RL005 (the comment is used)
    buffer.close()


def test_fix_all_applies_every_safe_fix(client, site) -> None:
    buffer = Buffer(client, site / "docs/recipes/soup.md")
    assert _codes(buffer.diagnostics()).count("SEC014") == 2
    (fix_all,) = buffer.actions(only=["source.fixAll"])
    assert fix_all["kind"] == "source.fixAll.recipelint"
    assert fix_all["title"].startswith("Fix all safe problems in this file (2 fixes")
    after = buffer.apply(fix_all["edit"]["changes"][buffer.uri])
    assert "SEC014" not in _codes(after)
    assert "\u200b" not in buffer.text and "A 😀 é soup here, and 𝄞 a second one." in buffer.text
    buffer.close()


def test_hover_on_a_diagnostic_shows_the_rule_documentation(client, site) -> None:
    buffer = Buffer(client, site / SEED)
    sour_cream = buffer.diagnostics()[0]
    inside = {"line": 68, "character": 12}
    hover = client.request("textDocument/hover", {"textDocument": {"uri": buffer.uri}, "position": inside})
    value = hover["contents"]["value"]
    assert hover["contents"]["kind"] == "markdown"
    assert value.startswith("**ING011** `unused-ingredient` · warning")
    assert sour_cream["message"] in value
    assert "A listed ingredient is never mentioned in any step." in value
    nothing = client.request("textDocument/hover", {"textDocument": {"uri": buffer.uri},
                                                   "position": {"line": 2, "character": 1}})
    assert nothing is None
    buffer.close()


def test_links_into_an_open_page_see_its_unsaved_headings(client, site) -> None:
    links = Buffer(client, site / "docs/recipes/links.md")
    assert _codes(links.diagnostics()) == ["LNK008"]  # no heading "Leftovers" in the tacos
    tacos = Buffer(client, site / SEED)
    tacos.diagnostics()
    tacos.version += 1
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": tacos.uri, "version": tacos.version},
        "contentChanges": [{"text": tacos.text + "\n## Leftovers\n\nKeep them cold.\n"}]})
    assert client.diagnostics(links.uri) == []  # re-linted because it links to the tacos
    tacos.close()
    assert _codes(client.diagnostics(links.uri)) == ["LNK008"]  # closed unsaved: the disk speaks again
    links.close()


def test_a_save_publishes_and_the_saved_file_speaks_for_the_closed_page(client, site) -> None:
    links = Buffer(client, site / "docs/recipes/links.md")
    assert _codes(links.diagnostics()) == ["LNK008"]
    tacos = Buffer(client, site / SEED)
    tacos.diagnostics()
    original = tacos.text
    saved = original + "\n## Leftovers\n\nKeep them cold.\n"
    tacos.replace(saved)
    assert links.diagnostics() == []  # the buffer has the heading
    (site / SEED).write_text(saved, encoding="utf-8")  # what the editor does on :w
    try:
        client.notify("textDocument/didSave", {"textDocument": {"uri": tacos.uri}})
        assert _codes(tacos.diagnostics()) == ["ING011", "ING010", "ING010"]  # published on save
        assert links.diagnostics() == []
        tacos.close()  # the file on the disk has the heading too: nothing changes for links
    finally:
        (site / SEED).write_text(original, encoding="utf-8")
    client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": tacos.uri, "type": 2}]})
    assert _codes(links.diagnostics()) == ["LNK008"]  # and now it has not
    links.close()


def test_two_open_pages_with_one_id_both_hear_of_it_until_one_changes(client, site) -> None:
    soup = Buffer(client, site / "docs/recipes/soup.md")
    soup.diagnostics()
    links = Buffer(client, site / "docs/recipes/links.md")
    links.diagnostics()
    links.replace(links.text.replace("id: links", "id: emoji-soup"))
    assert "FM015" in _codes(client.diagnostics(soup.uri))
    # Typing in the body changes none of the compared facts: the pass's answer is reused.
    assert _codes(links.replace(links.text + "More words.\n")) == ["FM015", "LNK008"]
    silenced = links.replace(links.text + "<!-- recipelint-disable-file FM015 -->\n")
    assert _codes(silenced) == ["LNK008"]  # the comment counts at once, and is used (no RL005)
    assert _codes(links.replace(links.text + "Even more.\n")) == ["LNK008"]
    links.replace(links.text.replace("id: emoji-soup", "id: links-again"))
    assert "FM015" not in _codes(client.diagnostics(soup.uri))
    soup.close()
    links.close()


def test_a_new_configuration_file_applies_at_once(client, site) -> None:
    buffer = Buffer(client, site / SEED)
    assert "ING011" in _codes(buffer.diagnostics())
    config = site / "recipelint.toml"
    config.write_text('ignore = ["ING011"]\n', encoding="utf-8")
    try:
        client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 1}]})
        assert _codes(buffer.diagnostics()) == ["ING010", "ING010"]
    finally:
        config.unlink()
    client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 3}]})
    assert "ING011" in _codes(buffer.diagnostics())
    buffer.close()


def test_a_broken_configuration_file_is_one_message_not_a_crash(client, site) -> None:
    buffer = Buffer(client, site / SEED)
    assert buffer.diagnostics()
    config = site / "recipelint.toml"
    config.write_text('preset = "wordpress"\n', encoding="utf-8")
    try:
        client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 1}]})
        message = client.wait_for("window/showMessage")
        assert message["type"] == 1
        assert message["message"].startswith(f"recipelint: {config.resolve()}: preset: ")
        assert buffer.diagnostics() == []
    finally:
        config.unlink()
    client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 3}]})
    assert "ING011" in _codes(buffer.diagnostics())
    buffer.close()


def test_completion_offers_front_matter_keys_and_the_sites_tags(client, site) -> None:
    buffer = Buffer(client, site / "docs/recipes/links.md")
    buffer.diagnostics()
    text = buffer.text.replace("tags:\n  - Soup\n", "tags:\n  - Soup\n  - \nsid\n")
    buffer.replace(text)
    lines = text.split("\n")
    key_line, tag_line = lines.index("sid"), lines.index("  - ")

    def labels(line: int, character: int) -> list[str]:
        found = client.request("textDocument/completion", {
            "textDocument": {"uri": buffer.uri}, "position": {"line": line, "character": character}})
        return [item["label"] for item in (found or {"items": []})["items"]]

    keys = labels(key_line, 3)
    assert "sidebar_position" in keys and "servings" in keys
    assert "title" not in keys  # already set
    tags = labels(tag_line, 4)  # the tags the site's pages use, the most used first
    assert tags[0] == "Soup" and sorted(tags[1:]) == ["Fusion Food", "Mexican Food", "Tacos"]
    assert labels(12, 3) == []  # the body is not front matter
    buffer.close()


def test_without_pygls_the_command_says_what_to_install() -> None:
    code = "import sys; sys.modules['pygls'] = None; from recipelint.cli import main; sys.exit(main(['server']))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert done.returncode == 2
    assert done.stderr == "recipelint: error: the language server needs pygls: pip install 'recipelint[lsp]'\n"


def test_shutdown_and_exit_end_the_process(server) -> None:
    """The module's last test: it stops the shared server."""
    assert server.shutdown() == 0
