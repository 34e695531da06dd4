"""Pre-send checks, one module per operation, compiled from the spec's request schemas."""
