"""Reusable widgets shared by several pages (e.g. a leaf's evidence panel)."""
