"""Front matter: YAML with positions, its tags, and writer-friendly schema findings."""
