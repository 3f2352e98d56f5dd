#include "ir/ir.h"

#include <stdlib.h>

#include "common/util.h"

IrModule *ir_module_new(void) {
    IrModule *m = xmalloc(sizeof *m);
    *m = (IrModule){0};
    arena_init(&m->arena);
    return m;
}

void ir_module_free(IrModule *m) {
    if (!m) return;
    arena_free(&m->arena);
    free(m);
}

void ir_jump_targets(const IrFunc *f, int **label_at, int **handler_at) {
    int *labels = xmalloc(sizeof(int) * (size_t)(f->nlabels + 1));
    int *handlers = xmalloc(sizeof(int) * (size_t)(f->nhandlers + 1));
    for (int i = 0; i <= f->nlabels; i++) labels[i] = -1;
    for (int i = 0; i <= f->nhandlers; i++) handlers[i] = -1;
    for (int i = 0; i < f->ncode; i++) {
        if (f->code[i].kind == IR_LABEL) labels[f->code[i].index] = i;
        if (f->code[i].kind == IR_HANDLER) handlers[f->code[i].index] = i;
    }
    *label_at = labels;
    *handler_at = handlers;
}
