"""Printable documents drawn with Qt (QPdfWriter): checklists and other PDFs the UI exports."""
