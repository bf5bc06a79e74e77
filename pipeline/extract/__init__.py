"""Extractors: pure functions from a cleaned article (text plus sentence offsets) to table rows."""
