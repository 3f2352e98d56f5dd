/* Internals shared by the container files (tuple, list, dict, set, range,
 * iterators, sorting) and offered to builtins. Runtime-private. */
#ifndef PY2C_CONTAINER_INTERNAL_H
#define PY2C_CONTAINER_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "internal.h"

/* --- text building (reprs) ---------------------------------------------- */
typedef struct Py2cBuf {
    char *data;
    size_t len, cap;
} Py2cBuf;

/* 0, or -1 with MemoryError. */
int py2c__buf_put(Py2cBuf *b, const char *s, size_t n);
int py2c__buf_puts(Py2cBuf *b, const char *s);
/* Appends repr(v): 0 or -1. */
int py2c__buf_put_repr(Py2cBuf *b, Py2cValue v);
/* The text as a str (frees the buffer either way). */
Py2cValue py2c__buf_finish(Py2cBuf *b);
void py2c__buf_free(Py2cBuf *b);

/* Recursion guard for reprs of containers (CPython's Py_ReprEnter): 0 when
 * obj was not being printed by this thread (it now is), 1 when it is, -1 on
 * error. Leave only after a 0. */
int py2c__repr_enter(Py2cValue obj);
void py2c__repr_leave(Py2cValue obj);

/* raise KeyError(key) (the key itself is the argument, as CPython). Returns
 * PY2C_NULL. */
Py2cValue py2c__raise_key_error(Py2cValue key);
/* The same with a message ("pop from an empty set"). */
Py2cValue py2c__raise_key_error_msg(const char *msg);

/* --- arguments of methods ------------------------------------------------ */
/* Argument-clinic style checks with CPython's messages. qual is "list.append". */
int py2c__check_no_kwargs(const char *qual, Py2cValue kwnames);               /* "X() takes no keyword arguments" */
int py2c__check_noargs(const char *qual, size_t nargs, Py2cValue kwnames);   /* "X() takes no arguments (1 given)" */
int py2c__check_onearg(const char *qual, size_t nargs, Py2cValue kwnames);   /* "X() takes exactly one argument (0 given)" */
/* "pop expected at most 1 argument, got 2" (name without the type); also
 * rejects keywords with qual's message. */
int py2c__check_nargs(const char *qual, const char *name, size_t nargs, Py2cValue kwnames, size_t min, size_t max);

/* A slice key resolved against a sequence of length len (CPython's
 * PySlice_Unpack + PySlice_AdjustIndices): 1 when key is a slice, 0 when it
 * is not, -1 on error ("slice step cannot be zero", ...). */
int py2c__slice_resolve(Py2cValue key, int64_t len, int64_t *start, int64_t *stop, int64_t *step,
                        int64_t *slicelen);
/* seq[key] for list and tuple: resolves key against a sequence of length len.
 * Returns 1 with *index normalised and in range, 2 with the slice in
 * start, step and slicelen, or -1 with CPython's IndexError ("list index out of
 * range") or TypeError ("list indices must be integers or slices, not str");
 * type_name words the messages. */
int py2c__seq_subscript(Py2cValue key, int64_t len, const char *type_name, int64_t *index, int64_t *start,
                        int64_t *step, int64_t *slicelen);
/* start/stop/step of a range: given n as index-sized values: 0 or -1. */

/* The count n of seq * n (negative counts become 0): 0, or -1 with
 * "can't multiply sequence by non-int of type 'float'". */
int py2c__repeat_count(Py2cValue count, int64_t *n);

/* --- sequences ---------------------------------------------------------------- */
/* The items of a list or tuple (borrowed array), for fast paths.
 * Threaded, a list's array may be reallocated (and its items released) by
 * another thread at any moment: use py2c__seq_hold below unless v is a tuple,
 * the program is single-threaded, or the caller holds v's stripe. */
static inline int py2c__seq_fast(Py2cValue v, Py2cValue **items, int64_t *n) {
    if (py2c_is_list(v)) {
        *items = py2c_list_ptr(v)->items;
        *n = py2c_list_ptr(v)->size;
        return 1;
    }
    if (py2c_is_tuple(v)) {
        *items = py2c_tuple_ptr(v)->items;
        *n = py2c_tuple_ptr(v)->size;
        return 1;
    }
    return 0;
}
/* py2c__seq_fast that is safe against other threads: for a list while
 * threads are active, a snapshot of its items taken under its stripe (a new
 * tuple, left in *keep); otherwise the borrowed array and *keep = PY2C_NULL.
 * Returns 1 (release *keep with py2c_decref when done with items), 0 when v
 * is neither a list nor a tuple, -1 on MemoryError. */
PY2C_WARN_UNUSED int py2c__seq_hold(Py2cValue v, Py2cValue **items, int64_t *n, Py2cValue *keep);
/* For a list other threads may change (py2c_list_size/py2c_list_item read it
 * unlocked): l[i] as a new reference in *out if i is still in range (1, else
 * 0), and len(l), each read under l's stripe. */
PY2C_WARN_UNUSED int py2c__list_fetch(Py2cValue l, int64_t i, Py2cValue *out);
int64_t py2c__list_size_shared(Py2cValue l);
/* A new tuple with list l's current items, read under its stripe. */
PY2C_WARN_UNUSED Py2cValue py2c__list_snapshot(Py2cValue l);
/* v itself when it is a list or tuple (a new reference), else list(v). */
PY2C_WARN_UNUSED Py2cValue py2c__as_sequence(Py2cValue v);
/* na <op> nb as a bool value. */
Py2cValue py2c__compare_sizes(int64_t na, int64_t nb, Py2cCompareOp op);
/* Lexicographic comparison of two arrays (tuple/list richcompare). */
Py2cValue py2c__seq_richcompare(const Py2cValue *a, int64_t na, const Py2cValue *b, int64_t nb, Py2cCompareOp op);
/* A container's item-by-item comparison, run one recursion level deeper as
 * CPython's PyObject_RichCompare counts it: comparing containers nested
 * 100000 deep raises RecursionError "... in comparison" instead of
 * overflowing the C stack. (Only containers: comparing ints or strings
 * cannot recurse and pays nothing.) */
Py2cValue py2c__compare_nested(Py2cValue (*compare_items)(Py2cValue, Py2cValue, Py2cCompareOp), Py2cValue a,
                               Py2cValue b, Py2cCompareOp op);
/* Equality of two keys as dicts and sets test it: identity, then ==. */
int py2c__keys_equal(Py2cValue a, Py2cValue b);

/* reversed(v) for the containers that have their own reverse iterator
 * (list, range, dict and its views): a new iterator, or PY2C_NULL WITHOUT an
 * exception for other values (builtins then uses __len__/__getitem__). */
PY2C_WARN_UNUSED Py2cValue py2c__reversed(Py2cValue v);
Py2cValue py2c__list_reversed(Py2cValue l);
Py2cValue py2c__range_reversed(Py2cValue r);
/* view_type: NULL for the dict itself (keys), else the view's type. */
Py2cValue py2c__dict_reversed(Py2cValue d_or_view, const Py2cType *view_type);

/* Stable sort of n values in place (list.sort / sorted), with optional keys
 * (keys[i] belongs to items[i]; NULL: the items are the keys). 0 or -1. */
int py2c__sort(Py2cValue *items, Py2cValue *keys, int64_t n);

/* Sets: the table-level operations (set.c), used by the dict views. */
PY2C_WARN_UNUSED int py2c__set_update(Py2cValue s, Py2cValue iterable);
PY2C_WARN_UNUSED int py2c__set_add_hashed(Py2cValue s, Py2cValue key, Py2cHash hash);
/* Dict lookup with a known hash: the entry index or -1 (absent) / -2 error. */
int64_t py2c__dict_lookup(Py2cDict *d, Py2cValue key, Py2cHash hash);
PY2C_WARN_UNUSED Py2cValue py2c__dict_view_new(Py2cValue d, const Py2cType *type);

#endif
