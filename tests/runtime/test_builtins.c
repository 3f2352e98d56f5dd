/* Builtin functions called through the vectorcall convention, with
 * expectations taken from CPython 3.11 (python3 -c "...": see each check). */
#include <stdlib.h>

#include "rt_test.h"
#include "bltin_internal.h"

static char result[512];

static Py2cValue S(const char *s) { return py2c_str_from_cstr(s); }

/* "repr(result)" or "ExcType: message". */
static const char *show(Py2cValue r) {
    if (PY2C_IS_NULL(r)) {
        Py2cValue exc = py2c_error_fetch();
        if (PY2C_IS_NULL(exc)) {
            snprintf(result, sizeof result, "<NULL without exception>");
            return result;
        }
        Py2cValue msg = py2c_str(exc);
        snprintf(result, sizeof result, "%s: %s", py2c_type_name(exc),
                 PY2C_IS_NULL(msg) ? "?" : py2c_str_utf8(msg, NULL));
        py2c_decref(msg);
        py2c_decref(exc);
        return result;
    }
    Py2cValue s = py2c_repr(r);
    snprintf(result, sizeof result, "%s", PY2C_IS_NULL(s) ? "<repr failed>" : py2c_str_utf8(s, NULL));
    py2c_decref(s);
    py2c_decref(r);
    return result;
}

/* fn(*args, **{kw[i]: args[nargs + i]}) */
static const char *callkw(Py2cBuiltinFunction *fn, size_t nargs, Py2cValue *args, size_t nkw, const char **kw) {
    Py2cValue kwnames = PY2C_NULL;
    if (nkw) {
        Py2cValue names[8];
        for (size_t i = 0; i < nkw; i++) names[i] = S(kw[i]);
        kwnames = py2c_tuple_pack(nkw, names);
        for (size_t i = 0; i < nkw; i++) py2c_decref(names[i]);
    }
    Py2cValue r = py2c_call(PY2C_BUILTIN_VALUE(*fn), args, nargs, kwnames);
    py2c_decref(kwnames);
    return show(r);
}

#define CALL(fn, ...) callkw(&(fn), sizeof((Py2cValue[]){__VA_ARGS__}) / sizeof(Py2cValue), (Py2cValue[]){__VA_ARGS__}, 0, NULL)
#define CALL0(fn) callkw(&(fn), 0, NULL, 0, NULL)
#define I(x) py2c_int(x)
#define F(x) py2c_float(x)

static Py2cValue list_of(size_t n, const Py2cValue *items) {
    Py2cValue l = py2c_list_new(n);
    for (size_t i = 0; i < n; i++) if (py2c_list_append(l, items[i]) < 0) abort();
    return l;
}
#define LIST(...) list_of(sizeof((Py2cValue[]){__VA_ARGS__}) / sizeof(Py2cValue), (Py2cValue[]){__VA_ARGS__})

int main(void) {
    /* len, abs, argument errors */
    RT_CHECK_STR(CALL(py2c_builtin_len, S("héllo")), "5");
    RT_CHECK_STR(CALL0(py2c_builtin_len), "TypeError: len() takes exactly one argument (0 given)");
    RT_CHECK_STR(CALL(py2c_builtin_len, I(1), I(2)), "TypeError: len() takes exactly one argument (2 given)");
    RT_CHECK_STR(callkw(&py2c_builtin_len, 0, (Py2cValue[]){I(1)}, 1, (const char *[]){"x"}),
                 "TypeError: len() takes no keyword arguments");
    RT_CHECK_STR(CALL(py2c_builtin_len, I(5)), "TypeError: object of type 'int' has no len()");
    RT_CHECK_STR(CALL(py2c_builtin_abs, I(-7)), "7");
    RT_CHECK_STR(CALL(py2c_builtin_abs, F(-2.5)), "2.5");

    /* round / divmod / pow */
    RT_CHECK_STR(CALL0(py2c_builtin_round), "TypeError: round() missing required argument 'number' (pos 1)");
    RT_CHECK_STR(CALL(py2c_builtin_round, I(1), I(2), I(3)), "TypeError: round() takes at most 2 arguments (3 given)");
    RT_CHECK_STR(callkw(&py2c_builtin_round, 1, (Py2cValue[]){I(1), I(2)}, 1, (const char *[]){"foo"}),
                 "TypeError: 'foo' is an invalid keyword argument for round()");
    RT_CHECK_STR(callkw(&py2c_builtin_round, 1, (Py2cValue[]){I(1), I(2)}, 1, (const char *[]){"number"}),
                 "TypeError: argument for round() given by name ('number') and position (1)");
    RT_CHECK_STR(CALL(py2c_builtin_round, I(7)), "7");
    RT_CHECK_STR(CALL(py2c_builtin_round, F(2.5)), "2");
    RT_CHECK_STR(CALL(py2c_builtin_round, F(2.675), I(2)), "2.67");
    RT_CHECK_STR(CALL(py2c_builtin_round, S("a")), "TypeError: type str doesn't define __round__ method");
    RT_CHECK_STR(CALL(py2c_builtin_divmod, I(7), I(-2)), "(-4, -1)");
    RT_CHECK_STR(CALL(py2c_builtin_divmod, I(1)), "TypeError: divmod expected 2 arguments, got 1");
    RT_CHECK_STR(CALL(py2c_builtin_divmod, S("a"), I(1)),
                 "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'");
    RT_CHECK_STR(CALL(py2c_builtin_pow, I(2), I(10)), "1024");
    RT_CHECK_STR(CALL(py2c_builtin_pow, I(2), I(-1), I(7)), "4");
    RT_CHECK_STR(CALL(py2c_builtin_pow, I(1)), "TypeError: pow() missing required argument 'exp' (pos 2)");
    RT_CHECK_STR(CALL(py2c_builtin_pow, I(2), I(3), I(0)), "ValueError: pow() 3rd argument cannot be 0");

    /* chr / ord / hex / oct / bin */
    RT_CHECK_STR(CALL(py2c_builtin_chr, I(0x1F600)), "'😀'");
    RT_CHECK_STR(CALL(py2c_builtin_chr, I(0x110000)), "ValueError: chr() arg not in range(0x110000)");
    RT_CHECK_STR(CALL(py2c_builtin_chr, I(-1)), "ValueError: chr() arg not in range(0x110000)");
    RT_CHECK_STR(CALL(py2c_builtin_chr, S("a")), "TypeError: 'str' object cannot be interpreted as an integer");
    RT_CHECK_STR(CALL(py2c_builtin_ord, S("😀")), "128512");
    RT_CHECK_STR(CALL(py2c_builtin_ord, S("abc")), "TypeError: ord() expected a character, but string of length 3 found");
    RT_CHECK_STR(CALL(py2c_builtin_ord, I(1)), "TypeError: ord() expected string of length 1, but int found");
    RT_CHECK_STR(CALL(py2c_builtin_hex, I(255)), "'0xff'");
    RT_CHECK_STR(CALL(py2c_builtin_hex, I(-255)), "'-0xff'");
    RT_CHECK_STR(CALL(py2c_builtin_hex, PY2C_TRUE), "'0x1'");
    RT_CHECK_STR(CALL(py2c_builtin_oct, I(-8)), "'-0o10'");
    RT_CHECK_STR(CALL(py2c_builtin_bin, I(-5)), "'-0b101'");
    RT_CHECK_STR(CALL(py2c_builtin_bin, I(0)), "'0b0'");
    RT_CHECK_STR(CALL(py2c_builtin_hex, F(1.5)), "TypeError: 'float' object cannot be interpreted as an integer");
    RT_CHECK_STR(CALL(py2c_builtin_hex, py2c_int_from_decimal("1180591620717411303424")), "'0x400000000000000000'");

    /* hash / id / callable / isinstance / repr / ascii / format */
    RT_CHECK_STR(CALL(py2c_builtin_hash, I(-1)), "-2");
    RT_CHECK_STR(CALL(py2c_builtin_hash, F(1.5)), "1152921504606846977");
    RT_CHECK_STR(CALL(py2c_builtin_hash, LIST(I(1))), "TypeError: unhashable type: 'list'");
    {
        Py2cValue l = LIST(I(1));
        Py2cValue a = py2c_call(PY2C_BUILTIN_VALUE(py2c_builtin_id), &l, 1, PY2C_NULL);
        Py2cValue b = py2c_call(PY2C_BUILTIN_VALUE(py2c_builtin_id), &l, 1, PY2C_NULL);
        RT_CHECK(py2c_compare_bool(a, b, PY2C_EQ) == 1);
        Py2cValue t = py2c_call(PY2C_BUILTIN_VALUE(py2c_builtin_id), (Py2cValue[]){PY2C_TRUE}, 1, PY2C_NULL);
        Py2cValue o = py2c_call(PY2C_BUILTIN_VALUE(py2c_builtin_id), (Py2cValue[]){I(1)}, 1, PY2C_NULL);
        RT_CHECK(py2c_compare_bool(t, o, PY2C_NE) == 1);
        py2c_decref(a), py2c_decref(b), py2c_decref(t), py2c_decref(o), py2c_decref(l);
    }
    RT_CHECK_STR(CALL(py2c_builtin_callable, PY2C_BUILTIN_VALUE(py2c_builtin_len)), "True");
    RT_CHECK_STR(CALL(py2c_builtin_callable, I(1)), "False");
    RT_CHECK_STR(CALL(py2c_builtin_isinstance, PY2C_TRUE, py2c_type_value(&py2c_int_type)), "True");
    RT_CHECK_STR(CALL(py2c_builtin_isinstance, I(1)), "TypeError: isinstance expected 2 arguments, got 1");
    RT_CHECK_STR(CALL(py2c_builtin_issubclass, py2c_type_value(&py2c_bool_type), py2c_type_value(&py2c_int_type)),
                 "True");
    RT_CHECK_STR(CALL(py2c_builtin_repr, S("é")), "\"'é'\"");
    RT_CHECK_STR(CALL(py2c_builtin_ascii, S("é")), "\"'\\\\xe9'\"");
    RT_CHECK_STR(CALL(py2c_builtin_format, F(3.14159), S(".2f")), "'3.14'");
    RT_CHECK_STR(CALL(py2c_builtin_format, S("x")), "'x'");
    RT_CHECK_STR(CALL(py2c_builtin_format, I(1), I(2)), "TypeError: format() argument 2 must be str, not int");
    RT_CHECK_STR(CALL(py2c_builtin_repr, PY2C_BUILTIN_VALUE(py2c_builtin_len)), "'<built-in function len>'");

    /* min / max / sum / any / all / sorted */
    RT_CHECK_STR(CALL(py2c_builtin_max, LIST(I(3), I(9), I(2))), "9");
    RT_CHECK_STR(CALL(py2c_builtin_min, I(3), I(9), I(2)), "2");
    RT_CHECK_STR(CALL(py2c_builtin_max, S("abc")), "'c'");
    RT_CHECK_STR(CALL0(py2c_builtin_min), "TypeError: min expected at least 1 argument, got 0");
    RT_CHECK_STR(CALL(py2c_builtin_min, I(1)), "TypeError: 'int' object is not iterable");
    RT_CHECK_STR(CALL(py2c_builtin_min, LIST()), "ValueError: min() arg is an empty sequence");
    RT_CHECK_STR(callkw(&py2c_builtin_max, 1, (Py2cValue[]){LIST(), I(7)}, 1, (const char *[]){"default"}), "7");
    RT_CHECK_STR(callkw(&py2c_builtin_max, 2, (Py2cValue[]){I(1), I(2), I(3)}, 1, (const char *[]){"default"}),
                 "TypeError: Cannot specify a default for max() with multiple positional arguments");
    RT_CHECK_STR(callkw(&py2c_builtin_max, 2, (Py2cValue[]){I(1), I(2), PY2C_BUILTIN_VALUE(py2c_builtin_abs)}, 1,
                        (const char *[]){"foo"}),
                 "TypeError: 'foo' is an invalid keyword argument for max()");
    RT_CHECK_STR(callkw(&py2c_builtin_max, 1, (Py2cValue[]){LIST(I(-5), I(3)), PY2C_BUILTIN_VALUE(py2c_builtin_abs)}, 1,
                        (const char *[]){"key"}),
                 "-5");
    RT_CHECK_STR(CALL(py2c_builtin_sum, LIST(I(1), I(2), I(3))), "6");
    RT_CHECK_STR(CALL(py2c_builtin_sum, LIST(I(1), F(2.5))), "3.5");
    RT_CHECK_STR(CALL(py2c_builtin_sum, LIST(F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1),
                                             F(0.1))),
                 "0.9999999999999999");
    RT_CHECK_STR(CALL(py2c_builtin_sum, LIST(I(140737488355327), I(1))), "140737488355328");
    RT_CHECK_STR(callkw(&py2c_builtin_sum, 1, (Py2cValue[]){LIST(I(1)), I(5)}, 1, (const char *[]){"start"}), "6");
    RT_CHECK_STR(CALL0(py2c_builtin_sum), "TypeError: sum() takes at least 1 positional argument (0 given)");
    RT_CHECK_STR(CALL(py2c_builtin_sum, LIST(S("a")), S("b")),
                 "TypeError: sum() can't sum strings [use ''.join(seq) instead]");
    RT_CHECK_STR(CALL(py2c_builtin_sum, LIST(LIST(I(1)))), "TypeError: unsupported operand type(s) for +: 'int' and 'list'");
    RT_CHECK_STR(CALL(py2c_builtin_sum, LIST(), LIST()), "[]");
    RT_CHECK_STR(CALL(py2c_builtin_any, LIST()), "False");
    RT_CHECK_STR(CALL(py2c_builtin_all, LIST()), "True");
    RT_CHECK_STR(CALL(py2c_builtin_any, LIST(I(0), S("x"))), "True");
    RT_CHECK_STR(CALL(py2c_builtin_all, LIST(I(1), I(0))), "False");
    RT_CHECK_STR(CALL(py2c_builtin_any, I(1)), "TypeError: 'int' object is not iterable");
    RT_CHECK_STR(CALL(py2c_builtin_sorted, S("bca")), "['a', 'b', 'c']");
    RT_CHECK_STR(callkw(&py2c_builtin_sorted, 1, (Py2cValue[]){LIST(I(3), I(1), I(2)), PY2C_TRUE}, 1,
                        (const char *[]){"reverse"}),
                 "[3, 2, 1]");
    RT_CHECK_STR(CALL(py2c_builtin_sorted, LIST(I(1)), I(2)), "TypeError: sorted expected 1 argument, got 2");
    RT_CHECK_STR(callkw(&py2c_builtin_sorted, 1, (Py2cValue[]){LIST(I(1)), I(1)}, 1, (const char *[]){"foo"}),
                 "TypeError: 'foo' is an invalid keyword argument for sort()");

    /* iterators: enumerate / zip / map / filter / iter / next */
    Py2cValue list_t = py2c_type_value(&py2c_list_type);
    Py2cValue e = py2c_call(py2c_type_value(&py2c_enumerate_type), (Py2cValue[]){S("ab"), I(5)}, 2, PY2C_NULL);
    RT_CHECK_STR(show(py2c_call(list_t, &e, 1, PY2C_NULL)), "[(5, 'a'), (6, 'b')]");
    py2c_decref(e);
    RT_CHECK_STR(show(py2c_call(py2c_type_value(&py2c_enumerate_type), NULL, 0, PY2C_NULL)),
                 "TypeError: enumerate() missing required argument 'iterable'");
    RT_CHECK_STR(show(py2c_call(py2c_type_value(&py2c_enumerate_type), (Py2cValue[]){LIST(), S("a")}, 2, PY2C_NULL)),
                 "TypeError: 'str' object cannot be interpreted as an integer");
    Py2cValue z = py2c_call(py2c_type_value(&py2c_zip_type), (Py2cValue[]){S("abc"), LIST(I(1), I(2))}, 2, PY2C_NULL);
    RT_CHECK_STR(show(py2c_call(list_t, &z, 1, PY2C_NULL)), "[('a', 1), ('b', 2)]");
    py2c_decref(z);
    {
        Py2cValue kw = py2c_tuple_pack(1, (Py2cValue[]){S("strict")});
        z = py2c_call(py2c_type_value(&py2c_zip_type), (Py2cValue[]){S("ab"), S("a"), S("ab"), PY2C_TRUE}, 3, kw);
        RT_CHECK_STR(show(py2c_call(list_t, &z, 1, PY2C_NULL)),
                     "ValueError: zip() argument 2 is shorter than argument 1");
        py2c_decref(z);
        z = py2c_call(py2c_type_value(&py2c_zip_type), (Py2cValue[]){S("a"), S("a"), S("ab"), PY2C_TRUE}, 3, kw);
        RT_CHECK_STR(show(py2c_call(list_t, &z, 1, PY2C_NULL)),
                     "ValueError: zip() argument 3 is longer than arguments 1-2");
        py2c_decref(z);
        py2c_decref(kw);
    }
    Py2cValue m = py2c_call(py2c_type_value(&py2c_map_type),
                            (Py2cValue[]){PY2C_BUILTIN_VALUE(py2c_builtin_pow), LIST(I(1), I(2)), LIST(I(3), I(4), I(5))},
                            3, PY2C_NULL);
    RT_CHECK_STR(show(py2c_call(list_t, &m, 1, PY2C_NULL)), "[1, 16]");
    py2c_decref(m);
    RT_CHECK_STR(show(py2c_call(py2c_type_value(&py2c_map_type), (Py2cValue[]){PY2C_NONE}, 1, PY2C_NULL)),
                 "TypeError: map() must have at least two arguments.");
    Py2cValue f = py2c_call(py2c_type_value(&py2c_filter_type), (Py2cValue[]){PY2C_NONE, LIST(I(0), I(1), S(""), S("x"))},
                            2, PY2C_NULL);
    RT_CHECK_STR(show(py2c_call(list_t, &f, 1, PY2C_NULL)), "[1, 'x']");
    py2c_decref(f);
    RT_CHECK_STR(show(py2c_call(py2c_type_value(&py2c_filter_type), (Py2cValue[]){PY2C_NONE}, 1, PY2C_NULL)),
                 "TypeError: filter expected 2 arguments, got 1");
    Py2cValue it = py2c_call(PY2C_BUILTIN_VALUE(py2c_builtin_iter), (Py2cValue[]){LIST(I(1))}, 1, PY2C_NULL);
    RT_CHECK_STR(CALL(py2c_builtin_next, it), "1");
    RT_CHECK_STR(CALL(py2c_builtin_next, it, S("done")), "'done'");
    RT_CHECK_STR(CALL(py2c_builtin_next, it), "StopIteration: ");
    py2c_decref(it);
    RT_CHECK_STR(CALL(py2c_builtin_next, LIST()), "TypeError: 'list' object is not an iterator");
    RT_CHECK_STR(CALL(py2c_builtin_iter, I(1), I(2)), "TypeError: iter(v, w): v must be callable");
    RT_CHECK_STR(CALL(py2c_builtin_iter, I(1), I(2), I(3)), "TypeError: iter expected at most 2 arguments, got 3");

    /* reversed: the containers' own reverse iterators, else the sequence
     * protocol (python3: list(reversed(...)), type(reversed(...)).__name__) */
    {
        Py2cValue rv = py2c_type_value(&py2c_reversed_type);
        Py2cValue t = py2c_tuple_pack(3, (Py2cValue[]){I(1), I(2), I(3)});
        Py2cValue r = py2c_call(rv, &t, 1, PY2C_NULL);
        RT_CHECK(!PY2C_IS_NULL(r) && py2c_type_of(r) == &py2c_reversed_type);
        RT_CHECK_STR(show(py2c_list_from_iterable(r)), "[3, 2, 1]");
        RT_CHECK_STR(show(py2c_next(r, S("end"))), "'end'");
        py2c_decref(r);
        py2c_decref(t);
        Py2cValue l = LIST(I(1), I(2));
        r = py2c_call(rv, &l, 1, PY2C_NULL);
        RT_CHECK_STR(py2c_type_name(r), "list_reverseiterator");
        RT_CHECK_STR(show(py2c_list_from_iterable(r)), "[2, 1]");
        py2c_decref(r);
        py2c_decref(l);
        Py2cValue str = S("ab\u00e9");
        r = py2c_call(rv, &str, 1, PY2C_NULL);
        RT_CHECK_STR(show(py2c_list_from_iterable(r)), "['\u00e9', 'b', 'a']");
        py2c_decref(r);
        py2c_decref(str);
        RT_CHECK_STR(show(py2c_call(rv, (Py2cValue[]){I(5)}, 1, PY2C_NULL)), "TypeError: 'int' object is not reversible");
        Py2cValue set = py2c_set_new();
        RT_CHECK_STR(show(py2c_call(rv, &set, 1, PY2C_NULL)), "TypeError: 'set' object is not reversible");
        Py2cValue d = py2c_dict_new();
        RT_CHECK_STR(py2c_type_name(r = py2c_call(rv, &d, 1, PY2C_NULL)), "dict_reversekeyiterator");
        py2c_decref(r);
        RT_CHECK_STR(show(py2c_call(rv, NULL, 0, PY2C_NULL)), "TypeError: reversed expected 1 argument, got 0");
        RT_CHECK_STR(show(py2c_call(rv, (Py2cValue[]){set, d}, 2, PY2C_NULL)),
                     "TypeError: reversed expected 1 argument, got 2");
        py2c_decref(set);
        py2c_decref(d);
    }
    /* chr converts to a C int first (python3: chr(2**40)) */
    RT_CHECK_STR(CALL(py2c_builtin_chr, I((int64_t)1 << 40)), "OverflowError: Python int too large to convert to C int");
    RT_CHECK_STR(CALL(py2c_builtin_chr, I(2147483647)), "ValueError: chr() arg not in range(0x110000)");

    /* getattr / hasattr / delattr */
    RT_CHECK_STR(CALL(py2c_builtin_delattr, I(1), S("real")), "AttributeError: attribute 'real' of 'int' objects is not writable");
    RT_CHECK_STR(CALL(py2c_builtin_delattr, I(1)), "TypeError: delattr expected 2 arguments, got 1");
    RT_CHECK_STR(CALL(py2c_builtin_delattr, I(1), I(2)), "TypeError: attribute name must be string, not 'int'");
    RT_CHECK_STR(CALL(py2c_builtin_getattr, I(1), S("foo")), "AttributeError: 'int' object has no attribute 'foo'");
    RT_CHECK_STR(CALL(py2c_builtin_getattr, I(1), S("foo"), I(3)), "3");
    RT_CHECK_STR(CALL(py2c_builtin_getattr, I(1), I(2)), "TypeError: attribute name must be string, not 'int'");
    RT_CHECK_STR(CALL(py2c_builtin_hasattr, I(1), S("foo")), "False");

    /* sys */
    Py2cValue sys = py2c_obj_value(py2c_sys_module);
    RT_CHECK_STR(show(py2c_getattr(sys, S("maxsize"))), "9223372036854775807");
    RT_CHECK_STR(show(py2c_getattr(sys, S("nope"))), "AttributeError: module 'sys' has no attribute 'nope'");
    RT_CHECK_STR(show(py2c_repr(sys)), "\"<module 'sys' (built-in)>\"");
    RT_CHECK_STR(show(py2c_getattr(sys, S("stdout"))), "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
    RT_CHECK(py2c_sys_set_argv(2, (char *[]){"prog.py", "x"}) == 0);
    RT_CHECK_STR(show(py2c_getattr(sys, S("argv"))), "['prog.py', 'x']");
    RT_CHECK_STR(show(py2c_call_method(sys, S("exit"), (Py2cValue[]){I(3)}, 1, PY2C_NULL)), "SystemExit: 3");
    RT_CHECK_STR(show(py2c_call_method(sys, S("getrecursionlimit"), NULL, 0, PY2C_NULL)), "1000");
    {
        /* sys.exit((4,)) raises SystemExit(4); sys.exit(()) SystemExit() */
        Py2cValue t = py2c_tuple_pack(1, (Py2cValue[]){I(4)});
        RT_CHECK(PY2C_IS_NULL(py2c_call_method(sys, S("exit"), &t, 1, PY2C_NULL)));
        Py2cValue exc = py2c_error_fetch();
        RT_CHECK_STR(show(py2c_getattr(exc, S("code"))), "4");
        py2c_decref(exc);
        py2c_decref(t);
        t = py2c_tuple_new(0);
        RT_CHECK(PY2C_IS_NULL(py2c_call_method(sys, S("exit"), &t, 1, PY2C_NULL)));
        exc = py2c_error_fetch();
        RT_CHECK_STR(show(py2c_getattr(exc, S("code"))), "None");
        py2c_decref(exc);
        py2c_decref(t);
    }
    RT_CHECK_STR(show(py2c_call_method(sys, S("setrecursionlimit"), (Py2cValue[]){I((int64_t)1 << 40)}, 1, PY2C_NULL)),
                 "OverflowError: Python int too large to convert to C int");
    RT_DONE("builtins");
}
