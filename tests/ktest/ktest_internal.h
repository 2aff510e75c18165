/*
 * ktest_internal.h: shared by the in-kernel test files.
 */
#pragma once

#include <stdbool.h>

/* Prints one TAP line and counts it. */
bool ktest_ok(bool cond, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Known-answer tests of lib/crypto, run in the kernel. */
void ktest_crypto(void);
/* The HAL's user-mode support, without the fiber layer. */
void ktest_user(void);
/* Instruction counts of lib/crypto in the kernel (ktest=cryptobench). */
void ktest_cryptobench(void);
struct hal_boot;
/* Spawn refuses images whose manifest is bad (sets up the fiber layer). */
void ktest_spawn(const struct hal_boot *boot);
/* The kernel's random generator and the entropy device. */
void ktest_entropy(void);
