/* The abstract object protocol: what generated code calls for any value whose
 * type the compiler does not know. Each function dispatches on the operands'
 * types (slots in py2c/type.h) and raises CPython's exceptions with CPython's
 * messages. Arguments are borrowed; results are new references, or
 * PY2C_NULL / -1 with the current exception set.
 *
 * Attribute and method names are str values (the compiler emits them as
 * immortal constants, so lookups can compare pointers before text). */
#ifndef PY2C_ABSTRACT_H
#define PY2C_ABSTRACT_H

#include <stddef.h>
#include <stdint.h>

#include "py2c/type.h"

/* --- operators --------------------------------------------------------- */
/* a <op> b with CPython's dispatch (left slot, then right, subclass first)
 * and its TypeError ("unsupported operand type(s) for +: 'int' and 'str'"). */
PY2C_WARN_UNUSED Py2cValue py2c_binary_op(Py2cValue a, Py2cValue b, Py2cBinaryOp op);
/* a <op>= b: the in-place slot if any, else the binary operator. */
PY2C_WARN_UNUSED Py2cValue py2c_inplace_op(Py2cValue a, Py2cValue b, Py2cBinaryOp op);
PY2C_WARN_UNUSED Py2cValue py2c_power3(Py2cValue a, Py2cValue b, Py2cValue mod); /* pow(a, b, mod) */
PY2C_WARN_UNUSED Py2cValue py2c_negative(Py2cValue a);  /* -a */
PY2C_WARN_UNUSED Py2cValue py2c_positive(Py2cValue a);  /* +a */
PY2C_WARN_UNUSED Py2cValue py2c_invert(Py2cValue a);    /* ~a */
PY2C_WARN_UNUSED Py2cValue py2c_absolute(Py2cValue a);  /* abs(a) */

/* a <op> b for ==, !=, <, <=, >, >= (reflected fallbacks, identity default
 * for == and !=); the result is any object (usually a bool). */
PY2C_WARN_UNUSED Py2cValue py2c_compare(Py2cValue a, Py2cValue b, Py2cCompareOp op);
/* The same, reduced to truth: 1, 0, or -1 with an exception. */
PY2C_WARN_UNUSED int py2c_compare_bool(Py2cValue a, Py2cValue b, Py2cCompareOp op);
/* a is b */
static inline int py2c_is(Py2cValue a, Py2cValue b) {
    /* floats are immediates: CPython's `is` on two equal floats is not
     * guaranteed either; equal bits is the closest cheap answer. */
    return a.bits == b.bits;
}
/* item in container: 1, 0, -1. */
PY2C_WARN_UNUSED int py2c_contains(Py2cValue container, Py2cValue item);
/* bool(v): 1, 0, -1. */
PY2C_WARN_UNUSED int py2c_is_true(Py2cValue v);

/* --- objects ------------------------------------------------------------ */
PY2C_WARN_UNUSED Py2cValue py2c_repr(Py2cValue v);
PY2C_WARN_UNUSED Py2cValue py2c_str(Py2cValue v);
PY2C_WARN_UNUSED Py2cValue py2c_ascii(Py2cValue v);
/* format(v, spec): spec is a str (may be empty). */
PY2C_WARN_UNUSED Py2cValue py2c_format(Py2cValue v, Py2cValue spec);
PY2C_WARN_UNUSED Py2cHash py2c_hash(Py2cValue v);
/* len(v), with CPython's TypeError for objects without a length. */
PY2C_WARN_UNUSED int64_t py2c_len(Py2cValue v);
/* isinstance(v, cls) / issubclass(cls, base); cls may be a tuple of types. 1, 0, -1. */
PY2C_WARN_UNUSED int py2c_isinstance(Py2cValue v, Py2cValue cls);
PY2C_WARN_UNUSED int py2c_issubclass(Py2cValue cls, Py2cValue base);

/* --- attributes --------------------------------------------------------- */
PY2C_WARN_UNUSED Py2cValue py2c_getattr(Py2cValue obj, Py2cValue name);
/* Like py2c_getattr, but returns PY2C_NULL WITHOUT an exception when the
 * attribute does not exist (hasattr, getattr with default). */
PY2C_WARN_UNUSED Py2cValue py2c_getattr_opt(Py2cValue obj, Py2cValue name);
PY2C_WARN_UNUSED int py2c_setattr(Py2cValue obj, Py2cValue name, Py2cValue value);
PY2C_WARN_UNUSED int py2c_delattr(Py2cValue obj, Py2cValue name);

/* Inline caches: generated code gives each `obj.name` load, store and
 * method lookup site its own zero-initialised static Py2cAttrCache and calls
 * the _ic form of the operation, which behaves exactly as the plain one.
 * The cache remembers, for the last type seen at the site, where the
 * attribute lives (instance __dict__ only, a class attribute in a given
 * class, a data descriptor, a getset, a method); an entry is valid only
 * while py2c__type_epoch (py2c/type.h) is unchanged, and it is read and
 * written under its sequence counter `seq` (odd while being written), so a
 * reader racing a writer sees either a whole entry or none. Class values
 * are borrowed from the class namespace: while threads run, the value is
 * taken again from the namespace under its lock and used only if it is
 * still the same object. Fields are private to the runtime. */
typedef struct Py2cAttrCache {
    _Atomic uint32_t seq;
    _Atomic uint32_t kind;
    _Atomic uintptr_t type;  /* const Py2cType * the entry is for */
    _Atomic uintptr_t owner; /* const Py2cType * holding the class attribute */
    _Atomic uint64_t epoch;  /* py2c__type_epoch when filled */
    _Atomic uint64_t value;  /* Py2cValue bits (borrowed) or a Py2cGetSetDef pointer */
    _Atomic int64_t hint;    /* where name was in the last instance __dict__ (entry index + 1; 0: unknown) */
} Py2cAttrCache;
/* py2c_getattr / py2c_setattr / py2c_method_lookup through cache ic. */
PY2C_WARN_UNUSED Py2cValue py2c_getattr_ic(Py2cValue obj, Py2cValue name, Py2cAttrCache *ic);
PY2C_WARN_UNUSED int py2c_setattr_ic(Py2cValue obj, Py2cValue name, Py2cValue value, Py2cAttrCache *ic);
PY2C_WARN_UNUSED int py2c_method_lookup_ic(Py2cValue obj, Py2cValue name, Py2cValue *callable,
                                           Py2cValue *self_or_null, Py2cAttrCache *ic);
/* Runtime-internal: name (a str) along the user classes of heap type t's
 * MRO, as a new reference (PY2C_NULL without an exception when absent),
 * through cache ic. */
PY2C_WARN_UNUSED Py2cValue py2c__class_lookup_ic(const Py2cType *t, Py2cValue name, Py2cAttrCache *ic);
/* Runtime-internal: f(self, *args) (args then kwnames' values), with no
 * argument copying or binding when f is a plain Python function taking
 * exactly that many positional arguments. */
PY2C_WARN_UNUSED Py2cValue py2c__call_with_self(Py2cValue f, Py2cValue self, const Py2cValue *args, size_t nargs,
                                                Py2cValue kwnames);

/* --- items (slices are slice objects: py2c_slice_new) --------------------- */
PY2C_WARN_UNUSED Py2cValue py2c_getitem(Py2cValue obj, Py2cValue key);
PY2C_WARN_UNUSED int py2c_setitem(Py2cValue obj, Py2cValue key, Py2cValue value);
PY2C_WARN_UNUSED int py2c_delitem(Py2cValue obj, Py2cValue key);
/* slice(start, stop, step); absent parts are None. */
PY2C_WARN_UNUSED Py2cValue py2c_slice_new(Py2cValue start, Py2cValue stop, Py2cValue step);

/* --- calls (convention: see Py2cCallFn in py2c/type.h) ------------------- */
PY2C_WARN_UNUSED Py2cValue py2c_call(Py2cValue callable, const Py2cValue *args, size_t nargs, Py2cValue kwnames);
/* obj.name(*args): looks the method up and calls it without creating a bound
 * method object where it can. args excludes obj. */
PY2C_WARN_UNUSED Py2cValue py2c_call_method(Py2cValue obj, Py2cValue name, const Py2cValue *args, size_t nargs,
                                            Py2cValue kwnames);
/* obj.name(args) as CPython 3.11 runs it: LOAD_METHOD (this lookup), then
 * the arguments, then CALL (py2c_method_call). For a method of obj's type,
 * *callable is the type's function and *self_or_null is obj (no bound
 * method is created); otherwise *callable is getattr(obj, name) and
 * *self_or_null is PY2C_NULL. New references; 0, or -1 with an exception
 * (then both are PY2C_NULL). */
PY2C_WARN_UNUSED int py2c_method_lookup(Py2cValue obj, Py2cValue name, Py2cValue *callable, Py2cValue *self_or_null);
/* callable(self_or_null, *args) when self_or_null is set, else callable(*args). */
PY2C_WARN_UNUSED Py2cValue py2c_method_call(Py2cValue callable, Py2cValue self_or_null, const Py2cValue *args,
                                            size_t nargs, Py2cValue kwnames);
/* callable(*args_tuple, **kwargs_dict): for calls with * or ** unpacking.
 * kwargs may be PY2C_NULL. */
PY2C_WARN_UNUSED Py2cValue py2c_call_ex(Py2cValue callable, Py2cValue args_tuple, Py2cValue kwargs);
/* callable(v) test: 1 or 0. */
int py2c_callable(Py2cValue v);
/* list.extend(iterable) for a starred item: f(*x) (func: the callee) or a
 * display [*x] (func PY2C_NULL), with CPython's TypeError when x is not
 * iterable ("f() argument after * must be an iterable, not int",
 * "Value after * must be an iterable, not int"). 0 or -1. */
PY2C_WARN_UNUSED int py2c_star_extend(Py2cValue list, Py2cValue iterable, Py2cValue func);

/* Ellipsis (`...`): an immortal object of type `ellipsis`. */
extern const Py2cType py2c_ellipsis_type;
extern Py2cObject py2c_ellipsis;
#define PY2C_ELLIPSIS py2c_obj_value(&py2c_ellipsis)

/* type(v) as a value (borrowed): the first argument of __exit__ in `with`. */
static inline Py2cValue py2c_type_value_of(Py2cValue v) { return py2c_type_value(py2c_type_of(v)); }

/* --- iteration ------------------------------------------------------------ */
/* iter(v), with "'int' object is not iterable". */
PY2C_WARN_UNUSED Py2cValue py2c_iter(Py2cValue v);
/* next(it): a new reference; PY2C_NULL with NO exception set when the
 * iterator is exhausted; PY2C_NULL with an exception on error. */
PY2C_WARN_UNUSED Py2cValue py2c_iter_next(Py2cValue it);

#endif
