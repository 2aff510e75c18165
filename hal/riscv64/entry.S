/*
 * entry.S: the first instructions of Nexus on RISC-V.
 *
 * OpenSBI jumps here in S-mode with a0 = hart id and a1 = the physical
 * address of the device tree, paging off, interrupts off.  We record the
 * counter and instret at entry (for the boot-time figure), take the boot
 * stack in .bss, zero .bss and call hal_boot(hartid, dtb).  Only one hart is
 * started by the firmware; the others stay parked in it.
 */
	.section .text.entry, "ax"
	.globl _start
_start:
	rdtime	t0
	rdinstret t1
	/*
	 * One hart boots.  The firmware should start only one here, but if a
	 * second ever arrives (seen once in a few dozen boots under load: a
	 * banner printed twice, then a fault), it must not zero .bss under
	 * the first or share its stack: it parks.  The gate lives in .data,
	 * which the image load (and QEMU's reset) sets to 0.
	 */
	la	t2, boot_gate
	li	t3, 1
	amoswap.w.aq t3, t3, (t2)
	beqz	t3, 0f
	j	hal_park
0:
	/* No frame above this one: fp = 0 ends backtraces. */
	li	s0, 0
	la	sp, boot_stack_top
	/* Zero .bss, preserving a0/a1/t0/t1. */
	la	t2, _bss_start
	la	t3, _bss_end
1:	bgeu	t2, t3, 2f
	sd	zero, 0(t2)
	addi	t2, t2, 8
	j	1b
2:	la	t2, hal_entry_time
	sd	t0, 0(t2)
	la	t2, hal_entry_instret
	sd	t1, 0(t2)
	call	hal_boot
3:	wfi
	j	3b

/*
 * hal_stack_switch(sp, fn, arg): continues on a new stack by calling
 * fn(arg) there; fn must not return.
 */
	.section .text
	.globl hal_stack_switch
hal_stack_switch:
	mv	sp, a0
	li	s0, 0
	mv	a0, a2
	jalr	a1
4:	wfi
	j	4b

	.section .data
	.balign 4
boot_gate:
	.word	0

	.section .bss
	.balign 16
	.globl boot_stack
boot_stack:
	.space	16384
boot_stack_top:

/*
 * hal_park: where harts other than the boot hart wait.  The firmware's own
 * waiting loop keeps QEMU busy; here, with every supervisor interrupt
 * masked, WFI sleeps until the kernel wants the hart (SMP comes later).
 * Entered from SBI HSM hart_start with the MMU off, a0 = hart id.
 */
	.section .text
	.globl hal_park
hal_park:
	csrw	sie, zero
	csrci	sstatus, 2
5:	wfi
	j	5b
