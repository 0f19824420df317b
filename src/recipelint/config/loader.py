"""Finding and loading configuration files.

``recipelint.toml``, ``.recipelint.toml`` and ``[tool.recipelint]`` in
``pyproject.toml`` are searched from each checked file's folder upwards; the nearest
wins, whole: a nested file does not inherit from one further up unless it says
``extend = "../recipelint.toml"`` (see ``config.extend``). ``--config`` names one file
for every path. Errors name the file and the key.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recipelint.sites import disk

if TYPE_CHECKING:
    from recipelint.config.schema import RuleCatalogue

CONFIG_FILE_NAMES = ("recipelint.toml", ".recipelint.toml", "pyproject.toml")


class ConfigError(Exception):
    """A configuration problem; the message is one line: ``path: key: message``."""


@dataclass(frozen=True)
class Config:
    settings: Any  # recipelint.config.schema.Settings (imported lazily: pydantic is costly)
    path: Path | None
    root: Path
    extended: tuple[Path, ...] = ()
    """The files ``path`` extends, nearest first (``extend = ...``), for ``--show-settings``."""
    rules_cache: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    """The selection and enabled rules per extra ignores (see engine.selection.rules_for); not pickled."""
    options_cache: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    """Each rule's options object, built on first use (see RuleContext.options); not pickled."""

    def __getstate__(self) -> dict:
        return {key: value for key, value in self.__dict__.items() if key not in ("rules_cache", "options_cache")}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state, rules_cache={}, options_cache={})

    def relative(self, path: Path) -> str:
        """``path`` relative to this config's folder, posix, for glob matching: its
        folder's real path (looked up once per folder) and its own name, as git names it."""
        folder, name = os.path.split(os.path.abspath(path))
        below = disk.folder_below(folder, self.root)
        if below is not None and name:
            return f"{below}/{name}" if below else name
        try:  # not below: ``path`` is the root itself, or outside it
            return (disk.real_folder(folder) / name).relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()


@dataclass
class Overrides:
    """Command-line options that take precedence over every configuration file."""

    preset: str | None = None
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)

    def apply(self, settings: Any) -> Any:
        update: dict[str, Any] = {}
        if self.preset:
            update["preset"] = self.preset
        if self.select is not None:
            update["select"] = self.select
        if self.ignore:
            update["ignore"] = [*settings.ignore, *self.ignore]
        if self.extend_select:
            update["extend_select"] = [*settings.extend_select, *self.extend_select]
        return settings.model_copy(update=update) if update else settings


def read_config_table(path: Path) -> dict[str, Any] | None:
    """The recipelint table of a config file, or None when a pyproject has none."""
    import tomllib  # ~3 ms; a run without a configuration file never needs it
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: invalid TOML: the file is not UTF-8 text") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: arrays or tables nested too deeply to read") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("recipelint")
        if table is not None and not isinstance(table, dict):
            raise ConfigError(f"{path}: tool.recipelint: must be a table")
        return table
    return data


def read_config_chain(path: Path, rules: RuleCatalogue) -> tuple[dict[str, Any] | None, tuple[Path, ...]]:
    """The recipelint table of ``path`` with the files it ``extend``s merged in, and
    those files (nearest first); None when a pyproject has no table."""
    table = read_config_table(path)
    if table is None or "extend" not in table:
        return table, ()
    from recipelint.config.extend import resolve_extends

    def validate(base: dict[str, Any], base_path: Path) -> None:
        parse_settings(base, base_path, rules)

    return resolve_extends(path, table, read_config_table, ConfigError, validate)


def parse_settings(table: dict[str, Any], path: Path | None, rules: RuleCatalogue) -> Any:
    """The settings a config table says, validated; rule selectors and options are checked
    against ``rules``, the registered rules."""
    if not table:
        from recipelint.config.schema import default_settings

        return default_settings()
    from pydantic import ValidationError

    from recipelint.config.schema import Settings

    try:
        return Settings.model_validate(table, context={"rules": rules})
    except ValidationError as exc:
        raise ConfigError(_describe_validation_error(exc, path)) from None


def _describe_validation_error(exc: Any, path: Path | None) -> str:
    errors = exc.errors(include_url=False)
    first = errors[0]
    key = ".".join(str(part) for part in first["loc"]) or "(top level)"
    message = first["msg"]
    if first["type"] == "extra_forbidden":
        from recipelint.config.schema import suggest_key

        message = "unknown configuration key"
        suggestion = suggest_key(first["loc"])
        if suggestion:
            message += f"; did you mean {suggestion!r}?"
    elif message.startswith("Value error, "):
        message = message[len("Value error, ") :]
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{path or '<defaults>'}: {key}: {message}{more}"


def load_config_file(path: Path, rules: RuleCatalogue) -> Config:
    table, extended = read_config_chain(path, rules)
    return Config(parse_settings(table or {}, path, rules), path.resolve(), path.resolve().parent, extended)


class ConfigResolver:
    """Finds the configuration for each checked path, caching per folder.

    ``rules`` is what configuration files are validated against (the engine's
    ``RegisteredRules``).
    """

    def __init__(self, overrides: Overrides | None, config_file: Path | None, rules: RuleCatalogue) -> None:
        self._overrides = overrides or Overrides()
        self._rules = rules
        self._by_directory: dict[Path, Config] = {}
        self._fixed: Config | None = None
        if config_file is not None:
            self._fixed = self._with_overrides(load_config_file(config_file, rules))

    def for_path(self, path: Path) -> Config:
        if self._fixed is not None:
            return self._fixed
        # The folder the path is in, not its target's: a page that is a symlink out of
        # the site must not pull in a configuration from wherever it points.
        absolute = os.path.abspath(path)
        directory = absolute if disk.is_dir(absolute) else os.path.dirname(absolute)
        return self._for_directory(disk.real_folder(directory))

    def for_directory(self, directory: Path) -> Config:
        """The configuration that applies to files directly inside ``directory``."""
        if self._fixed is not None:
            return self._fixed
        return self._for_directory(disk.real_folder(os.fspath(directory)))

    def _for_directory(self, directory: Path) -> Config:
        cached = self._by_directory.get(directory)
        if cached is not None:
            return cached
        config = self._config_in(directory)
        if config is None:
            parent = directory.parent
            if parent == directory:
                config = self._with_overrides(Config(parse_settings({}, None, self._rules), None, Path.cwd().resolve()))
            else:
                config = self._for_directory(parent)
        self._by_directory[directory] = config
        return config

    def _config_in(self, directory: Path) -> Config | None:
        for name in CONFIG_FILE_NAMES:
            candidate = directory / name
            if disk.is_file(candidate):
                table, extended = read_config_chain(candidate, self._rules)
                if table is not None:
                    settings = parse_settings(table, candidate, self._rules)
                    return self._with_overrides(Config(settings, candidate, directory, extended))
        return None

    def _with_overrides(self, config: Config) -> Config:
        return Config(self._overrides.apply(config.settings), config.path, config.root, config.extended)
