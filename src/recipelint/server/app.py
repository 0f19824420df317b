"""``recipelint server``: a language server over standard input and output (pygls).

Diagnostics are published when a document opens, 200 ms after the last change (a
writer typing a word gets one lint, not five) and when it is saved. Code actions offer
each fix, a suppression comment for the line, and every safe fix of the file at once
(``source.fixAll``, for "fix on save"). Hovering a diagnostic shows its rule's
documentation; completion offers front-matter keys.

Initialization options (all optional): ``debounce`` (milliseconds, default 200) and
``ruleDocsBaseUrl`` (diagnostics link to ``BASE/docs/rules/CODE.md``; without it, no
link is sent).
"""

from __future__ import annotations

import asyncio
import gc
import logging
from pathlib import Path
from urllib.parse import unquote, urlparse

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer

from recipelint import __version__
from recipelint.diagnostic import Diagnostic, FixSafety
from recipelint.engine.fixing import fixed_result
from recipelint.server import protocol
from recipelint.server.positions import UTF16, LineIndex
from recipelint.server.session import LintSession, OpenPage

DEBOUNCE_SECONDS = 0.2
WATCHED_FILES = ("**/*.{md,mdx,markdown}", "**/{recipelint.toml,.recipelint.toml,pyproject.toml}",
                 "**/*.{png,jpg,jpeg,gif,webp,svg,avif}")
# The engine's reports (unreadable file, crash, a directive's own problems) are not
# what a suppression comment is for.
_ENGINE_FAMILY = "RL"

log = logging.getLogger(__name__)


class RecipelintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("recipelint", __version__, text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental)
        self.session = LintSession()
        self.debounce = DEBOUNCE_SECONDS
        self.docs_base_url: str | None = None
        self.pending: dict[str, asyncio.TimerHandle] = {}
        self.shown_errors: set[str] = set()
        self.warm = False

    @property
    def encoding(self) -> str:
        try:
            encoding = self.workspace.position_encoding
        except RuntimeError:  # before initialize
            return UTF16
        return str(getattr(encoding, "value", encoding) or UTF16)

    def index(self, page: OpenPage) -> LineIndex:
        text = page.result.text if page.result is not None else None  # unpacked once
        if text is None:
            text = page.text
        return LineIndex.of(text.replace("\r\n", "\n").replace("\r", "\n"), self.encoding, page.text.startswith("\ufeff"))

    def publish(self, pages: list[OpenPage]) -> None:
        for page in pages:
            if page.error is not None and page.error not in self.shown_errors:
                self.shown_errors.add(page.error)
                self.window_show_message(lsp.ShowMessageParams(lsp.MessageType.Error, f"recipelint: {page.error}"))
            index = self.index(page)
            self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(
                uri=page.uri,
                version=page.version,
                diagnostics=[protocol.lsp_diagnostic(d, index, self.docs_base_url) for d in page.diagnostics],
            ))

    def lint_now(self, uri: str) -> None:
        self.pending.pop(uri, None)
        if uri in self.session.pages:
            self.publish(self.session.lint(uri))
            if not self.warm:
                # What the first lint loaded (rules, parsers, reference data, the site's
                # facts) lives as long as the process: out of the collector's way, so a
                # collection during a keystroke's lint stays short.
                self.warm = True
                gc.collect()
                gc.freeze()

    def lint_later(self, uri: str) -> None:
        handle = self.pending.pop(uri, None)
        if handle is not None:
            handle.cancel()
        if self.debounce <= 0:
            self.lint_now(uri)
            return
        self.pending[uri] = asyncio.get_running_loop().call_later(self.debounce, self.lint_now, uri)

    def current(self, uri: str) -> OpenPage | None:
        """The open page, linted up to its last change (a request may arrive while the
        lint of the last keystroke still waits for its pause)."""
        if uri in self.pending:
            self.cancel(uri)
            self.lint_now(uri)
        return self.session.pages.get(uri)

    def cancel(self, uri: str) -> None:
        handle = self.pending.pop(uri, None)
        if handle is not None:
            handle.cancel()


def file_path(uri: str) -> Path | None:
    """The file a ``file:`` URI names (None for ``untitled:`` and other schemes)."""
    parsed = urlparse(uri)
    if parsed.scheme != "file":
        return None
    path = unquote(parsed.path)
    if len(path) > 2 and path[0] == "/" and path[2] == ":":  # file:///C:/...
        path = path[1:]
    return Path(path)


def build_server() -> RecipelintServer:
    server = RecipelintServer()

    @server.feature(lsp.INITIALIZE)
    def initialize(ls: RecipelintServer, params: lsp.InitializeParams) -> None:
        options = params.initialization_options if isinstance(params.initialization_options, dict) else {}
        if isinstance(options.get("debounce"), (int, float)):
            ls.debounce = max(0.0, options["debounce"] / 1000)
        if isinstance(options.get("ruleDocsBaseUrl"), str) and options["ruleDocsBaseUrl"].strip():
            ls.docs_base_url = options["ruleDocsBaseUrl"].strip()
        folders = [file_path(f.uri) for f in params.workspace_folders or []]
        if not folders and params.root_uri:
            folders = [file_path(params.root_uri)]
        ls.session = LintSession([f for f in folders if f is not None])

    @server.feature(lsp.INITIALIZED)
    def initialized(ls: RecipelintServer, params: lsp.InitializedParams) -> None:
        capabilities = ls.client_capabilities.workspace
        watched = capabilities.did_change_watched_files if capabilities else None
        if watched is not None and watched.dynamic_registration:
            watchers = [lsp.FileSystemWatcher(glob_pattern=pattern) for pattern in WATCHED_FILES]
            ls.client_register_capability(lsp.RegistrationParams([lsp.Registration(
                "recipelint-watched-files", lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                lsp.DidChangeWatchedFilesRegistrationOptions(watchers),
            )]))

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: RecipelintServer, params: lsp.DidOpenTextDocumentParams) -> None:
        document = params.text_document
        path = file_path(document.uri)
        if path is None:
            return
        ls.session.open(document.uri, path, document.text, document.version)
        ls.lint_now(document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: RecipelintServer, params: lsp.DidChangeTextDocumentParams) -> None:
        uri = params.text_document.uri
        if uri not in ls.session.pages:
            return
        document = ls.workspace.get_text_document(uri)
        ls.session.update(uri, document.source, params.text_document.version)
        ls.lint_later(uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE, lsp.SaveOptions(include_text=False))
    def did_save(ls: RecipelintServer, params: lsp.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if uri not in ls.session.pages:
            return
        ls.cancel(uri)
        page = ls.session.pages[uri]
        ls.session.update(uri, ls.workspace.get_text_document(uri).source, page.version)
        ls.publish(ls.session.disk_changed([page.path]))

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: RecipelintServer, params: lsp.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.cancel(uri)
        if uri not in ls.session.pages:
            return
        others = ls.session.close(uri)
        ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))
        ls.publish(others)

    @server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched_files(ls: RecipelintServer, params: lsp.DidChangeWatchedFilesParams) -> None:
        paths = [p for p in (file_path(change.uri) for change in params.changes) if p is not None]
        if paths and ls.session.pages:
            ls.publish(ls.session.disk_changed(paths))

    @server.feature(
        lsp.TEXT_DOCUMENT_CODE_ACTION,
        lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix, lsp.CodeActionKind.SourceFixAll]),
    )
    def code_action(ls: RecipelintServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction] | None:
        page = ls.current(params.text_document.uri)
        if page is None or page.result is None:
            return None
        only = params.context.only
        actions: list[lsp.CodeAction] = []
        if not only or any(lsp.CodeActionKind.QuickFix.value.startswith(kind) for kind in only):
            actions.extend(_quick_fixes(ls, page, params.range))
        if not only or any(protocol.FIX_ALL_KIND.startswith(kind) for kind in only):
            fix_all = _fix_all(ls, page)
            if fix_all is not None:
                actions.append(fix_all)
        return actions or None

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    def hover(ls: RecipelintServer, params: lsp.HoverParams) -> lsp.Hover | None:
        page = ls.current(params.text_document.uri)
        if page is None:
            return None
        here = lsp.Range(params.position, params.position)
        under = [d for d, _ in _diagnostics_in(ls, page, here)]
        if not under:
            return None
        return lsp.Hover(lsp.MarkupContent(lsp.MarkupKind.Markdown, protocol.hover_markdown(under)))

    @server.feature(lsp.TEXT_DOCUMENT_COMPLETION, lsp.CompletionOptions(trigger_characters=[" "]))
    def completion(ls: RecipelintServer, params: lsp.CompletionParams) -> lsp.CompletionList | None:
        from recipelint.server.completion import front_matter_completions

        page = ls.current(params.text_document.uri)
        if page is None:
            return None
        index = ls.index(page)
        line, column = index.column(params.position.line, params.position.character)
        items = front_matter_completions(page, line, column)
        if items is None:
            return None
        return lsp.CompletionList(is_incomplete=False, items=[
            lsp.CompletionItem(label=item.label, kind=lsp.CompletionItemKind.Property if item.is_key
                               else lsp.CompletionItemKind.EnumMember, detail=item.detail, insert_text=item.insert_text)
            for item in items
        ])

    return server


def _diagnostics_in(ls: RecipelintServer, page: OpenPage, wanted: lsp.Range) -> list[tuple[Diagnostic, lsp.Diagnostic]]:
    """Our diagnostics whose ranges touch ``wanted``, with their LSP form."""
    index = ls.index(page)
    found = []
    for diagnostic in page.diagnostics:
        converted = protocol.lsp_diagnostic(diagnostic, index, ls.docs_base_url)
        start, end = converted.range.start, converted.range.end
        if (start.line, start.character) <= (wanted.end.line, wanted.end.character) and \
                (wanted.start.line, wanted.start.character) <= (end.line, end.character):
            found.append((diagnostic, converted))
    return found


def _quick_fixes(ls: RecipelintServer, page: OpenPage, wanted: lsp.Range) -> list[lsp.CodeAction]:
    from recipelint.page.document import Document
    from recipelint.server.disable import disable_action

    index = ls.index(page)
    newline = page.result.newline
    actions, disables = [], []
    document = None
    for diagnostic, converted in _diagnostics_in(ls, page, wanted):
        if diagnostic.fix is not None:
            actions.append(lsp.CodeAction(
                title=protocol.fix_title(diagnostic),
                kind=lsp.CodeActionKind.QuickFix,
                diagnostics=[converted],
                is_preferred=diagnostic.fix.safety is FixSafety.SAFE,
                edit=lsp.WorkspaceEdit(changes={page.uri: protocol.text_edits(diagnostic.fix.edits, index, newline)}),
            ))
        if diagnostic.code.startswith(_ENGINE_FAMILY) or page.result.packed_text is None:
            continue
        document = document or Document(page.display, page.result.text, page.path)
        disable = disable_action(document, diagnostic.line, diagnostic.code)
        if disable is not None and disable.title not in {a.title for a in disables}:
            disables.append(lsp.CodeAction(
                title=disable.title,
                kind=lsp.CodeActionKind.QuickFix,
                diagnostics=[converted],
                edit=lsp.WorkspaceEdit(changes={page.uri: protocol.text_edits(disable.edits, index, newline)}),
            ))
    return actions + disables


def _fix_all(ls: RecipelintServer, page: OpenPage) -> lsp.CodeAction | None:
    """Every safe fix of the file, applied until none applies, as ``check --fix`` does."""
    result = page.result
    if result.packed_text is None or not any(d.fix and d.fix.safety is FixSafety.SAFE for d in page.diagnostics):
        return None
    current = _as_shown(page)
    final, applied = fixed_result(current, page.path, page.config, unsafe=False)
    if applied == 0:
        return None
    new_text = final.text.replace("\n", result.newline)
    if page.text.startswith("\ufeff"):
        new_text = "\ufeff" + new_text
    edits = protocol.whole_text_edits(page.text, new_text, ls.encoding)
    return lsp.CodeAction(
        title=f"Fix all safe problems in this file ({applied} fix{'es' if applied > 1 else ''}, recipelint)",
        kind=protocol.FIX_ALL_KIND,
        edit=lsp.WorkspaceEdit(changes={page.uri: edits}),
    )


def _as_shown(page: OpenPage):
    """The page's per-file result with every diagnostic the editor shows (the project
    rules' too), for the fix loop."""
    from recipelint.engine.results import FileResult

    r = page.result
    return FileResult(r.path, list(page.diagnostics), r.packed_text, r.newline, r.had_bom, r.facts, r.suppressions, r.crashed)


def serve() -> None:
    """Run the server until the client says exit (or closes the connection)."""
    gc.enable()  # the command line turns the collector off for one-shot runs; a server lives for hours
    logging.basicConfig(level=logging.WARNING, format="recipelint server: %(levelname)s %(message)s")
    build_server().start_io()
