/*
 * timer.c: time and the one-shot supervisor timer.
 *
 * With Sstc the kernel writes stimecmp directly (one CSR write); without it
 * every arm is an SBI call into the firmware, which programs the machine
 * timer for us.  Sstc is used only when the device tree lists it and a
 * probe of stimecmp does not trap (firmware must have set menvcfg.STCE).
 * Disarming writes the largest deadline, which never fires.
 */
#include <hal/timer.h>
#include <stddef.h>

#include "hart.h"

#include "riscv.h"
#include "riscv64_internal.h"
#include "sbi.h"

uint64_t hal_entry_time;	/* written by entry.S */
uint64_t hal_entry_instret;

static uint64_t hz = 10000000;
static bool use_sstc;
static hal_timer_fn handler;
static void *handler_ctx;

static void
probe_stimecmp(void)
{
	__asm__ volatile("csrw %0, %1" ::"i"(CSR_STIMECMP), "r"(UINT64_MAX));
}

/* The deadline last written: the kernel re-arms on every trap, mostly to the same time. */
static uint64_t armed;

static void
set_deadline(uint64_t t)
{
	if (t == armed)
		return;
	armed = t;
	if (use_sstc)
		__asm__ volatile("csrw %0, %1" ::"i"(CSR_STIMECMP), "r"(t));
	else
		(void)sbi_call(SBI_EXT_TIME, 0, (long)t, 0, 0);
}

void
riscv64_timer_init(const struct hal_platform *plat)
{
	hz = plat->timebase_hz;
	use_sstc = plat->sstc && riscv64_probe_csr(probe_stimecmp);
	set_deadline(UINT64_MAX);
	csr_set(sie, SIE_STIE);
}

const char *
hal_timer_mode(void)
{
	return use_sstc ? "sstc" : "sbi";
}

uint64_t
hal_time_now(void)
{
	return rdtime();
}

uint64_t
hal_time_hz(void)
{
	return hz;
}

uint64_t
hal_time_to_us(uint64_t ticks)
{
	return ticks / hz * 1000000 + ticks % hz * 1000000 / hz;
}

uint64_t
hal_time_to_ns(uint64_t ticks)
{
	return ticks / hz * 1000000000 + ticks % hz * 1000000000 / hz;
}

uint64_t
hal_time_at_entry(void)
{
	return hal_entry_time;
}

uint64_t
hal_instret_at_entry(void)
{
	return hal_entry_instret;
}

void
hal_timer_set_handler(hal_timer_fn fn, void *ctx)
{
	handler = fn;
	handler_ctx = ctx;
}

void
hal_timer_arm(uint64_t deadline)
{
	set_deadline(deadline);
}

void
hal_timer_disarm(void)
{
	set_deadline(UINT64_MAX);
}

void
hal_timer_interrupt(void)
{
	/* One-shot: quiet the timer first, the handler may re-arm it. */
	set_deadline(UINT64_MAX);
	if (handler != NULL)
		handler(handler_ctx);
}
