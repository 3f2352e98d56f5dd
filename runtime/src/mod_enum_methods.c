/* The methods of enum.Enum and enum.IntEnum (function objects with C
 * bodies, put in the classes' namespaces), and the functional API
 * (Enum('Animal', 'ANT BEE')). IntEnum's methods stand in for int's, since
 * the class does not derive from int: they work on the member's _value_. */
#include <string.h>

#include "mod_enum_internal.h"
#include "modsupport.h"
#include "platform.h"

PY2C__STR_CONST(s_name_, "_name_");
PY2C__STR_CONST(s_replace, "replace");
PY2C__STR_CONST(s_split, "split");
PY2C__STR_CONST(s_items, "items");

static void release(Py2cValue *p, int n) {
    for (int i = 0; i < n; i++) py2c_decref(p[i]);
}

static const char *text_of(Py2cValue s) { return py2c_is_str(s) ? py2c__as_str(s)->data : "?"; }

static Py2cValue name_of(Py2cValue member) { return py2c_getattr(member, PY2C__STR_VAL(s_name_)); }

static const char *const self_params[] = {"self"};
static const char *const spec_params[] = {"self", "format_spec"};
static const char *const proto_params[] = {"self", "proto"};
static const char *const memo_params[] = {"self", "memo"};
static const char *const other_params[] = {"self", "other"};

/* ---- Enum --------------------------------------------------------------------------------- */

/* "<Color.RED: 1>" */
static Py2cValue repr_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue name = name_of(p[0]), value = PY2C_IS_NULL(name) ? name : py2c__enum_member_value(p[0]);
    Py2cValue r = PY2C_NULL;
    Py2cBuf b = {0};
    if (!PY2C_IS_NULL(value) && py2c__buf_puts(&b, "<") == 0 && py2c__buf_puts(&b, py2c_type_of(p[0])->name) == 0 &&
        py2c__buf_puts(&b, ".") == 0 && py2c__buf_puts(&b, text_of(name)) == 0 && py2c__buf_puts(&b, ": ") == 0 &&
        py2c__buf_put_repr(&b, value) == 0 && py2c__buf_puts(&b, ">") == 0)
        r = py2c__buf_finish(&b);
    else
        py2c__buf_free(&b);
    py2c_decref(name);
    py2c_decref(value);
    py2c_decref(p[0]);
    return r;
}

/* "Color.RED" */
static Py2cValue enum_str(Py2cValue self) {
    Py2cValue name = name_of(self);
    if (PY2C_IS_NULL(name)) return name;
    Py2cBuf b = {0};
    Py2cValue r = PY2C_NULL;
    if (py2c__buf_puts(&b, py2c_type_of(self)->name) == 0 && py2c__buf_puts(&b, ".") == 0 &&
        py2c__buf_puts(&b, text_of(name)) == 0)
        r = py2c__buf_finish(&b);
    else
        py2c__buf_free(&b);
    py2c_decref(name);
    return r;
}

static Py2cValue str_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue r = enum_str(p[0]);
    py2c_decref(p[0]);
    return r;
}

/* str.__format__(str(self), format_spec) */
static Py2cValue format_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue r = PY2C_NULL;
    if (!py2c_is_str(p[1])) {
        (void)py2c_error_format(&py2c_exc_TypeError, "descriptor '__format__' requires a 'str' object but received a '%s'",
                                py2c_type_name(p[1]));
    } else {
        Py2cValue s = py2c_str(p[0]);
        if (!PY2C_IS_NULL(s)) r = py2c_format(s, p[1]);
        py2c_decref(s);
    }
    release(p, 2);
    return r;
}

static Py2cValue hash_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue name = name_of(p[0]), r = PY2C_NULL;
    py2c_decref(p[0]);
    if (PY2C_IS_NULL(name)) return name;
    Py2cHash h = py2c_hash(name);
    py2c_decref(name);
    if (h != -1 || !py2c_error_occurred()) r = py2c_int_from_int64(h);
    return r;
}

/* (type(self), (self._value_,)) */
static Py2cValue reduce_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue v = py2c__enum_member_value(p[0]), r = PY2C_NULL;
    Py2cValue args = PY2C_IS_NULL(v) ? v : py2c_tuple_pack(1, &v);
    if (!PY2C_IS_NULL(args)) r = py2c_tuple_pack(2, (Py2cValue[]){py2c_type_value_of(p[0]), args});
    py2c_decref(args);
    py2c_decref(v);
    release(p, 2);
    return r;
}

/* __copy__ / __deepcopy__: members are singletons. */
static Py2cValue self_body(Py2cFunction *fn, Py2cValue *p) {
    if (fn->info->npos == 2) py2c_decref(p[1]);
    return p[0];
}

static Py2cValue name_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue r = name_of(p[0]);
    py2c_decref(p[0]);
    return r;
}

static Py2cValue value_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue r = py2c__enum_member_value(p[0]);
    py2c_decref(p[0]);
    return r;
}

#define INFO(var, pyname, qual, params, n, body) \
    static const Py2cFuncInfo var = {pyname, qual, params, 0, n, 0, 0, body, NULL, NULL, "enum"}

INFO(repr_info, "__repr__", "Enum.__repr__", self_params, 1, repr_body);
INFO(str_info, "__str__", "Enum.__str__", self_params, 1, str_body);
INFO(format_info, "__format__", "Enum.__format__", spec_params, 2, format_body);
INFO(hash_info, "__hash__", "Enum.__hash__", self_params, 1, hash_body);
INFO(reduce_info, "__reduce_ex__", "Enum.__reduce_ex__", proto_params, 2, reduce_body);
INFO(copy_info, "__copy__", "Enum.__copy__", self_params, 1, self_body);
INFO(deepcopy_info, "__deepcopy__", "Enum.__deepcopy__", memo_params, 2, self_body);
INFO(name_info, "name", "Enum.name", self_params, 1, name_body);
INFO(value_info, "value", "Enum.value", self_params, 1, value_body);

/* ---- IntEnum ------------------------------------------------------------------------------ */

/* other as a number for int's operators: an IntEnum member's value, an
 * int, bool or float (float only when floats), else PY2C_NULL (the
 * operator returns NotImplemented). New reference. */
static Py2cValue as_number(Py2cValue other, int floats) {
    if (py2c__enum_is_member(other)) {
        Py2cValue v = py2c__enum_member_value(other);
        if (PY2C_IS_NULL(v)) return v;
        if (py2c_is_int(v) || py2c_is_bool(v)) return v;
        py2c_decref(v);
        return PY2C_NULL;
    }
    if (py2c_is_int(other) || py2c_is_bool(other) || (floats && py2c_is_float(other))) {
        py2c_incref(other);
        return other;
    }
    return PY2C_NULL;
}

static Py2cValue int_str_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue v = py2c__enum_member_value(p[0]);
    Py2cValue r = PY2C_IS_NULL(v) ? v : py2c_repr(v);
    py2c_decref(v);
    py2c_decref(p[0]);
    return r;
}

static Py2cValue int_format_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue v = py2c__enum_member_value(p[0]);
    Py2cValue r = PY2C_IS_NULL(v) ? v : py2c_format(v, p[1]);
    py2c_decref(v);
    release(p, 2);
    return r;
}

static Py2cValue int_hash_body(Py2cFunction *fn, Py2cValue *p) {
    (void)fn;
    Py2cValue v = py2c__enum_member_value(p[0]), r = PY2C_NULL;
    py2c_decref(p[0]);
    if (PY2C_IS_NULL(v)) return v;
    Py2cHash h = py2c_hash(v);
    py2c_decref(v);
    if (h != -1 || !py2c_error_occurred()) r = py2c_int_from_int64(h);
    return r;
}

enum { NCMP = 6 };
static const char *const cmp_names[NCMP] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
static Py2cFuncInfo cmp_infos[NCMP]; /* filled once; index = Py2cCompareOp */

static Py2cValue int_cmp_body(Py2cFunction *fn, Py2cValue *p) {
    Py2cCompareOp op = (Py2cCompareOp)(fn->info - cmp_infos);
    Py2cValue a = py2c__enum_member_value(p[0]), b = PY2C_IS_NULL(a) ? a : as_number(p[1], 1), r;
    if (PY2C_IS_NULL(a)) r = a;
    else if (PY2C_IS_NULL(b)) r = py2c_error_occurred() ? b : PY2C_NOT_IMPLEMENTED;
    else r = py2c_compare(a, b, op);
    py2c_decref(a);
    py2c_decref(b);
    release(p, 2);
    return r;
}

static const char *const bin_names[PY2C_BINARY_OP_COUNT][2] = {
    [PY2C_OP_ADD] = {"__add__", "__radd__"},           [PY2C_OP_SUB] = {"__sub__", "__rsub__"},
    [PY2C_OP_MUL] = {"__mul__", "__rmul__"},           [PY2C_OP_MATMUL] = {NULL, NULL},
    [PY2C_OP_TRUEDIV] = {"__truediv__", "__rtruediv__"}, [PY2C_OP_FLOORDIV] = {"__floordiv__", "__rfloordiv__"},
    [PY2C_OP_MOD] = {"__mod__", "__rmod__"},           [PY2C_OP_POW] = {"__pow__", "__rpow__"},
    [PY2C_OP_LSHIFT] = {"__lshift__", "__rlshift__"},  [PY2C_OP_RSHIFT] = {"__rshift__", "__rrshift__"},
    [PY2C_OP_AND] = {"__and__", "__rand__"},           [PY2C_OP_OR] = {"__or__", "__ror__"},
    [PY2C_OP_XOR] = {"__xor__", "__rxor__"},           [PY2C_OP_DIVMOD] = {"__divmod__", "__rdivmod__"},
};
static Py2cFuncInfo bin_infos[PY2C_BINARY_OP_COUNT][2];

/* self <op> other (reflected: other <op> self) on the int values. */
static Py2cValue int_binary_body(Py2cFunction *fn, Py2cValue *p) {
    ptrdiff_t k = fn->info - &bin_infos[0][0];
    Py2cBinaryOp op = (Py2cBinaryOp)(k / 2);
    int reflected = (int)(k % 2);
    int floats = op != PY2C_OP_LSHIFT && op != PY2C_OP_RSHIFT && op != PY2C_OP_AND && op != PY2C_OP_OR &&
                 op != PY2C_OP_XOR;
    Py2cValue a = py2c__enum_member_value(p[0]), b = PY2C_IS_NULL(a) ? a : as_number(p[1], floats), r;
    if (PY2C_IS_NULL(a)) r = a;
    else if (PY2C_IS_NULL(b)) r = py2c_error_occurred() ? b : PY2C_NOT_IMPLEMENTED;
    else r = reflected ? py2c_binary_op(b, a, op) : py2c_binary_op(a, b, op);
    py2c_decref(a);
    py2c_decref(b);
    release(p, 2);
    return r;
}

enum { U_NEG, U_POS, U_ABS, U_INVERT, U_INT, U_INDEX, U_FLOAT, U_BOOL, NUNARY };
static const char *const unary_names[NUNARY] = {"__neg__", "__pos__",   "__abs__",   "__invert__",
                                                "__int__", "__index__", "__float__", "__bool__"};
static Py2cFuncInfo unary_infos[NUNARY];

static Py2cValue int_unary_body(Py2cFunction *fn, Py2cValue *p) {
    int u = (int)(fn->info - unary_infos);
    Py2cValue v = py2c__enum_member_value(p[0]), r = PY2C_NULL;
    py2c_decref(p[0]);
    if (PY2C_IS_NULL(v)) return v;
    switch (u) {
    case U_NEG: r = py2c_negative(v); break;
    case U_POS: r = py2c_positive(v); break;
    case U_ABS: r = py2c_absolute(v); break;
    case U_INVERT: r = py2c_invert(v); break;
    case U_INT:
    case U_INDEX:
        r = py2c_is_bool(v) ? py2c_int(py2c_bool_value(v)) : v;
        if (!py2c_is_bool(v)) py2c_incref(v);
        break;
    case U_FLOAT: r = py2c_call(py2c_type_value(&py2c_float_type), &v, 1, PY2C_NULL); break;
    default: {
        int t = py2c_is_true(v);
        r = t < 0 ? PY2C_NULL : py2c_bool(t);
        break;
    }
    }
    py2c_decref(v);
    return r;
}

INFO(int_str_info, "__repr__", "int.__repr__", self_params, 1, int_str_body);
INFO(int_format_info, "__format__", "int.__format__", spec_params, 2, int_format_body);
INFO(int_hash_info, "__hash__", "int.__hash__", self_params, 1, int_hash_body);

/* Filled once (py2c_once: threads may make IntEnum classes at the same time). */
static void fill_int_infos_once(void) {
    for (int i = 0; i < NCMP; i++)
        cmp_infos[i] = (Py2cFuncInfo){cmp_names[i], cmp_names[i], other_params, 0, 2, 0, 0, int_cmp_body, NULL, NULL, "enum"};
    for (int op = 0; op < PY2C_BINARY_OP_COUNT; op++)
        for (int r = 0; r < 2; r++)
            if (bin_names[op][r])
                bin_infos[op][r] = (Py2cFuncInfo){bin_names[op][r], bin_names[op][r], other_params, 0, 2, 0, 0,
                                                  int_binary_body, NULL, NULL, "enum"};
    for (int u = 0; u < NUNARY; u++)
        unary_infos[u] = (Py2cFuncInfo){unary_names[u], unary_names[u], self_params, 0, 1, 0, 0, int_unary_body, NULL,
                                        NULL, "enum"};
}

static void fill_int_infos(void) {
    static Py2cOnce once = PY2C_ONCE_INIT;
    py2c_once(&once, fill_int_infos_once);
}

/* ---- the namespaces ------------------------------------------------------------------------ */

Py2cValue py2c__enum_namespace(int is_int) {
    Py2cValue ns = py2c_dict_new();
    if (PY2C_IS_NULL(ns)) return ns;
    int rc = 0;
    if (!is_int) {
        const Py2cFuncInfo *fns[] = {&repr_info, &str_info, &format_info, &hash_info, &reduce_info, &copy_info,
                                     &deepcopy_info};
        for (size_t i = 0; rc == 0 && i < sizeof fns / sizeof fns[0]; i++)
            rc = py2c__ns_put_function(ns, fns[i], PY2C_NULL, NULL);
        if (rc == 0) rc = py2c__ns_put_property(ns, &name_info, NULL);
        if (rc == 0) rc = py2c__ns_put_property(ns, &value_info, NULL);
    } else {
        fill_int_infos();
        rc = py2c__ns_put_stolen(ns, "__str__", py2c_function_new(&int_str_info, PY2C_NULL, PY2C_NULL, PY2C_NULL));
        if (rc == 0) rc = py2c__ns_put_function(ns, &int_format_info, PY2C_NULL, NULL);
        if (rc == 0) rc = py2c__ns_put_function(ns, &int_hash_info, PY2C_NULL, NULL);
        for (int i = 0; rc == 0 && i < NCMP; i++)
            rc = py2c__ns_put_function(ns, &cmp_infos[i], PY2C_NULL, NULL);
        for (int op = 0; rc == 0 && op < PY2C_BINARY_OP_COUNT; op++)
            for (int r = 0; rc == 0 && r < 2; r++)
                if (bin_names[op][r]) rc = py2c__ns_put_function(ns, &bin_infos[op][r], PY2C_NULL, NULL);
        for (int u = 0; rc == 0 && u < NUNARY; u++)
            rc = py2c__ns_put_function(ns, &unary_infos[u], PY2C_NULL, NULL);
    }
    if (rc < 0) PY2C_CLEAR(ns);
    return ns;
}

/* ---- the functional API ------------------------------------------------------------------------ */

/* The (name, value) pairs of names: a str or a sequence of str (values
 * start, start+1, ...), a sequence of pairs, or a mapping. New list. */
static Py2cValue member_pairs(Py2cValue names, Py2cValue start) {
    Py2cValue seq;
    if (py2c_is_str(names)) {
        Py2cValue comma = py2c_str_from_cstr(","), space = py2c_str_from_cstr(" ");
        Py2cValue args[2] = {comma, space};
        Py2cValue replaced = PY2C_IS_NULL(comma) || PY2C_IS_NULL(space)
                                 ? PY2C_NULL
                                 : py2c_call_method(names, PY2C__STR_VAL(s_replace), args, 2, PY2C_NULL);
        py2c_decref(comma);
        py2c_decref(space);
        seq = PY2C_IS_NULL(replaced) ? replaced : py2c_call_method(replaced, PY2C__STR_VAL(s_split), NULL, 0, PY2C_NULL);
        py2c_decref(replaced);
    } else if (py2c_is_dict(names)) {
        seq = py2c_call_method(names, PY2C__STR_VAL(s_items), NULL, 0, PY2C_NULL);
        Py2cValue l = PY2C_IS_NULL(seq) ? seq : py2c_list_from_iterable(seq);
        py2c_decref(seq);
        return l;
    } else {
        seq = py2c_list_from_iterable(names);
    }
    if (PY2C_IS_NULL(seq)) return seq;
    Py2cValue l = py2c_list_from_iterable(seq);
    py2c_decref(seq);
    if (PY2C_IS_NULL(l) || py2c_list_size(l) == 0 || !py2c_is_str(py2c_list_item(l, 0))) return l;
    Py2cValue out = py2c_list_new(0);
    Py2cValue value = start;
    py2c_incref(value);
    for (int64_t i = 0; !PY2C_IS_NULL(out) && i < py2c_list_size(l); i++) {
        Py2cValue pair = py2c_tuple_pack(2, (Py2cValue[]){py2c_list_item(l, i), value});
        if (PY2C_IS_NULL(pair) || py2c_list_append(out, pair) < 0) PY2C_CLEAR(out);
        py2c_decref(pair);
        Py2cValue next = py2c_binary_op(value, py2c_int(1), PY2C_OP_ADD);
        py2c_decref(value);
        value = next;
        if (PY2C_IS_NULL(value)) PY2C_CLEAR(out);
    }
    py2c_decref(value);
    py2c_decref(l);
    return out;
}

Py2cValue py2c__enum_functional(Py2cValue cls, Py2cValue name, Py2cValue names, Py2cValue module, Py2cValue qualname,
                                Py2cValue start) {
    if (!py2c_is_str(name))
        return py2c_error_format(&py2c_exc_TypeError, "py2c: the name of an enum must be a str, not %s",
                                 py2c_type_name(name));
    if (!PY2C_IS_NULL(module) && !py2c_is_none(module) && !py2c_is_str(module))
        return py2c_error_format(&py2c_exc_TypeError, "py2c: module must be a str");
    if (!PY2C_IS_NULL(qualname) && !py2c_is_none(qualname) && !py2c_is_str(qualname))
        return py2c_error_format(&py2c_exc_TypeError, "py2c: qualname must be a str");
    Py2cValue pairs = member_pairs(names, PY2C_IS_NULL(start) ? py2c_int(1) : start);
    if (PY2C_IS_NULL(pairs)) return pairs;
    Py2cValue ns = py2c_dict_new();
    int rc = PY2C_IS_NULL(ns) ? -1 : 0;
    for (int64_t i = 0; rc == 0 && i < py2c_list_size(pairs); i++) {
        Py2cValue pr = py2c_list_item(pairs, i);
        Py2cValue t = py2c_tuple_from_iterable(pr);
        if (PY2C_IS_NULL(t)) rc = -1;
        else if (py2c_tuple_size(t) != 2) {
            (void)py2c_error_format(&py2c_exc_ValueError, "py2c: enum members must be (name, value) pairs");
            rc = -1;
        } else {
            rc = py2c_dict_setitem(ns, py2c_tuple_item(t, 0), py2c_tuple_item(t, 1));
        }
        py2c_decref(t);
    }
    py2c_decref(pairs);
    Py2cValue bases = rc < 0 ? PY2C_NULL : py2c_tuple_pack(1, &cls);
    Py2cValue r = PY2C_NULL;
    if (!PY2C_IS_NULL(bases)) {
        const char *n = text_of(name);
        const char *q = !PY2C_IS_NULL(qualname) && py2c_is_str(qualname) ? text_of(qualname) : n;
        const char *m = !PY2C_IS_NULL(module) && py2c_is_str(module) ? text_of(module) : "__main__";
        r = py2c_class_new_meta(&py2c__enum_meta_type, n, q, m, bases, ns);
    }
    py2c_decref(bases);
    py2c_decref(ns);
    return r;
}
