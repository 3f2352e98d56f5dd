/* AST -> JSON. (stub: to be written) */
#include "ir/ast_json.h"

void ast_json_write(const AstModule *m, StrBuf *out) { (void)m; sb_puts(out, "{}\n"); }
