"""PDF rendering with reportlab platypus and reportlab's own charts."""
