"""Request builders and response readers, one module per operation, grouped by tag."""
