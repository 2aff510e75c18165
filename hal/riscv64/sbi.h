/*
 * sbi.h: calls into the Supervisor Binary Interface firmware (OpenSBI),
 * per the RISC-V SBI specification v1.0.
 */
#pragma once

#include <stdint.h>

struct sbiret {
	long error;
	long value;
};

#define SBI_EXT_BASE 0x10
#define SBI_EXT_TIME 0x54494d45
#define SBI_EXT_SRST 0x53525354
#define SBI_EXT_HSM 0x48534d
#define SBI_EXT_LEGACY_PUTCHAR 0x01
#define SBI_EXT_LEGACY_GETCHAR 0x02

#define SBI_SRST_SHUTDOWN 0
#define SBI_SRST_COLD_REBOOT 1
#define SBI_SRST_REASON_NONE 0
#define SBI_SRST_REASON_FAILURE 1

struct sbiret sbi_call(long ext, long fid, long a0, long a1, long a2);
/* Whether the firmware implements extension ext. */
int sbi_probe(long ext);
void sbi_putchar(int c);
int sbi_getchar(void);
