# tests/: cross-cutting suites (see docs/testing.md).

# Every library's target archive calls nothing outside mem* and lib/base
# (and the libraries it is declared to depend on).
TEST_NAMES += lib/undefined-symbols
TEST_CMD_lib/undefined-symbols = tools/check-undef.sh $(UNDEF_ARGS)

# In QEMU: the test image's self-tests, fault reports, boot errors.
TEST_NAMES += qemu/boot
TEST_CMD_qemu/boot = B=$(B) $(PYTHON) tests/qemu/test_boot.py

# The interactive console, driven through pexpect.
TEST_NAMES += qemu/console
TEST_CMD_qemu/console = B=$(B) $(PYTHON) tests/console/test_console.py

# nsh, the user-mode shell, driven through pexpect; the kernel console as
# its fallback.
TEST_NAMES += qemu/nsh
TEST_CMD_qemu/nsh = B=$(B) $(PYTHON) tests/console/test_nsh.py

# make debug's GDB script connects and finds the symbols.
TEST_NAMES += qemu/gdb
TEST_CMD_qemu/gdb = B=$(B) $(PYTHON) tests/qemu/test_gdb.py

# An idle machine costs the host (almost) no CPU: 10 s at the prompt.
TEST_NAMES += qemu/idle
TEST_CMD_qemu/idle = B=$(B) $(PYTHON) tests/qemu/test_idle.py

# User fibers: faults, the Ratchet, a hostile fiber, the ledger and the BEB.
TEST_NAMES += qemu/fibers
TEST_CMD_qemu/fibers = B=$(B) $(PYTHON) tests/qemu/test_fibers.py

# The sandbox's hostile suite: capabilities, pledges, memory, exhaustion.
TEST_NAMES += qemu/attack
TEST_CMD_qemu/attack = B=$(B) $(PYTHON) tests/qemu/test_attack.py
