/* C emission: IR -> one C11 translation unit that includes <py2c.h>. */
#ifndef PY2C_EMIT_H
#define PY2C_EMIT_H

#include <stdbool.h>

#include "common/strbuf.h"
#include "ir/ir.h"

/* How to emit (NULL: the defaults, all false). */
typedef struct EmOptions {
    bool no_line_directives; /* no `#line N "file.py"` before each statement (--no-line-directives) */
    const char *c_file;      /* the C file's name for the `#line` directives back to its own lines */
} EmOptions;

/* Appends the C text of ir to out. Output is deterministic. */
void em_emit_c(const IrModule *ir, const EmOptions *opts, StrBuf *out);

/* What the emitter needs to know of each module of a program. */
typedef struct EmModuleInfo {
    const char *name; /* __name__ ("__main__" for the first) */
    int parent;       /* index of its package, or -1 */
    bool is_package;
} EmModuleInfo;

/* Appends the C text of a whole program: mods[0] is the main module, the
 * others the modules it imports (lowered with lw_import_set_program's
 * indices: module k is the C object pmod_<k>). n == 1 is em_emit_c. */
void em_emit_program(const IrModule *const *mods, const EmModuleInfo *info, int n, const EmOptions *opts,
                     StrBuf *out);

#endif
