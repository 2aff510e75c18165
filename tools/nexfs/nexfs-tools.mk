# tools/nexfs: the nexfs CLI and nexfs-fuse, host programs over lib/nexfs
# (see docs/nexfs-tools.md).  Both share the image-file flash device and the
# host services in tools/nexfs/{flash_image,volume,util,progress}.c.

NEXFS_TOOLS_COMMON := tools/nexfs/flash_image.c tools/nexfs/volume.c \
                      tools/nexfs/util.c tools/nexfs/progress.c
NEXFS_TOOLS_ARCHIVES := $(B)/host/lib/libnexfs.a $(B)/host/lib/libcrypto.a \
                        $(B)/host/lib/libbase.a
NEXFS_FUSE_CFLAGS := $(shell pkg-config --cflags fuse3 2>/dev/null)
NEXFS_FUSE_LIBS   := $(or $(shell pkg-config --libs fuse3 2>/dev/null),-lfuse3)

# Unit test of the image-file flash device (flash rules, footer, bad blocks).
HOST_TESTS += $(B)/host/tests/tools/test_flash_image
$(B)/host/tests/tools/test_flash_image: tests/tools/test_flash_image.c \
		$(call host_objs,tools/nexfs/flash_image.c) \
		$(B)/host/lib/libcrypto.a $(B)/host/lib/libbase.a
	@mkdir -p $(dir $@)
	$(HCC) $(HCFLAGS) -Itools/nexfs $< $(filter %.o,$^) -o $@ $(HLDFLAGS) \
		$(B)/host/lib/libcrypto.a $(B)/host/lib/libbase.a
