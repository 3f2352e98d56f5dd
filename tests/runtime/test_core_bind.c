/* Argument binding of Python functions: CPython 3.11's rules and messages
 * (expected texts from python3; see the comment above each group). */
#include <stdlib.h>
#include <string.h>

#include "rt_test.h"
#include "internal.h"

/* The message of the current exception as "Type: text", cleared; "" if none. */
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

/* Every body returns the tuple of its bound parameters. */
static int nparams_of(const Py2cFuncInfo *info) {
    return info->npos + info->nkwonly + ((info->flags & PY2C_FUNC_VARARGS) != 0) + ((info->flags & PY2C_FUNC_VARKW) != 0);
}
static Py2cValue body_tuple(Py2cFunction *fn, Py2cValue *params) {
    int n = nparams_of(fn->info);
    Py2cValue t = py2c_tuple_pack((size_t)n, params);
    for (int i = 0; i < n; i++) py2c_decref(params[i]);
    return t;
}

/* def f(a, b, /, c, d=4, *args, e, g=6, **kw) */
static const char *const f_params[] = {"a", "b", "c", "d", "args", "e", "g", "kw"};
static const Py2cFuncInfo f_info = {"f", "f", f_params, 2, 4, 2, PY2C_FUNC_VARARGS | PY2C_FUNC_VARKW, body_tuple, NULL, NULL, NULL};
/* def h(x, y) */
static const char *const h_params[] = {"x", "y"};
static const Py2cFuncInfo h_info = {"h", "h", h_params, 0, 2, 0, 0, body_tuple, NULL, NULL, NULL};
/* def k(x, y=2) */
static const Py2cFuncInfo k_info = {"k", "k", h_params, 0, 2, 0, 0, body_tuple, NULL, NULL, NULL};
/* def m(x, *, y, z) */
static const char *const m_params[] = {"x", "y", "z"};
static const Py2cFuncInfo m_info = {"m", "m", m_params, 0, 1, 2, 0, body_tuple, NULL, NULL, NULL};
/* def n(x) */
static const Py2cFuncInfo n_info = {"n", "Outer.n", h_params, 0, 1, 0, 0, body_tuple, NULL, NULL, NULL};
/* def p(a, b, /) */
static const char *const p_params[] = {"a", "b"};
static const Py2cFuncInfo p_info = {"p", "p", p_params, 2, 2, 0, 0, body_tuple, NULL, NULL, NULL};
/* def q() */
static const Py2cFuncInfo q_info = {"q", "q", NULL, 0, 0, 0, 0, body_tuple, NULL, NULL, NULL};
/* def r(a, b, c, d) */
static const char *const r_params[] = {"a", "b", "c", "d"};
static const Py2cFuncInfo r_info = {"r", "r", r_params, 0, 4, 0, 0, body_tuple, NULL, NULL, NULL};

/* Calls fn with positional ints 1..npos and keywords names (a space-separated
 * list) valued 10, 11, ...; returns the error text or "OK <repr of result>". */
static const char *call(Py2cValue fn, int npos, const char *kwlist) {
    static char out[512];
    Py2cValue args[16];
    Py2cValue names[8];
    int nkw = 0;
    for (int i = 0; i < npos; i++) args[i] = py2c_int(i + 1);
    char tmp[128];
    snprintf(tmp, sizeof tmp, "%s", kwlist ? kwlist : "");
    for (char *tok = strtok(tmp, " "); tok; tok = strtok(NULL, " ")) {
        names[nkw] = S(tok);
        args[npos + nkw] = py2c_int(10 + nkw);
        nkw++;
    }
    Py2cValue kwnames = nkw ? py2c_tuple_pack((size_t)nkw, names) : PY2C_NULL;
    for (int i = 0; i < nkw; i++) py2c_decref(names[i]);
    Py2cValue r = py2c_call(fn, args, (size_t)npos, kwnames);
    py2c_decref(kwnames);
    if (PY2C_IS_NULL(r)) return err_text();
    Py2cValue s = py2c_repr(r);
    snprintf(out, sizeof out, "OK %s", py2c__as_str(s)->data);
    py2c_decref(s);
    py2c_decref(r);
    return out;
}

int main(void) {
    Py2cValue four = py2c_int(4), two = py2c_int(2);
    Py2cValue fdefs = py2c_tuple_pack(1, &four);
    Py2cValue kwd = py2c_dict_new();
    Py2cValue gname = S("g");
    RT_CHECK(py2c_dict_setitem(kwd, gname, py2c_int(6)) == 0);
    Py2cValue f = py2c_function_new(&f_info, fdefs, kwd, PY2C_NULL);
    Py2cValue h = py2c_function_new(&h_info, PY2C_NULL, PY2C_NULL, PY2C_NULL);
    Py2cValue kdefs = py2c_tuple_pack(1, &two);
    Py2cValue k = py2c_function_new(&k_info, kdefs, PY2C_NULL, PY2C_NULL);
    Py2cValue m = py2c_function_new(&m_info, PY2C_NULL, PY2C_NULL, PY2C_NULL);
    Py2cValue n = py2c_function_new(&n_info, PY2C_NULL, PY2C_NULL, PY2C_NULL);
    Py2cValue p = py2c_function_new(&p_info, PY2C_NULL, PY2C_NULL, PY2C_NULL);
    Py2cValue q = py2c_function_new(&q_info, PY2C_NULL, PY2C_NULL, PY2C_NULL);
    Py2cValue r = py2c_function_new(&r_info, PY2C_NULL, PY2C_NULL, PY2C_NULL);

    /* successful bindings */
    RT_CHECK_STR(call(f, 3, "e"), "OK (1, 2, 3, 4, (), 10, 6, {})");
    RT_CHECK_STR(call(f, 6, "e g z"), "OK (1, 2, 3, 4, (5, 6), 10, 11, {'z': 12})");
    RT_CHECK_STR(call(f, 2, "c e a"), "OK (1, 2, 10, 4, (), 11, 6, {'a': 12})");
    RT_CHECK_STR(call(h, 0, "y x"), "OK (11, 10)");
    RT_CHECK_STR(call(k, 1, NULL), "OK (1, 2)");
    RT_CHECK_STR(call(m, 1, "z y"), "OK (1, 11, 10)");
    RT_CHECK_STR(call(q, 0, NULL), "OK ()");

    /* messages, as python3 prints them (tests/runtime: see bind.py in the report) */
    RT_CHECK_STR(call(f, 0, NULL), "TypeError: f() missing 3 required positional arguments: 'a', 'b', and 'c'");
    RT_CHECK_STR(call(f, 1, NULL), "TypeError: f() missing 2 required positional arguments: 'b' and 'c'");
    RT_CHECK_STR(call(f, 2, NULL), "TypeError: f() missing 1 required positional argument: 'c'");
    RT_CHECK_STR(call(f, 3, NULL), "TypeError: f() missing 1 required keyword-only argument: 'e'");
    RT_CHECK_STR(call(f, 3, "c e"), "TypeError: f() got multiple values for argument 'c'");
    RT_CHECK_STR(call(f, 1, "a b c e"), "TypeError: f() missing 1 required positional argument: 'b'");
    RT_CHECK_STR(call(h, 3, NULL), "TypeError: h() takes 2 positional arguments but 3 were given");
    RT_CHECK_STR(call(h, 1, NULL), "TypeError: h() missing 1 required positional argument: 'y'");
    RT_CHECK_STR(call(h, 0, NULL), "TypeError: h() missing 2 required positional arguments: 'x' and 'y'");
    RT_CHECK_STR(call(h, 1, "x"), "TypeError: h() got multiple values for argument 'x'");
    RT_CHECK_STR(call(h, 2, "z"), "TypeError: h() got an unexpected keyword argument 'z'");
    RT_CHECK_STR(call(k, 3, NULL), "TypeError: k() takes from 1 to 2 positional arguments but 3 were given");
    RT_CHECK_STR(call(k, 4, NULL), "TypeError: k() takes from 1 to 2 positional arguments but 4 were given");
    RT_CHECK_STR(call(n, 2, NULL), "TypeError: Outer.n() takes 1 positional argument but 2 were given");
    RT_CHECK_STR(call(n, 0, NULL), "TypeError: Outer.n() missing 1 required positional argument: 'x'");
    RT_CHECK_STR(call(q, 1, NULL), "TypeError: q() takes 0 positional arguments but 1 was given");
    RT_CHECK_STR(call(m, 2, "y"),
                 "TypeError: m() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given");
    RT_CHECK_STR(call(m, 1, NULL), "TypeError: m() missing 2 required keyword-only arguments: 'y' and 'z'");
    RT_CHECK_STR(call(m, 1, "z"), "TypeError: m() missing 1 required keyword-only argument: 'y'");
    RT_CHECK_STR(call(m, 3, "y z"),
                 "TypeError: m() takes 1 positional argument but 3 positional arguments (and 2 keyword-only arguments) were given");
    RT_CHECK_STR(call(p, 1, "b"), "TypeError: p() got some positional-only arguments passed as keyword arguments: 'b'");
    RT_CHECK_STR(call(p, 0, "a b"), "TypeError: p() got some positional-only arguments passed as keyword arguments: 'a, b'");
    RT_CHECK_STR(call(q, 0, "x"), "TypeError: q() got an unexpected keyword argument 'x'");
    RT_CHECK_STR(call(r, 0, NULL), "TypeError: r() missing 4 required positional arguments: 'a', 'b', 'c', and 'd'");

    /* call_ex: f(*(1, 2, 3), **{'e': 5}) */
    Py2cValue targs = py2c_tuple_pack(3, (Py2cValue[]){py2c_int(1), py2c_int(2), py2c_int(3)});
    Py2cValue kw = py2c_dict_new();
    Py2cValue ename = S("e");
    RT_CHECK(py2c_dict_setitem(kw, ename, py2c_int(5)) == 0);
    Py2cValue res = py2c_call_ex(f, targs, kw);
    RT_CHECK(!PY2C_IS_NULL(res));
    if (!PY2C_IS_NULL(res)) {
        Py2cValue s = py2c_repr(res);
        RT_CHECK_STR(py2c__as_str(s)->data, "(1, 2, 3, 4, (), 5, 6, {})");
        py2c_decref(s);
    }
    py2c_decref(res);

    /* repr and names */
    Py2cValue rs = py2c_repr(n);
    RT_CHECK(strncmp(py2c__as_str(rs)->data, "<function Outer.n at 0x", 23) == 0);
    py2c_decref(rs);
    Py2cValue qn = S("__qualname__"), nm = S("__name__");
    Py2cValue v = py2c_getattr(n, qn);
    RT_CHECK_STR(py2c__as_str(v)->data, "Outer.n");
    py2c_decref(v);
    v = py2c_getattr(n, nm);
    RT_CHECK_STR(py2c__as_str(v)->data, "n");
    py2c_decref(v);

    /* recursion limit */
    RT_CHECK(py2c_recursion_get_limit() == 1000);
    int depth = 0;
    while (py2c_recursion_enter() == 0) depth++;
    RT_CHECK(depth == 999); /* the module frame counts as one, as in CPython */
    while (depth--) py2c_recursion_leave();
    RT_CHECK_STR(err_text(), "RecursionError: maximum recursion depth exceeded");
    RT_CHECK(py2c_recursion_set_limit(0) == -1);
    RT_CHECK_STR(err_text(), "ValueError: recursion limit must be greater or equal than 1");
    RT_CHECK(py2c_recursion_set_limit(50) == 0);
    depth = 0;
    while (py2c_recursion_enter() == 0) depth++;
    RT_CHECK(depth == 49);
    py2c_error_clear();
    while (depth--) py2c_recursion_leave();
    RT_CHECK(py2c_recursion_set_limit(1000) == 0);

    /* cells */
    Py2cValue cell = py2c_cell_new(py2c_int(7));
    RT_CHECK(py2c_cell_ptr(cell)->ref.bits == py2c_int(7).bits);
    py2c_decref(cell);

    Py2cValue all[] = {fdefs, kwd, gname, f, h, kdefs, k, m, n, p, q, r, targs, kw, ename, qn, nm};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) py2c_decref(all[i]);
    RT_DONE("core_bind");
}
