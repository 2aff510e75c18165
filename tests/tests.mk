# tests/: cross-cutting suites.
TEST_NAMES += lib/undefined-symbols
TEST_CMD_lib/undefined-symbols = tools/check-undef.sh $(RV64_LIBS)
