/* IR. (stub: to be written) */
#include <stdlib.h>
#include "ir/ir.h"

struct IrModule { int unused; };
void ir_module_free(IrModule *m) { free(m); }
