/* Lowering-internal API: the context shared by the files of src/lower. */
#ifndef PY2C_LOWER_LW_INTERNAL_H
#define PY2C_LOWER_LW_INTERNAL_H

#include "common/diag.h"
#include "common/vec.h"
#include "ir/ast.h"
#include "ir/ir.h"

typedef struct LwCtx {
    IrModule *m;
    const SourceFile *src;
    DiagList *diags;
    VEC(IrConst) consts;
    int nstrs; /* str constants so far */
    /* the function being lowered */
    VEC(IrStmt) stmts;
    VEC(IrLoc) locs;
    int max_temps;
    /* the statement being lowered */
    VEC(IrInstr) instrs;
    int ntemps;
} LwCtx;

/* "unsupported: <what> is not supported yet" at node's location. */
void lw_unsupported(LwCtx *c, Span span, const char *what_fmt, ...) __attribute__((format(printf, 3, 4)));

/* tb_loc.c: the traceback location of an operation that can raise at node
 * (CPython 3.11's line, text and caret line); returns its index in the
 * current function's location table. */
int lw_loc(LwCtx *c, const AstNode *node);

#endif
