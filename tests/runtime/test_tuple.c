/* tuple, range and unpacking: hashes, reprs, comparisons, slicing and
 * CPython's messages. Expected texts are checked against python3 by
 * test_list_oracle.py. */
#include "test_list_helpers.h"

static Py2cValue R(int64_t a, int64_t b, int64_t c) { return own(py2c_range_new(a, b, c)); }
static Py2cValue N(const char *digits) { return own(py2c_int_from_decimal(digits)); }
/* range(2**70) and range(-2**70, 2**70, 3**40) (the slow path). */
#define P70 N("1180591620717411303424")
#define RBIG typecall(&py2c_range_type, 1, P70)

static Py2cValue unpack(Py2cValue v, size_t n) {
    Py2cValue out[8];
    if (py2c_unpack(v, n, out) < 0) return PY2C_NULL;
    Py2cValue t = own(py2c_tuple_pack(n, out));
    for (size_t i = 0; i < n; i++) py2c_decref(out[i]);
    return t;
}

static Py2cValue unpack_ex(Py2cValue v, size_t before, size_t after_) {
    Py2cValue out[8];
    if (py2c_unpack_ex(v, before, after_, out) < 0) return PY2C_NULL;
    Py2cValue t = own(py2c_tuple_pack(before + 1 + after_, out));
    for (size_t i = 0; i < before + 1 + after_; i++) py2c_decref(out[i]);
    return t;
}

static Py2cValue hashv(Py2cValue v) {
    Py2cHash h = py2c_hash(v);
    return h == -1 ? PY2C_NULL : own(py2c_int_from_int64(h));
}

int main(void) {
    PY("()", T(0), "()");
    PY("(1,)", T(1, I(1)), "(1,)");
    PY("(1, 'a', (2.5, None), [])", T(4, I(1), S("a"), T(2, F(2.5), NONE), L(0)), "(1, 'a', (2.5, None), [])");
    PY("hash(())", hashv(T(0)), "5740354900026072187");
    PY("hash((1, 2))", hashv(T(2, I(1), I(2))), "-3550055125485641917");
    PY("hash((1, (2.5, -1), True, None is None))", hashv(T(4, I(1), T(2, F(2.5), I(-1)), B(1), B(1))),
       "-9179856442348837615");
    PY("hash((-1,))", hashv(T(1, I(-1))), "8078679518589016365");
    PY("hash(((),))", hashv(T(1, T(0))), "-5486347211504344842");
    PY("hash((1, []))", hashv(T(2, I(1), L(0))), "TypeError: unhashable type: 'list'");
    PY("(1, 2, 3)[-1]", getitem(T(3, I(1), I(2), I(3)), I(-1)), "3");
    PY("(1, 2, 3)[3]", getitem(T(3, I(1), I(2), I(3)), I(3)), "IndexError: tuple index out of range");
    PY("(1,)['a']", getitem(T(1, I(1)), S("a")), "TypeError: tuple indices must be integers or slices, not str");
    PY("(1, 2, 3, 4)[1::2]", getitem(T(4, I(1), I(2), I(3), I(4)), slice(I(1), NONE, I(2))), "(2, 4)");
    PY("(1, 2, 3, 4)[::-1]", getitem(T(4, I(1), I(2), I(3), I(4)), slice(NONE, NONE, I(-1))), "(4, 3, 2, 1)");
    PY("(1, 2, 3)[1:2:0]", getitem(T(3, I(1), I(2), I(3)), slice(I(1), I(2), I(0))), "ValueError: slice step cannot be zero");
    PY("(1, 2) + (3,)", binop(T(2, I(1), I(2)), T(1, I(3)), PY2C_OP_ADD), "(1, 2, 3)");
    PY("(1,) + [1]", binop(T(1, I(1)), L(1, I(1)), PY2C_OP_ADD), "TypeError: can only concatenate tuple (not \"list\") to tuple");
    PY("(1, 2) * 2", binop(T(2, I(1), I(2)), I(2), PY2C_OP_MUL), "(1, 2, 1, 2)");
    PY("3 * ('a',)", binop(I(3), T(1, S("a")), PY2C_OP_MUL), "('a', 'a', 'a')");
    PY("(1, 2) < (1, 2, 0)", cmp(T(2, I(1), I(2)), T(3, I(1), I(2), I(0)), PY2C_LT), "True");
    PY("(1, 2) >= (1, 1, 5)", cmp(T(2, I(1), I(2)), T(3, I(1), I(1), I(5)), PY2C_GE), "True");
    PY("(1, 2) < (1, 'a')", cmp(T(2, I(1), I(2)), T(2, I(1), S("a")), PY2C_LT),
       "TypeError: '<' not supported between instances of 'int' and 'str'");
    PY("(1, 2) == (1.0, 2)", cmp(T(2, I(1), I(2)), T(2, F(1.0), I(2)), PY2C_EQ), "True");
    PY("(1, 2) == [1, 2]", cmp(T(2, I(1), I(2)), L(2, I(1), I(2)), PY2C_EQ), "False");
    PY("2 in (1, 2)", rb(py2c_contains(T(2, I(1), I(2)), I(2))), "True");
    PY("(1, 2, 1).count(1)", call(T(3, I(1), I(2), I(1)), "count", 1, I(1)), "2");
    PY("(1, 2, 1).index(1, 1)", call(T(3, I(1), I(2), I(1)), "index", 2, I(1), I(1)), "2");
    PY("(1,).index(2)", call(T(1, I(1)), "index", 1, I(2)), "ValueError: tuple.index(x): x not in tuple");
    PY("(1,).count()", call(T(1, I(1)), "count", 0), "TypeError: tuple.count() takes exactly one argument (0 given)");
    PY("t = (1,); t[0] = 1", rc(py2c_setitem(T(1, I(1)), I(0), I(1))), "TypeError: 'tuple' object does not support item assignment");
    PY("t = (1,); del t[0]", rc(py2c_delitem(T(1, I(1)), I(0))), "TypeError: 'tuple' object doesn't support item deletion");
    PY("tuple('ab')", typecall(&py2c_tuple_type, 1, S("ab")), "('a', 'b')");
    PY("tuple(1)", typecall(&py2c_tuple_type, 1, I(1)), "TypeError: 'int' object is not iterable");
    PY("list(iter((1, 2)))", drain(own(py2c_iter(T(2, I(1), I(2))))), "[1, 2]");
    PY("type(iter(())).__name__", S(py2c_type_name(own(py2c_iter(T(0))))), "'tuple_iterator'");

    /* range */
    PY("range(10)", R(0, 10, 1), "range(0, 10)");
    PY("range(1, 10, 3)", R(1, 10, 3), "range(1, 10, 3)");
    PY("range(1, 2, 0)", R(1, 2, 0), "ValueError: range() arg 3 must not be zero");
    PY("range()", typecall(&py2c_range_type, 0), "TypeError: range expected at least 1 argument, got 0");
    PY("range(1, 2, 3, 4)", typecall(&py2c_range_type, 4, I(1), I(2), I(3), I(4)), "TypeError: range expected at most 3 arguments, got 4");
    PY("range('a')", typecall(&py2c_range_type, 1, S("a")), "TypeError: 'str' object cannot be interpreted as an integer");
    PY("range(-5)", typecall(&py2c_range_type, 1, I(-5)), "range(0, -5)");
    PY("len(range(1, 10, 3))", rc64(py2c_len(R(1, 10, 3))), "3");
    PY("len(range(10, 1, -4))", rc64(py2c_len(R(10, 1, -4))), "3");
    PY("len(range(5, 1))", rc64(py2c_len(R(5, 1, 1))), "0");
    PY("list(range(10, 1, -4))", drain(own(py2c_iter(R(10, 1, -4)))), "[10, 6, 2]");
    PY("list(reversed(range(10, 1, -4)))", drain(own(py2c__reversed(R(10, 1, -4)))), "[2, 6, 10]");
    PY("list(reversed(range(0)))", drain(own(py2c__reversed(R(0, 0, 1)))), "[]");
    PY("range(10)[-1]", getitem(R(0, 10, 1), I(-1)), "9");
    PY("range(10)[10]", getitem(R(0, 10, 1), I(10)), "IndexError: range object index out of range");
    PY("range(10)[::2]", getitem(R(0, 10, 1), slice(NONE, NONE, I(2))), "range(0, 10, 2)");
    PY("range(10)[::-1]", getitem(R(0, 10, 1), slice(NONE, NONE, I(-1))), "range(9, -1, -1)");
    PY("range(1, 20, 3)[2:100]", getitem(R(1, 20, 3), slice(I(2), I(100), NONE)), "range(7, 22, 3)");
    PY("range(10)['a']", getitem(R(0, 10, 1), S("a")), "TypeError: range indices must be integers or slices, not str");
    PY("7 in range(1, 20, 3)", rb(py2c_contains(R(1, 20, 3), I(7))), "True");
    PY("8 in range(1, 20, 3)", rb(py2c_contains(R(1, 20, 3), I(8))), "False");
    PY("7.0 in range(1, 20, 3)", rb(py2c_contains(R(1, 20, 3), F(7.0))), "True");
    PY("True in range(2)", rb(py2c_contains(R(0, 2, 1), B(1))), "True");
    PY("range(1, 20, 3).index(7)", call(R(1, 20, 3), "index", 1, I(7)), "2");
    PY("range(10).index(20)", call(R(0, 10, 1), "index", 1, I(20)), "ValueError: 20 is not in range");
    PY("range(10).count(3)", call(R(0, 10, 1), "count", 1, I(3)), "1");
    PY("range(0) == range(5, 2)", cmp(R(0, 0, 1), R(5, 2, 1), PY2C_EQ), "True");
    PY("range(0, 3, 2) == range(0, 4, 2)", cmp(R(0, 3, 2), R(0, 4, 2), PY2C_EQ), "True");
    PY("range(1) == range(0)", cmp(R(0, 1, 1), R(0, 0, 1), PY2C_EQ), "False");
    PY("range(3) < range(4)", cmp(R(0, 3, 1), R(0, 4, 1), PY2C_LT), "TypeError: '<' not supported between instances of 'range' and 'range'");
    PY("hash(range(1, 2)) == hash(range(1, 5, 7))", own(py2c_bool(py2c_hash(R(1, 2, 1)) == py2c_hash(R(1, 5, 7)))), "True");
    PY("range(1, 10, 2).step", own(py2c_getattr(R(1, 10, 2), S("step"))), "2");
    PY("type(iter(range(1))).__name__", S(py2c_type_name(own(py2c_iter(R(0, 1, 1))))), "'range_iterator'");
    PY("range(2**63-1, 0, -1).index(2**63-1)", call(R(INT64_MAX, 0, -1), "index", 1, own(py2c_int_from_int64(INT64_MAX))), "0");
    PY("range(0, 2**63-1, 2**62)[0:3]", getitem(R(0, INT64_MAX, INT64_C(1) << 62), slice(I(0), I(3), NONE)), "range(0, 9223372036854775808, 4611686018427387904)");
    PY("list(reversed(range(2**63-1, -2**63, -2**63)))", drain(own(py2c__reversed(R(INT64_MAX, INT64_MIN, INT64_MIN)))), "[-1, 9223372036854775807]");

    /* range beyond 64 bits */
    PY("range(2**70)[5]", getitem(RBIG, I(5)), "5");
    PY("range(2**70)[-1]", getitem(RBIG, I(-1)), "1180591620717411303423");
    PY("range(2**70)[2**70]", getitem(RBIG, P70), "IndexError: range object index out of range");
    PY("range(2**70)[1.5]", getitem(RBIG, F(1.5)), "TypeError: range indices must be integers or slices, not float");
    PY("range(2**70)[10:20]", getitem(RBIG, slice(I(10), I(20), NONE)), "range(10, 20)");
    PY("range(2**70)[::-1]", getitem(RBIG, slice(NONE, NONE, I(-1))), "range(1180591620717411303423, -1, -1)");
    PY("range(10)[::2**70]", getitem(R(0, 10, 1), slice(NONE, NONE, P70)), "range(0, 10, 1180591620717411303424)");
    PY("range(2**70)['a':]", getitem(RBIG, slice(S("a"), NONE, NONE)), "TypeError: slice indices must be integers or None or have an __index__ method");
    PY("2**70 - 1 in range(2**70)", rb(py2c_contains(RBIG, binop(P70, I(1), PY2C_OP_SUB))), "True");
    PY("2**70 in range(2**70)", rb(py2c_contains(RBIG, P70)), "False");
    PY("True in range(2**70)", rb(py2c_contains(RBIG, B(1))), "True");
    PY("range(2**70).index(7)", call(RBIG, "index", 1, I(7)), "7");
    PY("range(2**70).index(2**70)", call(RBIG, "index", 1, P70), "ValueError: 1180591620717411303424 is not in range");
    PY("range(2**70).count(3)", call(RBIG, "count", 1, I(3)), "1");
    PY("len(range(2**70))", rc64(py2c_len(RBIG)), "OverflowError: Python int too large to convert to C ssize_t");
    PY("len(range(-2**63, 2**63-1))", rc64(py2c_len(R(INT64_MIN, INT64_MAX, 1))), "OverflowError: Python int too large to convert to C ssize_t");
    PY("bool(range(2**70))", rb(py2c_is_true(RBIG)), "True");
    PY("range(2**70) == range(0, 2**70, 1)", cmp(RBIG, typecall(&py2c_range_type, 3, I(0), P70, I(1)), PY2C_EQ), "True");
    PY("range(2**70, 0) == range(0)", cmp(typecall(&py2c_range_type, 2, P70, I(0)), R(0, 0, 1), PY2C_EQ), "True");
    PY("hash(range(2**70)) == hash((2**70, 0, 1))", own(py2c_bool(py2c_hash(RBIG) == py2c_hash(T(3, P70, I(0), I(1))))), "True");
    PY("range(2**70, 5, -2**65)", typecall(&py2c_range_type, 3, P70, I(5), binop(I(-1), I(65), PY2C_OP_LSHIFT)), "range(1180591620717411303424, 5, -36893488147419103232)");
    PY("range(2**70, 'a')", typecall(&py2c_range_type, 2, P70, S("a")), "TypeError: 'str' object cannot be interpreted as an integer");
    PY("range(0, 2**70, 0)", typecall(&py2c_range_type, 3, I(0), P70, I(0)), "ValueError: range() arg 3 must not be zero");
    PY("range(2**70).stop", own(py2c_getattr(RBIG, S("stop"))), "1180591620717411303424");
    PY("list(range(2**63-2, 2**63+1))", drain(own(py2c_iter(typecall(&py2c_range_type, 2, own(py2c_int_from_int64(INT64_MAX - 1)), binop(own(py2c_int_from_int64(INT64_MAX)), I(2), PY2C_OP_ADD))))), "[9223372036854775806, 9223372036854775807, 9223372036854775808]");
    PY("list(reversed(range(2**70, 2**70+3)))", drain(own(py2c__reversed(typecall(&py2c_range_type, 2, P70, binop(P70, I(3), PY2C_OP_ADD))))), "[1180591620717411303426, 1180591620717411303425, 1180591620717411303424]");
    PY("type(iter(range(2**70))).__name__", S(py2c_type_name(own(py2c_iter(RBIG)))), "'longrange_iterator'");

    /* unpacking */
    PY("a, b = (1, 2); (a, b)", unpack(T(2, I(1), I(2)), 2), "(1, 2)");
    PY("a, b, c = range(3); (a, b, c)", unpack(R(0, 3, 1), 3), "(0, 1, 2)");
    PY("a, b, c = (1, 2)", unpack(T(2, I(1), I(2)), 3), "ValueError: not enough values to unpack (expected 3, got 2)");
    PY("a, b = [1, 2, 3]", unpack(L(3, I(1), I(2), I(3)), 2), "ValueError: too many values to unpack (expected 2)");
    PY("a, b = iter([1, 2, 3])", unpack(own(py2c_iter(L(3, I(1), I(2), I(3)))), 2), "ValueError: too many values to unpack (expected 2)");
    PY("a, b, c = iter([1])", unpack(own(py2c_iter(L(1, I(1)))), 3), "ValueError: not enough values to unpack (expected 3, got 1)");
    PY("a, = 1", unpack(I(1), 1), "TypeError: cannot unpack non-iterable int object");
    PY("a, *b, c = range(5); (a, b, c)", unpack_ex(R(0, 5, 1), 1, 1), "(0, [1, 2, 3], 4)");
    PY("*a, b = 'xy'; (a, b)", unpack_ex(S("xy"), 0, 1), "(['x'], 'y')");
    PY("a, *b, c = [1]", unpack_ex(L(1, I(1)), 1, 1), "ValueError: not enough values to unpack (expected at least 2, got 1)");
    PY("a, b, *c = [1]", unpack_ex(L(1, I(1)), 2, 0), "ValueError: not enough values to unpack (expected at least 2, got 1)");
    PY("a, *b = None", unpack_ex(NONE, 1, 0), "TypeError: cannot unpack non-iterable NoneType object");
    RT_DONE("tuple");
}
