# kernel/policy.mk: the portable policy of L1 (scheduler, SPSC ring, ledger),
# hardware-free and unit-tested on the host.  Included by kernel/kernel.mk.
kcore_SRCS += kernel/sched.c kernel/ring.c kernel/ledger.c
# test_ring runs a producer and a consumer thread.
kcore_TEST_LDLIBS += -lpthread
# The ledger-to-Perfetto converter, on a synthetic serial log.
TEST_NAMES += tools/ledger2perfetto
TEST_CMD_tools/ledger2perfetto = $(PYTHON) tests/tools/test_ledger2perfetto.py
