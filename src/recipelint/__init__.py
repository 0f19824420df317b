"""recipelint: a linter for recipes written as Markdown with YAML front matter."""

__version__ = "0.1.0"
