/* version.h: the kernel's version; bumped with each release. */
#pragma once

#define NEXUS_VERSION "0.1.0"
