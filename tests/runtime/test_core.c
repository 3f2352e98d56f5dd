/* The abstract protocol: operator dispatch (left, right, subclass first),
 * comparisons, truth, text, hashing, attributes, items, slices, calls,
 * iteration; messages as python3 prints them. */
#include <stdlib.h>
#include <string.h>

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

/* The text of a str result (consumed), or the error. */
static const char *text(Py2cValue v) {
    static char buf[512];
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

/* Test types: A and its subclass B. Their add slots record who was called
 * and return an int telling which; B's richcompare says which op it got. */
static int calls_a, calls_b, b_declines;
static const Py2cType A_type, B_type;
static int isA(Py2cValue v) { return py2c_is_obj(v) && py2c__is_subtype(py2c_obj_ptr(v)->type, &A_type); }
static Py2cValue a_add(Py2cValue x, Py2cValue y) {
    calls_a++;
    if (!isA(x) || !isA(y)) return PY2C_NOT_IMPLEMENTED;
    return py2c_int(1);
}
static Py2cValue b_add(Py2cValue x, Py2cValue y) {
    calls_b++;
    (void)x, (void)y;
    return b_declines ? PY2C_NOT_IMPLEMENTED : py2c_int(2);
}
static Py2cValue b_cmp(Py2cValue x, Py2cValue y, Py2cCompareOp op) {
    (void)x, (void)y;
    return py2c_int(100 + (int)op);
}
static int64_t a_len(Py2cValue self) {
    (void)self;
    return 0;
}
static Py2cValue a_m_twice(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self, (void)kwnames;
    return nargs == 1 ? py2c_binary_op(args[0], args[0], PY2C_OP_ADD) : py2c_int((int64_t)nargs);
}
static Py2cValue a_get_seven(Py2cValue self) {
    (void)self;
    return py2c_int(7);
}
static Py2cValue a_cm_which(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    py2c_incref(self);
    return self; /* the class it was called through */
}
static const Py2cMethodDef a_classmethods[] = {{"which", a_cm_which}, {NULL, NULL}};
static const Py2cNumberMethods a_number = {.binary = {[PY2C_OP_ADD] = a_add}};
static const Py2cNumberMethods b_number = {.binary = {[PY2C_OP_ADD] = b_add}};
static const Py2cMethodDef a_methods[] = {{"count", a_m_twice}, {NULL, NULL}};
static const Py2cGetSetDef a_getset[] = {{"seven", a_get_seven, NULL}, {NULL, NULL, NULL}};
static const Py2cType A_type = {.ob = PY2C_STATIC_HEADER(&py2c_type_type), .name = "A", .base = &py2c_object_type,
                                .flags = PY2C_TPFLAG_BASETYPE, .number = &a_number, .len = a_len, .methods = a_methods,
                                .getset = a_getset, .classmethods = a_classmethods};
static const Py2cType B_type = {.ob = PY2C_STATIC_HEADER(&py2c_type_type), .name = "B", .base = &A_type,
                                .number = &b_number, .richcompare = b_cmp};
static Py2cObject a_obj = PY2C_STATIC_HEADER(&A_type), b_obj = PY2C_STATIC_HEADER(&B_type);

/* A sequence with only __getitem__: 10, 20, 30 then IndexError. */
static Py2cValue seq_getitem(Py2cValue self, Py2cValue key) {
    (void)self;
    int64_t i = py2c_small_int_value(key);
    if (i >= 3) return py2c_error_format(&py2c_exc_IndexError, "out of range");
    return py2c_int(10 * (i + 1));
}
static const Py2cType Seq_type = {.ob = PY2C_STATIC_HEADER(&py2c_type_type), .name = "Seq", .base = &py2c_object_type,
                                  .getitem = seq_getitem};
static Py2cObject seq_obj = PY2C_STATIC_HEADER(&Seq_type);

static Py2cValue echo_fn(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    Py2cValue parts[2];
    size_t nkw = PY2C_IS_NULL(kwnames) ? 0 : (size_t)py2c_tuple_size(kwnames);
    parts[0] = py2c_tuple_pack(nargs + nkw, args); /* keyword values too */
    parts[1] = PY2C_IS_NULL(kwnames) ? py2c_tuple_pack(0, NULL) : (py2c_incref(kwnames), kwnames);
    Py2cValue r = py2c_tuple_pack(2, parts);
    py2c_decref(parts[0]);
    py2c_decref(parts[1]);
    return r;
}
static PY2C_BUILTIN_FUNCTION(echo_builtin, "echo", echo_fn);

int main(void) {
    Py2cValue a = py2c_obj_value(&a_obj), b = py2c_obj_value(&b_obj), none = PY2C_NONE;
    Py2cValue seq = py2c_obj_value(&seq_obj);

    /* --- binary dispatch --- */
    RT_CHECK(py2c_binary_op(a, a, PY2C_OP_ADD).bits == py2c_int(1).bits);
    calls_a = calls_b = 0;
    RT_CHECK(py2c_binary_op(a, b, PY2C_OP_ADD).bits == py2c_int(2).bits); /* subclass's slot first */
    RT_CHECK(calls_b == 1 && calls_a == 0);
    b_declines = 1;
    calls_a = calls_b = 0;
    RT_CHECK(py2c_binary_op(a, b, PY2C_OP_ADD).bits == py2c_int(1).bits); /* then the left's */
    RT_CHECK(calls_b == 1 && calls_a == 1);
    calls_a = calls_b = 0;
    RT_CHECK(py2c_binary_op(b, none, PY2C_OP_ADD).bits == PY2C_NULL.bits);
    RT_CHECK(calls_b == 1 && calls_a == 0);
    RT_CHECK_STR(err_text(), "TypeError: unsupported operand type(s) for +: 'B' and 'NoneType'");
    RT_CHECK_STR(text(py2c_binary_op(none, none, PY2C_OP_ADD)),
                 "TypeError: unsupported operand type(s) for +: 'NoneType' and 'NoneType'");
    RT_CHECK_STR(text(py2c_binary_op(none, none, PY2C_OP_MUL)),
                 "TypeError: unsupported operand type(s) for *: 'NoneType' and 'NoneType'");
    RT_CHECK_STR(text(py2c_binary_op(none, none, PY2C_OP_POW)),
                 "TypeError: unsupported operand type(s) for ** or pow(): 'NoneType' and 'NoneType'");
    RT_CHECK_STR(text(py2c_binary_op(none, py2c_int(1), PY2C_OP_DIVMOD)),
                 "TypeError: unsupported operand type(s) for divmod(): 'NoneType' and 'int'");
    RT_CHECK_STR(text(py2c_inplace_op(none, py2c_int(1), PY2C_OP_ADD)),
                 "TypeError: unsupported operand type(s) for +=: 'NoneType' and 'int'");
    RT_CHECK_STR(text(py2c_power3(none, none, none)),
                 "TypeError: unsupported operand type(s) for ** or pow(): 'NoneType' and 'NoneType'");
    RT_CHECK_STR(text(py2c_power3(py2c_int(1), none, py2c_int(2))),
                 "TypeError: unsupported operand type(s) for ** or pow(): 'int', 'NoneType', 'int'");
    RT_CHECK_STR(text(py2c_negative(none)), "TypeError: bad operand type for unary -: 'NoneType'");
    RT_CHECK_STR(text(py2c_absolute(none)), "TypeError: bad operand type for abs(): 'NoneType'");
    RT_CHECK_STR(text(py2c_invert(none)), "TypeError: bad operand type for unary ~: 'NoneType'");

    /* --- comparisons --- */
    RT_CHECK(py2c_compare(none, none, PY2C_EQ).bits == PY2C_TRUE.bits);
    RT_CHECK(py2c_compare(a, none, PY2C_NE).bits == PY2C_TRUE.bits);
    RT_CHECK_STR(text(py2c_compare(none, none, PY2C_LT)),
                 "TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'");
    RT_CHECK_STR(text(py2c_compare(a, none, PY2C_GE)),
                 "TypeError: '>=' not supported between instances of 'A' and 'NoneType'");
    /* a < b: B is a subclass with richcompare: b > a is asked first */
    RT_CHECK(py2c_compare(a, b, PY2C_LT).bits == py2c_int(100 + PY2C_GT).bits);
    /* none <= b: B's reflected slot (b >= none) */
    RT_CHECK(py2c_compare(none, b, PY2C_LE).bits == py2c_int(100 + PY2C_GE).bits);
    RT_CHECK(py2c_compare_bool(b, a, PY2C_EQ) == 1);

    /* --- contains, truth --- */
    RT_CHECK(py2c_contains(seq, py2c_int(20)) == 1);
    RT_CHECK(py2c_contains(seq, py2c_int(25)) == 0);
    RT_CHECK(py2c_contains(none, py2c_int(1)) == -1);
    RT_CHECK_STR(err_text(), "TypeError: argument of type 'NoneType' is not iterable");
    RT_CHECK(py2c_is_true(a) == 0); /* len 0 */
    RT_CHECK(py2c_is_true(seq) == 1);
    RT_CHECK(py2c_is_true(none) == 0);

    /* --- text --- */
    RT_CHECK_STR(text(py2c_repr(none)), "None");
    RT_CHECK_STR(text(py2c_str(py2c_int(-42))), "-42");
    RT_CHECK_STR(text(py2c_repr(PY2C_TRUE)), "True");
    RT_CHECK(strncmp(text(py2c_repr(a)), "<A object at 0x", 15) == 0);
    Py2cValue uni = S("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80x");
    RT_CHECK_STR(text(py2c_ascii(uni)), "'\\xe9\\u20ac\\U0001f600x'");
    Py2cValue empty = S(""), spec = S("x");
    RT_CHECK_STR(text(py2c_format(none, empty)), "None");
    Py2cValue obj = py2c_call(py2c_type_value(&py2c_object_type), NULL, 0, PY2C_NULL);
    RT_CHECK_STR(text(py2c_format(obj, spec)), "TypeError: unsupported format string passed to object.__format__");

    /* --- hash, len, isinstance --- */
    RT_CHECK(py2c_hash(a) == -1);
    RT_CHECK_STR(err_text(), "TypeError: unhashable type: 'A'");
    RT_CHECK(py2c_hash(obj) != -1);
    RT_CHECK(py2c_len(none) == -1);
    RT_CHECK_STR(err_text(), "TypeError: object of type 'NoneType' has no len()");
    RT_CHECK(py2c_len(a) == 0);
    Py2cValue ta = py2c_type_value(&A_type), tb = py2c_type_value(&B_type);
    RT_CHECK(py2c_isinstance(b, ta) == 1);
    RT_CHECK(py2c_isinstance(a, tb) == 0);
    Py2cValue tup = py2c_tuple_pack(2, (Py2cValue[]){py2c_type_value(&py2c_none_type), tb});
    RT_CHECK(py2c_isinstance(b, tup) == 1);
    RT_CHECK(py2c_isinstance(none, tup) == 1);
    RT_CHECK(py2c_isinstance(a, tup) == 0);
    RT_CHECK(py2c_isinstance(a, py2c_int(1)) == -1);
    RT_CHECK_STR(err_text(), "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
    RT_CHECK(py2c_issubclass(tb, ta) == 1);
    RT_CHECK(py2c_issubclass(ta, tb) == 0);
    RT_CHECK(py2c_issubclass(py2c_int(1), ta) == -1);
    RT_CHECK_STR(err_text(), "TypeError: issubclass() arg 1 must be a class");
    RT_CHECK(py2c_issubclass(ta, py2c_int(1)) == -1);
    RT_CHECK_STR(err_text(), "TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union");

    /* --- attributes --- */
    Py2cValue count = S("count"), seven = S("seven"), foo = S("foo");
    RT_CHECK(py2c_getattr(b, seven).bits == py2c_int(7).bits); /* inherited getset */
    Py2cValue meth = py2c_getattr(a, count);
    RT_CHECK(strncmp(text(py2c_repr(meth)), "<built-in method count of A object at 0x", 40) == 0);
    RT_CHECK(py2c_call(meth, (Py2cValue[]){py2c_int(1), py2c_int(2)}, 2, PY2C_NULL).bits == py2c_int(2).bits);
    py2c_decref(meth);
    RT_CHECK(py2c_call_method(b, count, (Py2cValue[]){a}, 1, PY2C_NULL).bits == py2c_int(1).bits);
    RT_CHECK_STR(text(py2c_getattr(obj, foo)), "AttributeError: 'object' object has no attribute 'foo'");
    RT_CHECK(PY2C_IS_NULL(py2c_getattr_opt(obj, foo)) && !py2c_error_occurred());
    RT_CHECK(py2c_setattr(obj, foo, none) == -1);
    RT_CHECK_STR(err_text(), "AttributeError: 'object' object has no attribute 'foo'");
    RT_CHECK_STR(text(py2c_getattr(py2c_type_value(&py2c_object_type), foo)),
                 "AttributeError: type object 'object' has no attribute 'foo'");
    Py2cValue nm = S("__name__");
    RT_CHECK_STR(text(py2c_getattr(tb, nm)), "B");
    RT_CHECK_STR(text(py2c_repr(tb)), "<class 'B'>");
    /* A.count(b, 5): the method descriptor */
    Py2cValue descr = py2c_getattr(ta, count);
    RT_CHECK_STR(text(py2c_repr(descr)), "<method 'count' of 'A' objects>");
    RT_CHECK(py2c_call(descr, (Py2cValue[]){b, py2c_int(5)}, 2, PY2C_NULL).bits == py2c_int(10).bits); /* 5+5 */
    RT_CHECK_STR(text(py2c_call(descr, (Py2cValue[]){none, none}, 2, PY2C_NULL)),
                 "TypeError: descriptor 'count' for 'A' objects doesn't apply to a 'NoneType' object");
    py2c_decref(descr);

    /* class methods get the class, through the type or an instance */
    Py2cValue which = S("which");
    RT_CHECK(py2c_call_method(b, which, NULL, 0, PY2C_NULL).bits == tb.bits);
    Py2cValue bound = py2c_getattr(ta, which);
    RT_CHECK(py2c_call(bound, NULL, 0, PY2C_NULL).bits == ta.bits);
    py2c_decref(bound);
    bound = py2c_getattr(b, which);
    RT_CHECK(py2c_call(bound, NULL, 0, PY2C_NULL).bits == tb.bits);
    py2c_decref(bound);
    py2c_decref(which);

    /* --- items, slices --- */
    RT_CHECK_STR(text(py2c_getitem(none, py2c_int(0))), "TypeError: 'NoneType' object is not subscriptable");
    RT_CHECK_STR(text(py2c_getitem(ta, py2c_int(0))), "TypeError: type 'A' is not subscriptable");
    RT_CHECK(py2c_setitem(seq, py2c_int(0), none) == -1);
    RT_CHECK_STR(err_text(), "TypeError: 'Seq' object does not support item assignment");
    RT_CHECK(py2c_delitem(seq, py2c_int(0)) == -1);
    RT_CHECK_STR(err_text(), "TypeError: 'Seq' object doesn't support item deletion");
    RT_CHECK(py2c_delitem(none, py2c_int(0)) == -1);
    RT_CHECK_STR(err_text(), "TypeError: 'NoneType' object does not support item deletion");
    Py2cValue sl = py2c_slice_new(py2c_int(1), none, py2c_int(-1));
    RT_CHECK_STR(text(py2c_repr(sl)), "slice(1, None, -1)");
    int64_t st, sp, se, n;
    RT_CHECK(py2c__slice_indices(sl, 5, &st, &sp, &se, &n) == 0 && st == 1 && sp == -1 && se == -1 && n == 2);
    py2c_decref(sl);
    sl = py2c_slice_new(none, none, py2c_int(-1));
    RT_CHECK(py2c__slice_indices(sl, 5, &st, &sp, &se, &n) == 0 && st == 4 && sp == -1 && se == -1 && n == 5);
    py2c_decref(sl);
    sl = py2c_slice_new(py2c_int(-100), py2c_int(100), none);
    RT_CHECK(py2c__slice_indices(sl, 5, &st, &sp, &se, &n) == 0 && st == 0 && sp == 5 && se == 1 && n == 5);
    py2c_decref(sl);
    sl = py2c_slice_new(py2c_int(5), py2c_int(1), py2c_int(-2));
    RT_CHECK(py2c__slice_indices(sl, 10, &st, &sp, &se, &n) == 0 && st == 5 && sp == 1 && se == -2 && n == 2);
    py2c_decref(sl);
    sl = py2c_slice_new(py2c_int(1), py2c_int(2), py2c_int(0));
    RT_CHECK(py2c__slice_indices(sl, 3, &st, &sp, &se, &n) == -1);
    RT_CHECK_STR(err_text(), "ValueError: slice step cannot be zero");
    py2c_decref(sl);
    sl = py2c_slice_new(none, empty, none);
    RT_CHECK(py2c__slice_indices(sl, 3, &st, &sp, &se, &n) == -1);
    RT_CHECK_STR(err_text(), "TypeError: slice indices must be integers or None or have an __index__ method");
    py2c_decref(sl);

    /* --- calls --- */
    RT_CHECK_STR(text(py2c_call(none, NULL, 0, PY2C_NULL)), "TypeError: 'NoneType' object is not callable");
    RT_CHECK(py2c_callable(none) == 0);
    Py2cValue echo = py2c_obj_value(&echo_builtin.ob);
    RT_CHECK(py2c_callable(echo) == 1);
    RT_CHECK_STR(text(py2c_repr(echo)), "<built-in function echo>");
    Py2cValue targs = py2c_tuple_pack(2, (Py2cValue[]){py2c_int(1), py2c_int(2)});
    Py2cValue kw = py2c_dict_new();
    RT_CHECK(py2c_dict_setitem(kw, foo, py2c_int(3)) == 0);
    RT_CHECK_STR(text(py2c_call_ex(echo, targs, kw)), "((1, 2, 3), ('foo',))");
    RT_CHECK_STR(text(py2c_call_ex(echo, targs, PY2C_NULL)), "((1, 2), ())");
    /* type(x) */
    RT_CHECK(py2c_call(py2c_type_value(&py2c_type_type), &b, 1, PY2C_NULL).bits == tb.bits);

    /* --- iteration --- */
    RT_CHECK_STR(text(py2c_iter(none)), "TypeError: 'NoneType' object is not iterable");
    RT_CHECK_STR(text(py2c_iter_next(obj)), "TypeError: 'object' object is not an iterator");
    Py2cValue it = py2c_iter(seq);
    int64_t sum = 0, cnt = 0;
    for (Py2cValue v; !PY2C_IS_NULL(v = py2c_iter_next(it));) sum += py2c_small_int_value(v), cnt++;
    RT_CHECK(sum == 60 && cnt == 3 && !py2c_error_occurred());
    RT_CHECK(PY2C_IS_NULL(py2c_iter_next(it)) && !py2c_error_occurred()); /* stays exhausted */
    py2c_decref(it);

    Py2cValue all[] = {uni, empty, spec, obj, tup, count, seven, foo, nm, targs, kw};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) py2c_decref(all[i]);
    RT_DONE("core");
}
