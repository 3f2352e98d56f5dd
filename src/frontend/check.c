/* CPython's syntax checks beyond the grammar. (stub: to be written) */
#include "frontend/fe_internal.h"

void fe_check_module(FeCtx *c, AstNode *module) { (void)c; (void)module; }
