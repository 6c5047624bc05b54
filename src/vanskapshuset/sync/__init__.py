"""Sync between laptops without a server (DESIGN section 8)."""
