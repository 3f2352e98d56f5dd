/* `import` statements -> calls of the runtime's import (py2c/module.h).
 *
 * A program may import its own modules (found by the driver, see
 * lower/lw_import.h: each is the runtime descriptor pmod_<index>) and the
 * runtime's standard-library modules (the generated registry
 * PY2C_STDLIB_MODULES); importing anything else is a transpile-time error
 * that names the supported modules. */
#include "lower/lw_import.h"

#include <string.h>

#include "common/strbuf.h"
#include "lower/lw_internal.h"
#include "py2c_stdlib_modules.h"

static const char *const stdlib_modules[] = {
#define X(pyname, initfn) pyname,
    PY2C_STDLIB_MODULES(X)
#undef X
};
enum { NSTDLIB = sizeof stdlib_modules / sizeof stdlib_modules[0] };

/* CPython 3.11's sys.builtin_module_names that the registry may hold: found
 * before any directory of sys.path. */
static const char *const builtin_modules[] = {"sys", "time", "itertools", "errno", "gc", "atexit", "builtins"};


bool lw_import_is_stdlib(const char *name) {
    for (int i = 0; i < NSTDLIB; i++)
        if (strcmp(stdlib_modules[i], name) == 0) return true;
    return false;
}

bool lw_import_is_builtin(const char *name) {
    for (size_t i = 0; i < sizeof builtin_modules / sizeof builtin_modules[0]; i++)
        if (strcmp(builtin_modules[i], name) == 0) return true;
    return false;
}

const char *lw_import_resolve(const char *current, bool current_is_package, int level, const char *module,
                              StrBuf *out) {
    if (level == 0) {
        sb_puts(out, module);
        return NULL;
    }
    /* __package__: the module itself for a package, else its parent ("" for __main__) */
    size_t plen = strlen(current);
    if (strcmp(current, "__main__") == 0) {
        plen = 0;
    } else if (!current_is_package) {
        const char *dot = strrchr(current, '.');
        plen = dot ? (size_t)(dot - current) : 0;
    }
    if (plen == 0) return "attempted relative import with no known parent package";
    /* drop level - 1 trailing components */
    for (int k = 1; k < level; k++) {
        while (plen > 0 && current[plen - 1] != '.') plen--;
        if (plen == 0) return "attempted relative import beyond top-level package";
        plen--;
    }
    sb_append(out, current, plen);
    if (module) {
        sb_putc(out, '.');
        sb_puts(out, module);
    }
    return NULL;
}

/* The index of program module name, or -1. */
static int program_module(const LwCtx *c, const char *name) {
    const LwProgram *program = c->prog;
    if (!program) return -1;
    for (int i = 1; i < program->n; i++)
        if (strcmp(program->mods[i].name, name) == 0) return i;
    return -1;
}

static void report_unknown_module(LwCtx *c, Span span, const char *name) {
    StrBuf list;
    sb_init(&list);
    for (int i = 0; i < NSTDLIB; i++) sb_printf(&list, "%s%s", i ? ", " : "", stdlib_modules[i]);
    diag_error(c->diags, c->src, span,
               "no module named '%s': py2c provides the modules %s, and the program's own modules (found next to "
               "the main file and in -I directories)",
               name, list.data);
    sb_free(&list);
}

/* A new reference to stdlib module `name` (py2c_import). */
static IrOperand import_module(LwCtx *c, const char *name, int loc) {
    IrOperand a = lw_c_string(c, name);
    return lw_call_v(c, "py2c_import", &a, 1, loc);
}

/* A new reference to program module k (py2c_import_program). */
static IrOperand import_program(LwCtx *c, int k, int loc) {
    IrOperand a = lw_cf(c, "&pmod_%d", k);
    return lw_call_v(c, "py2c_import_program", &a, 1, loc);
}

/* Where module `name` comes from: a program module (*k set), the runtime
 * (*k = -1), or nowhere (false, reported at span). */
static bool find_module(LwCtx *c, Span span, const char *name, int *k) {
    *k = program_module(c, name);
    if (*k >= 0) return true;
    /* the runtime's os.path is under os, and so on: the top-level name decides */
    if (lw_import_is_stdlib(name)) return true;
    report_unknown_module(c, span, name);
    return false;
}

/* `import a.b.c` binds a; `import a.b.c as m` binds m to a.b.c. */
static void lower_import_names(LwCtx *c, const AstNode *s) {
    const AstList *names = &s->u.import.names;
    for (int i = 0; i < names->len; i++) {
        const AstNode *a = names->items[i];
        const char *name = a->u.alias.name;
        int k;
        if (!find_module(c, a->span, name, &k)) continue;
        int loc = lw_loc(c, s);
        IrOperand m = k >= 0 ? import_program(c, k, loc) : import_module(c, name, loc);
        if (a->u.alias.asname.name) {
            lw_store_name(c, a->u.alias.asname.name, m, false, a);
            continue;
        }
        const char *dot = strchr(name, '.');
        if (!dot) {
            lw_store_name(c, name, m, false, a);
            continue;
        }
        lw_release(c, m);
        const char *top = arena_strndup(&c->m->arena, name, (size_t)(dot - name));
        int kt = program_module(c, top);
        lw_store_name(c, top, kt >= 0 ? import_program(c, kt, loc) : import_module(c, top, loc), false, a);
    }
}

/* CPython's ImportError for an unresolvable relative import, at run time. */
static void raise_import_error(LwCtx *c, const char *msg, int loc) {
    IrOperand a[2] = {lw_c("&py2c_exc_ImportError"), lw_cf(c, "\"%s\"", msg)};
    lw_call_raise(c, "py2c_error_format", a, 2, loc);
}

static void lower_import_from(LwCtx *c, const AstNode *s) {
    const AstList *names = &s->u.import_from.names;
    int level = s->u.import_from.level;
    int loc = lw_loc(c, s);
    const LwProgModule *cur = c->prog ? &c->prog->mods[c->module_index] : NULL;
    StrBuf sb;
    sb_init(&sb);
    const char *err = lw_import_resolve(cur ? cur->name : "__main__", cur && cur->is_package, level,
                                        s->u.import_from.module, &sb);
    if (err) {
        sb_free(&sb);
        raise_import_error(c, err, loc);
        return;
    }
    const char *mod = arena_strndup(&c->m->arena, sb.data, sb.len);
    sb_free(&sb);
    int k;
    if (!find_module(c, s->span, mod, &k)) return;
    for (int i = 0; i < names->len; i++) {
        if (strcmp(names->items[i]->u.alias.name, "*") == 0) {
            lw_unsupported(c, names->items[i]->span, "'from %s import *'", mod);
            return;
        }
    }
    IrOperand m = k >= 0 ? import_program(c, k, loc) : import_module(c, mod, loc);
    if (k >= 0 && c->prog->mods[k].is_package) {
        /* the fromlist: submodules not yet bound in the package are imported */
        for (int i = 0; i < names->len; i++) {
            const char *n = names->items[i]->u.alias.name;
            int sub = program_module(c, arena_printf(&c->m->arena, "%s.%s", mod, n));
            if (sub < 0) continue;
            IrOperand args[3] = {m, lw_c_string(c, n), lw_cf(c, "&pmod_%d", sub)};
            lw_call_s(c, "py2c_import_submodule", args, 3, loc);
        }
    }
    for (int i = 0; i < names->len; i++) {
        const AstNode *a = names->items[i];
        IrOperand args[2] = {m, lw_c_string(c, a->u.alias.name)};
        IrOperand v = lw_call_v(c, "py2c_import_from", args, 2, loc);
        lw_store_name(c, a->u.alias.asname.name ? a->u.alias.asname.name : a->u.alias.name, v, false, a);
    }
    lw_release(c, m);
}

void lw_import(LwCtx *c, const AstNode *s) {
    if (s->kind == AST_IMPORT) lower_import_names(c, s);
    else lower_import_from(c, s);
}
