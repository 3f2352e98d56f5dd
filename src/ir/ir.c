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

static const char *const binop_names[] = {
#define X(k, n, f) n,
    IR_BINOPS(X)
#undef X
};
static const char *const unop_names[] = {
#define X(k, n, f) n,
    IR_UNOPS(X)
#undef X
};
static const char *const cmpop_names[] = {
#define X(k, n, f) n,
    IR_CMPOPS(X)
#undef X
};

const char *ir_binop_name(IrBinOp op) {
    if ((unsigned)op >= ARRAY_LEN(binop_names)) INTERNAL_ERROR("bad IR binary operator %d", (int)op);
    return binop_names[op];
}

const char *ir_unop_name(IrUnOp op) {
    if ((unsigned)op >= ARRAY_LEN(unop_names)) INTERNAL_ERROR("bad IR unary operator %d", (int)op);
    return unop_names[op];
}

const char *ir_cmpop_name(IrCmpOp op) {
    if ((unsigned)op >= ARRAY_LEN(cmpop_names)) INTERNAL_ERROR("bad IR comparison operator %d", (int)op);
    return cmpop_names[op];
}
