"""Helpers shared by the test suites: node tools and local servers."""
