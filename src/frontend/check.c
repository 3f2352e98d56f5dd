/* CPython's syntax checks beyond the grammar, run on the finished AST.
 *
 * CPython 3.11 rejects some programs after parsing: future.c (__future__
 * imports), symtable.c (scopes: global/nonlocal, duplicate parameters,
 * yield in comprehensions, walrus scoping) and compile.c (return/yield/await
 * outside their function, break/continue outside loops, starred targets,
 * match patterns, repeated keywords, __debug__). This file redoes those checks
 * with the same messages and at the same positions. The walk follows
 * symtable.c's visiting order, because "used prior to global declaration"
 * depends on it; the compile.c checks ride along in the same walk.
 *
 * CPython stops at its first error; py2c reports every one it finds (the
 * diagnostics list is capped), so one bad statement does not hide the next. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/fe_internal.h"
#include "ir/ast_kinds.h"

/* Symbol flags, as symtable.c's DEF_* bits. */
enum {
    SYM_GLOBAL = 1 << 0,    /* global statement */
    SYM_LOCAL = 1 << 1,     /* assignment, def, class, del, for, with, except, match capture */
    SYM_PARAM = 1 << 2,
    SYM_NONLOCAL = 1 << 3,  /* nonlocal statement (or a comprehension's walrus target) */
    SYM_USE = 1 << 4,       /* read */
    SYM_IMPORT = 1 << 5,
    SYM_ANNOT = 1 << 6,     /* annotated name */
    SYM_COMP_ITER = 1 << 7, /* iteration variable of a comprehension */
};
#define SYM_BOUND (SYM_LOCAL | SYM_PARAM | SYM_IMPORT)

typedef enum ScopeKind { SC_MODULE, SC_CLASS, SC_FUNCTION, SC_LAMBDA, SC_COMPREHENSION } ScopeKind;

typedef struct Sym {
    const char *name; /* NULL: empty slot */
    unsigned flags;
} Sym;

typedef struct Directive {
    const char *name;
    Span span;
} Directive;

/* A scope (CPython's symtable entry) plus the compile.c state of its code unit. */
typedef struct Scope {
    ScopeKind kind;
    bool is_async;      /* async def */
    AstKind comp_kind;  /* SC_COMPREHENSION: LIST_COMP, SET_COMP, DICT_COMP or GENERATOR_EXP */
    struct Scope *parent;
    Sym *syms;          /* open addressing, power-of-two capacity */
    int sym_cap, sym_len;
    VEC(Directive) directives;
    bool generator, coroutine;
    int comp_iter_expr;     /* inside a comprehension's iterable expression */
    bool comp_iter_target;  /* visiting a comprehension's target */
    VEC(char) fblocks;      /* 'L' loop, 'X' except* handler, innermost last */
    VEC(Span) value_returns; /* `return value` spans, for the async generator check */
} Scope;

typedef struct Checker {
    FeCtx *c;
    Scope *cur;
    VEC(Scope *) scopes; /* every scope, for the analysis pass and freeing */
    int future_lineno;   /* line of the last valid __future__ import, -1 if none */
    const AstNode *future_bad; /* the import check_future reported, if any */
} Checker;

static void visit_stmts(Checker *k, AstList body);
static void visit_stmt(Checker *k, AstNode *s);
static void visit_expr(Checker *k, AstNode *e);
static void visit_exprs(Checker *k, AstList l);

/* ---- symbol tables ------------------------------------------------------- */

static uint32_t hash_str(const char *s) {
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static Sym *sym_slot(Scope *sc, const char *name) {
    uint32_t mask = (uint32_t)sc->sym_cap - 1;
    for (uint32_t i = hash_str(name) & mask;; i = (i + 1) & mask)
        if (!sc->syms[i].name || strcmp(sc->syms[i].name, name) == 0) return &sc->syms[i];
}

static unsigned sym_flags(Scope *sc, const char *name) {
    if (!sc->sym_cap) return 0;
    Sym *s = sym_slot(sc, name);
    return s->name ? s->flags : 0;
}

static Sym *sym_get(Scope *sc, const char *name) {
    if ((sc->sym_len + 1) * 2 > sc->sym_cap) {
        Sym *old = sc->syms;
        int old_cap = sc->sym_cap;
        sc->sym_cap = old_cap ? old_cap * 2 : 16;
        sc->syms = calloc((size_t)sc->sym_cap, sizeof(Sym));
        if (!sc->syms) INTERNAL_ERROR("out of memory");
        for (int i = 0; i < old_cap; i++)
            if (old[i].name) *sym_slot(sc, old[i].name) = old[i];
        free(old);
    }
    Sym *s = sym_slot(sc, name);
    if (!s->name) {
        s->name = name;
        sc->sym_len++;
    }
    return s;
}

static Scope *scope_push(Checker *k, ScopeKind kind) {
    Scope *sc = calloc(1, sizeof *sc);
    if (!sc) INTERNAL_ERROR("out of memory");
    sc->kind = kind;
    sc->parent = k->cur;
    /* symtable_enter_block: a block nested in a comprehension's iterable
     * expression is still inside it. */
    if (k->cur) sc->comp_iter_expr = k->cur->comp_iter_expr;
    VEC_PUSH(&k->scopes, sc);
    k->cur = sc;
    return sc;
}

static void scope_free(Scope *sc) {
    free(sc->syms);
    VEC_FREE(&sc->directives);
    VEC_FREE(&sc->fblocks);
    VEC_FREE(&sc->value_returns);
    free(sc);
}

static bool is_function_like(const Scope *sc) {
    return sc->kind == SC_FUNCTION || sc->kind == SC_LAMBDA || sc->kind == SC_COMPREHENSION;
}

/* symtable_add_def_helper */
static void add_def_in(Checker *k, Scope *sc, const char *name, unsigned flag, Span where) {
    Sym *s = sym_get(sc, name);
    if ((flag & SYM_PARAM) && (s->flags & SYM_PARAM))
        fe_error_span(k->c, where, "duplicate argument '%s' in function definition", name);
    s->flags |= flag;
    if (sc->comp_iter_target) {
        if (s->flags & (SYM_GLOBAL | SYM_NONLOCAL))
            fe_error_span(k->c, where, "comprehension inner loop cannot rebind assignment expression target '%s'",
                          name);
        s->flags |= SYM_COMP_ITER;
    }
}

static void add_def(Checker *k, const char *name, unsigned flag, Span where) {
    add_def_in(k, k->cur, name, flag, where);
}

static void add_directive(Scope *sc, const char *name, Span where) {
    VEC_PUSH(&sc->directives, ((Directive){name, where}));
}

/* ---- small helpers ------------------------------------------------------- */

static bool is_debug(const char *name) { return name && strcmp(name, "__debug__") == 0; }

/* compile.c's forbidden_name for a store at `where`. */
static void check_store_name(Checker *k, const char *name, Span where) {
    if (is_debug(name)) fe_error_span(k->c, where, "cannot assign to __debug__");
}

static bool span_before(Span a, Span b) { return a.start_byte < b.start_byte; }

/* ---- arguments ----------------------------------------------------------- */

static void check_debug_args(Checker *k, AstNode *args, Span where) {
    if (!args) return;
    AstList lists[3] = {args->u.arguments.posonlyargs, args->u.arguments.args, args->u.arguments.kwonlyargs};
    for (int l = 0; l < 3; l++)
        for (int i = 0; i < lists[l].len; i++)
            if (lists[l].items[i] && is_debug(lists[l].items[i]->u.arg.arg.name)) {
                fe_error_span(k->c, where, "cannot assign to __debug__");
                return;
            }
    if ((args->u.arguments.vararg && is_debug(args->u.arguments.vararg->u.arg.arg.name)) ||
        (args->u.arguments.kwarg && is_debug(args->u.arguments.kwarg->u.arg.arg.name)))
        fe_error_span(k->c, where, "cannot assign to __debug__");
}

static void visit_param(Checker *k, AstNode *a) {
    if (a && a->u.arg.arg.name) add_def(k, a->u.arg.arg.name, SYM_PARAM, a->span);
}

/* symtable_visit_arguments: the order decides which duplicate is reported. */
static void visit_params(Checker *k, AstNode *args) {
    if (!args) return;
    for (int i = 0; i < args->u.arguments.posonlyargs.len; i++) visit_param(k, args->u.arguments.posonlyargs.items[i]);
    for (int i = 0; i < args->u.arguments.args.len; i++) visit_param(k, args->u.arguments.args.items[i]);
    for (int i = 0; i < args->u.arguments.kwonlyargs.len; i++) visit_param(k, args->u.arguments.kwonlyargs.items[i]);
    visit_param(k, args->u.arguments.vararg);
    visit_param(k, args->u.arguments.kwarg);
}

static void visit_arg_annotations(Checker *k, AstList l) {
    for (int i = 0; i < l.len; i++)
        if (l.items[i]) visit_expr(k, l.items[i]->u.arg.annotation);
}

static void visit_annotations(Checker *k, AstNode *args, AstNode *returns) {
    if (args) {
        visit_arg_annotations(k, args->u.arguments.posonlyargs);
        visit_arg_annotations(k, args->u.arguments.args);
        if (args->u.arguments.vararg) {
            /* `*args: *Ts` (PEP 646) */
            AstNode *ann = args->u.arguments.vararg->u.arg.annotation;
            visit_expr(k, ann && ann->kind == AST_STARRED ? ann->u.starred.value : ann);
        }
        if (args->u.arguments.kwarg) visit_expr(k, args->u.arguments.kwarg->u.arg.annotation);
        visit_arg_annotations(k, args->u.arguments.kwonlyargs);
    }
    visit_expr(k, returns);
}

static void visit_defaults(Checker *k, AstNode *args) {
    if (!args) return;
    visit_exprs(k, args->u.arguments.defaults);
    visit_exprs(k, args->u.arguments.kw_defaults);
}

/* ---- calls --------------------------------------------------------------- */

/* compile.c's validate_keywords. `where` is the call (or class statement). */
static void check_keywords(Checker *k, AstList kws, Span where) {
    for (int i = 0; i < kws.len; i++) {
        AstNode *kw = kws.items[i];
        if (!kw || !kw->u.keyword.arg.name) continue;
        if (is_debug(kw->u.keyword.arg.name)) {
            fe_error_span(k->c, where, "cannot assign to __debug__");
            return;
        }
        for (int j = i + 1; j < kws.len; j++) {
            AstNode *other = kws.items[j];
            if (other && other->u.keyword.arg.name &&
                strcmp(other->u.keyword.arg.name, kw->u.keyword.arg.name) == 0) {
                fe_error_span(k->c, other->span, "keyword argument repeated: %s", kw->u.keyword.arg.name);
                return;
            }
        }
    }
}

/* Positional / keyword order (CPython's parser, invalid_arguments). The AST
 * keeps positionals and keywords apart, so the source order comes from spans.
 * CPython points at the token after the arguments for a positional argument
 * out of place (usually the closing parenthesis): `close` is that position. */
static void check_arg_order(Checker *k, AstList args, AstList kws, Span close) {
    for (int i = 0; i < args.len; i++) {
        AstNode *a = args.items[i];
        if (!a) continue;
        bool after_kw = false, after_kw_unpack = false;
        for (int j = 0; j < kws.len; j++) {
            AstNode *kw = kws.items[j];
            if (!kw || !span_before(kw->span, a->span)) continue;
            after_kw = true;
            if (!kw->u.keyword.arg.name) after_kw_unpack = true;
        }
        if (a->kind == AST_STARRED) {
            if (after_kw_unpack) {
                fe_error_span(k->c, a->span, "iterable argument unpacking follows keyword argument unpacking");
                return;
            }
        } else if (after_kw) {
            fe_error_span(k->c, close, after_kw_unpack ? "positional argument follows keyword argument unpacking"
                                                       : "positional argument follows keyword argument");
            return;
        }
    }
}

/* Position of the first ')' after byte `from`, skipping blanks, commas,
 * comments and line continuations (the token CPython blames). */
static Span close_paren_after(Checker *k, uint32_t from, Span fallback) {
    const SourceFile *src = k->c->src;
    uint32_t i = from;
    while (i < src->len) {
        char ch = src->text[i];
        if (ch == '#') {
            while (i < src->len && src->text[i] != '\n') i++;
        } else if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == ',' || ch == '\\') {
            i++;
        } else {
            break;
        }
    }
    if (i >= src->len || src->text[i] != ')') return fallback;
    int line = 1;
    int lo = 0, hi = src->line_count - 1;
    while (lo < hi) { /* last line starting at or before i */
        int mid = (lo + hi + 1) / 2;
        if (src->line_starts[mid] <= i) lo = mid;
        else hi = mid - 1;
    }
    line = lo + 1;
    int col = (int)(i - src->line_starts[lo]);
    return (Span){line, col, line, col + 1, i, i + 1};
}

static uint32_t last_arg_end(AstList args, AstList kws) {
    uint32_t end = 0;
    for (int i = 0; i < args.len; i++)
        if (args.items[i] && args.items[i]->span.end_byte > end) end = args.items[i]->span.end_byte;
    for (int i = 0; i < kws.len; i++)
        if (kws.items[i] && kws.items[i]->span.end_byte > end) end = kws.items[i]->span.end_byte;
    return end;
}

static void visit_call_args(Checker *k, AstList args, AstList kws) {
    for (int i = 0; i < args.len; i++) {
        AstNode *a = args.items[i];
        if (a && a->kind == AST_STARRED) visit_expr(k, a->u.starred.value);
        else visit_expr(k, a);
    }
    for (int i = 0; i < kws.len; i++)
        if (kws.items[i]) visit_expr(k, kws.items[i]->u.keyword.value);
}

/* ---- comprehensions ------------------------------------------------------ */

static const char *comp_name(AstKind kind) {
    if (kind == AST_LIST_COMP) return "list comprehension";
    if (kind == AST_SET_COMP) return "set comprehension";
    if (kind == AST_DICT_COMP) return "dict comprehension";
    return "generator expression";
}

static void visit_comp_target(Checker *k, AstNode *target) {
    k->cur->comp_iter_target = true;
    visit_expr(k, target);
    k->cur->comp_iter_target = false;
}

/* symtable_handle_comprehension, then compile.c's check of asynchronous
 * comprehensions. The first iterable is evaluated in the enclosing scope. */
static void visit_comprehension(Checker *k, AstNode *e, AstList gens, AstNode *elt, AstNode *value) {
    if (gens.len == 0 || !gens.items[0]) return;
    AstNode *first = gens.items[0];
    k->cur->comp_iter_expr++;
    visit_expr(k, first->u.comprehension.iter);
    k->cur->comp_iter_expr--;
    Scope *sc = scope_push(k, SC_COMPREHENSION);
    sc->comp_kind = e->kind;
    if (first->u.comprehension.is_async) sc->coroutine = true;
    visit_comp_target(k, first->u.comprehension.target);
    visit_exprs(k, first->u.comprehension.ifs);
    for (int i = 1; i < gens.len; i++) {
        AstNode *g = gens.items[i];
        if (!g) continue;
        visit_comp_target(k, g->u.comprehension.target);
        sc->comp_iter_expr++;
        visit_expr(k, g->u.comprehension.iter);
        sc->comp_iter_expr--;
        visit_exprs(k, g->u.comprehension.ifs);
        if (g->u.comprehension.is_async) sc->coroutine = true;
    }
    visit_expr(k, value);
    visit_expr(k, elt);
    bool is_async = sc->coroutine && e->kind != AST_GENERATOR_EXP;
    k->cur = sc->parent;
    if (is_async) {
        Scope *p = k->cur;
        bool ok = (p->kind == SC_FUNCTION && p->is_async) || p->kind == SC_COMPREHENSION;
        if (!ok) fe_error_span(k->c, e->span, "asynchronous comprehension outside of an asynchronous function");
        p->coroutine = true;
    }
}

/* symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the
 * nearest enclosing function or module. */
static void extend_namedexpr_scope(Checker *k, AstNode *target) {
    const char *name = target->u.name.id;
    for (Scope *sc = k->cur; sc; sc = sc->parent) {
        switch (sc->kind) {
        case SC_COMPREHENSION:
            if (sym_flags(sc, name) & SYM_COMP_ITER) {
                fe_error_span(k->c, target->span,
                              "assignment expression cannot rebind comprehension iteration variable '%s'", name);
                return;
            }
            continue;
        case SC_FUNCTION:
        case SC_LAMBDA:
            add_def(k, name, (sym_flags(sc, name) & SYM_GLOBAL) ? SYM_GLOBAL : SYM_NONLOCAL, target->span);
            add_directive(k->cur, name, target->span);
            add_def_in(k, sc, name, SYM_LOCAL, target->span);
            return;
        case SC_MODULE:
            add_def(k, name, SYM_GLOBAL, target->span);
            add_directive(k->cur, name, target->span);
            add_def_in(k, sc, name, SYM_GLOBAL, target->span);
            return;
        case SC_CLASS:
            fe_error_span(k->c, target->span,
                          "assignment expression within a comprehension cannot be used in a class body");
            return;
        }
    }
}

/* ---- expressions --------------------------------------------------------- */

static bool in_parens(Checker *k, Span sp) {
    const char *t = k->c->src->text;
    uint32_t b = sp.start_byte, e = sp.end_byte;
    while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t')) b--;
    while (e < k->c->src->len && (t[e] == ' ' || t[e] == '\t')) e++;
    return b > 0 && t[b - 1] == '(' && e < k->c->src->len && t[e] == ')';
}

/* A starred expression that is not an element of a display, a target list
 * or a call's arguments. */
static void bad_starred(Checker *k, AstNode *e) {
    switch (e->u.starred.ctx) {
    case AST_STORE: fe_error_span(k->c, e->span, "starred assignment target must be in a list or tuple"); break;
    case AST_DEL: fe_error_span(k->c, e->span, "cannot delete starred"); break;
    case AST_LOAD:
        /* CPython's parser words a parenthesized one differently (invalid_group). */
        fe_error_span(k->c, e->span, in_parens(k, e->span) ? "cannot use starred expression here"
                                                            : "can't use starred expression here");
        break;
    }
}

static void visit_elts(Checker *k, AstNode *e, AstList elts, AstCtx ctx) {
    int stars = 0;
    for (int i = 0; i < elts.len; i++)
        if (elts.items[i] && elts.items[i]->kind == AST_STARRED) stars++;
    if (ctx == AST_STORE && stars > 1) fe_error_span(k->c, e->span, "multiple starred expressions in assignment");
    for (int i = 0; i < elts.len; i++) {
        AstNode *x = elts.items[i];
        if (!x) continue;
        if (x->kind == AST_STARRED) {
            if (ctx == AST_DEL) fe_error_span(k->c, x->span, "cannot delete starred");
            visit_expr(k, x->u.starred.value);
        } else {
            visit_expr(k, x);
        }
    }
}

static void visit_exprs(Checker *k, AstList l) {
    for (int i = 0; i < l.len; i++) visit_expr(k, l.items[i]);
}

static void visit_name(Checker *k, AstNode *e) {
    const char *id = e->u.name.id;
    if (!id) return;
    switch (e->u.name.ctx) {
    case AST_LOAD: add_def(k, id, SYM_USE, e->span); break;
    case AST_STORE:
        check_store_name(k, id, e->span);
        add_def(k, id, SYM_LOCAL, e->span);
        break;
    case AST_DEL:
        if (is_debug(id)) fe_error_span(k->c, e->span, "cannot delete __debug__");
        add_def(k, id, SYM_LOCAL, e->span);
        break;
    }
}

static void visit_yield(Checker *k, AstNode *e) {
    Scope *sc = k->cur;
    if (sc->kind == SC_COMPREHENSION) {
        fe_error_span(k->c, e->span, "'yield' inside %s", comp_name(sc->comp_kind));
    } else if (!is_function_like(sc)) {
        fe_error_span(k->c, e->span, "'yield' outside function");
    } else if (e->kind == AST_YIELD_FROM && sc->kind == SC_FUNCTION && sc->is_async) {
        fe_error_span(k->c, e->span, "'yield from' inside async function");
    }
    sc->generator = true;
    visit_expr(k, e->u.await_yield.value);
}

static void visit_await(Checker *k, AstNode *e) {
    Scope *sc = k->cur;
    if (!is_function_like(sc))
        fe_error_span(k->c, e->span, "'await' outside function");
    else if (!(sc->kind == SC_FUNCTION && sc->is_async) && sc->kind != SC_COMPREHENSION)
        fe_error_span(k->c, e->span, "'await' outside async function");
    visit_expr(k, e->u.await_yield.value);
    sc->coroutine = true;
}

static void visit_expr(Checker *k, AstNode *e) {
    if (!e) return;
    switch (e->kind) {
    case AST_BOOL_OP: visit_exprs(k, e->u.bool_op.values); break;
    case AST_NAMED_EXPR: {
        AstNode *t = e->u.named_expr.target;
        if (k->cur->comp_iter_expr > 0) {
            fe_error_span(k->c, e->span, "assignment expression cannot be used in a comprehension iterable expression");
            break;
        }
        if (k->cur->kind == SC_COMPREHENSION && t && t->kind == AST_NAME) extend_namedexpr_scope(k, t);
        visit_expr(k, e->u.named_expr.value);
        visit_expr(k, t);
        break;
    }
    case AST_BIN_OP:
        visit_expr(k, e->u.bin_op.left);
        visit_expr(k, e->u.bin_op.right);
        break;
    case AST_UNARY_OP: visit_expr(k, e->u.unary_op.operand); break;
    case AST_LAMBDA: {
        AstNode *args = e->u.lambda.args;
        check_debug_args(k, args, e->span);
        visit_defaults(k, args);
        scope_push(k, SC_LAMBDA);
        visit_params(k, args);
        visit_expr(k, e->u.lambda.body);
        k->cur = k->cur->parent;
        break;
    }
    case AST_IF_EXP:
        visit_expr(k, e->u.if_exp.test);
        visit_expr(k, e->u.if_exp.body);
        visit_expr(k, e->u.if_exp.orelse);
        break;
    case AST_DICT:
        visit_exprs(k, e->u.dict.keys);
        visit_exprs(k, e->u.dict.values);
        break;
    case AST_SET: visit_elts(k, e, e->u.set.elts, AST_LOAD); break;
    case AST_LIST_COMP:
    case AST_SET_COMP:
    case AST_GENERATOR_EXP: visit_comprehension(k, e, e->u.comp.generators, e->u.comp.elt, NULL); break;
    case AST_DICT_COMP:
        visit_comprehension(k, e, e->u.dict_comp.generators, e->u.dict_comp.key, e->u.dict_comp.value);
        break;
    case AST_AWAIT: visit_await(k, e); break;
    case AST_YIELD:
    case AST_YIELD_FROM: visit_yield(k, e); break;
    case AST_COMPARE:
        visit_expr(k, e->u.compare.left);
        visit_exprs(k, e->u.compare.comparators);
        break;
    case AST_CALL: {
        AstList args = e->u.call.args, kws = e->u.call.keywords;
        Span close = close_paren_after(k, last_arg_end(args, kws), e->span);
        check_arg_order(k, args, kws, close);
        visit_expr(k, e->u.call.func);
        visit_call_args(k, args, kws);
        check_keywords(k, kws, e->span);
        break;
    }
    case AST_FORMATTED_VALUE:
        visit_expr(k, e->u.formatted_value.value);
        visit_expr(k, e->u.formatted_value.format_spec);
        break;
    case AST_JOINED_STR: visit_exprs(k, e->u.joined_str.values); break;
    case AST_CONSTANT: break;
    case AST_ATTRIBUTE:
        visit_expr(k, e->u.attribute.value);
        if (e->u.attribute.ctx == AST_STORE) check_store_name(k, e->u.attribute.attr.name, e->span);
        break;
    case AST_SUBSCRIPT:
        visit_expr(k, e->u.subscript.value);
        visit_expr(k, e->u.subscript.slice);
        break;
    case AST_STARRED:
        bad_starred(k, e);
        visit_expr(k, e->u.starred.value);
        break;
    case AST_NAME: visit_name(k, e); break;
    case AST_LIST:
    case AST_TUPLE: visit_elts(k, e, e->u.seq.elts, e->u.seq.ctx); break;
    case AST_SLICE:
        visit_expr(k, e->u.slice.lower);
        visit_expr(k, e->u.slice.upper);
        visit_expr(k, e->u.slice.step);
        break;
    AST_CASES_NOT_EXPR:
        break;
    }
}

/* ---- match patterns (compile.c's compiler_pattern) ------------------------ */

typedef VEC(const char *) NameVec;

typedef struct PatCtx {
    NameVec stores;
    bool allow_irrefutable;
    Span loc;    /* compile.c's current location: the last pattern entered */
    bool failed; /* one error per case, as CPython stops at the first */
} PatCtx;

static bool names_have(const NameVec *v, const char *name) {
    for (int i = 0; i < v->len; i++)
        if (strcmp(v->items[i], name) == 0) return true;
    return false;
}

static void pat_error(Checker *k, PatCtx *pc, const char *fmt, const char *arg) {
    if (pc->failed) return;
    pc->failed = true;
    fe_error_span(k->c, pc->loc, fmt, arg);
}

static void pat_store(Checker *k, PatCtx *pc, const char *name) {
    if (!name || pc->failed) return;
    if (is_debug(name)) { pat_error(k, pc, "cannot assign to %s", name); return; }
    if (names_have(&pc->stores, name)) { pat_error(k, pc, "multiple assignments to name '%s' in pattern", name); return; }
    VEC_PUSH(&pc->stores, name);
}

static void check_pattern(Checker *k, AstNode *p, PatCtx *pc);

static void check_subpattern(Checker *k, AstNode *p, PatCtx *pc) {
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    check_pattern(k, p, pc);
    pc->allow_irrefutable = allow;
}

/* A constant key's repr as CPython prints it in the duplicate-key message,
 * or NULL when py2c cannot print it the same way (the check is skipped). */
static const char *const_key_repr(Checker *k, AstNode *key) {
    if (!key || key->kind != AST_CONSTANT) return NULL;
    const AstConst *c = &key->u.constant;
    switch (c->kind) {
    case AST_CONST_NONE: return "None";
    case AST_CONST_TRUE: return "True";
    case AST_CONST_FALSE: return "False";
    case AST_CONST_INT: return c->int_digits;
    case AST_CONST_STR: {
        /* Only plain printable ASCII without quotes or backslashes. */
        for (uint32_t i = 0; i < c->len; i++) {
            unsigned char ch = (unsigned char)c->data[i];
            if (ch < 0x20 || ch >= 0x7f || ch == '\'' || ch == '\\') return NULL;
        }
        return arena_printf(k->c->arena, "'%.*s'", (int)c->len, c->data);
    }
    case AST_CONST_ELLIPSIS:
    case AST_CONST_FLOAT:
    case AST_CONST_IMAG:
    case AST_CONST_BYTES:
        return NULL;
    }
    return NULL;
}

static bool is_number_const(const AstNode *e, bool imag) {
    if (e->kind != AST_CONSTANT) return false;
    AstConstKind ck = e->u.constant.kind;
    return imag ? ck == AST_CONST_IMAG : (ck == AST_CONST_INT || ck == AST_CONST_FLOAT || ck == AST_CONST_IMAG);
}

static bool is_signed_number(const AstNode *e, bool imag) {
    if (e->kind == AST_UNARY_OP && e->u.unary_op.op == AST_OP_USUB) return is_number_const(e->u.unary_op.operand, imag);
    return is_number_const(e, imag);
}

/* CPython's literal_pattern: a constant, a signed number, or a complex number
 * written `real +/- imagj`; value patterns are attribute lookups. */
static bool is_mapping_key(const AstNode *e) {
    if (e->kind == AST_CONSTANT || e->kind == AST_ATTRIBUTE) return true;
    if (e->kind == AST_UNARY_OP) return is_signed_number(e, false);
    return e->kind == AST_BIN_OP && (e->u.bin_op.op == AST_OP_ADD || e->u.bin_op.op == AST_OP_SUB) &&
           is_signed_number(e->u.bin_op.left, false) && is_number_const(e->u.bin_op.right, true);
}

static void check_mapping_pattern(Checker *k, AstNode *p, PatCtx *pc) {
    AstList keys = p->u.match_mapping.keys;
    for (int i = 0; i < keys.len && !pc->failed; i++) {
        AstNode *key = keys.items[i];
        if (!key) continue;
        if (!is_mapping_key(key)) {
            pat_error(k, pc, "%s", "mapping pattern keys may only match literals and attribute lookups");
            return;
        }
        const char *r = const_key_repr(k, key);
        if (!r) continue;
        for (int j = 0; j < i; j++) {
            const char *q = const_key_repr(k, keys.items[j]);
            /* True == 1 and False == 0 as dict keys; leave those to CPython. */
            if (q && strcmp(q, r) == 0) {
                pat_error(k, pc, "mapping pattern checks duplicate key (%s)", r);
                return;
            }
        }
    }
    for (int i = 0; i < p->u.match_mapping.patterns.len; i++) check_subpattern(k, p->u.match_mapping.patterns.items[i], pc);
    if (p->u.match_mapping.rest.name) pat_store(k, pc, p->u.match_mapping.rest.name);
}

static void check_or_pattern(Checker *k, AstNode *p, PatCtx *pc) {
    NameVec old = pc->stores;
    bool old_allow = pc->allow_irrefutable;
    NameVec control = {0};
    AstList alts = p->u.match_or.patterns;
    for (int i = 0; i < alts.len && !pc->failed; i++) {
        AstNode *alt = alts.items[i];
        pc->stores = (NameVec){0};
        pc->allow_irrefutable = (i == alts.len - 1) && old_allow;
        check_pattern(k, alt, pc);
        if (pc->failed) {
            VEC_FREE(&pc->stores);
            break;
        }
        if (i == 0) {
            control = pc->stores;
            continue;
        }
        bool same = pc->stores.len == control.len;
        for (int j = 0; same && j < control.len; j++) same = names_have(&pc->stores, control.items[j]);
        VEC_FREE(&pc->stores);
        if (!same) pat_error(k, pc, "%s", "alternative patterns bind different names");
    }
    pc->stores = old;
    pc->allow_irrefutable = old_allow;
    for (int j = 0; j < control.len && !pc->failed; j++) pat_store(k, pc, control.items[j]);
    VEC_FREE(&control);
}

static void check_pattern(Checker *k, AstNode *p, PatCtx *pc) {
    if (!p || pc->failed) return;
    pc->loc = p->span;
    switch (p->kind) {
    case AST_MATCH_VALUE:
    case AST_MATCH_SINGLETON: break;
    case AST_MATCH_SEQUENCE: {
        AstList ps = p->u.match_sequence.patterns;
        int stars = 0;
        for (int i = 0; i < ps.len; i++)
            if (ps.items[i] && ps.items[i]->kind == AST_MATCH_STAR) stars++;
        if (stars > 1) { pat_error(k, pc, "%s", "multiple starred names in sequence pattern"); return; }
        for (int i = 0; i < ps.len; i++) check_subpattern(k, ps.items[i], pc);
        break;
    }
    case AST_MATCH_MAPPING: check_mapping_pattern(k, p, pc); break;
    case AST_MATCH_CLASS: {
        AstIdentList attrs = p->u.match_class.kwd_attrs;
        AstList kps = p->u.match_class.kwd_patterns;
        for (int i = 0; i < attrs.len && !pc->failed; i++) {
            if (is_debug(attrs.items[i].name)) { pat_error(k, pc, "cannot assign to %s", "__debug__"); return; }
            for (int j = i + 1; j < attrs.len; j++)
                if (strcmp(attrs.items[i].name, attrs.items[j].name) == 0) {
                    if (j < kps.len && kps.items[j]) pc->loc = kps.items[j]->span;
                    { pat_error(k, pc, "attribute name repeated in class pattern: %s", attrs.items[i].name); return; }
                }
        }
        for (int i = 0; i < p->u.match_class.patterns.len; i++) check_subpattern(k, p->u.match_class.patterns.items[i], pc);
        for (int i = 0; i < kps.len; i++) check_subpattern(k, kps.items[i], pc);
        break;
    }
    case AST_MATCH_STAR: pat_store(k, pc, p->u.match_star.name.name); break;
    case AST_MATCH_AS:
        if (!p->u.match_as.pattern) {
            if (!pc->allow_irrefutable) {
                if (p->u.match_as.name.name)
                    { pat_error(k, pc, "name capture '%s' makes remaining patterns unreachable",
                                     p->u.match_as.name.name); return; }
                { pat_error(k, pc, "%s", "wildcard makes remaining patterns unreachable"); return; }
            }
            pat_store(k, pc, p->u.match_as.name.name);
            break;
        }
        check_pattern(k, p->u.match_as.pattern, pc);
        pat_store(k, pc, p->u.match_as.name.name);
        break;
    case AST_MATCH_OR: check_or_pattern(k, p, pc); break;
    AST_CASES_NOT_PATTERN:
        break;
    }
}

static bool is_wildcard(const AstNode *p) {
    return p && p->kind == AST_MATCH_AS && !p->u.match_as.pattern && !p->u.match_as.name.name;
}

/* The symtable side of a pattern: captures bind, values and classes are read. */
static void visit_pattern(Checker *k, AstNode *p) {
    if (!p) return;
    switch (p->kind) {
    case AST_MATCH_VALUE: visit_expr(k, p->u.match_value.value); break;
    case AST_MATCH_SINGLETON: break;
    case AST_MATCH_SEQUENCE:
        for (int i = 0; i < p->u.match_sequence.patterns.len; i++) visit_pattern(k, p->u.match_sequence.patterns.items[i]);
        break;
    case AST_MATCH_MAPPING:
        visit_exprs(k, p->u.match_mapping.keys);
        for (int i = 0; i < p->u.match_mapping.patterns.len; i++) visit_pattern(k, p->u.match_mapping.patterns.items[i]);
        if (p->u.match_mapping.rest.name) add_def(k, p->u.match_mapping.rest.name, SYM_LOCAL, p->span);
        break;
    case AST_MATCH_CLASS:
        visit_expr(k, p->u.match_class.cls);
        for (int i = 0; i < p->u.match_class.patterns.len; i++) visit_pattern(k, p->u.match_class.patterns.items[i]);
        for (int i = 0; i < p->u.match_class.kwd_patterns.len; i++)
            visit_pattern(k, p->u.match_class.kwd_patterns.items[i]);
        break;
    case AST_MATCH_STAR:
        if (p->u.match_star.name.name) add_def(k, p->u.match_star.name.name, SYM_LOCAL, p->span);
        break;
    case AST_MATCH_AS:
        visit_pattern(k, p->u.match_as.pattern);
        if (p->u.match_as.name.name) add_def(k, p->u.match_as.name.name, SYM_LOCAL, p->span);
        break;
    case AST_MATCH_OR:
        for (int i = 0; i < p->u.match_or.patterns.len; i++) visit_pattern(k, p->u.match_or.patterns.items[i]);
        break;
    AST_CASES_NOT_PATTERN:
        break;
    }
}

static void visit_match(Checker *k, AstNode *s) {
    visit_expr(k, s->u.match.subject);
    AstList cases = s->u.match.cases;
    /* compiler_match_inner: a final `case _:` is compiled apart and is
     * exempt from the irrefutability check. */
    bool has_default = cases.len > 1 && cases.items[cases.len - 1] && is_wildcard(cases.items[cases.len - 1]->u.match_case.pattern);
    for (int i = 0; i < cases.len; i++) {
        AstNode *mc = cases.items[i];
        if (!mc) continue;
        if (i < cases.len - (has_default ? 1 : 0)) {
            PatCtx pc = {{0}, mc->u.match_case.guard != NULL || i == cases.len - 1, mc->span, false};
            check_pattern(k, mc->u.match_case.pattern, &pc);
            VEC_FREE(&pc.stores);
        }
        visit_pattern(k, mc->u.match_case.pattern);
        visit_expr(k, mc->u.match_case.guard);
        visit_stmts(k, mc->u.match_case.body);
    }
}

/* ---- statements ---------------------------------------------------------- */

/* break / continue / return unwinding the code unit's blocks (compile.c's
 * compiler_unwind_fblock_stack): an except* handler may not be left that way. */
static bool leaves_except_star(Checker *k, bool to_loop) {
    for (int i = k->cur->fblocks.len - 1; i >= 0; i--) {
        if (k->cur->fblocks.items[i] == 'X') return true;
        if (to_loop && k->cur->fblocks.items[i] == 'L') return false;
    }
    return false;
}

static bool in_loop(Checker *k) {
    for (int i = 0; i < k->cur->fblocks.len; i++)
        if (k->cur->fblocks.items[i] == 'L') return true;
    return false;
}

static void visit_loop_body(Checker *k, AstList body) {
    VEC_PUSH(&k->cur->fblocks, 'L');
    visit_stmts(k, body);
    k->cur->fblocks.len--;
}

static void visit_return(Checker *k, AstNode *s) {
    Scope *sc = k->cur;
    AstNode *v = s->u.return_.value;
    if (!is_function_like(sc)) {
        fe_error_span(k->c, s->span, "'return' outside function");
    } else {
        if (v && sc->kind == SC_FUNCTION && sc->is_async) VEC_PUSH(&sc->value_returns, s->span);
        if (leaves_except_star(k, false)) {
            /* compiler_return: a constant value on the return's line is the
             * last location set before the unwinding fails. */
            Span at = (v && v->kind == AST_CONSTANT && v->span.line == s->span.line) ? v->span : s->span;
            fe_error_span(k->c, at, "'break', 'continue' and 'return' cannot appear in an except* block");
        }
    }
    visit_expr(k, v);
}

static void visit_jump(Checker *k, AstNode *s) {
    bool brk = s->kind == AST_BREAK;
    if (leaves_except_star(k, true))
        fe_error_span(k->c, s->span, "'break', 'continue' and 'return' cannot appear in an except* block");
    else if (!in_loop(k))
        fe_error_span(k->c, s->span, brk ? "'break' outside loop" : "'continue' not properly in loop");
}

/* symtable.c's Global/Nonlocal case. */
static void visit_global(Checker *k, AstNode *s) {
    bool global = s->kind == AST_GLOBAL;
    const char *what = global ? "global" : "nonlocal";
    AstIdentList names = s->u.global.names;
    for (int i = 0; i < names.len; i++) {
        const char *name = names.items[i].name;
        if (!name) continue;
        unsigned cur = sym_flags(k->cur, name);
        if (cur & (SYM_PARAM | SYM_LOCAL | SYM_USE | SYM_ANNOT)) {
            if (cur & SYM_PARAM)
                fe_error_span(k->c, s->span, "name '%s' is parameter and %s", name, what);
            else if (cur & SYM_USE)
                fe_error_span(k->c, s->span, "name '%s' is used prior to %s declaration", name, what);
            else if (cur & SYM_ANNOT)
                fe_error_span(k->c, s->span, "annotated name '%s' can't be %s", name, what);
            else
                fe_error_span(k->c, s->span, "name '%s' is assigned to before %s declaration", name, what);
        }
        add_def(k, name, global ? SYM_GLOBAL : SYM_NONLOCAL, s->span);
        add_directive(k->cur, name, s->span);
    }
}

static void visit_alias(Checker *k, AstNode *s, AstNode *a) {
    const char *name = a->u.alias.name;
    if (!name) return;
    if (a->u.alias.asname.name) {
        name = a->u.alias.asname.name;
    } else if (strcmp(name, "*") == 0) {
        if (k->cur->kind != SC_MODULE) fe_error_span(k->c, a->span, "import * only allowed at module level");
        return;
    } else {
        const char *dot = strchr(name, '.');
        if (dot) name = arena_strndup(k->c->arena, name, (size_t)(dot - name));
    }
    check_store_name(k, name, s->span);
    add_def(k, name, SYM_IMPORT, a->span);
}

static void visit_function(Checker *k, AstNode *s) {
    bool is_async = s->kind == AST_ASYNC_FUNCTION_DEF;
    AstNode *args = s->u.function_def.args;
    check_debug_args(k, args, s->span);
    check_store_name(k, s->u.function_def.name.name, s->span);
    if (s->u.function_def.name.name) add_def(k, s->u.function_def.name.name, SYM_LOCAL, s->span);
    visit_defaults(k, args);
    visit_annotations(k, args, s->u.function_def.returns);
    visit_exprs(k, s->u.function_def.decorator_list);
    Scope *sc = scope_push(k, SC_FUNCTION);
    sc->is_async = is_async;
    sc->coroutine = is_async;
    visit_params(k, args);
    visit_stmts(k, s->u.function_def.body);
    if (sc->is_async && sc->generator)
        for (int i = 0; i < sc->value_returns.len; i++)
            fe_error_span(k->c, sc->value_returns.items[i], "'return' with value in async generator");
    k->cur = sc->parent;
}

static void visit_class(Checker *k, AstNode *s) {
    AstList bases = s->u.class_def.bases, kws = s->u.class_def.keywords;
    check_store_name(k, s->u.class_def.name.name, s->span);
    if (s->u.class_def.name.name) add_def(k, s->u.class_def.name.name, SYM_LOCAL, s->span);
    check_arg_order(k, bases, kws, close_paren_after(k, last_arg_end(bases, kws), s->span));
    visit_call_args(k, bases, kws);
    check_keywords(k, kws, s->span);
    visit_exprs(k, s->u.class_def.decorator_list);
    scope_push(k, SC_CLASS);
    visit_stmts(k, s->u.class_def.body);
    k->cur = k->cur->parent;
}

static void visit_ann_assign(Checker *k, AstNode *s) {
    AstNode *t = s->u.ann_assign.target;
    if (t && t->kind == AST_NAME && t->u.name.id) {
        const char *id = t->u.name.id;
        unsigned cur = sym_flags(k->cur, id);
        if ((cur & (SYM_GLOBAL | SYM_NONLOCAL)) && k->cur->kind != SC_MODULE && s->u.ann_assign.simple)
            fe_error_span(k->c, s->span, "annotated name '%s' can't be %s", id,
                          (cur & SYM_GLOBAL) ? "global" : "nonlocal");
        check_store_name(k, id, t->span);
        if (s->u.ann_assign.simple) add_def(k, id, SYM_ANNOT | SYM_LOCAL, t->span);
        else if (s->u.ann_assign.value) add_def(k, id, SYM_LOCAL, t->span);
    } else {
        visit_expr(k, t);
    }
    visit_expr(k, s->u.ann_assign.annotation);
    visit_expr(k, s->u.ann_assign.value);
}

static void visit_try(Checker *k, AstNode *s) {
    bool star = s->kind == AST_TRY_STAR;
    visit_stmts(k, s->u.try_.body);
    visit_stmts(k, s->u.try_.orelse);
    AstList hs = s->u.try_.handlers;
    for (int i = 0; i < hs.len; i++) {
        AstNode *h = hs.items[i];
        if (!h) continue;
        if (!star && !h->u.except_handler.type && i < hs.len - 1)
            fe_error_span(k->c, h->span, "default 'except:' must be last");
        visit_expr(k, h->u.except_handler.type);
        if (h->u.except_handler.name.name) {
            check_store_name(k, h->u.except_handler.name.name, h->span);
            add_def(k, h->u.except_handler.name.name, SYM_LOCAL, h->span);
        }
        if (star) VEC_PUSH(&k->cur->fblocks, 'X');
        visit_stmts(k, h->u.except_handler.body);
        if (star) k->cur->fblocks.len--;
    }
    visit_stmts(k, s->u.try_.finalbody);
}

static void visit_stmt(Checker *k, AstNode *s) {
    if (!s) return;
    switch (s->kind) {
    case AST_FUNCTION_DEF:
    case AST_ASYNC_FUNCTION_DEF: visit_function(k, s); break;
    case AST_CLASS_DEF: visit_class(k, s); break;
    case AST_RETURN: visit_return(k, s); break;
    case AST_DELETE: visit_exprs(k, s->u.delete_.targets); break;
    case AST_ASSIGN:
        visit_exprs(k, s->u.assign.targets);
        visit_expr(k, s->u.assign.value);
        break;
    case AST_AUG_ASSIGN: {
        AstNode *t = s->u.aug_assign.target;
        if (t && t->kind == AST_NAME) check_store_name(k, t->u.name.id, s->span);
        if (t && t->kind == AST_NAME) add_def(k, t->u.name.id, SYM_LOCAL, t->span);
        else visit_expr(k, t);
        visit_expr(k, s->u.aug_assign.value);
        break;
    }
    case AST_ANN_ASSIGN: visit_ann_assign(k, s); break;
    case AST_FOR:
    case AST_ASYNC_FOR:
        if (s->kind == AST_ASYNC_FOR && !(k->cur->kind == SC_FUNCTION && k->cur->is_async))
            fe_error_span(k->c, s->span, "'async for' outside async function");
        visit_expr(k, s->u.for_.target);
        visit_expr(k, s->u.for_.iter);
        visit_loop_body(k, s->u.for_.body);
        visit_stmts(k, s->u.for_.orelse);
        break;
    case AST_WHILE:
        visit_expr(k, s->u.while_.test);
        visit_loop_body(k, s->u.while_.body);
        visit_stmts(k, s->u.while_.orelse);
        break;
    case AST_IF:
        visit_expr(k, s->u.if_.test);
        visit_stmts(k, s->u.if_.body);
        visit_stmts(k, s->u.if_.orelse);
        break;
    case AST_WITH:
    case AST_ASYNC_WITH:
        if (s->kind == AST_ASYNC_WITH && !(k->cur->kind == SC_FUNCTION && k->cur->is_async))
            fe_error_span(k->c, s->span, "'async with' outside async function");
        for (int i = 0; i < s->u.with.items.len; i++) {
            AstNode *w = s->u.with.items.items[i];
            if (!w) continue;
            visit_expr(k, w->u.withitem.context_expr);
            visit_expr(k, w->u.withitem.optional_vars);
        }
        visit_stmts(k, s->u.with.body);
        break;
    case AST_MATCH: visit_match(k, s); break;
    case AST_RAISE:
        visit_expr(k, s->u.raise.exc);
        visit_expr(k, s->u.raise.cause);
        break;
    case AST_TRY:
    case AST_TRY_STAR: visit_try(k, s); break;
    case AST_ASSERT:
        visit_expr(k, s->u.assert_.test);
        visit_expr(k, s->u.assert_.msg);
        break;
    case AST_IMPORT:
        for (int i = 0; i < s->u.import.names.len; i++)
            if (s->u.import.names.items[i]) visit_alias(k, s, s->u.import.names.items[i]);
        break;
    case AST_IMPORT_FROM: {
        const char *m = s->u.import_from.module;
        if (m && strcmp(m, "__future__") == 0 && s->span.line > k->future_lineno && s != k->future_bad)
            fe_error_span(k->c, s->span, "from __future__ imports must occur at the beginning of the file");
        for (int i = 0; i < s->u.import_from.names.len; i++)
            if (s->u.import_from.names.items[i]) visit_alias(k, s, s->u.import_from.names.items[i]);
        break;
    }
    case AST_GLOBAL:
    case AST_NONLOCAL: visit_global(k, s); break;
    case AST_EXPR: visit_expr(k, s->u.expr.value); break;
    case AST_PASS: break;
    case AST_BREAK:
    case AST_CONTINUE: visit_jump(k, s); break;
    AST_CASES_NOT_STMT:
        break;
    }
}

static void visit_stmts(Checker *k, AstList body) {
    for (int i = 0; i < body.len; i++) visit_stmt(k, body.items[i]);
}

/* ---- __future__ (future.c) ----------------------------------------------- */

static const char *const future_features[] = {
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
};

static bool is_docstring(const AstNode *s) {
    return s && s->kind == AST_EXPR && s->u.expr.value && s->u.expr.value->kind == AST_CONSTANT &&
           s->u.expr.value->u.constant.kind == AST_CONST_STR;
}

/* future_parse: the future imports at the top of the module; later ones are
 * reported by the walk (compile.c's check). */
static void check_future(Checker *k, AstNode *module) {
    AstList body = module->u.module.body;
    bool done = false;
    int prev_line = 0;
    for (int i = is_docstring(body.len ? body.items[0] : NULL) ? 1 : 0; i < body.len; i++) {
        AstNode *s = body.items[i];
        if (!s) continue;
        if (done && s->span.line > prev_line) return;
        prev_line = s->span.line;
        if (s->kind == AST_IMPORT_FROM && s->u.import_from.module &&
            strcmp(s->u.import_from.module, "__future__") == 0) {
            if (done) {
                /* Same line as an earlier statement: CPython reports it here
                 * (at one column to the left, a quirk py2c does not copy). */
                fe_error_span(k->c, s->span, "from __future__ imports must occur at the beginning of the file");
                k->future_bad = s;
                return;
            }
            for (int j = 0; j < s->u.import_from.names.len; j++) {
                AstNode *a = s->u.import_from.names.items[j];
                const char *f = a ? a->u.alias.name : NULL;
                if (!f) continue;
                bool known = false;
                for (size_t n = 0; n < ARRAY_LEN(future_features); n++) known |= strcmp(f, future_features[n]) == 0;
                if (known) continue;
                if (strcmp(f, "braces") == 0) fe_error_span(k->c, s->span, "not a chance");
                else fe_error_span(k->c, s->span, "future feature %s is not defined", f);
                k->future_bad = s;
                return;
            }
            k->future_lineno = s->span.line;
        } else {
            done = true;
        }
    }
}

/* ---- analysis (symtable.c's analyze_name for nonlocal) --------------------- */

/* Whether `name` is bound in a function enclosing sc, as CPython's `bound`
 * set passed down to sc: function locals, minus names an intermediate function
 * declares global; classes pass it through and add __class__. */
static bool bound_outside(Scope *sc, const char *name) {
    for (Scope *p = sc->parent; p; p = p->parent) {
        if (p->kind == SC_MODULE) return false;
        if (p->kind == SC_CLASS) {
            if (strcmp(name, "__class__") == 0) return true;
            continue;
        }
        unsigned f = sym_flags(p, name);
        if (f & SYM_GLOBAL) return false;
        if (f & SYM_NONLOCAL) continue;
        if (f & SYM_BOUND) return true;
    }
    return false;
}

static Span directive_span(Scope *sc, const char *name) {
    for (int i = 0; i < sc->directives.len; i++)
        if (strcmp(sc->directives.items[i].name, name) == 0) return sc->directives.items[i].span;
    return (Span){1, 0, 1, 0, 0, 0};
}

static void analyze(Checker *k) {
    for (int i = 0; i < k->scopes.len; i++) {
        Scope *sc = k->scopes.items[i];
        /* In directive order, so that errors come out in source order. */
        for (int d = 0; d < sc->directives.len; d++) {
            const char *name = sc->directives.items[d].name;
            if (directive_span(sc, name).start_byte != sc->directives.items[d].span.start_byte) continue;
            unsigned f = sym_flags(sc, name);
            Span at = sc->directives.items[d].span;
            if ((f & SYM_GLOBAL) && (f & SYM_NONLOCAL))
                fe_error_span(k->c, at, "name '%s' is nonlocal and global", name);
            else if ((f & SYM_NONLOCAL) && sc->kind == SC_MODULE)
                fe_error_span(k->c, at, "nonlocal declaration not allowed at module level");
            else if ((f & SYM_NONLOCAL) && !bound_outside(sc, name))
                fe_error_span(k->c, at, "no binding for nonlocal '%s' found", name);
        }
    }
}

/* ---- "too many statically nested blocks" ---------------------------------
 * CPython's compiler keeps a stack of at most 20 (CO_MAXBLOCKS) frame blocks
 * per function: one per loop body, per `with` item, for a try body, two for
 * an except handler's body (EXCEPTION_HANDLER, HANDLER_CLEANUP), one more
 * around everything under a `finally` and one for the finally body. The
 * 21st is a SyntaxError at the statement (or handler) that pushes it. Run
 * after the symbol-table checks, as CPython's compiler runs after its
 * symtable. Recursion here is bounded by the indentation limit (100). */
enum { MAX_STATIC_BLOCKS = 20 };

static bool blocks_stmts(FeCtx *c, AstList body, int depth);

static bool blocks_push(FeCtx *c, Span where, int depth) {
    if (depth <= MAX_STATIC_BLOCKS) return true;
    fe_error_span(c, where, "too many statically nested blocks");
    return false;
}

static bool blocks_handlers(FeCtx *c, AstList handlers, int depth) {
    for (int i = 0; i < handlers.len; i++) {
        AstNode *h = handlers.items[i];
        if (!blocks_push(c, h->span, depth + 2) || !blocks_stmts(c, h->u.except_handler.body, depth + 2)) return false;
    }
    return true;
}

static bool blocks_stmt(FeCtx *c, AstNode *s, int depth) {
    switch (s->kind) {
    case AST_FUNCTION_DEF:
    case AST_ASYNC_FUNCTION_DEF: return blocks_stmts(c, s->u.function_def.body, 0);
    case AST_CLASS_DEF: return blocks_stmts(c, s->u.class_def.body, 0);
    case AST_FOR:
    case AST_ASYNC_FOR:
        return blocks_push(c, s->span, depth + 1) && blocks_stmts(c, s->u.for_.body, depth + 1) &&
               blocks_stmts(c, s->u.for_.orelse, depth);
    case AST_WHILE:
        return blocks_push(c, s->span, depth + 1) && blocks_stmts(c, s->u.while_.body, depth + 1) &&
               blocks_stmts(c, s->u.while_.orelse, depth);
    case AST_IF: return blocks_stmts(c, s->u.if_.body, depth) && blocks_stmts(c, s->u.if_.orelse, depth);
    case AST_WITH:
    case AST_ASYNC_WITH: {
        int d = depth + (s->u.with.items.len > 0 ? s->u.with.items.len : 1);
        return blocks_push(c, s->span, d) && blocks_stmts(c, s->u.with.body, d);
    }
    case AST_MATCH:
        for (int i = 0; i < s->u.match.cases.len; i++)
            if (!blocks_stmts(c, s->u.match.cases.items[i]->u.match_case.body, depth)) return false;
        return true;
    case AST_TRY:
    case AST_TRY_STAR: {
        bool fin = s->u.try_.finalbody.len > 0, exc = s->u.try_.handlers.len > 0;
        int d = depth + (fin ? 1 : 0); /* FINALLY_TRY */
        if (fin && !blocks_push(c, s->span, d)) return false;
        if (exc) {
            if (!blocks_push(c, s->span, d + 1) || !blocks_stmts(c, s->u.try_.body, d + 1)) return false;
            if (!blocks_stmts(c, s->u.try_.orelse, d) || !blocks_handlers(c, s->u.try_.handlers, d)) return false;
        } else if (!blocks_stmts(c, s->u.try_.body, d)) {
            return false;
        }
        /* the finally body under FINALLY_END, outside FINALLY_TRY */
        return !fin || (blocks_push(c, s->span, depth + 1) && blocks_stmts(c, s->u.try_.finalbody, depth + 1));
    }
    AST_CASES_STMT_SIMPLE:
    AST_CASES_STMT_JUMP:
    AST_CASES_NOT_STMT: return true;
    }
    return true;
}

static bool blocks_stmts(FeCtx *c, AstList body, int depth) {
    for (int i = 0; i < body.len; i++)
        if (!blocks_stmt(c, body.items[i], depth)) return false;
    return true;
}

void fe_check_module(FeCtx *c, AstNode *module) {
    if (!module || module->kind != AST_MODULE) return;
    Checker k = {c, NULL, {0}, -1, NULL};
    scope_push(&k, SC_MODULE);
    check_future(&k, module);
    visit_stmts(&k, module->u.module.body);
    analyze(&k);
    for (int i = 0; i < k.scopes.len; i++) scope_free(k.scopes.items[i]);
    VEC_FREE(&k.scopes);
    if (c->diags->error_count == 0) (void)blocks_stmts(c, module->u.module.body, 0);
}
