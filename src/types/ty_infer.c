/* The inference proper (docs/types.md).
 *
 * Every scope (module body, class body, function, lambda) is walked in
 * rounds until nothing grows. Inside a function the walk is flow-sensitive:
 * an environment maps each plain local to its type at the current point;
 * branches join, loops repeat until their head environment is stable, and
 * `try` handlers start from the join of every state inside the body. What
 * crosses scopes goes through summaries, the join of everything ever bound to
 * a variable: module globals, class-body names, variables captured by inner
 * functions, parameters (the join of the arguments of every call site the
 * analysis sees), return values, instance attributes. A function whose
 * callers are not all known (used as a value, decorated, a dunder method...)
 * gets `any` parameters, and what is passed to unknown code escapes (its
 * containers' contents become `any`). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "common/util.h"
#include "ir/ast_kinds.h"
#include "types/ty_internal.h"

/* ---- scopes and names ------------------------------------------------------------ */

static size_t ptr_hash(const void *k) {
    uintptr_t h = (uintptr_t)k * 0x9E3779B97F4A7C15u;
    return (size_t)(h ^ (h >> 31));
}

static void scmap_put(TyProgram *p, const void *node, TyScope *sc) {
    size_t mask = (size_t)p->capscmap - 1, h = ptr_hash(node) & mask;
    while (p->scmap[h].node) h = (h + 1) & mask;
    p->scmap[h].node = node;
    p->scmap[h].sc = sc;
}

TyScope *ty_scope_of(const TyProgram *p, const void *node) {
    size_t mask = (size_t)p->capscmap - 1, h = ptr_hash(node) & mask;
    while (p->scmap[h].node) {
        if (p->scmap[h].node == node) return p->scmap[h].sc;
        h = (h + 1) & mask;
    }
    return NULL;
}

TyScope *ty_scope_of_rs(const TyProgram *p, const ResScope *rs) { return ty_scope_of(p, rs->node); }

/* The slot of global `name` in module scope m, or -1. */
static int global_find(const TyScope *m, const char *name) {
    uint64_t h = name_key(NULL, name);
    size_t it;
    for (int i = name_index_first(&m->gindex, h, &it); i >= 0; i = name_index_next(&m->gindex, h, &it))
        if (strcmp(m->globals.items[i].name, name) == 0) return i;
    return -1;
}

int ty_global_slot(TyProgram *p, TyScope *m, const char *name) {
    int g = global_find(m, name);
    if (g >= 0) return g;
    name_index_add(&m->gindex, name_key(NULL, name), m->globals.len);
    VEC_PUSH(&m->globals, ((TyNamed){arena_strdup(&p->arena, name), {0}}));
    VEC_PUSH(&m->gnbind, 0);
    VEC_PUSH(&m->gbinder, NULL);
    return m->globals.len - 1;
}

static TyScope *module_scope(TyProgram *p, TyScope *s) { return p->mods[s->module].scope; }

static bool is_module_global(TyProgram *p, TyScope *s, const char *name) {
    if (global_find(module_scope(p, s), name) >= 0) return true;
    return res_is_global_name(&p->mods[s->module].res, name);
}

TyVar ty_resolve(TyProgram *p, TyScope *s, const char *name) {
    const ResScope *rs = s->rs;
    const char *mname = res_mangle(&p->arena, rs->private_name, name);
    ResSymbol *sym = res_lookup(rs, mname);
    TyVar v = {TY_V_BUILTIN, module_scope(p, s), -1};
    bool fnlike = res_is_function_like(rs);
    if (sym) {
        int slot = (int)(sym - rs->syms.items);
        switch (sym->kind) {
        case RES_LOCAL:
            if (rs->kind == RES_MODULE) break;
            return (TyVar){fnlike ? TY_V_ENV : TY_V_SUM, s, slot};
        case RES_CELL: return (TyVar){fnlike ? TY_V_CELL : TY_V_SUM, s, slot};
        case RES_FREE:
            for (const ResScope *o = rs->parent; o; o = o->parent) {
                if (o->kind == RES_CLASS) continue;
                if (o->kind == RES_MODULE) break;
                ResSymbol *os = res_lookup(o, mname);
                if (os && (os->kind == RES_LOCAL || os->kind == RES_CELL))
                    return (TyVar){TY_V_SUM, ty_scope_of_rs(p, o), (int)(os - o->syms.items)};
                if (os && os->kind == RES_GLOBAL_EXPLICIT) break;
            }
            break;
        case RES_GLOBAL_EXPLICIT:
        case RES_GLOBAL_IMPLICIT: break;
        }
    }
    if (is_module_global(p, s, mname)) v.how = TY_V_GLOBAL;
    (void)ty_global_slot;
    return v;
}

const AstNode *ty_var_binder(const TyProgram *pc, const TyVar *v, const char *name) {
    TyProgram *p = (TyProgram *)pc;
    if (p->dynamic) return NULL;
    switch (v->how) {
    case TY_V_ENV:
    case TY_V_CELL:
    case TY_V_SUM: return v->owner->nbind[v->slot] == 1 ? v->owner->binder[v->slot] : NULL;
    case TY_V_GLOBAL: {
        if (ty_named_find(&p->mod_store, name)) return NULL;
        int g = ty_global_slot(p, v->owner, name);
        return v->owner->gnbind.items[g] == 1 ? v->owner->gbinder.items[g] : NULL;
    }
    case TY_V_BUILTIN: return NULL;
    }
    return NULL;
}

static bool esc_method_name(const TyProgram *p, const char *name) {
    for (int i = 0; i < p->esc_methods.len; i++)
        if (strcmp(p->esc_methods.items[i], name) == 0 || strcmp(p->esc_methods.items[i], "*") == 0) return true;
    return false;
}

bool ty_func_escaped(const TyProgram *p, const TyFunc *f) {
    if (f->escaped) return true;
    if (!f->cls) return false;
    const char *name = f->node->u.function_def.name.name;
    /* instances handed to unknown code, and foreign base classes (Thread.run...),
     * may call any method; only type.__call__ calls __init__ */
    if (f->cls->inst_escaped) return true;
    if (f->cls->foreign_base && strcmp(name, "__init__") != 0) return true;
    return esc_method_name(p, name);
}

static void escape_method(TyProgram *p, const char *name) {
    if (esc_method_name(p, name)) return;
    VEC_PUSH(&p->esc_methods, name);
    p->changed = true;
}

/* ---- per-use records -------------------------------------------------------------- */

static void record(TyProgram *p, const AstNode *node, TyType t) {
    if (p->nuses * 2 >= p->capuses) {
        TyUse *old = p->uses;
        int oldcap = p->capuses;
        p->capuses = oldcap ? oldcap * 2 : 1024;
        p->uses = xmalloc(sizeof(TyUse) * (size_t)p->capuses);
        memset(p->uses, 0, sizeof(TyUse) * (size_t)p->capuses);
        for (int i = 0; i < oldcap; i++)
            if (old[i].node) {
                size_t h = ptr_hash(old[i].node) & (size_t)(p->capuses - 1);
                while (p->uses[h].node) h = (h + 1) & (size_t)(p->capuses - 1);
                p->uses[h] = old[i];
            }
        free(old);
    }
    size_t mask = (size_t)p->capuses - 1, h = ptr_hash(node) & mask;
    while (p->uses[h].node && p->uses[h].node != node) h = (h + 1) & mask;
    TyUse *u = &p->uses[h];
    if (!u->node) {
        u->node = node;
        p->nuses++;
        u->t = t;
    } else if (u->round != p->round) {
        u->t = t;
    } else {
        ty_join(p, &u->t, t);
    }
    u->round = p->round;
}

TyType ty_use(const TyProgram *p, const AstNode *expr) {
    if (p->dynamic || p->gave_up) return ty_k(TY_ANY);
    if (!p->capuses) return (TyType){0};
    size_t mask = (size_t)p->capuses - 1, h = ptr_hash(expr) & mask;
    while (p->uses[h].node) {
        if (p->uses[h].node == expr) return p->uses[h].t;
        h = (h + 1) & mask;
    }
    return (TyType){0};
}

/* ---- environments ------------------------------------------------------------------ */

typedef struct Env {
    bool live;
    TyType *v;
} Env;

typedef struct Loop {
    Env brk, cont;
} Loop;

typedef struct Ctx {
    TyProgram *p;
    TyScope *sc;
    int n;
    Env env;
    VEC(Env *) tries;
    VEC(Loop *) loops;
} Ctx;

static Env env_new(int n) {
    Env e = {false, xmalloc(sizeof(TyType) * (size_t)(n ? n : 1))};
    memset(e.v, 0, sizeof(TyType) * (size_t)(n ? n : 1));
    return e;
}

static Env env_copy(const Ctx *c, const Env *src) {
    Env e = env_new(c->n);
    e.live = src->live;
    memcpy(e.v, src->v, sizeof(TyType) * (size_t)c->n);
    return e;
}

static void env_set(const Ctx *c, Env *dst, const Env *src) {
    dst->live = src->live;
    memcpy(dst->v, src->v, sizeof(TyType) * (size_t)c->n);
}

/* dst |= src; whether dst grew */
static bool env_join(Ctx *c, Env *dst, const Env *src) {
    if (!src->live) return false;
    if (!dst->live) {
        env_set(c, dst, src);
        return true;
    }
    bool grew = false;
    for (int i = 0; i < c->n; i++) grew |= ty_join(c->p, &dst->v[i], src->v[i]);
    return grew;
}

static void env_free(Env *e) { free(e->v); }

/* A state inside a try body (or with body) reaches its handlers. */
static void to_handlers(Ctx *c) {
    for (int i = 0; i < c->tries.len; i++) env_join(c, c->tries.items[i], &c->env);
}

/* ---- variables ----------------------------------------------------------------------- */

static TyType read_var(Ctx *c, const char *name) {
    TyProgram *p = c->p;
    TyVar v = ty_resolve(p, c->sc, name);
    switch (v.how) {
    case TY_V_ENV: return c->env.v[v.slot];
    case TY_V_CELL:
    case TY_V_SUM: return v.owner->sum[v.slot];
    case TY_V_GLOBAL: {
        if (p->dynamic) return ty_k(TY_ANY);
        int g = ty_global_slot(p, v.owner, name);
        TyType t = v.owner->globals.items[g].t;
        ty_join(p, &t, ty_named_get(&p->mod_store, name));
        /* while unbound (not yet, or deleted) it reads as the builtin */
        if (ty_shadows_builtin(name)) ty_join(p, &t, ty_k(TY_ANY));
        return t;
    }
    case TY_V_BUILTIN: break;
    }
    return ty_k(TY_ANY);
}

static void bind_var(Ctx *c, const char *name, TyType t) {
    TyProgram *p = c->p;
    TyVar v = ty_resolve(p, c->sc, name);
    switch (v.how) {
    case TY_V_ENV:
    case TY_V_CELL:
        c->env.v[v.slot] = t;
        if (ty_join(p, &v.owner->sum[v.slot], t)) p->changed = true;
        return;
    case TY_V_SUM:
        if (ty_join(p, &v.owner->sum[v.slot], t)) p->changed = true;
        if (v.owner->rs->kind == RES_CLASS) ty_named_join(p, &p->attr_all, v.owner->rs->syms.items[v.slot].name, t);
        return;
    case TY_V_GLOBAL:
    case TY_V_BUILTIN: {
        TyScope *m = module_scope(p, c->sc);
        int g = ty_global_slot(p, m, name);
        TyType cur = m->globals.items[g].t;
        if (ty_join(p, &cur, t)) p->changed = true;
        m->globals.items[g].t = cur;
        if (m->module > 0) ty_escape(p, t); /* other modules reach it */
        return;
    }
    }
}

static void unbind_var(Ctx *c, const char *name) {
    TyVar v = ty_resolve(c->p, c->sc, name);
    if (v.how == TY_V_ENV || v.how == TY_V_CELL) c->env.v[v.slot] = (TyType){0};
}

/* ---- classes ------------------------------------------------------------------------- */

static TyType instance_of(TyClass *k) {
    if (k->id >= TY_MAX_CLASSES) return ty_k(TY_ANY);
    return (TyType){.kinds = TY_INSTANCE, .classes = (uint64_t)1 << k->id};
}

/* The def that `k.name` finds in k's class bodies (single inheritance), or
 * NULL with *unknown set when something else may answer. */
static TyFunc *lookup_method(TyProgram *p, TyClass *k, const char *name, bool *unknown) {
    *unknown = k->getattribute || ty_named_find(&k->inst, name) || ty_named_find(&p->any_store, name);
    for (TyClass *c = k; c; c = c->bases.len ? c->bases.items[0] : NULL) {
        /* the class's own body comes first in its MRO, whatever its bases */
        const char *mname = res_mangle(&p->arena, c->sc->rs->private_name, name);
        ResSymbol *sym = res_lookup(c->sc->rs, mname);
        if (sym && (sym->flags & RES_DEF_LOCAL)) {
            int slot = (int)(sym - c->sc->rs->syms.items);
            const AstNode *b = c->sc->nbind[slot] == 1 ? c->sc->binder[slot] : NULL;
            if (b && b->kind == AST_FUNCTION_DEF && !*unknown) {
                TyScope *fs = ty_scope_of(p, b);
                if (fs && fs->fn && !fs->fn->decorated) return fs->fn;
            }
            *unknown = true;
            return NULL;
        }
        if (c->foreign_base || c->bases.len > 1) {
            *unknown = true;
            return NULL;
        }
    }
    return NULL;
}

/* Reading attribute `name` from an instance of k. */
static TyType instance_attr(Ctx *c, TyClass *k, const char *name) {
    TyProgram *p = c->p;
    TyType r = ty_named_get(&k->inst, name);
    if (k->foreign_base || k->id >= TY_MAX_CLASSES) {
        /* anything, but with the program objects stored there (so that they
         * are not hidden in an `any`) */
        ty_join(p, &r, ty_named_get(&p->any_store, name));
        r.kinds |= TY_ANY;
        return r;
    }
    TyType stored = ty_named_get(&p->any_store, name);
    ty_join(p, &r, stored);
    /* A function stored on some object may be this class's attribute: bound,
     * it gets the instance as its (unknown) first parameter. (The `self` of
     * the class's own defs is seen: analyze_scope.) */
    if (stored.kinds & TY_FUNCTION) ty_escape(p, instance_of(k));
    for (TyClass *cl = k; cl; cl = cl->bases.len ? cl->bases.items[0] : NULL) {
        const char *mname = res_mangle(&p->arena, cl->sc->rs->private_name, name);
        ResSymbol *sym = res_lookup(cl->sc->rs, mname);
        if (!sym || !(sym->flags & RES_DEF_LOCAL)) continue;
        int slot = (int)(sym - cl->sc->rs->syms.items);
        TyType t = cl->sc->sum[slot];
        if (t.kinds & (TY_FUNCTION | TY_ANY)) {
            escape_method(p, name); /* a bound method: called who knows how */
            const AstNode *b = cl->sc->nbind[slot] == 1 ? cl->sc->binder[slot] : NULL;
            if (!b || (b->kind != AST_FUNCTION_DEF && b->kind != AST_ASYNC_FUNCTION_DEF)) ty_escape(p, instance_of(k));
            t.kinds |= TY_ANY;
        }
        if ((t.kinds & TY_INSTANCE) && p->descriptors) t.kinds |= TY_ANY;
        ty_join(p, &r, t);
        break;
    }
    return r;
}

/* ---- expressions ----------------------------------------------------------------------- */

static TyType eval(Ctx *c, const AstNode *e);
static void assign(Ctx *c, const AstNode *target, TyType t);
static void walk_stmts(Ctx *c, const AstList *l);

typedef struct Args {
    TyType pos[16];
    int npos;
    const char *kwnames[16];
    TyType kw[16];
    int nkw;
    bool star; /* *args / **kwargs, or too many to follow */
} Args;

static void args_escape(TyProgram *p, const Args *a) {
    for (int i = 0; i < a->npos; i++) ty_escape(p, a->pos[i]);
    for (int i = 0; i < a->nkw; i++) ty_escape(p, a->kw[i]);
}

static void eval_args(Ctx *c, const AstNode *call, Args *a) {
    a->npos = a->nkw = 0;
    a->star = false;
    const AstList *args = &call->u.call.args;
    for (int i = 0; i < args->len; i++) {
        const AstNode *x = args->items[i];
        TyType t;
        if (x->kind == AST_STARRED) {
            t = eval(c, x->u.starred.value);
            a->star = true;
            ty_escape(c->p, t);
            continue;
        }
        t = eval(c, x);
        if (a->npos < 16) a->pos[a->npos++] = t;
        else a->star = true, ty_escape(c->p, t);
    }
    const AstList *kws = &call->u.call.keywords;
    for (int i = 0; i < kws->len; i++) {
        const AstNode *k = kws->items[i];
        TyType t = eval(c, k->u.keyword.value);
        if (!k->u.keyword.arg.name || a->nkw == 16) {
            a->star = true;
            ty_escape(c->p, t);
            continue;
        }
        a->kwnames[a->nkw] = k->u.keyword.arg.name;
        a->kw[a->nkw++] = t;
    }
}

/* An operand that only names a class or function to compare it
 * (isinstance's second argument, `type(x) is C`): evaluated without making
 * the def or class a value the analysis loses track of. */
static TyType eval_ref(Ctx *c, const AstNode *e) {
    TyProgram *p = c->p;
    if (e->kind == AST_NAME && e->u.name.ctx == AST_LOAD) {
        TyType t = read_var(c, e->u.name.id);
        record(p, e, t);
        return t;
    }
    if (e->kind == AST_TUPLE && e->u.seq.elts.len <= TY_TUPLE_MAX) {
        TyType items[TY_TUPLE_MAX];
        for (int i = 0; i < e->u.seq.elts.len; i++) {
            if (e->u.seq.elts.items[i]->kind == AST_STARRED) return eval(c, e);
        }
        for (int i = 0; i < e->u.seq.elts.len; i++) items[i] = eval_ref(c, e->u.seq.elts.items[i]);
        TyType t = ty_tuple_of(p, e, 0, items, e->u.seq.elts.len);
        record(p, e, t);
        return t;
    }
    return eval(c, e);
}

static void param_join(TyProgram *p, TyFunc *f, const char *name, TyType t) {
    TyVar v = ty_resolve(p, f->sc, name);
    if (v.how == TY_V_ENV || v.how == TY_V_CELL || v.how == TY_V_SUM)
        if (ty_join(p, &v.owner->sum[v.slot], t)) p->changed = true;
}

static TyType func_result(TyFunc *f) {
    if (f->is_async) return ty_k(TY_ANY);
    if (f->generator) return (TyType){.kinds = TY_GENERATOR, .iter = f->gen_site};
    return f->ret;
}

/* A call of f the analysis follows (self: the bound instance, or NULL). */
static TyType call_func(Ctx *c, TyFunc *f, const TyType *self, const Args *a) {
    TyProgram *p = c->p;
    if (ty_func_escaped(p, f) || a->star) {
        args_escape(p, a);
        if (self) ty_escape(p, *self);
        if (!f->escaped && a->star) {
            f->escaped = true;
            p->changed = true;
        }
        return func_result(f);
    }
    const AstNode *args = f->node->kind == AST_LAMBDA ? f->node->u.lambda.args : f->node->u.function_def.args;
    const AstList *po = &args->u.arguments.posonlyargs, *pa = &args->u.arguments.args,
                  *kwo = &args->u.arguments.kwonlyargs;
    int npos = po->len + pa->len, k = 0;
    const AstNode *vararg = args->u.arguments.vararg, *kwarg = args->u.arguments.kwarg;
    TyType vt = {.kinds = TY_TUPLE, .tuple = vararg ? ty_site(p, vararg, 0, -1) : 0};
    TyType kt = {.kinds = TY_DICT, .dict = kwarg ? ty_site(p, kwarg, 0, -1) : 0};
#define PARAM(i) ((i) < po->len ? po->items[(i)] : pa->items[(i) - po->len])
    if (self) {
        if (npos > 0) param_join(p, f, PARAM(0)->u.arg.arg.name, *self);
        k = 1;
    }
    for (int i = 0; i < a->npos; i++, k++) {
        if (k < npos) param_join(p, f, PARAM(k)->u.arg.arg.name, a->pos[i]);
        else if (vararg) ty_node_add(p, vt.tuple, 0, a->pos[i]);
    }
    for (int i = 0; i < a->nkw; i++) {
        bool found = false;
        for (int j = po->len; j < npos && !found; j++)
            if (strcmp(PARAM(j)->u.arg.arg.name, a->kwnames[i]) == 0) param_join(p, f, a->kwnames[i], a->kw[i]), found = true;
        for (int j = 0; j < kwo->len && !found; j++)
            if (strcmp(kwo->items[j]->u.arg.arg.name, a->kwnames[i]) == 0) param_join(p, f, a->kwnames[i], a->kw[i]), found = true;
        if (!found && kwarg) {
            ty_node_add(p, kt.dict, 0, ty_k(TY_STR));
            ty_node_add(p, kt.dict, 1, a->kw[i]);
        }
    }
#undef PARAM
    if (vararg) param_join(p, f, vararg->u.arg.arg.name, vt);
    if (kwarg) param_join(p, f, kwarg->u.arg.arg.name, kt);
    return func_result(f);
}

static bool has_kind(TyType t, uint32_t k) { return (t.kinds & k) != 0; }

static TyType instantiate(Ctx *c, TyClass *k, const Args *a) {
    TyProgram *p = c->p;
    if (k->opaque_new) {
        /* __new__ or a metaclass decides; __init__ may still run, on anything */
        bool unknown;
        TyFunc *init = lookup_method(p, k, "__init__", &unknown);
        if (init && !init->escaped) {
            init->escaped = true;
            p->changed = true;
        }
        args_escape(p, a);
        return ty_k(TY_ANY);
    }
    TyType self = instance_of(k);
    bool unknown;
    TyFunc *init = lookup_method(p, k, "__init__", &unknown);
    if (init) call_func(c, init, &self, a);
    else if (unknown) args_escape(p, a);
    return self;
}

/* recv.name(args), per part of recv's type. */
static TyType call_method(Ctx *c, TyType recv, const char *name, const Args *a, const AstNode *site) {
    TyProgram *p = c->p;
    TyType r = {0};
    if (recv.kinds & TY_INSTANCE) {
        for (int i = 0; i < p->classes.len && i < TY_MAX_CLASSES; i++) {
            if (!(recv.classes & ((uint64_t)1 << i))) continue;
            TyClass *k = p->classes.items[i];
            bool unknown;
            TyFunc *m = lookup_method(p, k, name, &unknown);
            if (m) {
                TyType self = instance_of(k);
                ty_join(p, &r, call_func(c, m, &self, a));
            } else {
                /* an instance attribute, a foreign method, or an AttributeError */
                TyType attr = instance_attr(c, k, name);
                if (!ty_is_empty(attr) || unknown) {
                    r.kinds |= TY_ANY;
                    args_escape(p, a);
                    escape_method(p, name);
                }
            }
        }
    }
    if (recv.kinds & (TY_ANY | TY_CLASS | TY_MODULE | TY_FUNCTION)) {
        if (recv.kinds & (TY_ANY | TY_CLASS)) escape_method(p, name);
        args_escape(p, a);
        r.kinds |= TY_ANY;
    }
    TyType b = recv;
    b.kinds &= ~(uint32_t)(TY_INSTANCE | TY_ANY | TY_CLASS | TY_MODULE | TY_FUNCTION);
    if (b.kinds) {
        TyType br = a->star ? ty_k(TY_ANY)
                            : ty_builtin_method(p, b, name, a->pos, a->npos, a->kw, a->nkw, site);
        /* None's methods (an AttributeError for most names) keep nothing */
        if ((br.kinds & TY_ANY) && b.kinds != TY_NONE) args_escape(p, a);
        ty_join(p, &r, br);
    }
    return r;
}

/* The standard module a name denotes (bound once, by `import math` or
 * `import math as m`), or NULL. */
static const char *std_module(Ctx *c, const AstNode *value) {
    if (value->kind != AST_NAME) return NULL;
    TyVar v = ty_resolve(c->p, c->sc, value->u.name.id);
    const AstNode *b = ty_var_binder(c->p, &v, value->u.name.id);
    if (!b || b->kind != AST_IMPORT) return NULL;
    for (int i = 0; i < b->u.import.names.len; i++) {
        const AstNode *a = b->u.import.names.items[i];
        const char *bound = a->u.alias.asname.name ? a->u.alias.asname.name : a->u.alias.name;
        if (strcmp(bound, value->u.name.id) == 0 && !strchr(a->u.alias.name, '.')) return a->u.alias.name;
    }
    return NULL;
}

static bool listed(const char *s, const char *const *list) {
    for (; *list; list++)
        if (strcmp(s, *list) == 0) return true;
    return false;
}

/* math.f(...), random.f(...), time.f(...): what CPython's modules return. */
static bool std_call(Ctx *c, const char *mod, const char *fn, const Args *a, TyType *r) {
    static const char *const math_float[] = {
        "sqrt", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "exp", "log", "log2", "log10", "pow", "fabs",
        "hypot", "degrees", "radians", "fmod", "copysign", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
        "expm1", "log1p", "erf", "erfc", "gamma", "lgamma", "dist", "fsum", "ldexp", "cbrt", "exp2", NULL};
    static const char *const math_int[] = {"isqrt", "factorial", "gcd", "lcm", "comb", "perm", NULL};
    static const char *const math_bool[] = {"isnan", "isinf", "isfinite", "isclose", NULL};
    static const char *const rnd_float[] = {"random", "uniform", "gauss", "normalvariate", "expovariate",
                                            "triangular", "betavariate", "lognormvariate", NULL};
    static const char *const rnd_int[] = {"randint", "randrange", "getrandbits", NULL};
    static const char *const time_float[] = {"time", "perf_counter", "monotonic", "process_time", NULL};
    static const char *const time_int[] = {"time_ns", "perf_counter_ns", "monotonic_ns", NULL};
    /* results never < 0.0 (or a ValueError/OverflowError) */
    static const char *const math_nonneg[] = {"sqrt", "exp", "exp2", "fabs", "hypot", "dist", "cosh", NULL};
    uint32_t num = TY_INT | TY_BOOL | TY_FLOAT;
    if (a->star) return false;
    if (strcmp(mod, "math") == 0) {
        if (listed(fn, math_float)) {
            *r = ty_k(TY_FLOAT);
            r->nonneg = listed(fn, math_nonneg);
        }
        else if (listed(fn, math_int)) *r = ty_k(TY_INT);
        else if (listed(fn, math_bool)) *r = ty_k(TY_BOOL);
        else if (strcmp(fn, "floor") == 0 || strcmp(fn, "ceil") == 0 || strcmp(fn, "trunc") == 0)
            *r = a->npos == 1 && ty_only(a->pos[0], num) ? ty_k(TY_INT) : ty_k(TY_ANY);
        else return false;
        return true;
    }
    if (strcmp(mod, "random") == 0) {
        if (listed(fn, rnd_float)) {
            *r = ty_k(TY_FLOAT);
            r->nonneg = strcmp(fn, "random") == 0; /* [0.0, 1.0) */
        }
        else if (listed(fn, rnd_int)) *r = ty_k(TY_INT);
        else if (strcmp(fn, "seed") == 0 || strcmp(fn, "shuffle") == 0) *r = ty_k(TY_NONE);
        else if (strcmp(fn, "choice") == 0 && a->npos == 1) *r = ty_iter_elem(c->p, a->pos[0], NULL);
        else return false;
        return true;
    }
    if (strcmp(mod, "time") == 0) {
        if (listed(fn, time_float)) *r = ty_k(TY_FLOAT);
        else if (listed(fn, time_int)) *r = ty_k(TY_INT);
        else if (strcmp(fn, "sleep") == 0) *r = ty_k(TY_NONE);
        else return false;
        return true;
    }
    return false;
}

static TyType eval_call(Ctx *c, const AstNode *e) {
    TyProgram *p = c->p;
    const AstNode *fn = e->u.call.func;
    Args a;
    if (fn->kind == AST_ATTRIBUTE) {
        TyType recv = eval(c, fn->u.attribute.value);
        eval_args(c, e, &a);
        const char *mod = std_module(c, fn->u.attribute.value);
        TyType r;
        if (mod && ty_only(recv, TY_MODULE) && std_call(c, mod, fn->u.attribute.attr.name, &a, &r)) {
            if (strcmp(fn->u.attribute.attr.name, "shuffle") != 0) return r;
        }
        r = call_method(c, recv, fn->u.attribute.attr.name, &a, e);
        record(p, fn, ty_k(TY_ANY));
        return r;
    }
    if (fn->kind == AST_NAME) {
        TyVar v = ty_resolve(p, c->sc, fn->u.name.id);
        const AstNode *b = ty_var_binder(p, &v, fn->u.name.id);
        const AstList *cargs = &e->u.call.args;
        if (v.how == TY_V_BUILTIN && cargs->len == 2 && e->u.call.keywords.len == 0 &&
            cargs->items[0]->kind != AST_STARRED && cargs->items[1]->kind != AST_STARRED &&
            (strcmp(fn->u.name.id, "isinstance") == 0 || strcmp(fn->u.name.id, "issubclass") == 0)) {
            a.npos = 2;
            a.nkw = 0;
            a.star = false;
            a.pos[0] = eval(c, cargs->items[0]);
            a.pos[1] = eval_ref(c, cargs->items[1]);
        } else {
            eval_args(c, e, &a);
        }
        if (v.how == TY_V_BUILTIN && !p->dynamic) {
            record(p, fn, ty_k(TY_ANY));
            TyType r;
            bool callable = false, instances = false;
            for (int i = 0; i < a.npos; i++) {
                callable |= has_kind(a.pos[i], TY_FUNCTION | TY_ANY | TY_CLASS);
                instances |= has_kind(a.pos[i], TY_INSTANCE | TY_ANY);
            }
            for (int i = 0; i < a.nkw; i++) callable |= has_kind(a.kw[i], TY_FUNCTION | TY_ANY | TY_CLASS);
            /* builtins that call what they are given pass it the other arguments' contents */
            static const char *const callers[] = {"map", "filter", "sorted", "min", "max", "iter", "sum", "pow", "divmod",
                                                  NULL};
            bool calls = false;
            for (int i = 0; callers[i]; i++) calls |= strcmp(fn->u.name.id, callers[i]) == 0;
            if (calls && (callable || (instances && a.npos > 1))) args_escape(p, &a);
            /* sum() and pow() apply `+` / `**` to what they get: not followed */
            bool is_sum = strcmp(fn->u.name.id, "sum") == 0;
            if (is_sum || strcmp(fn->u.name.id, "pow") == 0) {
                /* (what sum() adds: its start and the iterable's items) */
                bool objs = false;
                for (int k = is_sum ? 1 : 0; k < a.npos; k++) objs |= has_kind(a.pos[k], TY_INSTANCE);
                for (int k = 0; k < a.nkw; k++) objs |= has_kind(a.kw[k], TY_INSTANCE); /* start=, exp=... */
                objs |= is_sum && a.npos > 0 && has_kind(ty_iter_elem(p, a.pos[0], e), TY_INSTANCE);
                if (objs) {
                    const char *const *names = ty_op_methods(is_sum ? AST_OP_ADD : AST_OP_POW);
                    for (int k = 0; k < 3; k++) escape_method(p, names[k]);
                    args_escape(p, &a);
                }
            }
            if (!a.star && ty_builtin_call(p, fn->u.name.id, a.pos, a.npos, a.kwnames, a.kw, a.nkw, e, &r)) {
                if (instances && (strcmp(fn->u.name.id, "abs") == 0 || strcmp(fn->u.name.id, "round") == 0 ||
                                  strcmp(fn->u.name.id, "next") == 0))
                    r.kinds |= TY_ANY;
                return r;
            }
            args_escape(p, &a);
            return ty_k(TY_ANY);
        }
        TyType ft = read_var(c, fn->u.name.id);
        record(p, fn, ft);
        TyType r = {0};
        bool known = false;
        if (b && b->kind == AST_FUNCTION_DEF) {
            TyScope *fs = ty_scope_of(p, b);
            if (fs && fs->fn && !fs->fn->decorated) r = call_func(c, fs->fn, NULL, &a), known = true;
        }
        if (b && b->kind == AST_CLASS_DEF) {
            TyScope *cs = ty_scope_of(p, b);
            if (cs && cs->cls) r = instantiate(c, cs->cls, &a), known = true;
        }
        if (!known) {
            args_escape(p, &a);
            return ty_k(TY_ANY);
        }
        /* a global named like a builtin is the builtin until its def runs */
        if (v.how == TY_V_GLOBAL && ty_shadows_builtin(fn->u.name.id)) {
            args_escape(p, &a);
            r.kinds |= TY_ANY;
        }
        return r;
    }
    eval(c, fn);
    eval_args(c, e, &a);
    args_escape(p, &a);
    return ty_k(TY_ANY);
}

/* Value use of a name that denotes a def or a class: the analysis no longer
 * sees all its calls. */
static void value_use(Ctx *c, const char *name) {
    TyVar v = ty_resolve(c->p, c->sc, name);
    const AstNode *b = ty_var_binder(c->p, &v, name);
    if (!b) return;
    TyScope *s = ty_scope_of(c->p, b);
    if (!s) return;
    if (b->kind == AST_FUNCTION_DEF && s->fn && !s->fn->escaped) {
        s->fn->escaped = true;
        c->p->changed = true;
    }
    if (b->kind == AST_CLASS_DEF && s->cls) {
        /* C may be instantiated anywhere now: its __init__ takes anything */
        for (TyClass *k = s->cls; k; k = k->bases.len ? k->bases.items[0] : NULL) {
            bool unknown;
            TyFunc *init = lookup_method(c->p, k, "__init__", &unknown);
            if (init && !init->escaped) {
                init->escaped = true;
                c->p->changed = true;
            }
        }
    }
}

/* A class whose instances' operators are only its own methods: no builtin
 * base whose slots answer first (class F(float)), no lookup hooks. */
static bool plain_class(const TyClass *k) { return !k->foreign_base && !k->getattribute && k->id < TY_MAX_CLASSES; }

/* Kinds whose binary operators give NotImplemented for a plain class's
 * instance (int, float and complex only take numbers; None has none), so the
 * other operand's (reflected) method is all that can run. */
#define TY_INERT (TY_INT | TY_BOOL | TY_FLOAT | TY_COMPLEX | TY_NONE)

/* `l op r` (`l op= r` when inplace): the builtin operators of the builtin
 * parts, and a followed call of every operator method of program classes it
 * may run: type(l).__iop__(l, r), type(l).__op__(l, r), type(r).__rop__(r, l)
 * (calling one that CPython skips is only imprecise). An `any` operand is
 * never an instance of a class whose instances have not escaped (its bit
 * would be in the set: see analyze_scope for the `self` of escaping
 * methods), so it only hands the other operand to unknown code. What cannot
 * be followed (builtin base classes, other builtin kinds beside instances)
 * escapes both operands, as before operators were followed. */
static TyType eval_binop(Ctx *c, AstOp op, TyType l, TyType r, int flags, bool inplace, const void *site) {
    TyProgram *p = c->p;
    const char *const *names = ty_op_methods(op);
    bool linst = has_kind(l, TY_INSTANCE), rinst = has_kind(r, TY_INSTANCE);
    bool lany = has_kind(l, TY_ANY), rany = has_kind(r, TY_ANY);
    if (!linst && !rinst && !lany && !rany) return ty_binop_x(p, op, l, r, flags, site);
    /* an unknown object's operator method gets the other operand */
    if (lany) ty_escape(p, r);
    if (rany) ty_escape(p, l);
    const uint32_t ok = TY_INSTANCE | TY_INERT | TY_ANY;
    bool follow = names != NULL;
    if ((linst && (r.kinds & ~ok)) || (rinst && (l.kinds & ~ok))) follow = false;
    for (int side = 0; side < 2 && follow; side++) {
        TyType t = side ? r : l;
        if (!has_kind(t, TY_INSTANCE)) continue;
        for (int i = 0; i < p->classes.len && i < TY_MAX_CLASSES; i++)
            if ((t.classes & ((uint64_t)1 << i)) && !plain_class(p->classes.items[i])) follow = false;
    }
    if ((linst || rinst) && !follow) {
        ty_escape(p, l);
        ty_escape(p, r);
        return ty_binop_x(p, op, l, r, flags, site); /* any */
    }
    TyType res = {0};
    if (lany || rany) res.kinds |= TY_ANY;
    for (int side = 0; side < 2; side++) {
        TyType self_t = side ? r : l, other = side ? l : r;
        if (!has_kind(self_t, TY_INSTANCE)) continue;
        for (int i = 0; i < p->classes.len && i < TY_MAX_CLASSES; i++) {
            if (!(self_t.classes & ((uint64_t)1 << i))) continue;
            TyClass *k = p->classes.items[i];
            TyType self = instance_of(k);
            const char *tries[2];
            int ntries = 0;
            /* CPython tries the reflected method only for operands of different types */
            if (side && !(l.kinds == TY_INSTANCE && l.classes == self.classes)) tries[ntries++] = names[1];
            else if (!side) {
                if (inplace) tries[ntries++] = names[2];
                tries[ntries++] = names[0];
            }
            for (int t = 0; t < ntries; t++) {
                bool unknown;
                TyFunc *m = lookup_method(p, k, tries[t], &unknown);
                Args a = {.npos = 1};
                a.pos[0] = other;
                if (m) {
                    TyType got = call_func(c, m, &self, &a);
                    ty_join(p, &res, m->generator || m->is_async ? got : m->op_ret);
                } else if (unknown) {
                    /* e.g. stored on the class later: called with both */
                    ty_escape(p, l);
                    ty_escape(p, r);
                    escape_method(p, tries[t]);
                    res.kinds |= TY_ANY;
                }
            }
        }
    }
    TyType lr = l, rr = r;
    lr.kinds &= ~(uint32_t)TY_INSTANCE;
    lr.classes = 0;
    rr.kinds &= ~(uint32_t)TY_INSTANCE;
    rr.classes = 0;
    if (lr.kinds && rr.kinds) ty_join(p, &res, ty_binop_x(p, op, lr, rr, flags, site));
    return res;
}

/* What the operand expressions of `l op r` tell ty_binop_x (TY_BF_*). */
static int binop_flags(Ctx *c, AstOp op, const AstNode *l, const AstNode *r) {
    if (op == AST_OP_MULT && l->kind == AST_NAME && r->kind == AST_NAME && strcmp(l->u.name.id, r->u.name.id) == 0 &&
        ty_resolve(c->p, c->sc, l->u.name.id).how == TY_V_ENV)
        return TY_BF_SQUARE; /* a plain local cannot change between the two reads */
    if (op != AST_OP_POW) return 0;
    if (r->kind == AST_CONSTANT && r->u.constant.kind == AST_CONST_INT) return TY_BF_NATURAL_EXP;
    if (r->kind == AST_UNARY_OP && (r->u.unary_op.op == AST_OP_USUB || r->u.unary_op.op == AST_OP_UADD))
        r = r->u.unary_op.operand; /* x ** -2.0 */
    if (r->kind != AST_CONSTANT || r->u.constant.kind != AST_CONST_FLOAT) return 0;
    double f = r->u.constant.f;
    if (!(f == f) || f - f != 0.0 || floor(f) != f) return 0; /* nan, inf, or a fraction */
    return TY_BF_INT_EXP | (fmod(f, 2.0) == 0.0 ? TY_BF_EVEN_EXP : 0);
}

static TyType eval_comp(Ctx *c, const AstNode *e) {
    TyProgram *p = c->p;
    const AstList *gens = e->kind == AST_DICT_COMP ? &e->u.dict_comp.generators : &e->u.comp.generators;
    TyType first = eval(c, gens->items[0]->u.comprehension.iter);
    Ctx sub = {p, ty_scope_of(p, e), 0, {0}, {0}, {0}};
    sub.n = sub.sc->rs->syms.len;
    sub.env = env_new(sub.n);
    sub.env.live = true;
    for (int i = 0; i < gens->len; i++) {
        const AstNode *g = gens->items[i];
        TyType it = i == 0 ? first : eval(&sub, g->u.comprehension.iter);
        assign(&sub, g->u.comprehension.target, ty_iter_elem(p, it, g));
        for (int k = 0; k < g->u.comprehension.ifs.len; k++) eval(&sub, g->u.comprehension.ifs.items[k]);
    }
    TyType r;
    if (e->kind == AST_DICT_COMP) {
        r = (TyType){.kinds = TY_DICT, .dict = ty_site(p, e, 0, -1)};
        TyType k = eval(&sub, e->u.dict_comp.key);
        ty_node_add(p, r.dict, 0, k);
        ty_node_add(p, r.dict, 1, eval(&sub, e->u.dict_comp.value));
    } else {
        TyType elt = eval(&sub, e->u.comp.elt);
        if (e->kind == AST_LIST_COMP) r = ty_list_of(p, e, 0, elt);
        else if (e->kind == AST_SET_COMP) {
            r = (TyType){.kinds = TY_SET, .set = ty_site(p, e, 0, -1)};
            ty_node_add(p, r.set, 0, elt);
        } else {
            r = (TyType){.kinds = TY_GENERATOR, .iter = ty_site(p, e, 0, -1)};
            ty_node_add(p, r.iter, 0, elt);
        }
    }
    env_free(&sub.env);
    return r;
}

static TyType eval_subscript(Ctx *c, const AstNode *e) {
    TyProgram *p = c->p;
    TyType t = eval(c, e->u.subscript.value);
    const AstNode *sl = e->u.subscript.slice;
    TyType k = eval(c, sl);
    bool is_slice = sl->kind == AST_SLICE;
    TyType r = {0};
    if (t.kinds & (TY_INSTANCE | TY_ANY | TY_CLASS)) {
        ty_escape(p, k);
        r.kinds |= TY_ANY;
    }
    if (t.kinds & TY_LIST) {
        TyType el = ty_node(p, t.list)->elem;
        ty_join(p, &r, is_slice ? ty_list_of(p, e, 0, el) : el);
    }
    if (t.kinds & TY_TUPLE) {
        const TyNode nd_copy = *ty_node(p, t.tuple); /* ty_site below may move the node table */
        const TyNode *nd = &nd_copy;
        if (is_slice) {
            TyType tt = {.kinds = TY_TUPLE, .tuple = ty_site(p, e, 1, -1)};
            ty_node_add(p, tt.tuple, 0, nd->elem);
            ty_join(p, &r, tt);
        } else if (nd->tlen >= 0 && sl->kind == AST_CONSTANT && sl->u.constant.kind == AST_CONST_INT &&
                   sl->u.constant.fits_i64 && sl->u.constant.i64 < nd->tlen) {
            ty_join(p, &r, nd->pos[sl->u.constant.i64]);
        } else if (nd->tlen >= 0 && sl->kind == AST_UNARY_OP && sl->u.unary_op.op == AST_OP_USUB &&
                   sl->u.unary_op.operand->kind == AST_CONSTANT &&
                   sl->u.unary_op.operand->u.constant.kind == AST_CONST_INT &&
                   sl->u.unary_op.operand->u.constant.fits_i64 && sl->u.unary_op.operand->u.constant.i64 >= 1 &&
                   sl->u.unary_op.operand->u.constant.i64 <= nd->tlen) {
            ty_join(p, &r, nd->pos[nd->tlen - sl->u.unary_op.operand->u.constant.i64]);
        } else {
            ty_join(p, &r, nd->elem);
        }
    }
    if (t.kinds & TY_STR) r.kinds |= TY_STR;
    if (t.kinds & TY_BYTES) r.kinds |= is_slice ? TY_BYTES : TY_INT;
    if (t.kinds & TY_RANGE) r.kinds |= is_slice ? TY_RANGE : TY_INT;
    if (t.kinds & TY_DICT) ty_join(p, &r, ty_node(p, t.dict)->val);
    if (t.kinds & ~(uint32_t)(TY_INSTANCE | TY_ANY | TY_CLASS | TY_LIST | TY_TUPLE | TY_STR | TY_BYTES | TY_RANGE | TY_DICT))
        r.kinds |= TY_ANY;
    return r;
}

static TyType eval_attribute(Ctx *c, const AstNode *e) {
    TyProgram *p = c->p;
    TyType t = eval(c, e->u.attribute.value);
    const char *name = e->u.attribute.attr.name;
    TyType r = {0};
    const char *mod = std_module(c, e->u.attribute.value);
    static const char *const math_consts[] = {"pi", "e", "tau", "inf", "nan", NULL};
    if (mod && strcmp(mod, "math") == 0 && ty_only(t, TY_MODULE) && listed(name, math_consts)) {
        TyType f = ty_k(TY_FLOAT);
        f.nonneg = true; /* pi e tau inf nan */
        return f;
    }
    if (t.kinds & TY_INSTANCE)
        for (int i = 0; i < p->classes.len && i < TY_MAX_CLASSES; i++)
            if (t.classes & ((uint64_t)1 << i)) ty_join(p, &r, instance_attr(c, p->classes.items[i], name));
    if (t.kinds & (TY_ANY | TY_CLASS)) {
        escape_method(p, name);
        ty_join(p, &r, ty_named_get(&p->attr_all, name));
        ty_join(p, &r, ty_named_get(&p->any_store, name));
        r.kinds |= TY_ANY;
    }
    if (t.kinds & ~(uint32_t)(TY_INSTANCE | TY_ANY | TY_CLASS)) {
        r.kinds |= TY_ANY;
        /* e.g. xs.append as a value: whoever calls it changes xs (the
         * instances' attributes are above; None's hold nothing) */
        TyType rest = t;
        rest.kinds &= ~(uint32_t)(TY_INSTANCE | TY_NONE);
        rest.classes = 0;
        ty_escape(p, rest);
    }
    return r;
}

static TyType eval_seq(Ctx *c, const AstNode *e) {
    TyProgram *p = c->p;
    const AstList *elts = e->kind == AST_SET ? &e->u.set.elts : &e->u.seq.elts;
    TyType items[TY_TUPLE_MAX];
    bool star = false;
    TyType all = {0};
    for (int i = 0; i < elts->len; i++) {
        const AstNode *x = elts->items[i];
        TyType t;
        if (x->kind == AST_STARRED) {
            t = ty_iter_elem(p, eval(c, x->u.starred.value), x);
            star = true;
        } else {
            t = eval(c, x);
        }
        if (i < TY_TUPLE_MAX) items[i] = t;
        ty_join(p, &all, t);
    }
    if (e->kind == AST_TUPLE) {
        if (!star && elts->len <= TY_TUPLE_MAX) return ty_tuple_of(p, e, 0, items, elts->len);
        TyType r = {.kinds = TY_TUPLE, .tuple = ty_site(p, e, 0, -1)};
        ty_node_add(p, r.tuple, 0, all);
        return r;
    }
    if (e->kind == AST_LIST) return ty_list_of(p, e, 0, all);
    TyType r = {.kinds = TY_SET, .set = ty_site(p, e, 0, -1)};
    ty_node_add(p, r.set, 0, all);
    return r;
}

static TyType eval_compare(Ctx *c, const AstNode *e) {
    TyProgram *p = c->p;
    bool ident0 = e->u.compare.ops[0] == AST_OP_IS || e->u.compare.ops[0] == AST_OP_IS_NOT;
    TyType l = ident0 ? eval_ref(c, e->u.compare.left) : eval(c, e->u.compare.left);
    TyType r = ty_k(TY_BOOL);
    for (int i = 0; i < e->u.compare.op_count; i++) {
        AstOp op = e->u.compare.ops[i];
        bool ident = op == AST_OP_IS || op == AST_OP_IS_NOT;
        bool next_ident = i + 1 < e->u.compare.op_count &&
                          (e->u.compare.ops[i + 1] == AST_OP_IS || e->u.compare.ops[i + 1] == AST_OP_IS_NOT);
        const AstNode *cmp = e->u.compare.comparators.items[i];
        TyType x = ident && (next_ident || i + 1 == e->u.compare.op_count) ? eval_ref(c, cmp) : eval(c, cmp);
        if (op == AST_OP_IS || op == AST_OP_IS_NOT) {
            l = x;
            continue;
        }
        if (has_kind(l, TY_INSTANCE | TY_ANY) || has_kind(x, TY_INSTANCE | TY_ANY)) {
            /* rich comparison / __contains__ of a program class: anything */
            ty_escape(p, l);
            ty_escape(p, x);
            r.kinds |= TY_ANY;
        }
        l = x;
    }
    return r;
}

static bool is_none_const(const AstNode *e) { return e->kind == AST_CONSTANT && e->u.constant.kind == AST_CONST_NONE; }

/* Once `test` has been found true (truth) or false, env may narrow its plain
 * locals: `x is None` / `x is not None` (identity: nothing else is None),
 * through `not`, `and` (true) and `or` (false). A local left with no type
 * makes the branch unreachable. Captured variables are not narrowed (an inner
 * function may rebind them). */
static void narrow(Ctx *c, Env *env, const AstNode *test, bool truth) {
    if (!env->live) return;
    if (test->kind == AST_UNARY_OP && test->u.unary_op.op == AST_OP_NOT) {
        narrow(c, env, test->u.unary_op.operand, !truth);
        return;
    }
    if (test->kind == AST_BOOL_OP) {
        if ((test->u.bool_op.op == AST_OP_AND) == truth)
            for (int i = 0; i < test->u.bool_op.values.len; i++) narrow(c, env, test->u.bool_op.values.items[i], truth);
        return;
    }
    if (test->kind != AST_COMPARE || test->u.compare.op_count != 1) return;
    AstOp op = test->u.compare.ops[0];
    const AstNode *l = test->u.compare.left, *r = test->u.compare.comparators.items[0];
    if (op != AST_OP_IS && op != AST_OP_IS_NOT) return;
    if (is_none_const(l)) {
        const AstNode *t = l;
        l = r;
        r = t;
    }
    if (l->kind != AST_NAME || !is_none_const(r)) return;
    TyVar v = ty_resolve(c->p, c->sc, l->u.name.id);
    if (v.how != TY_V_ENV) return;
    TyType *t = &env->v[v.slot];
    if ((op == AST_OP_IS) == truth) *t = ty_k(t->kinds & (TY_NONE | TY_ANY));
    else t->kinds &= ~(uint32_t)TY_NONE;
    if (!t->kinds) env->live = false;
}

static TyType eval_inner(Ctx *c, const AstNode *e) {
    TyProgram *p = c->p;
    switch (e->kind) {
    case AST_CONSTANT:
        switch (e->u.constant.kind) {
        case AST_CONST_NONE: return ty_k(TY_NONE);
        case AST_CONST_TRUE:
        case AST_CONST_FALSE: return ty_k(TY_BOOL);
        case AST_CONST_ELLIPSIS: return ty_k(TY_ANY);
        case AST_CONST_INT: return ty_k(TY_INT);
        case AST_CONST_FLOAT: {
            TyType t = ty_k(TY_FLOAT);
            t.nonneg = !(e->u.constant.f < 0.0);
            return t;
        }
        case AST_CONST_IMAG: return ty_k(TY_COMPLEX);
        case AST_CONST_STR: return ty_k(TY_STR);
        case AST_CONST_BYTES: return ty_k(TY_BYTES);
        }
        return ty_k(TY_ANY);
    case AST_NAME: {
        TyType t = read_var(c, e->u.name.id);
        if (t.kinds & (TY_FUNCTION | TY_CLASS)) value_use(c, e->u.name.id);
        return t;
    }
    case AST_BOOL_OP: {
        TyType r = eval(c, e->u.bool_op.values.items[0]);
        Env out = env_copy(c, &c->env);
        for (int i = 1; i < e->u.bool_op.values.len; i++) {
            /* the next operand runs when the previous one was true (and) / false (or) */
            narrow(c, &c->env, e->u.bool_op.values.items[i - 1], e->u.bool_op.op == AST_OP_AND);
            ty_join(p, &r, eval(c, e->u.bool_op.values.items[i]));
            env_join(c, &out, &c->env);
        }
        env_set(c, &c->env, &out);
        env_free(&out);
        return r;
    }
    case AST_NAMED_EXPR: {
        TyType t = eval(c, e->u.named_expr.value);
        assign(c, e->u.named_expr.target, t);
        return t;
    }
    case AST_BIN_OP: {
        TyType l = eval(c, e->u.bin_op.left), r = eval(c, e->u.bin_op.right);
        int flags = binop_flags(c, e->u.bin_op.op, e->u.bin_op.left, e->u.bin_op.right);
        return eval_binop(c, e->u.bin_op.op, l, r, flags, false, e);
    }
    case AST_UNARY_OP: return ty_unop(e->u.unary_op.op, eval(c, e->u.unary_op.operand));
    case AST_LAMBDA: {
        const AstNode *args = e->u.lambda.args;
        for (int i = 0; i < args->u.arguments.defaults.len; i++) ty_escape(p, eval(c, args->u.arguments.defaults.items[i]));
        for (int i = 0; i < args->u.arguments.kw_defaults.len; i++)
            if (args->u.arguments.kw_defaults.items[i]) ty_escape(p, eval(c, args->u.arguments.kw_defaults.items[i]));
        return ty_k(TY_FUNCTION);
    }
    case AST_IF_EXP: {
        eval(c, e->u.if_exp.test);
        Env other = env_copy(c, &c->env);
        narrow(c, &c->env, e->u.if_exp.test, true);
        narrow(c, &other, e->u.if_exp.test, false);
        TyType r = eval(c, e->u.if_exp.body);
        Env save = c->env;
        c->env = other;
        ty_join(p, &r, eval(c, e->u.if_exp.orelse));
        c->env = save;
        env_join(c, &c->env, &other);
        env_free(&other);
        return r;
    }
    case AST_DICT: {
        TyType r = {.kinds = TY_DICT, .dict = ty_site(p, e, 0, -1)};
        for (int i = 0; i < e->u.dict.keys.len; i++) {
            TyType v = eval(c, e->u.dict.values.items[i]);
            if (e->u.dict.keys.items[i]) {
                ty_node_add(p, r.dict, 0, eval(c, e->u.dict.keys.items[i]));
                ty_node_add(p, r.dict, 1, v);
            } else if (ty_only(v, TY_DICT)) {
                ty_node_add(p, r.dict, 0, ty_node(p, v.dict)->elem);
                ty_node_add(p, r.dict, 1, ty_node(p, v.dict)->val);
            } else {
                ty_node_add(p, r.dict, 0, ty_k(TY_ANY));
                ty_node_add(p, r.dict, 1, ty_k(TY_ANY));
            }
        }
        return r;
    }
    case AST_SET:
    case AST_LIST:
    case AST_TUPLE: return eval_seq(c, e);
    case AST_LIST_COMP:
    case AST_SET_COMP:
    case AST_DICT_COMP:
    case AST_GENERATOR_EXP: return eval_comp(c, e);
    case AST_AWAIT: eval(c, e->u.await_yield.value); return ty_k(TY_ANY);
    case AST_YIELD:
    case AST_YIELD_FROM: {
        TyType v = e->u.await_yield.value ? eval(c, e->u.await_yield.value) : ty_k(TY_NONE);
        if (e->kind == AST_YIELD_FROM) v = ty_iter_elem(p, v, e);
        TyFunc *f = c->sc->fn;
        if (f) ty_node_add(p, f->gen_site, 0, v);
        else ty_escape(p, v);
        return ty_k(TY_ANY); /* what send() passes in */
    }
    case AST_COMPARE: return eval_compare(c, e);
    case AST_CALL: return eval_call(c, e);
    case AST_FORMATTED_VALUE:
        eval(c, e->u.formatted_value.value);
        if (e->u.formatted_value.format_spec) eval(c, e->u.formatted_value.format_spec);
        return ty_k(TY_STR);
    case AST_JOINED_STR:
        for (int i = 0; i < e->u.joined_str.values.len; i++) eval(c, e->u.joined_str.values.items[i]);
        return ty_k(TY_STR);
    case AST_ATTRIBUTE: return eval_attribute(c, e);
    case AST_SUBSCRIPT: return eval_subscript(c, e);
    case AST_STARRED: return ty_iter_elem(p, eval(c, e->u.starred.value), e);
    case AST_SLICE:
        if (e->u.slice.lower) eval(c, e->u.slice.lower);
        if (e->u.slice.upper) eval(c, e->u.slice.upper);
        if (e->u.slice.step) eval(c, e->u.slice.step);
        return ty_k(TY_SLICE);
    AST_CASES_STMT:
    AST_CASES_OTHER: break;
    }
    return ty_k(TY_ANY);
}

static TyType eval(Ctx *c, const AstNode *e) {
    TyType t = eval_inner(c, e);
    record(c->p, e, t);
    return t;
}

/* ---- assignment -------------------------------------------------------------------------- */

static void store_attr(Ctx *c, TyType recv, const char *name, TyType t) {
    TyProgram *p = c->p;
    if (recv.kinds & TY_INSTANCE)
        for (int i = 0; i < p->classes.len && i < TY_MAX_CLASSES; i++)
            if (recv.classes & ((uint64_t)1 << i)) ty_named_join(p, &p->classes.items[i]->inst, name, t);
    if (recv.kinds & (TY_ANY | TY_CLASS)) ty_named_join(p, &p->any_store, name, t);
    if (recv.kinds & (TY_ANY | TY_MODULE)) ty_named_join(p, &p->mod_store, name, t);
    if (recv.kinds & ~(uint32_t)TY_INSTANCE) ty_escape(p, t);
    ty_named_join(p, &p->attr_all, name, t);
}

static void store_subscript(Ctx *c, TyType recv, TyType key, bool is_slice, TyType t) {
    TyProgram *p = c->p;
    if (recv.kinds & TY_LIST) ty_node_add(p, recv.list, 0, is_slice ? ty_iter_elem(p, t, NULL) : t);
    if (recv.kinds & TY_DICT) {
        ty_node_add(p, recv.dict, 0, key);
        ty_node_add(p, recv.dict, 1, t);
    }
    if (recv.kinds & ~(uint32_t)(TY_LIST | TY_DICT)) {
        ty_escape(p, key);
        ty_escape(p, t);
    }
}

static void assign(Ctx *c, const AstNode *target, TyType t) {
    TyProgram *p = c->p;
    switch (target->kind) {
    case AST_NAME:
        record(p, target, t);
        bind_var(c, target->u.name.id, t);
        return;
    case AST_TUPLE:
    case AST_LIST: {
        const AstList *elts = &target->u.seq.elts;
        int star = -1;
        for (int i = 0; i < elts->len; i++)
            if (elts->items[i]->kind == AST_STARRED) star = i;
        TyType el = ty_iter_elem(p, t, target);
        bool exact = star < 0 && ty_only(t, TY_TUPLE) && ty_node(p, t.tuple)->tlen == elts->len;
        for (int i = 0; i < elts->len; i++) {
            const AstNode *x = elts->items[i];
            if (i == star) {
                assign(c, x->u.starred.value, ty_list_of(p, x, 0, el));
                continue;
            }
            assign(c, x, exact ? ty_node(p, t.tuple)->pos[i] : el);
        }
        return;
    }
    case AST_STARRED: assign(c, target->u.starred.value, ty_list_of(p, target, 0, ty_iter_elem(p, t, target))); return;
    case AST_ATTRIBUTE: store_attr(c, eval(c, target->u.attribute.value), target->u.attribute.attr.name, t); return;
    case AST_SUBSCRIPT: {
        TyType recv = eval(c, target->u.subscript.value);
        TyType key = eval(c, target->u.subscript.slice);
        store_subscript(c, recv, key, target->u.subscript.slice->kind == AST_SLICE, t);
        return;
    }
    AST_CASES_STMT:
    AST_CASES_OTHER:
    case AST_BOOL_OP: case AST_NAMED_EXPR: case AST_BIN_OP: case AST_UNARY_OP: case AST_LAMBDA:
    case AST_IF_EXP: case AST_DICT: case AST_SET: case AST_LIST_COMP: case AST_SET_COMP:
    case AST_DICT_COMP: case AST_GENERATOR_EXP: case AST_AWAIT: case AST_YIELD:
    case AST_YIELD_FROM: case AST_COMPARE: case AST_CALL: case AST_FORMATTED_VALUE:
    case AST_JOINED_STR: case AST_CONSTANT: case AST_SLICE: break;
    }
}

/* ---- statements -------------------------------------------------------------------------- */

static void kill(Ctx *c) {
    to_handlers(c);
    c->env.live = false;
}

static void eval_defaults(Ctx *c, TyFunc *f) {
    TyProgram *p = c->p;
    const AstNode *args = f->node->u.function_def.args;
    const AstList *po = &args->u.arguments.posonlyargs, *pa = &args->u.arguments.args;
    const AstList *d = &args->u.arguments.defaults;
    int npos = po->len + pa->len;
    for (int i = 0; i < d->len; i++) {
        TyType t = eval(c, d->items[i]);
        int k = npos - d->len + i;
        const AstNode *prm = k < po->len ? po->items[k] : pa->items[k - po->len];
        param_join(p, f, prm->u.arg.arg.name, t);
    }
    for (int i = 0; i < args->u.arguments.kw_defaults.len; i++)
        if (args->u.arguments.kw_defaults.items[i])
            param_join(p, f, args->u.arguments.kwonlyargs.items[i]->u.arg.arg.name,
                       eval(c, args->u.arguments.kw_defaults.items[i]));
}

static void walk_loop(Ctx *c, const AstNode *s) {
    TyProgram *p = c->p;
    bool is_for = s->kind == AST_FOR || s->kind == AST_ASYNC_FOR;
    TyType it = {0};
    if (is_for) it = eval(c, s->u.for_.iter);
    Env head = env_copy(c, &c->env);
    Loop lp = {env_new(c->n), env_new(c->n)};
    VEC_PUSH(&c->loops, &lp);
    for (int iter = 0;; iter++) {
        env_set(c, &c->env, &head);
        if (is_for) {
            assign(c, s->u.for_.target, s->kind == AST_FOR ? ty_iter_elem(p, it, s) : ty_k(TY_ANY));
        } else {
            eval(c, s->u.while_.test);
            env_join(c, &head, &c->env); /* the test's walrus reaches the exit */
            narrow(c, &c->env, s->u.while_.test, true);
        }
        walk_stmts(c, is_for ? &s->u.for_.body : &s->u.while_.body);
        bool grew = env_join(c, &head, &c->env);
        grew |= env_join(c, &head, &lp.cont);
        if (!grew) break;
        if (iter == 50) {
            for (int i = 0; i < c->n; i++) head.v[i].kinds |= TY_ANY;
        }
    }
    (void)VEC_POP(&c->loops);
    env_set(c, &c->env, &head);
    walk_stmts(c, is_for ? &s->u.for_.orelse : &s->u.while_.orelse);
    env_join(c, &c->env, &lp.brk);
    env_free(&head);
    env_free(&lp.brk);
    env_free(&lp.cont);
}

static void walk_try(Ctx *c, const AstNode *s) {
    Env acc = env_new(c->n);
    VEC_PUSH(&c->tries, &acc);
    to_handlers(c);
    walk_stmts(c, &s->u.try_.body);
    to_handlers(c);
    (void)VEC_POP(&c->tries);
    /* orelse and handlers: their exceptions reach finally */
    Env acc2 = env_new(c->n);
    bool fin = s->u.try_.finalbody.len > 0;
    if (fin) VEC_PUSH(&c->tries, &acc2);
    walk_stmts(c, &s->u.try_.orelse);
    Env out = env_copy(c, &c->env);
    for (int i = 0; i < s->u.try_.handlers.len; i++) {
        const AstNode *h = s->u.try_.handlers.items[i];
        env_set(c, &c->env, &acc);
        if (h->u.except_handler.type) eval(c, h->u.except_handler.type);
        if (h->u.except_handler.name.name) bind_var(c, h->u.except_handler.name.name, ty_k(TY_ANY));
        walk_stmts(c, &h->u.except_handler.body);
        if (h->u.except_handler.name.name) unbind_var(c, h->u.except_handler.name.name);
        env_join(c, &out, &c->env);
    }
    if (fin) {
        (void)VEC_POP(&c->tries);
        env_join(c, &out, &acc);
        env_join(c, &out, &acc2);
        env_set(c, &c->env, &out);
        walk_stmts(c, &s->u.try_.finalbody);
    } else {
        env_set(c, &c->env, &out);
    }
    env_free(&acc);
    env_free(&acc2);
    env_free(&out);
}

static void walk_stmt(Ctx *c, const AstNode *s) {
    TyProgram *p = c->p;
    if (c->tries.len) to_handlers(c);
    switch (s->kind) {
    case AST_FUNCTION_DEF:
    case AST_ASYNC_FUNCTION_DEF: {
        TyFunc *f = ty_scope_of(p, s)->fn;
        for (int i = 0; i < s->u.function_def.decorator_list.len; i++) eval(c, s->u.function_def.decorator_list.items[i]);
        eval_defaults(c, f);
        bind_var(c, s->u.function_def.name.name, f->decorated ? ty_k(TY_ANY) : ty_k(TY_FUNCTION));
        break;
    }
    case AST_CLASS_DEF: {
        for (int i = 0; i < s->u.class_def.decorator_list.len; i++) eval(c, s->u.class_def.decorator_list.items[i]);
        for (int i = 0; i < s->u.class_def.bases.len; i++) {
            const AstNode *b = s->u.class_def.bases.items[i];
            if (b->kind != AST_NAME) eval(c, b);
        }
        for (int i = 0; i < s->u.class_def.keywords.len; i++) eval(c, s->u.class_def.keywords.items[i]->u.keyword.value);
        bool plain = s->u.class_def.decorator_list.len == 0 && s->u.class_def.keywords.len == 0;
        bind_var(c, s->u.class_def.name.name, plain ? ty_k(TY_CLASS) : ty_k(TY_ANY));
        break;
    }
    case AST_RETURN: {
        TyType t = s->u.return_.value ? eval(c, s->u.return_.value) : ty_k(TY_NONE);
        TyFunc *f = c->sc->fn;
        if (f && !f->generator) {
            if (ty_join(p, &f->ret, t)) p->changed = true;
            /* NotImplemented makes an operator try the other operand's method */
            const AstNode *v = s->u.return_.value;
            bool notimpl = v && v->kind == AST_NAME && strcmp(v->u.name.id, "NotImplemented") == 0 &&
                           ty_resolve(p, c->sc, v->u.name.id).how == TY_V_BUILTIN;
            if (!notimpl && ty_join(p, &f->op_ret, t)) p->changed = true;
            if (ty_func_escaped(p, f)) ty_escape(p, t);
        }
        kill(c);
        break;
    }
    case AST_DELETE:
        for (int i = 0; i < s->u.delete_.targets.len; i++) {
            const AstNode *t = s->u.delete_.targets.items[i];
            if (t->kind == AST_NAME) unbind_var(c, t->u.name.id);
            else if (t->kind == AST_ATTRIBUTE) eval(c, t->u.attribute.value);
            else if (t->kind == AST_SUBSCRIPT) {
                TyType r = eval(c, t->u.subscript.value), k = eval(c, t->u.subscript.slice);
                if (r.kinds & ~(uint32_t)(TY_LIST | TY_DICT)) ty_escape(p, k);
            } else if (t->kind == AST_TUPLE || t->kind == AST_LIST) {
                for (int k = 0; k < t->u.seq.elts.len; k++)
                    if (t->u.seq.elts.items[k]->kind == AST_NAME) unbind_var(c, t->u.seq.elts.items[k]->u.name.id);
            }
        }
        break;
    case AST_ASSIGN: {
        TyType t = eval(c, s->u.assign.value);
        for (int i = 0; i < s->u.assign.targets.len; i++) assign(c, s->u.assign.targets.items[i], t);
        break;
    }
    case AST_AUG_ASSIGN: {
        const AstNode *tg = s->u.aug_assign.target;
        TyType cur, recv = {0}, key = {0};
        if (tg->kind == AST_NAME) cur = read_var(c, tg->u.name.id);
        else if (tg->kind == AST_ATTRIBUTE) {
            recv = eval(c, tg->u.attribute.value);
            cur = eval_attribute(c, tg);
        } else {
            recv = eval(c, tg->u.subscript.value);
            key = eval(c, tg->u.subscript.slice);
            cur = eval_subscript(c, tg);
        }
        record(p, tg, cur); /* ty_use of the target: its value before the operation */
        TyType v = eval(c, s->u.aug_assign.value);
        int flags = binop_flags(c, s->u.aug_assign.op, tg, s->u.aug_assign.value);
        TyType r = eval_binop(c, s->u.aug_assign.op, cur, v, flags, true, s);
        /* in place: list +=, set |= ... keep the object */
        if ((cur.kinds & TY_LIST) && (s->u.aug_assign.op == AST_OP_ADD || s->u.aug_assign.op == AST_OP_MULT)) {
            if (s->u.aug_assign.op == AST_OP_ADD) ty_node_add(p, cur.list, 0, ty_iter_elem(p, v, s));
            ty_join(p, &r, (TyType){.kinds = TY_LIST, .list = cur.list});
            if (!ty_only(v, TY_LIST | TY_INT | TY_BOOL)) r.kinds &= ~(uint32_t)TY_ANY;
        }
        if (cur.kinds & (TY_SET | TY_DICT)) ty_join(p, &r, (TyType){.kinds = cur.kinds & (TY_SET | TY_DICT), .set = cur.set, .dict = cur.dict});
        if (tg->kind == AST_NAME) assign(c, tg, r);
        else if (tg->kind == AST_ATTRIBUTE) store_attr(c, recv, tg->u.attribute.attr.name, r);
        else store_subscript(c, recv, key, tg->u.subscript.slice->kind == AST_SLICE, r);
        break;
    }
    case AST_ANN_ASSIGN:
        if (s->u.ann_assign.value) assign(c, s->u.ann_assign.target, eval(c, s->u.ann_assign.value));
        /* module and class bodies evaluate the annotation (__annotations__) */
        if (c->sc->rs->kind == RES_MODULE || c->sc->rs->kind == RES_CLASS) (void)eval(c, s->u.ann_assign.annotation);
        break;
    case AST_FOR:
    case AST_ASYNC_FOR:
    case AST_WHILE: walk_loop(c, s); break;
    case AST_IF: {
        eval(c, s->u.if_.test);
        Env other = env_copy(c, &c->env);
        narrow(c, &c->env, s->u.if_.test, true);
        narrow(c, &other, s->u.if_.test, false);
        walk_stmts(c, &s->u.if_.body);
        Env save = c->env;
        c->env = other;
        walk_stmts(c, &s->u.if_.orelse);
        c->env = save;
        env_join(c, &c->env, &other);
        env_free(&other);
        break;
    }
    case AST_WITH:
    case AST_ASYNC_WITH: {
        for (int i = 0; i < s->u.with.items.len; i++) {
            const AstNode *w = s->u.with.items.items[i];
            TyType cm = eval(c, w->u.withitem.context_expr);
            ty_escape(p, cm);
            if (w->u.withitem.optional_vars) assign(c, w->u.withitem.optional_vars, ty_k(TY_ANY));
        }
        /* __exit__ may swallow an exception raised anywhere in the body */
        Env acc = env_new(c->n);
        VEC_PUSH(&c->tries, &acc);
        walk_stmts(c, &s->u.with.body);
        (void)VEC_POP(&c->tries);
        env_join(c, &c->env, &acc);
        env_free(&acc);
        break;
    }
    case AST_MATCH: {
        ty_escape(p, eval(c, s->u.match.subject));
        Env out = env_copy(c, &c->env);
        Env entry = env_copy(c, &c->env);
        for (int i = 0; i < s->u.match.cases.len; i++) {
            const AstNode *mc = s->u.match.cases.items[i];
            /* captures: bound to parts of the subject, here any */
            const AstNode *stack[64];
            int sp = 0;
            stack[sp++] = mc->u.match_case.pattern;
            while (sp) {
                const AstNode *pt = stack[--sp];
                switch (pt->kind) {
                case AST_MATCH_VALUE: eval(c, pt->u.match_value.value); break;
                case AST_MATCH_SINGLETON: break;
                case AST_MATCH_SEQUENCE:
                    for (int k = 0; k < pt->u.match_sequence.patterns.len && sp < 64; k++)
                        stack[sp++] = pt->u.match_sequence.patterns.items[k];
                    break;
                case AST_MATCH_MAPPING:
                    for (int k = 0; k < pt->u.match_mapping.keys.len; k++) eval(c, pt->u.match_mapping.keys.items[k]);
                    for (int k = 0; k < pt->u.match_mapping.patterns.len && sp < 64; k++)
                        stack[sp++] = pt->u.match_mapping.patterns.items[k];
                    if (pt->u.match_mapping.rest.name) bind_var(c, pt->u.match_mapping.rest.name, ty_k(TY_ANY));
                    break;
                case AST_MATCH_CLASS:
                    eval(c, pt->u.match_class.cls);
                    for (int k = 0; k < pt->u.match_class.patterns.len && sp < 64; k++)
                        stack[sp++] = pt->u.match_class.patterns.items[k];
                    for (int k = 0; k < pt->u.match_class.kwd_patterns.len && sp < 64; k++)
                        stack[sp++] = pt->u.match_class.kwd_patterns.items[k];
                    break;
                case AST_MATCH_STAR:
                    if (pt->u.match_star.name.name) bind_var(c, pt->u.match_star.name.name, ty_k(TY_ANY));
                    break;
                case AST_MATCH_AS:
                    if (pt->u.match_as.pattern && sp < 64) stack[sp++] = pt->u.match_as.pattern;
                    if (pt->u.match_as.name.name) bind_var(c, pt->u.match_as.name.name, ty_k(TY_ANY));
                    break;
                case AST_MATCH_OR:
                    for (int k = 0; k < pt->u.match_or.patterns.len && sp < 64; k++)
                        stack[sp++] = pt->u.match_or.patterns.items[k];
                    break;
                AST_CASES_NOT_PATTERN: break;
                }
            }
            if (mc->u.match_case.guard) eval(c, mc->u.match_case.guard);
            env_join(c, &entry, &c->env); /* a failed case may have bound captures */
            walk_stmts(c, &mc->u.match_case.body);
            env_join(c, &out, &c->env);
            env_set(c, &c->env, &entry);
        }
        env_join(c, &out, &entry);
        env_set(c, &c->env, &out);
        env_free(&out);
        env_free(&entry);
        break;
    }
    case AST_RAISE:
        if (s->u.raise.exc) {
            const AstNode *x = s->u.raise.exc;
            if (x->kind == AST_NAME) {
                /* `raise C` instantiates C with no arguments */
                TyVar v = ty_resolve(p, c->sc, x->u.name.id);
                const AstNode *b = ty_var_binder(p, &v, x->u.name.id);
                Args none = {0};
                if (b && b->kind == AST_CLASS_DEF && ty_scope_of(p, b)->cls) instantiate(c, ty_scope_of(p, b)->cls, &none);
                record(p, x, read_var(c, x->u.name.id));
            } else {
                ty_escape(p, eval(c, x));
            }
        }
        if (s->u.raise.cause) ty_escape(p, eval(c, s->u.raise.cause));
        kill(c);
        break;
    case AST_TRY:
    case AST_TRY_STAR: walk_try(c, s); break;
    case AST_ASSERT:
        eval(c, s->u.assert_.test);
        if (s->u.assert_.msg) ty_escape(p, eval(c, s->u.assert_.msg));
        break;
    case AST_IMPORT:
        for (int i = 0; i < s->u.import.names.len; i++) {
            const AstNode *a = s->u.import.names.items[i];
            char first[256];
            snprintf(first, sizeof first, "%s", a->u.alias.name);
            char *dot = strchr(first, '.');
            if (dot) *dot = 0;
            bool whole = !a->u.alias.asname.name || !strchr(a->u.alias.name, '.');
            bind_var(c, a->u.alias.asname.name ? a->u.alias.asname.name : first, whole ? ty_k(TY_MODULE) : ty_k(TY_ANY));
        }
        break;
    case AST_IMPORT_FROM:
        for (int i = 0; i < s->u.import_from.names.len; i++) {
            const AstNode *a = s->u.import_from.names.items[i];
            if (strcmp(a->u.alias.name, "*") == 0) continue;
            bind_var(c, a->u.alias.asname.name ? a->u.alias.asname.name : a->u.alias.name, ty_k(TY_ANY));
        }
        break;
    case AST_GLOBAL:
    case AST_NONLOCAL:
    case AST_PASS: break;
    case AST_BREAK:
    case AST_CONTINUE:
        if (c->loops.len) env_join(c, s->kind == AST_BREAK ? &VEC_LAST(&c->loops)->brk : &VEC_LAST(&c->loops)->cont, &c->env);
        kill(c);
        break;
    case AST_EXPR: eval(c, s->u.expr.value); break;
    AST_CASES_NOT_STMT: break;
    }
    if (c->tries.len) to_handlers(c);
}

static void walk_stmts(Ctx *c, const AstList *l) {
    for (int i = 0; i < l->len; i++) walk_stmt(c, l->items[i]);
}

/* ---- scopes --------------------------------------------------------------------------------- */

/* The first parameter of an escaping method may get an instance of its
 * class or of a subclass from unseen callers (a bound method kept as a value,
 * super(), a name called on unknown receivers): their bits join its `any`, so
 * that an `any` never hides an instance of a class whose instances have not
 * escaped (eval_binop relies on it). */
static TyType self_of_escaping(TyProgram *p, const TyFunc *f) {
    TyType t = ty_k(TY_ANY);
    for (int i = 0; i < p->classes.len && i < TY_MAX_CLASSES; i++)
        for (TyClass *k = p->classes.items[i]; k; k = k->bases.len ? k->bases.items[0] : NULL)
            if (k == f->cls) {
                ty_join(p, &t, instance_of(p->classes.items[i]));
                break;
            }
    return t;
}

static bool sym_is_first_param(const TyFunc *f, const char *name) {
    const AstNode *args = f->node->u.function_def.args;
    const AstList *po = &args->u.arguments.posonlyargs, *pa = &args->u.arguments.args;
    const AstNode *first = po->len ? po->items[0] : pa->len ? pa->items[0] : NULL;
    return first && strcmp(first->u.arg.arg.name, name) == 0;
}

static void analyze_scope(TyProgram *p, TyScope *sc) {
    Ctx c = {p, sc, sc->rs->syms.len, {0}, {0}, {0}};
    c.env = env_new(c.n);
    c.env.live = true;
    const AstNode *n = sc->rs->node;
    TyFunc *f = sc->fn;
    if (f) {
        bool esc = ty_func_escaped(p, f);
        /* parameters start from their summaries (call sites, defaults) */
        TyType self = {0};
        if (esc && f->cls) {
            self = self_of_escaping(p, f);
            /* def m(*args): the instance would hide in args' `any` */
            const AstNode *a = f->node->u.function_def.args;
            if (!a->u.arguments.posonlyargs.len && !a->u.arguments.args.len && a->u.arguments.vararg)
                ty_escape(p, self);
        }
        for (int i = 0; i < c.n; i++) {
            const ResSymbol *sym = &sc->rs->syms.items[i];
            if (!(sym->flags & RES_DEF_PARAM)) continue;
            if (esc && ty_join(p, &sc->sum[i], ty_k(TY_ANY))) p->changed = true;
            if (self.kinds && sym_is_first_param(f, sym->name) && ty_join(p, &sc->sum[i], self)) p->changed = true;
            c.env.v[i] = sc->sum[i];
        }
        if (esc && f->generator) ty_escape(p, (TyType){.kinds = TY_GENERATOR, .iter = f->gen_site});
    }
    if (n->kind == AST_MODULE) {
        walk_stmts(&c, &n->u.module.body);
    } else if (n->kind == AST_CLASS_DEF) {
        walk_stmts(&c, &n->u.class_def.body);
    } else if (n->kind == AST_LAMBDA) {
        TyType t = eval(&c, n->u.lambda.body);
        if (!f->generator) {
            if (ty_join(p, &f->ret, t)) p->changed = true;
            ty_escape(p, t);
        }
    } else {
        walk_stmts(&c, &n->u.function_def.body);
        if (c.env.live && !f->generator) {
            if (ty_join(p, &f->ret, ty_k(TY_NONE))) p->changed = true;
            if (ty_join(p, &f->op_ret, ty_k(TY_NONE))) p->changed = true;
        }
    }
    env_free(&c.env);
    VEC_FREE(&c.tries);
    VEC_FREE(&c.loops);
}

TyProgram *ty_analyze(const TyModuleIn *mods, int n) {
    TyProgram *p = xmalloc(sizeof(TyProgram));
    memset(p, 0, sizeof *p);
    arena_init(&p->arena);
    ty_node_new(p, -1); /* node 0: none */
    p->nmods = n;
    p->mods = ARENA_NEW_ARRAY(&p->arena, TyModuleState, n);
    int nscopes = 0;
    for (int m = 0; m < n; m++) {
        TyModuleState *ms = &p->mods[m];
        ms->ast = mods[m].ast;
        ms->name = mods[m].name;
        ms->path = mods[m].path;
        res_build(&ms->res, &p->arena, ms->ast->root);
        nscopes += ms->res.all.len;
    }
    p->capscmap = 16;
    while (p->capscmap < nscopes * 2) p->capscmap *= 2;
    p->scmap = ARENA_NEW_ARRAY(&p->arena, __typeof__(*p->scmap), p->capscmap);
    for (int m = 0; m < n; m++) {
        ResTable *rt = &p->mods[m].res;
        for (int i = 0; i < rt->all.len; i++) {
            const ResScope *rs = rt->all.items[i];
            TyScope *sc = ARENA_NEW(&p->arena, TyScope);
            sc->rs = rs;
            sc->module = m;
            int k = rs->syms.len ? rs->syms.len : 1;
            sc->sum = ARENA_NEW_ARRAY(&p->arena, TyType, k);
            sc->nbind = ARENA_NEW_ARRAY(&p->arena, int, k);
            sc->binder = ARENA_NEW_ARRAY(&p->arena, const AstNode *, k);
            scmap_put(p, rs->node, sc);
            VEC_PUSH(&p->scopes, sc);
            if (rs->kind == RES_MODULE) p->mods[m].scope = sc;
        }
        for (int i = 0; i < rt->globals.len; i++) ty_global_slot(p, p->mods[m].scope, rt->globals.items[i]);
    }
    ty_prepass(p);
    for (p->round = 1; p->round <= TY_MAX_ROUNDS; p->round++) {
        p->changed = false;
        for (int i = 0; i < p->scopes.len; i++) {
            TyScope *sc = p->scopes.items[i];
            ResScopeKind k = sc->rs->kind;
            if (k == RES_MODULE || k == RES_CLASS || k == RES_FUNCTION || k == RES_LAMBDA) analyze_scope(p, sc);
        }
        if (!p->changed) break;
    }
    if (p->round > TY_MAX_ROUNDS) p->gave_up = true;
    return p;
}

void ty_program_free(TyProgram *p) {
    if (!p) return;
    for (int m = 0; m < p->nmods; m++) res_free(&p->mods[m].res);
    for (int i = 0; i < p->scopes.len; i++) {
        VEC_FREE(&p->scopes.items[i]->globals);
        name_index_free(&p->scopes.items[i]->gindex);
        VEC_FREE(&p->scopes.items[i]->gnbind);
        VEC_FREE(&p->scopes.items[i]->gbinder);
    }
    for (int i = 0; i < p->classes.len; i++) {
        VEC_FREE(&p->classes.items[i]->inst);
        VEC_FREE(&p->classes.items[i]->bases);
    }
    VEC_FREE(&p->scopes);
    VEC_FREE(&p->funcs);
    VEC_FREE(&p->classes);
    VEC_FREE(&p->nodes);
    VEC_FREE(&p->attr_all);
    VEC_FREE(&p->any_store);
    VEC_FREE(&p->mod_store);
    VEC_FREE(&p->esc_methods);
    free(p->sites);
    free(p->uses);
    free(p->attr_names);
    arena_free(&p->arena);
    free(p);
}
