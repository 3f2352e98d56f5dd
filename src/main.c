/* py2c command line: the only file that calls every phase.
 *
 *   py2c FILE.py [-o OUT.c] [-I DIR]... [-M|-MD] [-MF F] [-MT T] [-MP] [--emit=c|ast|ir|explain|types]
 *        [--diagnostics=text|json] [--no-line-directives] [-Werror[=NAME]] [-Wno-NAME] [-WNAME] [-w]
 *   py2c build FILE.py [-o PROG] [--target native|wasi]
 *   py2c run [--target native|wasi] FILE.py [ARGS...]
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

#include <cJSON.h>

#include "common/diag.h"
#include "common/util.h"
#include "driver.h"
#include "emit/emit.h"
#include "frontend/frontend.h"
#include "ir/ast_json.h"
#include "lower/lower.h"
#include "lower/lw_import.h"
#include "types/types.h"

#ifndef PY2C_VERSION
#define PY2C_VERSION "0.0.0"
#endif

enum { EXIT_INPUT_ERROR = 1, EXIT_USAGE = 2 };

typedef enum Command { CMD_TRANSPILE, CMD_BUILD, CMD_RUN, CMD_CFLAGS, CMD_LIBS } Command;
typedef enum EmitKind { EMIT_C, EMIT_AST, EMIT_IR, EMIT_EXPLAIN, EMIT_TYPES } EmitKind;

typedef struct Options {
    Command command;
    const char *input;
    const char *output;
    EmitKind emit;
    bool json_diagnostics;
    BuildTarget target;
    int prog_argc;     /* `run`: arguments after FILE.py */
    char **prog_argv;
    const char **include_dirs; /* -I DIR, in order */
    int ninclude;
    bool deps_only;    /* -M */
    bool deps_too;     /* -MD */
    bool deps_phony;   /* -MP */
    const char *deps_file;   /* -MF */
    const char *deps_target; /* -MT */
    bool no_line_directives; /* --no-line-directives */
    /* Warnings (diag_warning_names): -Wno-NAME / -WNAME set enabled, -Werror sets
     * werror_all, -Werror=NAME / -Wno-error=NAME set as_error (0 unset, 1, -1 no). */
    bool no_warnings;        /* -w */
    bool werror_all;
    bool disabled[DIAG_MAX_WARNINGS];
    signed char as_error[DIAG_MAX_WARNINGS];
} Options;

static const char usage_text[] =
    "usage: py2c FILE.py [-o OUT.c] [-I DIR]... [-M | -MD] [-MF FILE] [-MT TARGET] [-MP]\n"
    "                    [--emit=c|ast|ir|explain|types] [--diagnostics=text|json]\n"
    "                    [--no-line-directives] [-Werror[=NAME]] [-Wno-NAME] [-w]\n"
    "       py2c build FILE.py [-o PROG] [-I DIR]... [--target native|wasi] [-W...]\n"
    "       py2c run [-I DIR]... [--target native|wasi] [-W...] FILE.py [ARGS...]\n"
    "       py2c --cflags | --libs [--target native|wasi]\n"
    "\n"
    "Transpiles a Python 3 program into C11 that links against py2c's runtime.\n"
    "\n"
    "options:\n"
    "  -o FILE               output file ('-' for stdout); default FILE.c, or FILE for build\n"
    "  -I DIR                also look for imported modules in DIR (after the main file's\n"
    "                        directory; repeatable, searched in order)\n"
    "  -M                    print make rules listing every .py file the program reads\n"
    "                        (OUT.c: FILE.py MODULE.py ...) to stdout instead of transpiling\n"
    "  -MD                   transpile and also write those rules to OUT.d (or -MF's file)\n"
    "  -MF FILE              where -M/-MD write the rules\n"
    "  -MT TARGET            the rules' target (default: the output file)\n"
    "  -MP                   add an empty rule for each imported module (as gcc -MP)\n"
    "  --emit=c|ast|ir|explain  what to write: C (default), the main file's AST as JSON, the\n"
    "                        lowered IR of every module (text), or the concurrency patterns\n"
    "                        recognised and what they became, with warnings (JSON), or the\n"
    "                        inferred type of every variable, parameter, return value and\n"
    "                        attribute (text, docs/types.md)\n"
    "  --diagnostics=text|json  how to print errors and warnings (default text, coloured on\n"
    "                        a terminal unless NO_COLOR is set; json: docs/cli.md)\n"
    "  --no-line-directives  no '#line N \"FILE.py\"' in the C (they point debuggers and\n"
    "                        C compiler messages at the Python source)\n"
    "  -Werror               treat every warning as an error (exit status 1, no output)\n"
    "  -Werror=NAME          treat warning NAME as an error (-Wno-error=NAME: do not)\n"
    "  -Wno-NAME             do not report warning NAME (-WNAME: report it, the default)\n"
    "  -w                    report no warnings\n"
    "                        warning names: thread-target-call, lock-not-released,\n"
    "                        queue-no-sentinel (each warning ends with its [-WNAME])\n"
    "  --target native|wasi  what `build`, `run`, `--cflags` and `--libs` are for (default\n"
    "                        native; wasi: a WebAssembly module, run under Node.js)\n"
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

/* -W options (after "-W"): Returns 0 or EXIT_USAGE. */
static int parse_warning_option(const char *arg, Options *o) {
    const char *w = arg + 2;
    if (strcmp(w, "error") == 0) {
        o->werror_all = true;
        return 0;
    }
    if (strcmp(w, "no-error") == 0) {
        o->werror_all = false;
        return 0;
    }
    bool neg = strncmp(w, "no-", 3) == 0;
    if (neg) w += 3;
    bool err = strncmp(w, "error=", 6) == 0;
    if (err) w += 6;
    int k = diag_warning_index(w);
    if (k < 0) {
        fprintf(stderr, "py2c: error: unknown warning option '%s'; the warnings are:", arg);
        for (int i = 0; diag_warning_names[i]; i++) fprintf(stderr, " %s", diag_warning_names[i]);
        fputs("\n(run 'py2c --help' for usage)\n", stderr);
        return EXIT_USAGE;
    }
    if (err) o->as_error[k] = neg ? -1 : 1;
    else o->disabled[k] = neg;
    return 0;
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
        } else if (strcmp(a, "-I") == 0 || (strncmp(a, "-I", 2) == 0 && a[2])) {
            const char *dir = a[2] ? a + 2 : NULL;
            if (!dir) {
                if (++i == argc) return usage_error("%s needs a directory", a);
                dir = argv[i];
            }
            o->include_dirs = xrealloc(o->include_dirs, sizeof(char *) * (size_t)(o->ninclude + 1));
            o->include_dirs[o->ninclude++] = dir;
        } else if (strcmp(a, "-M") == 0) {
            o->deps_only = true;
        } else if (strcmp(a, "-MD") == 0) {
            o->deps_too = true;
        } else if (strcmp(a, "-MP") == 0) {
            o->deps_phony = true;
        } else if (strcmp(a, "-MF") == 0 || strcmp(a, "-MT") == 0) {
            if (++i == argc) return usage_error("%s needs a file name", a);
            if (a[2] == 'F') o->deps_file = argv[i];
            else o->deps_target = argv[i];
        } else if (strncmp(a, "--emit=", 7) == 0) {
            if (strcmp(a + 7, "c") == 0) o->emit = EMIT_C;
            else if (strcmp(a + 7, "ast") == 0) o->emit = EMIT_AST;
            else if (strcmp(a + 7, "ir") == 0) o->emit = EMIT_IR;
            else if (strcmp(a + 7, "explain") == 0) o->emit = EMIT_EXPLAIN;
            else if (strcmp(a + 7, "types") == 0) o->emit = EMIT_TYPES;
            else return usage_error("unknown --emit kind '%s' (expected c, ast, ir, explain or types)", a + 7);
        } else if (strncmp(a, "--diagnostics=", 14) == 0) {
            if (strcmp(a + 14, "text") == 0) o->json_diagnostics = false;
            else if (strcmp(a + 14, "json") == 0) o->json_diagnostics = true;
            else return usage_error("unknown --diagnostics format '%s' (expected text or json)", a + 14);
        } else if (strcmp(a, "--target") == 0) {
            if (++i == argc) return usage_error("%s needs native or wasi", a);
            if (parse_target(argv[i], &o->target)) return EXIT_USAGE;
        } else if (strncmp(a, "--target=", 9) == 0) {
            if (parse_target(a + 9, &o->target)) return EXIT_USAGE;
        } else if (strcmp(a, "--no-line-directives") == 0) {
            o->no_line_directives = true;
        } else if (strcmp(a, "-w") == 0) {
            o->no_warnings = true;
        } else if (strncmp(a, "-W", 2) == 0 && a[2]) {
            if (parse_warning_option(a, o)) return EXIT_USAGE;
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
    if ((o->deps_only || o->deps_too) && o->command != CMD_TRANSPILE)
        return usage_error("%s", "-M and -MD go with transpiling (py2c FILE.py), not build or run");
    if (o->deps_only && o->deps_too) return usage_error("%s", "-M and -MD exclude each other");
    if ((o->deps_file || o->deps_target || o->deps_phony) && !o->deps_only && !o->deps_too)
        return usage_error("%s", "-MF, -MT and -MP need -M or -MD");
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

/* ---- the program: the main file and every module it imports ------------------ */

typedef struct Module {
    LwProgModule pm; /* name, path, is_package, parent */
    SourceFile *src;
    AstModule *ast;
    IrModule *ir;
    DiagList diags;
} Module;

typedef struct Program {
    Module *mods; /* mods[0] is the main file */
    int n, cap;
    const char **dirs; /* where top-level modules are: the main file's directory, then -I */
    int ndirs;
} Program;

static int find_module(const Program *p, const char *name) {
    for (int i = 0; i < p->n; i++)
        if (strcmp(p->mods[i].pm.name, name) == 0) return i;
    return -1;
}

static int add_module(Program *p, const char *name, char *path, bool is_package, int parent) {
    if (p->n == p->cap) {
        p->cap = p->cap ? 2 * p->cap : 8;
        p->mods = xrealloc(p->mods, sizeof(Module) * (size_t)p->cap);
    }
    Module *m = &p->mods[p->n];
    *m = (Module){{xstrdup(name), path, is_package, parent}, NULL, NULL, NULL, {0}};
    diag_init(&m->diags);
    return p->n++;
}

/* The index of program module name (found now if it is a file of the
 * program), or -1 when it is not one (a runtime module, or missing: the
 * lowering reports those). */
static int ensure_module(Program *p, const char *name) {
    int k = find_module(p, name);
    if (k >= 0) return k;
    const char *dot = strrchr(name, '.');
    bool is_package = false;
    char *path;
    int parent = -1;
    if (!dot) {
        if (lw_import_is_builtin(name)) return -1;
        path = drv_find_module(p->dirs, p->ndirs, name, &is_package);
    } else {
        char *pname = xstrdup(name);
        pname[dot - name] = '\0';
        parent = ensure_module(p, pname);
        free(pname);
        if (parent < 0 || !p->mods[parent].pm.is_package) return -1;
        char *dir = drv_dir_name(p->mods[parent].pm.path);
        const char *dirs[1] = {dir};
        path = drv_find_module(dirs, 1, dot + 1, &is_package);
        free(dir);
    }
    return path ? add_module(p, name, path, is_package, parent) : -1;
}

/* Finds the modules the statements of module k import (anywhere: in
 * functions, classes, try blocks...). */
static void collect_imports(Program *p, int k, const AstList *body) {
    for (int i = 0; i < body->len; i++) {
        const AstNode *s = body->items[i];
        switch (s->kind) {
        case AST_IMPORT:
            for (int j = 0; j < s->u.import.names.len; j++) (void)ensure_module(p, s->u.import.names.items[j]->u.alias.name);
            break;
        case AST_IMPORT_FROM: {
            StrBuf sb;
            sb_init(&sb);
            const Module *m = &p->mods[k];
            if (!lw_import_resolve(m->pm.name, m->pm.is_package, s->u.import_from.level, s->u.import_from.module, &sb)) {
                int base = ensure_module(p, sb.data);
                for (int j = 0; base >= 0 && p->mods[base].pm.is_package && j < s->u.import_from.names.len; j++) {
                    const char *n = s->u.import_from.names.items[j]->u.alias.name;
                    if (strcmp(n, "*") == 0) continue;
                    size_t len = sb.len;
                    sb_printf(&sb, ".%s", n);
                    (void)ensure_module(p, sb.data);
                    sb.len = len;
                    sb.data[len] = '\0';
                }
            }
            sb_free(&sb);
            break;
        }
        case AST_FUNCTION_DEF:
        case AST_ASYNC_FUNCTION_DEF: collect_imports(p, k, &s->u.function_def.body); break;
        case AST_CLASS_DEF: collect_imports(p, k, &s->u.class_def.body); break;
        case AST_FOR:
        case AST_ASYNC_FOR:
            collect_imports(p, k, &s->u.for_.body);
            collect_imports(p, k, &s->u.for_.orelse);
            break;
        case AST_WHILE:
            collect_imports(p, k, &s->u.while_.body);
            collect_imports(p, k, &s->u.while_.orelse);
            break;
        case AST_IF:
            collect_imports(p, k, &s->u.if_.body);
            collect_imports(p, k, &s->u.if_.orelse);
            break;
        case AST_WITH:
        case AST_ASYNC_WITH: collect_imports(p, k, &s->u.with.body); break;
        case AST_MATCH:
            for (int j = 0; j < s->u.match.cases.len; j++) collect_imports(p, k, &s->u.match.cases.items[j]->u.match_case.body);
            break;
        case AST_TRY:
        case AST_TRY_STAR:
            collect_imports(p, k, &s->u.try_.body);
            for (int j = 0; j < s->u.try_.handlers.len; j++)
                collect_imports(p, k, &s->u.try_.handlers.items[j]->u.except_handler.body);
            collect_imports(p, k, &s->u.try_.orelse);
            collect_imports(p, k, &s->u.try_.finalbody);
            break;
        default: break; /* simple statements hold no statements */
        }
    }
}

static void program_free(Program *p) {
    for (int i = 0; i < p->n; i++) {
        Module *m = &p->mods[i];
        ir_module_free(m->ir);
        ast_module_free(m->ast);
        diag_free(&m->diags);
        source_free(m->src);
        free((char *)m->pm.name);
        free((char *)m->pm.path);
    }
    free(p->mods);
    free((char *)p->dirs[0]);
    free(p->dirs);
}

/* Reads and parses the main file and, unless main_only, every module it
 * imports, transitively. Returns 0, EXIT_INPUT_ERROR (diagnostics printed) or
 * EXIT_USAGE. */
static int program_load(const Options *o, Program *p, bool main_only) {
    *p = (Program){0};
    p->ndirs = 1 + o->ninclude;
    p->dirs = xmalloc(sizeof(char *) * (size_t)p->ndirs);
    p->dirs[0] = drv_dir_name(o->input);
    for (int i = 0; i < o->ninclude; i++) p->dirs[1 + i] = o->include_dirs[i];
    add_module(p, "__main__", xstrdup(o->input), false, -1);
    int status = 0;
    for (int i = 0; i < p->n; i++) {
        Module *m = &p->mods[i];
        m->src = source_load(m->pm.path);
        if (!m->src) {
            fprintf(stderr, "py2c: error: cannot read '%s': %s\n", m->pm.path, strerror(errno));
            return EXIT_USAGE;
        }
        m->ast = fe_parse(m->src, &m->diags);
        if (m->diags.error_count > 0) status = EXIT_INPUT_ERROR;
        else if (!main_only) collect_imports(p, i, &m->ast->root->u.module.body);
    }
    return status;
}

/* What the -W options make of warning d: 0 drop it, 1 a warning, 2 an error. */
static int warning_fate(const Options *o, const Diag *d) {
    int k = d->warning ? diag_warning_index(d->warning) : -1;
    if (o->no_warnings || (k >= 0 && o->disabled[k])) return 0;
    if (k >= 0 && o->as_error[k]) return o->as_error[k] > 0 ? 2 : 1;
    return o->werror_all ? 2 : 1;
}

/* Prints every module's diagnostics as one list (the main file's first, each
 * module's sorted by position), after the -W options; whether there were
 * errors (warnings made errors by -Werror included). */
static bool program_report(Program *p, const Options *o) {
    DiagList all;
    diag_init(&all);
    int errors = 0;
    for (int i = 0; i < p->n; i++) {
        DiagList *d = &p->mods[i].diags;
        diag_sort(d);
        for (int j = 0; j < d->len; j++) {
            int fate = d->items[j].level == DIAG_WARNING ? warning_fate(o, &d->items[j]) : 1;
            if (fate == 0) continue;
            if (fate == 2) errors++;
            diag_append(&all, &d->items[j], fate == 2);
        }
        errors += d->error_count;
        diag_free(d);
        diag_init(d);
    }
    /* errors dropped by a module's own cap still count */
    if (errors > all.error_count) {
        all.error_count = errors;
        all.truncated = true;
    }
    if (all.len > 0 || all.truncated) {
        if (o->json_diagnostics) diag_print_json(&all, stderr);
        else diag_print_text(&all, stderr, use_color(stderr));
    }
    diag_free(&all);
    return errors > 0;
}

static cJSON *explain_note(const char *path, const IrConcNote *n) {
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "file", path);
    cJSON_AddNumberToObject(o, "line", n->line);
    cJSON_AddNumberToObject(o, "column", n->column);
    if (n->warning) {
        cJSON_AddStringToObject(o, "warning", n->pattern);
        cJSON_AddStringToObject(o, "message", n->text);
    } else {
        cJSON_AddStringToObject(o, "pattern", n->pattern);
        cJSON_AddStringToObject(o, "lowered_to", n->text);
    }
    return o;
}

/* --emit=explain: {"patterns": [...], "warnings": [...]}, every module's notes
 * in program order (docs/concurrency.md). */
static void explain_write(const Program *p, StrBuf *out) {
    cJSON *root = cJSON_CreateObject();
    cJSON *patterns = cJSON_AddArrayToObject(root, "patterns");
    cJSON *warnings = cJSON_AddArrayToObject(root, "warnings");
    for (int i = 0; i < p->n; i++) {
        const IrModule *m = p->mods[i].ir;
        for (int k = 0; k < m->nconc_notes; k++)
            cJSON_AddItemToArray(m->conc_notes[k].warning ? warnings : patterns,
                                 explain_note(p->mods[i].pm.path, &m->conc_notes[k]));
    }
    char *text = cJSON_Print(root);
    if (!text) INTERNAL_ERROR("out of memory writing JSON");
    sb_puts(out, text);
    sb_putc(out, '\n');
    cJSON_free(text);
    cJSON_Delete(root);
}

/* How the C names itself in `#line` directives: the C file's path as given,
 * or its base name when absolute (the output holds no absolute path). */
static const char *c_file_name(const char *path) {
    const char *slash = strrchr(path, '/');
    return path[0] == '/' && slash ? slash + 1 : path;
}

/* Source -> C (or AST JSON, or IR, or explain JSON) text in *out; the .py files read in *p
 * (program_free). c_path: where the C goes (for its #line directives). Returns 0,
 * EXIT_INPUT_ERROR or EXIT_USAGE. */
static int transpile(const Options *o, EmitKind emit, const char *c_path, StrBuf *out, Program *p) {
    int status = program_load(o, p, emit == EMIT_AST);
    if (status == EXIT_USAGE) return status;
    if (program_report(p, o)) return EXIT_INPUT_ERROR;
    if (emit == EMIT_AST) {
        ast_json_write(p->mods[0].ast, out);
        return 0;
    }
    if (emit == EMIT_TYPES) {
        TyModuleIn *tm = xmalloc(sizeof(TyModuleIn) * (size_t)p->n);
        for (int i = 0; i < p->n; i++) tm[i] = (TyModuleIn){p->mods[i].ast, p->mods[i].pm.name, p->mods[i].pm.path};
        TyProgram *tp = ty_analyze(tm, p->n);
        ty_dump(tp, out);
        ty_program_free(tp);
        free(tm);
        return 0;
    }
    LwProgModule *pms = xmalloc(sizeof(LwProgModule) * (size_t)p->n);
    for (int i = 0; i < p->n; i++) pms[i] = p->mods[i].pm;
    LwProgram lp = {pms, p->n};
    bool ok = true;
    for (int i = 0; i < p->n; i++) {
        Module *m = &p->mods[i];
        m->ir = lw_lower(m->ast, &lp, i, &m->diags);
        ok &= m->ir != NULL && m->diags.error_count == 0;
    }
    if (program_report(p, o)) ok = false;
    if (ok) {
        if (emit == EMIT_IR) {
            for (int i = 0; i < p->n; i++) ir_dump(p->mods[i].ir, out);
        } else if (emit == EMIT_EXPLAIN) {
            explain_write(p, out);
        } else {
            const IrModule **irs = xmalloc(sizeof(IrModule *) * (size_t)p->n);
            EmModuleInfo *info = xmalloc(sizeof(EmModuleInfo) * (size_t)p->n);
            for (int i = 0; i < p->n; i++) {
                irs[i] = p->mods[i].ir;
                info[i] = (EmModuleInfo){pms[i].name, pms[i].parent, pms[i].is_package};
            }
            EmOptions eo = {.no_line_directives = o->no_line_directives, .c_file = c_file_name(c_path)};
            em_emit_program(irs, info, p->n, &eo, out);
            free(irs);
            free(info);
        }
    }
    free(pms);
    return ok ? 0 : EXIT_INPUT_ERROR;
}

/* A make rule: target: every .py file read (gcc -M's format). */
static void deps_rules(const Options *o, const Program *p, const char *target, StrBuf *out) {
    sb_printf(out, "%s:", target);
    for (int i = 0; i < p->n; i++) sb_printf(out, " \\\n  %s", p->mods[i].pm.path);
    sb_putc(out, '\n');
    if (o->deps_phony)
        for (int i = 1; i < p->n; i++) sb_printf(out, "\n%s:\n", p->mods[i].pm.path);
}

/* OUT.c -> OUT.d (the suffix after the last '.' of the file name replaced). */
static char *deps_default_file(const char *output) {
    const char *slash = strrchr(output, '/');
    const char *dot = strrchr(output, '.');
    size_t n = dot && (!slash || dot > slash) ? (size_t)(dot - output) : strlen(output);
    char *f = xmalloc(n + 3);
    memcpy(f, output, n);
    strcpy(f + n, ".d");
    return f;
}

static int cmd_transpile(const Options *o) {
    static const char *const suffixes[] = {[EMIT_C] = ".c", [EMIT_AST] = ".json", [EMIT_IR] = ".ir",
                                           [EMIT_EXPLAIN] = ".explain.json", [EMIT_TYPES] = ".types"};
    char *def = o->output ? NULL : default_output(o->input, suffixes[o->emit]);
    const char *output = o->output ? o->output : def;
    StrBuf out;
    sb_init(&out);
    Program p;
    int status;
    if (o->deps_only) {
        status = program_load(o, &p, false);
        if (status != EXIT_USAGE && program_report(&p, o)) status = EXIT_INPUT_ERROR;
    } else {
        char *c_file = strcmp(output, "-") == 0 ? default_output(o->input, ".c") : xstrdup(output);
        status = transpile(o, o->emit, c_file, &out, &p);
        free(c_file);
        if (status == 0) status = write_output(output, out.data, out.len);
    }
    if (status == 0 && (o->deps_only || o->deps_too)) {
        StrBuf rules;
        sb_init(&rules);
        /* the default target is the output file (FILE.c when that is stdout) */
        char *c_file = strcmp(output, "-") == 0 ? default_output(o->input, ".c") : xstrdup(output);
        deps_rules(o, &p, o->deps_target ? o->deps_target : c_file, &rules);
        free(c_file);
        char *dfile = o->deps_file ? NULL : o->deps_only ? xstrdup("-")
                    : deps_default_file(strcmp(output, "-") == 0 ? o->input : output);
        status = write_output(o->deps_file ? o->deps_file : dfile, rules.data, rules.len);
        free(dfile);
        sb_free(&rules);
    }
    program_free(&p);
    sb_free(&out);
    free(def);
    return status;
}

/* Transpiles into c_path and compiles to prog. deps (if not NULL) gets the
 * absolute paths of the .py files read, one per line. */
static int build_into(const Options *o, const RuntimePaths *rt, const char *c_path, const char *prog, StrBuf *deps) {
    StrBuf out;
    sb_init(&out);
    Program p;
    int status = transpile(o, EMIT_C, c_path, &out, &p);
    for (int i = 0; deps && status == 0 && i < p.n; i++) {
        char *abs = realpath(p.mods[i].pm.path, NULL);
        sb_printf(deps, "%s\n", abs ? abs : p.mods[i].pm.path);
        free(abs);
    }
    program_free(&p);
    if (status == 0) status = write_output(c_path, out.data, out.len);
    /* WASI: full Asyncify instrumentation only for a program that can start
     * a thread (runtime/wasi.mk; tools/golden_wasi.sh decides the same way). */
    bool threads = status == 0 && out.data && (strstr(out.data, "py2c_import(\"threading") ||
                                    strstr(out.data, "py2c_import(\"queue") ||
                                    strstr(out.data, "py2c_import(\"concurrent") ||
                                    strstr(out.data, "py2c_import(\"_thread"));
    sb_free(&out);
    if (status == 0) status = drv_compile(rt, c_path, prog, o->target, threads);
    return status;
}

static int cmd_build(const Options *o, const char *argv0) {
    RuntimePaths rt;
    if (drv_runtime_paths(argv0, o->target, &rt)) return EXIT_USAGE;
    char *prog = o->output ? xstrdup(o->output)
                           : default_output(o->input, o->target == TARGET_WASI ? ".wasm" : "");
    char *c_path = xmalloc(strlen(prog) + 8);
    sprintf(c_path, "%s.py2c.c", prog);
    int status = build_into(o, &rt, c_path, prog, NULL);
    remove(c_path);
    free(c_path);
    free(prog);
    return status;
}

/* FNV-1a over a string, continuing from h (start: 1469598103934665603). */
static unsigned long long fnv1a(unsigned long long h, const char *s) {
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

/* Whether a cached program is older than one of the .py files it was built
 * from (listed in deps_path, one per line; a missing list counts as stale). */
static bool sources_newer(const char *deps_path, const char *prog) {
    FILE *f = fopen(deps_path, "r");
    if (!f) return true;
    char line[4200];
    bool newer = false;
    while (!newer && fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = '\0';
        if (line[0]) newer = drv_file_newer(line, prog);
    }
    fclose(f);
    return newer;
}

static int cmd_run(const Options *o, const char *argv0) {
    RuntimePaths rt;
    if (drv_runtime_paths(argv0, o->target, &rt)) return EXIT_USAGE;
    char cache[4096];
    if (drv_cache_dir(cache, sizeof cache)) return EXIT_USAGE;
    char *abs = realpath(o->input, NULL);
    if (!abs) {
        fprintf(stderr, "py2c: error: cannot read '%s': %s\n", o->input, strerror(errno));
        return EXIT_USAGE;
    }
    /* the entry is named by the main file and the module search path */
    unsigned long long key = fnv1a(1469598103934665603ULL, abs);
    for (int i = 0; i < o->ninclude; i++) {
        char *d = realpath(o->include_dirs[i], NULL);
        key = fnv1a(fnv1a(key, "\n-I"), d ? d : o->include_dirs[i]);
        free(d);
    }
    char prog[4600], c_path[4700], deps_path[4700], self[4096];
    snprintf(prog, sizeof prog, "%s/%016llx-%s", cache, key, o->target == TARGET_WASI ? "wasm" : "native");
    snprintf(c_path, sizeof c_path, "%s.c", prog);
    snprintf(deps_path, sizeof deps_path, "%s.deps", prog);
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    self[n > 0 ? n : 0] = '\0';
    /* Rebuild when a source (the main file or a module it imports), py2c
     * itself or the runtime library is newer than the cached program. */
    char lib[4200];
    drv_runtime_lib(&rt, o->target, lib, sizeof lib);
    int status = 0;
    if (drv_file_newer(abs, prog) || sources_newer(deps_path, prog) || (n > 0 && drv_file_newer(self, prog)) ||
        drv_file_newer(lib, prog)) {
        StrBuf deps;
        sb_init(&deps);
        remove(deps_path);
        status = build_into(o, &rt, c_path, prog, &deps);
        if (status == 0) status = write_output(deps_path, deps.data, deps.len);
        sb_free(&deps);
    }
    free(abs);
    if (status) return status;
    if (o->target == TARGET_WASI) return drv_exec_wasm(&rt, prog, o->input, o->prog_argc, o->prog_argv);
    return drv_exec(prog, o->input, o->prog_argc, o->prog_argv);
}

static int run_command(const Options *o, const char *argv0) {
    switch (o->command) {
    case CMD_TRANSPILE: return cmd_transpile(o);
    case CMD_BUILD: return cmd_build(o, argv0);
    case CMD_RUN: return cmd_run(o, argv0);
    case CMD_CFLAGS:
    case CMD_LIBS: {
        RuntimePaths rt;
        if (drv_runtime_paths(argv0, o->target, &rt)) return EXIT_USAGE;
        if (o->command == CMD_CFLAGS) drv_print_cflags(&rt, o->target);
        else drv_print_libs(&rt, o->target);
        return 0;
    }
    }
    return EXIT_USAGE;
}

int main(int argc, char **argv) {
    Options o = {0};
    int status = parse_args(argc, argv, &o);
    if (status >= 0) {
        free(o.include_dirs);
        return status;
    }
    status = run_command(&o, argv[0]);
    free(o.include_dirs);
    return status;
}
