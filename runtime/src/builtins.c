/* Built-in functions over single values: print, len, abs, round, divmod,
 * pow, chr, ord, hex/oct/bin, hash, id, callable, isinstance, issubclass,
 * repr, ascii, format, input, getattr/setattr/hasattr/delattr.
 * (Iteration builtins: bltin_iter.c; open: io.c; sys: sys.c.) */
#include <stdlib.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "bltin_internal.h"

#define BUILTIN_FN(name) static Py2cValue bi_##name(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames)

PY2C__STR_CONST(s_write, "write");
PY2C__STR_CONST(s_flush, "flush");
PY2C__STR_CONST(s_readline, "readline");
PY2C__STR_CONST(s_round, "__round__");
PY2C__STR_CONST(s_empty, "");
PY2C__STR_CONST(s_fmt_x, "#x");
PY2C__STR_CONST(s_fmt_o, "#o");
PY2C__STR_CONST(s_fmt_b, "#b");

/* METH_O functions: "len() takes exactly one argument (2 given)". */
static int one_arg(const char *f, size_t nargs, Py2cValue kwnames) {
    if (py2c__args_no_kw(f, kwnames) < 0) return -1;
    if (nargs == 1) return 0;
    (void)py2c_error_format(&py2c_exc_TypeError, "%s() takes exactly one argument (%zu given)", f, nargs);
    return -1;
}

/* Positional-only functions without keywords (_PyArg_CheckPositional):
 * "divmod expected 2 arguments, got 1". */
static int positional(const char *f, size_t nargs, Py2cValue kwnames, size_t min, size_t max) {
    if (py2c__args_no_kw(f, kwnames) < 0) return -1;
    if (nargs < min) {
        (void)py2c_error_format(&py2c_exc_TypeError, "%s expected %s%zu argument%s, got %zu", f,
                                min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        (void)py2c_error_format(&py2c_exc_TypeError, "%s expected %s%zu argument%s, got %zu", f,
                                min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

/* --- print ----------------------------------------------------------------- */

/* file.write(s) for any file object (our text files directly). */
static int file_write(Py2cValue file, Py2cValue s) {
    if (py2c__is_textio(file)) return py2c__textio_write_str(file, s);
    Py2cValue r = py2c_call_method(file, PY2C__STR_VAL(s_write), &s, 1, PY2C_NULL);
    if (PY2C_IS_NULL(r)) return -1;
    py2c_decref(r);
    return 0;
}

/* PyFile_WriteObject(v, file, Py_PRINT_RAW): file.write(str(v)); the write
 * attribute is looked up before str() runs, as CPython. */
static int file_write_obj(Py2cValue file, Py2cValue v) {
    if (!py2c__is_textio(file)) {
        Py2cValue w = py2c_getattr(file, PY2C__STR_VAL(s_write));
        if (PY2C_IS_NULL(w)) return -1;
        Py2cValue s = py2c_str(v);
        if (PY2C_IS_NULL(s)) {
            py2c_decref(w);
            return -1;
        }
        Py2cValue r = py2c_call(w, &s, 1, PY2C_NULL);
        py2c_decref(w);
        py2c_decref(s);
        if (PY2C_IS_NULL(r)) return -1;
        py2c_decref(r);
        return 0;
    }
    if (py2c_is_str(v)) return py2c__textio_write_str(file, v);
    Py2cValue s = py2c_str(v);
    if (PY2C_IS_NULL(s)) return -1;
    int rc = py2c__textio_write_str(file, s);
    py2c_decref(s);
    return rc;
}

/* With several threads, one print() is one write of the whole line (the
 * stream locks each write), so lines from different threads never tear:
 * str() of every argument first (user code, no lock held), then one write. */
static int print_line(Py2cValue file, size_t nargs, const Py2cValue *args, Py2cValue sep, Py2cValue end) {
    size_t n = nargs ? 2 * nargs : 1, k = 0;
    Py2cValue small[16];
    Py2cValue *parts = n <= 16 ? small : malloc(sizeof *parts * n);
    if (!parts) return py2c_error_nomemory(), -1;
    int rc = 0;
    for (size_t i = 0; i < nargs && rc == 0; i++) {
        Py2cValue s = py2c_str(args[i]);
        if (PY2C_IS_NULL(s)) rc = -1;
        else {
            if (i > 0) {
                py2c_incref(sep);
                parts[k++] = sep;
            }
            parts[k++] = s;
        }
    }
    if (rc == 0) {
        py2c_incref(end);
        parts[k++] = end;
        Py2cValue line = py2c_str_join_array(k, parts);
        rc = PY2C_IS_NULL(line) ? -1 : py2c__textio_write_str(file, line);
        py2c_decref(line);
    }
    for (size_t i = 0; i < k; i++) py2c_decref(parts[i]);
    if (parts != small) free(parts);
    return rc;
}

static int check_text_arg(const char *name, Py2cValue v) {
    if (PY2C_IS_NULL(v) || py2c_is_none(v) || py2c_is_str(v)) return 0;
    (void)py2c_error_format(&py2c_exc_TypeError, "%s must be None or a string, not %s", name, py2c_type_name(v));
    return -1;
}

Py2cValue py2c_print(size_t nargs, const Py2cValue *args, Py2cValue sep, Py2cValue end, Py2cValue file,
                     Py2cValue flush) {
    if (PY2C_IS_NULL(file) || py2c_is_none(file)) {
        file = py2c__sys_get("stdout");
        if (PY2C_IS_NULL(file)) return py2c_error_format(&py2c_exc_RuntimeError, "lost sys.stdout");
        if (py2c_is_none(file)) return PY2C_NONE;
    }
    if (check_text_arg("sep", sep) < 0 || check_text_arg("end", end) < 0) return PY2C_NULL;
    static Py2cStr space = PY2C_STR_STATIC(" ", 1, 1), newline = PY2C_STR_STATIC("\n", 1, 1);
    if (!py2c_is_str(sep)) sep = py2c_obj_value(&space.ob);
    if (!py2c_is_str(end)) end = py2c_obj_value(&newline.ob);
    if (py2c__threaded() && py2c__is_textio(file)) {
        if (print_line(file, nargs, args, sep, end) < 0) return PY2C_NULL;
    } else {
        for (size_t i = 0; i < nargs; i++) {
            if (i > 0 && file_write(file, sep) < 0) return PY2C_NULL;
            if (file_write_obj(file, args[i]) < 0) return PY2C_NULL;
        }
        if (file_write(file, end) < 0) return PY2C_NULL;
    }
    if (!PY2C_IS_NULL(flush)) {
        int t = py2c_is_true(flush);
        if (t < 0) return PY2C_NULL;
        if (t) {
            if (py2c__is_textio(file)) {
                if (py2c__textio_flush(file) < 0) return PY2C_NULL;
            } else {
                Py2cValue r = py2c_call_method(file, PY2C__STR_VAL(s_flush), NULL, 0, PY2C_NULL);
                if (PY2C_IS_NULL(r)) return PY2C_NULL;
                py2c_decref(r);
            }
        }
    }
    return PY2C_NONE;
}

BUILTIN_FN(print) {
    (void)self;
    Py2cValue kw[4] = {PY2C_NULL, PY2C_NULL, PY2C_NULL, PY2C_NULL};
    static const char *const names[4] = {"sep", "end", "file", "flush"};
    size_t nkw = py2c__kw_count(kwnames);
    for (size_t k = 0; k < nkw; k++) {
        Py2cValue name = py2c__kw_name(kwnames, k);
        int found = -1;
        for (int i = 0; i < 4 && found < 0; i++)
            if (py2c__str_eq_cstr(name, names[i])) found = i;
        if (found < 0)
            return py2c_error_format(&py2c_exc_TypeError, "'%s' is an invalid keyword argument for print()",
                                     py2c_is_str(name) ? py2c__as_str(name)->data : "?");
        kw[found] = args[nargs + k];
    }
    return py2c_print(nargs, args, kw[0], kw[1], kw[2], kw[3]);
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_print, "print", bi_print);

/* --- single-value builtins --------------------------------------------------- */

BUILTIN_FN(len) {
    (void)self;
    if (one_arg("len", nargs, kwnames) < 0) return PY2C_NULL;
    int64_t n = py2c_len(args[0]);
    if (n < 0) return PY2C_NULL;
    return py2c__bltin_int64(n);
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_len, "len", bi_len);

BUILTIN_FN(abs) {
    (void)self;
    if (one_arg("abs", nargs, kwnames) < 0) return PY2C_NULL;
    return py2c_absolute(args[0]);
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_abs, "abs", bi_abs);

BUILTIN_FN(round) {
    (void)self;
    static const char *const names[] = {"number", "ndigits"};
    static const Py2cArgSpec spec = {"round", names, 0, 1, 2, 2};
    Py2cValue a[2];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    Py2cValue x = a[0], nd = a[1];
    int no_digits = PY2C_IS_NULL(nd) || py2c_is_none(nd);
    /* int.__round__() without ndigits is int(self). */
    if (no_digits && py2c_is_small_int(x)) return x;
    if (no_digits && py2c_is_bool(x)) return py2c_int(py2c_bool_value(x));
    Py2cValue method = py2c_getattr_opt(x, PY2C__STR_VAL(s_round));
    if (PY2C_IS_NULL(method)) {
        if (py2c_error_occurred()) return PY2C_NULL;
        return py2c_error_format(&py2c_exc_TypeError, "type %s doesn't define __round__ method", py2c_type_name(x));
    }
    Py2cValue r = no_digits ? py2c_call(method, NULL, 0, PY2C_NULL) : py2c_call(method, &nd, 1, PY2C_NULL);
    py2c_decref(method);
    return r;
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_round, "round", bi_round);

BUILTIN_FN(divmod) {
    (void)self;
    if (positional("divmod", nargs, kwnames, 2, 2) < 0) return PY2C_NULL;
    return py2c_binary_op(args[0], args[1], PY2C_OP_DIVMOD);
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_divmod, "divmod", bi_divmod);

BUILTIN_FN(pow) {
    (void)self;
    static const char *const names[] = {"base", "exp", "mod"};
    static const Py2cArgSpec spec = {"pow", names, 0, 2, 3, 3};
    Py2cValue a[3];
    if (py2c__args_parse(&spec, args, nargs, kwnames, a) < 0) return PY2C_NULL;
    if (PY2C_IS_NULL(a[2]) || py2c_is_none(a[2])) return py2c_binary_op(a[0], a[1], PY2C_OP_POW);
    return py2c_power3(a[0], a[1], a[2]);
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_pow, "pow", bi_pow);

BUILTIN_FN(chr) {
    (void)self;
    if (one_arg("chr", nargs, kwnames) < 0) return PY2C_NULL;
    int64_t cp;
    int rc = py2c__bltin_as_int64(args[0], &cp);
    if (rc < 0 && !py2c_error_matches(&py2c_exc_OverflowError)) return PY2C_NULL;
    if (rc < 0 || cp < INT32_MIN || cp > INT32_MAX) { /* CPython converts to a C int first */
        py2c_error_clear();
        return py2c_error_format(&py2c_exc_OverflowError, "Python int too large to convert to C int");
    }
    if (cp < 0 || cp >= 0x110000) return py2c_error_format(&py2c_exc_ValueError, "chr() arg not in range(0x110000)");
    return py2c_str_from_codepoint(cp);
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_chr, "chr", bi_chr);

/* The code point of a one-character UTF-8 (WTF-8) string. */
static int64_t decode_one(const unsigned char *p) {
    if (p[0] < 0x80) return p[0];
    if (p[0] < 0xE0) return ((int64_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    if (p[0] < 0xF0) return ((int64_t)(p[0] & 0x0F) << 12) | ((int64_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    return ((int64_t)(p[0] & 0x07) << 18) | ((int64_t)(p[1] & 0x3F) << 12) | ((int64_t)(p[2] & 0x3F) << 6) |
           (p[3] & 0x3F);
}

BUILTIN_FN(ord) {
    (void)self;
    if (one_arg("ord", nargs, kwnames) < 0) return PY2C_NULL;
    Py2cValue c = args[0];
    int64_t n;
    if (py2c_is_str(c)) {
        Py2cStr *s = py2c__as_str(c);
        if (s->nchars == 1) return py2c_int(decode_one((const unsigned char *)s->data));
        n = s->nchars;
    } else if (strcmp(py2c_type_name(c), "bytes") == 0 || strcmp(py2c_type_name(c), "bytearray") == 0) {
        n = py2c_len(c);
        if (n < 0) return PY2C_NULL;
        if (n == 1) return py2c_getitem(c, py2c_int(0));
    } else {
        return py2c_error_format(&py2c_exc_TypeError, "ord() expected string of length 1, but %s found",
                                 py2c_type_name(c));
    }
    return py2c_error_format(&py2c_exc_TypeError, "ord() expected a character, but string of length %" PRId64 " found",
                             n);
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_ord, "ord", bi_ord);

/* hex/oct/bin: PyNumber_ToBase: operator.index(v), then the "#x" format. */
static Py2cValue to_base(const char *f, size_t nargs, const Py2cValue *args, Py2cValue kwnames, int base) {
    if (one_arg(f, nargs, kwnames) < 0) return PY2C_NULL;
    Py2cValue v = args[0];
    if (py2c_is_small_int(v) || py2c_is_bool(v)) {
        int64_t x = py2c_is_bool(v) ? py2c_bool_value(v) : py2c_small_int_value(v);
        uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        char buf[80], *p = buf + sizeof buf;
        int shift = base == 16 ? 4 : base == 8 ? 3 : 1;
        do {
            *--p = "0123456789abcdef"[u & (uint64_t)(base - 1)];
            u >>= shift;
        } while (u);
        *--p = base == 16 ? 'x' : base == 8 ? 'o' : 'b';
        *--p = '0';
        if (x < 0) *--p = '-';
        return py2c_str_from_utf8(p, buf + sizeof buf - p);
    }
    const Py2cType *t = py2c_type_of(v);
    if (!t->number || !t->number->index)
        return py2c_error_format(&py2c_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                                 py2c_type_name(v));
    Py2cValue i = t->number->index(v);
    if (PY2C_IS_NULL(i)) return PY2C_NULL;
    Py2cValue spec = base == 16 ? PY2C__STR_VAL(s_fmt_x) : base == 8 ? PY2C__STR_VAL(s_fmt_o) : PY2C__STR_VAL(s_fmt_b);
    Py2cValue r = py2c_format(i, spec);
    py2c_decref(i);
    return r;
}

BUILTIN_FN(hex) {
    (void)self;
    return to_base("hex", nargs, args, kwnames, 16);
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_hex, "hex", bi_hex);

BUILTIN_FN(oct) {
    (void)self;
    return to_base("oct", nargs, args, kwnames, 8);
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_oct, "oct", bi_oct);

BUILTIN_FN(bin) {
    (void)self;
    return to_base("bin", nargs, args, kwnames, 2);
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_bin, "bin", bi_bin);

BUILTIN_FN(hash) {
    (void)self;
    if (one_arg("hash", nargs, kwnames) < 0) return PY2C_NULL;
    Py2cHash h = py2c_hash(args[0]);
    if (h == -1 && py2c_error_occurred()) return PY2C_NULL;
    return py2c__bltin_int64(h);
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_hash, "hash", bi_hash);

/* id(): a heap object's address; an immediate's bits (floats offset by 2**64
 * so that no immediate can share an id with an object). */
BUILTIN_FN(id) {
    (void)self;
    if (one_arg("id", nargs, kwnames) < 0) return PY2C_NULL;
    Py2cValue v = args[0];
    if (py2c_is_obj(v)) return py2c__bltin_int64((int64_t)(uintptr_t)py2c_obj_ptr(v));
    unsigned __int128 x = v.bits;
    if (py2c_is_float(v)) x += (unsigned __int128)1 << 64;
    char buf[48], *p = buf + sizeof buf;
    *--p = '\0';
    do {
        *--p = (char)('0' + (int)(x % 10));
        x /= 10;
    } while (x);
    return py2c_int_from_decimal(p);
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_id, "id", bi_id);

BUILTIN_FN(callable) {
    (void)self;
    if (one_arg("callable", nargs, kwnames) < 0) return PY2C_NULL;
    return py2c_bool(py2c_callable(args[0]));
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_callable, "callable", bi_callable);

BUILTIN_FN(isinstance) {
    (void)self;
    if (positional("isinstance", nargs, kwnames, 2, 2) < 0) return PY2C_NULL;
    int r = py2c_isinstance(args[0], args[1]);
    return r < 0 ? PY2C_NULL : py2c_bool(r);
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_isinstance, "isinstance", bi_isinstance);

BUILTIN_FN(issubclass) {
    (void)self;
    if (positional("issubclass", nargs, kwnames, 2, 2) < 0) return PY2C_NULL;
    int r = py2c_issubclass(args[0], args[1]);
    return r < 0 ? PY2C_NULL : py2c_bool(r);
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_issubclass, "issubclass", bi_issubclass);

BUILTIN_FN(repr) {
    (void)self;
    if (one_arg("repr", nargs, kwnames) < 0) return PY2C_NULL;
    return py2c_repr(args[0]);
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_repr, "repr", bi_repr);

BUILTIN_FN(ascii) {
    (void)self;
    if (one_arg("ascii", nargs, kwnames) < 0) return PY2C_NULL;
    return py2c_ascii(args[0]);
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_ascii, "ascii", bi_ascii);

BUILTIN_FN(format) {
    (void)self;
    if (positional("format", nargs, kwnames, 1, 2) < 0) return PY2C_NULL;
    Py2cValue spec = nargs > 1 ? args[1] : PY2C__STR_VAL(s_empty);
    if (!py2c_is_str(spec))
        return py2c_error_format(&py2c_exc_TypeError, "format() argument 2 must be str, not %s", py2c_type_name(spec));
    return py2c_format(args[0], spec);
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_format, "format", bi_format);

/* input([prompt]): the prompt goes to sys.stdout (flushed), the line comes
 * from sys.stdin without its newline; EOFError at end of input. */
BUILTIN_FN(input) {
    (void)self;
    if (positional("input", nargs, kwnames, 0, 1) < 0) return PY2C_NULL;
    Py2cValue in = py2c__sys_get("stdin"), out = py2c__sys_get("stdout"), err = py2c__sys_get("stderr");
    if (PY2C_IS_NULL(in) || py2c_is_none(in)) return py2c_error_format(&py2c_exc_RuntimeError, "input(): lost sys.stdin");
    if (PY2C_IS_NULL(out) || py2c_is_none(out))
        return py2c_error_format(&py2c_exc_RuntimeError, "input(): lost sys.stdout");
    if (!PY2C_IS_NULL(err) && py2c__is_textio(err) && py2c__textio_flush(err) < 0) py2c_error_clear();
    if (nargs == 1) {
        if (file_write_obj(out, args[0]) < 0) return PY2C_NULL;
    }
    if (py2c__is_textio(out)) {
        if (py2c__textio_flush(out) < 0) return PY2C_NULL;
    } else {
        Py2cValue r = py2c_call_method(out, PY2C__STR_VAL(s_flush), NULL, 0, PY2C_NULL);
        if (PY2C_IS_NULL(r)) return PY2C_NULL;
        py2c_decref(r);
    }
    Py2cValue line = py2c__is_textio(in) ? py2c__textio_readline(in, -1)
                                         : py2c_call_method(in, PY2C__STR_VAL(s_readline), NULL, 0, PY2C_NULL);
    if (PY2C_IS_NULL(line)) return PY2C_NULL;
    if (!py2c_is_str(line)) {
        py2c_decref(line);
        return py2c_error_format(&py2c_exc_TypeError, "object.readline() returned non-string");
    }
    Py2cStr *s = py2c__as_str(line);
    if (s->len == 0) {
        py2c_decref(line);
        return py2c_error_format(&py2c_exc_EOFError, "EOF when reading a line");
    }
    if (s->data[s->len - 1] != '\n') return line;
    Py2cValue r = py2c_str_from_utf8(s->data, s->len - 1);
    py2c_decref(line);
    return r;
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_input, "input", bi_input);

/* --- attributes ----------------------------------------------------------------- */

static int check_attr_name(Py2cValue name) {
    if (py2c_is_str(name)) return 0;
    (void)py2c_error_format(&py2c_exc_TypeError, "attribute name must be string, not '%s'", py2c_type_name(name));
    return -1;
}

BUILTIN_FN(getattr) {
    (void)self;
    if (positional("getattr", nargs, kwnames, 2, 3) < 0) return PY2C_NULL;
    if (check_attr_name(args[1]) < 0) return PY2C_NULL;
    if (nargs == 2) return py2c_getattr(args[0], args[1]);
    Py2cValue r = py2c_getattr_opt(args[0], args[1]);
    if (!PY2C_IS_NULL(r) || py2c_error_occurred()) return r;
    py2c_incref(args[2]);
    return args[2];
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_getattr, "getattr", bi_getattr);

BUILTIN_FN(setattr) {
    (void)self;
    if (positional("setattr", nargs, kwnames, 3, 3) < 0) return PY2C_NULL;
    if (check_attr_name(args[1]) < 0) return PY2C_NULL;
    if (py2c_setattr(args[0], args[1], args[2]) < 0) return PY2C_NULL;
    return PY2C_NONE;
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_setattr, "setattr", bi_setattr);

BUILTIN_FN(hasattr) {
    (void)self;
    if (positional("hasattr", nargs, kwnames, 2, 2) < 0) return PY2C_NULL;
    if (check_attr_name(args[1]) < 0) return PY2C_NULL;
    Py2cValue r = py2c_getattr_opt(args[0], args[1]);
    if (PY2C_IS_NULL(r)) {
        /* a getter's AttributeError means "no such attribute" too */
        if (py2c_error_matches(&py2c_exc_AttributeError)) py2c_error_clear();
        return py2c_error_occurred() ? PY2C_NULL : PY2C_FALSE;
    }
    py2c_decref(r);
    return PY2C_TRUE;
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_hasattr, "hasattr", bi_hasattr);

BUILTIN_FN(delattr) {
    (void)self;
    if (positional("delattr", nargs, kwnames, 2, 2) < 0) return PY2C_NULL;
    if (check_attr_name(args[1]) < 0) return PY2C_NULL;
    if (py2c_delattr(args[0], args[1]) < 0) return PY2C_NULL;
    return PY2C_NONE;
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_delattr, "delattr", bi_delattr);

PY2C__STR_CONST(s_dict, "__dict__");

/* vars(obj): obj.__dict__ (vars() without an argument needs the caller's
 * locals, which compiled code does not have as a dict). */
BUILTIN_FN(vars) {
    (void)self;
    if (positional("vars", nargs, kwnames, 0, 1) < 0) return PY2C_NULL;
    if (nargs == 0) return py2c_error_format(&py2c_exc_NotImplementedError, "py2c: vars() without an argument is not supported");
    Py2cValue r = py2c_getattr_opt(args[0], PY2C__STR_VAL(s_dict));
    if (PY2C_IS_NULL(r) && (!py2c_error_occurred() || py2c_error_matches(&py2c_exc_AttributeError))) {
        py2c_error_clear();
        return py2c_error_format(&py2c_exc_TypeError, "vars() argument must have __dict__ attribute");
    }
    return r;
}
PY2C_BUILTIN_FUNCTION(py2c_builtin_vars, "vars", bi_vars);
