/* Unit tests of src/common: arena, StrBuf, VEC, source lines, UTF-8, diagnostics. */
#include <stdlib.h>

#include "common/arena.h"
#include "common/diag.h"
#include "common/source.h"
#include "common/strbuf.h"
#include "common/vec.h"
#include "unit.h"

int unit_failures;

static void test_arena(void) {
    Arena a;
    arena_init(&a);
    char *s = arena_strdup(&a, "hello");
    CHECK_STR(s, "hello");
    CHECK_STR(arena_printf(&a, "%d-%s", 42, "x"), "42-x");
    /* A large allocation gets a chunk of its own and is zeroed. */
    unsigned char *big = arena_alloc(&a, 1 << 20);
    CHECK(big[0] == 0 && big[(1 << 20) - 1] == 0);
    for (int i = 0; i < 10000; i++) CHECK(((uintptr_t)arena_alloc(&a, 3) & (_Alignof(max_align_t) - 1)) == 0);
    arena_free(&a);
}

static void test_strbuf(void) {
    StrBuf sb;
    sb_init(&sb);
    for (int i = 0; i < 1000; i++) sb_putc(&sb, 'a');
    CHECK(sb.len == 1000 && sb.data[1000] == '\0');
    sb_free(&sb);
    sb_init(&sb);
    sb_printf(&sb, "%s=%d", "x", 7);
    sb_put_utf8(&sb, 0xE9);   /* é */
    sb_put_utf8(&sb, 0x20AC); /* € */
    sb_put_utf8(&sb, 0x1F600);
    CHECK_STR(sb.data, "x=7\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
    char *taken = sb_take(&sb);
    CHECK(sb.data == NULL);
    free(taken);
}

static void test_vec(void) {
    VEC(int) v = {0};
    for (int i = 0; i < 100; i++) VEC_PUSH(&v, i * i);
    CHECK(v.len == 100 && v.items[99] == 99 * 99 && VEC_LAST(&v) == 99 * 99);
    CHECK(VEC_POP(&v) == 99 * 99 && v.len == 99);
    VEC_FREE(&v);
    CHECK(v.items == NULL && v.len == 0);
}

static void test_source_lines(void) {
    const char text[] = "a = 1\r\nb = 2\rc = 3\n\nlast";
    SourceFile *src = source_from_text("t.py", text, sizeof text - 1);
    CHECK(src->line_count == 5);
    uint32_t len;
    const char *l = source_line(src, 2, &len);
    CHECK(len == 5 && strncmp(l, "b = 2", 5) == 0);
    l = source_line(src, 3, &len);
    CHECK(len == 5 && strncmp(l, "c = 3", 5) == 0);
    l = source_line(src, 4, &len);
    CHECK(len == 0);
    l = source_line(src, 5, &len);
    CHECK(len == 4 && strncmp(l, "last", 4) == 0);
    source_line(src, 6, &len);
    CHECK(len == 0);
    source_free(src);
}

static void test_utf8(void) {
    CHECK(utf8_valid_prefix("abc", 3) == 3);
    CHECK(utf8_valid_prefix("a\xC3\xA9z", 4) == 4);
    CHECK(utf8_valid_prefix("a\xFFz", 3) == 1);          /* invalid start byte */
    CHECK(utf8_valid_prefix("a\xC0\x80", 3) == 1);       /* overlong NUL */
    CHECK(utf8_valid_prefix("\xED\xA0\x80", 3) == 0);    /* surrogate U+D800 */
    CHECK(utf8_valid_prefix("\xF4\x90\x80\x80", 4) == 0); /* past U+10FFFF */
    CHECK(utf8_valid_prefix("ab\xE2\x82", 4) == 2);      /* truncated */
    CHECK(utf8_count("h\xC3\xA9llo", 6) == 5);
}

static void test_diag_text(void) {
    const char text[] = "x = 1\ny = f() = 2\n";
    SourceFile *src = source_from_text("t.py", text, sizeof text - 1);
    DiagList dl;
    diag_init(&dl);
    Span later = {2, 4, 2, 7, 10, 13};
    Span earlier = {1, 0, 1, 1, 0, 1};
    diag_error(&dl, src, later, "cannot assign to %s", "function call");
    diag_error(&dl, src, earlier, "first");
    diag_sort(&dl);
    FILE *f = tmpfile();
    diag_print_text(&dl, f, false);
    rewind(f);
    char buf[512] = {0};
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    CHECK_STR(buf, "t.py:1:1: error: first\n  x = 1\n  ^\n"
                   "t.py:2:5: error: cannot assign to function call\n  y = f() = 2\n      ^~~\n");
    /* The cap: errors past DIAG_MAX_ERRORS are counted but not kept. */
    for (int i = 0; i < DIAG_MAX_ERRORS + 5; i++) diag_error(&dl, src, earlier, "e%d", i);
    CHECK(dl.truncated && dl.len == DIAG_MAX_ERRORS && dl.error_count == DIAG_MAX_ERRORS + 7);
    diag_free(&dl);
    source_free(src);
}

static void test_diag_display_column(void) {
    const char text[] = "s = '\xC3\xA9\xC3\xA9' + x\n";
    SourceFile *src = source_from_text("t.py", text, sizeof text - 1);
    /* byte column 12 ('x') is the 11th code point: column 11 (1-based) */
    CHECK(diag_display_column(src, 1, 12) == 11);
    source_free(src);
}

int main(void) {
    void (*tests[])(void) = {test_arena, test_strbuf, test_vec, test_source_lines,
                            test_utf8, test_diag_text, test_diag_display_column};
    int passed = 0, failed = 0;
    for (size_t i = 0; i < sizeof tests / sizeof tests[0]; i++) {
        int before = unit_failures;
        tests[i]();
        if (unit_failures == before) passed++;
        else failed++;
    }
    printf("unit: %d passed, %d failed\n", passed, failed);
    return failed != 0;
}
