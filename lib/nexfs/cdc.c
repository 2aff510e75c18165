/*
 * cdc.c: FastCDC chunking (see nexfs/cdc.h for the interface).
 *
 * The Gear hash keeps a 64-bit fingerprint fp and, for each byte b, computes
 * fp = (fp << 1) + gear[b].  A byte's table entry is shifted out after 64 more
 * bytes, so once 64 bytes have been hashed fp depends on exactly the last 64
 * bytes: the cut test below is a function of the 64-byte window ending at the
 * candidate position, whatever came before.
 *
 * For a chunk of length L (counting the byte just scanned) the rule is:
 *
 *   L <= min - 64        skipped, not hashed (cut-point skipping)
 *   min - 64 < L < min   hashed, never a cut (fills the window)
 *   min <= L < avg       cut if (fp & mask_s) == 0   strict mask
 *   avg <= L < max       cut if (fp & mask_l) == 0   loose mask
 *   L == max             cut
 *
 * mask_s has log2(avg) + level one-bits and mask_l has log2(avg) - level, so
 * a cut is unlikely before the average and likely soon after it, which packs
 * chunk lengths around the average (normalized chunking).  The n one-bits of
 * a mask sit among the top 48 bits of the word, spread evenly: bit
 * 63 - floor(i * 48 / n) for i = 0 .. n-1.  High bits depend on more of the
 * window than low bits, which would otherwise cut too often on
 * low-entropy data.
 *
 * The table, the masks and this rule are part of the NexFS format; the test
 * vectors in tests/test_cdc.c freeze them.
 */
#include <nexfs/cdc.h>

/*
 * The Gear table: the first 256 outputs of SplitMix64 seeded with
 * 0x4e65784653434443 ("NexFSCDC" in ASCII), where each step adds
 * 0x9e3779b97f4a7c15 to the state s and outputs z = s;
 * z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9; z = (z ^ (z >> 27)) *
 * 0x94d049bb133111eb; z ^ (z >> 31).  tests/test_cdc.c regenerates it.
 */
const uint64_t nexfs_cdc_gear[256] = {
	0x9bc7eb431c871552ULL, 0x2fdbe9a587fe1bf6ULL, 0x4eebfb7fe22c3aa3ULL,
	0x42cfaf2c7b793671ULL, 0x1eb9323aa93c193fULL, 0xa5ca5096db48cca0ULL,
	0x7b3ae4ecc7ce072aULL, 0x9e5146a90ff49d27ULL, 0x3805501f81d85114ULL,
	0x596f9ec0203199ddULL, 0x77063ec89efa53b8ULL, 0x7af1e1b5c77a5e7dULL,
	0x3febf1dea9e69e4dULL, 0x7f865882bcc36c99ULL, 0xaded195042ba6ef4ULL,
	0xa1940bec8b74f02dULL, 0xcc9429cb91f052a4ULL, 0x5855127caecda7aaULL,
	0xc24077da13f013e5ULL, 0xc1fa7d2b9cd708e2ULL, 0x9c4b581a495148f5ULL,
	0x4fe91370cc6b7348ULL, 0xaf2f4579a4c68da9ULL, 0x495e331a856181b8ULL,
	0x0cb9cf776459bd8fULL, 0x7b731fda43017ee5ULL, 0x8b33caebbc3606bbULL,
	0x772b464b83d4f6dbULL, 0x8bce6a6450658f86ULL, 0x485d54475a55a753ULL,
	0xca64b3e4820646d4ULL, 0xf516804602dee5f1ULL, 0x29663037598c75f4ULL,
	0x41e044655f1540a1ULL, 0xe43ba7ba556986c3ULL, 0x0ab385bbb405c401ULL,
	0xaebb4465c7527921ULL, 0x2eef73fec9b0f521ULL, 0x34cf2ce02b94d737ULL,
	0xd468b2d4da08b181ULL, 0x0a57215cc6e618c6ULL, 0xfd43ec5880fb1a53ULL,
	0x1018b5b851f5c78aULL, 0x412c7b7f9ef0d46dULL, 0x5d588152d0ceac85ULL,
	0xc2c4d7f92090f2d9ULL, 0xaec04100d309a7e3ULL, 0xe26e6dd2b2177367ULL,
	0xad96bb02aa3355c1ULL, 0x5eb4740e23d18259ULL, 0xc75ac70a42476776ULL,
	0x11cbeb059c0eb3acULL, 0x89592a988c525c90ULL, 0x155f5adcdf7b41e9ULL,
	0x8ff5a9f5b91d8796ULL, 0xe363bcaae752148bULL, 0xb475b072d312c4f1ULL,
	0x5c7e9fa37a540717ULL, 0xb2fa8b1a364acbd1ULL, 0x82982391d87763b0ULL,
	0x3978271fb61af168ULL, 0x7e4cf7ef531f4016ULL, 0x767938f12fde63b3ULL,
	0x3eb4edeeff532516ULL, 0x630b9e99493a3fbcULL, 0x4aa4ac50924db267ULL,
	0x49e0818614704b1dULL, 0x7b18c20f6a6a191cULL, 0x94dfcf6b8671ebf8ULL,
	0x8ff3b38e46ff841cULL, 0xf88490ad2d1ac561ULL, 0x1db00414f9c2878cULL,
	0xc5d2df14b319d2e2ULL, 0x05c35c8a8534b4d9ULL, 0x831df4ca88dd7c2bULL,
	0x59e8a0f421cedfe1ULL, 0x6e665aced00e49efULL, 0xb9ebfcbd546cb64bULL,
	0x0830298e62873dbeULL, 0x48dfa7a8904d97cdULL, 0x53c08d693ad88d86ULL,
	0x1b733ac53674f2e6ULL, 0xc3088dc75fc028efULL, 0xee27d810042111edULL,
	0xf1099d169ffffb93ULL, 0xe6b73d055726c5ffULL, 0x0115b624460256eaULL,
	0xf27647114b292fe7ULL, 0x149444c91260e20eULL, 0x598f6c581b879cb0ULL,
	0xfe9c393a83e8645cULL, 0xea975b86e836f624ULL, 0x82e8b4fe26990fa3ULL,
	0x3f20219ade182977ULL, 0xfd70619f36d5fb8cULL, 0xe772db311334931fULL,
	0xe544feb9dfbcb414ULL, 0x9237581206dcd41eULL, 0x3b0c893214327e04ULL,
	0xf70a8cd62adf84d7ULL, 0x318646af0643674aULL, 0xfe94836506a6d1f9ULL,
	0xac34fb1dbc08a6c6ULL, 0x2ace606c6d8f1bc1ULL, 0x66dcafd4026bb130ULL,
	0xb159bd41cf626daaULL, 0xb9ad430cbeda9679ULL, 0x799e2606793eeefdULL,
	0xdb55801fc6abdaacULL, 0x886713f2671f892bULL, 0xc17182a1a57ee78dULL,
	0xaf382cd49fbd7919ULL, 0x6d3b88839816295bULL, 0x8099d515922102d6ULL,
	0x4a5415c48fa3a2c4ULL, 0x622de2d84ea088ccULL, 0xdcaffdd7db1270d6ULL,
	0xc91c426a71fb3b0dULL, 0x0869deec2bbc285aULL, 0x6a098c9ff7f4375fULL,
	0xfe35be4b6f283f59ULL, 0x1948e152bdb9f29cULL, 0x0e2099b0bfc83bdaULL,
	0x332e81d4b152524fULL, 0x098a065e5db9a4dbULL, 0x9593afe561e17372ULL,
	0xddbec9da6f9d4ac2ULL, 0x237c034f0e8c6865ULL, 0xec2f1187643f16caULL,
	0x343bffe603278fadULL, 0x305f4d96c055981bULL, 0xbb3944971827da88ULL,
	0xfd79ab15af98e486ULL, 0x4f7c1c4356df2dffULL, 0xe6adee7d99c1ccb0ULL,
	0xc974e69aa5d65781ULL, 0x2115642d87c34061ULL, 0x97926b64ba19ca3bULL,
	0xa783c08b7415334eULL, 0xd5d8d65dd34f3d46ULL, 0x7c1f2e76f446df59ULL,
	0xecd3ebabc74ee90dULL, 0x79979904c0204022ULL, 0xf2b015a38d816fabULL,
	0x3e6b278963eb56baULL, 0x73077e5b50435586ULL, 0x802607a91f68f4e7ULL,
	0xb637d0808373df3bULL, 0x953ace834ed0aa63ULL, 0x631df36258ad7c75ULL,
	0xcd63757a50d4eb69ULL, 0xac72f4845dce02e9ULL, 0xcab22ae6992ffa1aULL,
	0x5c8d0248a466fae6ULL, 0x84c4e3a33d09c562ULL, 0x772961588a8b6759ULL,
	0x294d52cd2293ba98ULL, 0x637761091fda35dfULL, 0x5d12d0d0d7ca758aULL,
	0xd8a5a18ff38d6b46ULL, 0x222e2fe5ccb39765ULL, 0x724d02cf764149edULL,
	0x540e7b8ba8b80644ULL, 0x9569ba70abda5c1cULL, 0x2eab8a11510f93e9ULL,
	0x9c4ae2be300cb60fULL, 0x2039b4a0a488fed5ULL, 0x9601782dc25b7079ULL,
	0x37aa50bf5cb8e7adULL, 0xacbc08082ff27592ULL, 0x81bf704b7bd3c5d6ULL,
	0xd6f16c3633a194c9ULL, 0x2dcf8bde95a2dd50ULL, 0x9ad2876b79d58af5ULL,
	0x4dc79b113838833aULL, 0xf5f60f5a1d065deeULL, 0x0702ff9d33e47315ULL,
	0xa0b9bf79c0976af8ULL, 0xedee0d7aa135e116ULL, 0xa312928745a22d8aULL,
	0x73f554d39efd9d9eULL, 0x08e179b297b962a0ULL, 0x3cc1eeace753cd2dULL,
	0x9b86416a46135835ULL, 0x3631418784d21ff6ULL, 0x4cb0b166fa21019aULL,
	0x14c22165e100c3d6ULL, 0x1b4efa7a14672496ULL, 0x50d5999096b66405ULL,
	0xecde8901a77b71a0ULL, 0x513649c9a225d416ULL, 0x7abbb88fd7aaab1aULL,
	0xbf83188bdef259c5ULL, 0x9809837e9851fc6aULL, 0x72b29f3993c3ef0dULL,
	0xd3fdb20b60026788ULL, 0x6a1febe08c4dc3e7ULL, 0x70c7c4f230ddfe26ULL,
	0x1ce7d56eaf3762e2ULL, 0xd71412a5c0353eedULL, 0x3cefa521984eb459ULL,
	0xc5faac5d5e4a2318ULL, 0x054d7ff070229d88ULL, 0xf77fd23abe4f1aa3ULL,
	0x289599d565c892d3ULL, 0x417137717b0ad608ULL, 0x48addde1733c085aULL,
	0x930f36b641c401e1ULL, 0xdb63d1b8287275f3ULL, 0x68bde610698f9741ULL,
	0xa0cf0ecb267f84cfULL, 0xff188597f3e8c7e9ULL, 0x4d187d29f688cbceULL,
	0x8a37063bf58be620ULL, 0x6818883bfc76efa6ULL, 0xf2b4f4f6b8cdab1bULL,
	0x4bfe937467a67c9dULL, 0x996775f62a5f0217ULL, 0xc5c06644045b9b89ULL,
	0x020aa2852ee68382ULL, 0x180deb0e58534706ULL, 0xb41e58b9ddc70104ULL,
	0xab67088099f30d87ULL, 0xf74a2539cfe84d74ULL, 0xd4441c2a5e3a230dULL,
	0x38bbd0d45ba764c1ULL, 0xc38423338ea42cf5ULL, 0x2dd098df62b568e0ULL,
	0x6b25e54c51bf206fULL, 0x3811d49d5d207f6dULL, 0x6ad667e4d2339eedULL,
	0xb11e5900081991a3ULL, 0xfbd75c11c7af4992ULL, 0x4f41736e30801697ULL,
	0xaed8c533ca6016b0ULL, 0xb78c211713cf920aULL, 0x26d1eb92a4aba1e0ULL,
	0x311972b596291c4cULL, 0x4db3f895454c2623ULL, 0xb6343653ff6e8625ULL,
	0x227a7634338a45fbULL, 0xe775db0c753d8c15ULL, 0x07ab5ea52a3a9aa3ULL,
	0xd208847290eeba93ULL, 0x196ea8bc19542c5eULL, 0x745618dffcff19b8ULL,
	0xbc522f7a0cf7220bULL, 0x8be72f129cd5d8deULL, 0xb130e5147cf42416ULL,
	0x1d6ecb4ce77a2d93ULL, 0xa97ba38b0b22803aULL, 0x89c8afe7ce0619e0ULL,
	0x316baf71fdf27bb7ULL, 0x343ccc25548f6fd0ULL, 0x1ff891231894be07ULL,
	0xd51b6dcf817afc69ULL,
};

/* Width of the hash window in bytes, the width of the fingerprint in bits. */
#define CDC_WINDOW 64u
/* The mask bits are spread over this many of the fingerprint's top bits. */
#define CDC_SPAN 48u

static unsigned int
log2_u32(uint32_t v)
{
	unsigned int n = 0;

	while (v > 1) {
		v >>= 1;
		n++;
	}
	return n;
}

/* A mask of nbits one-bits (1 <= nbits <= CDC_SPAN), spread as above. */
static uint64_t
cdc_mask(unsigned int nbits)
{
	uint64_t mask = 0;
	unsigned int i;

	for (i = 0; i < nbits; i++)
		mask |= (uint64_t)1 << (63u - (i * CDC_SPAN) / nbits);
	return mask;
}

void
nexfs_cdc_params_default(struct nexfs_cdc_params *p)
{
	p->min_size = NEXFS_CDC_DEFAULT_MIN;
	p->avg_size = NEXFS_CDC_DEFAULT_AVG;
	p->max_size = NEXFS_CDC_DEFAULT_MAX;
	p->level = NEXFS_CDC_DEFAULT_LEVEL;
}

int
nexfs_cdc_params_check(const struct nexfs_cdc_params *p)
{
	if (p == NULL)
		return NEXFS_CDC_EINVAL;
	if (p->min_size < NEXFS_CDC_MIN_LIMIT || p->min_size > p->avg_size ||
	    p->avg_size > p->max_size || p->min_size >= p->max_size ||
	    p->max_size > NEXFS_CDC_MAX_LIMIT)
		return NEXFS_CDC_EINVAL;
	if (p->avg_size < NEXFS_CDC_AVG_LIMIT ||
	    (p->avg_size & (p->avg_size - 1)) != 0)
		return NEXFS_CDC_EINVAL;
	if (p->level > NEXFS_CDC_LEVEL_LIMIT)
		return NEXFS_CDC_EINVAL;
	return 0;
}

int
nexfs_cdc_init(struct nexfs_cdc *cdc, const struct nexfs_cdc_params *p)
{
	unsigned int bits;
	int err;

	err = nexfs_cdc_params_check(p);
	if (err)
		return err;
	/* Within the limits, bits - level >= 5 and bits + level <= 29. */
	bits = log2_u32(p->avg_size);
	cdc->mask_s = cdc_mask(bits + p->level);
	cdc->mask_l = cdc_mask(bits - p->level);
	cdc->min_size = p->min_size;
	cdc->avg_size = p->avg_size;
	cdc->max_size = p->max_size;
	nexfs_cdc_reset(cdc);
	return 0;
}

void
nexfs_cdc_reset(struct nexfs_cdc *cdc)
{
	cdc->fp = 0;
	cdc->pos = 0;
}

uint32_t
nexfs_cdc_pending(const struct nexfs_cdc *cdc)
{
	return cdc->pos;
}

static size_t
min_size_t(size_t a, size_t b)
{
	return a < b ? a : b;
}

/*
 * Hashes and tests bytes while the chunk length stays below end, with the
 * given mask (0 means no test).  Returns the number of bytes consumed; sets
 * *cut when the last of them ends the chunk.
 */
static size_t
cdc_run(struct nexfs_cdc *cdc, const uint8_t *p, size_t len, uint32_t end,
    uint64_t mask, bool *cut)
{
	uint64_t fp = cdc->fp;
	size_t i, n;

	/* Chunk lengths pos + 1 .. end - 1 are handled here. */
	n = min_size_t(len, (size_t)(end - 1u - cdc->pos));
	if (mask == 0) {
		for (i = 0; i < n; i++)
			fp = (fp << 1) + nexfs_cdc_gear[p[i]];
	} else {
		/*
		 * Four bytes a round with one branch, as a cut is rare; the
		 * round that holds a cut is redone a byte at a time below.
		 * g0..g3 are the Gear sums of the round's bytes alone, so each
		 * fingerprint is fp shifted plus a term that does not wait for
		 * fp: the dependency chain is one step a round, not four.
		 */
		for (i = 0; i + 4 <= n; i += 4) {
			uint64_t g0 = nexfs_cdc_gear[p[i]];
			uint64_t g1 = (g0 << 1) + nexfs_cdc_gear[p[i + 1]];
			uint64_t g2 = (g1 << 1) + nexfs_cdc_gear[p[i + 2]];
			uint64_t g3 = (g2 << 1) + nexfs_cdc_gear[p[i + 3]];
			uint64_t f1, f2, f3, f4;

			f1 = (fp << 1) + g0;
			f2 = (fp << 2) + g1;
			f3 = (fp << 3) + g2;
			f4 = (fp << 4) + g3;
			if (((f1 & mask) == 0) | ((f2 & mask) == 0) |
			    ((f3 & mask) == 0) | ((f4 & mask) == 0))
				break;
			fp = f4;
		}
		for (; i < n; i++) {
			fp = (fp << 1) + nexfs_cdc_gear[p[i]];
			if ((fp & mask) == 0) {
				i++;
				*cut = true;
				break;
			}
		}
	}
	cdc->fp = fp;
	cdc->pos += (uint32_t)i;
	return i;
}

bool
nexfs_cdc_scan(struct nexfs_cdc *cdc, const void *buf, size_t len,
    size_t *used)
{
	const uint8_t *p = buf;
	uint32_t skip_end = cdc->min_size - CDC_WINDOW;
	bool cut = false;
	size_t i = 0, n;

	/* Lengths up to min - 64: not hashed. */
	if (cdc->pos < skip_end) {
		n = min_size_t(len, (size_t)(skip_end - cdc->pos));
		cdc->pos += (uint32_t)n;
		i += n;
	}
	/* Lengths min - 63 .. min - 1: fill the window. */
	if (i < len && cdc->pos + 1u < cdc->min_size)
		i += cdc_run(cdc, p + i, len - i, cdc->min_size, 0, &cut);
	/* Lengths min .. avg - 1: strict mask. */
	if (i < len && cdc->pos + 1u < cdc->avg_size)
		i += cdc_run(cdc, p + i, len - i, cdc->avg_size, cdc->mask_s,
		    &cut);
	/* Lengths avg .. max - 1: loose mask. */
	if (!cut && i < len && cdc->pos + 1u < cdc->max_size)
		i += cdc_run(cdc, p + i, len - i, cdc->max_size, cdc->mask_l,
		    &cut);
	/* Length max: always a cut. */
	if (!cut && i < len && cdc->pos + 1u == cdc->max_size) {
		cdc->pos++;
		i++;
		cut = true;
	}
	*used = i;
	if (cut)
		nexfs_cdc_reset(cdc);
	return cut;
}

size_t
nexfs_cdc_chunk_len(struct nexfs_cdc *cdc, const void *buf, size_t len)
{
	size_t used;

	nexfs_cdc_reset(cdc);
	(void)nexfs_cdc_scan(cdc, buf, len, &used);
	nexfs_cdc_reset(cdc);
	return used;
}
