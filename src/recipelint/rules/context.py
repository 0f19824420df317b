"""What a rule sees. Each rule scope has its own context, built by the engine:

- ``RuleContext`` (scope ``document``): one page, its site and configuration;
- ``ProjectContext`` (scope ``project``): the facts of every page of the run;
- ``EngineContext`` (scope ``engine``): why a file could not be checked, its unused
  suppressions, and the rules that crashed on it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from recipelint.diagnostic import printable_path

if TYPE_CHECKING:
    from recipelint.config.loader import Config
    from recipelint.config.schema import Settings
    from recipelint.page.document import Document
    from recipelint.page.source import UndecodableSource
    from recipelint.rules.registry import Rule
    from recipelint.sites.detect import Site
    from recipelint.sites.page_facts import PageFacts

T = TypeVar("T")


@dataclass
class RuleContext:
    document: Document
    config: Config
    site: Site
    rule: Rule | None = None

    @property
    def settings(self) -> Settings:
        return self.config.settings

    def options(self, options_type: type[T]) -> T:
        """The current rule's options (its ``@rule(options=...)`` class): configured values
        over the defaults. The configuration was checked when it was read."""
        assert self.rule is not None and self.rule.options_type is options_type
        cached = self.config.options_cache.get(self.rule.code)
        if cached is None:
            from recipelint.rules.options import build_options

            configured = self.settings.rules.get(self.rule.code, {})
            cached = self.config.options_cache[self.rule.code] = build_options(self.rule.code, options_type, configured)
        return cached

    def shared(self, key: str, compute: Any) -> Any:
        """``compute(self)`` once per document, whichever rule asks first (in the document's memo)."""
        return self.document.memo("context:" + key, lambda _document: compute(self))


@dataclass
class ProjectContext:
    """What a project rule sees: every page of the run, and the folders it was given."""

    pages: list[PageFacts]
    checked_dirs: tuple[Path, ...]
    """Absolute folders named on the command line: their whole content was linted."""
    rule: Rule | None = None

    def display(self, path: Path) -> str:
        """A path for output, as the user would write it: relative to the working directory."""
        try:
            return printable_path(Path(os.path.relpath(path)).as_posix())
        except ValueError:  # another drive on Windows
            return printable_path(path.as_posix())


@dataclass
class EngineContext:
    """What the engine's own rules (RL) look at for one file."""

    path: str
    read_error: str | None = None
    outside_site: bool = False
    """The page is a symlink to a file outside its site and repository: not read."""
    not_written: str | None = None
    """Why ``--fix`` left the page as it was (RL009)."""
    undecodable: UndecodableSource | None = None
    unused_suppressions: list = field(default_factory=list)
    unknown_suppressions: list = field(default_factory=list)
    crashes: list[tuple[Rule, BaseException]] = field(default_factory=list)
