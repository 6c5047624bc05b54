"""Use cases. Each service gets its database, clock and device through its constructor."""
