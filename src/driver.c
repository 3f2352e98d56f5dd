/* `py2c build` / `py2c run` support: finding the runtime, running the C
 * compiler (fork/exec with an argv, never a shell), the cache directory, and
 * handing over to the built program. */
#include "driver.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

int drv_runtime_paths(const char *argv0, RuntimePaths *out) {
    char top[4096], inc[4096], lib[4096], probe[8192];
    if (!exe_top_dir(argv0, top, sizeof top)) {
        fputs("py2c: error: cannot locate the py2c executable to find its runtime\n", stderr);
        return 2;
    }
    /* A source checkout (<top>/runtime/include, <top>/build/lib), then an
     * install (<prefix>/include, <prefix>/lib). */
    static const char *const layouts[][2] = {{"runtime/include", "build/lib"}, {"include", "lib"}};
    for (size_t i = 0; i < ARRAY_LEN(layouts); i++) {
        if (!join(inc, sizeof inc, top, layouts[i][0]) || !join(lib, sizeof lib, top, layouts[i][1])) continue;
        if (!join(probe, sizeof probe, inc, "py2c.h") || !is_file(probe)) continue;
        if (!join(probe, sizeof probe, lib, RUNTIME_LIB_NAME) || !is_file(probe)) continue;
        strcpy(out->include_dir, inc);
        strcpy(out->lib_dir, lib);
        return 0;
    }
    fprintf(stderr,
            "py2c: error: cannot find py2c's runtime (py2c.h and " RUNTIME_LIB_NAME ") under '%s'\n"
            "  (in a source checkout, run 'make' to build it)\n",
            top);
    return 2;
}

static bool target_supported(BuildTarget target) {
    switch (target) {
    case TARGET_NATIVE: return true;
    case TARGET_WASI:
        fputs("py2c: error: --target wasi is not supported yet\n", stderr);
        return false;
    }
    return false;
}

void drv_print_cflags(const RuntimePaths *rt, BuildTarget target) {
    (void)target; /* WASI flags arrive with the WASI runtime */
    printf("-I%s\n", rt->include_dir);
}

void drv_print_libs(const RuntimePaths *rt, BuildTarget target) {
    (void)target;
    printf("-L%s -lpy2c-runtime -luv -lpthread -lm\n", rt->lib_dir);
}

/* Splits $CC ("ccache gcc", "clang") into words appended to argv. */
static int split_words(char *s, char **argv, int max) {
    int n = 0;
    for (char *tok = strtok(s, " \t"); tok && n < max; tok = strtok(NULL, " \t")) argv[n++] = tok;
    return n;
}

int drv_compile(const RuntimePaths *rt, const char *c_path, const char *out_path, BuildTarget target) {
    if (!target_supported(target)) return 2;
    const char *cc_env = getenv("CC");
    char *cc = xstrdup(cc_env && cc_env[0] ? cc_env : "cc");
    char inc_flag[4200], lib_flag[4200];
    snprintf(inc_flag, sizeof inc_flag, "-I%s", rt->include_dir);
    snprintf(lib_flag, sizeof lib_flag, "-L%s", rt->lib_dir);
    char *argv[64];
    int n = split_words(cc, argv, 16);
    if (n == 0) argv[n++] = "cc";
    const char *rest[] = {"-std=c11", "-O2", inc_flag, c_path, "-o", out_path, lib_flag, "-lpy2c-runtime", "-luv", "-lpthread", "-lm"};
    for (size_t i = 0; i < ARRAY_LEN(rest); i++) argv[n++] = (char *)rest[i];
    argv[n] = NULL;

    int status = 2;
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "py2c: error: cannot start the C compiler: %s\n", strerror(errno));
    } else if (pid == 0) {
        execvp(argv[0], argv);
        fprintf(stderr, "py2c: error: cannot run the C compiler '%s': %s (set CC to choose another)\n", argv[0],
                strerror(errno));
        _exit(127);
    } else {
        int ws;
        while (waitpid(pid, &ws, 0) < 0 && errno == EINTR) {}
        if (WIFEXITED(ws) && WEXITSTATUS(ws) == 0) {
            status = 0;
        } else if (WIFEXITED(ws) && WEXITSTATUS(ws) == 127) {
            /* the child said why */
        } else if (WIFEXITED(ws)) {
            fprintf(stderr, "py2c: error: the C compiler '%s' failed (exit status %d) on '%s'\n", argv[0],
                    WEXITSTATUS(ws), c_path);
        } else {
            fprintf(stderr, "py2c: error: the C compiler '%s' was killed by signal %d on '%s'\n", argv[0],
                    WTERMSIG(ws), c_path);
        }
    }
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
