/* Exceptions: str/repr/args as CPython, matching, raising, implicit and
 * explicit chaining, the uncaught-exception report, user exception classes,
 * SystemExit in py2c_main. Expected texts come from python3. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rt_test.h"
#include "internal.h"

static const char *err_text(void) {
    static char buf[512];
    Py2cValue e = py2c_error_fetch();
    if (PY2C_IS_NULL(e)) return "";
    Py2cValue s = py2c_str(e);
    snprintf(buf, sizeof buf, "%s: %s", py2c_type_name(e), PY2C_IS_NULL(s) ? "?" : py2c__as_str(s)->data);
    py2c_decref(s);
    py2c_decref(e);
    py2c_error_clear();
    return buf;
}

static Py2cValue S(const char *s) { return py2c_str_from_utf8(s, (int64_t)strlen(s)); }

static const char *text(Py2cValue v) {
    static char buf[1024];
    if (PY2C_IS_NULL(v)) return err_text();
    if (!py2c_is_str(v)) {
        Py2cValue r = py2c_repr(v);
        py2c_decref(v);
        v = r;
    }
    snprintf(buf, sizeof buf, "%s", py2c__as_str(v)->data);
    py2c_decref(v);
    return buf;
}

static Py2cValue T(const Py2cType *t) { return py2c_type_value(t); }

static Py2cValue make(const Py2cType *t, size_t n, const Py2cValue *args) { return py2c_call(T(t), args, n, PY2C_NULL); }

/* What py2c_exception_print writes for exc. */
static const char *printed(Py2cValue exc) {
    static char buf[4096];
    FILE *f = tmpfile();
    py2c_exception_print(exc, f);
    rewind(f);
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

static const Py2cCodeLoc locs[] = {
    {3, "1/0", NULL},
    {5, "raise ValueError(\"bad\")", NULL},
    {2, "return f(n + 1)", "       ^^^^^^^^"},
};
static const Py2cCode code_mod = {"t.py", "<module>", locs, 3};
static const Py2cCode code_f = {"t.py", "f", locs, 3};

/* User-class method bodies: __str__ returns "custom"; __init__(self, code)
 * sets self.code. */
static Py2cValue str_body(Py2cFunction *fn, Py2cValue *params) {
    (void)fn;
    py2c_decref(params[0]);
    return S("custom");
}
static Py2cValue init_body(Py2cFunction *fn, Py2cValue *params) {
    (void)fn;
    Py2cValue name = S("code");
    int r = py2c_setattr(params[0], name, params[1]);
    py2c_decref(name);
    py2c_decref(params[0]);
    py2c_decref(params[1]);
    return r < 0 ? PY2C_NULL : PY2C_NONE;
}
static const char *const self_only[] = {"self"};
static const char *const self_code[] = {"self", "code"};
static const Py2cFuncInfo str_info = {"__str__", "C.__str__", self_only, 0, 1, 0, 0, str_body, NULL, NULL, NULL};
static const Py2cFuncInfo init_info = {"__init__", "E.__init__", self_code, 0, 2, 0, 0, init_body, NULL, NULL, NULL};

static Py2cModuleBody exit_body_value;
static Py2cValue exit_arg;
static Py2cValue exit_body(void) {
    Py2cValue e = make(&py2c_exc_SystemExit, PY2C_IS_NULL(exit_arg) ? 0 : 1, &exit_arg);
    py2c_raise(e, PY2C_NULL);
    py2c_decref(e);
    return PY2C_NULL;
}

/* Runs py2c_main with exit_body; returns the status and what went to stderr. */
static int run_main(char *err, size_t cap) {
    fflush(stderr);
    int saved = dup(2);
    FILE *f = tmpfile();
    dup2(fileno(f), 2);
    int status = py2c_main(0, NULL, exit_body);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    rewind(f);
    size_t n = fread(err, 1, cap - 1, f);
    err[n] = '\0';
    fclose(f);
    return status;
}

int main(void) {
    (void)exit_body_value;
    Py2cValue x = S("x"), k = S("k"), a = S("a"), b = S("b");

    /* --- str / repr / args --- */
    Py2cValue e0 = make(&py2c_exc_ValueError, 0, NULL);
    Py2cValue e1 = make(&py2c_exc_ValueError, 1, &x);
    Py2cValue e2 = make(&py2c_exc_ValueError, 2, (Py2cValue[]){x, py2c_int(1)});
    RT_CHECK_STR(text(py2c_str(e0)), "");
    RT_CHECK_STR(text(py2c_repr(e0)), "ValueError()");
    RT_CHECK_STR(text(py2c_str(e1)), "x");
    RT_CHECK_STR(text(py2c_repr(e1)), "ValueError('x')");
    RT_CHECK_STR(text(py2c_str(e2)), "('x', 1)");
    RT_CHECK_STR(text(py2c_repr(e2)), "ValueError('x', 1)");
    Py2cValue args_name = S("args");
    RT_CHECK_STR(text(py2c_getattr(e1, args_name)), "('x',)");
    RT_CHECK_STR(text(py2c_getattr(e0, args_name)), "()");
    Py2cValue ke = make(&py2c_exc_KeyError, 1, &k);
    RT_CHECK_STR(text(py2c_str(ke)), "'k'");
    RT_CHECK_STR(text(py2c_repr(ke)), "KeyError('k')");
    Py2cValue ke2 = make(&py2c_exc_KeyError, 2, (Py2cValue[]){a, b});
    RT_CHECK_STR(text(py2c_str(ke2)), "('a', 'b')");
    Py2cValue fnm = S("No such file or directory"), xt = S("x.txt");
    Py2cValue oe = make(&py2c_exc_OSError, 3, (Py2cValue[]){py2c_int(2), fnm, xt});
    RT_CHECK_STR(py2c_type_name(oe), "FileNotFoundError");
    RT_CHECK_STR(text(py2c_str(oe)), "[Errno 2] No such file or directory: 'x.txt'");
    RT_CHECK_STR(text(py2c_getattr(oe, args_name)), "(2, 'No such file or directory')");
    Py2cValue si = make(&py2c_exc_StopIteration, 1, (Py2cValue[]){py2c_int(5)});
    Py2cValue value_name = S("value"), code_name = S("code");
    RT_CHECK(py2c_getattr(si, value_name).bits == py2c_int(5).bits);
    Py2cValue se = make(&py2c_exc_SystemExit, 2, (Py2cValue[]){py2c_int(1), py2c_int(2)});
    RT_CHECK_STR(text(py2c_getattr(se, code_name)), "(1, 2)");
    RT_CHECK_STR(text(py2c_call(T(&py2c_exc_ValueError), (Py2cValue[]){py2c_int(1)}, 0, PY2C_NULL)), "ValueError()");
    Py2cValue kwn = py2c_tuple_pack(1, &x);
    RT_CHECK_STR(text(py2c_call(T(&py2c_exc_ValueError), (Py2cValue[]){py2c_int(1)}, 0, kwn)),
                 "TypeError: ValueError() takes no keyword arguments");
    RT_CHECK_STR(text(py2c_repr(T(&py2c_exc_ZeroDivisionError))), "<class 'ZeroDivisionError'>");

    /* --- hierarchy and matching --- */
    RT_CHECK(py2c_type_is_subtype(&py2c_exc_ZeroDivisionError, &py2c_exc_ArithmeticError));
    RT_CHECK(py2c_type_is_subtype(&py2c_exc_RecursionError, &py2c_exc_RuntimeError));
    RT_CHECK(py2c_type_is_subtype(&py2c_exc_UnicodeDecodeError, &py2c_exc_ValueError));
    RT_CHECK(py2c_type_is_subtype(&py2c_exc_FileNotFoundError, &py2c_exc_OSError));
    RT_CHECK(!py2c_type_is_subtype(&py2c_exc_SystemExit, &py2c_exc_Exception));
    RT_CHECK(py2c_type_is_subtype(&py2c_exc_KeyboardInterrupt, &py2c_exc_BaseException));
    Py2cValue pair = py2c_tuple_pack(2, (Py2cValue[]){T(&py2c_exc_TypeError), T(&py2c_exc_LookupError)});
    RT_CHECK(py2c_exception_matches(ke, pair) == 1);
    RT_CHECK(py2c_exception_matches(e1, pair) == 0);
    RT_CHECK(py2c_exception_matches(e1, T(&py2c_exc_Exception)) == 1);
    RT_CHECK(py2c_exception_matches(e1, py2c_int(1)) == -1);
    RT_CHECK_STR(err_text(), "TypeError: catching classes that do not inherit from BaseException is not allowed");
    Py2cValue badpair = py2c_tuple_pack(2, (Py2cValue[]){T(&py2c_exc_ValueError), T(&py2c_object_type)});
    RT_CHECK(py2c_exception_matches(e1, badpair) == -1);
    RT_CHECK_STR(err_text(), "TypeError: catching classes that do not inherit from BaseException is not allowed");

    /* --- raise --- */
    RT_CHECK(PY2C_IS_NULL(py2c_raise(T(&py2c_exc_ValueError), PY2C_NULL)));
    RT_CHECK(py2c_error_matches(&py2c_exc_ValueError) && py2c_error_matches(&py2c_exc_Exception));
    RT_CHECK(!py2c_error_matches(&py2c_exc_TypeError));
    RT_CHECK_STR(err_text(), "ValueError: ");
    (void)py2c_raise(py2c_int(1), PY2C_NULL);
    RT_CHECK_STR(err_text(), "TypeError: exceptions must derive from BaseException");
    (void)py2c_raise(T(&py2c_exc_ValueError), py2c_int(1));
    RT_CHECK_STR(err_text(), "TypeError: exception causes must derive from BaseException");
    (void)py2c_reraise();
    RT_CHECK_STR(err_text(), "RuntimeError: No active exception to reraise");

    /* implicit chaining: try: 1/0  except: raise ValueError("bad") */
    (void)py2c_error_format(&py2c_exc_ZeroDivisionError, "division by zero");
    py2c_traceback_add(&code_mod, 0);
    Py2cValue zde = py2c_error_fetch();
    py2c_exc_handled_push(zde);
    Py2cValue bad = S("bad");
    Py2cValue ve = make(&py2c_exc_ValueError, 1, &bad);
    (void)py2c_raise(ve, PY2C_NULL);
    py2c_traceback_add(&code_mod, 1);
    py2c_exc_handled_pop();
    Py2cValue got = py2c_error_fetch();
    RT_CHECK(py2c_is(got, ve));
    RT_CHECK_STR(printed(got), "Traceback (most recent call last):\n"
                               "  File \"t.py\", line 3, in <module>\n"
                               "    1/0\n"
                               "ZeroDivisionError: division by zero\n"
                               "\n"
                               "During handling of the above exception, another exception occurred:\n"
                               "\n"
                               "Traceback (most recent call last):\n"
                               "  File \"t.py\", line 5, in <module>\n"
                               "    raise ValueError(\"bad\")\n"
                               "ValueError: bad\n");
    Py2cValue ctx_name = S("__context__"), cause_name = S("__cause__");
    Py2cValue link = py2c_getattr(got, ctx_name);
    RT_CHECK(py2c_is(link, zde));
    py2c_decref(link);
    py2c_decref(zde);
    py2c_decref(got);

    /* explicit: raise ValueError("bad") from KeyError('k'); from None */
    Py2cValue ve2 = make(&py2c_exc_ValueError, 1, &bad);
    py2c_exc_handled_push(ke);
    (void)py2c_raise(ve2, ke2);
    py2c_exc_handled_pop();
    got = py2c_error_fetch();
    RT_CHECK_STR(printed(got), "KeyError: ('a', 'b')\n"
                               "\n"
                               "The above exception was the direct cause of the following exception:\n"
                               "\n"
                               "ValueError: bad\n");
    link = py2c_getattr(got, cause_name);
    RT_CHECK(py2c_is(link, ke2));
    py2c_decref(link);
    py2c_decref(ke2);
    py2c_decref(got);
    Py2cValue ve3 = make(&py2c_exc_ValueError, 0, NULL);
    py2c_exc_handled_push(ke);
    (void)py2c_raise(ve3, PY2C_NONE);
    py2c_exc_handled_pop();
    got = py2c_error_fetch();
    RT_CHECK_STR(printed(got), "ValueError\n");
    py2c_decref(got);

    /* bare raise re-raises the handled exception, keeping its traceback */
    py2c_exc_handled_push(ve);
    (void)py2c_reraise();
    py2c_exc_handled_pop();
    got = py2c_error_fetch();
    RT_CHECK(py2c_is(got, ve));
    py2c_decref(got);

    /* deep recursion: repeated frames collapse */
    (void)py2c_error_format(&py2c_exc_RecursionError, "maximum recursion depth exceeded");
    for (int i = 0; i < 10; i++) py2c_traceback_add(&code_f, 2);
    py2c_traceback_add(&code_mod, 2);
    got = py2c_error_fetch();
    RT_CHECK_STR(printed(got), "Traceback (most recent call last):\n"
                               "  File \"t.py\", line 2, in <module>\n"
                               "    return f(n + 1)\n"
                               "           ^^^^^^^^\n"
                               "  File \"t.py\", line 2, in f\n"
                               "    return f(n + 1)\n"
                               "           ^^^^^^^^\n"
                               "  File \"t.py\", line 2, in f\n"
                               "    return f(n + 1)\n"
                               "           ^^^^^^^^\n"
                               "  File \"t.py\", line 2, in f\n"
                               "    return f(n + 1)\n"
                               "           ^^^^^^^^\n"
                               "  [Previous line repeated 7 more times]\n"
                               "RecursionError: maximum recursion depth exceeded\n");
    py2c_decref(got);

    /* --- user exception classes --- */
    Py2cValue bases = py2c_tuple_pack(1, (Py2cValue[]){T(&py2c_exc_Exception)});
    Py2cValue ns = py2c_dict_new();
    Py2cValue M = py2c_class_new("M", "M", "__main__", bases, ns);
    RT_CHECK(!PY2C_IS_NULL(M));
    RT_CHECK_STR(text(py2c_repr(M)), "<class '__main__.M'>");
    Py2cValue m = py2c_call(M, (Py2cValue[]){x, py2c_int(2)}, 2, PY2C_NULL);
    RT_CHECK_STR(text(py2c_str(m)), "('x', 2)");
    RT_CHECK_STR(text(py2c_repr(m)), "M('x', 2)");
    RT_CHECK(py2c_exception_matches(m, T(&py2c_exc_Exception)) == 1);
    RT_CHECK(py2c_exception_matches(m, M) == 1);
    RT_CHECK(py2c_exception_matches(e1, M) == 0);
    RT_CHECK_STR(printed(m), "M: ('x', 2)\n");
    RT_CHECK_STR(text(py2c_call(M, (Py2cValue[]){x}, 0, kwn)), "TypeError: M() takes no keyword arguments");
    Py2cValue tag = S("tag");
    RT_CHECK(py2c_setattr(m, tag, py2c_int(9)) == 0);
    RT_CHECK(py2c_getattr(m, tag).bits == py2c_int(9).bits);

    /* class E(M): def __init__(self, code): self.code = code */
    Py2cValue ns2 = py2c_dict_new();
    Py2cValue init_fn = py2c_function_new(&init_info, PY2C_NULL, PY2C_NULL, PY2C_NULL);
    Py2cValue init_name = S("__init__");
    RT_CHECK(py2c_dict_setitem(ns2, init_name, init_fn) == 0);
    Py2cValue bases2 = py2c_tuple_pack(1, &M);
    Py2cValue E = py2c_class_new("E", "E", "__main__", bases2, ns2);
    Py2cValue e = py2c_call(E, (Py2cValue[]){py2c_int(5)}, 1, PY2C_NULL);
    RT_CHECK_STR(text(py2c_str(e)), "5");
    RT_CHECK_STR(text(py2c_repr(e)), "E(5)");
    RT_CHECK(py2c_getattr(e, code_name).bits == py2c_int(5).bits);
    RT_CHECK(py2c_exception_matches(e, M) == 1);
    RT_CHECK_STR(text(py2c_call(E, NULL, 0, PY2C_NULL)), "TypeError: E.__init__() missing 1 required positional argument: 'code'");

    /* class C: def __str__(self): return "custom" -- and a plain object class */
    Py2cValue ns3 = py2c_dict_new();
    Py2cValue str_fn = py2c_function_new(&str_info, PY2C_NULL, PY2C_NULL, PY2C_NULL);
    Py2cValue str_name = S("__str__");
    RT_CHECK(py2c_dict_setitem(ns3, str_name, str_fn) == 0);
    Py2cValue C = py2c_class_new("C", "C", "__main__", PY2C_NULL, ns3);
    Py2cValue c = py2c_call(C, NULL, 0, PY2C_NULL);
    RT_CHECK_STR(text(py2c_str(c)), "custom");
    RT_CHECK(strncmp(text(py2c_repr(c)), "<__main__.C object at 0x", 24) == 0);
    RT_CHECK_STR(text(py2c_call_method(c, str_name, NULL, 0, PY2C_NULL)), "custom");
    Py2cValue meth = py2c_getattr(c, str_name);
    RT_CHECK(strncmp(text(py2c_repr(meth)), "<bound method C.__str__ of <__main__.C object at 0x", 51) == 0);
    py2c_decref(meth);
    RT_CHECK_STR(text(py2c_call(C, &x, 1, PY2C_NULL)), "TypeError: C() takes no arguments");
    RT_CHECK(py2c_setattr(c, tag, x) == 0);
    RT_CHECK_STR(text(py2c_getattr(c, tag)), "x");
    RT_CHECK(py2c_delattr(c, tag) == 0);
    RT_CHECK_STR(text(py2c_getattr(c, tag)), "AttributeError: 'C' object has no attribute 'tag'");
    RT_CHECK(py2c_hash(c) != -1);

    /* --- SystemExit in py2c_main --- */
    char err[256];
    exit_arg = PY2C_NULL;
    RT_CHECK(run_main(err, sizeof err) == 0);
    RT_CHECK_STR(err, "");
    exit_arg = py2c_int(3);
    RT_CHECK(run_main(err, sizeof err) == 3);
    RT_CHECK_STR(err, "");
    Py2cValue bye = S("bye");
    exit_arg = bye;
    RT_CHECK(run_main(err, sizeof err) == 1);
    RT_CHECK_STR(err, "bye\n");
    exit_arg = PY2C_NONE;
    RT_CHECK(run_main(err, sizeof err) == 0);

    Py2cValue all[] = {ve2, ve3, x, k, a, b, e0, e1, e2, args_name, ke, fnm, xt, oe, si, value_name, code_name, se, kwn, pair, badpair,
                       bad, ve, ctx_name, cause_name, bases, ns, M, m, tag, ns2, init_fn, init_name, bases2, E, e, ns3,
                       str_fn, str_name, C, c, bye};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) py2c_decref(all[i]);
    RT_DONE("core_exc");
}
