/* Shared by the libFuzzer targets (tests/fuzz/fuzz.mk, docs/fuzzing.md): the
 * input bytes as a SourceFile, as source_load would make it from a file. */
#ifndef PY2C_FUZZ_COMMON_H
#define PY2C_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "common/diag.h"
#include "common/source.h"

/* source_load's treatment of the bytes: a UTF-8 byte order mark is dropped. */
static SourceFile *fuzz_source(const uint8_t *data, size_t size) {
    const char *text = (const char *)data;
    size_t skip = size >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    SourceFile *src = source_from_text("fuzz.py", text + skip, (uint32_t)(size - skip));
    src->had_bom = skip != 0;
    return src;
}

/* Diagnostics are printed (both forms) so that their formatting is fuzzed too,
 * into /dev/null. */
static void fuzz_print_diags(DiagList *d) {
    static FILE *null_out;
    if (!null_out) null_out = fopen("/dev/null", "w");
    if (!null_out) return;
    diag_sort(d);
    diag_print_text(d, null_out, false);
    diag_print_json(d, null_out);
}

#endif
