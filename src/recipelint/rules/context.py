"""What a rule sees: the document, its site and configuration, and its own options."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from recipelint.config.loader import Config
    from recipelint.page.document import Document
    from recipelint.rules.registry import Rule
    from recipelint.sites.detect import Site


@dataclass
class RuleContext:
    document: Document
    config: Config
    site: Site
    rule: Rule | None = None

    @property
    def settings(self) -> Any:
        return self.config.settings

    def option(self, name: str) -> Any:
        """The current rule's option ``name``: from config, else the rule's default."""
        assert self.rule is not None
        configured = self.settings.rules.get(self.rule.code, {})
        return configured.get(name, self.rule.options[name])

    def shared(self, key: str, compute: Any) -> Any:
        """``compute(self)`` once per document, whichever rule asks first (in the document's memo)."""
        return self.document.memo("context:" + key, lambda _document: compute(self))
