/* list: methods, slicing, operators, sort, repr and CPython's messages.
 * Expected texts are checked against python3 by test_list_oracle.py. */
#include "test_list_helpers.h"

static Py2cValue key_neg(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self, (void)nargs, (void)kwnames;
    return py2c_negative(args[0]);
}
static PY2C_BUILTIN_FUNCTION(neg_fn, "neg", key_neg);

/* lambda t: -t[0] */
static Py2cValue key_neg0(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self, (void)nargs, (void)kwnames;
    return py2c_negative(py2c_tuple_item(args[0], 0));
}
static PY2C_BUILTIN_FUNCTION(neg0_fn, "neg0", key_neg0);

static Py2cValue kw1(const char *a) {
    Py2cValue n = S(a);
    return T(1, n);
}

/* key(x): self.append(x); return x */
static Py2cValue append_and_return(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)nargs, (void)kwnames;
    if (py2c_list_append(self, args[0]) < 0) return PY2C_NULL;
    py2c_incref(args[0]);
    return args[0];
}
static const Py2cMethodDef append_key_def = {"append_key", append_and_return};
static Py2cValue append_key(Py2cValue l) { return own(py2c__bind_builtin(&append_key_def, l)); }

int main(void) {
    Py2cValue l, neg = py2c_obj_value(&neg_fn.ob);

    PY("[]", L(0), "[]");
    PY("[1, 'a', (1,), [2.5, None]]", L(4, I(1), S("a"), T(1, I(1)), L(2, F(2.5), NONE)), "[1, 'a', (1,), [2.5, None]]");
    l = own(py2c_list_new(0));
    PY("l = [1, 2]; l.append(l); l", (l = L(2, I(1), I(2)), after(py2c_list_append(l, l), l)), "[1, 2, [...]]");
    py2c_list_ptr(l)->size = 2; /* breaks the cycle (the list held one reference to itself) */
    py2c_decref(l);
    PY("l = [1]; l.append(3); l", (l = L(1, I(1)), call(l, "append", 1, I(3)), l), "[1, 3]");
    PY("[].append()", call(L(0), "append", 0), "TypeError: list.append() takes exactly one argument (0 given)");
    PY("l = [1, 2]; l.extend(range(3)); l", (l = L(2, I(1), I(2)), call(l, "extend", 1, own(py2c_range_new(0, 3, 1))), l),
       "[1, 2, 0, 1, 2]");
    PY("l = [1, 2]; l.extend(l); l", (l = L(2, I(1), I(2)), call(l, "extend", 1, l), l), "[1, 2, 1, 2]");
    PY("[].extend(1)", call(L(0), "extend", 1, I(1)), "TypeError: 'int' object is not iterable");
    PY("l = [1, 2, 3]; l.insert(-1, 9); l", (l = L(3, I(1), I(2), I(3)), call(l, "insert", 2, I(-1), I(9)), l), "[1, 2, 9, 3]");
    PY("l = [1, 2, 3]; l.insert(-10, 9); l.insert(10, 8); l",
       (l = L(3, I(1), I(2), I(3)), call(l, "insert", 2, I(-10), I(9)), call(l, "insert", 2, I(10), I(8)), l), "[9, 1, 2, 3, 8]");
    PY("[].insert(1)", call(L(0), "insert", 1, I(1)), "TypeError: insert expected 2 arguments, got 1");
    PY("[].insert('a', 1)", call(L(0), "insert", 2, S("a"), I(1)), "TypeError: 'str' object cannot be interpreted as an integer");
    PY("[1, 2, 3].pop()", call(L(3, I(1), I(2), I(3)), "pop", 0), "3");
    PY("[1, 2, 3].pop(0)", call(L(3, I(1), I(2), I(3)), "pop", 1, I(0)), "1");
    PY("[1, 2, 3].pop(-3)", call(L(3, I(1), I(2), I(3)), "pop", 1, I(-3)), "1");
    PY("[].pop()", call(L(0), "pop", 0), "IndexError: pop from empty list");
    PY("[1].pop(5)", call(L(1, I(1)), "pop", 1, I(5)), "IndexError: pop index out of range");
    PY("[].pop(1, 2)", call(L(0), "pop", 2, I(1), I(2)), "TypeError: pop expected at most 1 argument, got 2");
    PY("l = [1, 2, 1]; l.remove(1); l", (l = L(3, I(1), I(2), I(1)), call(l, "remove", 1, I(1)), l), "[2, 1]");
    PY("[1].remove(2)", call(L(1, I(1)), "remove", 1, I(2)), "ValueError: list.remove(x): x not in list");
    PY("[1, 2, 3, 2].index(2)", call(L(4, I(1), I(2), I(3), I(2)), "index", 1, I(2)), "1");
    PY("[1, 2, 3, 2].index(2, 2)", call(L(4, I(1), I(2), I(3), I(2)), "index", 2, I(2), I(2)), "3");
    PY("[1, 2, 3, 2].index(2, -3, -1)", call(L(4, I(1), I(2), I(3), I(2)), "index", 3, I(2), I(-3), I(-1)), "1");
    PY("[1, 2, 3, 2].index(2, 2, 3)", call(L(4, I(1), I(2), I(3), I(2)), "index", 3, I(2), I(2), I(3)),
       "ValueError: 2 is not in list");
    PY("['a'].index('b')", call(L(1, S("a")), "index", 1, S("b")), "ValueError: 'b' is not in list");
    PY("[].index()", call(L(0), "index", 0), "TypeError: index expected at least 1 argument, got 0");
    PY("[1, 2, 1, 1.0, True].count(1)", call(L(5, I(1), I(2), I(1), F(1.0), B(1)), "count", 1, I(1)), "4");
    PY("l = [1, 2]; l.clear(); l", (l = L(2, I(1), I(2)), call(l, "clear", 0), l), "[]");
    PY("[].clear(1)", call(L(0), "clear", 1, I(1)), "TypeError: list.clear() takes no arguments (1 given)");
    PY("[1, [2]].copy()", call(L(2, I(1), L(1, I(2))), "copy", 0), "[1, [2]]");
    PY("l = [1, 2, 3]; l.reverse(); l", (l = L(3, I(1), I(2), I(3)), call(l, "reverse", 0), l), "[3, 2, 1]");

    /* sort */
    PY("l = [3, 1, 2, 1.5, -7]; l.sort(); l", (l = L(5, I(3), I(1), I(2), F(1.5), I(-7)), call(l, "sort", 0), l),
       "[-7, 1, 1.5, 2, 3]");
    PY("l = [3, 1, 2]; l.sort(reverse=True); l",
       (l = L(3, I(3), I(1), I(2)), callkw(l, "sort", kw1("reverse"), 1, B(1)), l), "[3, 2, 1]");
    PY("l = [3, 1, 2]; l.sort(key=lambda x: -x); l", (l = L(3, I(3), I(1), I(2)), callkw(l, "sort", kw1("key"), 1, neg), l),
       "[3, 2, 1]");
    PY("l = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')]; l.sort(key=lambda t: -t[0]); l",
       (l = L(4, T(2, I(1), S("b")), T(2, I(0), S("z")), T(2, I(1), S("a")), T(2, I(0), S("y"))),
        callkw(l, "sort", kw1("key"), 1, py2c_obj_value(&neg0_fn.ob)), l),
       "[(1, 'b'), (1, 'a'), (0, 'z'), (0, 'y')]");
    PY("l = [1, True, 1.0, 0, False]; l.sort(reverse=True); l",
       (l = L(5, I(1), B(1), F(1.0), I(0), B(0)), callkw(l, "sort", kw1("reverse"), 1, I(1)), l), "[1, True, 1.0, 0, False]");
    /* with NaN the order is inconsistent: the result shows the exact comparisons made (count_run + binary
     * insertion, as CPython for short lists) */
    PY("n = float('nan'); l = [3.0, n, 1.0, 2.0, 0.5]; l.sort(); l",
       (l = L(5, F(3.0), F(NAN), F(1.0), F(2.0), F(0.5)), call(l, "sort", 0), l), "[3.0, nan, 0.5, 1.0, 2.0]");
    PY("n = float('nan'); l = [n, 5, 1, n, 3, 2, 9, 0]; l.sort(); l",
       (l = L(8, F(NAN), I(5), I(1), F(NAN), I(3), I(2), I(9), I(0)), call(l, "sort", 0), l), "[nan, 0, 1, 2, 3, 5, nan, 9]");
    PY("n = float('nan'); l = [2, 1, n, 0, -1, 7, 3, n, 8, 4]; l.sort(); l",
       (l = L(10, I(2), I(1), F(NAN), I(0), I(-1), I(7), I(3), F(NAN), I(8), I(4)), call(l, "sort", 0), l),
       "[-1, 0, 1, 2, nan, 3, 7, nan, 4, 8]");
    PY("l = [1, 'a']; l.sort()", call(L(2, I(1), S("a")), "sort", 0),
       "TypeError: '<' not supported between instances of 'str' and 'int'");
    PY("[].sort(1)", call(L(0), "sort", 1, I(1)), "TypeError: sort() takes no positional arguments");
    PY("[].sort(foo=1)", callkw(L(0), "sort", kw1("foo"), 1, I(1)), "TypeError: 'foo' is an invalid keyword argument for sort()");
    PY("l = [2, 1]; l.sort(key=1)", callkw(L(2, I(2), I(1)), "sort", kw1("key"), 1, I(1)), "TypeError: 'int' object is not callable");

    /* indexing and slicing */
    l = L(5, I(0), I(1), I(2), I(3), I(4));
    PY("[0, 1, 2, 3, 4][-1]", getitem(l, I(-1)), "4");
    PY("[0, 1, 2, 3, 4][5]", getitem(L(5, I(0), I(1), I(2), I(3), I(4)), I(5)), "IndexError: list index out of range");
    PY("[0, 1, 2, 3, 4][True]", getitem(L(5, I(0), I(1), I(2), I(3), I(4)), B(1)), "1");
    PY("[0, 1][1.0]", getitem(L(2, I(0), I(1)), F(1.0)), "TypeError: list indices must be integers or slices, not float");
    PY("[0, 1, 2, 3, 4][1:3]", getitem(L(5, I(0), I(1), I(2), I(3), I(4)), slice(I(1), I(3), NONE)), "[1, 2]");
    PY("[0, 1, 2, 3, 4][::-2]", getitem(L(5, I(0), I(1), I(2), I(3), I(4)), slice(NONE, NONE, I(-2))), "[4, 2, 0]");
    PY("[0, 1, 2, 3, 4][-100:100:3]", getitem(L(5, I(0), I(1), I(2), I(3), I(4)), slice(I(-100), I(100), I(3))), "[0, 3]");
    PY("[0, 1, 2][::0]", getitem(L(3, I(0), I(1), I(2)), slice(NONE, NONE, I(0))), "ValueError: slice step cannot be zero");
    PY("l = [0, 1, 2]; l[1] = 9; l", (l = L(3, I(0), I(1), I(2)), after(py2c_setitem(l, I(1), I(9)), l)), "[0, 9, 2]");
    PY("l = [0, 1, 2]; l[3] = 9", rc(py2c_setitem(L(3, I(0), I(1), I(2)), I(3), I(9))),
       "IndexError: list assignment index out of range");
    PY("l = [0, 1, 2, 3, 4]; l[1:3] = 'abc'; l",
       (l = L(5, I(0), I(1), I(2), I(3), I(4)), after(py2c_setitem(l, slice(I(1), I(3), NONE), S("abc")), l)),
       "[0, 'a', 'b', 'c', 3, 4]");
    PY("l = [0, 1, 2, 3, 4]; l[3:1] = [7]; l",
       (l = L(5, I(0), I(1), I(2), I(3), I(4)), after(py2c_setitem(l, slice(I(3), I(1), NONE), L(1, I(7))), l)),
       "[0, 1, 2, 7, 3, 4]");
    PY("l = [0, 1, 2]; l[:] = l; l", (l = L(3, I(0), I(1), I(2)), after(py2c_setitem(l, slice(NONE, NONE, NONE), l), l)),
       "[0, 1, 2]");
    PY("l = [0, 1, 2, 3, 4]; l[::2] = [7, 8, 9]; l",
       (l = L(5, I(0), I(1), I(2), I(3), I(4)), after(py2c_setitem(l, slice(NONE, NONE, I(2)), L(3, I(7), I(8), I(9))), l)),
       "[7, 1, 8, 3, 9]");
    PY("l = [0, 1, 2, 3, 4]; l[::-2] = (7, 8, 9); l",
       (l = L(5, I(0), I(1), I(2), I(3), I(4)), after(py2c_setitem(l, slice(NONE, NONE, I(-2)), T(3, I(7), I(8), I(9))), l)),
       "[9, 1, 8, 3, 7]");
    PY("l = [1, 2, 3]; l[::2] = [1]", rc(py2c_setitem(L(3, I(1), I(2), I(3)), slice(NONE, NONE, I(2)), L(1, I(1)))),
       "ValueError: attempt to assign sequence of size 1 to extended slice of size 2");
    PY("l = [1, 2, 3]; l[::2] = 1", rc(py2c_setitem(L(3, I(1), I(2), I(3)), slice(NONE, NONE, I(2)), I(1))),
       "TypeError: must assign iterable to extended slice");
    PY("l = [1, 2, 3]; l[1:2] = 1", rc(py2c_setitem(L(3, I(1), I(2), I(3)), slice(I(1), I(2), NONE), I(1))),
       "TypeError: can only assign an iterable");
    PY("l = [0, 1, 2, 3, 4, 5, 6]; del l[1::2]; l",
       (l = L(7, I(0), I(1), I(2), I(3), I(4), I(5), I(6)), after(py2c_delitem(l, slice(I(1), NONE, I(2))), l)), "[0, 2, 4, 6]");
    PY("l = [0, 1, 2, 3, 4, 5, 6]; del l[-2::-3]; l",
       (l = L(7, I(0), I(1), I(2), I(3), I(4), I(5), I(6)), after(py2c_delitem(l, slice(I(-2), NONE, I(-3))), l)), "[0, 1, 3, 4, 6]");
    PY("l = [0, 1, 2, 3]; del l[1:3]; l", (l = L(4, I(0), I(1), I(2), I(3)), after(py2c_delitem(l, slice(I(1), I(3), NONE)), l)),
       "[0, 3]");
    PY("l = [0, 1, 2]; del l[-1]; l", (l = L(3, I(0), I(1), I(2)), after(py2c_delitem(l, I(-1)), l)), "[0, 1]");
    PY("l = [0]; del l[1]", rc(py2c_delitem(L(1, I(0)), I(1))), "IndexError: list assignment index out of range");

    /* operators */
    PY("[1] + [2, 3]", binop(L(1, I(1)), L(2, I(2), I(3)), PY2C_OP_ADD), "[1, 2, 3]");
    PY("[1] + (1,)", binop(L(1, I(1)), T(1, I(1)), PY2C_OP_ADD), "TypeError: can only concatenate list (not \"tuple\") to list");
    PY("[1, 2] * 3", binop(L(2, I(1), I(2)), I(3), PY2C_OP_MUL), "[1, 2, 1, 2, 1, 2]");
    PY("2 * [1, 2]", binop(I(2), L(2, I(1), I(2)), PY2C_OP_MUL), "[1, 2, 1, 2]");
    PY("[1] * -1", binop(L(1, I(1)), I(-1), PY2C_OP_MUL), "[]");
    PY("[1] * 1.0", binop(L(1, I(1)), F(1.0), PY2C_OP_MUL), "TypeError: can't multiply sequence by non-int of type 'float'");
    PY("l = [1]; l += (2, 3); l", (l = L(1, I(1)), inplace(l, T(2, I(2), I(3)), PY2C_OP_ADD)), "[1, 2, 3]");
    PY("l = [1]; l += 1", inplace(L(1, I(1)), I(1), PY2C_OP_ADD), "TypeError: 'int' object is not iterable");
    PY("l = [1, 2]; l *= 2; l", inplace(L(2, I(1), I(2)), I(2), PY2C_OP_MUL), "[1, 2, 1, 2]");
    PY("l = [1, 2]; l *= 0; l", inplace(L(2, I(1), I(2)), I(0), PY2C_OP_MUL), "[]");
    PY("[1, 2] < [1, 2, 0]", cmp(L(2, I(1), I(2)), L(3, I(1), I(2), I(0)), PY2C_LT), "True");
    PY("[1, 3] > [1, 2, 9]", cmp(L(2, I(1), I(3)), L(3, I(1), I(2), I(9)), PY2C_GT), "True");
    PY("[1, 2.0] == [1.0, 2]", cmp(L(2, I(1), F(2.0)), L(2, F(1.0), I(2)), PY2C_EQ), "True");
    PY("[1] != [1, 2]", cmp(L(1, I(1)), L(2, I(1), I(2)), PY2C_NE), "True");
    PY("[1] < [1, 'a']", cmp(L(1, I(1)), L(2, I(1), S("a")), PY2C_LT), "True");
    PY("[1, 2] < [1, 'a']", cmp(L(2, I(1), I(2)), L(2, I(1), S("a")), PY2C_LT),
       "TypeError: '<' not supported between instances of 'int' and 'str'");
    PY("[] < 1", cmp(L(0), I(1), PY2C_LT), "TypeError: '<' not supported between instances of 'list' and 'int'");
    PY("[] == 1", cmp(L(0), I(1), PY2C_EQ), "False");
    PY("2.0 in [1, 2]", rb(py2c_contains(L(2, I(1), I(2)), F(2.0))), "True");
    PY("hash([])", rc64(py2c_hash(L(0))), "TypeError: unhashable type: 'list'");

    /* construction and iteration */
    PY("list('ab')", typecall(&py2c_list_type, 1, S("ab")), "['a', 'b']");
    PY("list()", typecall(&py2c_list_type, 0), "[]");
    PY("list(1)", typecall(&py2c_list_type, 1, I(1)), "TypeError: 'int' object is not iterable");
    PY("list(reversed([1, 2, 3]))", drain(own(py2c__reversed(L(3, I(1), I(2), I(3))))), "[3, 2, 1]");
    PY("type(iter([])).__name__", S(py2c_type_name(own(py2c_iter(L(0))))), "'list_iterator'");
    PY("type(reversed([])).__name__", S(py2c_type_name(own(py2c__reversed(L(0))))), "'list_reverseiterator'");
    PY("tuple([1, 2])", own(py2c_list_as_tuple(L(2, I(1), I(2)))), "(1, 2)");
    /* a key that appends while the list is sorted (the list looks empty) */
    PY("l = [3, 1]; l.sort(key=lambda x: l.append(x) or x); l", (l = L(2, I(3), I(1)), after(py2c_list_sort(l, append_key(l), 0), l)),
       "ValueError: list modified during sort");
    RT_DONE("list");
}
