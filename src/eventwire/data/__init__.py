"""Package data: dictionaries, lexicons and codebooks, each with its provenance."""
