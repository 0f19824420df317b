"""How long a writer waits for diagnostics after a keystroke in a warm ``recipelint server``.

Starts the server as an editor does (``python -m recipelint server`` over stdio, driven
by pygls' own LanguageClient), opens a recipe, then sends N edits one at a time (a
character typed at the end of a step, then deleted) and times each from the
``didChange`` notification to the ``publishDiagnostics`` for that version. The
debounce is set to 0 so the figure is the re-lint itself plus the round trip; an
editor's default 200 ms pause comes on top of it.

    python benchmarks/lsp_relint.py                   # the seed recipe, 41 edits
    python benchmarks/lsp_relint.py FILE --edits 101 --site FOLDER
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types as lsp
from pygls.lsp.client import LanguageClient

SEED_SITE = Path(__file__).resolve().parents[2] / "shared" / "seed-site"
SEED = SEED_SITE / "docs" / "recipes" / "mexican" / "smashed_pork_gyoza_tacos.md"


async def measure(path: Path, site: Path, edits: int) -> dict:
    client = LanguageClient("lsp-relint-benchmark", "1")
    published: dict[int, float] = {}
    arrived = asyncio.Event()

    @client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def diagnostics(params: lsp.PublishDiagnosticsParams) -> None:
        if params.version is not None:
            published[params.version] = time.perf_counter()
            arrived.set()

    started = time.perf_counter()
    await client.start_io(sys.executable, "-m", "recipelint", "server")
    await client.initialize_async(lsp.InitializeParams(
        capabilities=lsp.ClientCapabilities(),
        root_uri=site.as_uri(),
        workspace_folders=[lsp.WorkspaceFolder(site.as_uri(), site.name)],
        initialization_options={"debounce": 0},
    ))
    client.initialized(lsp.InitializedParams())
    uri, text = path.as_uri(), path.read_text(encoding="utf-8")

    async def until(version: int) -> float:
        while version not in published:
            arrived.clear()
            await asyncio.wait_for(arrived.wait(), 30)
        return published[version]

    sent = time.perf_counter()
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(lsp.TextDocumentItem(uri, "markdown", 1, text)))
    first_open = await until(1) - sent
    start_up = await until(1) - started

    lines = text.split("\n")
    line = max(n for n, value in enumerate(lines) if value.strip())  # the last line with text
    end = len(lines[line].encode("utf-16-le")) // 2
    times = []
    for version in range(2, edits + 2):
        typed = version % 2 == 0
        where = lsp.Range(lsp.Position(line, end), lsp.Position(line, end + (0 if typed else 1)))
        change = lsp.TextDocumentContentChangePartial(range=where, text="x" if typed else "")
        sent = time.perf_counter()
        client.text_document_did_change(lsp.DidChangeTextDocumentParams(
            lsp.VersionedTextDocumentIdentifier(version=version, uri=uri), [change]))
        times.append((await until(version)) - sent)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    times.sort()
    return {
        "start_up": start_up,
        "first_open": first_open,
        "median": statistics.median(times),
        "p90": times[int(len(times) * 0.9) - 1],
        "min": times[0],
        "max": times[-1],
        "edits": len(times),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=SEED)
    parser.add_argument("--site", type=Path, default=None, help="The workspace folder (default: the seed site, or the file's folder).")
    parser.add_argument("--edits", type=int, default=41)
    args = parser.parse_args()
    path = args.file.resolve()
    site = (args.site or (SEED_SITE if path == SEED.resolve() else path.parent)).resolve()
    result = asyncio.run(measure(path, site, args.edits))
    ms = {key: value * 1000 for key, value in result.items() if key != "edits"}
    print(f"{path.name}: {result['edits']} edits in a warm server")
    print(f"  re-lint to diagnostics: median {ms['median']:.1f} ms, p90 {ms['p90']:.1f} ms, "
          f"min {ms['min']:.1f} ms, max {ms['max']:.1f} ms")
    print(f"  start-up to the first diagnostics: {ms['start_up']:.0f} ms (of which didOpen: {ms['first_open']:.0f} ms)")


if __name__ == "__main__":
    main()
