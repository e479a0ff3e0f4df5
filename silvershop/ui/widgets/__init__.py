"""Widgets every screen uses: the page frame, headline figures and tables of plain records."""
