"""Forgetting what the process learnt from the disk, for runs that outlive one check.

A single ``check`` reads each site fact once (which folders hold pages, the generator's
configuration, which files exist, other pages' headings) and keeps it for the whole
run, with ``functools.cache`` in the ``sites`` modules and the rules that look at
files. A language server or a watch loop runs for hours while files change, so after
the disk changes it drops those caches and the next lint reads the facts again. The
pure caches (ingredient names, units, parsers) stay warm.
"""

from __future__ import annotations

import sys

DISK_VIEWING_PACKAGES = ("recipelint.sites", "recipelint.rules")


def forget_disk_caches() -> int:
    """Clear every ``functools`` cache of the modules that read the disk; how many."""
    cleared = 0
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(DISK_VIEWING_PACKAGES):
            continue
        for value in list(vars(module).values()):
            if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", None) == name:
                value.cache_clear()
                cleared += 1
    return cleared
