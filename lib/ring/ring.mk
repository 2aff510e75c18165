# lib/ring: the single-producer single-consumer ring of asynchronous
# channels, shared by the kernel and user programs (include/ring/ring.h).
LIBS += ring
ring_SRCS        := lib/ring/ring.c
ring_DEPS        := base
# test_ring runs a producer and a consumer thread.
ring_TEST_LDLIBS := -lpthread
