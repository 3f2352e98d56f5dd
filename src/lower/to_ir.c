/* AST -> IR. (stub: to be written) */
#include "lower/lower.h"

IrModule *lw_lower(const AstModule *m, DiagList *diags) { (void)m; (void)diags; return NULL; }
