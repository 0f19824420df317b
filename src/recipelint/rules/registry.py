"""The explicit rule registry: every rule is a function registered with :func:`rule`.

Rule modules register themselves when imported; ``recipelint.rules`` imports them all
and offers ``all_rules()`` and ``get_rule()``, so this module imports no rule.

The decorator records the rule's code, kebab-case name, default severity, fix safety
and scope; the function's docstring is the rule's user documentation, printed by
``recipelint rule CODE`` and used to build the README's rule table.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from recipelint.diagnostic import FixSafety, Problem, Severity

if TYPE_CHECKING:
    from recipelint.rules.context import RuleContext

CODE_PATTERN = re.compile(r"^(RL|FM|SEC|LNK|IMG|CAL|ING)[0-9]{3}$")
NAME_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

FAMILIES = {
    "RL": "Engine",
    "FM": "Front matter",
    "SEC": "Sections and structure",
    "LNK": "Links",
    "IMG": "Images",
    "CAL": "Calories and servings",
    "ING": "Ingredients and quantities",
}

CheckFunction = Callable[["RuleContext"], Iterable[Problem]]


@dataclass(frozen=True)
class Rule:
    """A registered rule. ``check`` yields problems for one document (or the project)."""

    code: str
    name: str
    severity: Severity
    fix: FixSafety | None
    check: CheckFunction
    scope: Literal["document", "project", "engine"]
    default_enabled: bool
    options_type: type | None
    """The rule's options as a NamedTuple (``rules/options.py``), or None."""

    @property
    def options(self) -> dict[str, Any]:
        """Option name -> default, in declaration order."""
        if self.options_type is None:
            return {}
        from recipelint.rules.options import option_defaults

        return option_defaults(self.options_type)

    @property
    def family(self) -> str:
        return re.match(r"[A-Z]+", self.code).group(0)

    @property
    def doc(self) -> str:
        return inspect.cleandoc(self.check.__doc__ or "")

    @property
    def summary(self) -> str:
        """The first sentence of the documentation: what the rule reports."""
        return self.doc.split("\n\n", 1)[0].replace("\n", " ").strip()


_RULES: dict[str, Rule] = {}


def rule(
    code: str,
    name: str,
    severity: Severity | str,
    *,
    fix: FixSafety | str | None = None,
    scope: Literal["document", "project", "engine"] = "document",
    default_enabled: bool = True,
    options: type | None = None,
) -> Callable[[CheckFunction], CheckFunction]:
    """Register ``check`` as rule ``code``; ``options`` is its options NamedTuple."""
    if not CODE_PATTERN.match(code):
        raise ValueError(f"bad rule code {code!r}")
    if not NAME_PATTERN.match(name):
        raise ValueError(f"bad rule name {name!r}")

    def register(check: CheckFunction) -> CheckFunction:
        if code in _RULES:
            raise ValueError(f"rule {code} registered twice")
        if not check.__doc__:
            raise ValueError(f"rule {code} has no documentation")
        _RULES[code] = Rule(
            code=code,
            name=name,
            severity=Severity(severity),
            fix=FixSafety(fix) if fix else None,
            check=check,
            scope=scope,
            default_enabled=default_enabled,
            options_type=options,
        )
        return check

    return register
