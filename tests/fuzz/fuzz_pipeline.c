/* libFuzzer target: the whole transpiler on one module, as src/main.c runs it
 * for `py2c FILE.py` (imports of other program files aside: the input is the
 * whole program, so imports are of the runtime's modules or errors):
 * fe_parse -> ty_analyze (--emit=types) -> lw_lower -> ir_dump (--emit=ir) and
 * em_emit_program (C), or diagnostics. No C compiler runs. */
#include <stddef.h>
#include <stdint.h>

#include "common/strbuf.h"
#include "emit/emit.h"
#include "frontend/frontend.h"
#include "fuzz_common.h"
#include "ir/ir.h"
#include "lower/lower.h"
#include "types/types.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > (1u << 24)) return 0;
    SourceFile *src = fuzz_source(data, size);
    DiagList diags;
    diag_init(&diags);
    AstModule *m = fe_parse(src, &diags);
    if (diags.error_count == 0) {
        StrBuf out;
        sb_init(&out);
        TyModuleIn tm = {m, "__main__", "fuzz.py"};
        TyProgram *tp = ty_analyze(&tm, 1);
        ty_dump(tp, &out);
        ty_program_free(tp);
        sb_free(&out);
        sb_init(&out);

        LwProgModule pm = {"__main__", "fuzz.py", false, -1};
        LwProgram lp = {&pm, 1};
        IrModule *ir = lw_lower(m, &lp, 0, &diags);
        if (ir && diags.error_count == 0) {
            ir_dump(ir, &out);
            sb_free(&out);
            sb_init(&out);
            const IrModule *irs[1] = {ir};
            EmModuleInfo info = {"__main__", -1, false};
            em_emit_program(irs, &info, 1, NULL, &out);
        }
        ir_module_free(ir);
        sb_free(&out);
    }
    if (diags.len > 0) fuzz_print_diags(&diags);
    ast_module_free(m);
    diag_free(&diags);
    source_free(src);
    return 0;
}
