# lib/base: freestanding basics (mem*, strings, formatted printing).
LIBS += base
base_SRCS      := lib/base/mem.c lib/base/str.c lib/base/fmt.c
base_RV64_SRCS := lib/base/mem_libc.c
