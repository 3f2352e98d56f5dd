/* Lowering: AST -> IR (ir/ir.h). Scope resolution, type inference and the
 * recognition of concurrency patterns live here. */
#ifndef PY2C_LOWER_H
#define PY2C_LOWER_H

#include "common/diag.h"
#include "ir/ast.h"
#include "ir/ir.h"
#include "lower/lw_import.h"

/* Lowers a syntactically valid module. Constructs py2c does not support yet are
 * reported into diags as "unsupported" errors with their location; the result
 * (freed with ir_module_free) is then not to be emitted. */
/* Lowers module `index` of program prog (prog NULL: a one-file program, its
 * module "__main__"). */
IrModule *lw_lower(const AstModule *m, const LwProgram *prog, int index, DiagList *diags);

#endif
