/*
 * test_nexfs_compress.c: per-file zstd compression through an injected
 * codec (libzstd on the host), with the XXH3 check of the compressed bytes
 * verified before decompression.
 */
#include "nexfs_test.h"
#include "nexfs_check.h"
#include "nexfs_zstd.h"

int
main(void)
{
	static uint8_t text[64 * 1024], back[64 * 1024];
	struct nexfs_attr attr = { 0, 3, 0 };
	struct nexfs_mem_report rep;
	struct nexfs_info info;
	struct nexfs_stat st;
	struct tfs t;
	uint64_t p0, p1, p2;
	size_t got;
	uint32_t b;

	for (size_t i = 0; i < sizeof(text); i++)
		text[i] = (uint8_t)"the quick brown fox jumps over the lazy dog\n"[i % 44] ^
		    (uint8_t)(i / 4096 == 3 ? i : 0);
	tfs_init(&t, 256, 4096, 256, NEXFS_FLASH_NOR);
	tap_ok(nexfs_mem_required(&t.geo, &rep) == 0 && rep.buffer_bytes_codec > rep.buffer_bytes,
	    "memory report gives the size with a codec (%zu)", rep.buffer_bytes_codec);

	/* A codec but the plain buffer size: compression unavailable. */
	t.cfg.codec = &zops;
	(void)nexfs_format(&t.cfg, NULL);
	(void)nexfs_mount(&t.fs, &t.cfg);
	(void)tfs_put(&t, "/plain", "plain", 5);	/* not the text: /z would share it */
	tap_ok(nexfs_setattr(&t.fs, "/plain", &attr, NEXFS_ATTR_COMPRESS) == NEXFS_ERR_UNSUPPORTED,
	    "no codec buffer: compression unsupported");
	(void)nexfs_unmount(&t.fs);

	free(t.buf);
	t.buf = aligned_alloc(16, rep.buffer_bytes_codec);
	t.cfg.buffer = t.buf;
	t.cfg.buffer_size = rep.buffer_bytes_codec;
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == 0, "mount with the codec buffer");
	(void)tfs_put(&t, "/z", "", 0);
	tap_ok(nexfs_setattr(&t.fs, "/z", &attr, NEXFS_ATTR_COMPRESS) == 0, "set zstd level 3");
	p0 = t.emu.bytes_programmed;
	tap_ok(tfs_put(&t, "/z", text, sizeof(text)) == 0, "write 64 KiB of text");
	p1 = t.emu.bytes_programmed;
	tap_ok(tfs_put(&t, "/plain", text, sizeof(text)) == 0, "same into an uncompressed file");
	p2 = t.emu.bytes_programmed;
	tap_diag("bytes programmed: compressed file %llu, plain file %llu",
	    (unsigned long long)(p1 - p0), (unsigned long long)(p2 - p1));
	/*
	 * Both pay the same tree and dedup-index updates per chunk (the plain
	 * file does not share the compressed copies: it must read without the
	 * codec), so the difference is the data.
	 */
	tap_ok(p2 - p1 >= p1 - p0 + sizeof(text) * 3 / 4,
	    "compression programs far fewer bytes: most of the 64 KiB of data");
	tap_ok(tfs_get(&t, NEXFS_LIVE, "/z", back, sizeof(back), &got) == 0 &&
	    got == sizeof(text) && memcmp(back, text, sizeof(text)) == 0, "reads back");
	tap_ok(nexfs_stat(&t.fs, "/z", &st) == 0 && st.compress == 3, "stat shows the level");
	tap_ok(nexfs_info(&t.fs, &info) == 0 && (info.features & NEXFS_FEAT_INCOMPAT_COMPRESS),
	    "COMPRESS feature set on the volume");
	tap_ok(nexfs_tune(&t.fs, 0, NEXFS_FEAT_INCOMPAT_COMPRESS) == NEXFS_ERR_BUSY,
	    "cannot tune COMPRESS off once used");
	tap_ok(nexfs_check(&t.fs) == 0, "refcounts consistent");
	(void)nexfs_unmount(&t.fs);
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == 0 &&
	    tfs_get(&t, NEXFS_LIVE, "/z", back, sizeof(back), &got) == 0 &&
	    memcmp(back, text, sizeof(text)) == 0, "remount and read");

	/* Damage a compressed block: the XXH3 check catches it first. */
	{
		uint8_t first[16];
		size_t zn = ZSTD_compress(back, sizeof(back), text, 4096, 3);

		memcpy(first, back, sizeof(first));
		for (b = 0; b < 256; b++)
			if (zn < 4096 && memcmp(t.mem + (size_t)b * 4096, first, sizeof(first)) == 0)
				break;
		tap_ok(b < 256, "compressed block found on flash");
		nexfs_emu_flip(&t.emu, b, 20, 4);
		tap_ok(tfs_get(&t, NEXFS_LIVE, "/z", back, sizeof(back), &got) == NEXFS_ERR_CORRUPT,
		    "flipped compressed byte: CORRUPT, no data");
		nexfs_emu_flip(&t.emu, b, 20, 4);
	}
	(void)nexfs_unmount(&t.fs);

	/* Without a codec the data is refused, not returned. */
	t.cfg.codec = NULL;
	tap_ok(nexfs_mount(&t.fs, &t.cfg) == 0, "mount without a codec");
	tap_ok(tfs_get(&t, NEXFS_LIVE, "/z", back, sizeof(back), &got) == NEXFS_ERR_UNSUPPORTED,
	    "compressed file without codec: UNSUPPORTED");
	tap_ok(tfs_get(&t, NEXFS_LIVE, "/plain", back, sizeof(back), &got) == 0,
	    "plain file still readable");
	(void)nexfs_unmount(&t.fs);
	tfs_free(&t);
	return tap_done();
}
