# lib/fdt: a read-only flattened device tree parser (see lib/fdt/include/fdt/fdt.h).
LIBS += fdt
fdt_SRCS := lib/fdt/fdt.c
fdt_DEPS := base
