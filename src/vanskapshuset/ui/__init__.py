"""The desktop app (Qt widgets). Talks to services only; never to the store or SQLAlchemy."""
