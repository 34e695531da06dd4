"""The hand-written runtime copied into the generated package (signing, sending, errors, values)."""
