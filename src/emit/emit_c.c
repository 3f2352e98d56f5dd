/* IR -> C. (stub: to be written) */
#include "emit/emit.h"

void em_emit_c(const IrModule *ir, StrBuf *out) { (void)ir; sb_puts(out, "#include <py2c.h>\n"); }
