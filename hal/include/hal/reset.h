/*
 * hal/reset.h: ending or restarting the machine.
 */
#pragma once

/* Powers off through SBI system reset; status 0 means success. */
void hal_poweroff(int status) __attribute__((noreturn));
/* Cold reboot through SBI system reset. */
void hal_reboot(void) __attribute__((noreturn));
