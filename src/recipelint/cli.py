"""The ``recipelint`` command line: a thin click shell over the linter.

``main(argv) -> int`` never raises: usage, configuration and internal errors are a
one-line message on stderr and exit code 2.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from recipelint import __version__
from recipelint.exit_codes import ExitCode
from recipelint.formats.base import FORMAT_NAMES
from recipelint.sites.generators import PRESETS


def _split(values: tuple[str, ...]) -> list[str]:
    """Selectors given as repeated options and/or comma-separated lists."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _check_selectors(selectors: list[str], option: str) -> None:
    from recipelint.engine.selection import SelectorError, check_selector

    for selector in selectors:
        try:
            check_selector(selector)
        except SelectorError as exc:
            raise click.BadParameter(str(exc), param_hint=option) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="recipelint")
def cli() -> None:
    """A linter for recipes written as Markdown with YAML front matter."""


@cli.command()
@click.argument("paths", nargs=-1, type=str)
@click.option("--format", "output_format", type=click.Choice(FORMAT_NAMES), default=None,
              help="Output format (default: text, or github under GitHub Actions).")
@click.option("--output-file", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write the report to this file instead of standard output.")
@click.option("--select", multiple=True, help="Rules to enable (codes, prefixes, names; replaces the configured set).")
@click.option("--ignore", multiple=True, help="Rules to disable, on top of the configuration.")
@click.option("--extend-select", multiple=True, help="Rules to enable on top of the configuration.")
@click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Use this configuration file for every path (no discovery).")
@click.option("--preset", type=click.Choice(PRESETS), default=None,
              help="Site generator (default: detected from the site).")
@click.option("--stdin-filename", default=None, help="With `-`: lint standard input as if it were this file.")
@click.option("--fix", is_flag=True, help="Apply safe fixes to the files.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff: also apply unsafe fixes.")
@click.option("--diff", is_flag=True, help="Show the fixes as a diff instead of writing them; exit 1 if any.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when errors are found.")
@click.option("--force-exclude", is_flag=True, help="Apply `exclude` to files named on the command line too.")
@click.option("--color", type=click.Choice(("auto", "always", "never")), default="auto", help="Colour in text output.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Worker processes (default: CPU count).")
@click.option("--watch", is_flag=True, help="Check again after every change to the files, until Ctrl-C.")
@click.option("--statistics", is_flag=True, help="Count the findings per rule (with how many are fixable) instead of listing them.")
@click.option("--show-fixes", is_flag=True, help="List the fixes applied (with --fix) or applicable, per file and rule.")
@click.option("--exit-non-zero-on-fix", is_flag=True, help="With --fix: exit 1 when any fix was applied, even if nothing is left.")
@click.option("--add-suppressions", is_flag=True,
              help="Write a suppression comment above every current finding, then check again.")
@click.option("--show-files", is_flag=True, help="List the files that would be checked, and stop.")
@click.option("--show-settings", is_flag=True, help="Show the effective settings for the one PATH given, and stop.")
@click.option("--changed-since", metavar="REF", default=None,
              help="Report only on files changed since git REF (committed since the merge base, staged, unstaged "
                   "or untracked); cross-page rules still read every page.")
@click.option("--rule-docs-url", metavar="URL", default=None,
              help="Where the rule pages are, for SARIF helpUri and the job summary: a base URL (CODE.md is "
                   "appended) or a template with {code}. Default: docs/rules/CODE.md, relative.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")
@click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
              help="The result cache folder (default: .recipelint_cache at the project root).")
def check(paths: tuple[str, ...], output_format: str | None, output_file: str | None, select: tuple[str, ...],
          ignore: tuple[str, ...], extend_select: tuple[str, ...], config_file: str | None, preset: str | None,
          stdin_filename: str | None, fix: bool, unsafe_fixes: bool, diff: bool, exit_zero: bool,
          force_exclude: bool, color: str, jobs: int | None, watch: bool, statistics: bool, show_fixes: bool,
          exit_non_zero_on_fix: bool, add_suppressions: bool, show_files: bool, show_settings: bool,
          changed_since: str | None, rule_docs_url: str | None, no_cache: bool, cache_dir: str | None) -> None:
    """Check recipe files and folders (default: the current folder)."""
    from recipelint.config.loader import Overrides
    from recipelint.run import CheckOptions, run_check

    selected = _split(select) if select else None
    ignored, extended = _split(ignore), _split(extend_select)
    for option, values in (("--select", selected or []), ("--ignore", ignored), ("--extend-select", extended)):
        _check_selectors(values, option)
    if "-" in paths and len(paths) > 1:
        raise click.UsageError("`-` (standard input) cannot be combined with other paths")
    if fix and "-" in paths:
        raise click.UsageError("--fix cannot write to standard input; use --diff with `-`")
    if stdin_filename and paths and paths != ("-",):
        raise click.UsageError("--stdin-filename goes with `-` (standard input) as the only path")
    if watch and ("-" in paths or stdin_filename or fix or diff):
        raise click.UsageError("--watch checks files: it cannot read standard input, --fix or --diff")
    if watch and (add_suppressions or show_files or show_settings):
        raise click.UsageError("--watch cannot be combined with --add-suppressions, --show-files or --show-settings")
    _check_adoption_options(paths, fix, diff, statistics, output_format, add_suppressions, show_files, show_settings)
    if watch and changed_since is not None:
        raise click.UsageError("--watch checks every file after each change; it cannot go with --changed-since")
    if changed_since is not None and (stdin_filename or "-" in paths):
        raise click.UsageError("--changed-since asks git which files changed; it cannot go with `-` (standard input)")
    if diff and output_format not in (None, "text") and not output_file:
        raise click.UsageError(f"--diff writes the diff to standard output; add --output-file for the "
                               f"{output_format} report")
    if output_format is None:
        output_format = "github" if os.environ.get("GITHUB_ACTIONS") == "true" and not statistics else "text"
    options = CheckOptions(
        paths=list(paths) or (["-"] if stdin_filename else ["."]),
        overrides=Overrides(preset=preset, select=selected, ignore=ignored, extend_select=extended),
        config_file=Path(config_file) if config_file else None,
        output_format=output_format,
        output_file=output_file,
        stdin_filename=stdin_filename,
        fix=fix,
        unsafe_fixes=unsafe_fixes,
        diff=diff,
        exit_zero=exit_zero,
        force_exclude=force_exclude,
        color=color,
        jobs=jobs,
        statistics=statistics,
        show_fixes=show_fixes,
        exit_non_zero_on_fix=exit_non_zero_on_fix,
        add_suppressions=add_suppressions,
        show_files=show_files,
        show_settings=show_settings,
        changed_since=changed_since,
        rule_docs_url=rule_docs_url,
        cache=not no_cache and not watch,
        cache_dir=Path(cache_dir) if cache_dir else None,
    )
    if watch:
        from recipelint.watch import watch_check

        raise SystemExit(watch_check(options))
    raise SystemExit(run_check(options))


def _check_adoption_options(paths: tuple[str, ...], fix: bool, diff: bool, statistics: bool, output_format: str | None,
                            add_suppressions: bool, show_files: bool, show_settings: bool) -> None:
    """The combinations of --statistics, --add-suppressions, --show-* that mean nothing."""
    if statistics and output_format is not None:
        from recipelint.formats.statistics import STATISTICS_FORMATS

        if output_format not in STATISTICS_FORMATS:
            raise click.UsageError(f"--statistics prints {' or '.join(STATISTICS_FORMATS)}, not {output_format}")
    if add_suppressions and (fix or diff or "-" in paths):
        raise click.UsageError("--add-suppressions writes to the files: not with --fix, --diff or `-`")
    if show_files and show_settings:
        raise click.UsageError("--show-files and --show-settings each stop the run: give one")
    if show_settings and len(paths) != 1:
        raise click.UsageError("--show-settings shows the settings for one PATH: give exactly one")
    if (show_files or show_settings) and "-" in paths:
        raise click.UsageError("--show-files and --show-settings need paths, not `-`")


@cli.command()
@click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
              help="The cache folder to remove (default: .recipelint_cache at the project root).")
def clean(cache_dir: str | None) -> None:
    """Remove the result cache."""
    from recipelint.engine.cache import clean as remove_cache
    from recipelint.engine.selection import config_resolver
    from recipelint.run import cache_directory

    directory = cache_directory(Path(cache_dir) if cache_dir else None, config_resolver(None, None))
    try:
        removed = remove_cache(directory)
    except OSError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"recipelint: {'removed' if removed else 'no cache at'} {directory}", err=True)


@cli.command("rules")
@click.option("--format", "output_format", type=click.Choice(("text", "json")), default="text")
def list_rules(output_format: str) -> None:
    """List every rule: code, name, default severity, fix, summary."""
    from recipelint.engine.rule_docs import rules_as_json, rules_table

    click.echo(rules_as_json() if output_format == "json" else rules_table())


@cli.command("rule")
@click.argument("code_or_name")
def show_rule(code_or_name: str) -> None:
    """Print the documentation of one rule (by code or name)."""
    from recipelint.engine.rule_docs import rule_documentation
    from recipelint.rules import get_rule

    found = get_rule(code_or_name)
    if found is None:
        raise click.BadParameter(f"no rule named {code_or_name!r}; see `recipelint rules`", param_hint="CODE_OR_NAME")
    click.echo(rule_documentation(found))


@cli.command()
@click.argument("name", required=False)
def schema(name: str | None) -> None:
    """Print a JSON Schema: config, docusaurus, hugo, jekyll or mkdocs."""
    import json

    from recipelint.schemas import SCHEMA_NAMES, generate_schema

    if name is None:
        click.echo("\n".join(SCHEMA_NAMES))
        return
    if name not in SCHEMA_NAMES:
        raise click.BadParameter(f"unknown schema {name!r}; choose from {', '.join(SCHEMA_NAMES)}", param_hint="NAME")
    click.echo(json.dumps(generate_schema(name), indent=2, ensure_ascii=False))


@cli.command()
@click.option("--stdio", is_flag=True, hidden=True, help="Accepted for clients that pass it; stdio is the only transport.")
def server(stdio: bool) -> None:
    """Run the language server on standard input and output (for editors)."""
    try:
        from recipelint.server.app import serve
    except ModuleNotFoundError as exc:
        if (exc.name or "").partition(".")[0] not in ("pygls", "lsprotocol", "cattrs", "attrs"):
            raise
        click.echo("recipelint: error: the language server needs pygls: pip install 'recipelint[lsp]'", err=True)
        raise SystemExit(ExitCode.ERROR) from None
    serve()


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code instead of exiting."""
    from recipelint.config.loader import ConfigError
    from recipelint.engine.changed import ChangedFilesError

    try:
        cli.main(args=argv, prog_name="recipelint", standalone_mode=False)
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else ExitCode.ERROR
    except click.exceptions.Abort as exc:
        if isinstance(exc.__cause__, KeyboardInterrupt):  # click turns Ctrl-C into Abort
            click.echo("recipelint: interrupted", err=True)
            return ExitCode.INTERRUPTED
        click.echo("recipelint: aborted", err=True)
        return ExitCode.ERROR
    except click.ClickException as exc:
        exc.show()
        return ExitCode.ERROR
    except (ConfigError, ChangedFilesError) as exc:
        click.echo(f"recipelint: error: {exc}", err=True)
        return ExitCode.ERROR
    except KeyboardInterrupt:
        click.echo("recipelint: interrupted", err=True)
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        sys.stderr.close()
        return ExitCode.ERROR
    except Exception as exc:  # the promise: never a bare traceback
        click.echo(f"recipelint: internal error: {type(exc).__name__}: {exc}", err=True)
        return ExitCode.ERROR
    return ExitCode.OK


def entry_point() -> None:
    # A one-shot run creates many objects (imports, tokens, dataclasses) and frees
    # almost none; the cyclic collector only costs time (~10 ms of a ~270 ms hook run).
    # lint_files turns it back on for runs over many files. Not done in main(): tests
    # call that in-process.
    import gc

    gc.disable()
    sys.exit(main())
