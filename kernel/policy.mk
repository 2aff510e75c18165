# kernel/policy.mk: the portable policy of L1 (scheduler, ledger),
# hardware-free and unit-tested on the host.  Included by kernel/kernel.mk.
kcore_SRCS += kernel/sched.c kernel/ledger.c
# The ledger-to-Perfetto converter, on a synthetic serial log.
TEST_NAMES += tools/ledger2perfetto
TEST_CMD_tools/ledger2perfetto = $(PYTHON) tests/tools/test_ledger2perfetto.py
