/* libFuzzer target: source bytes -> fe_parse (tree-sitter, CST -> AST, the
 * syntax checks), then either the diagnostics or the AST as JSON
 * (--emit=ast). Any crash, leak, hang or sanitizer report is a bug. */
#include <stddef.h>
#include <stdint.h>

#include "common/strbuf.h"
#include "frontend/frontend.h"
#include "fuzz_common.h"
#include "ir/ast_json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > (1u << 24)) return 0;
    SourceFile *src = fuzz_source(data, size);
    DiagList diags;
    diag_init(&diags);
    AstModule *m = fe_parse(src, &diags);
    if (diags.error_count > 0) {
        fuzz_print_diags(&diags);
    } else {
        StrBuf out;
        sb_init(&out);
        ast_json_write(m, &out);
        sb_free(&out);
    }
    ast_module_free(m);
    diag_free(&diags);
    source_free(src);
    return 0;
}
