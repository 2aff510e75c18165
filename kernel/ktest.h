/*
 * ktest.h: the hook for in-kernel tests.
 *
 * The normal image has no tests: ktest_main() there says so and returns,
 * and the boot goes on.  The test image (build/rv64/nexus-test.elf) links
 * tests/ktest/, whose ktest_main() runs the named tests, prints TAP on the
 * console and powers off with the result as QEMU's exit status.
 */
#pragma once

#include <hal/boot.h>

/* Runs the tests named which; returns only in an image without tests. */
void ktest_main(const struct hal_boot *boot, const char *which);
