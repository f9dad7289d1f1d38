"""Widgets with one job each: the claim list, the claim detail, the status header."""
