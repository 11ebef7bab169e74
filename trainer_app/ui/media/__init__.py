"""Video players behind one interface."""
