"""What recipelint knows about each site generator, one module per generator.

A ``Generator`` (``sites/base.py``) holds a generator's marker files, static and
non-content folders, front-matter model, default required sections, heading ids and
routes; ``detect.py`` finds a page's site and generator.
"""
