# nexus.gdb: GDB set-up for `make debug` / `make gdb`.
# The kernel ELF (with its symbols) is given on gdb's command line; this
# connects to QEMU's GDB stub (make debug starts QEMU halted on :1234).
set pagination off
set confirm off
set architecture riscv:rv64
target remote localhost:1234
# Stop where the kernel takes over from the HAL; `continue` to go on.
break kernel_main
echo Connected to QEMU. 'continue' runs to kernel_main.\n
