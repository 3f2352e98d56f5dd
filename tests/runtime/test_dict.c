/* dict: methods, views, iteration errors, merging and CPython's messages.
 * Expected texts are checked against python3 by test_list_oracle.py. */
#include "test_list_helpers.h"

static Py2cValue kw(int n, ...) {
    Py2cValue names[4];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) names[i] = S(va_arg(ap, const char *));
    va_end(ap);
    return own(py2c_tuple_pack((size_t)n, names));
}

/* next() n times on a fresh iterator of v, mutating d in between */
static Py2cValue iter_then(Py2cValue it, int (*mutate)(Py2cValue), Py2cValue d) {
    Py2cValue first = own(py2c_iter_next(it));
    if (PY2C_IS_NULL(first)) return first;
    if (mutate(d) < 0) return PY2C_NULL;
    return own(py2c_iter_next(it));
}
static int add_key(Py2cValue d) { return py2c_dict_setitem(d, py2c_int(99), py2c_int(0)); }
static int del_add(Py2cValue d) {
    if (py2c_dict_delitem(d, py2c_int(3)) < 0) return -1;
    return py2c_dict_setitem(d, py2c_int(5), py2c_int(6));
}

static Py2cValue merge_kwargs(Py2cValue d, Py2cValue m, Py2cValue f) { return after(py2c_dict_merge_kwargs(d, m, f), d); }

int main(void) {
    Py2cValue d, fk;
#define ab D(2, S("a"), I(1), S("b"), I(2))
    Py2cValue dict_t = py2c_type_value(&py2c_dict_type);

    PY("{}", D(0), "{}");
    PY("{'a': 1, 'b': [2]}", D(2, S("a"), I(1), S("b"), L(1, I(2))), "{'a': 1, 'b': [2]}");
    PY("d = {}; d[1] = d; d", (d = D(0), after(py2c_dict_setitem(d, I(1), d), d)), "{1: {...}}");
    if (py2c_dict_delitem(d, I(1)) < 0) return 1; /* break the cycle */
    PY("d = {1: 'a', 2: 'b'}; d[1] = 'c'; d[0] = 'z'; d",
       (d = D(2, I(1), S("a"), I(2), S("b")), after(py2c_setitem(d, I(1), S("c")), d), after(py2c_setitem(d, I(0), S("z")), d)),
       "{1: 'c', 2: 'b', 0: 'z'}");
    PY("{1: 2, 1.0: 3, True: 4}", D(3, I(1), I(2), F(1.0), I(3), B(1), I(4)), "{1: 4}");
    PY("d = {1: 1, 2: 2, 3: 3}; del d[2]; d[2] = 0; d",
       (d = D(3, I(1), I(1), I(2), I(2), I(3), I(3)), after(py2c_delitem(d, I(2)), d), after(py2c_setitem(d, I(2), I(0)), d)),
       "{1: 1, 3: 3, 2: 0}");
    PY("{}['a']", getitem(D(0), S("a")), "KeyError: 'a'");
    PY("{}[(1, 2)]", getitem(D(0), T(2, I(1), I(2))), "KeyError: (1, 2)");
    PY("{}[[]]", getitem(D(0), L(0)), "TypeError: unhashable type: 'list'");
    PY("d = {}; del d[1]", rc(py2c_delitem(D(0), I(1))), "KeyError: 1");
    PY("{'a': 1}.get('a')", call(ab, "get", 1, S("a")), "1");
    PY("{'a': 1}.get('z')", call(ab, "get", 1, S("z")), "None");
    PY("{'a': 1}.get('z', 5)", call(ab, "get", 2, S("z"), I(5)), "5");
    PY("{}.get()", call(ab, "get", 0), "TypeError: get expected at least 1 argument, got 0");
    PY("{}.get(1, 2, 3)", call(ab, "get", 3, I(1), I(2), I(3)), "TypeError: get expected at most 2 arguments, got 3");
    PY("d = {}; d.setdefault('k', []).append(1); d",
       (d = D(0), call(call(d, "setdefault", 2, S("k"), L(0)), "append", 1, I(1)), d), "{'k': [1]}");
    PY("{'k': 1}.setdefault('k', 2)", call(D(1, S("k"), I(1)), "setdefault", 2, S("k"), I(2)), "1");
    PY("d = {'a': 1, 'b': 2}; d.pop('a'), d", (d = D(2, S("a"), I(1), S("b"), I(2)), T(2, call(d, "pop", 1, S("a")), d)),
       "(1, {'b': 2})");
    PY("{}.pop('a', 0)", call(D(0), "pop", 2, S("a"), I(0)), "0");
    PY("{}.pop('a')", call(D(0), "pop", 1, S("a")), "KeyError: 'a'");
    PY("d = {1: 2, 3: 4}; d.popitem(), d", (d = D(2, I(1), I(2), I(3), I(4)), T(2, call(d, "popitem", 0), d)),
       "((3, 4), {1: 2})");
    PY("{}.popitem()", call(D(0), "popitem", 0), "KeyError: 'popitem(): dictionary is empty'");
    PY("d = {1: 2}; d.popitem(); d[5] = 6; d", (d = D(1, I(1), I(2)), call(d, "popitem", 0), after(py2c_setitem(d, I(5), I(6)), d)),
       "{5: 6}");
    PY("d = {'a': 0}; d.update({'b': 1}, c=2); d",
       (d = D(1, S("a"), I(0)), callkw(d, "update", kw(1, "c"), 2, D(1, S("b"), I(1)), I(2)), d), "{'a': 0, 'b': 1, 'c': 2}");
    PY("d = {}; d.update([(1, 2), [3, 4]]); d", (d = D(0), call(d, "update", 1, L(2, T(2, I(1), I(2)), L(2, I(3), I(4)))), d),
       "{1: 2, 3: 4}");
    PY("{}.update(1)", call(D(0), "update", 1, I(1)), "TypeError: 'int' object is not iterable");
    PY("{}.update([1])", call(D(0), "update", 1, L(1, I(1))),
       "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
    PY("{}.update([(1, 2), (1, 2, 3)])", call(D(0), "update", 1, L(2, T(2, I(1), I(2)), T(3, I(1), I(2), I(3)))),
       "ValueError: dictionary update sequence element #1 has length 3; 2 is required");
    PY("{}.update({}, {})", call(D(0), "update", 2, D(0), D(0)), "TypeError: update expected at most 1 argument, got 2");
    PY("d = {1: 2}; d.clear(); d", (d = D(1, I(1), I(2)), call(d, "clear", 0), d), "{}");
    PY("{1: [2]}.copy()", call(D(1, I(1), L(1, I(2))), "copy", 0), "{1: [2]}");
    PY("{}.fromkeys('ab', 0)", call(D(0), "fromkeys", 2, S("ab"), I(0)), "{'a': 0, 'b': 0}");
    PY("{1: 1}.fromkeys([1, 2])", call(D(1, I(1), I(1)), "fromkeys", 1, L(2, I(1), I(2))), "{1: None, 2: None}");
    PY("{}.fromkeys(1)", call(D(0), "fromkeys", 1, I(1)), "TypeError: 'int' object is not iterable");
    PY("{}.keys(1)", call(D(0), "keys", 1, I(1)), "TypeError: dict.keys() takes no arguments (1 given)");

    /* construction */
    PY("dict()", typecall(&py2c_dict_type, 0), "{}");
    PY("dict([('a', 1), ('b', 2)])", typecall(&py2c_dict_type, 1, L(2, T(2, S("a"), I(1)), T(2, S("b"), I(2)))),
       "{'a': 1, 'b': 2}");
    PY("dict({1: 2})", typecall(&py2c_dict_type, 1, D(1, I(1), I(2))), "{1: 2}");
    PY("dict(1)", typecall(&py2c_dict_type, 1, I(1)), "TypeError: 'int' object is not iterable");
    PY("dict([(1,)])", typecall(&py2c_dict_type, 1, L(1, T(1, I(1)))),
       "ValueError: dictionary update sequence element #0 has length 1; 2 is required");
    PY("dict(a=1, b=2)", own(py2c_call(dict_t, (Py2cValue[]){I(1), I(2)}, 0, kw(2, "a", "b"))), "{'a': 1, 'b': 2}");
    PY("dict({'a': 1, 'b': 2}, a=2)", own(py2c_call(dict_t, (Py2cValue[]){ab, I(2)}, 1, kw(1, "a"))), "{'a': 2, 'b': 2}");

    /* operators */
    PY("{1: 1, 2: 2} == {2: 2.0, 1: 1}", cmp(D(2, I(1), I(1), I(2), I(2)), D(2, I(2), F(2.0), I(1), I(1)), PY2C_EQ), "True");
    PY("{1: 1} != {1: 2}", cmp(D(1, I(1), I(1)), D(1, I(1), I(2)), PY2C_NE), "True");
    PY("{1: 1} == {2: 1}", cmp(D(1, I(1), I(1)), D(1, I(2), I(1)), PY2C_EQ), "False");
    PY("{} < {}", cmp(D(0), D(0), PY2C_LT), "TypeError: '<' not supported between instances of 'dict' and 'dict'");
    PY("{1: 1, 2: 2} | {2: 3, 4: 4}", binop(D(2, I(1), I(1), I(2), I(2)), D(2, I(2), I(3), I(4), I(4)), PY2C_OP_OR),
       "{1: 1, 2: 3, 4: 4}");
    PY("{1: 2} | [1]", binop(D(1, I(1), I(2)), L(1, I(1)), PY2C_OP_OR), "TypeError: unsupported operand type(s) for |: 'dict' and 'list'");
    PY("d = {1: 2}; d |= [(3, 4)]; d", inplace(D(1, I(1), I(2)), L(1, T(2, I(3), I(4))), PY2C_OP_OR), "{1: 2, 3: 4}");
    PY("2 in {1: 2}", rb(py2c_contains(D(1, I(1), I(2)), I(2))), "False");
    PY("[] in {1: 2}", rb(py2c_contains(D(1, I(1), I(2)), L(0))), "TypeError: unhashable type: 'list'");
    PY("hash({})", rc64(py2c_hash(D(0))), "TypeError: unhashable type: 'dict'");

    /* views and iteration */
#undef d
#define dv D(3, I(1), S("a"), I(2), S("b"), T(0), NONE)
    PY("{1: 'a', 2: 'b', (): None}.keys()", call(dv, "keys", 0), "dict_keys([1, 2, ()])");
    PY("{1: 'a', 2: 'b', (): None}.values()", call(dv, "values", 0), "dict_values(['a', 'b', None])");
    PY("{1: 'a', 2: 'b', (): None}.items()", call(dv, "items", 0), "dict_items([(1, 'a'), (2, 'b'), ((), None)])");
    PY("len({1: 'a', 2: 'b', (): None}.items())", rc64(py2c_len(call(dv, "items", 0))), "3");
    PY("(2, 'b') in {1: 'a', 2: 'b', (): None}.items()", rb(py2c_contains(call(dv, "items", 0), T(2, I(2), S("b")))), "True");
    PY("'b' in {1: 'a', 2: 'b', (): None}.values()", rb(py2c_contains(call(dv, "values", 0), S("b"))), "True");
    PY("list(reversed({1: 'a', 2: 'b', (): None}))", drain(own(py2c__reversed(dv))), "[(), 2, 1]");
    PY("list(reversed({1: 'a', 2: 'b', (): None}.items()))", drain(own(py2c__reversed(call(dv, "items", 0)))),
       "[((), None), (2, 'b'), (1, 'a')]");
    PY("{1: 0, 2: 0, 3: 0}.keys() & {2, 3, 4}", binop(call(D(3, I(1), I(0), I(2), I(0), I(3), I(0)), "keys", 0),
                                                      SET(3, I(2), I(3), I(4)), PY2C_OP_AND), "{2, 3}");
    PY("{1: 0, 2: 0}.keys() | [5]", binop(call(D(2, I(1), I(0), I(2), I(0)), "keys", 0), L(1, I(5)), PY2C_OP_OR), "{1, 2, 5}");
    PY("{1: 0, 2: 0}.keys() - {1}", binop(call(D(2, I(1), I(0), I(2), I(0)), "keys", 0), SET(1, I(1)), PY2C_OP_SUB), "{2}");
    PY("{1: 0, 2: 0}.keys() ^ (2, 3)", binop(call(D(2, I(1), I(0), I(2), I(0)), "keys", 0), T(2, I(2), I(3)), PY2C_OP_XOR),
       "{1, 3}");
    PY("{1: 0}.keys() == {1}", cmp(call(D(1, I(1), I(0)), "keys", 0), SET(1, I(1)), PY2C_EQ), "True");
    PY("type(iter({}.values())).__name__", S(py2c_type_name(own(py2c_iter(call(D(0), "values", 0))))), "'dict_valueiterator'");
    PY("type(reversed({})).__name__", S(py2c_type_name(own(py2c__reversed(D(0))))), "'dict_reversekeyiterator'");
    PY("d = {1: 2}; it = iter(d); next(it); d[99] = 0; next(it)",
       (d = D(1, I(1), I(2)), iter_then(own(py2c_iter(d)), add_key, d)), "RuntimeError: dictionary changed size during iteration");
    PY("d = {1: 2, 3: 4}; it = iter(d); next(it); del d[3]; d[5] = 6; next(it)",
       (d = D(2, I(1), I(2), I(3), I(4)), iter_then(own(py2c_iter(d)), del_add, d)), "5");

    /* ** merging for calls */
    PY("dict(a=1, **{'b': 2})", merge_kwargs(D(1, S("a"), I(1)), D(1, S("b"), I(2)), dict_t), "{'a': 1, 'b': 2}");
    PY("dict(a=1, **{'a': 2})", merge_kwargs(D(1, S("a"), I(1)), D(1, S("a"), I(2)), dict_t),
       "TypeError: dict() got multiple values for keyword argument 'a'");
    PY("dict(**{1: 2})", merge_kwargs(D(0), D(1, I(1), I(2)), dict_t), "TypeError: keywords must be strings");
    PY("dict(**[1])", merge_kwargs(D(0), L(1, I(1)), dict_t), "TypeError: dict() argument after ** must be a mapping, not list");
    PY("d = {'x': 1}; e = {}; e.update(d); e", after(py2c_dict_update(D(0), D(1, S("x"), I(1))), own(py2c_dict_copy(D(1, S("x"), I(1))))),
       "{'x': 1}");
    /* fromkeys is a class method: on the type too */
    PY("dict.fromkeys([1, 2], 0)", call(py2c_type_value(&py2c_dict_type), "fromkeys", 2, L(2, I(1), I(2)), I(0)), "{1: 0, 2: 0}");
    PY("f = dict.fromkeys; f('ab')", (fk = own(py2c_getattr(py2c_type_value(&py2c_dict_type), S("fromkeys"))),
                                       own(py2c_call(fk, (Py2cValue[]){S("ab")}, 1, PY2C_NULL))),
       "{'a': None, 'b': None}");
    PY("dict.fromkeys()", call(py2c_type_value(&py2c_dict_type), "fromkeys", 0), "TypeError: fromkeys expected at least 1 argument, got 0");
    /* set-like views */
    PY("{1: 2}.keys().isdisjoint([2])", call(own(py2c_call_method(D(1, I(1), I(2)), S("keys"), NULL, 0, PY2C_NULL)), "isdisjoint", 1,
                                             L(1, I(2))), "True");
    PY("{1: 2}.items().isdisjoint({(1, 2)})", call(own(py2c_call_method(D(1, I(1), I(2)), S("items"), NULL, 0, PY2C_NULL)),
                                                   "isdisjoint", 1, SET(1, T(2, I(1), I(2)))), "False");
    PY("{}.keys().isdisjoint()", call(own(py2c_call_method(D(0), S("keys"), NULL, 0, PY2C_NULL)), "isdisjoint", 0),
       "TypeError: dict_keys.isdisjoint() takes exactly one argument (0 given)");
    PY("{}.values().isdisjoint", own(py2c_getattr(own(py2c_call_method(D(0), S("values"), NULL, 0, PY2C_NULL)), S("isdisjoint"))),
       "AttributeError: 'dict_values' object has no attribute 'isdisjoint'");
    /* slot wrappers */
    PY("{'a': 1}.__getitem__('a')", call(D(1, S("a"), I(1)), "__getitem__", 1, S("a")), "1");
    PY("{'a': 1}.__len__()", call(D(1, S("a"), I(1)), "__len__", 0), "1");
    PY("{'a': 1}.__contains__('b')", call(D(1, S("a"), I(1)), "__contains__", 1, S("b")), "False");
    PY("{'a': 1}.__repr__()", call(D(1, S("a"), I(1)), "__repr__", 0), "\"{'a': 1}\"");
    PY("{}.__getitem__(1)", call(D(0), "__getitem__", 1, I(1)), "KeyError: 1");
    PY("{}.__getitem__()", call(D(0), "__getitem__", 0), "TypeError: dict.__getitem__() takes exactly one argument (0 given)");
    PY("{}.__setitem__(1)", call(D(0), "__setitem__", 1, I(1)), "TypeError:  expected 2 arguments, got 1");
    PY("{}.__len__(1)", call(D(0), "__len__", 1, I(1)), "TypeError: expected 0 arguments, got 1");
    RT_DONE("dict");
}
