/*
 * chan.h: channels, the IPC of Nexus.
 *
 * A call channel carries a synchronous call and its reply, each a small
 * message in registers (struct nx_msg: a tag and four words).  The fiber
 * that creates a channel owns it and serves it (chan_recv, chan_reply); any
 * fiber holding a capability with NX_RIGHT_SEND may call it (chan_call).  A call blocks the caller
 * until the reply; if the server is waiting in chan_recv the kernel switches
 * straight to it.  A server that dies wakes every caller with NX_ERR_DEAD; a
 * capability to a channel whose slot was reused fails with NX_ERR_STALE,
 * one its owner revoked with NX_ERR_REVOKED.
 *
 * Channels are named by capability slots (cap.h).  Ring channels carry
 * bulk data through pages shared by the owner and the fibers it hands the
 * channel to (see chan.c).
 */
#pragma once

#include <nexus/abi.h>
#include <stdint.h>

#include "cap.h"

struct fiber;

int64_t chan_create(struct fiber *self, uint64_t kind);
/* timeout_ns: NX_TIMEOUT_POLL fails with NX_ERR_AGAIN unless the server waits. */
int64_t chan_call(struct fiber *self, uint32_t h, const struct nx_msg *m, struct nx_msg *reply, uint64_t timeout_ns);
int64_t chan_recv(struct fiber *self, uint32_t h, uint64_t timeout_ns, struct nx_msg *req);
int64_t chan_reply(struct fiber *self, uint32_t h, const struct nx_msg *m);
/* chan_reply to the call in hand, if any, then chan_recv without a timeout. */
int64_t chan_reply_recv(struct fiber *self, uint32_t h, const struct nx_msg *m, struct nx_msg *req);
int64_t chan_send(struct fiber *self, uint32_t h, const void *ubuf, uint64_t len);
int64_t chan_poll(struct fiber *self, uint32_t h, uint64_t timeout_ns);
int64_t chan_notify(struct fiber *self, uint32_t h);
/* The timer deadline of a timeout (NX_TIMEOUT_FOREVER: UINT64_MAX). */
uint64_t chan_deadline(uint64_t timeout_ns);
/* Whether channel capability c is current: 0, NX_ERR_STALE or NX_ERR_REVOKED. */
int64_t chan_cap_live(const struct cap *c);
/* A channel capability was put into f's slot h: maps its ring there. */
int64_t chan_cap_attach(struct fiber *f, uint64_t h);
/* f drops the channel capability in slot h: the owner's closes the channel. */
void chan_cap_drop(struct fiber *f, uint64_t h);
/* The owner capability in self's slot h revokes every other one. */
int64_t chan_cap_revoke(struct fiber *self, uint64_t h);
/* f exits or faults: its channels die and its callers and servers learn it. */
void chan_fiber_died(struct fiber *f);
/* f's blocking channel operation timed out: take it off the channel. */
void chan_timeout(struct fiber *f);
