/* Which value temporaries (and the result slot) may hold a reference where
 * (issue #7, call overhead): a forward "may be non-NULL" data-flow over a
 * function's flat instruction list, so that the epilogue releases only the
 * temporaries some path can still hold there instead of all of them, and a
 * store into an empty result slot does not release its old value.
 *
 * Every temporary starts PY2C_NULL (the prologue sets them). A temporary
 * becomes possibly non-NULL where an instruction writes it (a call's dest,
 * a store's dest, FOR_ITER, MAKE_GEN; an &t[k] argument: t[k] and every
 * temporary after it, as py2c_unpack writes an array), and NULL again
 * where the emitted C leaves it empty: CLEAR, a store that moves it, a
 * direct call or MAKE_GEN that takes it, a handler's release of everything
 * from its watermark up. Paths meet by union. An instruction that can raise
 * sends the facts before it (plus what it wrote) to its handler, or to the
 * function's error exit. Generators (whose frames persist across resumes)
 * are not analysed. */
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "emit/em_internal.h"

static void set_bit(EmWord *s, int b) { s[b / 64] |= (EmWord)1 << (b % 64); }
static void clear_bit(EmWord *s, int b) { s[b / 64] &= ~((EmWord)1 << (b % 64)); }

bool em_live_has(const EmWord *s, int bit) { return (s[bit / 64] >> (bit % 64)) & 1; }

/* The bit of a value operand the analysis tracks: t[k] -> k, result -> ntemps. */
static int bit_of(const IrFunc *f, IrOperand o) {
    if (o.kind == IR_OPND_TEMP) return o.index;
    if (o.kind == IR_OPND_RESULT) return f->ntemps;
    return -1;
}

/* &t[k] arguments: the callee may write t[k] and, for an array of results
 * (py2c_unpack), the temporaries after it. */
static void add_addrs(const IrFunc *f, EmWord *s, const IrOperand *ops, int n) {
    for (int i = 0; i < n; i++) {
        if (ops[i].kind == IR_OPND_ADDR)
            for (int k = ops[i].index; k < f->ntemps; k++) set_bit(s, k);
        else if (ops[i].kind == IR_OPND_ARRAY) add_addrs(f, s, ops[i].items, ops[i].nitems);
    }
}

static bool falls_through(const IrInstr *in) {
    switch (in->kind) {
    case IR_JUMP:
    case IR_UNWIND:
    case IR_RETURN: return false;
    case IR_CALL: return in->check != IR_CHECK_FAIL;
    case IR_LINE:
    case IR_STORE:
    case IR_CLEAR:
    case IR_BOUND:
    case IR_LABEL:
    case IR_BRANCH:
    case IR_FOR_ITER:
    case IR_HANDLER:
    case IR_YIELD:
    case IR_MAKE_GEN: return true;
    }
    return true;
}

/* Joins facts into dst; whether dst changed. */
static bool join(EmWord *dst, const EmWord *facts, int nw) {
    bool changed = false;
    for (int w = 0; w < nw; w++) {
        EmWord nv = dst[w] | facts[w];
        changed |= nv != dst[w];
        dst[w] = nv;
    }
    return changed;
}

EmLive *em_live_new(const IrFunc *f) {
    if (f->kind == IR_FUNC_GENERATOR) return NULL;
    int n = f->ncode, nw = (f->ntemps + 1 + 63) / 64;
    EmLive *l = xmalloc(sizeof *l);
    l->nw = nw;
    l->in = xmalloc(sizeof(EmWord) * ((size_t)n + 1) * (size_t)nw);
    memset(l->in, 0, sizeof(EmWord) * ((size_t)n + 1) * (size_t)nw);
    l->err = xmalloc(sizeof(EmWord) * 2 * (size_t)nw);
    memset(l->err, 0, sizeof(EmWord) * 2 * (size_t)nw);
    l->ret = l->err + nw;
    int *label_at, *handler_at;
    ir_jump_targets(f, &label_at, &handler_at);
    bool *queued = xmalloc(sizeof(bool) * 2 * ((size_t)n + 1));
    memset(queued, 0, sizeof(bool) * 2 * ((size_t)n + 1));
    bool *reached = queued + n + 1;
    int *work = xmalloc(sizeof(int) * ((size_t)n + 1));
    int nwork = 0;
    EmWord *cur = xmalloc(sizeof(EmWord) * (size_t)nw * 2);
    EmWord *err = cur + nw;
    if (n > 0) {
        work[nwork++] = 0;
        queued[0] = reached[0] = true;
    }
    while (nwork > 0) {
        int i = work[--nwork];
        queued[i] = false;
        const IrInstr *in = &f->code[i];
        const EmWord *before = &l->in[(size_t)i * (size_t)nw];
        memcpy(cur, before, sizeof(EmWord) * (size_t)nw);
        memcpy(err, before, sizeof(EmWord) * (size_t)nw);
        int b;
        switch (in->kind) {
        case IR_CALL:
            add_addrs(f, cur, in->args, in->nargs);
            add_addrs(f, err, in->args, in->nargs);
            if ((b = bit_of(f, in->dest)) >= 0) {
                set_bit(cur, b);
                if (in->check != IR_CHECK_NULL) set_bit(err, b);
            }
            if (in->direct && in->nargs == 2 && in->args[1].kind == IR_OPND_ARRAY)
                for (int k = 0; k < in->args[1].nitems; k++)
                    if ((b = bit_of(f, in->args[1].items[k])) >= 0) {
                        clear_bit(cur, b);
                        clear_bit(err, b);
                    }
            break;
        case IR_STORE:
            if (!in->keep && (b = bit_of(f, in->args[0])) >= 0) clear_bit(cur, b);
            if ((b = bit_of(f, in->dest)) >= 0) set_bit(cur, b);
            break;
        case IR_CLEAR:
            if ((b = bit_of(f, in->dest)) >= 0) clear_bit(cur, b);
            break;
        case IR_FOR_ITER: /* exhausted or failed: the dest is PY2C_NULL */
            if ((b = bit_of(f, in->dest)) >= 0) set_bit(cur, b);
            break;
        case IR_HANDLER:
            for (int k = in->watermark; k < f->ntemps; k++) clear_bit(cur, k);
            break;
        case IR_MAKE_GEN:
            if ((b = bit_of(f, in->args[0])) >= 0) clear_bit(cur, b);
            if ((b = bit_of(f, in->dest)) >= 0) set_bit(cur, b);
            break;
        case IR_YIELD: /* (generators only: not analysed) */
        case IR_LINE:
        case IR_BOUND:
        case IR_LABEL:
        case IR_JUMP:
        case IR_BRANCH:
        case IR_UNWIND:
        case IR_RETURN: break;
        }
        int succ[4], ns = 0;
        const EmWord *facts[4];
        if (in->loc >= 0 || in->kind == IR_UNWIND) {
            const EmWord *ef = in->kind == IR_UNWIND ? before : err;
            if (in->handler > 0) {
                facts[ns] = ef;
                succ[ns++] = handler_at[in->handler];
            } else {
                join(l->err, ef, nw);
            }
        }
        if (in->kind == IR_FOR_ITER) {
            facts[ns] = before; /* exhausted: dest PY2C_NULL */
            succ[ns++] = label_at[in->index];
        } else if (in->kind == IR_JUMP || in->kind == IR_BRANCH) {
            facts[ns] = cur;
            succ[ns++] = label_at[in->index];
        }
        if (in->kind == IR_RETURN) join(l->ret, cur, nw);
        if (falls_through(in)) {
            if (i + 1 < n) {
                facts[ns] = cur;
                succ[ns++] = i + 1;
            } else { /* (lowering always ends with a return) */
                join(l->ret, cur, nw);
                join(l->err, cur, nw);
            }
        }
        for (int k = 0; k < ns; k++) {
            int s = succ[k];
            if (s < 0) INTERNAL_ERROR("a jump to a missing label or handler in %s", f->c_name);
            bool changed = join(&l->in[(size_t)s * (size_t)nw], facts[k], nw) || !reached[s];
            reached[s] = true;
            if (changed && !queued[s]) {
                queued[s] = true;
                work[nwork++] = s;
            }
        }
    }
    free(label_at);
    free(handler_at);
    free(queued);
    free(work);
    free(cur);
    return l;
}

void em_live_free(EmLive *l) {
    if (!l) return;
    free(l->in);
    free(l->err);
    free(l);
}
