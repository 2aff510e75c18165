# kernel/: L1.
KERNEL :=
KERNEL_TEST :=
QEMU := qemu-system-riscv64
