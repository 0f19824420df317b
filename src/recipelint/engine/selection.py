"""Which rules run for a file, and at which severity.

Selectors are codes (``CAL001``), prefixes (``CAL``, ``CAL0``), rule names
(``rows-sum-mismatch``) or ``ALL``. As in flake8's DecisionEngine the longest matching
selector decides between select and ignore. Rules that are off by default are enabled
only by their full code or name, never by a prefix.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from recipelint.config.globs import matches_any
from recipelint.config.loader import Config, ConfigResolver, Overrides
from recipelint.diagnostic import Severity
from recipelint.rules import all_rules
from recipelint.rules.registry import Rule

# A file that could not be checked, and a rule that crashed, are reported whatever
# `select` says: a narrowed selection (`select = ["FM"]`) must not turn an unreadable
# file into "no problems found". `ignore` still turns the first four off; a crash
# (RL007) is always reported and always exits 2.
ALWAYS_SELECTED = frozenset({"RL001", "RL002", "RL003", "RL004", "RL008", "RL009"})
NEVER_IGNORED = frozenset({"RL007"})


class SelectorError(ValueError):
    pass


class RegisteredRules:
    """The registered rules as the configuration schema checks against them
    (``config.schema.RuleCatalogue``)."""

    def check_selector(self, selector: str) -> None:
        check_selector(selector)

    def check_rule_options(self, code_or_name: str, options: dict) -> str:
        from recipelint.rules import get_rule
        from recipelint.rules.options import build_options

        found = get_rule(code_or_name)
        if found is None:
            raise ValueError(f"unknown rule {code_or_name!r}")
        if found.options_type is None:
            if options:
                raise ValueError(f"{found.code} has no option {next(iter(options))!r} (options: none)")
        else:
            build_options(found.code, found.options_type, options)
        return found.code


def config_resolver(overrides: Overrides | None = None, config_file: Path | None = None) -> ConfigResolver:
    """The configuration finder of a run, validating against the registered rules."""
    return ConfigResolver(overrides, config_file, RegisteredRules())


def check_selector(selector: str) -> None:
    """Raise SelectorError when ``selector`` matches no rule at all."""
    if not rules_named(selector, all_rules().values()):
        raise SelectorError(f"unknown rule selector {selector!r}")


def rules_named(selector: str, rules: Iterable[Rule]) -> list[Rule]:
    """The rules among ``rules`` that ``selector`` (code, prefix, name, ALL) names."""
    return [r for r in rules if names(selector, r.code, r.name)]


def names(selector: str, code: str, name: str) -> bool:
    """Whether ``selector`` names the rule ``code`` (``name``)."""
    return _code_specificity(selector, code, name) >= 0


def _specificity(selector: str, rule: Rule) -> int:
    return _code_specificity(selector, rule.code, rule.name)


def _code_specificity(selector: str, code: str, name: str) -> int:
    """How precisely ``selector`` names a rule: -1 not at all; names count as codes."""
    key = selector.strip()
    if key.upper() == "ALL":
        return 0
    if key.lower() == name:
        return len(code)
    return len(key) if code.startswith(key.upper()) else -1


def _best(selectors: Iterable[str], rule: Rule) -> int:
    return max((_specificity(s, rule) for s in selectors), default=-1)


@dataclass(frozen=True)
class RuleSelection:
    select: tuple[str, ...] | None
    ignore: tuple[str, ...]
    extend_select: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()

    def is_enabled(self, rule: Rule, extra_ignores: Iterable[str] = ()) -> bool:
        if rule.code in NEVER_IGNORED:
            return True
        selected = self._selected_specificity(rule)
        if selected < 0:
            return False
        ignored = _best((*self.ignore, *extra_ignores), rule)
        return selected > ignored

    def _selected_specificity(self, rule: Rule) -> int:
        explicit = _best((*(self.select or ()), *self.extend_select), rule)
        if not rule.default_enabled and explicit < len(rule.code):
            return -1
        if self.select is None or rule.code in ALWAYS_SELECTED:
            return max(0 if rule.default_enabled else -1, explicit)
        return explicit

    def severity_of(self, rule: Rule) -> Severity:
        best, severity = -1, rule.severity
        for selector, value in self.severity:
            specificity = _specificity(selector, rule)
            if specificity > best:
                best, severity = specificity, value
        return severity

    def enabled_rules(self, extra_ignores: Iterable[str] = ()) -> list[Rule]:
        extra = tuple(extra_ignores)
        return [r for r in all_rules().values() if self.is_enabled(r, extra)]


# -- a file's selection ---------------------------------------------------------------


def selection_for(config: Config) -> RuleSelection:
    settings = config.settings
    return RuleSelection(
        select=tuple(settings.select) if settings.select is not None else None,
        ignore=tuple(settings.ignore),
        extend_select=tuple(settings.extend_select),
        severity=tuple(settings.severity.items()),
    )


def rules_for(config: Config, extra_ignores: list[str]) -> tuple[RuleSelection, list[Rule]]:
    """The selection and enabled rules of a config, worked out once per run, not per file."""
    key = tuple(extra_ignores)
    cached = config.rules_cache.get(key)
    if cached is None:
        selection = selection_for(config)
        cached = config.rules_cache[key] = (selection, selection.enabled_rules(extra_ignores))
    return cached


def per_file_ignores(config: Config, path: Path | None) -> list[str]:
    """The selectors that ``per-file-ignores`` turns off for ``path``."""
    if path is None or not config.settings.per_file_ignores:
        return []
    relative = config.relative(path)
    selectors: list[str] = []
    for pattern, codes in config.settings.per_file_ignores.items():
        # `!pattern` (as in Ruff): the codes are ignored in the files the pattern does NOT match
        if pattern.startswith("!") and not matches_any(relative, [pattern[1:]]):
            selectors.extend(codes)
        elif not pattern.startswith("!") and matches_any(relative, [pattern]):
            selectors.extend(codes)
    return selectors
