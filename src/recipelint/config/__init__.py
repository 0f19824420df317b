"""Configuration: finding and reading config files (loader) and what they may say (schema)."""
