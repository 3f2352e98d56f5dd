/* Operations on recognised concurrency objects as direct runtime operations
 * (py2c/concurrency.h) instead of a method lookup and a generic call.
 *
 * Each direct operation checks its receiver's exact type and otherwise makes
 * the generic method call itself, so the result is CPython's whatever the
 * receiver turns out to be. One difference remains when the guess is wrong:
 * CPython looks the method up BEFORE evaluating the arguments, the direct
 * operation after. That is why only receivers lw_conc.c PROVES to be queues,
 * executors, futures (all their bindings agree; for a parameter, all the
 * calls the compiler sees) are lowered this way. */
#include <string.h>

#include "common/util.h"
#include "lower/lw_internal.h"

typedef struct LcOp {
    LcKind recv;
    const char *method;
    int nargs;          /* positional arguments; -1: at least one (the callable), keywords allowed */
    const char *fn;     /* the runtime operation */
    const char *pattern;
} LcOp;

static const LcOp ops[] = {
    {LC_QUEUE, "put", 1, "py2c_queue_put", "queue-put"},
    {LC_QUEUE, "get", 0, "py2c_queue_get", "queue-get"},
    {LC_QUEUE, "task_done", 0, "py2c_queue_task_done", "queue-task-done"},
    {LC_EXECUTOR, "submit", -1, "py2c_executor_submit", "executor-submit"},
    {LC_FUTURE, "result", 0, "py2c_future_result", "future-result"},
};

static const LcOp *find_op(LwCtx *c, const AstNode *e) {
    const AstNode *f = e->u.call.func;
    if (f->kind != AST_ATTRIBUTE) return NULL;
    int na = e->u.call.args.len, nk = e->u.call.keywords.len;
    for (int i = 0; i < na; i++)
        if (e->u.call.args.items[i]->kind == AST_STARRED) return NULL;
    for (int i = 0; i < nk; i++)
        if (!e->u.call.keywords.items[i]->u.keyword.arg.name) return NULL;
    const char *m = f->u.attribute.attr.name;
    for (size_t i = 0; i < ARRAY_LEN(ops); i++) {
        const LcOp *op = &ops[i];
        if (strcmp(op->method, m) != 0) continue;
        if (op->nargs >= 0 ? na != op->nargs || nk != 0 : na < 1) continue;
        if (lc_kind(c, f->u.attribute.value) == op->recv) return op;
    }
    return NULL;
}

bool lc_method_call(LwCtx *c, const AstNode *e, int loc, IrOperand *out) {
    const LcOp *op = find_op(c, e);
    if (!op) return false;
    int na = e->u.call.args.len, nk = e->u.call.keywords.len;
    /* a fallback call may run Python code that rebinds globals and cells */
    IrOperand *v = lw_call_args(c, e, e->u.call.func->u.attribute.value);
    if (op->nargs < 0) {
        IrOperand a[4] = {v[0], lw_array(c, v + 1, na + nk), lw_cf(c, "%d", na), lw_kwnames(c, e)};
        *out = lw_call_v(c, op->fn, a, 4, loc);
    } else {
        *out = lw_call_v(c, op->fn, v, 1 + na, loc);
    }
    for (int i = 0; i < 1 + na + nk; i++) lw_release(c, v[i]);
    lc_note(c, e, op->pattern, op->fn);
    return true;
}

bool lc_with_lock(LwCtx *c, const AstNode *e) {
    if (lc_kind(c, e) != LC_LOCK) return false;
    lc_note(c, e, "with-lock", "py2c_lock_enter + py2c_lock_exit");
    return true;
}
