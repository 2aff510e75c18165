/*
 * syscall.h: the kernel's side of system calls.
 *
 * The numbers, argument checks and dispatcher are generated from
 * abi/nexus.abi (syscall_gen.h); this is what the fiber code calls.
 */
#pragma once

#include <hal/user.h>
#include <nexus/abi.h>

struct fiber;

/* Decodes and runs the call in tf for f, and puts the result in tf. */
void syscall_enter(struct fiber *f, struct hal_trap_frame *tf);
/* Called when f exits or faults: wakes anything waiting on it. */
void syscall_fiber_died(struct fiber *f);
/* A short English name of an NX_ERR_* code (or "ok" for >= 0). */
const char *syscall_strerror(int64_t err);
