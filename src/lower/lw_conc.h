/* Recognition of threading / queue / concurrent.futures (DESIGN.md §2, the
 * "recognise" step of lowering).
 *
 * lw_conc.c works out, per scope, which names provably hold a concurrency
 * module, one of its classes or functions, or an object made by one of those
 * classes: a name qualifies when EVERY binding of it (in the scope that owns
 * it, including bindings through `global`/`nonlocal` from other scopes) gives
 * the same kind, e.g. `q = queue.Queue()` and nothing else assigning q.
 * A parameter of a function of the program is bound by the calls of the
 * function the pass sees (f(q), Thread(target=f, args=(q,)), ex.submit(f, q),
 * ex.map(f, qs), Timer(t, f, args=(q,)), ThreadPoolExecutor(initializer=f,
 * initargs=(q,)); omitted arguments bind their defaults): it has kind K when
 * every such call passes K and the function is used in no other way.
 * Attributes and anything else stay unknown.
 *
 * lw_conc_lower.c lowers operations on such objects to the direct runtime
 * operations of py2c/concurrency.h (py2c_queue_get, py2c_lock_enter, ...).
 * Those check the receiver's exact type and fall back to the generic method
 * call, so even a wrong guess (a monkeypatched queue.Queue) behaves as
 * CPython.
 *
 * lw_conc_check.c records the recognised patterns (worker loops, executor
 * maps, start/join loops ...) for `--emit=explain` and reports warnings for
 * likely bugs. Everything found is kept as IrConcNotes on the module. */
#ifndef PY2C_LOWER_LW_CONC_H
#define PY2C_LOWER_LW_CONC_H

#include <stdbool.h>

#include "common/vec.h"
#include "ir/ast.h"
#include "ir/ir.h"
#include "lower/resolve.h"

typedef struct LwCtx LwCtx;
typedef struct LcState LcState;

/* What a name or expression provably is. */
typedef enum LcKind {
    LC_NONE,
    LC_MOD_THREADING,  /* the module threading */
    LC_MOD_QUEUE,      /* the module queue */
    LC_MOD_CONCURRENT, /* the package concurrent, its submodule futures imported */
    LC_MOD_FUTURES,    /* the module concurrent.futures */
    LC_CLS_THREAD,     /* threading.Thread */
    LC_CLS_TIMER,      /* threading.Timer (its objects are LC_THREAD) */
    LC_CLS_LOCK,       /* threading.Lock, RLock, Condition, Semaphore, BoundedSemaphore */
    LC_CLS_QUEUE,      /* queue.Queue, LifoQueue, PriorityQueue, SimpleQueue */
    LC_CLS_EXECUTOR,   /* concurrent.futures.ThreadPoolExecutor */
    LC_FN_AS_COMPLETED, /* concurrent.futures.as_completed */
    LC_THREAD,         /* a Thread */
    LC_LOCK,           /* a Lock, RLock, Condition, Semaphore or BoundedSemaphore */
    LC_QUEUE,          /* a queue */
    LC_EXECUTOR,       /* a ThreadPoolExecutor */
    LC_FUTURE,         /* a Future */
    LC_THREAD_LIST,    /* a list of Threads */
    LC_FUTURE_LIST,    /* a list of Futures */
    LC_FUTURE_ITER,    /* an iterator of Futures (as_completed) */
    LC_EMPTY_LIST,     /* `[]`, filled later by .append (lw_conc.c only) */
    LC_DEF,            /* a function of the program: every binding is an undecorated def */
} LcKind;

/* lw_conc.c: builds the facts of every scope (after res_build); frees them. */
void lc_begin(LwCtx *c, const AstNode *module);
/* Sorts the notes into the module and frees the facts. */
void lc_end(LwCtx *c);
/* What e, evaluated in the scope being lowered (or in scope s), provably is. */
LcKind lc_kind(LwCtx *c, const AstNode *e);
LcKind lc_kind_in(const LwCtx *c, const ResScope *s, const AstNode *e);
/* The scope owning variable `name` as used in s (NULL: a class namespace). */
const ResScope *lc_owner(const ResScope *s, const char *name);
/* What iterating over a k yields (LC_FUTURE for LC_FUTURE_LIST ...), or LC_NONE. */
LcKind lc_elem_kind(LcKind k);
/* The value of keyword argument `name` of call, or NULL. */
const AstNode *lc_keyword(const AstNode *call, const char *name);
/* Records a note at node (warning: also a diagnostic). */
void lc_note(LwCtx *c, const AstNode *at, const char *pattern, const char *text);
void lc_warn(LwCtx *c, const AstNode *at, const char *name, const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* lw_conc_lower.c: obj.m(args) on a recognised object as a direct runtime
 * operation (*out: its result). False: not recognised, nothing emitted. */
bool lc_method_call(LwCtx *c, const AstNode *call, int loc, IrOperand *out);
/* Whether `with e:` enters a recognised lock (py2c_lock_enter/exit). */
bool lc_with_lock(LwCtx *c, const AstNode *e);

/* lw_conc_check.c: records the patterns that need no lowering of their own
 * and reports warnings. lc_begin's last walk over the module calls
 * lc_check_stmt for statement i of every block and lc_check_expr for every
 * expression, each with the scope it runs in; fins are the finally bodies of
 * the try statements around the statement in its function. */
typedef VEC(const AstList *) LcFinally;
typedef struct LcCheck LcCheck;
void lc_check_begin(LwCtx *c);
void lc_check_stmt(LwCtx *c, const ResScope *s, const AstList *block, int i, const AstList *const *fins, int nfins);
void lc_check_expr(LwCtx *c, const ResScope *s, const AstNode *e);
void lc_check_end(LwCtx *c);

#endif
