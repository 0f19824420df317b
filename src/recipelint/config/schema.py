"""The configuration schema: ``[tool.recipelint]`` keys as a pydantic model.

Keys are kebab-case in files; unknown keys and bad values are errors. The JSON Schema
in ``schemas/config.schema.json`` is generated from this model.
"""

from __future__ import annotations

from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from recipelint.diagnostic import Severity
from recipelint.page.source import DEFAULT_MAX_BYTES
from recipelint.sites.generators import Preset


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class _Section(BaseModel):
    # defer_build: a run without a configuration file never pays for building validators.
    model_config = ConfigDict(
        extra="forbid", alias_generator=_kebab, populate_by_name=True, frozen=True, defer_build=True
    )


class FrontMatterSettings(_Section):
    """``[tool.recipelint.front-matter]``: extend the preset's front-matter model."""

    required_keys: list[str] = Field(default=[], description="Keys every recipe must set, on top of the preset's.")
    allowed_keys: list[str] = Field(default=[], description="Extra keys that are not reported as unknown (FM008).")
    allowed_tags: list[str] | None = Field(
        default=None,
        description="The tag vocabulary; tags outside it are reported (FM011). "
        "A Docusaurus tags.yml is used when this is not set.",
    )


class IngredientSettings(_Section):
    """``[tool.recipelint.ingredients]``: what the ingredient checks (ING) treat as the same or as free."""

    aliases: dict[str, str] = Field(
        default={},
        description="Calorie-table name → ingredient-list name, for pairs the matcher cannot know "
        "(a recipe can add its own with the front-matter key `ingredient_aliases`).",
    )
    staples: list[str] | None = Field(
        default=None,
        description="Ingredients a recipe may use without listing or counting them; replaces the default "
        "(salt, pepper, water, ice, cooking spray).",
    )
    extend_staples: list[str] = Field(default=[], description="Staples on top of `staples` (or the default).")


class Settings(_Section):
    """Everything a configuration file may set. Every key is optional."""

    extend: str | None = Field(
        default=None,
        description="Another configuration file this one builds on, relative to this file "
        "(tables merge per key, extend-* lists add up, other values replace).",
    )
    preset: Preset | None = Field(default=None, description="Site generator; detected from the site when not set.")
    static_dirs: list[str] | None = Field(
        default=None, description="Folders that serve site-root paths such as /img/x.png (default from the preset)."
    )
    include: list[str] = Field(default=["*.md", "*.mdx", "*.markdown"], description="File patterns to check inside directories.")
    exclude: list[str] = Field(default=[], description="Patterns of files and folders never to check.")
    respect_gitignore: bool = Field(default=True, description="Skip files that .gitignore excludes.")
    select: list[str] | None = Field(default=None, description="Rule codes, prefixes or names to enable (replaces the default set).")
    ignore: list[str] = Field(default=[], description="Rule codes, prefixes or names to disable.")
    extend_select: list[str] = Field(default=[], description="Rules to enable on top of `select`.")
    per_file_ignores: dict[str, list[str]] = Field(default={}, description="Glob → rules to disable for matching files.")
    severity: dict[str, Severity] = Field(default={}, description="Rule code or prefix → severity override.")
    required_sections: list[str] | None = Field(default=None, description="Section headings every recipe must have, in order.")
    max_file_size: int = Field(default=DEFAULT_MAX_BYTES, gt=0, le=1 << 30, description="Files larger than this many bytes are not checked (RL004).")
    front_matter: FrontMatterSettings = Field(default_factory=lambda: FrontMatterSettings.model_construct())
    ingredients: IngredientSettings = Field(default_factory=lambda: IngredientSettings.model_construct())
    rules: dict[str, dict[str, Any]] = Field(default={}, description="Rule options: [tool.recipelint.rules.CODE].")

    @field_validator("select", "ignore", "extend_select", "per_file_ignores", "severity")
    @classmethod
    def _known_selectors(cls, value: Any, info: ValidationInfo) -> Any:
        """Every rule selector (a list's items, per-file-ignores' values, severity's keys) names a rule."""
        catalogue = _catalogue(info)
        if info.field_name == "per_file_ignores":
            selectors = [selector for codes in value.values() for selector in codes]
        else:
            selectors = list(value or [])
        for selector in selectors:
            catalogue.check_selector(selector)
        return value

    @field_validator("include", "exclude", "per_file_ignores")
    @classmethod
    def _valid_globs(cls, value: Any, info: ValidationInfo) -> Any:
        """Every pattern compiles: a bad one is reported with its file and key when the
        configuration loads."""
        from recipelint.config.globs import check_glob

        for pattern in value if isinstance(value, list) else list(value):
            check_glob(pattern)
        return value

    @field_validator("select")
    @classmethod
    def _not_empty(cls, value: list[str] | None) -> list[str] | None:
        if value is not None and not value:
            raise ValueError("an empty list selects no rule, so nothing would be checked; leave `select` out for the default rules")
        return value

    @field_validator("rules")
    @classmethod
    def _known_rule_options(cls, value: dict[str, dict[str, Any]], info: ValidationInfo) -> dict[str, dict[str, Any]]:
        """Options of rules that exist, each of its option's type: ``{code: {option: value}}``."""
        catalogue = _catalogue(info)
        return {catalogue.check_rule_options(code, options): dict(options) for code, options in value.items()}


class RuleCatalogue(Protocol):
    """The registered rules, as far as validating a configuration needs them.

    The engine passes one in (``Settings.model_validate(table, context={"rules": …})``),
    so the configuration schema knows no rule module.
    """

    def check_selector(self, selector: str) -> None:
        """Raise ValueError when ``selector`` names no rule."""

    def check_rule_options(self, code_or_name: str, options: dict[str, Any]) -> str:
        """The rule's code; ValueError when there is no such rule or an option does not fit."""


def _catalogue(info: ValidationInfo) -> RuleCatalogue:
    catalogue = (info.context or {}).get("rules")
    if catalogue is None:
        raise TypeError("settings are validated with the rule catalogue: context={'rules': ...}")
    return catalogue


def suggest_key(loc: tuple[Any, ...]) -> str | None:
    """The known key closest to the unknown one at ``loc`` (a validation error's
    location of kebab-case keys), for "did you mean"; None when nothing is close."""
    import difflib

    model: Any = Settings
    for part in loc[:-1]:
        field = next((f for name, f in model.model_fields.items() if part in (name, _kebab(name))), None)
        annotation = getattr(field, "annotation", None)
        if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
            return None
        model = annotation
    known = [_kebab(name) for name in model.model_fields]
    matches = difflib.get_close_matches(str(loc[-1]).replace("_", "-"), known, n=1, cutoff=0.6)
    return matches[0] if matches else None


def default_settings() -> Settings:
    """The settings of a run without a configuration file, built without validation."""
    return Settings.model_construct()
