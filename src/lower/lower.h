/* Lowering: AST -> IR (ir/ir.h). Scope resolution, type inference and the
 * recognition of concurrency patterns live here. */
#ifndef PY2C_LOWER_H
#define PY2C_LOWER_H

#include "common/diag.h"
#include "ir/ast.h"
#include "ir/ir.h"

/* Lowers a syntactically valid module. Constructs py2c does not support yet are
 * reported into diags as "unsupported" errors with their location; the result
 * (freed with ir_module_free) is then not to be emitted. */
IrModule *lw_lower(const AstModule *m, DiagList *diags);

#endif
