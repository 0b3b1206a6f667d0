"""The balance model: instrument, scoring and map geometry. Pure Python, no Qt."""
