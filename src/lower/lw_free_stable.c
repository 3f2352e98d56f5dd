/* Free variables that never change once a closure can see them (issue #7).
 *
 * A def nested in function D reads D's variable x through x's cell: every
 * read is a load from the cell plus a NameError check ("cannot access free
 * variable 'x' where it is not associated with a value in enclosing scope").
 * When x is bound exactly once in D, before the top-level statement of D's
 * body that creates the closure, and nothing else can rebind or delete it,
 * every call of the closure finds the same value bound: the lowering
 * (to_ir.c) then reads the cell once at the function's entry into a local.
 *
 * "Bound exactly once, before": x is a parameter of D that D never binds
 * again, or D binds it once, by a top-level `x = value` statement of its body
 * (one target) that comes before the statement holding the closure. A
 * top-level statement runs at most once per call of D and in order, so when
 * the closure exists the binding has happened; it cannot be bound again.
 * "Nothing else": no scope inside D declares x nonlocal (a comprehension's
 * walrus counts: the resolver marks it so), and the program cannot reach
 * frames or cells dynamically (lw_direct.c's `dynamic`: locals(), vars(),
 * exec, sys._getframe...; the runtime has no __closure__/cell_contents). */
#include <string.h>

#include "lower/lw_direct.h"
#include "lower/lw_internal.h"

/* The function scope whose cell the free variable `name` of scope s is. */
static const ResScope *cell_owner(const ResScope *s, const char *name) {
    for (const ResScope *a = s->parent; a; a = a->parent) {
        if (a->kind == RES_CLASS) continue; /* class bodies do not enclose functions' names */
        const ResSymbol *sym = res_lookup(a, name);
        if (!sym) return NULL;
        if (sym->kind == RES_CELL) return a;
        if (sym->kind != RES_FREE) return NULL;
    }
    return NULL;
}

/* Whether some scope strictly inside s declares name nonlocal. */
static bool nonlocal_inside(const ResScope *s, const char *name) {
    for (int i = 0; i < s->children.len; i++) {
        const ResScope *k = s->children.items[i];
        const ResSymbol *sym = res_lookup(k, name);
        if ((sym && (sym->flags & RES_DEF_NONLOCAL)) || nonlocal_inside(k, name)) return true;
    }
    return false;
}

/* The index of the statement of body that contains node, or -1. */
static int statement_holding(const AstList *body, const AstNode *node) {
    for (int i = 0; i < body->len; i++) {
        Span sp = body->items[i]->span;
        if (node->span.start_byte >= sp.start_byte && node->span.end_byte <= sp.end_byte) return i;
    }
    return -1;
}

bool lw_free_is_stable(LwCtx *c, const ResScope *s, const char *name) {
    if (!c->direct || c->direct->dynamic) return false;
    const ResScope *d = cell_owner(s, name);
    if (!d || d->kind != RES_FUNCTION || d->node->kind != AST_FUNCTION_DEF) return false;
    const ResSymbol *sym = res_lookup(d, name);
    if (sym->nbind != 1 || nonlocal_inside(d, name)) return false;
    if (sym->flags & RES_DEF_PARAM) return true;
    if (!sym->bind_name) return false;
    /* the child of d on the way to s: its node sits in one top-level statement */
    const ResScope *k = s;
    while (k->parent != d) k = k->parent;
    const AstList *body = &d->node->u.function_def.body;
    int at = statement_holding(body, sym->bind_name), use = statement_holding(body, k->node);
    if (at < 0 || use <= at) return false;
    const AstNode *st = body->items[at];
    return st->kind == AST_ASSIGN && st->u.assign.targets.len == 1 && st->u.assign.targets.items[0] == sym->bind_name;
}
