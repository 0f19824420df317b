"""Front matter: YAML with positions, per-preset pydantic models, writer-friendly errors."""
