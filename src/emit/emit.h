/* C emission: IR -> one C11 translation unit that includes <py2c.h>. */
#ifndef PY2C_EMIT_H
#define PY2C_EMIT_H

#include "common/strbuf.h"
#include "ir/ir.h"

/* Appends the C text of ir to out. Output is deterministic. */
void em_emit_c(const IrModule *ir, StrBuf *out);

#endif
