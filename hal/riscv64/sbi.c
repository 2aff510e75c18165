/*
 * sbi.c: the SBI calling convention: a7 = extension, a6 = function,
 * arguments in a0..a5, error in a0 and value in a1 on return.
 */
#include "sbi.h"

struct sbiret
sbi_call(long ext, long fid, long a0, long a1, long a2)
{
	register long r0 __asm__("a0") = a0;
	register long r1 __asm__("a1") = a1;
	register long r2 __asm__("a2") = a2;
	register long r6 __asm__("a6") = fid;
	register long r7 __asm__("a7") = ext;

	__asm__ volatile("ecall" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r6), "r"(r7) : "memory");
	return (struct sbiret){ r0, r1 };
}

int
sbi_probe(long ext)
{
	struct sbiret r = sbi_call(SBI_EXT_BASE, 3, ext, 0, 0);

	return r.error == 0 && r.value != 0;
}

void
sbi_putchar(int c)
{
	(void)sbi_call(SBI_EXT_LEGACY_PUTCHAR, 0, c, 0, 0);
}

int
sbi_getchar(void)
{
	return (int)sbi_call(SBI_EXT_LEGACY_GETCHAR, 0, 0, 0, 0).error;
}
