/*
 * virtio_rng.c: the virtio entropy device over virtio-mmio (virtio spec
 * v1.2, sections 4.2 and 5.4), legacy (version 1) and modern (version 2)
 * transports, one request at a time, polled.
 *
 * One page holds the whole queue (8 descriptors): the descriptor table at
 * 0, the available ring at 128, the used ring at 192 (legacy transports let
 * the driver choose that alignment), and the request buffer at 2048.
 *
 *   0x000 MagicValue "virt"   0x004 Version   0x008 DeviceID (4: entropy)
 *   0x010 DeviceFeatures      0x014 DeviceFeaturesSel
 *   0x020 DriverFeatures      0x024 DriverFeaturesSel
 *   0x028 GuestPageSize (v1)  0x030 QueueSel  0x034 QueueNumMax  0x038 QueueNum
 *   0x03c QueueAlign (v1)     0x040 QueuePFN (v1)    0x044 QueueReady (v2)
 *   0x050 QueueNotify         0x060 InterruptStatus  0x064 InterruptACK
 *   0x070 Status              0x080.. queue addresses (v2)
 */
#include <base/mem.h>
#include <hal/entropy.h>
#include <hal/page.h>
#include <hal/timer.h>

#include "hal_internal.h"

#define QNUM 8
#define AVAIL_OFF 128
#define USED_OFF 192
#define BUF_OFF 2048
#define BUF_MAX 256

enum {
	ST_ACK = 1, ST_DRIVER = 2, ST_DRIVER_OK = 4, ST_FEATURES_OK = 8,
};

struct vq_desc {
	uint64_t addr;
	uint32_t len;
	uint16_t flags;
	uint16_t next;
};

static uint64_t base;
static uint8_t *queue;
static uint16_t last_used;
static const struct hal_platform *platform;

static inline void
w32(uint32_t off, uint32_t v)
{
	*(volatile uint32_t *)(base + off) = v;
}

static inline uint32_t
r32(uint32_t off)
{
	return *(volatile uint32_t *)(base + off);
}

static inline void
fence(void)
{
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
}

void
hal_entropy_set_platform(const struct hal_platform *plat)
{
	platform = plat;
}

static int
setup(uint64_t b)
{
	uint32_t version;
	uint64_t q;

	base = b;
	if (r32(0x000) != 0x74726976 || r32(0x008) != 4)
		return -1;
	version = r32(0x004);
	w32(0x070, 0);
	w32(0x070, ST_ACK | ST_DRIVER);
	if (version == 2) {
		w32(0x014, 1);
		if (!(r32(0x010) & 1))
			return -1;	/* must offer VIRTIO_F_VERSION_1 */
		w32(0x024, 1);
		w32(0x020, 1);
		w32(0x024, 0);
		w32(0x020, 0);
		w32(0x070, ST_ACK | ST_DRIVER | ST_FEATURES_OK);
		if (!(r32(0x070) & ST_FEATURES_OK))
			return -1;
	} else if (version == 1) {
		w32(0x024, 0);
		w32(0x020, 0);
		w32(0x028, (uint32_t)HAL_PAGE_SIZE);
	} else {
		return -1;
	}
	w32(0x030, 0);
	if (r32(0x034) < QNUM)
		return -1;
	queue = hal_page_alloc();
	if (queue == NULL)
		return -1;
	q = (uint64_t)queue;
	w32(0x038, QNUM);
	if (version == 2) {
		w32(0x080, (uint32_t)q);
		w32(0x084, (uint32_t)(q >> 32));
		w32(0x090, (uint32_t)(q + AVAIL_OFF));
		w32(0x094, (uint32_t)((q + AVAIL_OFF) >> 32));
		w32(0x0a0, (uint32_t)(q + USED_OFF));
		w32(0x0a4, (uint32_t)((q + USED_OFF) >> 32));
		w32(0x044, 1);
	} else {
		w32(0x03c, 64);	/* used ring at USED_OFF, a multiple of 64 */
		w32(0x040, (uint32_t)(q >> 12));
	}
	w32(0x070, r32(0x070) | ST_DRIVER_OK | (version == 2 ? ST_FEATURES_OK : 0));
	return 0;
}

int
hal_entropy_init(void)
{
	if (platform == NULL)
		return -1;
	for (uint32_t i = 0; i < platform->nvirtio; i++) {
		if (setup(platform->virtio[i].base) == 0)
			return 0;
		base = 0;
	}
	return -1;
}

const char *
hal_entropy_source(void)
{
	return queue != NULL ? "virtio-rng" : "none";
}

const uint8_t *
hal_entropy_boot_seed(size_t *len)
{
	*len = platform != NULL ? platform->rng_seed_len : 0;
	return platform != NULL ? platform->rng_seed : NULL;
}

/* One request for up to BUF_MAX bytes; returns the bytes delivered or -1. */
static int
request(uint8_t *out, uint32_t want)
{
	struct vq_desc *d = (struct vq_desc *)(void *)queue;
	volatile uint16_t *avail = (volatile uint16_t *)(void *)(queue + AVAIL_OFF);
	volatile uint16_t *used_idx = (volatile uint16_t *)(void *)(queue + USED_OFF + 2);
	volatile uint32_t *used_ring = (volatile uint32_t *)(void *)(queue + USED_OFF + 4);
	uint64_t deadline = hal_time_now() + hal_time_hz() / 10;
	uint32_t got;

	d[0].addr = (uint64_t)(queue + BUF_OFF);
	d[0].len = want;
	d[0].flags = 2;	/* VIRTQ_DESC_F_WRITE: the device writes it */
	d[0].next = 0;
	avail[2 + avail[1] % QNUM] = 0;
	fence();
	avail[1] = (uint16_t)(avail[1] + 1);
	fence();
	w32(0x050, 0);
	while (*used_idx == last_used)
		if (hal_time_now() > deadline)
			return -1;
	fence();
	got = used_ring[(last_used % QNUM) * 2 + 1];
	last_used++;
	w32(0x064, r32(0x060));	/* acknowledge, though we poll */
	if (got > want)
		got = want;
	base_memcpy(out, queue + BUF_OFF, got);
	return (int)got;
}

int
hal_entropy_read(uint8_t *buf, size_t len)
{
	if (queue == NULL)
		return -1;
	while (len > 0) {
		int n = request(buf, len < BUF_MAX ? (uint32_t)len : BUF_MAX);
		if (n <= 0)
			return -1;
		buf += n;
		len -= (size_t)n;
	}
	return 0;
}
