/*
 * chan.h: channels, the IPC of Nexus.
 *
 * A call channel carries a synchronous call and its reply, each a small
 * message in registers (struct nx_msg: a tag and four words).  The fiber
 * that creates a channel owns it and serves it (chan_recv, chan_reply); any
 * fiber holding a handle may call it (chan_call).  A call blocks the caller
 * until the reply; if the server is waiting in chan_recv the kernel switches
 * straight to it.  A server that dies wakes every caller with NX_ERR_DEAD; a
 * handle to a channel whose slot was reused fails with NX_ERR_STALE.
 *
 * Handles are per-fiber numbers (0..FIBER_HANDLES-1) and are inherited by
 * spawned fibers; capability spaces will replace them.  Ring channels carry
 * bulk data through pages shared by the owner and the fibers it hands the
 * channel to (see chan.c).
 */
#pragma once

#include <nexus/abi.h>
#include <stdint.h>

struct fiber;

int64_t chan_create(struct fiber *self, uint64_t kind);
/* timeout_ns: NX_TIMEOUT_POLL fails with NX_ERR_AGAIN unless the server waits. */
int64_t chan_call(struct fiber *self, uint32_t h, const struct nx_msg *m, struct nx_msg *reply, uint64_t timeout_ns);
int64_t chan_recv(struct fiber *self, uint32_t h, uint64_t timeout_ns, struct nx_msg *req);
int64_t chan_reply(struct fiber *self, uint32_t h, const struct nx_msg *m);
/* chan_reply to the call in hand, if any, then chan_recv without a timeout. */
int64_t chan_reply_recv(struct fiber *self, uint32_t h, const struct nx_msg *m, struct nx_msg *req);
int64_t chan_close(struct fiber *self, uint32_t h);
int64_t chan_send(struct fiber *self, uint32_t h, const void *ubuf, uint64_t len);
int64_t chan_poll(struct fiber *self, uint32_t h, uint64_t timeout_ns);
int64_t chan_notify(struct fiber *self, uint32_t h);
/* A new fiber got its parent's handles: map their rings into it. */
void chan_inherit(struct fiber *child);
/* f exits or faults: its channels die and its callers and servers learn it. */
void chan_fiber_died(struct fiber *f);
/* f's blocking channel operation timed out: take it off the channel. */
void chan_timeout(struct fiber *f);
