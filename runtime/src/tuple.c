/* tuple: CPython's tupleobject.c (hash: the xxHash-based tuplehash of 3.8+). */
#include <stdint.h>
#include <stdlib.h>

#include "container_internal.h"
#include "freelist.h"

/* The most items an array may hold: 2**40 on 64-bit targets; on wasm32 (a
 * 32-bit size_t) what half the address space holds, so that byte counts
 * cannot overflow size_t. Larger requests raise MemoryError, as CPython's. */
#define MAX_ITEMS \
    ((uint64_t)SIZE_MAX / 2 / sizeof(Py2cValue) < ((uint64_t)1 << 40) ? (uint64_t)SIZE_MAX / 2 / sizeof(Py2cValue) \
                                                                      : ((uint64_t)1 << 40))

static Py2cTuple empty_tuple = {PY2C_STATIC_HEADER(&py2c_tuple_type), 0};

Py2cValue py2c_tuple_new(size_t n) {
    if (n == 0) return py2c_obj_value(&empty_tuple.ob);
    Py2cTuple *t = n <= PY2C_FL_TUPLE_SIZES ? py2c__freelist_pop(PY2C_FL_TUPLE + (int)n - 1) : NULL;
    if (t) {
        t->ob.type = &py2c_tuple_type;
        /* not yet visible to another thread: a plain store */
        atomic_store_explicit(&t->ob.refcount, 1, memory_order_relaxed);
    } else {
        if ((uint64_t)n > MAX_ITEMS) return py2c_error_nomemory();
        t = (Py2cTuple *)py2c__object_new(&py2c_tuple_type, sizeof(Py2cTuple) + n * sizeof(Py2cValue));
        if (!t) return PY2C_NULL;
    }
    t->size = (int64_t)n;
    for (size_t i = 0; i < n; i++) t->items[i] = PY2C_NULL;
    return py2c_obj_value(&t->ob);
}

Py2cValue py2c_tuple_pack(size_t n, const Py2cValue *items) {
    Py2cValue r = py2c_tuple_new(n);
    if (PY2C_IS_NULL(r)) return r;
    Py2cTuple *t = py2c_tuple_ptr(r);
    for (size_t i = 0; i < n; i++) {
        t->items[i] = items[i];
        py2c_incref(items[i]);
    }
    return r;
}

Py2cValue py2c_tuple_slice(Py2cValue t, int64_t lo, int64_t hi) {
    if (lo == 0 && hi == py2c_tuple_size(t)) {
        py2c_incref(t);
        return t;
    }
    return py2c_tuple_pack((size_t)(hi - lo), py2c_tuple_ptr(t)->items + lo);
}

Py2cValue py2c_tuple_from_iterable(Py2cValue iterable) {
    if (py2c_is_tuple(iterable)) {
        py2c_incref(iterable);
        return iterable;
    }
    if (py2c_is_list(iterable)) return py2c_list_as_tuple(iterable);
    Py2cValue l = py2c_list_from_iterable(iterable);
    if (PY2C_IS_NULL(l)) return l;
    Py2cValue r = py2c_list_as_tuple(l);
    py2c_decref(l);
    return r;
}

/* Whether v is a tuple or an instance of a tuple subtype (a namedtuple, a
 * user class deriving from tuple): CPython's PyTuple_Check. */
static int is_tuple_sub(Py2cValue v) {
    return py2c_is_obj(v) && py2c__is_subtype(py2c_obj_ptr(v)->type, &py2c_tuple_type);
}

/* The block of a tuple of 1 to PY2C_FL_TUPLE_SIZES items goes to the
 * per-thread list of its size (freelist.h), for py2c_tuple_new. */
static void tuple_dealloc(Py2cObject *o) {
    Py2cTuple *t = (Py2cTuple *)o;
    int64_t n = t->size;
    for (int64_t i = 0; i < n; i++) py2c_decref(t->items[i]);
    if (n >= 1 && n <= PY2C_FL_TUPLE_SIZES) py2c__freelist_push(PY2C_FL_TUPLE + (int)n - 1, t);
    else free(t);
}

static Py2cValue tuple_repr(Py2cValue self) {
    Py2cTuple *t = py2c_tuple_ptr(self);
    if (t->size == 0) return py2c_str_from_utf8("()", 2);
    int rec = py2c__repr_enter(self);
    if (rec != 0) return rec < 0 ? PY2C_NULL : py2c_str_from_utf8("(...)", 5);
    Py2cBuf b = {0};
    if (py2c__buf_puts(&b, "(") < 0) goto fail;
    for (int64_t i = 0; i < t->size; i++) {
        if (i > 0 && py2c__buf_puts(&b, ", ") < 0) goto fail;
        if (py2c__buf_put_repr(&b, t->items[i]) < 0) goto fail;
    }
    if (py2c__buf_puts(&b, t->size == 1 ? ",)" : ")") < 0) goto fail;
    py2c__repr_leave(self);
    return py2c__buf_finish(&b);
fail:
    py2c__repr_leave(self);
    py2c__buf_free(&b);
    return PY2C_NULL;
}

#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static Py2cHash tuple_hash(Py2cValue self) {
    Py2cTuple *t = py2c_tuple_ptr(self);
    uint64_t acc = XXPRIME_5;
    for (int64_t i = 0; i < t->size; i++) {
        Py2cHash h = py2c_hash(t->items[i]);
        if (h == -1) return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)t->size ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1) return 1546275796;
    return (Py2cHash)acc;
}

static Py2cValue tuple_compare_items(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    Py2cTuple *x = py2c_tuple_ptr(a), *y = py2c_tuple_ptr(b);
    return py2c__seq_richcompare(x->items, x->size, y->items, y->size, op);
}

static Py2cValue tuple_richcompare(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    if (!is_tuple_sub(a) || !is_tuple_sub(b)) return PY2C_NOT_IMPLEMENTED;
    return py2c__compare_nested(tuple_compare_items, a, b, op);
}

static int64_t tuple_len(Py2cValue self) { return py2c_tuple_size(self); }

static Py2cValue tuple_getitem(Py2cValue self, Py2cValue key) {
    Py2cTuple *t = py2c_tuple_ptr(self);
    int64_t i, start, step, n;
    int r = py2c__seq_subscript(key, t->size, "tuple", &i, &start, &step, &n);
    if (r < 0) return PY2C_NULL;
    if (r == 1) {
        py2c_incref(t->items[i]);
        return t->items[i];
    }
    if (step == 1) {
        if (!py2c_is_tuple(self)) return py2c_tuple_pack((size_t)n, t->items + start); /* subtypes: a plain tuple */
        return py2c_tuple_slice(self, start, start + n);
    }
    Py2cValue res = py2c_tuple_new((size_t)n);
    if (PY2C_IS_NULL(res)) return res;
    for (int64_t k = 0, j = start; k < n; k++, j += step) {
        py2c_tuple_ptr(res)->items[k] = t->items[j];
        py2c_incref(t->items[j]);
    }
    return res;
}

static int tuple_contains(Py2cValue self, Py2cValue item) {
    Py2cTuple *t = py2c_tuple_ptr(self);
    for (int64_t i = 0; i < t->size; i++) {
        int eq = py2c__keys_equal(t->items[i], item);
        if (eq != 0) return eq;
    }
    return 0;
}

static Py2cValue tuple_concat(Py2cValue a, Py2cValue b) {
    if (!is_tuple_sub(a)) return PY2C_NOT_IMPLEMENTED;
    if (!is_tuple_sub(b))
        return py2c_error_format(&py2c_exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                                 py2c_type_name(b));
    Py2cTuple *x = py2c_tuple_ptr(a), *y = py2c_tuple_ptr(b);
    /* an operand is returned as is only when it is an exact tuple */
    if (y->size == 0 && py2c_is_tuple(a)) {
        py2c_incref(a);
        return a;
    }
    if (x->size == 0 && py2c_is_tuple(b)) {
        py2c_incref(b);
        return b;
    }
    Py2cValue r = py2c_tuple_new((size_t)(x->size + y->size));
    if (PY2C_IS_NULL(r)) return r;
    Py2cTuple *t = py2c_tuple_ptr(r);
    for (int64_t i = 0; i < x->size; i++) py2c_incref(t->items[i] = x->items[i]);
    for (int64_t i = 0; i < y->size; i++) py2c_incref(t->items[x->size + i] = y->items[i]);
    return r;
}

/* The count of seq * n: 0, or -1 with CPython's TypeError, or its
 * OverflowError for a count beyond int64 (PyNumber_AsSsize_t(n,
 * PyExc_OverflowError)). */
int py2c__repeat_count(Py2cValue count, int64_t *n) {
    int r = py2c__as_index(count, 0, n);
    if (r < 0 && py2c_error_matches(&py2c_exc_IndexError)) {
        py2c_error_clear();
        (void)py2c_error_format(&py2c_exc_OverflowError, "cannot fit '%s' into an index-sized integer",
                                py2c_type_name(count));
        return -1;
    }
    if (r == 1) {
        (void)py2c_error_format(&py2c_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                                py2c_type_name(count));
        return -1;
    }
    if (r < 0) return -1;
    if (*n < 0) *n = 0;
    return 0;
}

static Py2cValue tuple_repeat(Py2cValue a, Py2cValue b) {
    Py2cValue seq = is_tuple_sub(a) ? a : b, count = is_tuple_sub(a) ? b : a;
    if (!is_tuple_sub(seq)) return PY2C_NOT_IMPLEMENTED;
    int64_t n;
    if (py2c__repeat_count(count, &n) < 0) return PY2C_NULL;
    Py2cTuple *t = py2c_tuple_ptr(seq);
    if ((n == 1 || t->size == 0) && py2c_is_tuple(seq)) {
        py2c_incref(seq);
        return seq;
    }
    if (n > 0 && t->size > INT64_MAX / n) return py2c_error_nomemory();
    if ((uint64_t)(t->size * n) > MAX_ITEMS) return py2c_error_nomemory();
    Py2cValue r = py2c_tuple_new((size_t)(t->size * n));
    if (PY2C_IS_NULL(r)) return r;
    Py2cTuple *rt = py2c_tuple_ptr(r);
    for (int64_t k = 0; k < n; k++)
        for (int64_t i = 0; i < t->size; i++) py2c_incref(rt->items[k * t->size + i] = t->items[i]);
    return r;
}

static Py2cValue tuple_index(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_nargs("tuple.index", "index", nargs, kwnames, 1, 3) < 0) return PY2C_NULL;
    Py2cTuple *t = py2c_tuple_ptr(self);
    int64_t start = 0, stop = INT64_MAX;
    if (nargs > 1 && py2c__as_index(args[1], PY2C_INDEX_CLAMP | PY2C_INDEX_REQUIRED, &start) < 0) return PY2C_NULL;
    if (nargs > 2 && py2c__as_index(args[2], PY2C_INDEX_CLAMP | PY2C_INDEX_REQUIRED, &stop) < 0) return PY2C_NULL;
    if (start < 0) {
        start = start == INT64_MIN ? 0 : start + t->size;
        if (start < 0) start = 0;
    }
    if (stop < 0) {
        stop = stop == INT64_MIN ? 0 : stop + t->size;
        if (stop < 0) stop = 0;
    }
    for (int64_t i = start; i < stop && i < t->size; i++) {
        int eq = py2c__keys_equal(t->items[i], args[0]);
        if (eq < 0) return PY2C_NULL;
        if (eq) return py2c_int(i);
    }
    return py2c_error_format(&py2c_exc_ValueError, "tuple.index(x): x not in tuple");
}

static Py2cValue tuple_count(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_onearg("tuple.count", nargs, kwnames) < 0) return PY2C_NULL;
    Py2cTuple *t = py2c_tuple_ptr(self);
    int64_t c = 0;
    for (int64_t i = 0; i < t->size; i++) {
        int eq = py2c__keys_equal(t->items[i], args[0]);
        if (eq < 0) return PY2C_NULL;
        c += eq;
    }
    return py2c_int(c);
}

/* tuple(iterable=()) */
static Py2cValue tuple_new(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (py2c__check_no_kwargs("tuple", kwnames) < 0) return PY2C_NULL;
    if (nargs > 1) return py2c_error_format(&py2c_exc_TypeError, "tuple expected at most 1 argument, got %zu", nargs);
    if (nargs == 0) return py2c_tuple_new(0);
    return py2c_tuple_from_iterable(args[0]);
}

/* --- tuple_iterator --- */
typedef struct SeqIter {
    Py2cObject ob;
    Py2cValue seq; /* PY2C_NULL once exhausted */
    int64_t index;
} SeqIter;

static void seqiter_dealloc(Py2cObject *o) {
    py2c_decref(((SeqIter *)o)->seq);
    free(o);
}

static Py2cValue tuple_iter(Py2cValue self) {
    SeqIter *it = (SeqIter *)py2c__object_new(&py2c_tuple_iterator_type, sizeof(SeqIter));
    if (!it) return PY2C_NULL;
    py2c_incref(self);
    it->seq = self;
    it->index = 0;
    return py2c_obj_value(&it->ob);
}

static Py2cValue tupleiter_next(Py2cValue self) {
    SeqIter *it = (SeqIter *)py2c_obj_ptr(self);
    if (PY2C_IS_NULL(it->seq)) return PY2C_NULL;
    Py2cTuple *t = py2c_tuple_ptr(it->seq);
    if (it->index < t->size) {
        Py2cValue v = t->items[it->index++];
        py2c_incref(v);
        return v;
    }
    PY2C_CLEAR(it->seq);
    return PY2C_NULL;
}

static Py2cValue iter_self(Py2cValue self) {
    py2c_incref(self);
    return self;
}

static const Py2cNumberMethods tuple_number = {
    .binary = {[PY2C_OP_ADD] = tuple_concat, [PY2C_OP_MUL] = tuple_repeat},
};

static const Py2cMethodDef tuple_methods[] = {
    {"index", tuple_index},
    {"count", tuple_count},
    {NULL, NULL},
};

const Py2cType py2c_tuple_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "tuple",
    .base = &py2c_object_type,
    .flags = PY2C_TPFLAG_BASETYPE,
    .basicsize = sizeof(Py2cTuple),
    .dealloc = tuple_dealloc,
    .new_ = tuple_new,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .number = &tuple_number,
    .methods = tuple_methods,
};

const Py2cType py2c_tuple_iterator_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "tuple_iterator",
    .base = &py2c_object_type,
    .basicsize = sizeof(SeqIter),
    .dealloc = seqiter_dealloc,
    .iter = iter_self,
    .iternext = tupleiter_next,
};
