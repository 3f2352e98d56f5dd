/* Definite assignment: drops the "is it bound?" checks (IR_BOUND) of plain
 * locals that every path to the read has already assigned, as CPython's
 * compiler drops them for LOAD_FAST. A forward data-flow over the flat
 * instruction list: a local is definitely bound after a store or a passed
 * check, unbound again after a clear (del, the end of an except clause);
 * paths meet by intersection. Cells are left alone: inner functions can
 * rebind or delete them. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "lower/lw_internal.h"

typedef uint64_t Word;

static int local_var(const IrFunc *f, IrOperand o) {
    if (o.kind != IR_OPND_VAR || f->vars[o.index].kind != IR_VAR_LOCAL) return -1;
    return o.index;
}

/* Whether control can go on to the next instruction. */
static bool falls_through(const IrInstr *in) {
    switch (in->kind) {
    case IR_JUMP:
    case IR_UNWIND:
    case IR_RETURN: return false;
    case IR_CALL: return in->check != IR_CHECK_FAIL;
    default: return true;
    }
}

void lw_prune_bound_checks(IrFunc *f) {
    int n = f->ncode, nw = (f->nvars + 63) / 64;
    if (n == 0 || nw == 0) return;
    int *label_at, *handler_at;
    ir_jump_targets(f, &label_at, &handler_at);
    /* in[i]: facts before instruction i; all-ones = not reached yet */
    Word *in = xmalloc(sizeof(Word) * (size_t)n * (size_t)nw);
    memset(in, 0xff, sizeof(Word) * (size_t)n * (size_t)nw);
    bool *reached = xmalloc(sizeof(bool) * (size_t)n);
    memset(reached, 0, sizeof(bool) * (size_t)n);
    Word *cur = xmalloc(sizeof(Word) * (size_t)nw);
    memset(in, 0, sizeof(Word) * (size_t)nw);
    for (int v = 0; v < f->nvars; v++)
        if (f->vars[v].param >= 0 && f->vars[v].kind == IR_VAR_LOCAL) in[v / 64] |= (Word)1 << (v % 64);
    reached[0] = true;
    int *work = xmalloc(sizeof(int) * (size_t)n * 4 + 16);
    int nwork = 0;
    work[nwork++] = 0;
    bool *queued = xmalloc(sizeof(bool) * (size_t)n);
    memset(queued, 0, sizeof(bool) * (size_t)n);
    queued[0] = true;
    while (nwork > 0) {
        int i = work[--nwork];
        queued[i] = false;
        const IrInstr *ins = &f->code[i];
        memcpy(cur, &in[(size_t)i * (size_t)nw], sizeof(Word) * (size_t)nw);
        /* an exception raised by this instruction leaves with the facts before it */
        int succ[3], ns = 0;
        const Word *facts[3];
        if ((ins->loc >= 0 || ins->kind == IR_UNWIND) && ins->handler > 0) {
            facts[ns] = &in[(size_t)i * (size_t)nw];
            succ[ns++] = handler_at[ins->handler];
        }
        int v;
        switch (ins->kind) {
        case IR_STORE:
            if ((v = local_var(f, ins->dest)) >= 0) cur[v / 64] |= (Word)1 << (v % 64);
            break;
        case IR_CLEAR:
            if ((v = local_var(f, ins->dest)) >= 0) cur[v / 64] &= ~((Word)1 << (v % 64));
            break;
        case IR_BOUND:
            if ((v = local_var(f, ins->args[0])) >= 0) cur[v / 64] |= (Word)1 << (v % 64);
            break;
        default: break;
        }
        if (ins->kind == IR_JUMP || ins->kind == IR_BRANCH || ins->kind == IR_FOR_ITER) {
            facts[ns] = cur;
            succ[ns++] = label_at[ins->index];
        }
        if (falls_through(ins) && i + 1 < n) {
            facts[ns] = cur;
            succ[ns++] = i + 1;
        }
        for (int k = 0; k < ns; k++) {
            int s = succ[k];
            if (s < 0) continue;
            Word *dst = &in[(size_t)s * (size_t)nw];
            bool changed = !reached[s];
            for (int w = 0; w < nw; w++) {
                Word nv = reached[s] ? (dst[w] & facts[k][w]) : facts[k][w];
                if (nv != dst[w]) changed = true;
                dst[w] = nv;
            }
            reached[s] = true;
            if (changed && !queued[s]) {
                queued[s] = true;
                work[nwork++] = s;
            }
        }
    }
    /* drop the checks that cannot fail */
    int out = 0;
    for (int i = 0; i < n; i++) {
        const IrInstr *ins = &f->code[i];
        int v;
        if (ins->kind == IR_BOUND && reached[i] && (v = local_var(f, ins->args[0])) >= 0 &&
            (in[(size_t)i * (size_t)nw + (size_t)(v / 64)] >> (v % 64) & 1))
            continue;
        f->code[out++] = *ins;
    }
    f->ncode = out;
    free(label_at);
    free(handler_at);
    free(in);
    free(reached);
    free(cur);
    free(work);
    free(queued);
}
