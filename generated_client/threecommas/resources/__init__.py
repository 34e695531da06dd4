"""The client's resources, one module each, imported on first use (see client.py)."""
