/* Fixed instance layouts (issue #7, DESIGN §3): instances of a user class
 * whose attributes are all known at compile time keep them in slots at
 * fixed positions instead of a per-instance dict.
 *
 * The compiler only gives hints; the runtime (py2c/layout.h) keeps every
 * behaviour of CPython:
 *  - `class C(B): ...` is created with py2c_class_new_layout(..., names, n):
 *    the attribute names its instances get, B's layout first as a prefix.
 *    The runtime uses the hint only when the class really is plain (one user
 *    class base whose layout is exactly the prefix, or object; no
 *    __slots__; metaclass type), else the instances use a dict as before.
 *  - Right after, `layout_C = py2c_layout_type(cls, n)` (a static per
 *    class, declared by the emitter): the class's type if the hint was
 *    taken, else NULL.
 *  - `obj.name` / `obj.name = v` where name is slot i in the layouts of
 *    (most of) the classes inference says obj can be an instance of
 *    (other kinds, None included, do not matter), or of the laid-out
 *    classes when it does not know, or of C for `self` in C's methods,
 *    become py2c_getattr_slot(obj, name, layout_C, i) /
 *    py2c_setattr_slot(...) (C: one of those classes). The runtime takes
 *    the slot when obj's type has name as slot i (it is layout_C, or its
 *    slot_names[i] is that str: a subclass's layout starts with its
 *    base's), else the generic cached path, with the same results and
 *    errors. So a wrong guess here costs speed, never behaviour.
 *
 * Which classes get a layout (one-module programs only, where type
 * inference sees the whole program; src/types):
 *  - a `class` statement of the module body itself (not nested in a def,
 *    a class or a compound statement), without decorators or keywords
 *    (metaclass=...), binding no __slots__ in its body;
 *  - no bases, `object` (the builtin), or one base naming the one class
 *    statement of the module body of that name before it, which has a
 *    layout itself (its layout is the prefix); any other base: no layout;
 *  - inference calls the class closed (ty_class_closed: every attribute its
 *    instances can get is listed by ty_attr_names).
 * The order matters (an instance whose attributes are created out of slot
 * order moves to a dict), and so does the size, so the layout is: the
 * base's; then the attributes the class's own methods store on `self`
 * (their first parameter), in source order, __init__ first (private names
 * mangled); then the other names of ty_attr_names, except those only stored
 * on `self` by other classes' methods (inference lists those for every
 * class when a method's `self` is not known: they would only waste slots),
 * private names (inference does not say which class mangles them) and
 * dunder names (__dict__, __class__: left to the generic path). Names left
 * out still work: an instance that gets one moves to a dict. */
#include <string.h>

#include "common/util.h"
#include "lower/lw_internal.h"
#include "types/types.h"

typedef struct LwLayout {
    const AstNode *cls;  /* the ClassDef statement */
    int id;              /* its ty_class_id */
    const char *c_name;  /* the `const Py2cType *` static set after creation */
    const char **names;  /* the layout: attribute names (mangled, as stored) */
    int n;
    bool leaf;           /* no class statement of the module body names it as a base */
} LwLayout;

struct LwLayoutState {
    LwLayout *items;
    int len;
};

static bool is_dunder(const char *s) {
    size_t n = strlen(s);
    return n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_';
}

/* Whether the class body binds __slots__ at its top level. */
static bool binds_slots(const AstNode *cls) {
    const AstList *body = &cls->u.class_def.body;
    for (int i = 0; i < body->len; i++) {
        const AstNode *s = body->items[i];
        const AstNode *t = NULL;
        if (s->kind == AST_ASSIGN) {
            for (int k = 0; k < s->u.assign.targets.len; k++) {
                const AstNode *x = s->u.assign.targets.items[k];
                if (x->kind == AST_NAME && strcmp(x->u.name.id, "__slots__") == 0) return true;
            }
        } else if (s->kind == AST_ANN_ASSIGN) {
            t = s->u.ann_assign.target;
        } else if (s->kind == AST_AUG_ASSIGN) {
            t = s->u.aug_assign.target;
        } else if (s->kind == AST_FUNCTION_DEF || s->kind == AST_ASYNC_FUNCTION_DEF) {
            if (strcmp(s->u.function_def.name.name, "__slots__") == 0) return true;
        } else if (s->kind == AST_CLASS_DEF) {
            if (strcmp(s->u.class_def.name.name, "__slots__") == 0) return true;
        }
        if (t && t->kind == AST_NAME && strcmp(t->u.name.id, "__slots__") == 0) return true;
    }
    return false;
}

static LwLayout *find_class(struct LwLayoutState *st, const AstNode *cls) {
    for (int i = 0; i < st->len; i++)
        if (st->items[i].cls == cls) return &st->items[i];
    return NULL;
}

/* The layout of the base of class statement body[at]: *prefix (NULL with
 * no base or object). False: the class gets no layout. */
static bool base_layout(LwCtx *c, struct LwLayoutState *st, const AstList *body, int at, const LwLayout **prefix) {
    const AstNode *cls = body->items[at];
    const AstList *bases = &cls->u.class_def.bases;
    *prefix = NULL;
    if (bases->len == 0) return true;
    if (bases->len > 1 || bases->items[0]->kind != AST_NAME) return false;
    const char *bn = bases->items[0]->u.name.id;
    if (!res_is_global_name(&c->res, bn)) return strcmp(bn, "object") == 0;
    const AstNode *def = NULL;
    for (int i = 0; i < body->len; i++) {
        const AstNode *s = body->items[i];
        if (s->kind != AST_CLASS_DEF || strcmp(s->u.class_def.name.name, bn) != 0) continue;
        if (def || i > at) return false; /* two classes of that name, or one defined later */
        def = s;
    }
    return def && (*prefix = find_class(st, def)) != NULL;
}

static bool has_name(const char *const *names, int n, const char *name) {
    for (int i = 0; i < n; i++)
        if (strcmp(names[i], name) == 0) return true;
    return false;
}

/* Growable list of names (malloc'd array; the strings live elsewhere). */
typedef struct Names {
    VEC(const char *) v;
} Names;

static void names_add(Names *ns, const char *name) {
    if (!has_name(ns->v.items, ns->v.len, name)) VEC_PUSH(&ns->v, name);
}

static bool is_private(const char *s) { return s[0] == '_' && s[1] == '_' && !is_dunder(s); }

/* The names stored as `self.NAME` by target t. */
static void target_stores(const AstNode *t, const char *self, Names *out) {
    if (!t) return;
    if (t->kind == AST_ATTRIBUTE && t->u.attribute.value->kind == AST_NAME &&
        strcmp(t->u.attribute.value->u.name.id, self) == 0) {
        names_add(out, t->u.attribute.attr.name);
    } else if (t->kind == AST_TUPLE || t->kind == AST_LIST) {
        for (int i = 0; i < t->u.seq.elts.len; i++) target_stores(t->u.seq.elts.items[i], self, out);
    } else if (t->kind == AST_STARRED) {
        target_stores(t->u.starred.value, self, out);
    }
}

/* The `self.NAME` stores of statements body, in source order (nested defs,
 * classes and lambdas have a `self` of their own: not looked into). */
static void body_stores(const AstList *body, const char *self, Names *out) {
    for (int i = 0; i < body->len; i++) {
        /* (an if chain, not a switch: the other kinds store nothing on self) */
        const AstNode *s = body->items[i];
        AstKind k = s->kind;
        if (k == AST_ASSIGN) {
            for (int j = 0; j < s->u.assign.targets.len; j++) target_stores(s->u.assign.targets.items[j], self, out);
        } else if (k == AST_AUG_ASSIGN) {
            target_stores(s->u.aug_assign.target, self, out);
        } else if (k == AST_ANN_ASSIGN) {
            if (s->u.ann_assign.value) target_stores(s->u.ann_assign.target, self, out);
        } else if (k == AST_FOR || k == AST_ASYNC_FOR) {
            target_stores(s->u.for_.target, self, out);
            body_stores(&s->u.for_.body, self, out);
            body_stores(&s->u.for_.orelse, self, out);
        } else if (k == AST_WHILE) {
            body_stores(&s->u.while_.body, self, out);
            body_stores(&s->u.while_.orelse, self, out);
        } else if (k == AST_IF) {
            body_stores(&s->u.if_.body, self, out);
            body_stores(&s->u.if_.orelse, self, out);
        } else if (k == AST_WITH || k == AST_ASYNC_WITH) {
            for (int j = 0; j < s->u.with.items.len; j++)
                target_stores(s->u.with.items.items[j]->u.withitem.optional_vars, self, out);
            body_stores(&s->u.with.body, self, out);
        } else if (k == AST_TRY || k == AST_TRY_STAR) {
            body_stores(&s->u.try_.body, self, out);
            for (int j = 0; j < s->u.try_.handlers.len; j++)
                body_stores(&s->u.try_.handlers.items[j]->u.except_handler.body, self, out);
            body_stores(&s->u.try_.orelse, self, out);
            body_stores(&s->u.try_.finalbody, self, out);
        } else if (k == AST_MATCH) {
            for (int j = 0; j < s->u.match.cases.len; j++)
                body_stores(&s->u.match.cases.items[j]->u.match_case.body, self, out);
        }
    }
}

/* The attributes class statement cls's own methods store on their first
 * parameter, in source order, __init__'s first; private names mangled as
 * in the class. Undecorated plain defs only (a decorator may make the first
 * parameter anything). */
static void class_stores(LwCtx *c, const AstNode *cls, Names *out) {
    const AstList *body = &cls->u.class_def.body;
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < body->len; i++) {
            const AstNode *d = body->items[i];
            if (d->kind != AST_FUNCTION_DEF || d->u.function_def.decorator_list.len > 0) continue;
            if ((strcmp(d->u.function_def.name.name, "__init__") == 0) != (pass == 0)) continue;
            const AstNode *args = d->u.function_def.args;
            const AstList *pos = args->u.arguments.posonlyargs.len > 0 ? &args->u.arguments.posonlyargs : &args->u.arguments.args;
            if (pos->len == 0) continue;
            Names raw = {0};
            body_stores(&d->u.function_def.body, pos->items[0]->u.arg.arg.name, &raw);
            for (int k = 0; k < raw.v.len; k++)
                names_add(out, res_mangle(&c->m->arena, cls->u.class_def.name.name, raw.v.items[k]));
            VEC_FREE(&raw.v);
        }
}

static void layout_class(LwCtx *c, struct LwLayoutState *st, const AstList *body, int at, const Names *foreign) {
    const AstNode *cls = body->items[at];
    const LwLayout *base;
    if (cls->u.class_def.decorator_list.len > 0 || cls->u.class_def.keywords.len > 0 || binds_slots(cls)) return;
    if (!base_layout(c, st, body, at, &base)) return;
    int id = ty_class_id(c->types, cls);
    if (id < 0 || !ty_class_closed(c->types, cls)) return;
    Names ns = {0}, own = {0};
    for (int i = 0; base && i < base->n; i++) names_add(&ns, base->names[i]);
    class_stores(c, cls, &own);
    for (int i = 0; i < own.v.len; i++)
        if (!is_dunder(own.v.items[i])) names_add(&ns, own.v.items[i]);
    const char *const *known;
    int nknown = ty_attr_names(c->types, cls, &known); /* (valid until the next call) */
    for (int i = 0; i < nknown; i++) {
        const char *k = known[i];
        if (is_dunder(k) || is_private(k) || has_name(ns.v.items, ns.v.len, k)) continue;
        if (has_name(foreign->v.items, foreign->v.len, k) && !has_name(own.v.items, own.v.len, k)) continue;
        VEC_PUSH(&ns.v, arena_strdup(&c->m->arena, k));
    }
    LwLayout *l = &st->items[st->len++];
    l->cls = cls;
    l->id = id;
    l->n = ns.v.len;
    l->names = ARENA_NEW_ARRAY(&c->m->arena, const char *, ns.v.len + 1);
    for (int i = 0; i < ns.v.len; i++) l->names[i] = ns.v.items[i];
    l->c_name = lw_c_func_name(c, "layout_", cls->u.class_def.name.name);
    VEC_FREE(&ns.v);
    VEC_FREE(&own.v);
}

/* The module's layouts, worked out at the first question. */
static struct LwLayoutState *state(LwCtx *c) {
    if (c->layouts) return c->layouts;
    struct LwLayoutState *st = ARENA_NEW(&c->m->arena, struct LwLayoutState);
    c->layouts = st;
    if (!c->types) return st;
    const AstList *body = &c->res.module->node->u.module.body;
    st->items = ARENA_NEW_ARRAY(&c->m->arena, LwLayout, body->len + 1);
    Names stored = {0}; /* what every class's methods store on self (mangled) */
    for (int i = 0; i < body->len; i++)
        if (body->items[i]->kind == AST_CLASS_DEF) class_stores(c, body->items[i], &stored);
    for (int i = 0; i < body->len; i++)
        if (body->items[i]->kind == AST_CLASS_DEF) layout_class(c, st, body, i, &stored);
    VEC_FREE(&stored.v);
    for (int i = 0; i < st->len; i++) {
        LwLayout *l = &st->items[i];
        l->leaf = true;
        for (int j = 0; j < body->len && l->leaf; j++) {
            const AstNode *d = body->items[j];
            if (d->kind != AST_CLASS_DEF) continue;
            for (int k = 0; k < d->u.class_def.bases.len; k++) {
                const AstNode *b = d->u.class_def.bases.items[k];
                if (b->kind == AST_NAME && strcmp(b->u.name.id, l->cls->u.class_def.name.name) == 0) l->leaf = false;
            }
        }
    }
    return st;
}

IrOperand lw_class_new(LwCtx *c, const AstNode *s, IrOperand *args, int loc) {
    const LwLayout *l = find_class(state(c), s);
    if (!l) return lw_call_v(c, "py2c_class_new", args, 5, loc);
    IrOperand *names = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, l->n + 1);
    for (int i = 0; i < l->n; i++) names[i] = lw_str(c, l->names[i], strlen(l->names[i]));
    IrOperand a[7] = {args[0], args[1], args[2], args[3], args[4], lw_array(c, names, l->n), lw_cf(c, "%d", l->n)};
    IrOperand cls = lw_call_v(c, "py2c_class_new_layout", a, 7, loc);
    if (l->n > 0) { /* (an empty layout is only there as a prefix for subclasses) */
        IrOperand ta[2] = {cls, lw_cf(c, "%d", l->n)};
        lw_call_to(c, "py2c_layout_type", ta, 2, -1, IR_CHECK_NONE)->dest = lw_c(l->c_name);
    }
    return cls;
}

static int slot_index(const LwLayout *l, const char *name) {
    for (int k = 0; k < l->n; k++)
        if (strcmp(l->names[k], name) == 0) return k;
    return -1;
}

/* A guess where inference knows less: recv is `self` (the first parameter)
 * of a plain method of a laid-out class C, so self is most often an
 * instance of C or of a subclass (whose layout starts with C's). Only a
 * guess: the slot operations check the type at run time. */
static const LwLayout *self_class(LwCtx *c, const AstNode *recv, TyType t) {
    const ResScope *s = c->fn->scope;
    if (recv->kind != AST_NAME || s->kind != RES_FUNCTION || !s->parent || s->parent->kind != RES_CLASS) return NULL;
    const AstNode *def = s->node;
    if (def->kind != AST_FUNCTION_DEF || def->u.function_def.decorator_list.len > 0) return NULL;
    const AstNode *args = def->u.function_def.args;
    const AstList *pos = args->u.arguments.posonlyargs.len > 0 ? &args->u.arguments.posonlyargs : &args->u.arguments.args;
    if (pos->len == 0 || strcmp(pos->items[0]->u.arg.arg.name, recv->u.name.id) != 0) return NULL;
    const LwLayout *l = find_class(c->layouts, s->parent->node);
    if (!l) return NULL;
    /* (inference may still know better: self is something else) */
    bool maybe = (t.kinds & TY_ANY) || ((t.kinds & TY_INSTANCE) && (t.classes & ((uint64_t)1 << l->id)));
    return maybe ? l : NULL;
}

/* The slot of name for the values of recv, and the layout to check first
 * (*slot; NULL: the generic path). The runtime guard (py2c__slot_ok) takes
 * the slot for any type whose layout has name there, so this only chooses
 * where to look: `self` in a method of C: C's slot; else the slot name has
 * in most of the candidate layouts: those of the classes inference says
 * recv can be an instance of (None and other kinds just fail the guard),
 * or of every laid-out class when it does not know. The layout checked
 * first: self's class, else a candidate with that slot that no class
 * statement derives from (the one with instances most likely), else the
 * first. */
static const LwLayout *slot_of(LwCtx *c, const AstNode *recv, const char *name, int *slot) {
    struct LwLayoutState *st = state(c);
    if (st->len == 0) return NULL;
    TyType t = ty_use(c->types, recv);
    if (!(t.kinds & (TY_ANY | TY_INSTANCE))) return NULL;
    const LwLayout *self = self_class(c, recv, t);
    if (self && (*slot = slot_index(self, name)) >= 0) return self;
    int *at = ARENA_NEW_ARRAY(&c->m->arena, int, st->len + 1); /* each layout's slot of name, or -1 */
    int best = -1, best_n = 0;
    for (int i = 0; i < st->len; i++) {
        const LwLayout *l = &st->items[i];
        bool cand = (t.kinds & TY_ANY) || ((t.kinds & TY_INSTANCE) && (t.classes & ((uint64_t)1 << l->id)));
        at[i] = cand ? slot_index(l, name) : -1;
        if (at[i] < 0) continue;
        int n = 0;
        for (int j = 0; j <= i; j++) n += at[j] == at[i];
        if (n > best_n || (n == best_n && at[i] < best)) {
            best = at[i];
            best_n = n;
        }
    }
    if (best < 0) return NULL;
    const LwLayout *first = NULL, *leaf = NULL;
    for (int i = 0; i < st->len; i++) {
        if (at[i] != best) continue;
        if (!first) first = &st->items[i];
        if (!leaf && st->items[i].leaf) leaf = &st->items[i];
    }
    *slot = best;
    return leaf ? leaf : first;
}

IrOperand lw_getattr(LwCtx *c, const AstNode *recv, IrOperand obj, const char *name, int loc) {
    int slot;
    const LwLayout *l = slot_of(c, recv, name, &slot);
    if (!l) {
        IrOperand a[2] = {obj, lw_str(c, name, strlen(name))};
        return lw_call_v(c, "py2c_getattr", a, 2, loc);
    }
    IrOperand a[4] = {obj, lw_str(c, name, strlen(name)), lw_c(l->c_name), lw_cf(c, "%d", slot)};
    return lw_call_v(c, "py2c_getattr_slot", a, 4, loc);
}

void lw_setattr(LwCtx *c, const AstNode *recv, IrOperand obj, const char *name, IrOperand v, int loc) {
    int slot;
    const LwLayout *l = slot_of(c, recv, name, &slot);
    if (!l) {
        IrOperand a[3] = {obj, lw_str(c, name, strlen(name)), v};
        lw_call_s(c, "py2c_setattr", a, 3, loc);
        return;
    }
    IrOperand a[5] = {obj, lw_str(c, name, strlen(name)), v, lw_c(l->c_name), lw_cf(c, "%d", slot)};
    lw_call_s(c, "py2c_setattr_slot", a, 5, loc);
}
