"""``--show-settings`` and ``--show-files``: what a run would do, without linting.

``--show-settings PATH`` answers "why is this rule (not) reported here?": the
configuration file(s) that apply, the site and preset, whether a walk checks the file,
the rules that run at which severity, and every setting with its effective value.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recipelint.engine.discovery import discover, walk_would_check
from recipelint.engine.selection import per_file_ignores, rules_for
from recipelint.sites import disk
from recipelint.sites.detect import detect_site, resolve_site

if TYPE_CHECKING:
    from recipelint.config.loader import ConfigResolver


def show_files(paths: list[str], resolver: ConfigResolver, force_exclude: bool) -> str:
    """The files a run over ``paths`` would check, one per line, as it would name them."""
    return "".join(f"{source.display_path}\n" for source in discover(paths, resolver, force_exclude))


def show_settings(path_text: str, resolver: ConfigResolver) -> str:
    """The effective settings for one file (or for the files directly in a folder)."""
    path = Path(path_text)
    config = resolver.for_path(path)
    settings = config.settings
    fs_path = path if disk.is_file(path) else path / "_"  # a folder: as a file inside it
    lines = [f"Settings for {path_text}"]
    if config.path is None:
        lines.append("  configuration:  none (defaults)")
    else:
        lines.append(f"  configuration:  {config.path}")
        lines.extend(f"  extends:        {extended}" for extended in config.extended)
    detected = detect_site(fs_path.parent)
    site = resolve_site(fs_path, settings.preset, settings.static_dirs, config.root)
    how = "configured" if settings.preset else ("detected" if detected else "default, no site marker found")
    lines.append(f"  preset:         {site.preset} ({how})")
    lines.append(f"  site root:      {site.root if site.root else '-'}")
    lines.append(f"  static folders: {', '.join(str(d) for d in site.static_dirs) or '-'}")
    if disk.is_file(path):
        walked = "yes" if walk_would_check(path, config) else "no (excluded; checked only when named without --force-exclude)"
        lines.append(f"  folder walks check it: {walked}")
    extra = per_file_ignores(config, fs_path)
    if extra:
        lines.append(f"  per-file-ignores here: {', '.join(extra)}")
    selection, enabled = rules_for(config, extra)
    lines.append(f"  rules ({len(enabled)} enabled):")
    for rule in enabled:
        severity = selection.severity_of(rule)
        note = "" if severity is rule.severity else f" (default {rule.severity})"
        lines.append(f"    {rule.code} {rule.name}: {severity}{note}{_options(rule, settings)}")
    lines.append("  settings:")
    dumped = settings.model_dump(mode="json", by_alias=True, exclude={"extend", "rules"})
    for key, value in dumped.items():
        lines.append(f"    {key} = {_value(value)}")
    return "\n".join(lines) + "\n"


def _options(rule: Any, settings: Any) -> str:
    if rule.options_type is None:
        return ""
    from recipelint.rules.options import build_options, option_defaults

    options = build_options(rule.code, rule.options_type, settings.rules.get(rule.code, {}))
    values = {name: getattr(options, name.replace("-", "_")) for name in option_defaults(rule.options_type)}
    return "; options: " + ", ".join(f"{name}={_value(value)}" for name, value in values.items())


def _value(value: Any) -> str:
    if isinstance(value, tuple | frozenset | set):
        value = list(value)
    try:
        return json.dumps(value, ensure_ascii=False)
    except TypeError:
        return repr(value)
