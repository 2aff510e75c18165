# tests/: cross-cutting suites.
