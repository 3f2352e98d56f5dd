/* range: CPython's rangeobject.c for bounds that fit in 64 bits: O(1) len,
 * indexing, slicing (a range), `in`, count and index for ints; iterators. */
#include <stdlib.h>
#include <string.h>

#include "container_internal.h"

static Py2cRange *range_ptr(Py2cValue v) { return (Py2cRange *)py2c_obj_ptr(v); }

/* Number of items of range(start, stop, step), step != 0. */
static int64_t range_length(int64_t start, int64_t stop, int64_t step) {
    uint64_t n;
    if (step > 0) {
        if (start >= stop) return 0;
        n = ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    } else {
        if (start <= stop) return 0;
        n = ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
    }
    return n > (uint64_t)INT64_MAX ? INT64_MAX : (int64_t)n;
}

static Py2cValue int_value(int64_t v) {
    if (v >= PY2C_SMALL_INT_MIN && v <= PY2C_SMALL_INT_MAX) return py2c_int(v);
    return py2c_int_from_int64(v);
}

Py2cValue py2c_range_new(int64_t start, int64_t stop, int64_t step) {
    if (step == 0) return py2c_error_format(&py2c_exc_ValueError, "range() arg 3 must not be zero");
    Py2cRange *r = (Py2cRange *)py2c__object_new(&py2c_range_type, sizeof(Py2cRange));
    if (!r) return PY2C_NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = range_length(start, stop, step);
    return py2c_obj_value(&r->ob);
}

/* A bound of range(): an int that fits in 64 bits. */
static int range_arg(Py2cValue v, int64_t *out) {
    if (py2c_is_big_int(v)) {
        if (py2c_int_as_int64(v, out) == 0) return 0;
        py2c_error_clear();
        (void)py2c_error_format(&py2c_exc_OverflowError, "range() bounds beyond 64 bits are not supported");
        return -1;
    }
    return py2c__as_index_or_error(v, out);
}

/* Whether v is an int (not a bool, which CPython searches linearly, with
 * the same result); *out gets its value, or INT64_MAX when it is beyond 64
 * bits (then it is in no range). */
static int exact_int(Py2cValue v, int64_t *out) {
    if (py2c_is_small_int(v)) {
        *out = py2c_small_int_value(v);
        return 1;
    }
    if (!py2c_is_big_int(v)) return 0;
    if (py2c_int_as_int64(v, out) < 0) {
        py2c_error_clear();
        *out = INT64_MAX;
    }
    return 1;
}

static Py2cValue range_new(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (py2c__check_nargs("range", "range", nargs, kwnames, 1, 3) < 0) return PY2C_NULL;
    int64_t start = 0, stop, step = 1;
    if (nargs == 1) {
        if (range_arg(args[0], &stop) < 0) return PY2C_NULL;
    } else {
        if (range_arg(args[0], &start) < 0 || range_arg(args[1], &stop) < 0) return PY2C_NULL;
        if (nargs == 3 && range_arg(args[2], &step) < 0) return PY2C_NULL;
    }
    return py2c_range_new(start, stop, step);
}

static Py2cValue range_repr(Py2cValue self) {
    Py2cRange *r = range_ptr(self);
    char buf[100];
    int n = r->step == 1 ? snprintf(buf, sizeof buf, "range(%lld, %lld)", (long long)r->start, (long long)r->stop)
                         : snprintf(buf, sizeof buf, "range(%lld, %lld, %lld)", (long long)r->start,
                                    (long long)r->stop, (long long)r->step);
    return py2c_str_from_utf8(buf, n);
}

static int64_t range_len(Py2cValue self) { return range_ptr(self)->len; }

static Py2cValue range_item(Py2cRange *r, int64_t i) { return int_value(r->start + i * r->step); }

static Py2cValue range_getitem(Py2cValue self, Py2cValue key) {
    Py2cRange *r = range_ptr(self);
    int64_t i, start, stop, step, n;
    int rc = py2c__as_index(key, &i);
    if (rc < 0) return PY2C_NULL;
    if (rc > 0) {
        if (i < 0 && i != INT64_MIN) i += r->len;
        if (i < 0 || i >= r->len) return py2c_error_format(&py2c_exc_IndexError, "range object index out of range");
        return range_item(r, i);
    }
    rc = py2c__slice_resolve(key, r->len, &start, &stop, &step, &n);
    if (rc < 0) return PY2C_NULL;
    if (rc == 0)
        return py2c_error_format(&py2c_exc_TypeError, "range indices must be integers or slices, not %s",
                                 py2c_type_name(key));
    return py2c_range_new(r->start + start * r->step, r->start + stop * r->step, r->step * step);
}

/* The position of the int v in r, or -1. */
static int64_t int_position(Py2cRange *r, int64_t v) {
    if (r->len == 0) return -1;
    if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return -1;
    int64_t d = v - r->start;
    if (d % r->step != 0) return -1;
    return d / r->step;
}

/* Linear search with ==, for values that are not ints (CPython does the
 * same): the position, -1 when absent, -2 on error. */
static int64_t generic_position(Py2cRange *r, Py2cValue v, int count_all, int64_t *count) {
    *count = 0;
    for (int64_t i = 0; i < r->len; i++) {
        Py2cValue x = range_item(r, i);
        if (PY2C_IS_NULL(x)) return -2;
        int eq = py2c__keys_equal(x, v);
        py2c_decref(x);
        if (eq < 0) return -2;
        if (eq) {
            if (!count_all) return i;
            (*count)++;
        }
    }
    return -1;
}

static int range_contains(Py2cValue self, Py2cValue v) {
    Py2cRange *r = range_ptr(self);
    int64_t c, p, iv;
    if (exact_int(v, &iv)) return iv != INT64_MAX && int_position(r, iv) >= 0;
    p = generic_position(r, v, 0, &c);
    return p == -2 ? -1 : p >= 0;
}

static Py2cValue m_count(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_onearg("range.count", nargs, kwnames) < 0) return PY2C_NULL;
    Py2cRange *r = range_ptr(self);
    int64_t c, iv;
    if (exact_int(args[0], &iv)) return py2c_int(iv != INT64_MAX && int_position(r, iv) >= 0);
    if (generic_position(r, args[0], 1, &c) == -2) return PY2C_NULL;
    return py2c_int(c);
}

static Py2cValue m_index(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_onearg("range.index", nargs, kwnames) < 0) return PY2C_NULL;
    Py2cRange *r = range_ptr(self);
    int64_t p, c, iv;
    if (exact_int(args[0], &iv)) p = iv == INT64_MAX ? -1 : int_position(r, iv);
    else p = generic_position(r, args[0], 0, &c);
    if (p == -2) return PY2C_NULL;
    if (p >= 0) return py2c_int(p);
    Py2cValue s = py2c_repr(args[0]);
    if (PY2C_IS_NULL(s)) return s;
    (void)py2c_error_format(&py2c_exc_ValueError, "%s is not in range", py2c__as_str(s)->data);
    py2c_decref(s);
    return PY2C_NULL;
}

/* Ranges are equal when they are the same sequence. */
static Py2cValue range_richcompare(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    if (!py2c_is_range(a) || !py2c_is_range(b) || (op != PY2C_EQ && op != PY2C_NE)) return PY2C_NOT_IMPLEMENTED;
    Py2cRange *x = range_ptr(a), *y = range_ptr(b);
    int eq;
    if (x->len != y->len) eq = 0;
    else if (x->len == 0) eq = 1;
    else if (x->start != y->start) eq = 0;
    else if (x->len == 1) eq = 1;
    else eq = x->step == y->step;
    return py2c_bool(op == PY2C_EQ ? eq : !eq);
}

/* hash((len, start, step)) with None for parts that do not matter. */
static Py2cHash range_hash(Py2cValue self) {
    Py2cRange *r = range_ptr(self);
    Py2cValue parts[3] = {int_value(r->len), PY2C_NONE, PY2C_NONE};
    if (r->len > 0) parts[1] = int_value(r->start);
    if (r->len > 1) parts[2] = int_value(r->step);
    Py2cValue t = py2c_tuple_pack(3, parts);
    if (PY2C_IS_NULL(t)) return -1;
    Py2cHash h = py2c_hash(t);
    py2c_decref(t);
    return h;
}

static int range_is_true(Py2cValue self) { return range_ptr(self)->len != 0; }

static Py2cValue get_start(Py2cValue self) { return int_value(range_ptr(self)->start); }
static Py2cValue get_stop(Py2cValue self) { return int_value(range_ptr(self)->stop); }
static Py2cValue get_step(Py2cValue self) { return int_value(range_ptr(self)->step); }

/* --- range_iterator --- */
typedef struct RangeIter {
    Py2cObject ob;
    int64_t next, step, left;
} RangeIter;

static Py2cValue rangeiter_new(int64_t start, int64_t step, int64_t len) {
    RangeIter *it = (RangeIter *)py2c__object_new(&py2c_range_iterator_type, sizeof(RangeIter));
    if (!it) return PY2C_NULL;
    it->next = start;
    it->step = step;
    it->left = len;
    return py2c_obj_value(&it->ob);
}

static Py2cValue range_iter(Py2cValue self) {
    Py2cRange *r = range_ptr(self);
    return rangeiter_new(r->start, r->step, r->len);
}

Py2cValue py2c__range_reversed(Py2cValue self) {
    Py2cRange *r = range_ptr(self);
    if (r->len == 0) return rangeiter_new(r->start, 1, 0);
    return rangeiter_new(r->start + (r->len - 1) * r->step, -r->step, r->len);
}

static Py2cValue rangeiter_next(Py2cValue self) {
    RangeIter *it = (RangeIter *)py2c_obj_ptr(self);
    if (it->left <= 0) return PY2C_NULL;
    int64_t v = it->next;
    it->left--;
    it->next += it->left ? it->step : 0;
    return int_value(v);
}

static Py2cValue iter_self(Py2cValue self) {
    py2c_incref(self);
    return self;
}

static const Py2cMethodDef range_methods[] = {
    {"count", m_count},
    {"index", m_index},
    {NULL, NULL},
};

static const Py2cGetSetDef range_getset[] = {
    {"start", get_start, NULL},
    {"stop", get_stop, NULL},
    {"step", get_step, NULL},
    {NULL, NULL, NULL},
};

const Py2cType py2c_range_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "range",
    .base = &py2c_object_type,
    .basicsize = sizeof(Py2cRange),
    .new_ = range_new,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .is_true = range_is_true,
    .iter = range_iter,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .methods = range_methods,
    .getset = range_getset,
};

const Py2cType py2c_range_iterator_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "range_iterator",
    .base = &py2c_object_type,
    .basicsize = sizeof(RangeIter),
    .iter = iter_self,
    .iternext = rangeiter_next,
};
