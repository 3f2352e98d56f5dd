/* `py2c build` / `py2c run` support: finding the runtime, running the C
 * compiler (fork/exec with an argv, never a shell), the cache directory, and
 * handing over to the built program. */
#include "driver.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common/util.h"

#define RUNTIME_LIB_NAME "libpy2c-runtime.a"

static bool is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* dir + "/" + rest into out; false when it does not fit. */
static bool join(char *out, size_t size, const char *dir, const char *rest) {
    int n = snprintf(out, size, "%s/%s", dir, rest);
    return n >= 0 && (size_t)n < size;
}

/* The directory holding the running executable's directory: <top> for
 * <top>/bin/py2c. */
static bool exe_top_dir(const char *argv0, char *out, size_t size) {
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
    } else {
        char *r = argv0 ? realpath(argv0, NULL) : NULL;
        if (!r || strlen(r) >= sizeof exe) {
            free(r);
            return false;
        }
        strcpy(exe, r);
        free(r);
    }
    for (int i = 0; i < 2; i++) { /* strip "/py2c", then "/bin" */
        char *slash = strrchr(exe, '/');
        if (!slash) return false;
        *slash = '\0';
    }
    if (exe[0] == '\0') strcpy(exe, "/");
    if (strlen(exe) >= size) return false;
    strcpy(out, exe);
    return true;
}

int drv_runtime_paths(const char *argv0, BuildTarget target, RuntimePaths *out) {
    char top[4096], probe[8192];
    RuntimePaths rt;
    if (!exe_top_dir(argv0, top, sizeof top)) {
        fputs("py2c: error: cannot locate the py2c executable to find its runtime\n", stderr);
        return 2;
    }
    /* A source checkout, then an install: include, lib, WASI lib, runner. */
    static const char *const layouts[][4] = {
        {"runtime/include", "build/lib", "build/wasi/lib", "tools/run_wasm.cjs"},
        {"include", "lib", "lib/wasm32-wasi", "share/py2c/run_wasm.cjs"},
    };
    for (size_t i = 0; i < ARRAY_LEN(layouts); i++) {
        if (!join(rt.include_dir, sizeof rt.include_dir, top, layouts[i][0]) ||
            !join(rt.lib_dir, sizeof rt.lib_dir, top, layouts[i][1]) ||
            !join(rt.wasi_lib_dir, sizeof rt.wasi_lib_dir, top, layouts[i][2]) ||
            !join(rt.wasm_runner, sizeof rt.wasm_runner, top, layouts[i][3]))
            continue;
        if (!join(probe, sizeof probe, rt.include_dir, "py2c.h") || !is_file(probe)) continue;
        if (target == TARGET_WASI) {
            if (!join(probe, sizeof probe, rt.wasi_lib_dir, RUNTIME_LIB_NAME) || !is_file(probe)) {
                fprintf(stderr,
                        "py2c: error: cannot find py2c's WASI runtime '%s'\n"
                        "  (in a source checkout, run 'make wasi-runtime' to build it)\n",
                        probe);
                return 2;
            }
        } else if (!join(probe, sizeof probe, rt.lib_dir, RUNTIME_LIB_NAME) || !is_file(probe)) {
            continue;
        }
        *out = rt;
        return 0;
    }
    fprintf(stderr,
            "py2c: error: cannot find py2c's runtime (py2c.h and " RUNTIME_LIB_NAME ") under '%s'\n"
            "  (in a source checkout, run 'make' to build it)\n",
            top);
    return 2;
}

void drv_runtime_lib(const RuntimePaths *rt, BuildTarget target, char *out, unsigned size) {
    snprintf(out, size, "%s/" RUNTIME_LIB_NAME, target == TARGET_WASI ? rt->wasi_lib_dir : rt->lib_dir);
}

/* WASI link flags: runtime/wasi.mk's WASI_LDFLAGS and WASI_LIBS (8 MiB of C
 * stack below the data; main runs as a fiber: py2c-wasi-start.o). */
#define WASI_STACK_FLAG "-Wl,-z,stack-size=8388608"
#define WASI_STACK_FIRST "-Wl,--stack-first"
#define WASI_START_OBJ "py2c-wasi-start.o"

void drv_print_cflags(const RuntimePaths *rt, BuildTarget target) {
    switch (target) {
    case TARGET_NATIVE: printf("-I%s\n", rt->include_dir); return;
    case TARGET_WASI: printf("--target=wasm32-wasi -I%s\n", rt->include_dir); return;
    }
}

void drv_print_libs(const RuntimePaths *rt, BuildTarget target) {
    switch (target) {
    case TARGET_NATIVE: printf("-L%s -lpy2c-runtime -luv -lpthread -lm\n", rt->lib_dir); return;
    case TARGET_WASI:
        /* then: wasm-opt --asyncify ... (docs/wasi.md) */
        printf("--target=wasm32-wasi " WASI_STACK_FLAG " " WASI_STACK_FIRST " %s/" WASI_START_OBJ
               " -L%s -lpy2c-runtime -lwasi-emulated-getpid -lm\n",
               rt->wasi_lib_dir, rt->wasi_lib_dir);
        return;
    }
}

/* Splits $CC ("ccache gcc", "clang") into words appended to argv. */
static int split_words(char *s, char **argv, int max) {
    int n = 0;
    for (char *tok = strtok(s, " \t"); tok && n < max; tok = strtok(NULL, " \t")) argv[n++] = tok;
    return n;
}

/* Runs argv (NULL-terminated; argv[0] searched on PATH) and waits. what names
 * the tool in messages ("the C compiler"), hint says how to get another or
 * install it. Returns 0 when it exits with status 0, else 2 (said why). */
static int run_tool(char **argv, const char *what, const char *hint, const char *on) {
    int status = 2;
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "py2c: error: cannot start %s: %s\n", what, strerror(errno));
    } else if (pid == 0) {
        execvp(argv[0], argv);
        fprintf(stderr, "py2c: error: cannot run %s '%s': %s (%s)\n", what, argv[0], strerror(errno), hint);
        _exit(127);
    } else {
        int ws;
        while (waitpid(pid, &ws, 0) < 0 && errno == EINTR) {}
        if (WIFEXITED(ws) && WEXITSTATUS(ws) == 0) {
            status = 0;
        } else if (WIFEXITED(ws) && WEXITSTATUS(ws) == 127) {
            /* the child said why */
        } else if (WIFEXITED(ws)) {
            fprintf(stderr, "py2c: error: %s '%s' failed (exit status %d) on '%s'\n", what, argv[0],
                    WEXITSTATUS(ws), on);
        } else {
            fprintf(stderr, "py2c: error: %s '%s' was killed by signal %d on '%s'\n", what, argv[0], WTERMSIG(ws),
                    on);
        }
    }
    return status;
}

static const char *env_or(const char *name, const char *def) {
    const char *v = getenv(name);
    return v && v[0] ? v : def;
}

/* clang, wasm-ld (through clang) and wasm-opt, as runtime/wasi.mk's WASI_LINK:
 * compile with -O2, link without -O (clang would run wasm-opt itself and
 * drop the names the Asyncify removelist needs), then wasm-opt --asyncify
 * for a program that can start threads; any other program is linked with
 * stand-ins for the fiber switch and needs no wasm-opt. */
static int compile_wasi(const RuntimePaths *rt, const char *c_path, const char *out_path, bool uses_threads) {
    if (!getenv("WASI_SYSROOT") && !is_file("/usr/include/wasm32-wasi/stdio.h")) {
        fputs("py2c: error: wasi-libc is missing: apt-get install wasi-libc (or set WASI_SYSROOT)\n", stderr);
        return 2;
    }
    char *cc = xstrdup(env_or("WASI_CC", "clang"));
    const char *opt = env_or("WASM_OPT", "wasm-opt");
    size_t len = strlen(out_path) + 16;
    char *obj = xmalloc(len), *raw = xmalloc(len);
    snprintf(obj, len, "%s.py2c.o", out_path);
    snprintf(raw, len, "%s.raw.wasm", out_path);
    char inc_flag[4200], lib_flag[4200], start[4200], sysroot[4200] = "";
    snprintf(inc_flag, sizeof inc_flag, "-I%s", rt->include_dir);
    snprintf(lib_flag, sizeof lib_flag, "-L%s", rt->wasi_lib_dir);
    snprintf(start, sizeof start, "%s/" WASI_START_OBJ, rt->wasi_lib_dir);
    if (getenv("WASI_SYSROOT") && getenv("WASI_SYSROOT")[0])
        snprintf(sysroot, sizeof sysroot, "--sysroot=%s", getenv("WASI_SYSROOT"));
    const char *cc_hint = "apt-get install clang lld, or set WASI_CC";

    char *argv[64];
    int n = split_words(cc, argv, 16);
    if (n == 0) argv[n++] = "clang";
    int base = n;
    const char *compile[] = {"--target=wasm32-wasi", "-std=c11", "-O2", inc_flag, "-c", c_path, "-o", obj};
    for (size_t i = 0; i < ARRAY_LEN(compile); i++) argv[n++] = (char *)compile[i];
    if (sysroot[0]) argv[n++] = sysroot;
    argv[n] = NULL;
    int status = run_tool(argv, "the C compiler", cc_hint, c_path);
    if (status == 0) {
        n = base;
        const char *link[] = {"--target=wasm32-wasi", obj, "-o", uses_threads ? raw : out_path, WASI_STACK_FLAG,
                              WASI_STACK_FIRST, start, lib_flag, "-lpy2c-runtime", "-lwasi-emulated-getpid", "-lm"};
        for (size_t i = 0; i < ARRAY_LEN(link); i++) argv[n++] = (char *)link[i];
        /* runtime/wasi.mk's WASI_LDFLAGS_NOTHREADS: a program that starts no
         * thread gets stand-ins for the fiber switch (py2c-wasi-start.o) and
         * needs no wasm-opt: its module is done. */
        static const char *const nothreads[] = {
            "-Wl,--wrap=py2c__fiber_switch", "-Wl,--wrap=py2c__fiber_resumed", "-Wl,--wrap=py2c__fiber_start_rewind",
            "-Wl,--wrap=py2c__fiber_stop_unwind", "-Wl,--strip-debug"};
        if (!uses_threads)
            for (size_t i = 0; i < ARRAY_LEN(nothreads); i++) argv[n++] = (char *)nothreads[i];
        if (sysroot[0]) argv[n++] = sysroot;
        argv[n] = NULL;
        status = run_tool(argv, "the WebAssembly linker", cc_hint, obj);
    }
    if (status == 0 && uses_threads) {
        /* runtime/wasi.mk: WASI_ASYNCIFY, the fiber switches' instrumentation. */
        n = 0;
        argv[n++] = (char *)opt;
        argv[n++] = "--strip-debug"; /* the runtime's DWARF: 2.3 MB of the module */
        argv[n++] = "--asyncify";
        argv[n++] = "--pass-arg=asyncify-ignore-imports";
        argv[n++] = "--pass-arg=asyncify-removelist@py2c__fiber_loop,__main_void";
        argv[n++] = "-O2";
        argv[n++] = raw;
        argv[n++] = "-o";
        argv[n++] = (char *)out_path;
        argv[n] = NULL;
        status = run_tool(argv, "wasm-opt", "apt-get install binaryen, or set WASM_OPT", raw);
    }
    remove(obj);
    remove(raw);
    free(obj);
    free(raw);
    free(cc);
    return status;
}

int drv_compile(const RuntimePaths *rt, const char *c_path, const char *out_path, BuildTarget target,
                bool uses_threads) {
    switch (target) {
    case TARGET_NATIVE: break;
    case TARGET_WASI: return compile_wasi(rt, c_path, out_path, uses_threads);
    }
    char *cc = xstrdup(env_or("CC", "cc"));
    char inc_flag[4200], lib_flag[4200];
    snprintf(inc_flag, sizeof inc_flag, "-I%s", rt->include_dir);
    snprintf(lib_flag, sizeof lib_flag, "-L%s", rt->lib_dir);
    char *argv[64];
    int n = split_words(cc, argv, 16);
    if (n == 0) argv[n++] = "cc";
    const char *rest[] = {"-std=c11", "-O2", inc_flag, c_path, "-o", out_path, lib_flag, "-lpy2c-runtime", "-luv", "-lpthread", "-lm"};
    for (size_t i = 0; i < ARRAY_LEN(rest); i++) argv[n++] = (char *)rest[i];
    argv[n] = NULL;
    int status = run_tool(argv, "the C compiler", "set CC to choose another", c_path);
    free(cc);
    return status;
}

/* mkdir -p */
static int make_dirs(const char *path) {
    char buf[4096];
    if (strlen(path) >= sizeof buf) return -1;
    strcpy(buf, path);
    for (char *p = buf + 1; *p; p++) {
        if (*p != '/') continue;
        *p = '\0';
        if (mkdir(buf, 0777) != 0 && errno != EEXIST) return -1;
        *p = '/';
    }
    if (mkdir(buf, 0777) != 0 && errno != EEXIST) return -1;
    return 0;
}

int drv_cache_dir(char *out, unsigned size) {
    const char *dir = getenv("PY2C_CACHE_DIR"), *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    int n;
    if (dir && dir[0]) n = snprintf(out, size, "%s", dir);
    else if (xdg && xdg[0]) n = snprintf(out, size, "%s/py2c", xdg);
    else if (home && home[0]) n = snprintf(out, size, "%s/.cache/py2c", home);
    else {
        fputs("py2c: error: no cache directory: set PY2C_CACHE_DIR, XDG_CACHE_HOME or HOME\n", stderr);
        return 2;
    }
    if (n < 0 || (unsigned)n >= size) {
        fputs("py2c: error: the cache directory path is too long\n", stderr);
        return 2;
    }
    if (make_dirs(out) != 0) {
        fprintf(stderr, "py2c: error: cannot create the cache directory '%s': %s\n", out, strerror(errno));
        return 2;
    }
    return 0;
}

/* argv[0..argc) are the program's arguments after FILE.py; the program sees
 * prog as its argv[0]. */
int drv_exec(const char *prog, const char *script, int argc, char **argv) {
    char **args = xmalloc(sizeof(char *) * ((size_t)argc + 2));
    args[0] = (char *)script;
    for (int i = 0; i < argc; i++) args[i + 1] = argv[i];
    args[argc + 1] = NULL;
    fflush(NULL);
    execv(prog, args);
    fprintf(stderr, "py2c: error: cannot run '%s': %s\n", prog, strerror(errno));
    free(args);
    return 2;
}

/* As bin/py2c-wasi-run: the module runs on node's main thread (no worker
 * thread to start, tools/run_wasm.cjs) when the real stack can hold
 * PY2C_WASM_STACK_MB (default 64) MiB: a soft RLIMIT_STACK 16 MiB above
 * that, raised here when the hard limit allows, and V8's limit to match.
 * Writes the --stack-size flag into flag; false: let run_wasm.cjs use a worker. */
static bool wasm_main_stack(char *flag, size_t size) {
    const char *env = env_or("PY2C_WASM_STACK_MB", "64");
    char *end;
    unsigned long mb = strtoul(env, &end, 10);
    if (*end != '\0' || mb == 0 || mb > 4096) return false;
    rlim_t need = (rlim_t)(mb + 16) << 20;
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) != 0) return false;
    if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < need) {
        if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < need) return false;
        rl.rlim_cur = need;
        if (setrlimit(RLIMIT_STACK, &rl) != 0) return false;
    }
    snprintf(flag, size, "--stack-size=%lu", mb * 1024 - 192);
    return true;
}

/* Whether file path contains the bytes of needle (a short text). */
static bool file_contains(const char *path, const char *needle) {
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    size_t len = strlen(needle), have = 0;
    char buf[65536];
    bool found = false;
    for (;;) {
        /* keep the last len - 1 bytes so a match across two reads is seen */
        size_t got = fread(buf + have, 1, sizeof buf - have, f);
        if (got == 0) break;
        have += got;
        for (size_t i = 0; i + len <= have && !found; i++) found = memcmp(buf + i, needle, len) == 0;
        if (found) break;
        if (have >= len) {
            memmove(buf, buf + have - (len - 1), len - 1);
            have = len - 1;
        }
    }
    fclose(f);
    return found;
}

int drv_exec_wasm(const RuntimePaths *rt, const char *prog, const char *script, int argc, char **argv) {
    const char *node = env_or("NODE", "node");
    char **args = xmalloc(sizeof(char *) * ((size_t)argc + 8));
    char stack_flag[64];
    int n = 0;
    args[n++] = (char *)node;
    if (wasm_main_stack(stack_flag, sizeof stack_flag)) args[n++] = stack_flag;
    /* run_wasm.cjs sets it itself otherwise, loading node:v8 (slower start-up) */
    args[n++] = "--no-turbo-fast-api-calls";
    /* a module with fibers (Asyncify) wants V8's tier-up budget raised
     * (tools/run_wasm.cjs says why): on the command line, as bin/py2c-wasi-run */
    if (file_contains(prog, "asyncify_start_rewind")) args[n++] = "--wasm-tiering-budget=100000000";
    args[n++] = (char *)rt->wasm_runner;
    args[n++] = "--argv0";
    args[n++] = (char *)script;
    args[n++] = (char *)prog;
    for (int i = 0; i < argc; i++) args[n++] = argv[i];
    args[n] = NULL;
    fflush(NULL);
    execvp(node, args);
    fprintf(stderr, "py2c: error: cannot run '%s': %s (apt-get install nodejs, or set NODE)\n", node, strerror(errno));
    free(args);
    return 2;
}

char *drv_dir_name(const char *path) {
    const char *slash = strrchr(path, '/');
    if (!slash) return xstrdup("");
    if (slash == path) return xstrdup("/");
    size_t n = (size_t)(slash - path);
    char *d = xmalloc(n + 1);
    memcpy(d, path, n);
    d[n] = '\0';
    return d;
}

/* dir + "/" + name + suffix; just name + suffix for dir "". */
static char *path_in(const char *dir, const char *name, const char *suffix) {
    size_t n = strlen(dir) + strlen(name) + strlen(suffix) + 2;
    char *p = xmalloc(n);
    if (dir[0] == '\0') snprintf(p, n, "%s%s", name, suffix);
    else snprintf(p, n, "%s%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", name, suffix);
    return p;
}

char *drv_find_module(const char *const *dirs, int ndirs, const char *name, bool *is_package) {
    for (int i = 0; i < ndirs; i++) {
        char *p = path_in(dirs[i], name, "/__init__.py");
        if (is_file(p)) {
            *is_package = true;
            return p;
        }
        free(p);
        p = path_in(dirs[i], name, ".py");
        if (is_file(p)) {
            *is_package = false;
            return p;
        }
        free(p);
    }
    return NULL;
}

bool drv_file_newer(const char *a, const char *b) {
    struct stat sa, sb;
    if (stat(a, &sa) != 0 || stat(b, &sb) != 0) return true;
    return sa.st_mtim.tv_sec > sb.st_mtim.tv_sec ||
           (sa.st_mtim.tv_sec == sb.st_mtim.tv_sec && sa.st_mtim.tv_nsec > sb.st_mtim.tv_nsec);
}
