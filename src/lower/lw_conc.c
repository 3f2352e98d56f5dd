/* Which names provably hold threading / queue / concurrent.futures modules,
 * classes and objects (see lw_conc.h).
 *
 * Facts are per (owning scope, name). Every binding of the name is visited —
 * assignments, for/with/comprehension targets, imports, walrus, parameters,
 * def/class, except-as, del, match captures — in the scope that owns it (a
 * `global x` in a function binds the module's x; `nonlocal x` the enclosing
 * function's). The name has kind K when all of its bindings give K; a single
 * other binding, or one whose kind is unknown, leaves it unknown. Binding
 * kinds depend on other names (`q = queue.Queue()` needs `queue`), so the
 * facts are recomputed until they no longer change: starting from "nothing
 * known", kinds only ever become known, and a name that depends on itself
 * never does.
 *
 * Parameters of a function of the program (a name whose every binding is an
 * undecorated def, LC_DEF) are bound by its calls: each walk records every
 * call it recognises (f(...), Thread(target=f, args=..., kwargs=...),
 * ex.submit(f, ...), ex.map(f, ...), Timer(t, f, ...), ThreadPoolExecutor(
 * initializer=f, initargs=...)) with the kinds of the arguments, and every
 * other read of the name (an escape: the function may be called anywhere);
 * after the walk, each parameter is bound once per call to the argument it
 * receives (or its default), as CPython matches arguments to parameters.
 * An escape, a call with starred arguments or arguments that do not fit makes
 * every parameter unknown, and so does a function at the top level of an
 * imported module (other modules may call it). This keeps the order above:
 * more knowledge only turns escapes into calls and unknown arguments into
 * known ones. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/name_index.h"
#include "common/util.h"
#include "lower/lw_internal.h"

typedef struct LcFact {
    const ResScope *scope;
    const char *name;
    LcKind kind;
    bool bad;        /* bindings disagree, or one of them is unknown */
} LcFact;

/* A change of a list's contents: x.append(v) (kind of v) or anything else
 * that puts items in it (LC_NONE). */
typedef struct LcFill {
    const ResScope *scope;
    const char *name;
    LcKind kind;
} LcFill;

/* A read of a function's name: a call whose arguments are args[first ..
 * first + n) (via: how it is called, for the notes), or an escape. */
typedef struct LcUse {
    const ResScope *owner;
    const char *name;
    bool call;
    bool fits;  /* all its arguments are known one by one (no *a, **k, args=t) */
    int first, n;
    const char *via;
} LcUse;

/* An argument of a call: positional (kw NULL) or keyword. */
typedef struct LcArg {
    const char *kw;
    LcKind kind;
} LcArg;

/* A def statement: its parameters are bound after the walk. */
typedef struct LcDef {
    const ResScope *owner; /* of its name (never NULL) */
    const ResScope *outer; /* where it runs (its defaults are evaluated there) */
    const ResScope *inner;
    const AstNode *node;
} LcDef;

/* Facts, indexed by (owner scope, name). */
typedef struct LcFacts {
    VEC(LcFact) v;
    NameIndex index;
} LcFacts;

struct LcState {
    LcFacts facts; /* what is known (read while walking) */
    LcFacts next;  /* what this walk finds */
    VEC(LcFill) fills;
    VEC(LcUse) uses;
    VEC(LcArg) args;
    VEC(LcDef) defs;
};

/* ---- kinds ----------------------------------------------------------------- */

static LcKind module_kind(const char *dotted) {
    if (strcmp(dotted, "threading") == 0) return LC_MOD_THREADING;
    if (strcmp(dotted, "queue") == 0) return LC_MOD_QUEUE;
    if (strcmp(dotted, "concurrent.futures") == 0) return LC_MOD_FUTURES;
    return LC_NONE;
}

/* The kind of module attribute `mod.attr` (or of `from mod import attr`). */
static LcKind member_kind(LcKind mod, const char *attr) {
    switch (mod) {
    case LC_MOD_THREADING:
        if (strcmp(attr, "Thread") == 0) return LC_CLS_THREAD;
        if (strcmp(attr, "Timer") == 0) return LC_CLS_TIMER;
        if (strcmp(attr, "Lock") == 0 || strcmp(attr, "RLock") == 0 || strcmp(attr, "Condition") == 0 ||
            strcmp(attr, "Semaphore") == 0 || strcmp(attr, "BoundedSemaphore") == 0)
            return LC_CLS_LOCK;
        return LC_NONE;
    case LC_MOD_QUEUE:
        if (strcmp(attr, "Queue") == 0 || strcmp(attr, "LifoQueue") == 0 || strcmp(attr, "PriorityQueue") == 0 ||
            strcmp(attr, "SimpleQueue") == 0)
            return LC_CLS_QUEUE;
        return LC_NONE;
    case LC_MOD_CONCURRENT: return strcmp(attr, "futures") == 0 ? LC_MOD_FUTURES : LC_NONE;
    case LC_MOD_FUTURES:
        if (strcmp(attr, "ThreadPoolExecutor") == 0) return LC_CLS_EXECUTOR;
        if (strcmp(attr, "as_completed") == 0) return LC_FN_AS_COMPLETED;
        return LC_NONE;
    case LC_NONE:
    case LC_CLS_THREAD:
    case LC_CLS_TIMER:
    case LC_CLS_LOCK:
    case LC_CLS_QUEUE:
    case LC_CLS_EXECUTOR:
    case LC_FN_AS_COMPLETED:
    case LC_THREAD:
    case LC_LOCK:
    case LC_QUEUE:
    case LC_EXECUTOR:
    case LC_FUTURE:
    case LC_THREAD_LIST:
    case LC_FUTURE_LIST:
    case LC_FUTURE_ITER:
    case LC_EMPTY_LIST:
    case LC_DEF: break;
    }
    return LC_NONE;
}

LcKind lc_elem_kind(LcKind k) {
    switch (k) {
    case LC_THREAD_LIST: return LC_THREAD;
    case LC_FUTURE_LIST:
    case LC_FUTURE_ITER: return LC_FUTURE;
    default: return LC_NONE;
    }
}

static LcKind list_of(LcKind k) {
    return k == LC_THREAD ? LC_THREAD_LIST : k == LC_FUTURE ? LC_FUTURE_LIST : LC_NONE;
}

/* ---- scopes and facts --------------------------------------------------------- */

/* A private name `__x` read inside a class is `_C__x`: never tracked. */
static bool mangled(const ResScope *s, const char *name) {
    size_t n = strlen(name);
    return s->private_name && n > 2 && name[0] == '_' && name[1] == '_' && !(name[n - 1] == '_' && name[n - 2] == '_');
}

static const ResScope *module_of(const ResScope *s) {
    while (s->parent) s = s->parent;
    return s;
}

/* The scope whose variable `name`, used in s, is (NULL: a class namespace). */
const ResScope *lc_owner(const ResScope *s, const char *name) {
    const ResSymbol *sym = res_lookup(s, name);
    if (s->kind == RES_MODULE) return s;
    if (!sym) return module_of(s);
    switch (sym->kind) {
    case RES_LOCAL: return s->kind == RES_CLASS ? NULL : s;
    case RES_CELL: return s;
    case RES_GLOBAL_EXPLICIT:
    case RES_GLOBAL_IMPLICIT: return module_of(s);
    case RES_FREE:
        for (const ResScope *p = s->parent; p; p = p->parent) {
            if (p->kind == RES_CLASS) continue;
            if (p->kind == RES_MODULE) return p;
            const ResSymbol *q = res_lookup(p, name);
            if (q && (q->kind == RES_LOCAL || q->kind == RES_CELL)) return p;
        }
        return NULL;
    }
    return NULL;
}

static LcFact *find(const LcFacts *fs, const ResScope *s, const char *name) {
    uint64_t h = name_key(s, name);
    size_t it;
    for (int i = name_index_first(&fs->index, h, &it); i >= 0; i = name_index_next(&fs->index, h, &it))
        if (fs->v.items[i].scope == s && strcmp(fs->v.items[i].name, name) == 0) return &fs->v.items[i];
    return NULL;
}

static void facts_add(LcFacts *fs, LcFact f) {
    name_index_add(&fs->index, name_key(f.scope, f.name), fs->v.len);
    VEC_PUSH(&fs->v, f);
}

static void facts_reset(LcFacts *fs) {
    fs->v.len = 0;
    name_index_clear(&fs->index);
}

static void facts_free(LcFacts *fs) {
    VEC_FREE(&fs->v);
    name_index_free(&fs->index);
}

static LcKind fact_kind(const LcFact *f) { return !f || f->bad ? LC_NONE : f->kind; }

static LcKind lookup(const LcState *st, const ResScope *s, const char *name) {
    if (mangled(s, name)) return LC_NONE;
    const ResScope *o = lc_owner(s, name);
    if (!o) return LC_NONE;
    return fact_kind(find(&st->facts, o, name));
}

static void bind(LcState *st, const ResScope *s, const char *name, LcKind kind) {
    if (mangled(s, name)) return;
    const ResScope *o = lc_owner(s, name);
    if (!o) return;
    LcFact *f = find(&st->next, o, name);
    if (!f) {
        facts_add(&st->next, (LcFact){o, name, kind, kind == LC_NONE});
        return;
    }
    if (f->kind != kind || kind == LC_NONE) f->bad = true;
}

static void fill(LcState *st, const ResScope *s, const char *name, LcKind kind) {
    if (mangled(s, name)) return;
    const ResScope *o = lc_owner(s, name);
    if (o) VEC_PUSH(&st->fills, ((LcFill){o, name, kind}));
}

/* ---- expression kinds -------------------------------------------------------- */

static LcKind expr_kind(const LwCtx *c, const ResScope *s, const AstNode *e) {
    if (!e) return LC_NONE;
    const LcState *st = c->conc;
    switch (e->kind) {
    case AST_NAME: return lookup(st, s, e->u.name.id);
    case AST_ATTRIBUTE: return member_kind(expr_kind(c, s, e->u.attribute.value), e->u.attribute.attr.name);
    case AST_CALL: {
        const AstNode *f = e->u.call.func;
        if (f->kind == AST_ATTRIBUTE && strcmp(f->u.attribute.attr.name, "submit") == 0 &&
            expr_kind(c, s, f->u.attribute.value) == LC_EXECUTOR)
            return LC_FUTURE;
        switch (expr_kind(c, s, f)) {
        case LC_CLS_THREAD:
        case LC_CLS_TIMER: return LC_THREAD;
        case LC_CLS_LOCK: return LC_LOCK;
        case LC_CLS_QUEUE: return LC_QUEUE;
        case LC_CLS_EXECUTOR: return LC_EXECUTOR;
        case LC_FN_AS_COMPLETED: return LC_FUTURE_ITER;
        default: return LC_NONE;
        }
    }
    case AST_LIST_COMP: {
        const ResScope *inner = res_scope_of(&c->res, e);
        return inner ? list_of(expr_kind(c, inner, e->u.comp.elt)) : LC_NONE;
    }
    case AST_LIST: {
        int n = e->u.seq.elts.len;
        if (n == 0) return LC_EMPTY_LIST;
        LcKind k = expr_kind(c, s, e->u.seq.elts.items[0]);
        for (int i = 1; i < n; i++)
            if (expr_kind(c, s, e->u.seq.elts.items[i]) != k) return LC_NONE;
        return list_of(k);
    }
    default: return LC_NONE;
    }
}

LcKind lc_kind_in(const LwCtx *c, const ResScope *s, const AstNode *e) {
    LcKind k = expr_kind(c, s, e);
    return k == LC_EMPTY_LIST ? LC_NONE : k;
}

LcKind lc_kind(LwCtx *c, const AstNode *e) { return lc_kind_in(c, c->fn->scope, e); }

/* ---- the walk over every binding ---------------------------------------------- */

typedef struct Walk {
    LwCtx *c;
    LcState *st;
    bool check;     /* the last walk: also lw_conc_check.c's patterns and warnings */
    LcFinally fins; /* the finally bodies around the statement (this function's) */
    int fin_base;   /* where this function's start in fins */
} Walk;

static void walk_expr(Walk *w, const ResScope *s, const AstNode *e);
static void walk_stmts(Walk *w, const ResScope *s, const AstList *l);
static void walk_body(Walk *w, const ResScope *inner, const AstList *body);

static void walk_exprs(Walk *w, const ResScope *s, const AstList *l) {
    for (int i = 0; i < l->len; i++) walk_expr(w, s, l->items[i]);
}

/* Binds every name of an assignment target to kind (names inside tuples:
 * unknown); stores into a list's items count as fills. */
static void bind_target(Walk *w, const ResScope *s, const AstNode *t, LcKind kind) {
    switch (t->kind) {
    case AST_NAME: bind(w->st, s, t->u.name.id, kind); return;
    case AST_TUPLE:
    case AST_LIST:
        for (int i = 0; i < t->u.seq.elts.len; i++) bind_target(w, s, t->u.seq.elts.items[i], LC_NONE);
        return;
    case AST_STARRED: bind_target(w, s, t->u.starred.value, LC_NONE); return;
    case AST_SUBSCRIPT:
        if (t->u.subscript.value->kind == AST_NAME) fill(w->st, s, t->u.subscript.value->u.name.id, LC_NONE);
        walk_expr(w, s, t->u.subscript.value);
        walk_expr(w, s, t->u.subscript.slice);
        return;
    case AST_ATTRIBUTE: walk_expr(w, s, t->u.attribute.value); return;
    default: walk_expr(w, s, t); return;
    }
}

static void bind_params(Walk *w, const ResScope *inner, const AstNode *args) {
    const AstList *lists[3] = {&args->u.arguments.posonlyargs, &args->u.arguments.args, &args->u.arguments.kwonlyargs};
    for (int j = 0; j < 3; j++)
        for (int i = 0; i < lists[j]->len; i++) bind(w->st, inner, lists[j]->items[i]->u.arg.arg.name, LC_NONE);
    if (args->u.arguments.vararg) bind(w->st, inner, args->u.arguments.vararg->u.arg.arg.name, LC_NONE);
    if (args->u.arguments.kwarg) bind(w->st, inner, args->u.arguments.kwarg->u.arg.arg.name, LC_NONE);
}

/* Defaults and annotations run in the enclosing scope. */
static void walk_defaults(Walk *w, const ResScope *s, const AstNode *args) {
    walk_exprs(w, s, &args->u.arguments.defaults);
    for (int i = 0; i < args->u.arguments.kw_defaults.len; i++)
        if (args->u.arguments.kw_defaults.items[i]) walk_expr(w, s, args->u.arguments.kw_defaults.items[i]);
}

static void walk_comprehension(Walk *w, const ResScope *s, const AstNode *e) {
    const ResScope *inner = res_scope_of(&w->c->res, e);
    const AstList *gens = e->kind == AST_DICT_COMP ? &e->u.dict_comp.generators : &e->u.comp.generators;
    for (int i = 0; i < gens->len; i++) {
        const AstNode *g = gens->items[i];
        const ResScope *at = i == 0 ? s : inner; /* the first iterable is evaluated outside */
        walk_expr(w, at, g->u.comprehension.iter);
        LcKind k = lc_elem_kind(expr_kind(w->c, at, g->u.comprehension.iter));
        bind_target(w, inner, g->u.comprehension.target, k);
        walk_exprs(w, inner, &g->u.comprehension.ifs);
    }
    if (e->kind == AST_DICT_COMP) {
        walk_expr(w, inner, e->u.dict_comp.key);
        walk_expr(w, inner, e->u.dict_comp.value);
    } else {
        walk_expr(w, inner, e->u.comp.elt);
    }
}

/* ---- calls of the program's functions ------------------------------------------ */

const AstNode *lc_keyword(const AstNode *call, const char *name) {
    for (int i = 0; i < call->u.call.keywords.len; i++) {
        const AstNode *k = call->u.call.keywords.items[i];
        if (k->u.keyword.arg.name && strcmp(k->u.keyword.arg.name, name) == 0) return k->u.keyword.value;
    }
    return NULL;
}

/* Whether e, read in s, names a function of the program. */
static bool is_def(const Walk *w, const ResScope *s, const AstNode *e) {
    return e && e->kind == AST_NAME && lookup(w->st, s, e->u.name.id) == LC_DEF;
}

/* Records a read of function name e: a call (returns its use) or an escape. */
static LcUse *use(Walk *w, const ResScope *s, const AstNode *e, bool call, const char *via) {
    const ResScope *o = lc_owner(s, e->u.name.id);
    LcUse u = {o, e->u.name.id, call, true, w->st->args.len, 0, via};
    VEC_PUSH(&w->st->uses, u);
    return &w->st->uses.items[w->st->uses.len - 1];
}

/* An argument's kind as a parameter's binding: a list display is not known
 * to stay empty, a function passed on is not a def of the parameter. */
static LcKind arg_kind(const Walk *w, const ResScope *s, const AstNode *e) {
    LcKind k = expr_kind(w->c, s, e);
    return k == LC_EMPTY_LIST || k == LC_DEF ? LC_NONE : k;
}

static void use_arg(Walk *w, LcUse *u, const char *kw, LcKind kind) {
    VEC_PUSH(&w->st->args, ((LcArg){kw, kind}));
    u->n++;
}

/* The positional arguments l (from index `from`) of a call; elem: each one
 * is an iterable whose items are passed (ex.map). */
static void use_args(Walk *w, const ResScope *s, LcUse *u, const AstList *l, int from, bool elem) {
    for (int i = from; i < l->len; i++) {
        const AstNode *a = l->items[i];
        if (a->kind == AST_STARRED) u->fits = false;
        else use_arg(w, u, NULL, elem ? lc_elem_kind(expr_kind(w->c, s, a)) : arg_kind(w, s, a));
    }
}

static void use_keywords(Walk *w, const ResScope *s, LcUse *u, const AstNode *call) {
    for (int i = 0; i < call->u.call.keywords.len; i++) {
        const AstNode *k = call->u.call.keywords.items[i];
        if (!k->u.keyword.arg.name) u->fits = false;
        else use_arg(w, u, k->u.keyword.arg.name, arg_kind(w, s, k->u.keyword.value));
    }
}

static bool is_none(const AstNode *e) {
    return e->kind == AST_CONSTANT && e->u.constant.kind == AST_CONST_NONE;
}

/* `args=(a, b)` of Thread, Timer, initargs: a tuple or list display. */
static void use_arg_tuple(Walk *w, const ResScope *s, LcUse *u, const AstNode *t, bool none_ok) {
    if (!t || (none_ok && is_none(t))) return;
    if (t->kind == AST_TUPLE || t->kind == AST_LIST) use_args(w, s, u, &t->u.seq.elts, 0, false);
    else u->fits = false;
}

/* `kwargs={"k": v}`: a dict display with string keys (None: no keywords). */
static void use_kwarg_dict(Walk *w, const ResScope *s, LcUse *u, const AstNode *d) {
    if (!d || is_none(d)) return;
    if (d->kind != AST_DICT) {
        u->fits = false;
        return;
    }
    for (int i = 0; i < d->u.dict.keys.len; i++) {
        const AstNode *k = d->u.dict.keys.items[i];
        if (!k || k->kind != AST_CONSTANT || k->u.constant.kind != AST_CONST_STR ||
            memchr(k->u.constant.data, '\0', k->u.constant.len)) {
            u->fits = false;
            continue;
        }
        const char *kw = arena_strndup(&w->c->m->arena, k->u.constant.data, k->u.constant.len);
        use_arg(w, u, kw, arg_kind(w, s, d->u.dict.values.items[i]));
    }
}

static bool has_star_keywords(const AstNode *call) {
    for (int i = 0; i < call->u.call.keywords.len; i++)
        if (!call->u.call.keywords.items[i]->u.keyword.arg.name) return true;
    return false;
}

/* Positional argument i of call, or else keyword `name` (NULL: neither). */
static const AstNode *call_arg(const AstNode *call, int i, const char *name) {
    const AstList *a = &call->u.call.args;
    return i < a->len ? a->items[i] : lc_keyword(call, name);
}

static bool has_star_args(const AstNode *call) {
    for (int i = 0; i < call->u.call.args.len; i++)
        if (call->u.call.args.items[i]->kind == AST_STARRED) return true;
    return false;
}

/* Records call e if it calls a function of the program (directly, or as a
 * thread's target, a task of an executor ...); returns the node naming the
 * function (not an escape), or NULL. */
static const AstNode *record_call(Walk *w, const ResScope *s, const AstNode *e) {
    const AstNode *f = e->u.call.func;
    if (is_def(w, s, f)) {
        LcUse *u = use(w, s, f, true, "direct");
        use_args(w, s, u, &e->u.call.args, 0, false);
        use_keywords(w, s, u, e);
        return f;
    }
    if (f->kind == AST_ATTRIBUTE && e->u.call.args.len > 0 && is_def(w, s, e->u.call.args.items[0]) &&
        expr_kind(w->c, s, f->u.attribute.value) == LC_EXECUTOR) {
        const AstNode *fn = e->u.call.args.items[0];
        if (strcmp(f->u.attribute.attr.name, "submit") == 0) {
            LcUse *u = use(w, s, fn, true, "ThreadPoolExecutor.submit");
            use_args(w, s, u, &e->u.call.args, 1, false);
            use_keywords(w, s, u, e);
            return fn;
        }
        if (strcmp(f->u.attribute.attr.name, "map") == 0) {
            /* map(fn, *iterables, timeout=, chunksize=): the keywords are map's */
            LcUse *u = use(w, s, fn, true, "ThreadPoolExecutor.map");
            use_args(w, s, u, &e->u.call.args, 1, true);
            return fn;
        }
        return NULL;
    }
    if (has_star_args(e) || has_star_keywords(e)) return NULL;
    const AstNode *fn = NULL, *args = NULL, *kwargs = NULL;
    const char *via = NULL;
    switch (expr_kind(w->c, s, f)) {
    case LC_CLS_THREAD: /* Thread(group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None) */
        fn = call_arg(e, 1, "target"), args = call_arg(e, 3, "args"), kwargs = call_arg(e, 4, "kwargs");
        via = "Thread target";
        if (args && is_none(args)) return NULL; /* target(*None) fails */
        break;
    case LC_CLS_TIMER: /* Timer(interval, function, args=None, kwargs=None) */
        fn = call_arg(e, 1, "function"), args = call_arg(e, 2, "args"), kwargs = call_arg(e, 3, "kwargs");
        via = "Timer function";
        break;
    case LC_CLS_EXECUTOR: /* ThreadPoolExecutor(max_workers=None, thread_name_prefix='', initializer=None, initargs=()) */
        fn = call_arg(e, 2, "initializer"), args = call_arg(e, 3, "initargs");
        via = "ThreadPoolExecutor initializer";
        break;
    default: return NULL;
    }
    if (!is_def(w, s, fn)) return NULL;
    LcUse *u = use(w, s, fn, true, via);
    use_arg_tuple(w, s, u, args, true);
    use_kwarg_dict(w, s, u, kwargs);
    return fn;
}

static void walk_call(Walk *w, const ResScope *s, const AstNode *e) {
    const AstNode *f = e->u.call.func;
    if (f->kind == AST_ATTRIBUTE && f->u.attribute.value->kind == AST_NAME) {
        const char *m = f->u.attribute.attr.name, *list = f->u.attribute.value->u.name.id;
        if (strcmp(m, "append") == 0 && e->u.call.args.len == 1 && e->u.call.keywords.len == 0 &&
            e->u.call.args.items[0]->kind != AST_STARRED)
            fill(w->st, s, list, expr_kind(w->c, s, e->u.call.args.items[0]));
        else if (strcmp(m, "extend") == 0 || strcmp(m, "insert") == 0 || strcmp(m, "__setitem__") == 0 ||
                 strcmp(m, "__iadd__") == 0)
            fill(w->st, s, list, LC_NONE);
    }
    const AstNode *callee = record_call(w, s, e);
    if (f != callee) walk_expr(w, s, f);
    for (int i = 0; i < e->u.call.args.len; i++)
        if (e->u.call.args.items[i] != callee) walk_expr(w, s, e->u.call.args.items[i]);
    for (int i = 0; i < e->u.call.keywords.len; i++)
        if (e->u.call.keywords.items[i]->u.keyword.value != callee)
            walk_expr(w, s, e->u.call.keywords.items[i]->u.keyword.value);
}

/* (ast_for_each_child's callback: a child walked in the same scope) */
typedef struct WalkIn {
    Walk *w;
    const ResScope *s;
} WalkIn;

static void walk_child(const AstNode *n, void *ctx) {
    const WalkIn *in = ctx;
    walk_expr(in->w, in->s, n);
}

static void walk_children(Walk *w, const ResScope *s, const AstNode *n) {
    WalkIn in = {w, s};
    ast_for_each_child(n, walk_child, &in);
}

/* An expression or a match pattern (NULL: none), and everything in it. */
static void walk_expr(Walk *w, const ResScope *s, const AstNode *e) {
    if (!e) return;
    if (w->check) lc_check_expr(w->c, s, e);
    switch (e->kind) {
    case AST_NAMED_EXPR:
        walk_expr(w, s, e->u.named_expr.value);
        bind(w->st, s, e->u.named_expr.target->u.name.id, expr_kind(w->c, s, e->u.named_expr.value));
        return;
    case AST_LAMBDA: {
        walk_defaults(w, s, e->u.lambda.args);
        const ResScope *inner = res_scope_of(&w->c->res, e);
        bind_params(w, inner, e->u.lambda.args);
        walk_expr(w, inner, e->u.lambda.body);
        return;
    }
    case AST_LIST_COMP:
    case AST_SET_COMP:
    case AST_DICT_COMP:
    case AST_GENERATOR_EXP: walk_comprehension(w, s, e); return;
    case AST_CALL: walk_call(w, s, e); return;
    case AST_NAME:
        if (is_def(w, s, e)) use(w, s, e, false, NULL);
        return;
    /* the names a match pattern captures (all unknown) */
    case AST_MATCH_MAPPING:
        walk_children(w, s, e);
        if (e->u.match_mapping.rest.name) bind(w->st, s, e->u.match_mapping.rest.name, LC_NONE);
        return;
    case AST_MATCH_STAR:
        if (e->u.match_star.name.name) bind(w->st, s, e->u.match_star.name.name, LC_NONE);
        return;
    case AST_MATCH_AS:
        walk_expr(w, s, e->u.match_as.pattern);
        if (e->u.match_as.name.name) bind(w->st, s, e->u.match_as.name.name, LC_NONE);
        return;
    case AST_BOOL_OP: case AST_BIN_OP: case AST_UNARY_OP: case AST_IF_EXP: case AST_DICT: case AST_SET:
    case AST_AWAIT: case AST_YIELD: case AST_YIELD_FROM: case AST_COMPARE: case AST_FORMATTED_VALUE:
    case AST_JOINED_STR: case AST_CONSTANT: case AST_ATTRIBUTE: case AST_SUBSCRIPT: case AST_STARRED:
    case AST_LIST: case AST_TUPLE: case AST_SLICE:
    case AST_MATCH_VALUE: case AST_MATCH_SINGLETON: case AST_MATCH_SEQUENCE: case AST_MATCH_CLASS: case AST_MATCH_OR:
    case AST_KEYWORD:
        walk_children(w, s, e);
        return;
    /* statements (walk_stmt) and the other helper nodes (walk_stmt, the cases above) */
    AST_CASES_STMT:
    case AST_COMPREHENSION: case AST_EXCEPT_HANDLER: case AST_ARGUMENTS: case AST_ARG: case AST_ALIAS:
    case AST_WITHITEM: case AST_MATCH_CASE:
    case AST_MODULE:
    case AST_KIND_COUNT: return;
    }
}

/* Whether a program module shadows the runtime's module `dotted`. */
static bool shadowed(const LwCtx *c, const char *dotted) {
    if (!c->prog) return false;
    size_t n = strcspn(dotted, ".");
    for (int i = 1; i < c->prog->n; i++)
        if (strncmp(c->prog->mods[i].name, dotted, n) == 0 && c->prog->mods[i].name[n] == '\0') return true;
    return false;
}

static void walk_import(Walk *w, const ResScope *s, const AstNode *st) {
    if (st->kind == AST_IMPORT) {
        for (int i = 0; i < st->u.import.names.len; i++) {
            const AstNode *a = st->u.import.names.items[i];
            const char *name = a->u.alias.name;
            LcKind k = shadowed(w->c, name) ? LC_NONE : module_kind(name);
            if (a->u.alias.asname.name) {
                bind(w->st, s, a->u.alias.asname.name, k);
            } else if (!strchr(name, '.')) {
                bind(w->st, s, name, k);
            } else {
                char *top = arena_strndup(&w->c->m->arena, name, strcspn(name, "."));
                bind(w->st, s, top, k == LC_MOD_FUTURES ? LC_MOD_CONCURRENT : LC_NONE);
            }
        }
        return;
    }
    const char *mod = st->u.import_from.module;
    LcKind mk = LC_NONE;
    if (st->u.import_from.level == 0 && mod && !shadowed(w->c, mod))
        mk = strcmp(mod, "concurrent") == 0 ? LC_MOD_CONCURRENT : module_kind(mod);
    for (int i = 0; i < st->u.import_from.names.len; i++) {
        const AstNode *a = st->u.import_from.names.items[i];
        if (strcmp(a->u.alias.name, "*") == 0) continue; /* rejected by the lowering */
        bind(w->st, s, a->u.alias.asname.name ? a->u.alias.asname.name : a->u.alias.name,
             member_kind(mk, a->u.alias.name));
    }
}

static void walk_stmt(Walk *w, const ResScope *s, const AstNode *st) {
    switch (st->kind) {
    case AST_FUNCTION_DEF:
    case AST_ASYNC_FUNCTION_DEF: {
        walk_exprs(w, s, &st->u.function_def.decorator_list);
        walk_defaults(w, s, st->u.function_def.args);
        const ResScope *inner = res_scope_of(&w->c->res, st);
        const char *name = st->u.function_def.name.name;
        /* a decorated def binds whatever the decorator returns */
        bool plain = st->kind == AST_FUNCTION_DEF && st->u.function_def.decorator_list.len == 0;
        const ResScope *o = mangled(s, name) ? NULL : lc_owner(s, name);
        if (plain && o) VEC_PUSH(&w->st->defs, ((LcDef){o, s, inner, st}));
        else bind_params(w, inner, st->u.function_def.args);
        walk_body(w, inner, &st->u.function_def.body);
        bind(w->st, s, name, plain ? LC_DEF : LC_NONE);
        return;
    }
    case AST_CLASS_DEF: {
        walk_exprs(w, s, &st->u.class_def.decorator_list);
        walk_exprs(w, s, &st->u.class_def.bases);
        walk_exprs(w, s, &st->u.class_def.keywords);
        walk_body(w, res_scope_of(&w->c->res, st), &st->u.class_def.body);
        bind(w->st, s, st->u.class_def.name.name, LC_NONE);
        return;
    }
    case AST_DELETE:
        for (int i = 0; i < st->u.delete_.targets.len; i++) {
            const AstNode *t = st->u.delete_.targets.items[i];
            if (t->kind == AST_NAME) bind(w->st, s, t->u.name.id, LC_NONE);
            else bind_target(w, s, t, LC_NONE);
        }
        return;
    case AST_ASSIGN: {
        walk_expr(w, s, st->u.assign.value);
        LcKind k = expr_kind(w->c, s, st->u.assign.value);
        for (int i = 0; i < st->u.assign.targets.len; i++) bind_target(w, s, st->u.assign.targets.items[i], k);
        return;
    }
    case AST_AUG_ASSIGN:
        walk_expr(w, s, st->u.aug_assign.value);
        if (st->u.aug_assign.target->kind == AST_NAME) fill(w->st, s, st->u.aug_assign.target->u.name.id, LC_NONE);
        bind_target(w, s, st->u.aug_assign.target, LC_NONE);
        return;
    case AST_ANN_ASSIGN:
        walk_expr(w, s, st->u.ann_assign.value);
        if (st->u.ann_assign.value)
            bind_target(w, s, st->u.ann_assign.target, expr_kind(w->c, s, st->u.ann_assign.value));
        return;
    case AST_FOR:
    case AST_ASYNC_FOR:
        walk_expr(w, s, st->u.for_.iter);
        bind_target(w, s, st->u.for_.target, st->kind == AST_FOR ? lc_elem_kind(expr_kind(w->c, s, st->u.for_.iter)) : LC_NONE);
        walk_stmts(w, s, &st->u.for_.body);
        walk_stmts(w, s, &st->u.for_.orelse);
        return;
    case AST_WHILE:
        walk_expr(w, s, st->u.while_.test);
        walk_stmts(w, s, &st->u.while_.body);
        walk_stmts(w, s, &st->u.while_.orelse);
        return;
    case AST_IF:
        walk_expr(w, s, st->u.if_.test);
        walk_stmts(w, s, &st->u.if_.body);
        walk_stmts(w, s, &st->u.if_.orelse);
        return;
    case AST_WITH:
    case AST_ASYNC_WITH:
        for (int i = 0; i < st->u.with.items.len; i++) {
            const AstNode *wi = st->u.with.items.items[i];
            walk_expr(w, s, wi->u.withitem.context_expr);
            if (!wi->u.withitem.optional_vars) continue;
            /* ThreadPoolExecutor.__enter__ returns the executor itself */
            LcKind k = expr_kind(w->c, s, wi->u.withitem.context_expr);
            bind_target(w, s, wi->u.withitem.optional_vars, st->kind == AST_WITH && k == LC_EXECUTOR ? k : LC_NONE);
        }
        walk_stmts(w, s, &st->u.with.body);
        return;
    case AST_MATCH:
        walk_expr(w, s, st->u.match.subject);
        for (int i = 0; i < st->u.match.cases.len; i++) {
            const AstNode *mc = st->u.match.cases.items[i];
            walk_expr(w, s, mc->u.match_case.pattern);
            walk_expr(w, s, mc->u.match_case.guard);
            walk_stmts(w, s, &mc->u.match_case.body);
        }
        return;
    case AST_TRY:
    case AST_TRY_STAR:
        VEC_PUSH(&w->fins, &st->u.try_.finalbody);
        walk_stmts(w, s, &st->u.try_.body);
        for (int i = 0; i < st->u.try_.handlers.len; i++) {
            const AstNode *h = st->u.try_.handlers.items[i];
            walk_expr(w, s, h->u.except_handler.type);
            if (h->u.except_handler.name.name) bind(w->st, s, h->u.except_handler.name.name, LC_NONE);
            walk_stmts(w, s, &h->u.except_handler.body);
        }
        walk_stmts(w, s, &st->u.try_.orelse);
        w->fins.len--;
        walk_stmts(w, s, &st->u.try_.finalbody);
        return;
    case AST_IMPORT:
    case AST_IMPORT_FROM: walk_import(w, s, st); return;
    case AST_RETURN:
    case AST_RAISE:
    case AST_ASSERT:
    case AST_EXPR: walk_children(w, s, st); return;
    case AST_GLOBAL:
    case AST_NONLOCAL:
    case AST_PASS:
    case AST_BREAK:
    case AST_CONTINUE: return;
    AST_CASES_EXPR:
    AST_CASES_OTHER: return;
    }
}

static void walk_stmts(Walk *w, const ResScope *s, const AstList *l) {
    for (int i = 0; i < l->len; i++) {
        /* (no arithmetic on the NULL of an empty vector: undefined in C) */
        if (w->check)
            lc_check_stmt(w->c, s, l, i, w->fins.items ? w->fins.items + w->fin_base : NULL,
                          w->fins.len - w->fin_base);
        walk_stmt(w, s, l->items[i]);
    }
}

static void walk_body(Walk *w, const ResScope *inner, const AstList *body) {
    int saved = w->fin_base;
    w->fin_base = w->fins.len;
    walk_stmts(w, inner, body);
    w->fin_base = saved;
}

/* ---- parameters ------------------------------------------------------------------ */

typedef VEC(const AstNode *) LcParams;

/* The parameters of a def: posonly, then positional-or-keyword (npos in all),
 * then keyword-only. */
static void params_of(const AstNode *args, LcParams *out, int *nposonly, int *npos) {
    const AstList *lists[3] = {&args->u.arguments.posonlyargs, &args->u.arguments.args, &args->u.arguments.kwonlyargs};
    for (int j = 0; j < 3; j++)
        for (int i = 0; i < lists[j]->len; i++) VEC_PUSH(out, lists[j]->items[i]);
    *nposonly = lists[0]->len;
    *npos = lists[0]->len + lists[1]->len;
}

/* The default of parameter i of params_of's list, or NULL. */
static const AstNode *default_of(const AstNode *args, int i, int npos) {
    const AstList *d = &args->u.arguments.defaults;
    if (i < npos) return i >= npos - d->len ? d->items[i - (npos - d->len)] : NULL;
    return args->u.arguments.kw_defaults.items[i - npos];
}

/* What call u binds to each parameter of def d (kinds[i]) as CPython matches
 * arguments to parameters; false: it does not fit (a TypeError, or not known). */
static bool match_call(const LcState *st, const LwCtx *c, const LcDef *d, const LcUse *u, const LcParams *ps,
                       int nposonly, int npos, LcKind *kinds, bool *set) {
    const AstNode *args = d->node->u.function_def.args;
    if (!u->fits) return false;
    for (int i = 0; i < ps->len; i++) set[i] = false;
    int pos = 0;
    for (int j = 0; j < u->n; j++) {
        const LcArg *a = &st->args.items[u->first + j];
        int i = -1;
        if (!a->kw) {
            if (pos < npos) i = pos;
            else if (!args->u.arguments.vararg) return false;
            pos++;
        } else {
            for (int k = nposonly; k < ps->len && i < 0; k++)
                if (strcmp(ps->items[k]->u.arg.arg.name, a->kw) == 0) i = k;
            if (i < 0 && !args->u.arguments.kwarg) return false;
        }
        if (i < 0) continue; /* into *args or **kwargs */
        if (set[i]) return false;
        set[i] = true;
        kinds[i] = a->kind;
    }
    for (int i = 0; i < ps->len; i++) {
        if (set[i]) continue;
        const AstNode *dflt = default_of(args, i, npos);
        if (!dflt) return false;
        LcKind k = expr_kind(c, d->outer, dflt);
        kinds[i] = k == LC_EMPTY_LIST || k == LC_DEF ? LC_NONE : k;
    }
    return true;
}

static bool same_use(const LcUse *u, const LcDef *d) {
    return u->owner == d->owner && strcmp(u->name, d->node->u.function_def.name.name) == 0;
}

/* Whether d's parameters are bound by its calls: its name is a def of the
 * program no other module can reach, used only in calls. */
static bool closed_def(const LwCtx *c, const LcState *st, const LcDef *d) {
    const char *name = d->node->u.function_def.name.name;
    if (fact_kind(find(&st->facts, d->owner, name)) != LC_DEF) return false;
    if (d->owner->kind == RES_MODULE && c->prog && c->module_index != 0) return false;
    for (int i = 0; i < st->uses.len; i++)
        if (!st->uses.items[i].call && same_use(&st->uses.items[i], d)) return false;
    return true;
}

static const char *kind_text(LcKind k) {
    switch (k) {
    case LC_MOD_THREADING: return "the module threading";
    case LC_MOD_QUEUE: return "the module queue";
    case LC_MOD_CONCURRENT: return "the package concurrent";
    case LC_MOD_FUTURES: return "the module concurrent.futures";
    case LC_CLS_THREAD: return "the class threading.Thread";
    case LC_CLS_TIMER: return "the class threading.Timer";
    case LC_CLS_LOCK: return "a lock class of threading";
    case LC_CLS_QUEUE: return "a queue class";
    case LC_CLS_EXECUTOR: return "the class ThreadPoolExecutor";
    case LC_FN_AS_COMPLETED: return "as_completed";
    case LC_THREAD: return "a Thread";
    case LC_LOCK: return "a lock";
    case LC_QUEUE: return "a queue";
    case LC_EXECUTOR: return "a ThreadPoolExecutor";
    case LC_FUTURE: return "a Future";
    case LC_THREAD_LIST: return "a list of Threads";
    case LC_FUTURE_LIST: return "a list of Futures";
    case LC_FUTURE_ITER: return "an iterator of Futures";
    case LC_NONE:
    case LC_EMPTY_LIST:
    case LC_DEF: break;
    }
    return "unknown";
}

/* The parameters of d known by the final facts, as notes. */
static void note_params(Walk *w, const LcDef *d, const LcParams *ps) {
    const LcState *st = w->st;
    const char *fname = d->node->u.function_def.name.name;
    const char *via = NULL;
    int ncalls = 0;
    for (int i = 0; i < st->uses.len; i++) {
        if (!same_use(&st->uses.items[i], d)) continue;
        const char *v = st->uses.items[i].via;
        via = !via || strcmp(via, v) == 0 ? v : "calls of several kinds";
        ncalls++;
    }
    for (int i = 0; i < ps->len; i++) {
        const char *p = ps->items[i]->u.arg.arg.name;
        LcKind k = lookup(st, d->inner, p);
        if (ncalls == 0 || k == LC_NONE) continue;
        char text[256];
        snprintf(text, sizeof text, "%s is %s at every call of %s (%d call%s: %s)", p, kind_text(k), fname, ncalls,
                 ncalls == 1 ? "" : "s", via);
        lc_note(w->c, ps->items[i], "parameter-kind", text);
    }
}

/* Binds the parameters of every def the walk met: once per call of it. */
static void bind_calls(Walk *w) {
    LcState *st = w->st;
    LcParams ps = {0};
    VEC(LcKind) kinds = {0};
    VEC(bool) set = {0};
    for (int i = 0; i < st->defs.len; i++) {
        const LcDef *d = &st->defs.items[i];
        const AstNode *args = d->node->u.function_def.args;
        if (!closed_def(w->c, st, d)) {
            bind_params(w, d->inner, args);
            continue;
        }
        int nposonly, npos;
        ps.len = 0;
        params_of(args, &ps, &nposonly, &npos);
        kinds.len = set.len = 0;
        for (int k = 0; k < ps.len; k++) {
            VEC_PUSH(&kinds, LC_NONE);
            VEC_PUSH(&set, false);
        }
        for (int j = 0; j < st->uses.len; j++) {
            const LcUse *u = &st->uses.items[j];
            if (!same_use(u, d)) continue;
            bool fits = match_call(st, w->c, d, u, &ps, nposonly, npos, kinds.items, set.items);
            for (int k = 0; k < ps.len; k++) bind(st, d->inner, ps.items[k]->u.arg.arg.name, fits ? kinds.items[k] : LC_NONE);
        }
        if (args->u.arguments.vararg) bind(st, d->inner, args->u.arguments.vararg->u.arg.arg.name, LC_NONE);
        if (args->u.arguments.kwarg) bind(st, d->inner, args->u.arguments.kwarg->u.arg.arg.name, LC_NONE);
        if (w->check) note_params(w, d, &ps);
    }
    VEC_FREE(&ps);
    VEC_FREE(&kinds);
    VEC_FREE(&set);
}

/* A list bound only to `[]` whose fills all add kind K is a list of K. */
static void apply_fills(LcState *st) {
    int n = st->next.v.len;
    LcKind *elem = xmalloc(sizeof *elem * (size_t)(n + 1));
    bool *ok = xmalloc(sizeof *ok * (size_t)(n + 1));
    for (int i = 0; i < n; i++) elem[i] = LC_NONE, ok[i] = true;
    for (int j = 0; j < st->fills.len; j++) {
        const LcFill *x = &st->fills.items[j];
        const LcFact *f = find(&st->next, x->scope, x->name);
        if (!f) continue;
        int i = (int)(f - st->next.v.items);
        if (x->kind == LC_NONE || (elem[i] != LC_NONE && elem[i] != x->kind)) ok[i] = false;
        elem[i] = x->kind;
    }
    for (int i = 0; i < n; i++) {
        LcFact *f = &st->next.v.items[i];
        if (f->bad || f->kind != LC_EMPTY_LIST) continue;
        LcKind k = ok[i] ? list_of(elem[i]) : LC_NONE;
        f->kind = k;
        f->bad = k == LC_NONE;
    }
    free(elem);
    free(ok);
}

static bool same_facts(const LcState *st) {
    if (st->facts.v.len != st->next.v.len) return false;
    for (int i = 0; i < st->next.v.len; i++) {
        const LcFact *a = &st->next.v.items[i];
        if (fact_kind(a) != fact_kind(find(&st->facts, a->scope, a->name))) return false;
    }
    return true;
}

void lc_begin(LwCtx *c, const AstNode *module) {
    LcState *st = xmalloc(sizeof *st);
    *st = (LcState){0};
    c->conc = st;
    Walk w = {.c = c, .st = st};
    for (int round = 0; round < 16; round++) {
        facts_reset(&st->next);
        st->fills.len = st->uses.len = st->args.len = st->defs.len = 0;
        walk_stmts(&w, c->res.module, &module->u.module.body);
        bind_calls(&w);
        apply_fills(st);
        bool done = same_facts(st);
        LcFacts known = st->facts;
        st->facts = st->next;
        st->next = known;
        if (done) break;
    }
    /* the patterns and warnings, with the final facts (what this walk binds is dropped) */
    facts_reset(&st->next);
    st->fills.len = st->uses.len = st->args.len = st->defs.len = 0;
    w.check = true;
    lc_check_begin(c);
    walk_stmts(&w, c->res.module, &module->u.module.body);
    bind_calls(&w);
    lc_check_end(c);
    VEC_FREE(&w.fins);
}

/* ---- notes ---------------------------------------------------------------------- */

static void add_note(LwCtx *c, const AstNode *at, bool warning, const char *pattern, const char *text) {
    IrConcNote n = {warning, at->span.line, diag_display_column(c->src, at->span.line, at->span.col),
                    arena_strdup(&c->m->arena, pattern), arena_strdup(&c->m->arena, text)};
    /* finally bodies and with exits are lowered once per way out: one note */
    for (int i = 0; i < c->conc_notes.len; i++) {
        const IrConcNote *o = &c->conc_notes.items[i];
        if (o->line == n.line && o->column == n.column && strcmp(o->pattern, n.pattern) == 0) return;
    }
    VEC_PUSH(&c->conc_notes, n);
}

void lc_note(LwCtx *c, const AstNode *at, const char *pattern, const char *text) {
    add_note(c, at, false, pattern, text);
}

void lc_warn(LwCtx *c, const AstNode *at, const char *name, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    diag_warn(c->diags, name, c->src, at->span, "%s", msg);
    add_note(c, at, true, name, msg);
}

static int note_cmp(const void *a, const void *b) {
    const IrConcNote *x = a, *y = b;
    if (x->line != y->line) return x->line < y->line ? -1 : 1;
    if (x->column != y->column) return x->column < y->column ? -1 : 1;
    if (x->warning != y->warning) return x->warning ? 1 : -1;
    return strcmp(x->pattern, y->pattern);
}

void lc_end(LwCtx *c) {
    IrModule *m = c->m;
    m->nconc_notes = c->conc_notes.len;
    if (m->nconc_notes > 0) {
        m->conc_notes = ARENA_NEW_ARRAY(&m->arena, IrConcNote, m->nconc_notes);
        memcpy(m->conc_notes, c->conc_notes.items, sizeof(IrConcNote) * (size_t)m->nconc_notes);
        qsort(m->conc_notes, (size_t)m->nconc_notes, sizeof(IrConcNote), note_cmp);
    }
    VEC_FREE(&c->conc_notes);
    if (c->conc) {
        facts_free(&c->conc->facts);
        facts_free(&c->conc->next);
        VEC_FREE(&c->conc->fills);
        VEC_FREE(&c->conc->uses);
        VEC_FREE(&c->conc->args);
        VEC_FREE(&c->conc->defs);
        free(c->conc);
        c->conc = NULL;
    }
}
