"""What a rule sees: the document, its site and configuration, and its own options."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from recipelint.config import Config
    from recipelint.document import Document
    from recipelint.registry import Rule
    from recipelint.site import Site


@dataclass
class RuleContext:
    document: Document
    config: Config
    site: Site
    rule: Rule | None = None
    # Results shared between rules of one document (e.g. the front-matter analysis).
    cache: dict[str, Any] = field(default_factory=dict)

    @property
    def settings(self) -> Any:
        return self.config.settings

    def option(self, name: str) -> Any:
        """The current rule's option ``name``: from config, else the rule's default."""
        assert self.rule is not None
        configured = self.settings.rules.get(self.rule.code, {})
        return configured.get(name, self.rule.options[name])

    def shared(self, key: str, compute: Any) -> Any:
        """Compute a per-document result once, whichever rule asks first."""
        if key not in self.cache:
            self.cache[key] = compute(self)
        return self.cache[key]
