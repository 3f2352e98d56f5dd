/* AST -> IR: the driver of lowering. The module, every def/lambda, every
 * comprehension and generator expression become IrFuncs (see ir/ir.h); this
 * file holds the shared helpers (constants, temporaries, instructions),
 * name resolution to variables, globals and builtins, and the creation of
 * nested code. Expressions are in lw_expr.c, statements in lw_stmt.c.
 * Constructs py2c does not support yet are reported as
 * "unsupported: ... is not supported yet" at their location, so that py2c
 * never emits C that behaves differently from CPython. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "lower/lower.h"
#include "lower/lw_internal.h"
#include "py2c/builtins.h" /* PY2C_BUILTIN_NAMES: the builtins the runtime provides */

/* The runtime's small-int range (runtime/include/py2c/value.h). */
#define LW_SMALL_INT_MIN (-((int64_t)1 << 47))
#define LW_SMALL_INT_MAX (((int64_t)1 << 47) - 1)

void lw_unsupported(LwCtx *c, Span span, const char *what_fmt, ...) {
    char what[256];
    va_list ap;
    va_start(ap, what_fmt);
    vsnprintf(what, sizeof what, what_fmt, ap);
    va_end(ap);
    diag_error(c->diags, c->src, span, "unsupported: %s is not supported yet", what);
}

/* How a construct is named in "unsupported" diagnostics. */
const char *lw_describe(AstKind k) {
    switch (k) {
    case AST_MODULE: return "a module";
    case AST_FUNCTION_DEF: return "a function definition";
    case AST_ASYNC_FUNCTION_DEF: return "an async function definition";
    case AST_CLASS_DEF: return "a class definition";
    case AST_RETURN: return "'return'";
    case AST_DELETE: return "'del'";
    case AST_ASSIGN: return "assignment";
    case AST_AUG_ASSIGN: return "augmented assignment";
    case AST_ANN_ASSIGN: return "annotated assignment";
    case AST_FOR: return "a 'for' loop";
    case AST_ASYNC_FOR: return "an 'async for' loop";
    case AST_WHILE: return "a 'while' loop";
    case AST_IF: return "an 'if' statement";
    case AST_WITH: return "a 'with' statement";
    case AST_ASYNC_WITH: return "an 'async with' statement";
    case AST_MATCH: return "a 'match' statement";
    case AST_RAISE: return "'raise'";
    case AST_TRY: return "a 'try' statement";
    case AST_TRY_STAR: return "a 'try'/'except*' statement";
    case AST_ASSERT: return "'assert'";
    case AST_IMPORT: return "'import'";
    case AST_IMPORT_FROM: return "'from ... import'";
    case AST_GLOBAL: return "'global'";
    case AST_NONLOCAL: return "'nonlocal'";
    case AST_EXPR: return "an expression statement";
    case AST_PASS: return "'pass'";
    case AST_BREAK: return "'break'";
    case AST_CONTINUE: return "'continue'";
    case AST_BOOL_OP: return "'and'/'or'";
    case AST_NAMED_EXPR: return "an assignment expression (:=)";
    case AST_BIN_OP: return "this binary operator";
    case AST_UNARY_OP: return "this unary operator";
    case AST_LAMBDA: return "a lambda";
    case AST_IF_EXP: return "a conditional expression";
    case AST_DICT: return "a dict display";
    case AST_SET: return "a set display";
    case AST_LIST_COMP: return "a list comprehension";
    case AST_SET_COMP: return "a set comprehension";
    case AST_DICT_COMP: return "a dict comprehension";
    case AST_GENERATOR_EXP: return "a generator expression";
    case AST_AWAIT: return "'await'";
    case AST_YIELD: return "'yield'";
    case AST_YIELD_FROM: return "'yield from'";
    case AST_COMPARE: return "this comparison";
    case AST_CALL: return "this call";
    case AST_FORMATTED_VALUE: return "an f-string";
    case AST_JOINED_STR: return "an f-string";
    case AST_CONSTANT: return "this literal";
    case AST_ATTRIBUTE: return "attribute access";
    case AST_SUBSCRIPT: return "subscription";
    case AST_STARRED: return "a starred expression";
    case AST_NAME: return "a name";
    case AST_LIST: return "a list display";
    case AST_TUPLE: return "a tuple";
    case AST_SLICE: return "a slice";
    case AST_COMPREHENSION: return "a comprehension";
    case AST_EXCEPT_HANDLER: return "an 'except' clause";
    case AST_ARGUMENTS: return "parameters";
    case AST_ARG: return "a parameter";
    case AST_KEYWORD: return "a keyword argument";
    case AST_ALIAS: return "an import alias";
    case AST_WITHITEM: return "a 'with' item";
    case AST_MATCH_CASE: return "a 'case' clause";
    case AST_MATCH_VALUE:
    case AST_MATCH_SINGLETON:
    case AST_MATCH_SEQUENCE:
    case AST_MATCH_MAPPING:
    case AST_MATCH_CLASS:
    case AST_MATCH_STAR:
    case AST_MATCH_AS:
    case AST_MATCH_OR: return "a 'case' pattern";
    case AST_KIND_COUNT: break;
    }
    INTERNAL_ERROR("bad AST kind %d", (int)k);
}

/* ---- operands and constants ---------------------------------------------- */

const IrOperand lw_absent = {IR_OPND_ABSENT, 0, NULL, NULL, 0};

IrOperand lw_c(const char *text) { return (IrOperand){IR_OPND_C, 0, text, NULL, 0}; }

IrOperand lw_cf(LwCtx *c, const char *fmt, ...) {
    /* Sized to fit: C names of nested functions can be long (a fixed buffer
     * once cut `&info_<800-byte name>` short: undeclared in the C). */
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) INTERNAL_ERROR("bad format in lw_cf");
    char *buf = arena_alloc(&c->m->arena, (size_t)n + 1);
    vsnprintf(buf, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return lw_c(buf);
}

static bool same_const(const IrConst *a, const IrConst *b) {
    if (a->kind != b->kind) return false;
    switch (a->kind) {
    case IR_CONST_NONE:
    case IR_CONST_ELLIPSIS: return true;
    case IR_CONST_BOOL:
    case IR_CONST_INT: return a->i == b->i;
    case IR_CONST_FLOAT: return memcmp(&a->f, &b->f, sizeof a->f) == 0;
    case IR_CONST_BIGINT:
    case IR_CONST_STR:
    case IR_CONST_BYTES: return a->len == b->len && memcmp(a->data, b->data, a->len) == 0;
    case IR_CONST_KWNAMES: return a->nitems == b->nitems && memcmp(a->items, b->items, sizeof(int) * (size_t)a->nitems) == 0;
    }
    return false;
}

/* Constants are pooled: one C object per distinct str, big int, ... */
IrOperand lw_const(LwCtx *c, IrConst k) {
    for (int i = 0; i < c->consts.len; i++)
        if (same_const(&c->consts.items[i], &k)) return (IrOperand){IR_OPND_CONST, i, NULL, NULL, 0};
    switch (k.kind) {
    case IR_CONST_STR: k.id = c->nstrs++; break;
    case IR_CONST_BYTES: k.id = c->nbytes++; break;
    case IR_CONST_BIGINT: k.id = c->nbigints++; break;
    case IR_CONST_KWNAMES: k.id = c->nkwnames++; break;
    case IR_CONST_NONE:
    case IR_CONST_BOOL:
    case IR_CONST_INT:
    case IR_CONST_FLOAT:
    case IR_CONST_ELLIPSIS: break;
    }
    VEC_PUSH(&c->consts, k);
    return (IrOperand){IR_OPND_CONST, c->consts.len - 1, NULL, NULL, 0};
}

IrOperand lw_str(LwCtx *c, const char *s, size_t len) {
    return lw_const(c, (IrConst){.kind = IR_CONST_STR, .data = s, .len = (uint32_t)len,
                                 .nchars = (uint32_t)utf8_count(s, (uint32_t)len)});
}

IrOperand lw_none(LwCtx *c) { return lw_const(c, (IrConst){.kind = IR_CONST_NONE}); }

IrOperand lw_array(LwCtx *c, const IrOperand *items, int n) {
    IrOperand o = {IR_OPND_ARRAY, 0, NULL, NULL, n};
    if (n > 0) {
        o.items = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, n);
        memcpy(o.items, items, sizeof(IrOperand) * (size_t)n);
    }
    return o;
}

/* ---- instructions and temporaries ------------------------------------------ */

IrInstr *lw_emit(LwCtx *c, IrInstrKind kind) {
    IrInstr in = {0};
    in.kind = kind;
    in.dest = lw_absent;
    in.loc = -1;
    VEC_PUSH(&c->fn->code, in);
    return &VEC_LAST(&c->fn->code);
}

IrOperand lw_temp(LwCtx *c) {
    LwFunc *fn = c->fn;
    int k = fn->top++;
    while (fn->live.len <= k) VEC_PUSH(&fn->live, false);
    fn->live.items[k] = true;
    if (fn->top > fn->f->ntemps) fn->f->ntemps = fn->top;
    return (IrOperand){IR_OPND_TEMP, k, NULL, NULL, 0};
}

IrOperand lw_int(LwCtx *c) {
    int k = c->fn->ints++;
    if (c->fn->ints > c->fn->f->nints) c->fn->f->nints = c->fn->ints;
    return (IrOperand){IR_OPND_INT, k, NULL, NULL, 0};
}

bool lw_is_temp(IrOperand o) { return o.kind == IR_OPND_TEMP; }

void lw_moved(LwCtx *c, IrOperand o) {
    if (o.kind != IR_OPND_TEMP) return;
    LwFunc *fn = c->fn;
    fn->live.items[o.index] = false;
    while (fn->top > 0 && !fn->live.items[fn->top - 1]) fn->top--;
}

void lw_release(LwCtx *c, IrOperand o) {
    if (o.kind == IR_OPND_ARRAY) {
        for (int i = 0; i < o.nitems; i++) lw_release(c, o.items[i]);
        return;
    }
    if (o.kind != IR_OPND_TEMP || !c->fn->live.items[o.index]) return;
    IrInstr *in = lw_emit(c, IR_CLEAR);
    in->dest = o;
    lw_moved(c, o);
}

void lw_store(LwCtx *c, IrOperand dest, IrOperand src, bool keep) {
    IrInstr *in = lw_emit(c, IR_STORE);
    in->dest = dest;
    in->args = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, 1);
    in->args[0] = src;
    in->nargs = 1;
    in->keep = keep || src.kind != IR_OPND_TEMP;
    if (src.kind == IR_OPND_TEMP && !keep) lw_moved(c, src);
    if (dest.kind == IR_OPND_TEMP) {
        while (c->fn->live.len <= dest.index) VEC_PUSH(&c->fn->live, false);
        c->fn->live.items[dest.index] = true;
    }
}

IrOperand lw_own(LwCtx *c, IrOperand o) {
    if (o.kind == IR_OPND_TEMP) return o;
    IrOperand t = lw_temp(c);
    lw_store(c, t, o, true);
    return t;
}

int lw_handler(LwCtx *c) {
    LwFunc *fn = c->fn;
    for (int i = fn->blocks.len - 1; i >= 0; i--)
        if (fn->blocks.items[i].handler >= 0) return fn->blocks.items[i].handler;
    return 0;
}

IrInstr *lw_call_to(LwCtx *c, const char *fn, const IrOperand *args, int n, int loc, IrCheck check) {
    IrInstr *in = lw_emit(c, IR_CALL);
    in->fn = fn;
    if (n > 0) {
        in->args = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, n);
        memcpy(in->args, args, sizeof(IrOperand) * (size_t)n);
    }
    in->nargs = n;
    in->check = loc >= 0 ? check : IR_CHECK_NONE;
    in->loc = loc;
    in->handler = lw_handler(c);
    return in;
}

IrOperand lw_call_v(LwCtx *c, const char *fn, const IrOperand *args, int n, int loc) {
    IrOperand d = lw_temp(c);
    lw_call_to(c, fn, args, n, loc, IR_CHECK_NULL)->dest = d;
    return d;
}

IrOperand lw_call_i(LwCtx *c, const char *fn, const IrOperand *args, int n, int loc) {
    IrOperand d = lw_int(c);
    lw_call_to(c, fn, args, n, loc, IR_CHECK_NEG)->dest = d;
    return d;
}

void lw_call_s(LwCtx *c, const char *fn, const IrOperand *args, int n, int loc) {
    lw_call_to(c, fn, args, n, loc, IR_CHECK_NEG);
}

void lw_call_raise(LwCtx *c, const char *fn, const IrOperand *args, int n, int loc) {
    IrOperand d = lw_temp(c);
    lw_call_to(c, fn, args, n, loc, IR_CHECK_FAIL)->dest = d;
    lw_moved(c, d); /* always PY2C_NULL */
}

int lw_new_label(LwCtx *c) { return c->fn->f->nlabels++; }

void lw_label(LwCtx *c, int label) { lw_emit(c, IR_LABEL)->index = label; }

void lw_jump(LwCtx *c, int label) { lw_emit(c, IR_JUMP)->index = label; }

void lw_branch(LwCtx *c, IrOperand n, bool if_true, int label) {
    IrInstr *in = lw_emit(c, IR_BRANCH);
    in->index = label;
    in->negate = !if_true;
    in->args = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, 1);
    in->args[0] = n;
    in->nargs = 1;
}

/* ---- names ------------------------------------------------------------------ */

/* Builtins referenced statically: the runtime's own list (py2c/builtins.h),
 * so the compiler and the runtime cannot disagree on what exists. */
static const struct { const char *name, *c_symbol; } builtins[] = {
#define X(py, sym) {#py, #sym},
    PY2C_BUILTIN_NAMES(X) PY2C_BUILTIN_EXCEPTIONS(X)
#undef X
};

/* Other names CPython's builtins module has: using them is reported. */
static const char *const other_builtins[] = {
    "aiter", "anext", "breakpoint", "bytearray", "classmethod", "compile", "complex", "copyright", "credits",
    "dir", "eval", "exec", "exit", "globals", "help", "license", "locals", "memoryview", "property", "quit",
    "slice", "staticmethod", "super", "vars", "__import__", "__build_class__", "BaseExceptionGroup",
    "ExceptionGroup", "__loader__", "__spec__", "__package__", "__doc__", "__file__", "__builtins__",
};

/* The C value of builtin name, or NULL. */
static const char *builtin_value(LwCtx *c, const char *name) {
    for (size_t i = 0; i < ARRAY_LEN(builtins); i++)
        if (strcmp(builtins[i].name, name) == 0)
            return arena_printf(&c->m->arena, "PY2C_BUILTIN_VALUE(%s)", builtins[i].c_symbol);
    return NULL;
}

static bool is_other_builtin(const char *name) {
    for (size_t i = 0; i < ARRAY_LEN(other_builtins); i++)
        if (strcmp(other_builtins[i], name) == 0) return true;
    return false;
}

static int global_index(LwCtx *c, const char *name) {
    for (int i = 0; i < c->globals.len; i++)
        if (strcmp(c->globals.items[i].name, name) == 0) return i;
    IrGlobal g = {name, false, NULL};
    g.builtin = builtin_value(c, name);
    g.is_builtin_name = g.builtin != NULL;
    VEC_PUSH(&c->globals, g);
    return c->globals.len - 1;
}

static int var_index(LwCtx *c, const char *name) {
    LwFunc *fn = c->fn;
    for (int i = 0; i < fn->vars.len; i++)
        if (strcmp(fn->vars.items[i].name, name) == 0) return i;
    INTERNAL_ERROR("no variable '%s' in %s", name, fn->f->qualname);
}

static bool maybe_deleted(LwCtx *c, const char *name) {
    for (int i = 0; i < c->fn->deleted.len; i++)
        if (strcmp(c->fn->deleted.items[i], name) == 0) return true;
    return false;
}

static void check_bound(LwCtx *c, IrOperand v, const char *name, IrBound kind, const AstNode *at) {
    IrInstr *in = lw_emit(c, IR_BOUND);
    in->args = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, 1);
    in->args[0] = v;
    in->nargs = 1;
    in->name = name;
    in->bound = kind;
    in->loc = lw_loc(c, at);
    in->handler = lw_handler(c);
}

typedef enum { WHERE_VAR, WHERE_GLOBAL, WHERE_CLASS } Where;

/* How name is reached from the current scope. */
static Where where_is(LwCtx *c, const char *name, ResKind *kind) {
    ResScope *s = c->fn->scope;
    ResSymbol *sym = res_lookup(s, name);
    *kind = sym ? sym->kind : RES_GLOBAL_IMPLICIT;
    if (s->kind == RES_MODULE) return WHERE_GLOBAL;
    if (!sym) return WHERE_GLOBAL;
    switch (sym->kind) {
    case RES_LOCAL: return s->kind == RES_CLASS ? WHERE_CLASS : WHERE_VAR;
    case RES_CELL:
    case RES_FREE: return WHERE_VAR;
    case RES_GLOBAL_EXPLICIT:
    case RES_GLOBAL_IMPLICIT: return WHERE_GLOBAL;
    }
    return WHERE_GLOBAL;
}

static IrOperand load_global(LwCtx *c, const char *name, const AstNode *at) {
    if (res_is_global_name(&c->res, name)) {
        int g = global_index(c, name);
        IrOperand v = {IR_OPND_GLOBAL, g, NULL, NULL, 0};
        if (!c->globals.items[g].is_builtin_name) check_bound(c, v, name, IR_BOUND_GLOBAL, at);
        return v;
    }
    const char *b = builtin_value(c, name);
    if (b) return lw_c(b);
    if (strcmp(name, "__name__") == 0) {
        const char *mod = c->m->py_module ? c->m->py_module : "__main__";
        return lw_str(c, mod, strlen(mod));
    }

    if (strcmp(name, "__doc__") == 0)
        return c->module_doc ? lw_str(c, c->module_doc->data, c->module_doc->len) : lw_none(c);
    if (strcmp(name, "NotImplemented") == 0) return lw_c("PY2C_NOT_IMPLEMENTED");
    if (strcmp(name, "Ellipsis") == 0) return lw_const(c, (IrConst){.kind = IR_CONST_ELLIPSIS});
    if (strcmp(name, "__debug__") == 0) return lw_const(c, (IrConst){.kind = IR_CONST_BOOL, .i = 1});
    if (is_other_builtin(name)) {
        lw_unsupported(c, at->span, "the builtin '%s'", name);
        return lw_absent;
    }
    /* never bound anywhere: NameError when reached */
    check_bound(c, lw_absent, name, IR_BOUND_GLOBAL, at);
    return lw_none(c);
}

bool lw_is_builtin(LwCtx *c, const char *name) {
    ResKind kind;
    return where_is(c, name, &kind) == WHERE_GLOBAL && !res_is_global_name(&c->res, name);
}

bool lw_reads_global(LwCtx *c, const char *name) {
    ResKind kind;
    return where_is(c, name, &kind) == WHERE_GLOBAL && res_is_global_name(&c->res, name);
}

bool lw_global_falls_back(LwCtx *c, const char *name) { return builtin_value(c, name) != NULL; }

/* Raises RuntimeError(msg) (always). */
static void raise_runtime_error(LwCtx *c, const char *msg, int loc) {
    size_t n = strlen(msg);
    char *q = arena_alloc(&c->m->arena, n + 3);
    q[0] = '"';
    memcpy(q + 1, msg, n);
    q[n + 1] = '"';
    q[n + 2] = 0;
    IrOperand a[2] = {lw_c("&py2c_exc_RuntimeError"), lw_c(q)};
    lw_call_raise(c, "py2c_error_format", a, 2, loc);
}

/* super() finds the class in the implicit __class__ cell and the instance in
 * the function's first argument, with CPython's errors (super_init_without_args). */
IrOperand lw_super(LwCtx *c, const AstNode *e) {
    int loc = lw_loc(c, e);
    int n = e->u.call.args.len;
    bool plain = e->u.call.keywords.len == 0;
    for (int i = 0; i < n; i++)
        if (e->u.call.args.items[i]->kind == AST_STARRED) plain = false;
    if (!plain || n == 1 || n > 2) {
        lw_unsupported(c, e->span, "super() with arguments other than none or (type, obj)");
        return lw_absent;
    }
    if (n == 2) {
        IrOperand v[2];
        lw_exprs(c, e->u.call.args.items, 2, v);
        IrOperand r = lw_call_v(c, "py2c_super_new", v, 2, loc);
        lw_release(c, v[0]);
        lw_release(c, v[1]);
        return r;
    }
    LwFunc *fn = c->fn;
    if (!res_is_function_like(fn->scope) || fn->f->npos == 0) {
        raise_runtime_error(c, "super(): no arguments", loc);
        return lw_none(c);
    }
    IrVar *first = &fn->vars.items[0];
    IrOperand self = {first->kind == IR_VAR_LOCAL ? IR_OPND_VAR : IR_OPND_DEREF, 0, NULL, NULL, 0};
    if (first->kind != IR_VAR_LOCAL || maybe_deleted(c, first->name))
        check_bound(c, self, "super(): arg[0] deleted", IR_BOUND_RUNTIME, e);
    ResSymbol *sym = res_lookup(fn->scope, "__class__");
    if (!sym || sym->kind != RES_FREE) {
        raise_runtime_error(c, "super(): __class__ cell not found", loc);
        return lw_none(c);
    }
    IrOperand cls = {IR_OPND_DEREF, var_index(c, "__class__"), NULL, NULL, 0};
    check_bound(c, cls, "super(): empty __class__ cell", IR_BOUND_RUNTIME, e);
    IrOperand a[2] = {cls, self};
    return lw_call_v(c, "py2c_super_new", a, 2, loc);
}

const char *lw_mangle(LwCtx *c, const char *name) {
    return res_mangle(&c->m->arena, c->fn->scope->private_name, name);
}

/* A function's variable (local, cell or free). */
static IrOperand load_var(LwCtx *c, const char *name, const AstNode *at) {
    int k = var_index(c, name);
    IrVar *var = &c->fn->vars.items[k];
    if (var->kind == IR_VAR_LOCAL) {
        IrOperand v = {IR_OPND_VAR, k, NULL, NULL, 0};
        if (var->param < 0 || maybe_deleted(c, name)) check_bound(c, v, name, IR_BOUND_LOCAL, at);
        return v;
    }
    if (k < c->fn->free_copy.len && c->fn->free_copy.items[k] >= 0)
        return (IrOperand){IR_OPND_VAR, c->fn->free_copy.items[k], NULL, NULL, 0};
    IrOperand v = {IR_OPND_DEREF, k, NULL, NULL, 0};
    check_bound(c, v, name, var->kind == IR_VAR_FREE ? IR_BOUND_FREE : IR_BOUND_LOCAL, at);
    return v;
}

/* A def's stable free variables (lw_free_stable.c) are read once, at entry,
 * into locals of the same name (v_x beside the cell c_x). */
static void copy_stable_free(LwCtx *c, LwFunc *fn) {
    int n = fn->vars.len;
    for (int k = 0; k < n; k++) {
        VEC_PUSH(&fn->free_copy, -1);
        const char *name = fn->vars.items[k].name; /* (the push below may move the items) */
        if (fn->vars.items[k].kind != IR_VAR_FREE || !lw_free_is_stable(c, fn->scope, name)) continue;
        VEC_PUSH(&fn->vars, ((IrVar){name, IR_VAR_LOCAL, -1, -1, false}));
        fn->free_copy.items[k] = fn->vars.len - 1;
        lw_store(c, (IrOperand){IR_OPND_VAR, fn->vars.len - 1, NULL, NULL, 0}, (IrOperand){IR_OPND_DEREF, k, NULL, NULL, 0},
                 false);
    }
}

/* Names the class body binds without the symbol table seeing them. */
static bool implicit_class_name(const char *name) {
    return strcmp(name, "__module__") == 0 || strcmp(name, "__qualname__") == 0 || strcmp(name, "__doc__") == 0 ||
           strcmp(name, "__annotations__") == 0;
}

/* CPython's LOAD_NAME (and LOAD_CLASSDEREF) in a class body: the class
 * namespace first, then where the name lives outside it (outer_var: the
 * enclosing function's cell; else the globals, then the builtins). The
 * namespace is a dict of str keys the program cannot reach during the body,
 * so the lookup itself cannot fail. */
static IrOperand load_class_name(LwCtx *c, const char *name, const AstNode *at, bool outer_var) {
    IrOperand a[2] = {c->fn->class_ns, lw_str(c, name, strlen(name))};
    IrOperand t = lw_temp(c);
    lw_call_to(c, "py2c_dict_get_opt", a, 2, -1, IR_CHECK_NONE)->dest = t;
    IrOperand missing = lw_int(c);
    lw_call_to(c, "PY2C_IS_NULL", &t, 1, -1, IR_CHECK_NONE)->dest = missing;
    int done = lw_new_label(c);
    lw_branch(c, missing, false, done);
    IrOperand v = outer_var ? load_var(c, name, at) : load_global(c, name, at);
    lw_store(c, t, v, true);
    lw_label(c, done);
    return t;
}

IrOperand lw_load_name(LwCtx *c, const char *name, const AstNode *at) {
    name = lw_mangle(c, name);
    ResKind kind;
    Where w = where_is(c, name, &kind);
    if (c->fn->scope->kind == RES_CLASS && w != WHERE_CLASS && kind != RES_GLOBAL_EXPLICIT && implicit_class_name(name))
        return load_class_name(c, name, at, w == WHERE_VAR);
    switch (w) {
    case WHERE_GLOBAL: return load_global(c, name, at);
    case WHERE_CLASS: return load_class_name(c, name, at, false);
    case WHERE_VAR: break;
    }
    if (c->fn->scope->kind == RES_CLASS && kind == RES_FREE) return load_class_name(c, name, at, true);
    return load_var(c, name, at);
}

void lw_store_name(LwCtx *c, const char *name, IrOperand v, bool keep, const AstNode *at) {
    name = lw_mangle(c, name);
    ResKind kind;
    switch (where_is(c, name, &kind)) {
    case WHERE_GLOBAL: lw_store(c, (IrOperand){IR_OPND_GLOBAL, global_index(c, name), NULL, NULL, 0}, v, keep); return;
    case WHERE_CLASS: {
        IrOperand args[3] = {c->fn->class_ns, lw_str(c, name, strlen(name)), v};
        lw_call_s(c, "py2c_dict_setitem", args, 3, lw_loc(c, at));
        if (!keep) lw_release(c, v);
        return;
    }
    case WHERE_VAR: break;
    }
    int k = var_index(c, name);
    bool cell = c->fn->vars.items[k].kind != IR_VAR_LOCAL;
    lw_store(c, (IrOperand){cell ? IR_OPND_DEREF : IR_OPND_VAR, k, NULL, NULL, 0}, v, keep);
}

static IrOperand name_slot(LwCtx *c, const char *name, bool *in_class) {
    ResKind kind;
    *in_class = false;
    switch (where_is(c, name, &kind)) {
    case WHERE_GLOBAL: return (IrOperand){IR_OPND_GLOBAL, global_index(c, name), NULL, NULL, 0};
    case WHERE_CLASS: *in_class = true; return lw_absent;
    case WHERE_VAR: break;
    }
    int k = var_index(c, name);
    bool cell = c->fn->vars.items[k].kind != IR_VAR_LOCAL;
    return (IrOperand){cell ? IR_OPND_DEREF : IR_OPND_VAR, k, NULL, NULL, 0};
}

void lw_delete_name(LwCtx *c, const char *name, const AstNode *at) {
    name = lw_mangle(c, name);
    bool in_class;
    IrOperand slot = name_slot(c, name, &in_class);
    if (in_class) {
        /* DELETE_NAME: NameError (not KeyError) when the namespace lacks it */
        IrOperand a[2] = {c->fn->class_ns, lw_str(c, name, strlen(name))};
        IrOperand t = lw_temp(c);
        lw_call_to(c, "py2c_dict_get_opt", a, 2, -1, IR_CHECK_NONE)->dest = t;
        check_bound(c, t, name, IR_BOUND_GLOBAL, at);
        lw_release(c, t);
        lw_call_s(c, "py2c_dict_delitem", a, 2, lw_loc(c, at));
        return;
    }
    IrBound kind = IR_BOUND_LOCAL;
    if (slot.kind == IR_OPND_GLOBAL) kind = IR_BOUND_GLOBAL;
    else if (c->fn->vars.items[slot.index].kind == IR_VAR_FREE) kind = IR_BOUND_FREE;
    check_bound(c, slot, name, kind, at);
    lw_emit(c, IR_CLEAR)->dest = slot;
}

void lw_unbind_name(LwCtx *c, const char *name, const AstNode *at) {
    name = lw_mangle(c, name);
    bool in_class;
    IrOperand slot = name_slot(c, name, &in_class);
    if (in_class) {
        /* `name = None; del name`, as CPython ends an except clause */
        IrOperand a[3] = {c->fn->class_ns, lw_str(c, name, strlen(name)), lw_none(c)};
        lw_call_s(c, "py2c_dict_setitem", a, 3, lw_loc(c, at));
        lw_call_s(c, "py2c_dict_delitem", a, 2, lw_loc(c, at));
        return;
    }
    lw_emit(c, IR_CLEAR)->dest = slot;
}

/* ---- functions -------------------------------------------------------------- */

/* FNV-1a of a C name. */
static uint64_t name_hash(const char *s) {
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

/* A unique C name: "f_" + the qualname with ".<locals>." and "." as "__",
 * '<' '>' dropped, other bytes outside [A-Za-z0-9_] as _XX. */
const char *lw_c_func_name(LwCtx *c, const char *prefix, const char *qualname) {
    StrBuf sb;
    sb_init(&sb);
    sb_puts(&sb, prefix);
    for (const char *p = qualname; *p; p++) {
        unsigned char ch = (unsigned char)*p;
        if (strncmp(p, ".<locals>.", 10) == 0) {
            sb_puts(&sb, "__");
            p += 9;
        } else if (ch == '.') {
            sb_puts(&sb, "__");
        } else if (ch == '<' || ch == '>') {
            continue;
        } else if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_') {
            sb_putc(&sb, (char)ch);
        } else {
            sb_printf(&sb, "_%02X", ch);
        }
    }
    const char *base = arena_strndup(&c->m->arena, sb.data, sb.len);
    sb_free(&sb);
    const char *name = base;
    uint64_t h;
    for (int n = 2;; n++) {
        h = name_hash(name);
        bool taken = false;
        for (int i = 0; i < c->c_names.len && !taken; i++)
            taken = c->c_name_hashes.items[i] == h && strcmp(c->c_names.items[i], name) == 0;
        if (!taken) break;
        name = arena_printf(&c->m->arena, "%s_%d", base, n);
    }
    VEC_PUSH(&c->c_names, name);
    VEC_PUSH(&c->c_name_hashes, h);
    return name;
}

static void collect_deleted_target(LwFunc *fn, const AstNode *t) {
    if (t->kind == AST_NAME) VEC_PUSH(&fn->deleted, res_mangle(fn->scope->private_arena, fn->scope->private_name, t->u.name.id));
    else if (t->kind == AST_TUPLE || t->kind == AST_LIST)
        for (int i = 0; i < t->u.seq.elts.len; i++) collect_deleted_target(fn, t->u.seq.elts.items[i]);
}

/* Names a function body may unbind again (so reads of parameters need checks). */
static void collect_deleted(LwFunc *fn, const AstList *body) {
    for (int i = 0; i < body->len; i++) {
        const AstNode *s = body->items[i];
        switch (s->kind) {
        case AST_DELETE:
            for (int k = 0; k < s->u.delete_.targets.len; k++) collect_deleted_target(fn, s->u.delete_.targets.items[k]);
            break;
        case AST_FOR:
        case AST_ASYNC_FOR: collect_deleted(fn, &s->u.for_.body); collect_deleted(fn, &s->u.for_.orelse); break;
        case AST_WHILE: collect_deleted(fn, &s->u.while_.body); collect_deleted(fn, &s->u.while_.orelse); break;
        case AST_IF: collect_deleted(fn, &s->u.if_.body); collect_deleted(fn, &s->u.if_.orelse); break;
        case AST_WITH:
        case AST_ASYNC_WITH: collect_deleted(fn, &s->u.with.body); break;
        case AST_TRY:
        case AST_TRY_STAR:
            collect_deleted(fn, &s->u.try_.body);
            for (int k = 0; k < s->u.try_.handlers.len; k++) {
                const AstNode *h = s->u.try_.handlers.items[k];
                if (h->u.except_handler.name.name)
                    VEC_PUSH(&fn->deleted, res_mangle(fn->scope->private_arena, fn->scope->private_name,
                                                      h->u.except_handler.name.name));
                collect_deleted(fn, &h->u.except_handler.body);
            }
            collect_deleted(fn, &s->u.try_.orelse);
            collect_deleted(fn, &s->u.try_.finalbody);
            break;
        case AST_FUNCTION_DEF:
        case AST_ASYNC_FUNCTION_DEF:
        case AST_CLASS_DEF:
        case AST_RETURN:
        case AST_ASSIGN:
        case AST_AUG_ASSIGN:
        case AST_ANN_ASSIGN:
        case AST_MATCH:
        case AST_RAISE:
        case AST_ASSERT:
        case AST_IMPORT:
        case AST_IMPORT_FROM:
        case AST_GLOBAL:
        case AST_NONLOCAL:
        case AST_EXPR:
        case AST_PASS:
        case AST_BREAK:
        case AST_CONTINUE:
        AST_CASES_EXPR:
        AST_CASES_OTHER: break;
        }
    }
}

static void add_var(LwFunc *fn, const char *name, int param) {
    ResSymbol *sym = res_lookup(fn->scope, name);
    IrVar v = {name, IR_VAR_LOCAL, param, -1, false};
    if (sym && sym->kind == RES_CELL) v.kind = IR_VAR_CELL;
    VEC_PUSH(&fn->vars, v);
}

static void add_param(LwFunc *fn, const char *name, int k) {
    add_var(fn, res_mangle(fn->scope->private_arena, fn->scope->private_name, name), k);
}

static void add_params(LwFunc *fn, const AstNode *args) {
    IrFunc *f = fn->f;
    const AstList *pos[] = {&args->u.arguments.posonlyargs, &args->u.arguments.args};
    int k = 0;
    for (int j = 0; j < 2; j++)
        for (int i = 0; i < pos[j]->len; i++) add_param(fn, pos[j]->items[i]->u.arg.arg.name, k++);
    f->nposonly = args->u.arguments.posonlyargs.len;
    f->npos = k;
    if (args->u.arguments.vararg) {
        add_param(fn, args->u.arguments.vararg->u.arg.arg.name, k++);
        f->varargs = true;
    }
    for (int i = 0; i < args->u.arguments.kwonlyargs.len; i++)
        add_param(fn, args->u.arguments.kwonlyargs.items[i]->u.arg.arg.name, k++);
    f->nkwonly = args->u.arguments.kwonlyargs.len;
    if (args->u.arguments.kwarg) {
        add_param(fn, args->u.arguments.kwarg->u.arg.arg.name, k++);
        f->varkw = true;
    }
    f->nparams = k;
}

typedef VEC(const char *) FreeNames;

/* The free variables of a scope's code, in closure order: its free symbols;
 * for a class body, then the cells it passes on to its methods and its
 * implicit __class__ cell (always last). */
static void free_names(const ResScope *s, FreeNames *out) {
    for (int i = 0; i < s->syms.len; i++)
        if (s->syms.items[i].kind == RES_FREE) VEC_PUSH(out, s->syms.items[i].name);
    if (s->kind != RES_CLASS) return;
    for (int i = 0; i < s->pass_free.len; i++) VEC_PUSH(out, s->pass_free.items[i]);
    if (s->class_cell) VEC_PUSH(out, "__class__");
}

/* A def's C name: the one lw_direct.c chose for a direct callee, or a new one. */
static const char *c_func_name_for(LwCtx *c, const ResScope *scope) {
    const char *direct = scope->kind == RES_FUNCTION ? lw_direct_c_name(c, scope->node) : NULL;
    return direct ? direct : lw_c_func_name(c, "f_", scope->qualname);
}

/* Opens a function: its variables are the parameters (args, or ".0" for a
 * comprehension), then every other local, cell and free variable. */
static LwFunc *begin_func(LwCtx *c, ResScope *scope, IrFuncKind kind, const AstNode *args) {
    LwFunc *fn = xmalloc(sizeof *fn);
    *fn = (LwFunc){0};
    fn->scope = scope;
    fn->class_ns = lw_absent;
    IrFunc *f = ARENA_NEW(&c->m->arena, IrFunc);
    fn->f = f;
    f->kind = kind;
    f->start_loc = -1;
    f->py_name = scope->name;
    f->qualname = scope->qualname;
    f->c_name = kind == IR_FUNC_MODULE ? NULL : c_func_name_for(c, scope);
    VEC_PUSH(&c->funcs, f);
    if (args) {
        add_params(fn, args);
    } else if (kind == IR_FUNC_COMPREHENSION || kind == IR_FUNC_GENERATOR) {
        add_var(fn, ".0", 0);
        f->nparams = f->npos = 1;
    }
    if (res_is_function_like(scope)) {
        for (int i = 0; i < scope->syms.len; i++) {
            ResSymbol *sym = &scope->syms.items[i];
            if (sym->kind != RES_LOCAL && sym->kind != RES_CELL) continue;
            bool have = false;
            for (int j = 0; j < fn->vars.len; j++)
                if (strcmp(fn->vars.items[j].name, sym->name) == 0) have = true;
            if (!have) add_var(fn, sym->name, -1);
        }
    }
    if (res_is_function_like(scope) || scope->kind == RES_CLASS) {
        FreeNames names = {0};
        free_names(scope, &names);
        for (int i = 0; i < names.len; i++) VEC_PUSH(&fn->vars, ((IrVar){names.items[i], IR_VAR_FREE, -1, i, false}));
        VEC_FREE(&names);
    }
    if (kind == IR_FUNC_DEF) lw_choose_unboxed(c, fn);
    return fn;
}

#define COPY_VEC(arena, T, v, out_items, out_len)                        \
    do {                                                                 \
        (out_len) = (v).len;                                             \
        (out_items) = NULL;                                              \
        if ((v).len > 0) {                                               \
            (out_items) = ARENA_NEW_ARRAY((arena), T, (v).len);          \
            memcpy((out_items), (v).items, sizeof(T) * (size_t)(v).len); \
        }                                                                \
    } while (0)

static void end_func(LwCtx *c, LwFunc *fn) {
    IrFunc *f = fn->f;
    COPY_VEC(&c->m->arena, IrInstr, fn->code, f->code, f->ncode);
    COPY_VEC(&c->m->arena, IrLoc, fn->locs, f->locs, f->nlocs);
    COPY_VEC(&c->m->arena, IrVar, fn->vars, f->vars, f->nvars);
    f->nfloats = fn->floats;
    f->nint64s = fn->int64s;
    lw_prune_bound_checks(f);
    VEC_FREE(&fn->code);
    VEC_FREE(&fn->locs);
    VEC_FREE(&fn->vars);
    VEC_FREE(&fn->live);
    VEC_FREE(&fn->blocks);
    VEC_FREE(&fn->deleted);
    VEC_FREE(&fn->free_copy);
    free(fn);
}

static void emit_return_none(LwCtx *c) {
    if (c->fn->code.len > 0 && VEC_LAST(&c->fn->code).kind == IR_RETURN) return;
    if (c->fn->f->kind == IR_FUNC_GENERATOR) {
        lw_emit(c, IR_RETURN); /* the result stays PY2C_NULL: the generator is exhausted */
        return;
    }
    lw_store(c, (IrOperand){IR_OPND_RESULT, 0, NULL, NULL, 0}, lw_none(c), false);
    lw_emit(c, IR_RETURN);
}

/* The cells an inner scope's free variables come from, in its order
 * (class_cell: a class body's own __class__ cell). */
static IrOperand closure_cells(LwCtx *c, ResScope *inner, IrOperand class_cell) {
    FreeNames names = {0};
    free_names(inner, &names);
    VEC(IrOperand) cells = {0};
    for (int i = 0; i < names.len; i++) {
        const char *name = names.items[i];
        if (inner->kind == RES_CLASS && inner->class_cell && i == names.len - 1)
            VEC_PUSH(&cells, class_cell);
        else if (c->fn->scope->kind == RES_CLASS && c->fn->scope->class_cell && strcmp(name, "__class__") == 0)
            VEC_PUSH(&cells, c->fn->class_cell); /* a method's __class__: the class's implicit cell */
        else
            VEC_PUSH(&cells, ((IrOperand){IR_OPND_VAR, var_index(c, name), NULL, NULL, 0}));
    }
    IrOperand a = lw_array(c, cells.items, cells.len);
    VEC_FREE(&cells);
    VEC_FREE(&names);
    return a;
}

/* The function object for code fn (closure over cells), or PY2C_NULL. */
static IrOperand function_object(LwCtx *c, const char *c_name, IrOperand cells, IrOperand defaults,
                                 IrOperand kwdefaults, int loc) {
    IrOperand closure = lw_absent;
    if (cells.nitems > 0) {
        IrOperand a[2] = {lw_cf(c, "%d", cells.nitems), cells};
        closure = lw_call_v(c, "py2c_tuple_pack", a, 2, loc);
    }
    IrOperand a[4] = {lw_cf(c, "&info_%s", c_name), defaults, kwdefaults, closure};
    IrOperand r = lw_call_v(c, "py2c_function_new", a, 4, loc);
    lw_release(c, closure);
    return r;
}

IrOperand lw_class_body(LwCtx *c, const AstNode *s, IrOperand cell, void (*body)(LwCtx *c, const AstNode *s)) {
    ResScope *scope = res_scope_of(&c->res, s);
    int loc = lw_loc(c, s);
    LwFunc *outer = c->fn;
    LwFunc *fn = begin_func(c, scope, IR_FUNC_DEF, NULL);
    const char *c_name = fn->f->c_name;
    c->fn = fn;
    if (scope->class_cell) fn->class_cell = (IrOperand){IR_OPND_VAR, fn->vars.len - 1, NULL, NULL, 0};
    lw_emit(c, IR_LINE)->index = s->span.line;
    body(c, s);
    end_func(c, fn);
    c->fn = outer;
    IrOperand f = function_object(c, c_name, closure_cells(c, scope, cell), lw_absent, lw_absent, loc);
    IrOperand a[4] = {f, lw_array(c, NULL, 0), lw_c("0"), lw_absent};
    IrOperand ns = lw_call_v(c, "py2c_call", a, 4, loc);
    lw_release(c, f);
    return ns;
}

IrOperand lw_make_function(LwCtx *c, const AstNode *node) {
    bool lambda = node->kind == AST_LAMBDA;
    const AstNode *args = lambda ? node->u.lambda.args : node->u.function_def.args;
    int loc = lw_loc(c, node);
    /* defaults and keyword-only defaults, evaluated now */
    IrOperand defaults = lw_absent, kwdefaults = lw_absent;
    const AstList *d = &args->u.arguments.defaults;
    if (d->len > 0) {
        IrOperand *vals = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, d->len);
        lw_exprs(c, d->items, d->len, vals);
        IrOperand a[2] = {lw_cf(c, "%d", d->len), lw_array(c, vals, d->len)};
        defaults = lw_call_v(c, "py2c_tuple_pack", a, 2, loc);
        lw_release(c, a[1]);
    }
    const AstList *kd = &args->u.arguments.kw_defaults;
    for (int i = 0; i < kd->len; i++) {
        if (!kd->items[i]) continue;
        if (kwdefaults.kind == IR_OPND_ABSENT) kwdefaults = lw_call_v(c, "py2c_dict_new", NULL, 0, loc);
        IrOperand v = lw_expr(c, kd->items[i]);
        const char *pname = lw_mangle(c, args->u.arguments.kwonlyargs.items[i]->u.arg.arg.name);
        IrOperand a[3] = {kwdefaults, lw_str(c, pname, strlen(pname)), v};
        lw_call_s(c, "py2c_dict_setitem", a, 3, loc);
        lw_release(c, v);
    }
    ResScope *scope = res_scope_of(&c->res, node);
    if (lambda && scope->generator) {
        lw_unsupported(c, node->span, "a lambda that yields");
        return lw_absent;
    }
    /* the body */
    LwFunc *outer = c->fn;
    LwFunc *fn = begin_func(c, scope, scope->generator ? IR_FUNC_GENERATOR : IR_FUNC_DEF, args);
    fn->f->gen_def = scope->generator;
    const char *c_name = fn->f->c_name;
    c->fn = fn;
    if (fn->f->gen_def) fn->f->start_loc = lw_loc(c, node);
    else copy_stable_free(c, fn);
    if (lambda) {
        lw_emit(c, IR_LINE)->index = node->u.lambda.body->span.line;
        IrOperand v = lw_expr(c, node->u.lambda.body);
        lw_store(c, (IrOperand){IR_OPND_RESULT, 0, NULL, NULL, 0}, v, false);
        lw_emit(c, IR_RETURN);
    } else {
        fn->f->doc = lw_docstring(c, &node->u.function_def.body);
        collect_deleted(fn, &node->u.function_def.body);
        lw_stmts(c, &node->u.function_def.body);
        emit_return_none(c);
    }
    end_func(c, fn);
    c->fn = outer;
    IrOperand r = function_object(c, c_name, closure_cells(c, scope, lw_absent), defaults, kwdefaults, loc);
    lw_release(c, defaults);
    lw_release(c, kwdefaults);
    return r;
}

/* One `for ... in ... if ...` level of a comprehension and everything inside it. */
static void comp_level(LwCtx *c, const AstNode *e, const AstList *gens, int i, IrOperand res) {
    const AstNode *g = gens->items[i];
    int loc = lw_loc(c, e);
    IrOperand it;
    if (i == 0) {
        it = (IrOperand){IR_OPND_VAR, 0, NULL, NULL, 0};
    } else {
        IrOperand src = lw_iter_source(c, g->u.comprehension.iter);
        it = lw_call_v(c, "py2c_iter", &src, 1, loc);
        lw_release(c, src);
    }
    int cont = lw_new_label(c), end = lw_new_label(c);
    lw_label(c, cont);
    IrOperand x = lw_temp(c);
    IrInstr *in = lw_emit(c, IR_FOR_ITER);
    in->dest = x;
    in->index = end;
    in->args = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, 1);
    in->args[0] = it;
    in->nargs = 1;
    in->loc = loc;
    in->handler = lw_handler(c);
    lw_assign(c, g->u.comprehension.target, x, false);
    for (int k = 0; k < g->u.comprehension.ifs.len; k++) {
        c->fn->ints = 0;
        lw_jump_if(c, g->u.comprehension.ifs.items[k], false, cont);
    }
    if (i + 1 < gens->len) {
        comp_level(c, e, gens, i + 1, res);
    } else if (e->kind == AST_GENERATOR_EXP) {
        IrOperand v = lw_own(c, lw_expr(c, e->u.comp.elt));
        IrInstr *y = lw_emit(c, IR_YIELD);
        y->args = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, 1);
        y->args[0] = v;
        y->nargs = 1;
        y->index = ++c->fn->f->nyields;
        y->loc = loc;
        y->handler = lw_handler(c);
        lw_moved(c, v);
    } else if (e->kind == AST_DICT_COMP) {
        IrOperand kv[2];
        AstNode *parts[2] = {e->u.dict_comp.key, e->u.dict_comp.value};
        lw_exprs(c, parts, 2, kv);
        IrOperand a[3] = {res, kv[0], kv[1]};
        lw_call_s(c, "py2c_dict_setitem", a, 3, loc);
        lw_release(c, kv[0]);
        lw_release(c, kv[1]);
    } else {
        IrOperand v = lw_expr(c, e->u.comp.elt);
        IrOperand a[2] = {res, v};
        lw_call_s(c, e->kind == AST_LIST_COMP ? "py2c_list_append" : "py2c_set_add", a, 2, loc);
        lw_release(c, v);
    }
    lw_jump(c, cont);
    lw_label(c, end);
    if (i > 0) lw_release(c, it);
}

IrOperand lw_comprehension(LwCtx *c, const AstNode *e) {
    bool dict = e->kind == AST_DICT_COMP;
    const AstList *gens = dict ? &e->u.dict_comp.generators : &e->u.comp.generators;
    int loc = lw_loc(c, e);
    for (int i = 0; i < gens->len; i++)
        if (gens->items[i]->u.comprehension.is_async) {
            lw_unsupported(c, gens->items[i]->span, "an asynchronous comprehension");
            return lw_absent;
        }
    IrOperand src = lw_iter_source(c, gens->items[0]->u.comprehension.iter);
    IrOperand it = lw_call_v(c, "py2c_iter", &src, 1, loc);
    lw_release(c, src);

    ResScope *scope = res_scope_of(&c->res, e);
    bool gen = e->kind == AST_GENERATOR_EXP;
    LwFunc *outer = c->fn;
    LwFunc *fn = begin_func(c, scope, gen ? IR_FUNC_GENERATOR : IR_FUNC_COMPREHENSION, NULL);
    IrFunc *f = fn->f;
    int findex = c->funcs.len - 1;
    c->fn = fn;
    if (gen) f->start_loc = lw_loc(c, e);
    lw_emit(c, IR_LINE)->index = e->span.line;
    IrOperand res = lw_absent;
    if (!gen) {
        const char *mk = e->kind == AST_LIST_COMP ? "py2c_list_new" : dict ? "py2c_dict_new" : "py2c_set_new";
        IrOperand zero = lw_c("0");
        res = lw_call_v(c, mk, &zero, e->kind == AST_LIST_COMP ? 1 : 0, lw_loc(c, e));
    }
    comp_level(c, e, gens, 0, res);
    if (gen) {
        lw_emit(c, IR_RETURN); /* result stays PY2C_NULL: exhausted */
    } else {
        lw_store(c, (IrOperand){IR_OPND_RESULT, 0, NULL, NULL, 0}, res, false);
        lw_emit(c, IR_RETURN);
    }
    end_func(c, fn);
    c->fn = outer;

    IrOperand cells = closure_cells(c, scope, lw_absent);
    if (gen) {
        IrOperand r = lw_temp(c);
        IrInstr *in = lw_emit(c, IR_MAKE_GEN);
        in->dest = r;
        in->index = findex;
        in->nargs = 1 + cells.nitems;
        in->args = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, in->nargs);
        in->args[0] = it;
        for (int i = 0; i < cells.nitems; i++) in->args[1 + i] = cells.items[i];
        in->loc = loc;
        in->handler = lw_handler(c);
        lw_moved(c, it);
        return r;
    }
    IrOperand a[2] = {it, cells};
    IrOperand r = lw_call_v(c, f->c_name, a, 2, loc);
    lw_release(c, it);
    return r;
}

/* ---- the module --------------------------------------------------------------- */

/* "dir/my-prog.py" -> "my-prog" */
static const char *base_name(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* A C identifier fragment for a module name: letters, digits and '_' stay,
 * any other byte becomes _XX (hex). */
static const char *mangle_module(Arena *a, const char *name) {
    StrBuf sb;
    sb_init(&sb);
    for (const char *p = name; *p; p++) {
        unsigned char ch = (unsigned char)*p;
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_')
            sb_putc(&sb, (char)ch);
        else
            sb_printf(&sb, "_%02X", ch);
    }
    const char *r = arena_strndup(a, sb.data, sb.len);
    sb_free(&sb);
    return r;
}

/* Importing submodule pkg.child binds `child` in the package's globals,
 * where the package's own code may read it without ever assigning it: each
 * child of this module is one of its globals. */
static void declare_submodules(LwCtx *c) {
    if (!c->prog) return;
    for (int i = 0; i < c->prog->n; i++) {
        if (c->prog->mods[i].parent != c->module_index) continue;
        const char *child = strrchr(c->prog->mods[i].name, '.') + 1;
        if (!res_is_global_name(&c->res, child)) res_add_global(&c->res, arena_strdup(&c->m->arena, child));
    }
}

IrModule *lw_lower(const AstModule *am, const LwProgram *prog, int index, DiagList *diags) {
    IrModule *m = ir_module_new();
    LwCtx c = {.m = m, .src = am->src, .diags = diags, .prog = prog, .module_index = index};
    m->py_module = prog ? arena_strdup(&m->arena, prog->mods[index].name) : "__main__";
    m->path = arena_strdup(&m->arena, am->src->path);
    m->file_name = arena_strdup(&m->arena, base_name(am->src->path));
    size_t n = strlen(m->file_name);
    m->module_name = arena_strndup(&m->arena, m->file_name, n > 3 && strcmp(m->file_name + n - 3, ".py") == 0 ? n - 3 : n);
    res_build(&c.res, &m->arena, am->root);
    lw_types_begin(&c, am);
    lw_direct_begin(&c, am);
    declare_submodules(&c);
    lc_begin(&c, am->root);

    LwFunc *fn = begin_func(&c, c.res.module, IR_FUNC_MODULE, NULL);
    fn->f->c_name = arena_printf(&m->arena, "mod_%s", mangle_module(&m->arena, m->module_name));
    VEC_PUSH(&c.c_names, fn->f->c_name);
    VEC_PUSH(&c.c_name_hashes, name_hash(fn->f->c_name));
    c.fn = fn;
    c.module_doc = lw_docstring_const(&am->root->u.module.body);
    if (lw_has_annotations(&am->root->u.module.body)) {
        /* SETUP_ANNOTATIONS: the module's __annotations__ dict */
        res_add_global(&c.res, "__annotations__");
        IrOperand d = lw_call_v(&c, "py2c_dict_new", NULL, 0, lw_loc(&c, am->root->u.module.body.items[0]));
        lw_store(&c, (IrOperand){IR_OPND_GLOBAL, global_index(&c, "__annotations__"), NULL, NULL, 0}, d, false);
    }
    lw_stmts(&c, &am->root->u.module.body);
    emit_return_none(&c);
    end_func(&c, fn);

    lc_end(&c);
    COPY_VEC(&m->arena, IrConst, c.consts, m->consts, m->nconsts);
    COPY_VEC(&m->arena, IrGlobal, c.globals, m->globals, m->nglobals);
    COPY_VEC(&m->arena, IrFunc *, c.funcs, m->funcs, m->nfuncs);
    VEC_FREE(&c.consts);
    VEC_FREE(&c.globals);
    VEC_FREE(&c.funcs);
    VEC_FREE(&c.c_names);
    VEC_FREE(&c.c_name_hashes);
    VEC_FREE(&c.const_sets);
    res_free(&c.res);
    lw_types_end(&c);
    lw_direct_end(&c);
    return m;
}
