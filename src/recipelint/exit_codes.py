"""The exit codes of ``recipelint``, the one place they are defined (users script against them)."""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    """No error-severity diagnostic (or ``--exit-zero``)."""
    PROBLEMS = 1
    """At least one error; with ``--diff``, something to fix (whatever remains to report)."""
    ERROR = 2
    """Usage, configuration or internal error, or a rule crashed (RL007)."""
    INTERRUPTED = 130
    """Ctrl-C."""
