/* `--emit=ast`: the AST as JSON (schema in docs/ast-json.md). */
#ifndef PY2C_IR_AST_JSON_H
#define PY2C_IR_AST_JSON_H

#include "common/strbuf.h"
#include "ir/ast.h"

/* Appends the JSON text of m (with a trailing newline) to out. */
void ast_json_write(const AstModule *m, StrBuf *out);

#endif
