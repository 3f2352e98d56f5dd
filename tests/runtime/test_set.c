/* set and frozenset: methods, operators, reprs, hashes and CPython's
 * messages (iteration order at scale: test_set_order.c). Expected texts are
 * checked against python3 by test_list_oracle.py. */
#include "test_list_helpers.h"

static Py2cValue FS(Py2cValue iterable) { return own(py2c_frozenset_from_iterable(iterable)); }

static Py2cValue iter_add(Py2cValue s) {
    Py2cValue it = own(py2c_iter(s));
    Py2cValue first = own(py2c_iter_next(it));
    if (PY2C_IS_NULL(first) || py2c_set_add(s, py2c_int(1000)) < 0) return PY2C_NULL;
    return own(py2c_iter_next(it));
}

/* py2c_frozenset_const of n items (a set display of constants). */
static Py2cValue FSC(int n, ...) {
    Py2cValue items[16];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) items[i] = va_arg(ap, Py2cValue);
    va_end(ap);
    return own(py2c_frozenset_const((size_t)n, items));
}

int main(void) {
    Py2cValue s, p1, p2;
#define S123 SET(3, I(1), I(2), I(3))

    PY("set()", SET(0), "set()");
    PY("frozenset()", FS(L(0)), "frozenset()");
    PY("{3, 1, 2}", SET(3, I(3), I(1), I(2)), "{1, 2, 3}");
    PY("frozenset([1, (2, 3)])", FS(L(2, I(1), T(2, I(2), I(3)))), "frozenset({(2, 3), 1})");
    PY("{1, 1.0, True}", SET(3, I(1), F(1.0), B(1)), "{1}");
    PY("{True, 1}", SET(2, B(1), I(1)), "{True}");
    PY("{[]}", own(py2c_set_from_iterable(L(1, L(0)))), "TypeError: unhashable type: 'list'");
    PY("s = {1}; s.add(2); s", (s = SET(1, I(1)), call(s, "add", 1, I(2)), s), "{1, 2}");
    PY("set().add()", call(SET(0), "add", 0), "TypeError: set.add() takes exactly one argument (0 given)");
    PY("s = {1, 2}; s.remove(1); s", (s = SET(2, I(1), I(2)), call(s, "remove", 1, I(1)), s), "{2}");
    PY("set().remove((1, 2))", call(SET(0), "remove", 1, T(2, I(1), I(2))), "KeyError: (1, 2)");
    PY("s = {1, 2}; s.discard(5); s", (s = SET(2, I(1), I(2)), call(s, "discard", 1, I(5)), s), "{1, 2}");
    PY("s = {frozenset({1})}; s.discard({1}); s", (s = SET(1, FS(L(1, I(1)))), call(s, "discard", 1, SET(1, I(1))), s),
       "set()");
    PY("{frozenset()}.__contains__(set()) and set() in {frozenset()}", rb(py2c_contains(SET(1, FS(L(0))), SET(0))), "True");
    PY("s = {5, 3, 17}; a = s.pop(); b = s.pop(); a, b, s",
       (s = SET(3, I(5), I(3), I(17)), p1 = call(s, "pop", 0), p2 = call(s, "pop", 0), T(3, p1, p2, s)), "(17, 3, {5})");
    PY("set().pop()", call(SET(0), "pop", 0), "KeyError: 'pop from an empty set'");
    PY("s = {1}; s.clear(); s", (s = SET(1, I(1)), call(s, "clear", 0), s), "set()");
    PY("{1, 2}.copy()", call(SET(2, I(1), I(2)), "copy", 0), "{1, 2}");
    PY("frozenset({1}).add", own(py2c_getattr(FS(L(1, I(1))), S("add"))), "AttributeError: 'frozenset' object has no attribute 'add'");

    /* algebra */
    PY("{1, 2, 3}.union([4], (5, 1))", call(S123, "union", 2, L(1, I(4)), T(2, I(5), I(1))), "{1, 2, 3, 4, 5}");
    PY("{1, 2, 3}.intersection([2, 3, 4], {3})", call(S123, "intersection", 2, L(3, I(2), I(3), I(4)), SET(1, I(3))), "{3}");
    PY("{1, 2, 3}.difference([2], {3})", call(S123, "difference", 2, L(1, I(2)), SET(1, I(3))), "{1}");
    PY("{1, 2, 3}.symmetric_difference([3, 4])", call(S123, "symmetric_difference", 1, L(2, I(3), I(4))), "{1, 2, 4}");
    PY("s = {1, 2, 3}; s.update([4], [5]); s", (s = S123, call(s, "update", 2, L(1, I(4)), L(1, I(5))), s), "{1, 2, 3, 4, 5}");
    PY("s = {1, 2, 3}; s.intersection_update([1, 3]); s", (s = S123, call(s, "intersection_update", 1, L(2, I(1), I(3))), s),
       "{1, 3}");
    PY("s = {1, 2, 3}; s.difference_update([1, 3]); s", (s = S123, call(s, "difference_update", 1, L(2, I(1), I(3))), s), "{2}");
    PY("s = {1, 2, 3}; s.symmetric_difference_update([1, 7]); s",
       (s = S123, call(s, "symmetric_difference_update", 1, L(2, I(1), I(7))), s), "{2, 3, 7}");
    PY("set().union(1)", call(SET(0), "union", 1, I(1)), "TypeError: 'int' object is not iterable");
    PY("{1, 2, 3} | {4}", binop(S123, SET(1, I(4)), PY2C_OP_OR), "{1, 2, 3, 4}");
    PY("{1, 2, 3} & {2, 9}", binop(S123, SET(2, I(2), I(9)), PY2C_OP_AND), "{2}");
    PY("{1, 2, 3} - {2, 9}", binop(S123, SET(2, I(2), I(9)), PY2C_OP_SUB), "{1, 3}");
    PY("{1, 2, 3} ^ {2, 9}", binop(S123, SET(2, I(2), I(9)), PY2C_OP_XOR), "{9, 3, 1}");
    PY("frozenset({1}) | {2}", binop(FS(L(1, I(1))), SET(1, I(2)), PY2C_OP_OR), "frozenset({1, 2})");
    PY("{2} | frozenset({1})", binop(SET(1, I(2)), FS(L(1, I(1))), PY2C_OP_OR), "{1, 2}");
    PY("{1} | [2]", binop(SET(1, I(1)), L(1, I(2)), PY2C_OP_OR), "TypeError: unsupported operand type(s) for |: 'set' and 'list'");
    PY("s = {1}; s |= {2}; s", inplace(SET(1, I(1)), SET(1, I(2)), PY2C_OP_OR), "{1, 2}");
    PY("s = {1, 2}; s &= {2}; s", inplace(SET(2, I(1), I(2)), SET(1, I(2)), PY2C_OP_AND), "{2}");
    PY("s = {1, 2}; s -= {2}; s", inplace(SET(2, I(1), I(2)), SET(1, I(2)), PY2C_OP_SUB), "{1}");
    PY("s = {1, 2}; s ^= {2, 3}; s", inplace(SET(2, I(1), I(2)), SET(2, I(2), I(3)), PY2C_OP_XOR), "{1, 3}");
    PY("f = frozenset({1}); f |= {2}; f", inplace(FS(L(1, I(1))), SET(1, I(2)), PY2C_OP_OR), "frozenset({1, 2})");
    PY("{1, 2} <= {1, 2}", cmp(SET(2, I(1), I(2)), SET(2, I(1), I(2)), PY2C_LE), "True");
    PY("{1, 2} < {1, 2}", cmp(SET(2, I(1), I(2)), SET(2, I(1), I(2)), PY2C_LT), "False");
    PY("{1, 2} > {1}", cmp(SET(2, I(1), I(2)), SET(1, I(1)), PY2C_GT), "True");
    PY("{1} >= {1, 2}", cmp(SET(1, I(1)), SET(2, I(1), I(2)), PY2C_GE), "False");
    PY("{1, 2} == frozenset({2, 1})", cmp(SET(2, I(1), I(2)), FS(L(2, I(2), I(1))), PY2C_EQ), "True");
    PY("{1} == [1]", cmp(SET(1, I(1)), L(1, I(1)), PY2C_EQ), "False");
    PY("set() < []", cmp(SET(0), L(0), PY2C_LT), "TypeError: '<' not supported between instances of 'set' and 'list'");
    PY("{1, 2}.issubset([1, 2, 3])", call(SET(2, I(1), I(2)), "issubset", 1, L(3, I(1), I(2), I(3))), "True");
    PY("{1, 2}.issuperset((2,))", call(SET(2, I(1), I(2)), "issuperset", 1, T(1, I(2))), "True");
    PY("{1, 2}.isdisjoint([3, 4])", call(SET(2, I(1), I(2)), "isdisjoint", 1, L(2, I(3), I(4))), "True");
    PY("{1, 2}.isdisjoint({2})", call(SET(2, I(1), I(2)), "isdisjoint", 1, SET(1, I(2))), "False");
    PY("2.0 in {1, 2}", rb(py2c_contains(SET(2, I(1), I(2)), F(2.0))), "True");
    PY("[] in {1}", rb(py2c_contains(SET(1, I(1)), L(0))), "TypeError: unhashable type: 'list'");

    /* hashing, construction, iteration */
    PY("hash(frozenset())", rc64(py2c_hash(FS(L(0)))), "133146708735736");
    PY("hash(frozenset({1, 2, 3}))", rc64(py2c_hash(FS(L(3, I(1), I(2), I(3))))), "-272375401224217160");
    PY("hash(frozenset({(1, 2.5), -1, frozenset({0})}))", rc64(py2c_hash(FS(L(3, T(2, I(1), F(2.5)), I(-1), FS(L(1, I(0))))))),
       "3947314630307152957");
    PY("hash(set())", rc64(py2c_hash(SET(0))), "TypeError: unhashable type: 'set'");
    PY("set('abca') == set('cab')", cmp(typecall(&py2c_set_type, 1, S("abca")), typecall(&py2c_set_type, 1, S("cab")), PY2C_EQ), "True");
    PY("set(1)", typecall(&py2c_set_type, 1, I(1)), "TypeError: 'int' object is not iterable");
    PY("set({3: 1, 1: 2})", typecall(&py2c_set_type, 1, D(2, I(3), I(1), I(1), I(2))), "{1, 3}");
    PY("frozenset(range(3))", typecall(&py2c_frozenset_type, 1, own(py2c_range_new(0, 3, 1))), "frozenset({0, 1, 2})");
    PY("sorted({10, 1, 5})", (s = own(py2c_list_from_iterable(SET(3, I(10), I(1), I(5)))), after(py2c_list_sort(s, PY2C_NULL, 0), s)),
       "[1, 5, 10]");
    PY("list({10, 1, 5})", drain(own(py2c_iter(SET(3, I(10), I(1), I(5))))), "[1, 10, 5]");
    PY("type(iter(set())).__name__", S(py2c_type_name(own(py2c_iter(SET(0))))), "'set_iterator'");
    PY("s = {1, 2}; it = iter(s); next(it); s.add(1000); next(it)", iter_add(SET(2, I(1), I(2))),
       "RuntimeError: Set changed size during iteration");

    /* set displays of constants: frozenset constant (two add passes), then a
     * copy sized at once; differs from one pass of adds */
#define CONST8 8, F(0.5), I(-7), I(33), F(1e9), F(3.25), I(17), I(-100), I(65)
    PY("{0.5, -7, 33, 1e9, 3.25, 17, -100, 65}", own(py2c_set_from_iterable(FSC(CONST8))),
       "{0.5, 1000000000.0, 65, 3.25, 33, 17, -7, -100}");
    PY("x = 33; {0.5, -7, x, 1e9, 3.25, 17, -100, 65}", SET(CONST8), "{0.5, 1000000000.0, 33, 3.25, 65, 17, -7, -100}");
    PY("[x for x in {0.5, -7, 33, 1e9, 3.25, 17, -100, 65}]", drain(own(py2c_iter(FSC(CONST8)))),
       "[0.5, 1000000000.0, 65, 3.25, 33, 17, -7, -100]");
    PY("{2 ** 61 - 1, 2 ** 61, 2 ** 62, -2 ** 61, 2 ** 64 + 7}",
       own(py2c_set_from_iterable(FSC(5, own(py2c_int_from_decimal("2305843009213693951")),
                                      own(py2c_int_from_decimal("2305843009213693952")),
                                      own(py2c_int_from_decimal("4611686018427387904")),
                                      own(py2c_int_from_decimal("-2305843009213693952")),
                                      own(py2c_int_from_decimal("18446744073709551623"))))),
       "{2305843009213693951, 2305843009213693952, 4611686018427387904, -2305843009213693952, 18446744073709551623}");
    PY("{[], 1, 2}", FSC(3, L(0), I(1), I(2)), "TypeError: unhashable type: 'list'");
    RT_DONE("set");
}
