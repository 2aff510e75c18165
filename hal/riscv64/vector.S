/*
 * vector.S: the supervisor trap vector (direct mode).
 *
 * Traps taken in S-mode save the interrupted context on the current kernel
 * stack as a struct hal_trap_frame (hal/riscv64/trap.h), call
 * hal_trap(frame), restore and sret.  Before touching the stack the entry
 * checks that there is room above the current stack's limit (tp->stack_lo):
 * a kernel stack overflow lands in the guard page below the stack, and
 * saving a frame there would fault again forever.  In that case the frame
 * goes onto the hart's emergency stack instead, and hal_trap() reports the
 * overflow.
 *
 * Frame layout (8-byte slots): x1..x31 at 8*(n-1), then sepc, sstatus,
 * scause, stval; 288 bytes in all to keep sp 16-byte aligned.
 */
#define FRAME 288

	.section .text
	.balign 4
	.globl hal_trap_vector
hal_trap_vector:
	csrw	sscratch, t0
	ld	t0, 0(tp)		/* tp->stack_lo */
	addi	t0, t0, FRAME
	bgeu	sp, t0, 1f
	/* Out of stack: build the frame on the emergency stack. */
	mv	t0, sp
	ld	sp, 8(tp)		/* tp->emergency_sp */
	addi	sp, sp, -FRAME
	sd	t0, 8(sp)		/* x2: sp at the trap */
	csrr	t0, sscratch
	sd	t0, 32(sp)		/* x5 */
	j	2f
1:	csrr	t0, sscratch
	addi	sp, sp, -FRAME
	sd	t0, 32(sp)		/* x5 */
	addi	t0, sp, FRAME
	sd	t0, 8(sp)		/* x2: sp at the trap */
2:	sd	x1, 0(sp)
	sd	x3, 16(sp)
	sd	x4, 24(sp)
	sd	x6, 40(sp)
	sd	x7, 48(sp)
	sd	x8, 56(sp)
	sd	x9, 64(sp)
	sd	x10, 72(sp)
	sd	x11, 80(sp)
	sd	x12, 88(sp)
	sd	x13, 96(sp)
	sd	x14, 104(sp)
	sd	x15, 112(sp)
	sd	x16, 120(sp)
	sd	x17, 128(sp)
	sd	x18, 136(sp)
	sd	x19, 144(sp)
	sd	x20, 152(sp)
	sd	x21, 160(sp)
	sd	x22, 168(sp)
	sd	x23, 176(sp)
	sd	x24, 184(sp)
	sd	x25, 192(sp)
	sd	x26, 200(sp)
	sd	x27, 208(sp)
	sd	x28, 216(sp)
	sd	x29, 224(sp)
	sd	x30, 232(sp)
	sd	x31, 240(sp)
	csrr	t0, sepc
	sd	t0, 248(sp)
	csrr	t0, sstatus
	sd	t0, 256(sp)
	csrr	t0, scause
	sd	t0, 264(sp)
	csrr	t0, stval
	sd	t0, 272(sp)
	mv	a0, sp
	call	hal_trap
	ld	t0, 248(sp)
	csrw	sepc, t0
	ld	t0, 256(sp)
	csrw	sstatus, t0
	ld	x1, 0(sp)
	ld	x3, 16(sp)
	ld	x4, 24(sp)
	ld	x5, 32(sp)
	ld	x6, 40(sp)
	ld	x7, 48(sp)
	ld	x8, 56(sp)
	ld	x9, 64(sp)
	ld	x10, 72(sp)
	ld	x11, 80(sp)
	ld	x12, 88(sp)
	ld	x13, 96(sp)
	ld	x14, 104(sp)
	ld	x15, 112(sp)
	ld	x16, 120(sp)
	ld	x17, 128(sp)
	ld	x18, 136(sp)
	ld	x19, 144(sp)
	ld	x20, 152(sp)
	ld	x21, 160(sp)
	ld	x22, 168(sp)
	ld	x23, 176(sp)
	ld	x24, 184(sp)
	ld	x25, 192(sp)
	ld	x26, 200(sp)
	ld	x27, 208(sp)
	ld	x28, 216(sp)
	ld	x29, 224(sp)
	ld	x30, 232(sp)
	ld	x31, 240(sp)
	ld	x2, 8(sp)
	sret
