/* The case runner shared by test_int.c and test_float.c: each case is an
 * operation on encoded operands (see test_int_gen.py) and the repr of
 * CPython 3.11's result or its "ExcType: message". */
#ifndef TEST_INT_HARNESS_H
#define TEST_INT_HARNESS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_test.h"

typedef struct IntCase {
    const char *op;
    const char *args;
    const char *want;
} IntCase;

static Py2cValue str_value(const char *s) { return py2c_str_from_utf8(s, (int64_t)strlen(s)); }

static int hexval(char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }

/* One token (see test_int_gen.py) as a new reference. */
static Py2cValue decode(const char *tok, size_t n) {
    char *t = malloc(n + 1);
    memcpy(t, tok, n);
    t[n] = '\0';
    Py2cValue v = PY2C_NULL;
    if (strcmp(t, "t") == 0) v = PY2C_TRUE;
    else if (strcmp(t, "F") == 0) v = PY2C_FALSE;
    else if (strcmp(t, "N") == 0) v = PY2C_NONE;
    else if (t[0] == 'i') v = py2c_int_from_decimal(t + 2);
    else if (t[0] == 'x') v = py2c_int_from_string(t + 2, n - 2, 16);
    else if (t[0] == 'f') v = py2c_float(strtod(t + 2, NULL));
    else if (t[0] == 's' || t[0] == 'b') {
        size_t k = (n - 2) / 2;
        char *b = malloc(k + 1);
        for (size_t i = 0; i < k; i++) b[i] = (char)(hexval(t[2 + 2 * i]) << 4 | hexval(t[3 + 2 * i]));
        v = t[0] == 's' ? py2c_str_from_utf8(b, (int64_t)k) : py2c_bytes_from(b, k);
        free(b);
    }
    free(t);
    return v;
}

static const struct {
    const char *name;
    Py2cBinaryOp op;
} binops[] = {
    {"+", PY2C_OP_ADD}, {"-", PY2C_OP_SUB}, {"*", PY2C_OP_MUL}, {"/", PY2C_OP_TRUEDIV}, {"//", PY2C_OP_FLOORDIV},
    {"%", PY2C_OP_MOD}, {"**", PY2C_OP_POW}, {"<<", PY2C_OP_LSHIFT}, {">>", PY2C_OP_RSHIFT}, {"&", PY2C_OP_AND},
    {"|", PY2C_OP_OR}, {"^", PY2C_OP_XOR}, {"divmod", PY2C_OP_DIVMOD},
};
static const struct {
    const char *name;
    Py2cCompareOp op;
} cmpops[] = {{"<", PY2C_LT}, {"<=", PY2C_LE}, {"==", PY2C_EQ}, {"!=", PY2C_NE}, {">", PY2C_GT}, {">=", PY2C_GE}};

static Py2cValue method0(Py2cValue self, const char *name) {
    Py2cValue n = str_value(name);
    Py2cValue r = py2c_call_method(self, n, NULL, 0, PY2C_NULL);
    py2c_decref(n);
    return r;
}

static Py2cValue run(const char *op, Py2cValue *a, size_t n) {
    for (size_t i = 0; i < sizeof binops / sizeof *binops; i++)
        if (strcmp(op, binops[i].name) == 0) return py2c_binary_op(a[0], a[1], binops[i].op);
    for (size_t i = 0; i < sizeof cmpops / sizeof *cmpops; i++)
        if (strcmp(op, cmpops[i].name) == 0) return py2c_compare(a[0], a[1], cmpops[i].op);
    if (strcmp(op, "neg") == 0) return py2c_negative(a[0]);
    if (strcmp(op, "pos") == 0) return py2c_positive(a[0]);
    if (strcmp(op, "inv") == 0) return py2c_invert(a[0]);
    if (strcmp(op, "abs") == 0) return py2c_absolute(a[0]);
    if (strcmp(op, "hash") == 0) {
        Py2cHash h = py2c_hash(a[0]);
        return h == -1 ? PY2C_NULL : py2c_int_from_int64(h);
    }
    if (strcmp(op, "repr") == 0) return py2c_repr(a[0]);
    if (strcmp(op, "float") == 0) return py2c_number_float(a[0]);
    if (strcmp(op, "int") == 0) return py2c_number_int(a[0]);
    if (strcmp(op, "intb") == 0) return py2c_call(py2c_type_value(&py2c_int_type), a, 2, PY2C_NULL);
    if (strcmp(op, "bin") == 0) return py2c_number_bin(a[0]);
    if (strcmp(op, "oct") == 0) return py2c_number_oct(a[0]);
    if (strcmp(op, "hex") == 0) return py2c_number_hex(a[0]);
    if (strcmp(op, "pow3") == 0) return py2c_power3(a[0], a[1], a[2]);
    if (strcmp(op, "round") == 0) return py2c_number_round(a[0], n > 1 ? a[1] : PY2C_NULL);
    if (strcmp(op, "format") == 0) return py2c_format(a[0], a[1]);
    if (strcmp(op, "bit_length") == 0) return method0(a[0], "bit_length");
    if (strcmp(op, "ratio") == 0) return method0(a[0], "as_integer_ratio");
    if (strcmp(op, "fhex") == 0) return method0(a[0], "hex");
    if (strcmp(op, "is_integer") == 0) return method0(a[0], "is_integer");
    if (op[0] == '*') {
        Py2cValue p = py2c_binary_op(a[0], a[1], PY2C_OP_MUL);
        if (PY2C_IS_NULL(p)) return p;
        Py2cValue r;
        if (strcmp(op, "*hash") == 0) {
            Py2cHash h = py2c_hash(p);
            r = py2c_int_from_int64(h);
        } else {
            r = py2c_number_hex(p);
        }
        py2c_decref(p);
        return r;
    }
    fprintf(stderr, "unknown op %s\n", op);
    abort();
}

/* repr(result), or "Type: message" for the exception it raised. */
static char *outcome(Py2cValue r) {
    Py2cValue text;
    if (PY2C_IS_NULL(r)) {
        Py2cValue exc = py2c_error_fetch();
        Py2cValue msg = py2c_str(exc);
        const char *tn = py2c_type_name(exc);
        const Py2cStr *m = (const Py2cStr *)py2c_obj_ptr(msg);
        char *out = malloc(strlen(tn) + (size_t)m->len + 3);
        sprintf(out, "%s: %s", tn, m->data);
        py2c_decref(msg);
        py2c_decref(exc);
        return out;
    }
    text = py2c_repr(r);
    if (PY2C_IS_NULL(text)) return outcome(text);
    const Py2cStr *s = (const Py2cStr *)py2c_obj_ptr(text);
    char *out = malloc((size_t)s->len + 1);
    memcpy(out, s->data, (size_t)s->len + 1);
    py2c_decref(text);
    return out;
}

static void run_cases(const IntCase *cases, size_t ncases) {
    int shown = 0;
    for (size_t i = 0; i < ncases; i++) {
        const IntCase *c = &cases[i];
        Py2cValue a[3];
        size_t n = 0;
        const char *p = c->args;
        while (*p && n < 3) {
            const char *e = strchr(p, ' ');
            size_t len = e ? (size_t)(e - p) : strlen(p);
            a[n++] = decode(p, len);
            p += len + (e != NULL);
        }
        Py2cValue r = run(c->op, a, n);
        char *got = outcome(r);
        py2c_decref(r);
        rt_checks++;
        if (strcmp(got, c->want) != 0) {
            rt_failures++;
            if (shown++ < 100)
                fprintf(stderr, "case %zu: %s(%.80s): got \"%.200s\", want \"%.200s\"\n", i, c->op, c->args, got,
                        c->want);
        }
        free(got);
        for (size_t k = 0; k < n; k++) py2c_decref(a[k]);
    }
}

#endif
