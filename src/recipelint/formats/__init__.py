"""Output formats: text for people; json, jsonl, github, sarif, junit, gitlab for machines."""
