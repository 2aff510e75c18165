/*
 * vector.S: the supervisor trap vector (direct mode), and the way back to
 * user mode.
 *
 * sscratch tells where a trap came from: 0 while the hart runs the kernel,
 * and the address of the current fiber's trap frame while it runs in user
 * mode.  The frame sits at the top of that fiber's kernel stack, so the
 * kernel continues on the stack just below it.
 *
 * From S-mode: the interrupted context is saved on the current kernel stack
 * as a struct hal_trap_frame and hal_trap(frame) is called.  Before touching
 * the stack the entry checks that there is room above the current stack's
 * limit (tp->stack_lo): a kernel stack overflow lands in the guard page
 * below the stack, and saving a frame there would fault again forever, so
 * the frame goes onto the hart's emergency stack instead and hal_trap()
 * reports the overflow.
 *
 * From U-mode: the user registers go into the fiber's frame, tp becomes the
 * kernel's hart pointer again (kept in the frame), and hal_trap_user(frame)
 * runs; when it returns, hal_user_return restores the frame and srets.
 *
 * Frame layout (8-byte slots): x1..x31 at 8*(n-1), then sepc (248), sstatus
 * (256), scause (264), stval (272), the kernel's tp (280); 288 bytes in all
 * to keep sp 16-byte aligned.
 */
#define FRAME 288

	.macro SAVE_GPRS_EXCEPT_SP_T0
	sd	x1, 0(sp)
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
	.endm

	.macro RESTORE_GPRS_EXCEPT_SP
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
	.endm

	.macro SAVE_CSRS
	csrr	t0, sepc
	sd	t0, 248(sp)
	csrr	t0, sstatus
	sd	t0, 256(sp)
	csrr	t0, scause
	sd	t0, 264(sp)
	csrr	t0, stval
	sd	t0, 272(sp)
	.endm

	.section .text
	.balign 4
	.globl hal_trap_vector
hal_trap_vector:
	csrrw	sp, sscratch, sp
	bnez	sp, from_user
	csrrw	sp, sscratch, sp	/* from S-mode: sp back, sscratch 0 again */

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
2:	csrw	sscratch, zero
	SAVE_GPRS_EXCEPT_SP_T0
	SAVE_CSRS
	mv	a0, sp
	call	hal_trap
	ld	t0, 248(sp)
	csrw	sepc, t0
	ld	t0, 256(sp)
	csrw	sstatus, t0
	RESTORE_GPRS_EXCEPT_SP
	ld	x2, 8(sp)
	sret

from_user:
	/* sp = this fiber's frame, sscratch = the user's sp. */
	sd	t0, 32(sp)
	csrr	t0, sscratch
	sd	t0, 8(sp)
	csrw	sscratch, zero
	SAVE_GPRS_EXCEPT_SP_T0
	SAVE_CSRS
	ld	tp, 280(sp)		/* the kernel's hart pointer */
	mv	a0, sp
	call	hal_trap_user
	mv	a0, sp
	/* fall through */

/*
 * hal_user_return(frame): enters user mode with the registers of frame,
 * which must be the frame at the top of the current fiber's kernel stack.
 */
	.globl hal_user_return
hal_user_return:
	mv	sp, a0
	sd	tp, 280(sp)
	ld	t0, 248(sp)
	csrw	sepc, t0
	ld	t0, 256(sp)
	csrw	sstatus, t0
	csrw	sscratch, sp
	RESTORE_GPRS_EXCEPT_SP
	ld	x2, 8(sp)
	sret

/*
 * hal_context_switch(from, to): saves the callee-saved registers, sp and
 * ra into *from and resumes *to.  struct hal_context: ra, sp, s0..s11, then
 * the stack bounds, which go into the hart so the overflow check follows the
 * running stack.
 */
	.globl hal_context_switch
hal_context_switch:
	sd	ra, 0(a0)
	sd	sp, 8(a0)
	sd	s0, 16(a0)
	sd	s1, 24(a0)
	sd	s2, 32(a0)
	sd	s3, 40(a0)
	sd	s4, 48(a0)
	sd	s5, 56(a0)
	sd	s6, 64(a0)
	sd	s7, 72(a0)
	sd	s8, 80(a0)
	sd	s9, 88(a0)
	sd	s10, 96(a0)
	sd	s11, 104(a0)
	ld	ra, 0(a1)
	ld	sp, 8(a1)
	ld	s0, 16(a1)
	ld	s1, 24(a1)
	ld	s2, 32(a1)
	ld	s3, 40(a1)
	ld	s4, 48(a1)
	ld	s5, 56(a1)
	ld	s6, 64(a1)
	ld	s7, 72(a1)
	ld	s8, 80(a1)
	ld	s9, 88(a1)
	ld	s10, 96(a1)
	ld	s11, 104(a1)
	ld	t0, 112(a1)
	sd	t0, 0(tp)		/* tp->stack_lo */
	ld	t0, 120(a1)
	sd	t0, 16(tp)		/* tp->stack_hi */
	ret

/* New contexts start here: s1 = function, s2 = argument. */
	.globl hal_context_trampoline
hal_context_trampoline:
	li	s0, 0
	mv	a0, s2
	jalr	s1
3:	wfi
	j	3b
