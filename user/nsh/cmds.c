/*
 * cmds.c: nsh's commands.
 *
 * A line is split at spaces into at most MAX_ARGS words; the first names
 * the command.  Every command checks its arguments and says what is wrong
 * with them; every kernel refusal goes through sh_report, which names the
 * error.  Output that may be long (fibers, ledger, beb) calls sh_breathe
 * per line.  The commands a test or an operator needs to make a fiber
 * misbehave (spin, crash) only start the programs of user/ made for it.
 */
#include <base/fmt.h>
#include <base/mem.h>

#include "nsh.h"

#define MAX_ARGS 8
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

struct cmd {
	const char *name;
	const char *usage;
	const char *help;
	void (*fn)(int argc, char **argv);
};

static struct edit *editor;	/* for history */

/* "12" into *out; false (having said so) if it is not a number below max. */
static bool
parse_num(const char *cmd, const char *s, uint64_t max, uint64_t *out)
{
	unsigned long long v;

	if (base_parse_u64(s, base_strlen(s), &v) != 0 || v > max) {
		nx_printf("%s: '%s' is not a number from 0 to %llu\n", cmd, s, (unsigned long long)max);
		return false;
	}
	*out = v;
	return true;
}

/* A tier's name into *out; false (having said so) when it is not one. */
static bool
parse_tier(const char *cmd, const char *s, uint64_t *out)
{
	for (unsigned t = 0; t < NX_NTIERS; t++) {
		if (base_strcmp(s, show_tier(t)) == 0) {
			*out = t;
			return true;
		}
	}
	nx_printf("%s: unknown tier '%s' (photon, matter, gravity, void)\n", cmd, s);
	return false;
}

static bool
get_sys_info(struct nx_sys_info *si)
{
	int64_t r = nx_sys_info(si, sizeof(*si));

	if (r < 0)
		sh_report("sys_info", r, NULL);
	return r >= 0;
}

static void
cmd_version(int argc, char **argv)
{
	struct nx_sys_info si;

	(void)argc;
	(void)argv;
	if (!get_sys_info(&si))
		return;
	nx_printf("Nexus %.16s (riscv64)\n", si.version);
	nx_printf("nsh, the user-mode shell, fiber %lld, ABI %d\n", (long long)nx_fiber_self(), NX_ABI_VERSION);
}

static void
cmd_mem(int argc, char **argv)
{
	struct nx_sys_info si;

	(void)argc;
	(void)argv;
	if (!get_sys_info(&si))
		return;
	nx_printf("ram:     %llu KiB at 0x%llx\n", (unsigned long long)(si.ram_size >> 10),
	    (unsigned long long)si.ram_base);
	nx_printf("kernel:  %llu KiB (text %llu, rodata %llu, data+bss %llu bytes)\n",
	    (unsigned long long)(si.kernel_size >> 10), (unsigned long long)si.text_size,
	    (unsigned long long)si.rodata_size, (unsigned long long)si.data_size);
	nx_printf("pages:   %llu total, %llu free, %llu in use (4 KiB each)\n", (unsigned long long)si.pages_total,
	    (unsigned long long)si.pages_free, (unsigned long long)(si.pages_total - si.pages_free));
	nx_printf("free:    %llu KiB\n", (unsigned long long)(si.pages_free * 4));
	if (si.pages_corrupt != 0)
		nx_printf("warning: %llu free-list corruptions detected\n", (unsigned long long)si.pages_corrupt);
}

static void
cmd_uptime(int argc, char **argv)
{
	uint64_t us = (uint64_t)nx_time_ns() / 1000;

	(void)argc;
	(void)argv;
	nx_printf("up %llu.%06llu s\n", (unsigned long long)(us / 1000000), (unsigned long long)(us % 1000000));
}

static void
cmd_fibers(int argc, char **argv)
{
	struct nx_sys_info si;

	(void)argc;
	(void)argv;
	if (!get_sys_info(&si))
		return;
	nx_printf("  id gen name             kind   tier     home     state    strikes runs     overruns ticks      "
	          "pledge denied\n");
	for (uint32_t id = 1; id <= NX_FIBER_ID_MAX; id++) {
		struct nx_fiber_info fi;

		/* Only the fibers that exist: asking about a free slot would be
		 * a refused call, and every refusal is a ledger event. */
		if (!(si.fibers & (1ull << (id - 1))) || nx_fiber_info(id, &fi, sizeof(fi)) < 0)
			continue;
		nx_printf("%4u %3u %-16.16s %-6s %-8s %-8s %-8s %7u %-8llu %-8llu %-10llu 0x%03x  %llu\n", fi.id,
		    fi.generation, fi.name, (fi.flags & NX_FIBER_F_KERNEL) ? "kernel" : "user", show_tier(fi.tier),
		    show_tier(fi.home_tier), show_state(fi.state), fi.strikes, (unsigned long long)fi.runs,
		    (unsigned long long)fi.overruns, (unsigned long long)fi.ticks_used, (unsigned)fi.pledge,
		    (unsigned long long)fi.pledge_denied);
		sh_breathe();
	}
}

static void
cmd_caps(int argc, char **argv)
{
	struct nx_fiber_info fi;
	uint64_t id = (uint64_t)nx_fiber_self();
	char what[32], promises[96];
	unsigned shown = 0;
	int64_t r;

	if (argc > 2) {
		nx_printf("usage: caps [ID]\n");
		return;
	}
	if (argc == 2 && !parse_num("caps", argv[1], NX_FIBER_ID_MAX, &id))
		return;
	base_snprintf(what, sizeof(what), "caps %llu", (unsigned long long)id);
	r = nx_fiber_info(id, &fi, sizeof(fi));
	if (r < 0) {
		sh_report(what, r, r == NX_ERR_NOENT ? "no such fiber" : NULL);
		return;
	}
	show_promises(fi.pledge, promises, sizeof(promises));
	nx_printf("fiber %u (%.16s), %s, %s: pledge 0x%03x (%s), %llu calls refused by it\n", fi.id, fi.name,
	    (fi.flags & NX_FIBER_F_KERNEL) ? "kernel" : "user", show_state(fi.state), (unsigned)fi.pledge, promises,
	    (unsigned long long)fi.pledge_denied);
	if (fi.flags & NX_FIBER_F_KERNEL) {
		nx_printf("a kernel fiber runs with the kernel's authority: it has no capability space\n");
		return;
	}
	for (uint32_t s = 0; s < NX_CSPACE_SLOTS; s++) {
		struct nx_cap_info ci;
		char rights[64];

		r = sh_cap_info(id == (uint64_t)nx_fiber_self() ? 0 : (uint32_t)id, s, &ci);
		if (r < 0) {
			sh_report(what, r,
			    r == NX_ERR_PLEDGE ? "another fiber's capabilities are shown only under the ledger promise" : NULL);
			return;
		}
		if (ci.type == 0)
			continue;
		if (shown++ == 0)
			nx_printf("slot type     rights                badge              target\n");
		show_rights(ci.rights, rights, sizeof(rights));
		if (ci.badge != 0)
			nx_printf("%4u %-8s %-21s 0x%-16llx %.32s%s%s\n", s, show_cap_type(ci.type), rights,
			    (unsigned long long)ci.badge, ci.name, (ci.flags & NX_CAPF_OWNER) ? " owner" : "",
			    (ci.flags & NX_CAPF_STALE) ? " stale" : "");
		else
			nx_printf("%4u %-8s %-21s %-18s %.32s%s%s\n", s, show_cap_type(ci.type), rights, "-", ci.name,
			    (ci.flags & NX_CAPF_OWNER) ? " owner" : "", (ci.flags & NX_CAPF_STALE) ? " stale" : "");
		sh_breathe();
	}
	if (shown == 0)
		nx_printf("no capabilities%s\n", fi.state >= NX_FIBER_EXITED ? " (an ended fiber holds none)" : "");
}

/* Whether s is a program name as the bundle allows: [A-Za-z0-9_.-], 1..31 bytes. */
static bool
is_program_name(const char *s)
{
	size_t n = base_strlen(s);

	if (n == 0 || n >= NX_NAME_MAX)
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
		        c == '.' || c == '-'))
			return false;
	}
	return true;
}

/* Starts name in tier; returns the fiber id, or a negative code having reported it. */
static int64_t
start(const char *name, uint64_t tier)
{
	char what[48], why[96];
	int64_t id;

	base_snprintf(what, sizeof(what), "spawn %s", name);
	if (!is_program_name(name)) {
		nx_printf("%s: not a program name (1 to %d of A-Z a-z 0-9 _ . -)\n", what, NX_NAME_MAX - 1);
		return NX_ERR_INVAL;
	}
	id = sh_spawn(name, tier);
	if (id == NX_ERR_NOENT) {
		base_snprintf(why, sizeof(why), "nsh holds no spawn capability for %s ('caps' lists those it holds)", name);
		sh_denied(what, id, why);
	} else if (id < 0) {
		sh_report(what, id, NULL);
	} else {
		nx_printf("spawned fiber %lld\n", (long long)id);
	}
	return id;
}

static void
cmd_spawn(int argc, char **argv)
{
	uint64_t tier = NX_TIER_MANIFEST;

	if (argc < 2 || argc > 3) {
		nx_printf("usage: spawn PROGRAM [photon|matter|gravity|void]\n");
		return;
	}
	if (argc == 3 && !parse_tier("spawn", argv[2], &tier))
		return;
	(void)start(argv[1], tier);
}

static void
cmd_kill(int argc, char **argv)
{
	struct nx_fiber_info fi;
	uint64_t id;
	char what[32], why[96];
	int64_t r;

	if (argc != 2) {
		nx_printf("usage: kill ID\n");
		return;
	}
	if (!parse_num("kill", argv[1], NX_FIBER_ID_MAX, &id))
		return;
	base_snprintf(what, sizeof(what), "kill %llu", (unsigned long long)id);
	if (nx_fiber_info(id, &fi, sizeof(fi)) < 0) {
		sh_report(what, NX_ERR_NOENT, "no such fiber");
		return;
	}
	r = sh_kill((uint32_t)id);
	switch (r) {
	case 0:
		nx_printf("killed fiber %llu (%.16s)\n", (unsigned long long)id, fi.name);
		return;
	case NX_ERR_PERM:
		if (fi.flags & NX_FIBER_F_KERNEL)
			base_snprintf(why, sizeof(why), "fiber %llu (%.16s) is a kernel fiber: no capability reaches it",
			    (unsigned long long)id, fi.name);
		else
			base_snprintf(why, sizeof(why), "nsh holds no spawn capability for %.16s, the program fiber %llu runs",
			    fi.name, (unsigned long long)id);
		sh_report(what, r, why);
		return;
	case NX_ERR_DEAD:
		base_snprintf(why, sizeof(why), "fiber %llu (%.16s) has already ended", (unsigned long long)id, fi.name);
		sh_report(what, r, why);
		return;
	case NX_ERR_INVAL:
		sh_report(what, r, "that is nsh itself");
		return;
	default:
		sh_report(what, r, NULL);
		return;
	}
}

static void
cmd_spin(int argc, char **argv)
{
	uint64_t tier = NX_TIER_PHOTON;
	int64_t id;

	if (argc > 2) {
		nx_printf("usage: spin [photon|matter|gravity|void]\n");
		return;
	}
	if (argc == 2 && !parse_tier("spin", argv[1], &tier))
		return;
	id = start("spin", tier);
	if (id > 0)
		nx_printf("spin spins at %s without a system call: it overruns its budget, earns strikes and is demoted; "
		          "'fibers' and 'ledger' show it, 'kill %lld' ends it\n", show_tier((unsigned)tier), (long long)id);
}

static void
cmd_crash(int argc, char **argv)
{
	static const char *const kinds[] = {"ill", "load", "misalign"};
	char prog[32];

	for (size_t i = 0; argc == 2 && i < COUNT(kinds); i++) {
		if (base_strcmp(argv[1], kinds[i]) == 0) {
			base_snprintf(prog, sizeof(prog), "crash_%s", kinds[i]);
			(void)start(prog, NX_TIER_MANIFEST);
			return;
		}
	}
	nx_printf("usage: crash ill|load|misalign (an illegal instruction, a load from 0, a misaligned atomic)\n");
}

/* Prints the ledger's events from *from on, advancing it; counts what was overwritten in *lost. */
static bool
dump_ledger(uint64_t *from, uint64_t *lost)
{
	struct nx_event ev[16];
	char line[SHOW_LINE_MAX];

	for (;;) {
		int64_t n = sh_ledger_read(*from, ev, COUNT(ev));

		if (n < 0) {
			sh_report("ledger", n, n == NX_ERR_NOENT ? "nsh holds no ledger capability" : NULL);
			return false;
		}
		if (n == 0)
			return true;
		if (ev[0].seq > *from)
			*lost += ev[0].seq - *from;
		for (int64_t i = 0; i < n; i++) {
			show_event(&ev[i], line, sizeof(line));
			nx_printf("%s\n", line);
			sh_breathe();
		}
		*from = ev[n - 1].seq + 1;
	}
}

static void
cmd_ledger(int argc, char **argv)
{
	struct nx_sys_info si;
	uint64_t from, lost = 0, last = 0;
	bool follow = false, have_n = false;

	for (int i = 1; i < argc; i++) {
		if (base_strcmp(argv[i], "-f") == 0)
			follow = true;
		else if (!have_n && parse_num("ledger", argv[i], UINT64_MAX, &last))
			have_n = true;
		else {
			nx_printf("usage: ledger [N] [-f]\n");
			return;
		}
	}
	if (!get_sys_info(&si))
		return;
	from = si.ledger_oldest;
	if (have_n && si.ledger_next > last && si.ledger_next - last > from)
		from = si.ledger_next - last;
	if (!dump_ledger(&from, &lost))
		return;
	if (lost != 0)
		nx_printf("(%llu older events were overwritten)\n", (unsigned long long)lost);
	if (!follow)
		return;
	nx_printf("(following the ledger; press a key to stop)\n");
	for (;;) {
		int c = nsh_getc(200000000);

		if (c >= 0 && c != '\n')
			break;	/* the LF of a CR LF is not a key */
		if (c < 0 && c != NX_ERR_TIMEOUT) {
			sh_report("ledger -f", c, NULL);
			break;
		}
		lost = 0;
		if (!dump_ledger(&from, &lost))
			return;
		if (lost != 0)
			nx_printf("(%llu events were overwritten before they could be shown)\n", (unsigned long long)lost);
	}
	nx_printf("(stopped following)\n");
}

static void
cmd_beb(int argc, char **argv)
{
	struct nx_sys_info si;
	struct nx_beb_record rec[8];
	char line[SHOW_LINE_MAX];
	uint64_t from = 0;

	(void)argc;
	(void)argv;
	if (!get_sys_info(&si))
		return;
	nx_printf("boot error buffer: boot %u, %llu records\n", si.boots, (unsigned long long)si.beb_next);
	for (;;) {
		int64_t n = sh_beb_read(from, rec, COUNT(rec));

		if (n < 0) {
			sh_report("beb", n, n == NX_ERR_NOENT ? "nsh holds no ledger capability" : NULL);
			return;
		}
		if (n == 0)
			return;
		for (int64_t i = 0; i < n; i++) {
			show_beb(&rec[i], line, sizeof(line));
			nx_printf("%s\n", line);
			sh_breathe();
		}
		from = rec[n - 1].seq + 1;
	}
}

static void
cmd_pledge(int argc, char **argv)
{
	struct nx_fiber_info fi;
	uint32_t want = NX_PROMISE_STDIO;
	char text[96];
	int64_t r;

	if (argc == 1) {
		if ((r = nx_fiber_info((uint64_t)nx_fiber_self(), &fi, sizeof(fi))) < 0) {
			sh_report("pledge", r, NULL);
			return;
		}
		show_promises(fi.pledge, text, sizeof(text));
		nx_printf("nsh's pledge: 0x%03x (%s)\n", (unsigned)fi.pledge, text);
		return;
	}
	for (int i = 1; i < argc; i++) {
		uint32_t bit = show_promise_bit(argv[i], base_strlen(argv[i]));
		if (bit == 0) {
			nx_printf("pledge: unknown promise '%s' (stdio rpath wpath inet exec spawn device ledger ipc)\n",
			    argv[i]);
			return;
		}
		want |= bit;
	}
	r = nx_pledge(want);
	if (r < 0) {
		sh_report("pledge", r, r == NX_ERR_PLEDGE ? "a pledge only narrows: nsh does not hold all of those" : NULL);
		return;
	}
	show_promises(want, text, sizeof(text));
	nx_printf("nsh's pledge is now 0x%03x (%s), for good\n", (unsigned)want, text);
}

static void
cmd_history(int argc, char **argv)
{
	unsigned held = editor->nhist < NSH_HISTORY ? editor->nhist : NSH_HISTORY;

	(void)argc;
	(void)argv;
	for (unsigned k = held; k >= 1; k--)
		nx_printf("%4u  %s\n", editor->nhist - k + 1, edit_history(editor, k));
}

static void
cmd_power(int argc, char **argv)
{
	(void)argc;
	nx_printf("%s: not in nsh: no capability grants it (none exists for the machine's power yet); "
	          "boot with shell=kernel for the kernel console's %s (docs/nsh.md)\n", argv[0], argv[0]);
}

static void cmd_help(int argc, char **argv);

static const struct cmd cmds[] = {
	{"help", "help [COMMAND]", "list the commands", cmd_help},
	{"version", "version", "show the kernel version", cmd_version},
	{"mem", "mem", "show memory use", cmd_mem},
	{"uptime", "uptime", "show time since reset", cmd_uptime},
	{"fibers", "fibers", "list the fibers", cmd_fibers},
	{"caps", "caps [ID]", "show a fiber's capabilities and pledge (default: nsh's)", cmd_caps},
	{"spawn", "spawn NAME [tier]", "start a program: spawn NAME [tier]", cmd_spawn},
	{"kill", "kill ID", "end a fiber nsh may start", cmd_kill},
	{"spin", "spin [tier]", "start a fiber that overruns its budget (default photon)", cmd_spin},
	{"crash", "crash ill|load|misalign", "start a fiber that faults", cmd_crash},
	{"ledger", "ledger [N] [-f]", "show the System Truth Ledger (ledger N: the last N; -f: follow)", cmd_ledger},
	{"beb", "beb", "show the Boot Error Buffer, this boot and earlier ones", cmd_beb},
	{"pledge", "pledge [PROMISE...]", "show nsh's pledge, or narrow it for good", cmd_pledge},
	{"history", "history", "list the lines typed (Up and Down recall them)", cmd_history},
	{"poweroff", "poweroff", "the kernel console's (shell=kernel)", cmd_power},
	{"reboot", "reboot", "the kernel console's (shell=kernel)", cmd_power},
};

static void
cmd_help(int argc, char **argv)
{
	if (argc == 2) {
		for (size_t i = 0; i < COUNT(cmds); i++) {
			if (base_strcmp(argv[1], cmds[i].name) == 0) {
				nx_printf("usage: %s\n  %s\n", cmds[i].usage, cmds[i].help);
				return;
			}
		}
		nx_printf("help: no command '%s'\n", argv[1]);
		return;
	}
	for (size_t i = 0; i < COUNT(cmds); i++)
		nx_printf("  %-10s %s\n", cmds[i].name, cmds[i].help);
	nx_printf("keys: Backspace, Left/Right, Home/End (Ctrl-A/E), Up/Down history, Ctrl-U erase line, "
	          "Ctrl-W erase word, Ctrl-K erase to end, Ctrl-C cancel\n");
}

void
cmd_run(char *line, struct edit *e)
{
	char *argv[MAX_ARGS];
	int argc = 0;
	char *p = line;

	editor = e;
	for (;;) {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		if (argc == MAX_ARGS) {
			nx_printf("too many words: at most %d\n", MAX_ARGS);
			return;
		}
		argv[argc++] = p;
		while (*p != '\0' && *p != ' ')
			p++;
		if (*p == ' ')
			*p++ = '\0';
	}
	if (argc == 0)
		return;
	for (size_t i = 0; i < COUNT(cmds); i++) {
		if (base_strcmp(argv[0], cmds[i].name) == 0) {
			cmds[i].fn(argc, argv);
			return;
		}
	}
	nx_printf("%s: unknown command; 'help' lists the commands\n", argv[0]);
}
