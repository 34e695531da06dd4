"""Fixtures every test folder may use."""

#: ``current_build``: the MDX site's spec and client, built once per session (tests/support/current_build.py).
pytest_plugins = ["tests.support.current_build"]
