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
