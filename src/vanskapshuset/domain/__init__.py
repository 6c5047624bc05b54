"""Plain-Python domain: vocabulary, rules and time. No SQLAlchemy, no Qt."""
