"""The pydantic front-matter model of each generator (imported only when validating)."""
