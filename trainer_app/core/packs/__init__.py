"""Content packs: manifest parsing, validation, markdown rendering, search documents, install."""
