"""One page as written: bytes to text, the Markdown tokens, inline scans, links, images
and front matter with exact positions. Knows nothing about recipes or site generators."""
