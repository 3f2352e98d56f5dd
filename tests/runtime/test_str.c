/* str and bytes: methods, operators, repr, %-formatting, str.format and
 * format specs, checked against CPython 3.11's results recorded in
 * test_str_cases.h (regenerate with tests/runtime/test_str_gen.py). */
#include <stdlib.h>
#include <string.h>

#include "rt_test.h"
#include "str_internal.h"

typedef struct StrCase {
    const char *op;
    const char *input; /* receiver, args tuple, keyword arguments: see test_str_gen.py */
    const char *expect;
} StrCase;

#include "test_str_cases.h"

static const char *cursor;

static int hexval(char c) { return c <= '9' ? c - '0' : c - 'a' + 10; }

/* Reads one token's value (a new reference). */
static Py2cValue parse_value(void) {
    while (*cursor == ' ') cursor++;
    char kind = *cursor++;
    const char *start = cursor;
    while (*cursor && *cursor != ' ') cursor++;
    size_t n = (size_t)(cursor - start);
    char text[4096];
    memcpy(text, start, n);
    text[n] = 0;
    switch (kind) {
    case 'N': return PY2C_NONE;
    case 't': return PY2C_TRUE;
    case 'F': return PY2C_FALSE;
    case 'i': {
        long long v = strtoll(text + 1, NULL, 10);
        if (strlen(text + 1) < 15) return py2c_int(v);
        return py2c_int_from_decimal(text + 1);
    }
    case 'f': return py2c_float(strtod(text + 1, NULL));
    case 's':
    case 'b': {
        char buf[2048];
        size_t len = (n - 1) / 2;
        for (size_t i = 0; i < len; i++) buf[i] = (char)(hexval(text[1 + 2 * i]) * 16 + hexval(text[2 + 2 * i]));
        return kind == 's' ? py2c_str_from_utf8(buf, (int64_t)len) : py2c_bytes_from(buf, len);
    }
    case 'T':
    case 'L': {
        int count = atoi(text);
        Py2cValue items[16];
        for (int i = 0; i < count; i++) items[i] = parse_value();
        Py2cValue r;
        if (kind == 'T') {
            r = py2c_tuple_pack((size_t)count, items);
        } else {
            r = py2c_list_new(0);
            for (int i = 0; i < count; i++)
                if (py2c_list_append(r, items[i]) < 0) abort();
        }
        for (int i = 0; i < count; i++) py2c_decref(items[i]);
        return r;
    }
    case 'D': {
        int count = atoi(text);
        Py2cValue d = py2c_dict_new();
        for (int i = 0; i < count; i++) {
            Py2cValue k = parse_value(), v = parse_value();
            if (py2c_dict_setitem(d, k, v) < 0) abort();
            py2c_decref(k);
            py2c_decref(v);
        }
        return d;
    }
    case 'S': {
        Py2cValue a = parse_value(), b = parse_value(), c = parse_value();
        Py2cValue r = py2c_slice_new(a, b, c);
        py2c_decref(a);
        py2c_decref(b);
        py2c_decref(c);
        return r;
    }
    default: fprintf(stderr, "bad token %c\n", kind); abort();
    }
}

static Py2cValue run_case(const StrCase *c) {
    cursor = c->input;
    Py2cValue recv = parse_value();
    Py2cValue args = parse_value();
    while (*cursor == ' ') cursor++;
    int nkw = atoi(cursor + 1);
    cursor = strchr(cursor, ' ') ? strchr(cursor, ' ') : cursor + strlen(cursor);
    Py2cValue argv[16], names[8];
    size_t nargs = (size_t)py2c_tuple_size(args);
    for (size_t i = 0; i < nargs; i++) argv[i] = py2c_tuple_item(args, (int64_t)i);
    for (int k = 0; k < nkw; k++) {
        names[k] = parse_value();
        argv[nargs + (size_t)k] = parse_value();
    }
    Py2cValue kwnames = nkw ? py2c_tuple_pack((size_t)nkw, names) : PY2C_NULL;
    Py2cValue a0 = nargs > 0 ? argv[0] : PY2C_NONE, r;
    const char *op = c->op;
    if (!strcmp(op, "__new__")) {
        const Py2cType *t = py2c_str_equal_cstr(recv, "str") ? &py2c_str_type : &py2c_bytes_type;
        r = py2c_call(py2c_type_value(t), argv, nargs, kwnames);
    } else if (!strcmp(op, "__repr__")) r = py2c_repr(recv);
    else if (!strcmp(op, "__ascii__")) r = py2c_ascii(recv);
    else if (!strcmp(op, "__len__")) {
        int64_t n = py2c_len(recv);
        r = n < 0 ? PY2C_NULL : py2c_int(n);
    } else if (!strcmp(op, "__list__")) r = py2c_list_from_iterable(recv);
    else if (!strcmp(op, "__mod__")) r = py2c_binary_op(recv, a0, PY2C_OP_MOD);
    else if (!strcmp(op, "__format__")) r = py2c_format(recv, a0);
    else if (!strcmp(op, "__getitem__")) r = py2c_getitem(recv, a0);
    else if (!strcmp(op, "__add__")) r = py2c_binary_op(recv, a0, PY2C_OP_ADD);
    else if (!strcmp(op, "__mul__")) r = py2c_binary_op(recv, a0, PY2C_OP_MUL);
    else if (!strcmp(op, "__rmul__")) r = py2c_binary_op(a0, recv, PY2C_OP_MUL);
    else if (!strcmp(op, "__contains__")) {
        int x = py2c_contains(recv, a0);
        r = x < 0 ? PY2C_NULL : py2c_bool(x);
    } else if (!strcmp(op, "__lt__")) r = py2c_compare(recv, a0, PY2C_LT);
    else if (!strcmp(op, "__eq__")) r = py2c_compare(recv, a0, PY2C_EQ);
    else if (!strcmp(op, "__hash_eq__")) r = py2c_bool(py2c_hash(recv) == py2c_hash(a0));
    else {
        Py2cValue name = py2c_str_from_cstr(op);
        r = py2c_call_method(recv, name, argv, nargs, kwnames);
        py2c_decref(name);
    }
    for (int k = 0; k < nkw; k++) {
        py2c_decref(names[k]);
        py2c_decref(argv[nargs + (size_t)k]);
    }
    py2c_decref(kwnames);
    py2c_decref(args);
    py2c_decref(recv);
    return r;
}

/* repr(result), or "ExcType: message". Returns malloc'ed text. */
static char *outcome(Py2cValue r) {
    Py2cValue text;
    char prefix[128] = "";
    if (PY2C_IS_NULL(r)) {
        Py2cValue exc = py2c_error_fetch();
        if (PY2C_IS_NULL(exc)) return strdup("(NULL without exception)");
        snprintf(prefix, sizeof prefix, "%s: ", py2c_type_name(exc));
        text = py2c_str(exc);
        py2c_decref(exc);
    } else {
        text = py2c_repr(r);
        py2c_decref(r);
    }
    if (PY2C_IS_NULL(text)) {
        py2c_error_clear();
        return strdup("(repr failed)");
    }
    int64_t len;
    const char *t = py2c_str_utf8(text, &len);
    char *out = malloc(strlen(prefix) + (size_t)len + 1);
    strcpy(out, prefix);
    memcpy(out + strlen(prefix), t, (size_t)len);
    out[strlen(prefix) + (size_t)len] = 0;
    py2c_decref(text);
    return out;
}

static void unicode_db_checks(void) {
    RT_CHECK_STR(py2c__uni_version, "14.0.0");
    uint32_t out[3];
    RT_CHECK(py2c__uni_case(0xDF, PY2C__CASE_UPPER, out) == 2 && out[0] == 'S' && out[1] == 'S');
    RT_CHECK(py2c__uni_case('a', PY2C__CASE_UPPER, out) == 1 && out[0] == 'A');
    RT_CHECK(py2c__uni_decimal(0x663) == 3 && py2c__uni_decimal('x') == -1);
    RT_CHECK(py2c__uni_isspace(0x3000) && !py2c__uni_isspace(0x200B));
    RT_CHECK(py2c__uni_has(0x1F600, PY2C__UNI_F_PRINTABLE) && !py2c__uni_has(0xAD, PY2C__UNI_F_PRINTABLE));
}

static void api_checks(void) {
    Py2cValue parts[3] = {py2c_str_from_cstr("a"), py2c_str_from_cstr("é"), py2c_str_from_cstr("日本")};
    Py2cValue j = py2c_str_join_array(3, parts);
    RT_CHECK_STR(py2c_str_utf8(j, NULL), "aé日本");
    RT_CHECK(py2c_len(j) == 4);
    Py2cValue c = py2c_str_from_codepoint(0x1F600);
    RT_CHECK(py2c_len(c) == 1 && py2c_str_equal_cstr(c, "\xF0\x9F\x98\x80"));
    Py2cValue bad = py2c_str_from_codepoint(0x110000);
    RT_CHECK(PY2C_IS_NULL(bad) && py2c_error_matches(&py2c_exc_ValueError));
    py2c_error_clear();
    /* indexing a non-ASCII string forwards and backwards uses the cache */
    Py2cValue s = py2c_str_from_cstr("aé日😀bé日😀c");
    const char *want[] = {"a", "é", "日", "😀", "b", "é", "日", "😀", "c"};
    int ok = 1;
    for (int i = 0; i < 9; i++) {
        Py2cValue ch = py2c_getitem(s, py2c_int(i));
        ok &= py2c_str_equal_cstr(ch, want[i]);
        py2c_decref(ch);
    }
    for (int i = 8; i >= 0; i--) {
        Py2cValue ch = py2c_getitem(s, py2c_int(i - 9));
        ok &= py2c_str_equal_cstr(ch, want[i]);
        py2c_decref(ch);
    }
    RT_CHECK(ok);
    Py2cValue b = py2c_bytes_from("a\0b", 3);
    RT_CHECK(py2c_len(b) == 3);
    for (int i = 0; i < 3; i++) py2c_decref(parts[i]);
    py2c_decref(j);
    py2c_decref(c);
    py2c_decref(s);
    py2c_decref(b);
}

int main(void) {
    unicode_db_checks();
    api_checks();
    for (size_t i = 0; i < sizeof str_cases / sizeof str_cases[0]; i++) {
        const StrCase *c = &str_cases[i];
        char *got = outcome(run_case(c));
        rt_checks++;
        if (strcmp(got, c->expect) != 0) {
            rt_failures++;
            fprintf(stderr, "case %zu (%s %s): got %s, want %s\n", i, c->op, c->input, got, c->expect);
        }
        free(got);
    }
    RT_DONE("test_str");
}
