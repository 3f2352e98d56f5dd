/* Concurrency patterns that need no lowering of their own (worker loops,
 * executor with/map, as_completed loops, start/join loops), recorded for
 * --emit=explain, and warnings for likely bugs a compiler can see:
 *
 *   thread-target-call  Thread(target=f(x)) where f is a def of the program
 *                       that returns nothing (f runs now; the target is None)
 *   lock-not-released   x.acquire() as a statement, not followed by a try
 *                       whose finally calls x.release() (nor inside one), with
 *                       a return or raise before the next x.release()
 *   queue-no-sentinel   while True: item = q.get() with no timeout and no
 *                       break/return/raise under a test of the item; loops of
 *                       functions started as Thread(target=f, daemon=True) are
 *                       left alone (the daemon-worker idiom of the queue docs)
 *
 * Warnings never change the program: they are diagnostics of level warning. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "lower/lw_internal.h"

typedef struct LcLoopWarning {
    const AstNode *at;
    const char *func; /* the function the loop is in, or NULL */
    const char *item, *queue;
} LcLoopWarning;

struct LcCheck {
    VEC(const char *) daemon_targets; /* f of every Thread(target=f, daemon=True) */
    VEC(LcLoopWarning) loops;
};

/* The source text of node e (arena copy). */
static const char *text_of(LwCtx *c, const AstNode *e) {
    uint32_t a = e->span.start_byte, b = e->span.end_byte;
    if (b < a || b > c->src->len) return "";
    return arena_strndup(&c->m->arena, c->src->text + a, b - a);
}

/* A name or a chain of attributes of one (x, self.lock). */
static bool is_ref(const AstNode *e) {
    while (e->kind == AST_ATTRIBUTE) e = e->u.attribute.value;
    return e->kind == AST_NAME;
}

static bool same_ref(LwCtx *c, const AstNode *a, const AstNode *b) {
    return is_ref(a) && is_ref(b) && strcmp(text_of(c, a), text_of(c, b)) == 0;
}

/* The receiver of `recv.method(...)` as expression statement s, or NULL. */
static const AstNode *method_stmt(const AstNode *s, const char *method) {
    if (s->kind != AST_EXPR || s->u.expr.value->kind != AST_CALL) return NULL;
    const AstNode *f = s->u.expr.value->u.call.func;
    if (f->kind != AST_ATTRIBUTE || strcmp(f->u.attribute.attr.name, method) != 0) return NULL;
    return f->u.attribute.value;
}

/* Whether block l calls recv.method() as one of its own statements. */
static bool block_calls(LwCtx *c, const AstList *l, const AstNode *recv, const char *method) {
    for (int i = 0; i < l->len; i++) {
        const AstNode *r = method_stmt(l->items[i], method);
        if (r && same_ref(c, r, recv)) return true;
    }
    return false;
}

static bool is_true_const(const AstNode *e) {
    return e->kind == AST_CONSTANT &&
           (e->u.constant.kind == AST_CONST_TRUE || (e->u.constant.kind == AST_CONST_INT && e->u.constant.fits_i64 && e->u.constant.i64 != 0));
}

/* ---- what statements do --------------------------------------------------------- */

/* Whether statement list l leaves the function (return, raise) without a
 * finally that releases recv around it. Nested defs and classes do not count. */
static bool leaves_holding(LwCtx *c, const AstList *l, const AstNode *recv);

static bool stmt_leaves_holding(LwCtx *c, const AstNode *s, const AstNode *recv) {
    switch (s->kind) {
    case AST_RETURN:
    case AST_RAISE: return true;
    case AST_IF: return leaves_holding(c, &s->u.if_.body, recv) || leaves_holding(c, &s->u.if_.orelse, recv);
    case AST_WHILE: return leaves_holding(c, &s->u.while_.body, recv) || leaves_holding(c, &s->u.while_.orelse, recv);
    case AST_FOR:
    case AST_ASYNC_FOR: return leaves_holding(c, &s->u.for_.body, recv) || leaves_holding(c, &s->u.for_.orelse, recv);
    case AST_WITH:
    case AST_ASYNC_WITH: return leaves_holding(c, &s->u.with.body, recv);
    case AST_TRY:
    case AST_TRY_STAR:
        if (block_calls(c, &s->u.try_.finalbody, recv, "release")) return false;
        for (int i = 0; i < s->u.try_.handlers.len; i++)
            if (leaves_holding(c, &s->u.try_.handlers.items[i]->u.except_handler.body, recv)) return true;
        return leaves_holding(c, &s->u.try_.body, recv) || leaves_holding(c, &s->u.try_.orelse, recv) ||
               leaves_holding(c, &s->u.try_.finalbody, recv);
    case AST_MATCH:
        for (int i = 0; i < s->u.match.cases.len; i++)
            if (leaves_holding(c, &s->u.match.cases.items[i]->u.match_case.body, recv)) return true;
        return false;
    case AST_BREAK:
    case AST_CONTINUE:
    AST_CASES_STMT_DEF:
    AST_CASES_STMT_SIMPLE: return false;
    AST_CASES_EXPR:
    AST_CASES_OTHER: return false;
    }
    return false;
}

static bool leaves_holding(LwCtx *c, const AstList *l, const AstNode *recv) {
    for (int i = 0; i < l->len; i++)
        if (stmt_leaves_holding(c, l->items[i], recv)) return true;
    return false;
}

/* Whether expression e reads name. */
static bool mentions(const AstNode *e, const char *name);

static bool mentions_list(const AstList *l, const char *name) {
    for (int i = 0; i < l->len; i++)
        if (l->items[i] && mentions(l->items[i], name)) return true;
    return false;
}

static bool mentions(const AstNode *e, const char *name) {
    if (!e) return false;
    switch (e->kind) {
    case AST_NAME: return strcmp(e->u.name.id, name) == 0;
    case AST_BOOL_OP: return mentions_list(&e->u.bool_op.values, name);
    case AST_NAMED_EXPR: return mentions(e->u.named_expr.value, name);
    case AST_BIN_OP: return mentions(e->u.bin_op.left, name) || mentions(e->u.bin_op.right, name);
    case AST_UNARY_OP: return mentions(e->u.unary_op.operand, name);
    case AST_IF_EXP:
        return mentions(e->u.if_exp.test, name) || mentions(e->u.if_exp.body, name) || mentions(e->u.if_exp.orelse, name);
    case AST_DICT: return mentions_list(&e->u.dict.keys, name) || mentions_list(&e->u.dict.values, name);
    case AST_SET: return mentions_list(&e->u.set.elts, name);
    case AST_COMPARE: return mentions(e->u.compare.left, name) || mentions_list(&e->u.compare.comparators, name);
    case AST_CALL: {
        if (mentions(e->u.call.func, name) || mentions_list(&e->u.call.args, name)) return true;
        for (int i = 0; i < e->u.call.keywords.len; i++)
            if (mentions(e->u.call.keywords.items[i]->u.keyword.value, name)) return true;
        return false;
    }
    case AST_FORMATTED_VALUE: return mentions(e->u.formatted_value.value, name);
    case AST_JOINED_STR: return mentions_list(&e->u.joined_str.values, name);
    case AST_ATTRIBUTE: return mentions(e->u.attribute.value, name);
    case AST_SUBSCRIPT: return mentions(e->u.subscript.value, name) || mentions(e->u.subscript.slice, name);
    case AST_STARRED: return mentions(e->u.starred.value, name);
    case AST_LIST:
    case AST_TUPLE: return mentions_list(&e->u.seq.elts, name);
    case AST_SLICE:
        return mentions(e->u.slice.lower, name) || mentions(e->u.slice.upper, name) || mentions(e->u.slice.step, name);
    case AST_LIST_COMP:
    case AST_SET_COMP:
    case AST_GENERATOR_EXP:
    case AST_DICT_COMP: {
        const AstList *g = e->kind == AST_DICT_COMP ? &e->u.dict_comp.generators : &e->u.comp.generators;
        return g->len > 0 && mentions(g->items[0]->u.comprehension.iter, name);
    }
    case AST_AWAIT:
    case AST_YIELD:
    case AST_YIELD_FROM: return mentions(e->u.await_yield.value, name);
    case AST_LAMBDA:
    case AST_CONSTANT: return false;
    AST_CASES_STMT:
    AST_CASES_OTHER: return false;
    }
    return false;
}

/* Whether l ends the loop it is in (break outside nested loops, return, raise). */
static bool ends_loop(const AstList *l, bool nested);

static bool stmt_ends_loop(const AstNode *s, bool nested) {
    switch (s->kind) {
    case AST_BREAK: return !nested;
    case AST_RETURN:
    case AST_RAISE: return true;
    case AST_IF: return ends_loop(&s->u.if_.body, nested) || ends_loop(&s->u.if_.orelse, nested);
    case AST_WHILE: return ends_loop(&s->u.while_.body, true) || ends_loop(&s->u.while_.orelse, nested);
    case AST_FOR:
    case AST_ASYNC_FOR: return ends_loop(&s->u.for_.body, true) || ends_loop(&s->u.for_.orelse, nested);
    case AST_WITH:
    case AST_ASYNC_WITH: return ends_loop(&s->u.with.body, nested);
    case AST_TRY:
    case AST_TRY_STAR:
        for (int i = 0; i < s->u.try_.handlers.len; i++)
            if (ends_loop(&s->u.try_.handlers.items[i]->u.except_handler.body, nested)) return true;
        return ends_loop(&s->u.try_.body, nested) || ends_loop(&s->u.try_.orelse, nested) ||
               ends_loop(&s->u.try_.finalbody, nested);
    case AST_MATCH:
        for (int i = 0; i < s->u.match.cases.len; i++)
            if (ends_loop(&s->u.match.cases.items[i]->u.match_case.body, nested)) return true;
        return false;
    case AST_CONTINUE:
    AST_CASES_STMT_DEF:
    AST_CASES_STMT_SIMPLE: return false;
    AST_CASES_EXPR:
    AST_CASES_OTHER: return false;
    }
    return false;
}

static bool ends_loop(const AstList *l, bool nested) {
    for (int i = 0; i < l->len; i++)
        if (stmt_ends_loop(l->items[i], nested)) return true;
    return false;
}

/* Whether l has a test of `item` (if, while, match, assert) that can end the loop. */
static bool item_ends_loop(const AstList *l, const char *item, bool nested) {
    for (int i = 0; i < l->len; i++) {
        const AstNode *s = l->items[i];
        if (s->kind == AST_ASSERT && mentions(s->u.assert_.test, item)) return true;
        switch (s->kind) {
        case AST_IF:
            if (mentions(s->u.if_.test, item) && (ends_loop(&s->u.if_.body, nested) || ends_loop(&s->u.if_.orelse, nested)))
                return true;
            if (item_ends_loop(&s->u.if_.body, item, nested) || item_ends_loop(&s->u.if_.orelse, item, nested)) return true;
            break;
        case AST_MATCH:
            if (mentions(s->u.match.subject, item) && stmt_ends_loop(s, nested)) return true;
            break;
        case AST_WHILE:
            if (item_ends_loop(&s->u.while_.body, item, true)) return true;
            break;
        case AST_FOR:
        case AST_ASYNC_FOR:
            if (item_ends_loop(&s->u.for_.body, item, true)) return true;
            break;
        case AST_WITH:
        case AST_ASYNC_WITH:
            if (item_ends_loop(&s->u.with.body, item, nested)) return true;
            break;
        case AST_TRY:
        case AST_TRY_STAR:
            if (item_ends_loop(&s->u.try_.body, item, nested) || item_ends_loop(&s->u.try_.orelse, item, nested) ||
                item_ends_loop(&s->u.try_.finalbody, item, nested))
                return true;
            for (int k = 0; k < s->u.try_.handlers.len; k++)
                if (item_ends_loop(&s->u.try_.handlers.items[k]->u.except_handler.body, item, nested)) return true;
            break;
        AST_CASES_STMT_DEF:
        AST_CASES_STMT_SIMPLE:
        AST_CASES_STMT_JUMP: break;
        AST_CASES_EXPR:
        AST_CASES_OTHER: break;
        }
    }
    return false;
}

/* Whether a def body returns a value (yields: see ResScope.generator). */
static bool returns_value(const AstList *l);

static bool stmt_returns_value(const AstNode *s) {
    switch (s->kind) {
    case AST_RETURN: {
        const AstNode *v = s->u.return_.value;
        return v && !(v->kind == AST_CONSTANT && v->u.constant.kind == AST_CONST_NONE);
    }
    case AST_IF: return returns_value(&s->u.if_.body) || returns_value(&s->u.if_.orelse);
    case AST_WHILE: return returns_value(&s->u.while_.body) || returns_value(&s->u.while_.orelse);
    case AST_FOR:
    case AST_ASYNC_FOR: return returns_value(&s->u.for_.body) || returns_value(&s->u.for_.orelse);
    case AST_WITH:
    case AST_ASYNC_WITH: return returns_value(&s->u.with.body);
    case AST_TRY:
    case AST_TRY_STAR:
        for (int i = 0; i < s->u.try_.handlers.len; i++)
            if (returns_value(&s->u.try_.handlers.items[i]->u.except_handler.body)) return true;
        return returns_value(&s->u.try_.body) || returns_value(&s->u.try_.orelse) || returns_value(&s->u.try_.finalbody);
    case AST_MATCH:
        for (int i = 0; i < s->u.match.cases.len; i++)
            if (returns_value(&s->u.match.cases.items[i]->u.match_case.body)) return true;
        return false;
    case AST_RAISE:
    case AST_BREAK:
    case AST_CONTINUE:
    AST_CASES_STMT_DEF:
    AST_CASES_STMT_SIMPLE: return false;
    AST_CASES_EXPR:
    AST_CASES_OTHER: return false;
    }
    return false;
}

static bool returns_value(const AstList *l) {
    for (int i = 0; i < l->len; i++)
        if (stmt_returns_value(l->items[i])) return true;
    return false;
}

/* Whether f, called in scope s, is a name bound only by def statements
 * none of which returns a value: calling it gives None. */
static bool def_returns_none(LwCtx *c, const ResScope *s, const AstNode *f) {
    if (f->kind != AST_NAME || lc_kind_in(c, s, f) != LC_DEF) return false;
    const ResScope *o = lc_owner(s, f->u.name.id);
    int n = 0;
    for (int i = 0; i < c->res.all.len; i++) {
        const ResScope *d = c->res.all.items[i];
        if (d->kind != RES_FUNCTION || d->parent != o || strcmp(d->name, f->u.name.id) != 0) continue;
        if (d->generator || returns_value(&d->node->u.function_def.body)) return false;
        n++;
    }
    return n > 0;
}

/* ---- the hooks ------------------------------------------------------------------- */

void lc_check_begin(LwCtx *c) {
    c->conc_check = xmalloc(sizeof *c->conc_check);
    *c->conc_check = (LcCheck){0};
}

void lc_check_end(LwCtx *c) {
    LcCheck *k = c->conc_check;
    for (int i = 0; i < k->loops.len; i++) {
        const LcLoopWarning *lw = &k->loops.items[i];
        bool daemon = false;
        for (int j = 0; lw->func && j < k->daemon_targets.len; j++)
            if (strcmp(k->daemon_targets.items[j], lw->func) == 0) daemon = true;
        if (daemon) continue;
        lc_warn(c, lw->at, "queue-no-sentinel",
                "this consumer loop never ends: '%s = %s.get()' has no timeout, and no break, return or raise "
                "depends on '%s' (such as 'if %s is None: break'): the thread blocks once the queue is drained",
                lw->item, lw->queue, lw->item, lw->item);
    }
    VEC_FREE(&k->daemon_targets);
    VEC_FREE(&k->loops);
    free(k);
    c->conc_check = NULL;
}

static void check_call(LwCtx *c, const ResScope *s, const AstNode *e) {
    const AstNode *f = e->u.call.func;
    LcKind fk = lc_kind_in(c, s, f);
    if (fk == LC_CLS_THREAD) {
        const AstNode *target = lc_keyword(e, "target"), *daemon = lc_keyword(e, "daemon");
        if (target && target->kind == AST_NAME && daemon && is_true_const(daemon))
            VEC_PUSH(&c->conc_check->daemon_targets, target->u.name.id);
        if (target && target->kind == AST_CALL && def_returns_none(c, s, target->u.call.func)) {
            const char *fn = target->u.call.func->u.name.id;
            lc_warn(c, target, "thread-target-call",
                    "'target=%s' calls %s now, in this thread, and passes its result (None) as the thread's target; "
                    "pass the function itself: target=%s, args=(...)",
                    text_of(c, target), fn, fn);
        }
        return;
    }
    if (f->kind != AST_ATTRIBUTE) return;
    const char *m = f->u.attribute.attr.name;
    LcKind rk = lc_kind_in(c, s, f->u.attribute.value);
    if (rk == LC_EXECUTOR && strcmp(m, "map") == 0)
        lc_note(c, e, "executor-map", "generic call of ThreadPoolExecutor.map (no direct operation)");
    else if (rk == LC_QUEUE && strcmp(m, "join") == 0 && e->u.call.args.len == 0)
        lc_note(c, e, "queue-join", "generic call of Queue.join (no direct operation)");
}

void lc_check_expr(LwCtx *c, const ResScope *s, const AstNode *e) {
    if (e->kind == AST_CALL) {
        check_call(c, s, e);
    } else if (e->kind == AST_LIST_COMP) {
        const AstNode *elt = e->u.comp.elt;
        const ResScope *inner = res_scope_of(&c->res, e);
        if (inner && elt->kind == AST_CALL && lc_kind_in(c, inner, elt) == LC_FUTURE)
            lc_note(c, e, "submit-comprehension", "a list of futures, each submit lowered to py2c_executor_submit");
    }
}

static void check_acquire(LwCtx *c, const AstList *block, int i, const AstList *const *fins, int nfins) {
    const AstNode *recv = method_stmt(block->items[i], "acquire");
    if (!recv || !is_ref(recv)) return;
    if (i + 1 < block->len) {
        const AstNode *next = block->items[i + 1];
        if (next->kind == AST_TRY && block_calls(c, &next->u.try_.finalbody, recv, "release")) return;
    }
    for (int k = 0; k < nfins; k++)
        if (block_calls(c, fins[k], recv, "release")) return;
    for (int j = i + 1; j < block->len; j++) {
        const AstNode *r = method_stmt(block->items[j], "release");
        if (r && same_ref(c, r, recv)) return;
        if (stmt_leaves_holding(c, block->items[j], recv)) {
            const char *x = text_of(c, recv);
            lc_warn(c, block->items[i], "lock-not-released",
                    "'%s.acquire()' is not released on every path: a return or raise before '%s.release()' leaves "
                    "it held; use 'with %s:' or try/finally",
                    x, x, x);
            return;
        }
    }
}

/* while True: item = q.get() ... */
static void check_while(LwCtx *c, const ResScope *s, const AstNode *w) {
    if (!is_true_const(w->u.while_.test)) return;
    const AstList *body = &w->u.while_.body;
    for (int i = 0; i < body->len; i++) {
        const AstNode *a = body->items[i];
        if (a->kind != AST_ASSIGN || a->u.assign.targets.len != 1 || a->u.assign.targets.items[0]->kind != AST_NAME)
            continue;
        const AstNode *v = a->u.assign.value;
        if (v->kind != AST_CALL || v->u.call.func->kind != AST_ATTRIBUTE ||
            strcmp(v->u.call.func->u.attribute.attr.name, "get") != 0)
            continue;
        const AstNode *q = v->u.call.func->u.attribute.value;
        const char *item = a->u.assign.targets.items[0]->u.name.id;
        bool no_args = v->u.call.args.len == 0 && v->u.call.keywords.len == 0;
        LcKind qk = lc_kind_in(c, s, q);
        /* a get() without arguments blocks: dict.get needs one, queues do not */
        if (qk != LC_QUEUE && !(no_args && is_ref(q))) return;
        bool sentinel = item_ends_loop(body, item, false);
        if (sentinel && qk == LC_QUEUE && no_args)
            lc_note(c, w, "queue-worker-loop", "a py2c_queue_get loop ended by a sentinel test");
        if (!sentinel && no_args) {
            const char *func = s->kind == RES_FUNCTION ? s->name : NULL;
            VEC_PUSH(&c->conc_check->loops, ((LcLoopWarning){a, func, item, text_of(c, q)}));
        }
        return;
    }
}

static void check_for(LwCtx *c, const ResScope *s, const AstNode *f) {
    LcKind k = lc_kind_in(c, s, f->u.for_.iter);
    const AstNode *t = f->u.for_.target;
    if (k == LC_FUTURE_ITER) {
        lc_note(c, f, "as-completed-loop", "generic as_completed iterator; result() of each future is py2c_future_result");
        return;
    }
    if (k != LC_THREAD_LIST || t->kind != AST_NAME) return;
    if (block_calls(c, &f->u.for_.body, t, "start"))
        lc_note(c, f, "thread-start-loop", "generic call of Thread.start for each thread (no direct operation)");
    if (block_calls(c, &f->u.for_.body, t, "join"))
        lc_note(c, f, "thread-join-loop", "generic call of Thread.join for each thread (no direct operation)");
}

void lc_check_stmt(LwCtx *c, const ResScope *s, const AstList *block, int i, const AstList *const *fins, int nfins) {
    const AstNode *st = block->items[i];
    switch (st->kind) {
    case AST_EXPR: check_acquire(c, block, i, fins, nfins); return;
    case AST_WHILE: check_while(c, s, st); return;
    case AST_FOR: check_for(c, s, st); return;
    case AST_WITH:
        for (int k = 0; k < st->u.with.items.len; k++) {
            const AstNode *e = st->u.with.items.items[k]->u.withitem.context_expr;
            if (e->kind == AST_CALL && lc_kind_in(c, s, e) == LC_EXECUTOR)
                lc_note(c, e, "executor-with",
                        "generic ThreadPoolExecutor.__enter__/__exit__ (the exit waits for every task)");
        }
        return;
    case AST_DELETE:
    case AST_ASSIGN:
    case AST_AUG_ASSIGN:
    case AST_ANN_ASSIGN:
    case AST_ASSERT:
    case AST_IMPORT:
    case AST_IMPORT_FROM:
    case AST_GLOBAL:
    case AST_NONLOCAL:
    case AST_PASS:
    case AST_ASYNC_FOR:
    case AST_IF:
    case AST_ASYNC_WITH:
    case AST_MATCH:
    case AST_TRY:
    case AST_TRY_STAR:
    AST_CASES_STMT_DEF:
    AST_CASES_STMT_JUMP: return;
    AST_CASES_EXPR:
    AST_CASES_OTHER: return;
    }
}
