"""PDF writers drawn with QPdfWriter/QPainter; loaded on demand so core and the CLI never import Qt."""
