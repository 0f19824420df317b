"""Allow ``python -m recipelint``."""

from recipelint.cli import entry_point

entry_point()
