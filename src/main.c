/* py2c command line: the only file that calls every phase.
 *
 *   py2c FILE.py [-o OUT.c] [--emit=c|ast|ir] [--diagnostics=text|json]
 *   py2c build FILE.py [-o PROG] [--target native|wasi]
 *   py2c run FILE.py [ARGS...]
 *   py2c --cflags | --libs [--target native|wasi]
 *
 * Exit status: 0 success, 1 errors in the input, 2 usage or I/O problems. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/diag.h"
#include "common/util.h"
#include "driver.h"
#include "emit/emit.h"
#include "frontend/frontend.h"
#include "ir/ast_json.h"
#include "lower/lower.h"

#ifndef PY2C_VERSION
#define PY2C_VERSION "0.0.0"
#endif

enum { EXIT_INPUT_ERROR = 1, EXIT_USAGE = 2 };

typedef enum Command { CMD_TRANSPILE, CMD_BUILD, CMD_RUN, CMD_CFLAGS, CMD_LIBS } Command;
typedef enum EmitKind { EMIT_C, EMIT_AST, EMIT_IR } EmitKind;

typedef struct Options {
    Command command;
    const char *input;
    const char *output;
    EmitKind emit;
    bool json_diagnostics;
    BuildTarget target;
    int prog_argc;     /* `run`: arguments after FILE.py */
    char **prog_argv;
} Options;

static const char usage_text[] =
    "usage: py2c FILE.py [-o OUT.c] [--emit=c|ast|ir] [--diagnostics=text|json]\n"
    "       py2c build FILE.py [-o PROG] [--target native|wasi]\n"
    "       py2c run FILE.py [ARGS...]\n"
    "       py2c --cflags | --libs [--target native|wasi]\n"
    "\n"
    "Transpiles a Python 3 program into C11 that links against py2c's runtime.\n"
    "\n"
    "options:\n"
    "  -o FILE               output file ('-' for stdout); default FILE.c, or FILE for build\n"
    "  --emit=c|ast|ir       what to write: C (default), the AST as JSON, or the lowered IR (text)\n"
    "  --diagnostics=text|json  how to print errors (default text, coloured on a terminal\n"
    "                        unless NO_COLOR is set)\n"
    "  --target native|wasi  what `build`, `--cflags` and `--libs` are for (default native)\n"
    "  --version             print the version and exit\n"
    "  -h, --help            print this help and exit\n"
    "\n"
    "exit status: 0 success, 1 errors in the input, 2 usage or I/O problems\n";

static int usage_error(const char *fmt, const char *arg) {
    fputs("py2c: error: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\n(run 'py2c --help' for usage)\n", stderr);
    return EXIT_USAGE;
}

static int parse_target(const char *s, BuildTarget *t) {
    if (strcmp(s, "native") == 0) *t = TARGET_NATIVE;
    else if (strcmp(s, "wasi") == 0) *t = TARGET_WASI;
    else return usage_error("unknown target '%s' (expected native or wasi)", s);
    return 0;
}

/* Returns -1 to continue, otherwise an exit status. */
static int parse_args(int argc, char **argv, Options *o) {
    int i = 1;
    if (argc > 1 && strcmp(argv[1], "build") == 0) o->command = CMD_BUILD, i = 2;
    else if (argc > 1 && strcmp(argv[1], "run") == 0) o->command = CMD_RUN, i = 2;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage_text, stdout);
            return 0;
        } else if (strcmp(a, "--version") == 0) {
            printf("py2c %s\n", PY2C_VERSION);
            return 0;
        } else if (strcmp(a, "-o") == 0) {
            if (++i == argc) return usage_error("%s needs a file name", a);
            o->output = argv[i];
        } else if (strncmp(a, "-o", 2) == 0 && a[2]) {
            o->output = a + 2;
        } else if (strncmp(a, "--emit=", 7) == 0) {
            if (strcmp(a + 7, "c") == 0) o->emit = EMIT_C;
            else if (strcmp(a + 7, "ast") == 0) o->emit = EMIT_AST;
            else if (strcmp(a + 7, "ir") == 0) o->emit = EMIT_IR;
            else return usage_error("unknown --emit kind '%s' (expected c, ast or ir)", a + 7);
        } else if (strncmp(a, "--diagnostics=", 14) == 0) {
            if (strcmp(a + 14, "text") == 0) o->json_diagnostics = false;
            else if (strcmp(a + 14, "json") == 0) o->json_diagnostics = true;
            else return usage_error("unknown --diagnostics format '%s' (expected text or json)", a + 14);
        } else if (strcmp(a, "--target") == 0) {
            if (++i == argc) return usage_error("%s needs native or wasi", a);
            if (parse_target(argv[i], &o->target)) return EXIT_USAGE;
        } else if (strncmp(a, "--target=", 9) == 0) {
            if (parse_target(a + 9, &o->target)) return EXIT_USAGE;
        } else if (strcmp(a, "--cflags") == 0 && o->command == CMD_TRANSPILE) {
            o->command = CMD_CFLAGS;
        } else if (strcmp(a, "--libs") == 0 && o->command == CMD_TRANSPILE) {
            o->command = CMD_LIBS;
        } else if (a[0] == '-' && a[1] != '\0') {
            return usage_error("unknown option '%s'", a);
        } else if (o->input) {
            return usage_error("more than one input file ('%s')", a);
        } else {
            o->input = a;
            if (o->command == CMD_RUN) { /* the rest belongs to the program */
                o->prog_argc = argc - i - 1;
                o->prog_argv = argv + i + 1;
                break;
            }
        }
    }
    if (o->command == CMD_CFLAGS || o->command == CMD_LIBS) return -1;
    if (!o->input) return usage_error("%s", "no input file");
    if (o->command == CMD_RUN && o->output) return usage_error("%s", "'run' takes no -o");
    return -1;
}

/* FILE.py -> FILE + suffix (suffix "" for executables). */
static char *default_output(const char *input, const char *suffix) {
    size_t n = strlen(input);
    if (n > 3 && strcmp(input + n - 3, ".py") == 0) n -= 3;
    char *out = xmalloc(n + strlen(suffix) + 1);
    memcpy(out, input, n);
    strcpy(out + n, suffix);
    return out;
}

static bool use_color(FILE *f) {
    const char *nc = getenv("NO_COLOR");
    return isatty(fileno(f)) && !(nc && nc[0]);
}

static void print_diagnostics(DiagList *dl, const Options *o) {
    diag_sort(dl);
    if (o->json_diagnostics) diag_print_json(dl, stderr);
    else diag_print_text(dl, stderr, use_color(stderr));
}

/* Writes text to path ("-" = stdout). Returns 0 or EXIT_USAGE. */
static int write_output(const char *path, const char *text, size_t len) {
    bool to_stdout = strcmp(path, "-") == 0;
    FILE *f = to_stdout ? stdout : fopen(path, "wb");
    if (!f) {
        fprintf(stderr, "py2c: error: cannot write '%s': %s\n", path, strerror(errno));
        return EXIT_USAGE;
    }
    bool ok = fwrite(text, 1, len, f) == len;
    ok = (to_stdout ? fflush(f) == 0 : fclose(f) == 0) && ok;
    if (!ok) {
        fprintf(stderr, "py2c: error: cannot write '%s': %s\n", path, strerror(errno));
        return EXIT_USAGE;
    }
    return 0;
}

/* Source -> C (or AST JSON) text in *out. Returns 0, EXIT_INPUT_ERROR or EXIT_USAGE. */
static int transpile(const Options *o, EmitKind emit, StrBuf *out) {
    SourceFile *src = source_load(o->input);
    if (!src) {
        fprintf(stderr, "py2c: error: cannot read '%s': %s\n", o->input, strerror(errno));
        return EXIT_USAGE;
    }
    DiagList diags;
    diag_init(&diags);
    AstModule *ast = fe_parse(src, &diags);
    int status = 0;
    if (diags.error_count == 0) {
        if (emit == EMIT_AST) {
            ast_json_write(ast, out);
        } else {
            IrModule *ir = lw_lower(ast, &diags);
            if (ir && diags.error_count == 0) {
                if (emit == EMIT_IR) ir_dump(ir, out);
                else em_emit_c(ir, out);
            }
            ir_module_free(ir);
        }
    }
    if (diags.len > 0 || diags.truncated) print_diagnostics(&diags, o);
    if (diags.error_count > 0) status = EXIT_INPUT_ERROR;
    ast_module_free(ast);
    diag_free(&diags);
    source_free(src);
    return status;
}

static int cmd_transpile(const Options *o) {
    StrBuf out;
    sb_init(&out);
    int status = transpile(o, o->emit, &out);
    if (status == 0) {
        static const char *const suffixes[] = {[EMIT_C] = ".c", [EMIT_AST] = ".json", [EMIT_IR] = ".ir"};
        char *def = o->output ? NULL : default_output(o->input, suffixes[o->emit]);
        status = write_output(o->output ? o->output : def, out.data, out.len);
        free(def);
    }
    sb_free(&out);
    return status;
}

static bool file_newer(const char *a, const char *b) {
    struct stat sa, sb;
    if (stat(a, &sa) != 0 || stat(b, &sb) != 0) return true;
    return sa.st_mtim.tv_sec > sb.st_mtim.tv_sec ||
           (sa.st_mtim.tv_sec == sb.st_mtim.tv_sec && sa.st_mtim.tv_nsec > sb.st_mtim.tv_nsec);
}

/* Transpiles into c_path and compiles to prog. */
static int build_into(const Options *o, const RuntimePaths *rt, const char *c_path, const char *prog) {
    StrBuf out;
    sb_init(&out);
    int status = transpile(o, EMIT_C, &out);
    if (status == 0) status = write_output(c_path, out.data, out.len);
    sb_free(&out);
    if (status == 0) status = drv_compile(rt, c_path, prog, o->target);
    return status;
}

static int cmd_build(const Options *o, const char *argv0) {
    RuntimePaths rt;
    if (drv_runtime_paths(argv0, &rt)) return EXIT_USAGE;
    char *prog = o->output ? xstrdup(o->output)
                           : default_output(o->input, o->target == TARGET_WASI ? ".wasm" : "");
    char *c_path = xmalloc(strlen(prog) + 8);
    sprintf(c_path, "%s.py2c.c", prog);
    int status = build_into(o, &rt, c_path, prog);
    remove(c_path);
    free(c_path);
    free(prog);
    return status;
}

/* FNV-1a over a string: names the cache entry of one source path. */
static unsigned long long fnv1a(const char *s) {
    unsigned long long h = 1469598103934665603ULL;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

static int cmd_run(const Options *o, const char *argv0) {
    RuntimePaths rt;
    if (drv_runtime_paths(argv0, &rt)) return EXIT_USAGE;
    char cache[4096];
    if (drv_cache_dir(cache, sizeof cache)) return EXIT_USAGE;
    char *abs = realpath(o->input, NULL);
    if (!abs) {
        fprintf(stderr, "py2c: error: cannot read '%s': %s\n", o->input, strerror(errno));
        return EXIT_USAGE;
    }
    char prog[4600], c_path[4700], self[4096];
    snprintf(prog, sizeof prog, "%s/%016llx-%s", cache, fnv1a(abs), o->target == TARGET_WASI ? "wasm" : "native");
    snprintf(c_path, sizeof c_path, "%s.c", prog);
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    self[n > 0 ? n : 0] = '\0';
    /* Rebuild when the source, py2c itself or the runtime library is newer
     * than the cached program. */
    char lib[4200];
    snprintf(lib, sizeof lib, "%s/libpy2c-runtime.a", rt.lib_dir);
    int status = 0;
    if (file_newer(abs, prog) || (n > 0 && file_newer(self, prog)) || file_newer(lib, prog))
        status = build_into(o, &rt, c_path, prog);
    free(abs);
    if (status) return status;
    if (o->target == TARGET_WASI) {
        fputs("py2c: error: 'run --target wasi' is not supported yet\n", stderr);
        return EXIT_USAGE;
    }
    return drv_exec(prog, o->input, o->prog_argc, o->prog_argv);
}

int main(int argc, char **argv) {
    Options o = {0};
    int status = parse_args(argc, argv, &o);
    if (status >= 0) return status;
    switch (o.command) {
    case CMD_TRANSPILE: return cmd_transpile(&o);
    case CMD_BUILD: return cmd_build(&o, argv[0]);
    case CMD_RUN: return cmd_run(&o, argv[0]);
    case CMD_CFLAGS:
    case CMD_LIBS: {
        RuntimePaths rt;
        if (drv_runtime_paths(argv[0], &rt)) return EXIT_USAGE;
        if (o.command == CMD_CFLAGS) drv_print_cflags(&rt, o.target);
        else drv_print_libs(&rt, o.target);
        return 0;
    }
    }
    return EXIT_USAGE;
}
