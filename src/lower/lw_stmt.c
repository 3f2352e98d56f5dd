/* Statements -> IR. Control flow becomes labels and jumps; try/finally
 * duplicates the finally body on every way out of its try (normal end,
 * exception, return, break, continue), as CPython's compiler does; an except
 * clause brackets its body with py2c_exc_handled_push/pop so that implicit
 * chaining and bare `raise` see the exception being handled. */
#include <string.h>

#include "common/util.h"
#include "lower/lw_direct.h"
#include "lower/lw_internal.h"

static void lower_stmt(LwCtx *c, const AstNode *s);

void lw_stmts(LwCtx *c, const AstList *body) {
    for (int i = 0; i < body->len; i++) lower_stmt(c, body->items[i]);
}

static IrOperand result_slot(void) { return (IrOperand){IR_OPND_RESULT, 0, NULL, NULL, 0}; }

static void push_block(LwCtx *c, LwBlock b) { VEC_PUSH(&c->fn->blocks, b); }

static LwBlock block(LwBlockKind kind, int handler) {
    LwBlock b = {0};
    b.kind = kind;
    b.handler = handler;
    b.iter = b.exc = b.mgr = lw_absent;
    return b;
}

static int new_handler(LwCtx *c) { return ++c->fn->f->nhandlers; }

/* Places handler h: it releases the temporaries from watermark up, which
 * are dead from here on. */
static void begin_handler(LwCtx *c, int h, int watermark) {
    IrInstr *in = lw_emit(c, IR_HANDLER);
    in->index = h;
    in->watermark = watermark;
    LwFunc *fn = c->fn;
    for (int k = watermark; k < fn->live.len; k++) fn->live.items[k] = false;
    fn->top = watermark;
}

static void unwind_to(LwCtx *c, int handler) {
    IrInstr *in = lw_emit(c, IR_UNWIND);
    in->handler = handler;
}

static void call_void(LwCtx *c, const char *fn, IrOperand arg) {
    IrInstr *in = lw_call_to(c, fn, &arg, arg.kind == IR_OPND_ABSENT ? 0 : 1, -1, IR_CHECK_NONE);
    (void)in;
}

static void clear_forced(LwCtx *c, IrOperand o) {
    if (o.kind != IR_OPND_TEMP) return;
    lw_emit(c, IR_CLEAR)->dest = o;
    lw_moved(c, o);
}

/* exc = the current exception, now being handled. */
static IrOperand fetch_handled(LwCtx *c) {
    IrOperand exc = lw_temp(c);
    lw_call_to(c, "py2c_error_fetch", NULL, 0, -1, IR_CHECK_NONE)->dest = exc;
    call_void(c, "py2c_exc_handled_push", exc);
    return exc;
}

/* Leaves a handled exception: pop it and drop our reference. */
static void drop_handled(LwCtx *c, IrOperand exc) {
    call_void(c, "py2c_exc_handled_pop", lw_absent);
    clear_forced(c, exc);
}

/* Makes a handled exception current again and sends it on (no traceback entry). */
static void reraise_handled(LwCtx *c, IrOperand exc, int handler) {
    call_void(c, "py2c_exc_handled_pop", lw_absent);
    call_void(c, "py2c_error_restore", exc);
    lw_store(c, exc, lw_absent, true); /* stolen: forget it */
    lw_moved(c, exc);
    unwind_to(c, handler);
}

static IrOperand exit_manager(LwCtx *c, IrOperand mgr, IrOperand *args3, int loc) {
    IrOperand a[5] = {mgr, lw_str(c, "__exit__", 8), lw_array(c, args3, 3), lw_c("3"), lw_absent};
    return lw_call_v(c, "py2c_call_method", a, 5, loc);
}

static void unwind_blocks_here(LwCtx *c, int keep, bool is_return, const AstNode *at);

/* Undoes the blocks above index `keep` on the way out of them (return,
 * break, continue). */
static void unwind_blocks(LwCtx *c, int keep, bool is_return, const AstNode *at) {
    LwFunc *fn = c->fn;
    /* what this path releases (a loop's iterator, a with's manager) stays
     * live on the paths that do not leave: the tracker is restored after */
    int saved_top = fn->top, saved_len = fn->live.len;
    bool *saved_live = xmalloc(sizeof(bool) * (size_t)(saved_len ? saved_len : 1));
    if (saved_len) memcpy(saved_live, fn->live.items, sizeof(bool) * (size_t)saved_len);
    unwind_blocks_here(c, keep, is_return, at);
    for (int k = 0; k < saved_len && k < fn->live.len; k++) fn->live.items[k] = saved_live[k];
    for (int k = saved_len; k < fn->live.len; k++) fn->live.items[k] = false;
    fn->top = saved_top;
    free(saved_live);
}

static void unwind_blocks_here(LwCtx *c, int keep, bool is_return, const AstNode *at) {
    LwFunc *fn = c->fn;
    for (int i = fn->blocks.len - 1; i >= keep; i--) {
        LwBlock b = fn->blocks.items[i];
        switch (b.kind) {
        case LW_BLOCK_LOOP:
            if (is_return) clear_forced(c, b.iter);
            break;
        case LW_BLOCK_TRY_EXCEPT:
        case LW_BLOCK_CLASS: break;
        case LW_BLOCK_FINALLY_END: drop_handled(c, b.exc); break;
        case LW_BLOCK_HANDLER:
            if (b.as_name) lw_unbind_name(c, b.as_name, at);
            drop_handled(c, b.exc);
            break;
        case LW_BLOCK_FINALLY_TRY:
        case LW_BLOCK_WITH: {
            /* the finally body / __exit__ runs outside the block */
            int n = fn->blocks.len - i;
            LwBlock *saved = xmalloc(sizeof(LwBlock) * (size_t)n);
            memcpy(saved, &fn->blocks.items[i], sizeof(LwBlock) * (size_t)n);
            fn->blocks.len = i;
            if (b.kind == LW_BLOCK_FINALLY_TRY) {
                lw_stmts(c, b.finalbody);
            } else {
                IrOperand none = lw_none(c);
                IrOperand args3[3] = {none, none, none};
                IrOperand r = b.lock ? lw_call_v(c, "py2c_lock_exit", &b.mgr, 1, lw_loc(c, at))
                                     : exit_manager(c, b.mgr, args3, lw_loc(c, at));
                lw_release(c, r);
                clear_forced(c, b.mgr);
            }
            VEC_RESERVE(&fn->blocks, n);
            memcpy(&fn->blocks.items[i], saved, sizeof(LwBlock) * (size_t)n);
            fn->blocks.len = i + n;
            free(saved);
            break;
        }
        }
    }
}

static void lower_return(LwCtx *c, const AstNode *s) {
    IrOperand v = s->u.return_.value ? lw_expr(c, s->u.return_.value) : lw_none(c);
    if (c->fn->f->kind == IR_FUNC_GENERATOR) {
        /* the generator ends; the value becomes StopIteration.value (also
         * None: a return in a finally body replaces an earlier one) */
        IrOperand a[2] = {lw_c("gen"), v};
        lw_call_to(c, "py2c_generator_set_return", a, 2, -1, IR_CHECK_NONE);
        lw_release(c, v);
        unwind_blocks(c, 0, true, s);
        lw_emit(c, IR_RETURN);
        return;
    }
    bool finally = false;
    for (int i = 0; i < c->fn->blocks.len; i++)
        if (c->fn->blocks.items[i].kind == LW_BLOCK_FINALLY_TRY || c->fn->blocks.items[i].kind == LW_BLOCK_WITH)
            finally = true;
    if (finally) v = lw_own(c, v);
    unwind_blocks(c, 0, true, s);
    lw_store(c, result_slot(), v, false);
    lw_emit(c, IR_RETURN);
}

static void lower_break_continue(LwCtx *c, const AstNode *s) {
    LwFunc *fn = c->fn;
    int loop = fn->blocks.len - 1;
    while (loop >= 0 && fn->blocks.items[loop].kind != LW_BLOCK_LOOP) loop--;
    if (loop < 0) INTERNAL_ERROR("'%s' outside a loop", s->kind == AST_BREAK ? "break" : "continue");
    LwBlock b = fn->blocks.items[loop];
    unwind_blocks(c, loop + 1, false, s);
    if (s->kind == AST_BREAK) {
        clear_forced(c, b.iter);
        if (b.iter.kind == IR_OPND_TEMP) {
            /* the iterator is still live on the loop's other paths */
            c->fn->live.items[b.iter.index] = true;
            if (c->fn->top <= b.iter.index) c->fn->top = b.iter.index + 1;
        }
        lw_jump(c, b.brk);
    } else {
        lw_jump(c, b.cont);
    }
}

/* Whether `for ... in e` iterates the builtin range called with 1 to 3
 * plain positional arguments. */
static bool is_range_call(LwCtx *c, const AstNode *e) {
    if (e->kind != AST_CALL || e->u.call.func->kind != AST_NAME) return false;
    if (strcmp(e->u.call.func->u.name.id, "range") != 0 || !lw_is_builtin(c, "range")) return false;
    int n = e->u.call.args.len;
    if (n < 1 || n > 3 || e->u.call.keywords.len > 0) return false;
    for (int i = 0; i < n; i++)
        if (e->u.call.args.items[i]->kind == AST_STARRED) return false;
    return true;
}

static IrOperand addr_of(IrOperand t) { return (IrOperand){IR_OPND_ADDR, t.index, NULL, NULL, 0}; }

/* for target in range(...): body / else: orelse, counting in C when the
 * arguments are small ints at run time (py2c_range_loop_new in
 * py2c/abstract.h), else iterating the range as any for loop does. The loop
 * state is four temporaries: the iterator (None when counting), the
 * counter, stop and step; the last three only ever hold immediates once the
 * loop has started, so a break need only release the iterator. */
static void lower_for_range(LwCtx *c, const AstNode *s) {
    const AstNode *call = s->u.for_.iter;
    int n = call->u.call.args.len;
    int loc = lw_loc(c, s), call_loc = lw_loc(c, call);
    IrOperand v[3];
    lw_exprs(c, call->u.call.args.items, n, v);
    IrOperand start, stop, step;
    if (n == 1) {
        start = lw_own(c, lw_const(c, (IrConst){.kind = IR_CONST_INT, .i = 0}));
        stop = lw_own(c, v[0]);
    } else {
        start = lw_own(c, v[0]);
        stop = lw_own(c, v[1]);
    }
    step = lw_own(c, n == 3 ? v[2] : lw_const(c, (IrConst){.kind = IR_CONST_INT, .i = 1}));
    IrOperand a[4] = {addr_of(start), addr_of(stop), addr_of(step), lw_cf(c, "%d", n)};
    IrOperand it = lw_call_v(c, "py2c_range_loop_new", a, 4, call_loc);
    int top = lw_new_label(c), orelse = lw_new_label(c), end = lw_new_label(c);
    lw_label(c, top);
    c->fn->ints = 0;
    IrOperand x = lw_temp(c);
    IrOperand b[5] = {it, addr_of(start), stop, step, addr_of(x)};
    IrOperand more = lw_call_i(c, "py2c_range_loop_next", b, 5, loc);
    lw_branch(c, more, false, orelse);
    lw_assign(c, s->u.for_.target, x, false);
    LwBlock blk = block(LW_BLOCK_LOOP, -1);
    blk.brk = end;
    blk.cont = top;
    blk.iter = it;
    push_block(c, blk);
    lw_stmts(c, &s->u.for_.body);
    c->fn->blocks.len--;
    lw_jump(c, top);
    lw_label(c, orelse);
    lw_release(c, it);
    lw_release(c, step);
    lw_release(c, stop);
    lw_release(c, start);
    lw_stmts(c, &s->u.for_.orelse);
    lw_label(c, end);
}

static void lower_for(LwCtx *c, const AstNode *s) {
    if (s->kind == AST_ASYNC_FOR) {
        lw_unsupported(c, s->span, "an 'async for' loop");
        return;
    }
    if (is_range_call(c, s->u.for_.iter)) {
        lower_for_range(c, s);
        return;
    }
    int loc = lw_loc(c, s);
    IrOperand src = lw_iter_source(c, s->u.for_.iter);
    IrOperand it = lw_call_v(c, "py2c_iter", &src, 1, loc);
    lw_release(c, src);
    int top = lw_new_label(c), orelse = lw_new_label(c), end = lw_new_label(c);
    lw_label(c, top);
    IrOperand x = lw_temp(c);
    IrInstr *in = lw_emit(c, IR_FOR_ITER);
    in->dest = x;
    in->index = orelse;
    in->args = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, 1);
    in->args[0] = it;
    in->nargs = 1;
    in->loc = loc;
    in->handler = lw_handler(c);
    lw_assign(c, s->u.for_.target, x, false);
    LwBlock b = block(LW_BLOCK_LOOP, -1);
    b.brk = end;
    b.cont = top;
    b.iter = it;
    push_block(c, b);
    lw_stmts(c, &s->u.for_.body);
    c->fn->blocks.len--;
    lw_jump(c, top);
    lw_label(c, orelse);
    lw_release(c, it);
    lw_stmts(c, &s->u.for_.orelse);
    lw_label(c, end);
}

static void lower_while(LwCtx *c, const AstNode *s) {
    int top = lw_new_label(c), orelse = lw_new_label(c), end = lw_new_label(c);
    lw_label(c, top);
    c->fn->ints = 0;
    lw_jump_if(c, s->u.while_.test, false, orelse);
    LwBlock b = block(LW_BLOCK_LOOP, -1);
    b.brk = end;
    b.cont = top;
    push_block(c, b);
    lw_stmts(c, &s->u.while_.body);
    c->fn->blocks.len--;
    lw_jump(c, top);
    lw_label(c, orelse);
    lw_stmts(c, &s->u.while_.orelse);
    lw_label(c, end);
}

static void lower_if(LwCtx *c, const AstNode *s) {
    int orelse = lw_new_label(c), end = lw_new_label(c);
    lw_jump_if(c, s->u.if_.test, false, orelse);
    lw_stmts(c, &s->u.if_.body);
    if (s->u.if_.orelse.len > 0) lw_jump(c, end);
    lw_label(c, orelse);
    lw_stmts(c, &s->u.if_.orelse);
    lw_label(c, end);
}

/* try: body / except ...: clauses / else: orelse (no finally here). */
static void lower_try_except(LwCtx *c, const AstNode *s) {
    int outer = lw_handler(c);
    int watermark = c->fn->top;
    int h = new_handler(c);
    int end = lw_new_label(c);
    push_block(c, block(LW_BLOCK_TRY_EXCEPT, h));
    lw_stmts(c, &s->u.try_.body);
    c->fn->blocks.len--;
    lw_stmts(c, &s->u.try_.orelse);
    lw_jump(c, end);

    begin_handler(c, h, watermark);
    IrOperand exc = fetch_handled(c);
    int x = new_handler(c); /* an exception while matching or in a clause without `as` */
    LwBlock hb = block(LW_BLOCK_HANDLER, x);
    hb.exc = exc;
    push_block(c, hb);
    /* each clause with `as` has its own cleanup handler, which unbinds the name */
    typedef struct { int handler; const char *name; const AstNode *at; } Named;
    VEC(Named) named = {0};
    for (int i = 0; i < s->u.try_.handlers.len; i++) {
        const AstNode *hn = s->u.try_.handlers.items[i];
        int next = lw_new_label(c);
        if (hn->u.except_handler.type) {
            c->fn->ints = 0;
            IrOperand t = lw_expr(c, hn->u.except_handler.type);
            IrOperand a[2] = {exc, t};
            IrOperand n = lw_call_i(c, "py2c_exception_matches", a, 2, lw_loc(c, hn->u.except_handler.type));
            lw_release(c, t);
            lw_branch(c, n, false, next);
        }
        const char *name = hn->u.except_handler.name.name;
        if (name) {
            lw_store_name(c, name, exc, true, hn);
            Named nm = {new_handler(c), name, hn};
            VEC_PUSH(&named, nm);
            c->fn->blocks.items[c->fn->blocks.len - 1].handler = nm.handler;
            c->fn->blocks.items[c->fn->blocks.len - 1].as_name = name;
        }
        lw_stmts(c, &hn->u.except_handler.body);
        c->fn->blocks.items[c->fn->blocks.len - 1].handler = x;
        c->fn->blocks.items[c->fn->blocks.len - 1].as_name = NULL;
        if (name) lw_unbind_name(c, name, hn);
        drop_handled(c, exc);
        lw_jump(c, end);
        lw_label(c, next);
        c->fn->live.items[exc.index] = true;
        if (c->fn->top <= exc.index) c->fn->top = exc.index + 1;
    }
    c->fn->blocks.len--;
    reraise_handled(c, exc, outer); /* no clause matched */
    int cleanup = lw_new_label(c);
    for (int i = 0; i < named.len; i++) {
        begin_handler(c, named.items[i].handler, exc.index + 1);
        lw_unbind_name(c, named.items[i].name, named.items[i].at);
        lw_jump(c, cleanup);
    }
    VEC_FREE(&named);
    begin_handler(c, x, exc.index + 1);
    lw_label(c, cleanup);
    c->fn->live.items[exc.index] = true;
    drop_handled(c, exc);
    unwind_to(c, outer);
    lw_label(c, end);
}

static void lower_try_finally(LwCtx *c, const AstNode *s) {
    int outer = lw_handler(c);
    int watermark = c->fn->top;
    int h = new_handler(c);
    int end = lw_new_label(c);
    LwBlock b = block(LW_BLOCK_FINALLY_TRY, h);
    b.finalbody = &s->u.try_.finalbody;
    push_block(c, b);
    if (s->u.try_.handlers.len > 0) {
        lower_try_except(c, s);
    } else {
        lw_stmts(c, &s->u.try_.body);
        lw_stmts(c, &s->u.try_.orelse);
    }
    c->fn->blocks.len--;
    lw_stmts(c, &s->u.try_.finalbody);
    lw_jump(c, end);

    begin_handler(c, h, watermark);
    IrOperand exc = fetch_handled(c);
    int x = new_handler(c);
    LwBlock fb = block(LW_BLOCK_FINALLY_END, x);
    fb.exc = exc;
    push_block(c, fb);
    lw_stmts(c, &s->u.try_.finalbody);
    c->fn->blocks.len--;
    reraise_handled(c, exc, outer);
    begin_handler(c, x, exc.index + 1);
    c->fn->live.items[exc.index] = true;
    drop_handled(c, exc);
    unwind_to(c, outer);
    lw_label(c, end);
}

static void lower_with(LwCtx *c, const AstNode *s, int item) {
    const AstNode *wi = s->u.with.items.items[item];
    int loc = lw_loc(c, s);
    /* a recognised lock: direct enter/exit (the exception path calls __exit__ with the exception) */
    bool lock = lc_with_lock(c, wi->u.withitem.context_expr);
    IrOperand mgr = lw_own(c, lw_expr(c, wi->u.withitem.context_expr));
    IrOperand entered;
    if (lock) {
        entered = lw_call_v(c, "py2c_lock_enter", &mgr, 1, lw_loc(c, wi->u.withitem.context_expr));
    } else {
        IrOperand a[5] = {mgr, lw_str(c, "__enter__", 9), lw_array(c, NULL, 0), lw_c("0"), lw_absent};
        entered = lw_call_v(c, "py2c_call_method", a, 5, lw_loc(c, wi->u.withitem.context_expr));
    }
    int outer = lw_handler(c);
    int end = lw_new_label(c);
    int watermark = mgr.index + 1; /* `entered` is consumed before the body */
    int h = new_handler(c);
    LwBlock b = block(LW_BLOCK_WITH, h);
    b.mgr = mgr;
    b.lock = lock;
    push_block(c, b);
    if (wi->u.withitem.optional_vars) lw_assign(c, wi->u.withitem.optional_vars, entered, false);
    else lw_release(c, entered);
    if (item + 1 < s->u.with.items.len) lower_with(c, s, item + 1);
    else lw_stmts(c, &s->u.with.body);
    c->fn->blocks.len--;
    IrOperand none = lw_none(c);
    IrOperand args3[3] = {none, none, none};
    lw_release(c, lock ? lw_call_v(c, "py2c_lock_exit", &mgr, 1, loc) : exit_manager(c, mgr, args3, loc));
    lw_jump(c, end);

    begin_handler(c, h, watermark);
    IrOperand exc = fetch_handled(c);
    int x = new_handler(c);
    LwBlock hb = block(LW_BLOCK_HANDLER, x);
    hb.exc = exc;
    push_block(c, hb);
    IrOperand tp = lw_temp(c);
    lw_call_to(c, "py2c_type_value_of", &exc, 1, -1, IR_CHECK_NONE)->dest = tp;
    IrOperand args[3] = {tp, exc, lw_none(c)};
    IrOperand r = exit_manager(c, mgr, args, loc);
    IrOperand n = lw_call_i(c, "py2c_fast_is_true", &r, 1, loc);
    lw_release(c, r);
    lw_moved(c, tp); /* borrowed */
    c->fn->blocks.len--;
    int swallow = lw_new_label(c);
    lw_branch(c, n, true, swallow);
    reraise_handled(c, exc, outer);
    lw_label(c, swallow);
    c->fn->live.items[exc.index] = true;
    drop_handled(c, exc);
    lw_jump(c, end);
    begin_handler(c, x, exc.index + 1);
    c->fn->live.items[exc.index] = true;
    drop_handled(c, exc);
    unwind_to(c, outer);
    lw_label(c, end);
    clear_forced(c, mgr);
}

static const char *aug_op(AstOp op) {
    switch (op) {
    case AST_OP_ADD: return "PY2C_OP_ADD";
    case AST_OP_SUB: return "PY2C_OP_SUB";
    case AST_OP_MULT: return "PY2C_OP_MUL";
    case AST_OP_MAT_MULT: return "PY2C_OP_MATMUL";
    case AST_OP_DIV: return "PY2C_OP_TRUEDIV";
    case AST_OP_FLOOR_DIV: return "PY2C_OP_FLOORDIV";
    case AST_OP_MOD: return "PY2C_OP_MOD";
    case AST_OP_POW: return "PY2C_OP_POW";
    case AST_OP_LSHIFT: return "PY2C_OP_LSHIFT";
    case AST_OP_RSHIFT: return "PY2C_OP_RSHIFT";
    case AST_OP_BIT_AND: return "PY2C_OP_AND";
    case AST_OP_BIT_OR: return "PY2C_OP_OR";
    case AST_OP_BIT_XOR: return "PY2C_OP_XOR";
    default: INTERNAL_ERROR("bad augmented operator %s", ast_op_name(op));
    }
}

/* cur OP= v: a direct call of a program class's method (lw_method.c), else
 * the generic in-place operator. */
static IrOperand inplace_op(LwCtx *c, const AstNode *s, IrOperand cur, IrOperand v, IrOperand op, int loc) {
    IrOperand r;
    if (lw_method_inplace(c, s, cur, v, loc, &r)) return r;
    IrOperand a[3] = {cur, v, op};
    return lw_call_v(c, "py2c_fast_inplace_op", a, 3, loc);
}

static bool has_starred(const AstList *l) {
    for (int i = 0; i < l->len; i++)
        if (l->items[i]->kind == AST_STARRED) return true;
    return false;
}

/* `a, b = x, y` (any length, no starred, one target): every value is
 * evaluated into a value of its own, then the targets are assigned left to
 * right, without the tuple CPython builds (or its SWAP for two or three)
 * and unpacks at once: the same stores in the same order. A float for an
 * unboxed local stays a double. */
static bool lower_parallel_assign(LwCtx *c, const AstNode *s) {
    if (s->u.assign.targets.len != 1) return false;
    const AstNode *t = s->u.assign.targets.items[0], *v = s->u.assign.value;
    if ((t->kind != AST_TUPLE && t->kind != AST_LIST) || (v->kind != AST_TUPLE && v->kind != AST_LIST)) return false;
    const AstList *ts = &t->u.seq.elts, *vs = &v->u.seq.elts;
    if (ts->len != vs->len || has_starred(ts) || has_starred(vs)) return false;
    int n = ts->len;
    IrOperand *vals = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, n);
    bool *dbl = ARENA_NEW_ARRAY(&c->m->arena, bool, n);
    for (int i = 0; i < n; i++) {
        dbl[i] = lw_unboxed_parallel_value(c, ts->items[i], vs->items[i], &vals[i]);
        /* a later store may rebind what a variable operand reads */
        if (!dbl[i]) vals[i] = lw_own(c, lw_expr(c, vs->items[i]));
    }
    for (int i = 0; i < n; i++) {
        if (dbl[i]) lw_unboxed_parallel_store(c, ts->items[i], vals[i]);
        else lw_assign(c, ts->items[i], vals[i], false);
    }
    return true;
}

/* cur OP= the statement's value, cur a temporary holding the target's
 * value (an attribute or item), released here. */
static IrOperand aug_value(LwCtx *c, const AstNode *s, IrOperand cur, IrOperand op, int loc) {
    if (lw_float_inplace_applies(c, s)) return lw_float_inplace(c, s, cur);
    IrOperand v = lw_expr(c, s->u.aug_assign.value);
    IrOperand r = inplace_op(c, s, cur, v, op, loc);
    lw_release(c, cur);
    lw_release(c, v);
    return r;
}

static void lower_aug_assign(LwCtx *c, const AstNode *s) {
    if (lw_unboxed_aug_assign(c, s)) return;
    const AstNode *t = s->u.aug_assign.target;
    const AstNode *value = s->u.aug_assign.value;
    int loc = lw_loc(c, s);
    IrOperand op = lw_c(aug_op(s->u.aug_assign.op));
    switch (t->kind) {
    case AST_NAME: {
        IrOperand cur = lw_load_name(c, t->u.name.id, t);
        /* a plain local can only be rebound by the value itself (a walrus);
         * anything else may change under a call, and cur must stay alive */
        if (cur.kind != IR_OPND_VAR || lw_impure(value)) cur = lw_own(c, cur);
        IrOperand v = lw_expr(c, value);
        IrOperand r = inplace_op(c, s, cur, v, op, loc);
        lw_release(c, cur);
        lw_release(c, v);
        lw_store_name(c, t->u.name.id, r, false, t);
        return;
    }
    case AST_ATTRIBUTE: {
        IrOperand obj = lw_own(c, lw_expr(c, t->u.attribute.value));
        const char *attr = lw_mangle(c, t->u.attribute.attr.name);
        IrOperand cur = lw_getattr(c, t->u.attribute.value, obj, attr, lw_loc(c, t));
        IrOperand r = aug_value(c, s, cur, op, loc);
        lw_setattr(c, t->u.attribute.value, obj, attr, r, lw_loc(c, t));
        lw_release(c, r);
        lw_release(c, obj);
        return;
    }
    case AST_SUBSCRIPT: {
        IrOperand obj = lw_own(c, lw_expr(c, t->u.subscript.value));
        IrOperand key = lw_own(c, lw_expr(c, t->u.subscript.slice));
        IrOperand ga[2] = {obj, key};
        IrOperand cur = lw_call_v(c, "py2c_fast_getitem", ga, 2, lw_loc(c, t));
        IrOperand r = aug_value(c, s, cur, op, loc);
        IrOperand sa[3] = {obj, key, r};
        lw_call_s(c, "py2c_fast_setitem", sa, 3, lw_loc(c, t));
        lw_release(c, r);
        lw_release(c, key);
        lw_release(c, obj);
        return;
    }
    case AST_BOOL_OP:
    case AST_NAMED_EXPR:
    case AST_BIN_OP:
    case AST_UNARY_OP:
    case AST_LAMBDA:
    case AST_IF_EXP:
    case AST_DICT:
    case AST_SET:
    case AST_LIST_COMP:
    case AST_SET_COMP:
    case AST_DICT_COMP:
    case AST_GENERATOR_EXP:
    case AST_AWAIT:
    case AST_YIELD:
    case AST_YIELD_FROM:
    case AST_COMPARE:
    case AST_CALL:
    case AST_FORMATTED_VALUE:
    case AST_JOINED_STR:
    case AST_CONSTANT:
    case AST_STARRED:
    case AST_LIST:
    case AST_TUPLE:
    case AST_SLICE:
    AST_CASES_STMT:
    AST_CASES_OTHER: lw_unsupported(c, t->span, "augmented assignment to %s", lw_describe(t->kind)); return;
    }
}

static void lower_delete_target(LwCtx *c, const AstNode *t) {
    switch (t->kind) {
    case AST_NAME: lw_delete_name(c, t->u.name.id, t); return;
    case AST_ATTRIBUTE: {
        IrOperand obj = lw_expr(c, t->u.attribute.value);
        const char *attr = lw_mangle(c, t->u.attribute.attr.name);
        IrOperand a[2] = {obj, lw_str(c, attr, strlen(attr))};
        lw_call_s(c, "py2c_delattr", a, 2, lw_loc(c, t));
        lw_release(c, obj);
        return;
    }
    case AST_SUBSCRIPT: {
        AstNode *parts[2] = {t->u.subscript.value, t->u.subscript.slice};
        IrOperand v[2];
        lw_exprs(c, parts, 2, v);
        lw_call_s(c, "py2c_delitem", v, 2, lw_loc(c, t));
        lw_release(c, v[0]);
        lw_release(c, v[1]);
        return;
    }
    case AST_TUPLE:
    case AST_LIST:
        for (int i = 0; i < t->u.seq.elts.len; i++) lower_delete_target(c, t->u.seq.elts.items[i]);
        return;
    case AST_BOOL_OP:
    case AST_NAMED_EXPR:
    case AST_BIN_OP:
    case AST_UNARY_OP:
    case AST_LAMBDA:
    case AST_IF_EXP:
    case AST_DICT:
    case AST_SET:
    case AST_LIST_COMP:
    case AST_SET_COMP:
    case AST_DICT_COMP:
    case AST_GENERATOR_EXP:
    case AST_AWAIT:
    case AST_YIELD:
    case AST_YIELD_FROM:
    case AST_COMPARE:
    case AST_CALL:
    case AST_FORMATTED_VALUE:
    case AST_JOINED_STR:
    case AST_CONSTANT:
    case AST_STARRED:
    case AST_SLICE:
    AST_CASES_STMT:
    AST_CASES_OTHER: lw_unsupported(c, t->span, "deleting %s", lw_describe(t->kind)); return;
    }
}

static void lower_raise(LwCtx *c, const AstNode *s) {
    if (!s->u.raise.exc) {
        IrOperand d = lw_temp(c);
        lw_call_to(c, "py2c_reraise", NULL, 0, -1, IR_CHECK_NONE)->dest = d;
        lw_moved(c, d);
        unwind_to(c, lw_handler(c));
        return;
    }
    IrOperand x = lw_expr(c, s->u.raise.exc);
    if (s->u.raise.cause && x.kind != IR_OPND_TEMP && x.kind != IR_OPND_CONST && x.kind != IR_OPND_C) x = lw_own(c, x);
    IrOperand y = s->u.raise.cause ? lw_expr(c, s->u.raise.cause) : lw_absent;
    IrOperand a[2] = {x, y};
    lw_call_raise(c, "py2c_raise", a, 2, lw_loc(c, s));
    lw_release(c, x);
    lw_release(c, y);
}

/* Where CPython 3.11 reports a failed assert: its compiler_jump_if leaves the
 * location of a comparison test (also under `not` and as the last operand of
 * and/or) in place for the raise; any other test gives the statement's. */
static const AstNode *assert_loc_node(const AstNode *s) {
    const AstNode *t = s->u.assert_.test;
    for (;;) {
        if (t->kind == AST_COMPARE) return t;
        if (t->kind == AST_UNARY_OP && t->u.unary_op.op == AST_OP_NOT) t = t->u.unary_op.operand;
        else if (t->kind == AST_BOOL_OP) t = t->u.bool_op.values.items[t->u.bool_op.values.len - 1];
        else return s;
    }
}

static void lower_assert(LwCtx *c, const AstNode *s) {
    int ok = lw_new_label(c);
    lw_jump_if(c, s->u.assert_.test, true, ok);
    int loc = lw_loc(c, assert_loc_node(s));
    IrOperand type = lw_c("py2c_type_value(&py2c_exc_AssertionError)");
    IrOperand exc = type;
    if (s->u.assert_.msg) {
        IrOperand m = lw_expr(c, s->u.assert_.msg);
        IrOperand a[4] = {type, lw_array(c, &m, 1), lw_c("1"), lw_absent};
        exc = lw_call_v(c, "py2c_call", a, 4, loc);
        lw_release(c, m);
    }
    IrOperand a[2] = {exc, lw_absent};
    lw_call_raise(c, "py2c_raise", a, 2, loc);
    lw_release(c, exc);
    lw_label(c, ok);
}

/* A C string literal for an identifier (ASCII as is, other bytes in octal). */
IrOperand lw_c_string(LwCtx *c, const char *s) {
    StrBuf sb;
    sb_init(&sb);
    sb_putc(&sb, '"');
    for (const char *p = s; *p; p++) {
        unsigned char ch = (unsigned char)*p;
        if (ch < 0x20 || ch >= 0x7f || ch == '"' || ch == '\\' || ch == '?') sb_printf(&sb, "\\%03o", ch);
        else sb_putc(&sb, (char)ch);
    }
    sb_putc(&sb, '"');
    IrOperand o = lw_c(arena_strndup(&c->m->arena, sb.data, sb.len));
    sb_free(&sb);
    return o;
}

/* Decorators are evaluated top to bottom before the def/class (each held
 * until it is applied, as on CPython's stack), then applied bottom-up; a
 * failing call is reported at the decorator expression, as CPython does. */
static IrOperand *eval_decorators(LwCtx *c, const AstList *decos) {
    if (decos->len == 0) return NULL;
    IrOperand *v = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, decos->len);
    for (int i = 0; i < decos->len; i++) v[i] = lw_own(c, lw_expr(c, decos->items[i]));
    return v;
}

static IrOperand apply_decorators(LwCtx *c, const AstList *decos, IrOperand *v, IrOperand obj) {
    for (int i = decos->len - 1; i >= 0; i--) {
        IrOperand a[4] = {v[i], lw_array(c, &obj, 1), lw_c("1"), lw_absent};
        IrOperand r = lw_call_v(c, "py2c_call", a, 4, lw_loc(c, decos->items[i]));
        lw_release(c, obj);
        lw_release(c, v[i]);
        obj = r;
    }
    return obj;
}

/* The docstring of a body (CPython's _PyAST_GetDocString), or NULL. */
const AstConst *lw_docstring_const(const AstList *body) {
    if (body->len == 0) return NULL;
    const AstNode *s = body->items[0];
    if (s->kind != AST_EXPR || s->u.expr.value->kind != AST_CONSTANT) return NULL;
    const AstConst *k = &s->u.expr.value->u.constant;
    return k->kind == AST_CONST_STR ? k : NULL;
}

const char *lw_docstring(LwCtx *c, const AstList *body) {
    const AstConst *k = lw_docstring_const(body);
    return k ? arena_strndup(&c->m->arena, k->data, k->len) : NULL;
}

/* Whether a body has annotations CPython stores (its find_ann: annotated
 * assignments anywhere but in nested defs and classes). */
bool lw_has_annotations(const AstList *body) {
    for (int i = 0; i < body->len; i++) {
        const AstNode *s = body->items[i];
        switch (s->kind) {
        case AST_ANN_ASSIGN: return true;
        case AST_FOR:
        case AST_ASYNC_FOR:
            if (lw_has_annotations(&s->u.for_.body) || lw_has_annotations(&s->u.for_.orelse)) return true;
            break;
        case AST_WHILE:
            if (lw_has_annotations(&s->u.while_.body) || lw_has_annotations(&s->u.while_.orelse)) return true;
            break;
        case AST_IF:
            if (lw_has_annotations(&s->u.if_.body) || lw_has_annotations(&s->u.if_.orelse)) return true;
            break;
        case AST_WITH:
        case AST_ASYNC_WITH:
            if (lw_has_annotations(&s->u.with.body)) return true;
            break;
        case AST_TRY:
        case AST_TRY_STAR:
            if (lw_has_annotations(&s->u.try_.body) || lw_has_annotations(&s->u.try_.orelse) ||
                lw_has_annotations(&s->u.try_.finalbody))
                return true;
            for (int k = 0; k < s->u.try_.handlers.len; k++)
                if (lw_has_annotations(&s->u.try_.handlers.items[k]->u.except_handler.body)) return true;
            break;
        case AST_MATCH:
            for (int k = 0; k < s->u.match.cases.len; k++)
                if (lw_has_annotations(&s->u.match.cases.items[k]->u.match_case.body)) return true;
            break;
        case AST_FUNCTION_DEF:
        case AST_ASYNC_FUNCTION_DEF:
        case AST_CLASS_DEF:
        case AST_RETURN:
        case AST_DELETE:
        case AST_ASSIGN:
        case AST_AUG_ASSIGN:
        case AST_RAISE:
        case AST_ASSERT:
        case AST_IMPORT:
        case AST_IMPORT_FROM:
        case AST_GLOBAL:
        case AST_NONLOCAL:
        case AST_EXPR:
        case AST_PASS:
        case AST_BREAK:
        case AST_CONTINUE: break;
        AST_CASES_EXPR:
        AST_CASES_OTHER: break;
        }
    }
    return false;
}

/* Builtin types py2c's runtime cannot derive classes from: a transpile-time
 * error rather than a program that fails when the class is created. */
static const char *const unsubclassable[] = {"int", "float", "str", "bytes", "set", "frozenset", "list", "dict"};

static bool check_bases(LwCtx *c, const AstList *bases) {
    bool ok = true;
    for (int i = 0; i < bases->len; i++) {
        const AstNode *b = bases->items[i];
        if (b->kind != AST_NAME || !lw_is_builtin(c, b->u.name.id)) continue;
        for (size_t k = 0; k < ARRAY_LEN(unsubclassable); k++)
            if (strcmp(b->u.name.id, unsubclassable[k]) == 0) {
                lw_unsupported(c, b->span, "subclassing the builtin '%s'", b->u.name.id);
                ok = false;
            }
    }
    return ok;
}

/* ns[name] = v (v borrowed). */
static void ns_set(LwCtx *c, IrOperand ns, const char *name, IrOperand v, int loc) {
    IrOperand a[3] = {ns, lw_str(c, name, strlen(name)), v};
    lw_call_s(c, "py2c_dict_setitem", a, 3, loc);
}

/* The code of a class body: ns = {}; __module__, __qualname__, the
 * docstring's __doc__ and an __annotations__ dict are bound first, as
 * CPython's class body function does; then the body; ns is returned. */
static void class_body(LwCtx *c, const AstNode *s) {
    int loc = lw_loc(c, s);
    IrOperand ns = lw_call_v(c, "py2c_dict_new", NULL, 0, loc);
    c->fn->class_ns = ns;
    /* __module__ = __name__ (LOAD_NAME: the globals' __name__) */
    IrOperand mod = lw_load_name(c, "__name__", s);
    ns_set(c, ns, "__module__", mod, loc);
    lw_release(c, mod);
    const char *qualname = c->fn->scope->qualname;
    ns_set(c, ns, "__qualname__", lw_str(c, qualname, strlen(qualname)), loc);
    const AstConst *doc = lw_docstring_const(&s->u.class_def.body);
    if (doc) ns_set(c, ns, "__doc__", lw_str(c, doc->data, doc->len), loc);
    if (lw_has_annotations(&s->u.class_def.body)) {
        IrOperand ann = lw_call_v(c, "py2c_dict_new", NULL, 0, loc);
        ns_set(c, ns, "__annotations__", ann, loc);
        lw_release(c, ann);
    }
    lw_stmts(c, &s->u.class_def.body);
    lw_store(c, result_slot(), ns, false);
    lw_emit(c, IR_RETURN);
}

/* class Name(bases): body -- decorators, then bases, then the body's code
 * makes the namespace the class is created from; decorators apply to the
 * class. */
static void lower_class(LwCtx *c, const AstNode *s) {
    const AstList *bases = &s->u.class_def.bases;
    if (s->u.class_def.keywords.len > 0) {
        const AstNode *k = s->u.class_def.keywords.items[0];
        if (k->u.keyword.arg.name && strcmp(k->u.keyword.arg.name, "metaclass") == 0)
            lw_unsupported(c, k->span, "a metaclass");
        else
            lw_unsupported(c, k->span, "a class keyword argument");
        return;
    }
    if (!check_bases(c, bases)) return;
    int loc = lw_loc(c, s);
    IrOperand *decos = eval_decorators(c, &s->u.class_def.decorator_list);
    IrOperand *bv = ARENA_NEW_ARRAY(&c->m->arena, IrOperand, bases->len ? bases->len : 1);
    lw_exprs(c, bases->items, bases->len, bv);
    IrOperand pa[2] = {lw_cf(c, "%d", bases->len), lw_array(c, bv, bases->len)};
    IrOperand tuple = lw_call_v(c, "py2c_tuple_pack", pa, 2, loc);
    for (int i = 0; i < bases->len; i++) lw_release(c, bv[i]);
    ResScope *scope = res_scope_of(&c->res, s);
    IrOperand cell = lw_absent;
    if (scope->class_cell) {
        IrOperand null = lw_absent;
        cell = lw_call_v(c, "py2c_cell_new", &null, 1, loc);
    }
    IrOperand ns = lw_class_body(c, s, cell, class_body);
    const char *module = c->m->py_module ? c->m->py_module : "__main__";
    IrOperand a[5] = {lw_c_string(c, s->u.class_def.name.name), lw_c_string(c, scope->qualname), lw_c_string(c, module),
                      tuple, ns};
    IrOperand cls = lw_class_new(c, s, a, loc);
    lw_release(c, tuple);
    lw_release(c, ns);
    if (scope->class_cell) {
        /* type.__new__ fills the __class__ cell (__classcell__) */
        lw_store(c, (IrOperand){IR_OPND_CELL_REF, cell.index, NULL, NULL, 0}, cls, true);
        lw_release(c, cell);
    }
    cls = apply_decorators(c, &s->u.class_def.decorator_list, decos, cls);
    lw_store_name(c, s->u.class_def.name.name, cls, false, s);
}

/* target: annotation [= value]. In a module or class body the annotation is
 * evaluated (after the assignment) and, for a plain name, stored in
 * __annotations__ (CPython's compiler_annassign without `from __future__
 * import annotations`); in a function it is not evaluated at all. */
static void lower_ann_assign(LwCtx *c, const AstNode *s) {
    const AstNode *t = s->u.ann_assign.target;
    if (s->u.ann_assign.value) lw_assign(c, t, lw_expr(c, s->u.ann_assign.value), false);
    ResScopeKind sk = c->fn->scope->kind;
    if (sk != RES_MODULE && sk != RES_CLASS) return;
    if (t->kind == AST_NAME && s->u.ann_assign.simple) {
        IrOperand v = lw_own(c, lw_expr(c, s->u.ann_assign.annotation));
        IrOperand ann = lw_own(c, lw_load_name(c, "__annotations__", s));
        const char *key = lw_mangle(c, t->u.name.id);
        IrOperand a[3] = {ann, lw_str(c, key, strlen(key)), v};
        lw_call_s(c, "py2c_fast_setitem", a, 3, lw_loc(c, s));
        lw_release(c, ann);
        lw_release(c, v);
        return;
    }
    if (!s->u.ann_assign.value) {
        /* the target's parts are evaluated (and dropped) */
        if (t->kind == AST_ATTRIBUTE) {
            lw_release(c, lw_expr(c, t->u.attribute.value));
        } else if (t->kind == AST_SUBSCRIPT) {
            lw_release(c, lw_expr(c, t->u.subscript.value));
            lw_release(c, lw_expr(c, t->u.subscript.slice));
        }
    }
    lw_release(c, lw_expr(c, s->u.ann_assign.annotation));
}

static void lower_stmt(LwCtx *c, const AstNode *s) {
    lw_emit(c, IR_LINE)->index = s->span.line;
    c->fn->ints = 0;
    switch (s->kind) {
    case AST_EXPR: {
        /* a lone constant (a docstring) does nothing; CPython drops it too */
        if (s->u.expr.value->kind == AST_CONSTANT) return;
        lw_release(c, lw_expr(c, s->u.expr.value));
        return;
    }
    case AST_ASSIGN: {
        if (lw_unboxed_assign(c, s) || lower_parallel_assign(c, s)) return;
        IrOperand v = lw_expr(c, s->u.assign.value);
        int n = s->u.assign.targets.len;
        for (int i = 0; i < n; i++) lw_assign(c, s->u.assign.targets.items[i], v, i + 1 < n);
        return;
    }
    case AST_AUG_ASSIGN: lower_aug_assign(c, s); return;
    case AST_ANN_ASSIGN: lower_ann_assign(c, s); return;
    case AST_DELETE:
        for (int i = 0; i < s->u.delete_.targets.len; i++) lower_delete_target(c, s->u.delete_.targets.items[i]);
        return;
    case AST_PASS:
    case AST_GLOBAL:
    case AST_NONLOCAL: return;
    case AST_IF: lower_if(c, s); return;
    case AST_WHILE: lower_while(c, s); return;
    case AST_FOR:
    case AST_ASYNC_FOR: lower_for(c, s); return;
    case AST_BREAK:
    case AST_CONTINUE: lower_break_continue(c, s); return;
    case AST_RETURN: lower_return(c, s); return;
    case AST_RAISE: lower_raise(c, s); return;
    case AST_TRY:
        if (s->u.try_.finalbody.len > 0) lower_try_finally(c, s);
        else lower_try_except(c, s);
        return;
    case AST_ASSERT: lower_assert(c, s); return;
    case AST_IMPORT:
    case AST_IMPORT_FROM: lw_import(c, s); return;
    case AST_FUNCTION_DEF: {
        IrOperand *decos = eval_decorators(c, &s->u.function_def.decorator_list);
        IrOperand f = lw_make_function(c, s);
        f = apply_decorators(c, &s->u.function_def.decorator_list, decos, f);
        lw_store_name(c, s->u.function_def.name.name, f, false, s);
        return;
    }
    case AST_CLASS_DEF: lower_class(c, s); return;
    case AST_WITH: lower_with(c, s, 0); return;
    case AST_ASYNC_FUNCTION_DEF:
    case AST_ASYNC_WITH:
    case AST_MATCH:
    case AST_TRY_STAR: lw_unsupported(c, s->span, "%s", lw_describe(s->kind)); return;
    AST_CASES_EXPR:
    AST_CASES_OTHER: break;
    }
    INTERNAL_ERROR("%s node in statement position", ast_kind_name(s->kind));
}
