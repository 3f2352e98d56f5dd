/* range: CPython's rangeobject.c. Ranges whose bounds and length fit in 64
 * bits use int64 arithmetic (O(1) len, indexing, slicing, `in`, count and
 * index for ints; range_iterator). Larger ones (range(2**70)) keep their
 * bounds as int values and do the same through the big-int helpers, with a
 * longrange_iterator; only len() of a range longer than 2**63 - 1 fails. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "container_internal.h"
#include "number_internal.h"

static Py2cRange *range_ptr(Py2cValue v) { return (Py2cRange *)py2c_obj_ptr(v); }

static Py2cValue int_value(int64_t v) {
    if (v >= PY2C_SMALL_INT_MIN && v <= PY2C_SMALL_INT_MAX) return py2c_int(v);
    return py2c_int_from_int64(v);
}

/* Whether the int v fits in 64 bits (*out gets it). */
static int fits_int64(Py2cValue v, int64_t *out) {
    if (py2c_is_small_int(v)) {
        *out = py2c_small_int_value(v);
        return 1;
    }
    if (py2c_int_as_int64(v, out) == 0) return 1;
    py2c_error_clear();
    return 0;
}

/* a <op> b for int values (new reference or PY2C_NULL). */
static Py2cValue lop(Py2cBinaryOp op, Py2cValue a, Py2cValue b) { return py2c__long_binary(op, a, b); }

/* a + b * c for int values. */
static Py2cValue add_mul(Py2cValue a, Py2cValue b, Py2cValue c) {
    Py2cValue p = lop(PY2C_OP_MUL, b, c);
    if (PY2C_IS_NULL(p)) return p;
    Py2cValue s = lop(PY2C_OP_ADD, a, p);
    py2c_decref(p);
    return s;
}

/* Number of items of range(start, stop, step), step != 0 (may exceed INT64_MAX). */
static uint64_t range_length(int64_t start, int64_t stop, int64_t step) {
    if (step > 0) {
        if (start >= stop) return 0;
        return ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    }
    if (start <= stop) return 0;
    return ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
}

/* The same for int values (CPython's compute_range_length). */
static Py2cValue big_length(Py2cValue start, Py2cValue stop, Py2cValue step) {
    Py2cValue lo = start, hi = stop, st = step, neg = PY2C_NULL;
    if (py2c_int_sign(step) < 0) {
        neg = py2c__long_neg(step);
        if (PY2C_IS_NULL(neg)) return neg;
        lo = stop, hi = start, st = neg;
    }
    Py2cValue n = py2c_int(0), d = PY2C_NULL, q = PY2C_NULL;
    if (py2c__long_compare(lo, hi) < 0) {
        n = PY2C_NULL;
        d = lop(PY2C_OP_SUB, hi, lo);
        Py2cValue d1 = PY2C_IS_NULL(d) ? d : lop(PY2C_OP_SUB, d, py2c_int(1));
        q = PY2C_IS_NULL(d1) ? d1 : lop(PY2C_OP_FLOORDIV, d1, st);
        py2c_decref(d1);
        if (!PY2C_IS_NULL(q)) n = lop(PY2C_OP_ADD, q, py2c_int(1));
    }
    py2c_decref(d);
    py2c_decref(q);
    py2c_decref(neg);
    return n;
}

static Py2cRange *range_alloc(void) {
    Py2cRange *r = (Py2cRange *)py2c__object_new(&py2c_range_type, sizeof(Py2cRange));
    if (!r) return NULL;
    r->big = 0;
    r->bstart = r->bstop = r->bstep = r->blen = PY2C_NULL;
    return r;
}

/* A slow-path range of int values (borrowed), step != 0. */
static Py2cValue range_big_new(Py2cValue start, Py2cValue stop, Py2cValue step) {
    Py2cValue n = big_length(start, stop, step);
    if (PY2C_IS_NULL(n)) return n;
    Py2cRange *r = range_alloc();
    if (!r) {
        py2c_decref(n);
        return PY2C_NULL;
    }
    py2c_incref(start);
    py2c_incref(stop);
    py2c_incref(step);
    r->big = 1;
    r->bstart = start, r->bstop = stop, r->bstep = step, r->blen = n;
    r->start = r->stop = r->step = r->len = 0;
    return py2c_obj_value(&r->ob);
}

Py2cValue py2c_range_new(int64_t start, int64_t stop, int64_t step) {
    if (step == 0) return py2c_error_format(&py2c_exc_ValueError, "range() arg 3 must not be zero");
    uint64_t n = range_length(start, stop, step);
    if (n > (uint64_t)INT64_MAX) {
        Py2cValue v[3] = {int_value(start), int_value(stop), int_value(step)}, res = PY2C_NULL;
        if (!PY2C_IS_NULL(v[0]) && !PY2C_IS_NULL(v[1]) && !PY2C_IS_NULL(v[2])) res = range_big_new(v[0], v[1], v[2]);
        for (int i = 0; i < 3; i++) py2c_decref(v[i]);
        return res;
    }
    Py2cRange *r = range_alloc();
    if (!r) return PY2C_NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = (int64_t)n;
    return py2c_obj_value(&r->ob);
}

/* range(start, stop, step) for int values (borrowed): the fast path when
 * they fit. */
static Py2cValue range_from_values(Py2cValue start, Py2cValue stop, Py2cValue step) {
    int64_t a, b, c;
    if (fits_int64(start, &a) && fits_int64(stop, &b) && fits_int64(step, &c)) return py2c_range_new(a, b, c);
    if (py2c_int_sign(step) == 0) return py2c_error_format(&py2c_exc_ValueError, "range() arg 3 must not be zero");
    return range_big_new(start, stop, step);
}

static void range_dealloc(Py2cObject *o) {
    Py2cRange *r = (Py2cRange *)o;
    if (r->big) {
        py2c_decref(r->bstart);
        py2c_decref(r->bstop);
        py2c_decref(r->bstep);
        py2c_decref(r->blen);
    }
    free(r);
}

/* A field of r as an int value (new reference). */
static Py2cValue field(const Py2cRange *r, int64_t v, Py2cValue b) {
    if (r->big) {
        py2c_incref(b);
        return b;
    }
    return int_value(v);
}

/* Whether v is an int or a bool (CPython's PyLong_CheckExact ||
 * PyBool_Check: these are searched arithmetically): 0 when not, 1 when it
 * fits in 64 bits (*out gets its value), 2 when it does not. */
static int exact_int(Py2cValue v, int64_t *out) {
    if (py2c_is_small_int(v)) {
        *out = py2c_small_int_value(v);
        return 1;
    }
    if (py2c_is_bool(v)) {
        *out = py2c_bool_value(v);
        return 1;
    }
    if (!py2c_is_big_int(v)) return 0;
    return fits_int64(v, out) ? 1 : 2;
}

/* Whether v has __index__ (ints and bools included). */
static int has_index(Py2cValue v) {
    if (py2c_is_int(v)) return 1;
    const Py2cType *t = py2c_type_of(v);
    return t->number && t->number->index;
}

static Py2cValue range_new(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    (void)self;
    if (py2c__check_nargs("range", "range", nargs, kwnames, 1, 3) < 0) return PY2C_NULL;
    Py2cValue v[3] = {py2c_int(0), PY2C_NULL, py2c_int(1)}, res = PY2C_NULL;
    size_t first = nargs == 1 ? 1 : 0;
    int64_t w[3];
    int small = 1;
    for (size_t i = 0; i < nargs; i++) {
        v[first + i] = py2c_number_index(args[i]);
        if (PY2C_IS_NULL(v[first + i])) goto done;
    }
    for (int i = 0; i < 3; i++) small = small && fits_int64(v[i], &w[i]);
    res = small ? py2c_range_new(w[0], w[1], w[2]) : range_from_values(v[0], v[1], v[2]);
done:
    for (int i = 0; i < 3; i++) py2c_decref(v[i]);
    return res;
}

static Py2cValue range_repr(Py2cValue self) {
    Py2cRange *r = range_ptr(self);
    if (!r->big) {
        char buf[100];
        int n = r->step == 1 ? snprintf(buf, sizeof buf, "range(%lld, %lld)", (long long)r->start, (long long)r->stop)
                             : snprintf(buf, sizeof buf, "range(%lld, %lld, %lld)", (long long)r->start,
                                        (long long)r->stop, (long long)r->step);
        return py2c_str_from_utf8(buf, n);
    }
    Py2cBuf b = {0};
    int rc = py2c__buf_puts(&b, "range(");
    if (rc == 0) rc = py2c__buf_put_repr(&b, r->bstart);
    if (rc == 0) rc = py2c__buf_puts(&b, ", ");
    if (rc == 0) rc = py2c__buf_put_repr(&b, r->bstop);
    if (rc == 0 && !(py2c_is_small_int(r->bstep) && py2c_small_int_value(r->bstep) == 1)) {
        rc = py2c__buf_puts(&b, ", ");
        if (rc == 0) rc = py2c__buf_put_repr(&b, r->bstep);
    }
    if (rc == 0) rc = py2c__buf_puts(&b, ")");
    if (rc < 0) {
        py2c__buf_free(&b);
        return PY2C_NULL;
    }
    return py2c__buf_finish(&b);
}

static int64_t range_len(Py2cValue self) {
    Py2cRange *r = range_ptr(self);
    int64_t n;
    if (!r->big) return r->len;
    if (fits_int64(r->blen, &n)) return n;
    (void)py2c_error_format(&py2c_exc_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
}

/* Item i of a fast range (0 <= i < len): the sum fits even when i * step
 * alone does not, so wrap-around arithmetic gives it. */
static int64_t fast_item(const Py2cRange *r, int64_t i) {
    return (int64_t)((uint64_t)r->start + (uint64_t)i * (uint64_t)r->step);
}

/* --- slicing --- */

/* A slice part as CPython's _PySlice_GetLongIndices reads it. */
static Py2cValue slice_part(Py2cValue v) {
    if (!has_index(v))
        return py2c_error_format(&py2c_exc_TypeError,
                                 "slice indices must be integers or None or have an __index__ method");
    return py2c_number_index(v);
}

/* Clamps an index value (owned, replaced) to [lower, upper] after adding
 * length to a negative one. */
static int adjust_index(Py2cValue *i, Py2cValue length, Py2cValue lower, Py2cValue upper) {
    Py2cValue v = *i, t;
    if (py2c_int_sign(v) < 0) {
        t = lop(PY2C_OP_ADD, v, length);
        if (PY2C_IS_NULL(t)) return -1;
        py2c_decref(v);
        v = t;
        if (py2c__long_compare(v, lower) < 0) {
            py2c_decref(v);
            py2c_incref(lower);
            v = lower;
        }
    } else if (py2c__long_compare(v, upper) > 0) {
        py2c_decref(v);
        py2c_incref(upper);
        v = upper;
    }
    *i = v;
    return 0;
}

/* range[slice] with int values throughout (CPython's compute_slice). */
static Py2cValue big_slice(Py2cRange *r, Py2cSlice *s) {
    Py2cValue start = PY2C_NULL, stop = PY2C_NULL, step = PY2C_NULL, upper = PY2C_NULL, res = PY2C_NULL;
    Py2cValue rstart = field(r, r->start, r->bstart), rstep = PY2C_NULL, len = PY2C_NULL;
    Py2cValue a = PY2C_NULL, b = PY2C_NULL, c = PY2C_NULL;
    if (PY2C_IS_NULL(rstart)) return rstart;
    rstep = field(r, r->step, r->bstep);
    if (PY2C_IS_NULL(rstep)) goto done;
    len = field(r, r->len, r->blen);
    if (PY2C_IS_NULL(len)) goto done;
    if (py2c_is_none(s->step)) step = py2c_int(1);
    else {
        step = slice_part(s->step);
        if (PY2C_IS_NULL(step)) goto done;
        if (py2c_int_sign(step) == 0) {
            (void)py2c_error_format(&py2c_exc_ValueError, "slice step cannot be zero");
            goto done;
        }
    }
    int neg = py2c_int_sign(step) < 0;
    Py2cValue lower = py2c_int(neg ? -1 : 0);
    upper = lop(PY2C_OP_ADD, len, lower);
    if (PY2C_IS_NULL(upper)) goto done;
    if (py2c_is_none(s->start)) {
        start = neg ? upper : lower;
        py2c_incref(start);
    } else {
        start = slice_part(s->start);
        if (PY2C_IS_NULL(start) || adjust_index(&start, len, lower, upper) < 0) goto done;
    }
    if (py2c_is_none(s->stop)) {
        stop = neg ? lower : upper;
        py2c_incref(stop);
    } else {
        stop = slice_part(s->stop);
        if (PY2C_IS_NULL(stop) || adjust_index(&stop, len, lower, upper) < 0) goto done;
    }
    a = add_mul(rstart, start, rstep);
    if (PY2C_IS_NULL(a)) goto done;
    b = add_mul(rstart, stop, rstep);
    if (PY2C_IS_NULL(b)) goto done;
    c = lop(PY2C_OP_MUL, step, rstep);
    if (PY2C_IS_NULL(c)) goto done;
    res = range_from_values(a, b, c);
done:
    py2c_decref(rstart);
    py2c_decref(rstep);
    py2c_decref(len);
    py2c_decref(start);
    py2c_decref(stop);
    py2c_decref(step);
    py2c_decref(upper);
    py2c_decref(a);
    py2c_decref(b);
    py2c_decref(c);
    return res;
}

static int small_part(Py2cValue v) { return py2c_is_none(v) || py2c_is_small_int(v) || py2c_is_bool(v); }

static Py2cValue range_slice(Py2cRange *r, Py2cValue key) {
    Py2cSlice *s = (Py2cSlice *)py2c_obj_ptr(key);
    if (!r->big && small_part(s->start) && small_part(s->stop) && small_part(s->step)) {
        int64_t start, stop, step, n, a, b, c;
        if (py2c__slice_resolve(key, r->len, &start, &stop, &step, &n) < 0) return PY2C_NULL;
        if (!__builtin_mul_overflow(start, r->step, &a) && !__builtin_add_overflow(a, r->start, &a) &&
            !__builtin_mul_overflow(stop, r->step, &b) && !__builtin_add_overflow(b, r->start, &b) &&
            !__builtin_mul_overflow(step, r->step, &c))
            return py2c_range_new(a, b, c);
    }
    return big_slice(r, s);
}

static Py2cValue range_getitem(Py2cValue self, Py2cValue key) {
    Py2cRange *r = range_ptr(self);
    if (py2c__is_slice(key)) return range_slice(r, key);
    if (!has_index(key))
        return py2c_error_format(&py2c_exc_TypeError, "range indices must be integers or slices, not %s",
                                 py2c_type_name(key));
    if (!r->big) {
        int64_t i;
        if (py2c__as_index(key, PY2C_INDEX_CLAMP, &i) < 0) return PY2C_NULL;
        if (i < 0 && i != INT64_MIN) i += r->len;
        if (i < 0 || i >= r->len) return py2c_error_format(&py2c_exc_IndexError, "range object index out of range");
        return int_value(fast_item(r, i));
    }
    Py2cValue i = py2c_number_index(key), t, res = PY2C_NULL;
    if (PY2C_IS_NULL(i)) return i;
    if (py2c_int_sign(i) < 0) {
        t = lop(PY2C_OP_ADD, i, r->blen);
        py2c_decref(i);
        if (PY2C_IS_NULL(t)) return t;
        i = t;
    }
    if (py2c_int_sign(i) < 0 || py2c__long_compare(i, r->blen) >= 0)
        (void)py2c_error_format(&py2c_exc_IndexError, "range object index out of range");
    else
        res = add_mul(r->bstart, i, r->bstep);
    py2c_decref(i);
    return res;
}

/* --- searching --- */

/* The position of the int v in a fast range, or -1. */
static int64_t int_position(const Py2cRange *r, int64_t v) {
    if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return -1;
    uint64_t d = r->step > 0 ? (uint64_t)v - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)v;
    uint64_t st = r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step;
    if (d % st != 0) return -1;
    return (int64_t)(d / st);
}

/* Whether the int v is in a big range: 1 (with *pos its position when pos
 * is not NULL), 0, or -1 on error. */
static int big_position(const Py2cRange *r, Py2cValue v, Py2cValue *pos) {
    int in = py2c_int_sign(r->bstep) > 0
                 ? py2c__long_compare(r->bstart, v) <= 0 && py2c__long_compare(v, r->bstop) < 0
                 : py2c__long_compare(r->bstop, v) < 0 && py2c__long_compare(v, r->bstart) <= 0;
    if (!in) return 0;
    Py2cValue d = lop(PY2C_OP_SUB, v, r->bstart), q = PY2C_NULL, m = PY2C_NULL;
    if (PY2C_IS_NULL(d)) return -1;
    int rc = py2c__long_divmod(d, r->bstep, pos ? &q : NULL, &m);
    py2c_decref(d);
    if (rc < 0) return -1;
    int found = py2c_int_sign(m) == 0;
    py2c_decref(m);
    if (pos && found) *pos = q;
    else py2c_decref(q);
    return found;
}

/* Searches an int: 1 found (*pos its position when pos is not NULL), 0 not
 * found, -1 error; 2 when v is not an int. */
static int int_search(const Py2cRange *r, Py2cValue v, Py2cValue *pos) {
    int64_t iv;
    int kind = exact_int(v, &iv);
    if (kind == 0) return 2;
    if (r->big) return big_position(r, py2c_is_bool(v) ? py2c_int(iv) : v, pos);
    int64_t p = kind == 1 ? int_position(r, iv) : -1;
    if (p < 0) return 0;
    if (pos) {
        *pos = int_value(p);
        if (PY2C_IS_NULL(*pos)) return -1;
    }
    return 1;
}

/* Linear search with identity then == for values that are not ints (CPython
 * does the same): the position (or with count_all the count) in *out; 1
 * found, 0 not, -1 on error. */
static int generic_search(Py2cValue self, Py2cValue v, int count_all, int64_t *out) {
    Py2cValue it = py2c_iter(self);
    if (PY2C_IS_NULL(it)) return -1;
    int64_t i = 0, count = 0;
    int rc = 0;
    for (;; i++) {
        Py2cValue x = py2c_iter_next(it);
        if (PY2C_IS_NULL(x)) {
            if (py2c_error_occurred()) rc = -1;
            break;
        }
        int eq = py2c__keys_equal(x, v);
        py2c_decref(x);
        if (eq < 0) {
            rc = -1;
            break;
        }
        if (eq) {
            count++;
            if (!count_all) {
                rc = 1;
                break;
            }
        }
    }
    py2c_decref(it);
    if (rc >= 0) *out = count_all ? count : i;
    return rc;
}

static int range_contains(Py2cValue self, Py2cValue v) {
    int rc = int_search(range_ptr(self), v, NULL);
    if (rc != 2) return rc;
    int64_t p;
    return generic_search(self, v, 0, &p);
}

static Py2cValue m_count(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_onearg("range.count", nargs, kwnames) < 0) return PY2C_NULL;
    int64_t c;
    int rc = int_search(range_ptr(self), args[0], NULL);
    if (rc == 2) rc = generic_search(self, args[0], 1, &c) < 0 ? -1 : 3;
    if (rc < 0) return PY2C_NULL;
    return rc == 3 ? py2c_int_from_int64(c) : py2c_int(rc);
}

static Py2cValue m_index(Py2cValue self, const Py2cValue *args, size_t nargs, Py2cValue kwnames) {
    if (py2c__check_onearg("range.index", nargs, kwnames) < 0) return PY2C_NULL;
    Py2cValue pos = PY2C_NULL;
    int64_t p;
    int rc = int_search(range_ptr(self), args[0], &pos);
    if (rc == 2) {
        rc = generic_search(self, args[0], 0, &p);
        if (rc > 0) return py2c_int_from_int64(p);
    }
    if (rc < 0) return PY2C_NULL;
    if (rc > 0) return pos;
    Py2cValue s = py2c_repr(args[0]);
    if (PY2C_IS_NULL(s)) return s;
    (void)py2c_error_format(&py2c_exc_ValueError, "%s is not in range", py2c__as_str(s)->data);
    py2c_decref(s);
    return PY2C_NULL;
}

/* --- comparison, hashing --- */

/* len, start and step of r as int values: 0, or -1 (nothing to release). */
static int range_values(const Py2cRange *r, Py2cValue out[3]) {
    out[0] = field(r, r->len, r->blen);
    out[1] = field(r, r->start, r->bstart);
    out[2] = field(r, r->step, r->bstep);
    if (!PY2C_IS_NULL(out[0]) && !PY2C_IS_NULL(out[1]) && !PY2C_IS_NULL(out[2])) return 0;
    for (int i = 0; i < 3; i++) py2c_decref(out[i]);
    return -1;
}

static void release3(Py2cValue v[3]) {
    for (int i = 0; i < 3; i++) py2c_decref(v[i]);
}

/* Ranges are equal when they are the same sequence. */
static Py2cValue range_richcompare(Py2cValue a, Py2cValue b, Py2cCompareOp op) {
    if (!py2c_is_range(a) || !py2c_is_range(b) || (op != PY2C_EQ && op != PY2C_NE)) return PY2C_NOT_IMPLEMENTED;
    Py2cRange *x = range_ptr(a), *y = range_ptr(b);
    int eq;
    if (!x->big && !y->big) {
        if (x->len != y->len) eq = 0;
        else if (x->len == 0) eq = 1;
        else if (x->start != y->start) eq = 0;
        else if (x->len == 1) eq = 1;
        else eq = x->step == y->step;
    } else {
        Py2cValue u[3], v[3];
        if (range_values(x, u) < 0) return PY2C_NULL;
        if (range_values(y, v) < 0) {
            release3(u);
            return PY2C_NULL;
        }
        if (py2c__long_compare(u[0], v[0]) != 0) eq = 0;
        else if (py2c_int_sign(u[0]) == 0) eq = 1;
        else if (py2c__long_compare(u[1], v[1]) != 0) eq = 0;
        else if (py2c__long_compare(u[0], py2c_int(1)) == 0) eq = 1;
        else eq = py2c__long_compare(u[2], v[2]) == 0;
        release3(u);
        release3(v);
    }
    return py2c_bool(op == PY2C_EQ ? eq : !eq);
}

/* hash((len, start, step)) with None for parts that do not matter. */
static Py2cHash range_hash(Py2cValue self) {
    Py2cValue parts[3];
    if (range_values(range_ptr(self), parts) < 0) return -1;
    int n = py2c_int_sign(parts[0]) == 0 ? 0 : py2c__long_compare(parts[0], py2c_int(1)) == 0 ? 1 : 2;
    if (n < 2) {
        py2c_decref(parts[2]);
        parts[2] = PY2C_NONE;
    }
    if (n < 1) {
        py2c_decref(parts[1]);
        parts[1] = PY2C_NONE;
    }
    Py2cValue t = py2c_tuple_pack(3, parts);
    release3(parts);
    if (PY2C_IS_NULL(t)) return -1;
    Py2cHash h = py2c_hash(t);
    py2c_decref(t);
    return h;
}

static int range_is_true(Py2cValue self) {
    Py2cRange *r = range_ptr(self);
    return r->big ? py2c_int_sign(r->blen) != 0 : r->len != 0;
}

static Py2cValue get_start(Py2cValue self) { return field(range_ptr(self), range_ptr(self)->start, range_ptr(self)->bstart); }
static Py2cValue get_stop(Py2cValue self) { return field(range_ptr(self), range_ptr(self)->stop, range_ptr(self)->bstop); }
static Py2cValue get_step(Py2cValue self) { return field(range_ptr(self), range_ptr(self)->step, range_ptr(self)->bstep); }

/* --- range_iterator (64 bits) and longrange_iterator (int values) --- */
typedef struct RangeIter {
    Py2cObject ob;
    int64_t next, step, left;
} RangeIter;

typedef struct LongRangeIter {
    Py2cObject ob;
    Py2cValue next, step, left; /* owned ints */
} LongRangeIter;

static Py2cValue rangeiter_new(int64_t start, int64_t step, int64_t len) {
    RangeIter *it = (RangeIter *)py2c__object_new(&py2c_range_iterator_type, sizeof(RangeIter));
    if (!it) return PY2C_NULL;
    it->next = start;
    it->step = step;
    it->left = len;
    return py2c_obj_value(&it->ob);
}

/* Takes the three references (also on failure). */
static Py2cValue longrangeiter_new(Py2cValue start, Py2cValue step, Py2cValue len) {
    LongRangeIter *it = NULL;
    if (!PY2C_IS_NULL(start) && !PY2C_IS_NULL(step) && !PY2C_IS_NULL(len))
        it = (LongRangeIter *)py2c__object_new(&py2c_longrange_iterator_type, sizeof(LongRangeIter));
    if (!it) {
        py2c_decref(start);
        py2c_decref(step);
        py2c_decref(len);
        return PY2C_NULL;
    }
    it->next = start;
    it->step = step;
    it->left = len;
    return py2c_obj_value(&it->ob);
}

static Py2cValue range_iter(Py2cValue self) {
    Py2cRange *r = range_ptr(self);
    if (!r->big) return rangeiter_new(r->start, r->step, r->len);
    py2c_incref(r->bstart);
    py2c_incref(r->bstep);
    py2c_incref(r->blen);
    return longrangeiter_new(r->bstart, r->bstep, r->blen);
}

Py2cValue py2c__range_reversed(Py2cValue self) {
    Py2cRange *r = range_ptr(self);
    if (!r->big && r->step != INT64_MIN) {
        if (r->len == 0) return rangeiter_new(r->start, 1, 0);
        return rangeiter_new(fast_item(r, r->len - 1), -r->step, r->len);
    }
    Py2cValue v[3];
    if (range_values(r, v) < 0) return PY2C_NULL;
    Py2cValue last = PY2C_NULL, neg = py2c__long_neg(v[2]);
    Py2cValue n1 = lop(PY2C_OP_SUB, v[0], py2c_int(1));
    if (!PY2C_IS_NULL(n1)) last = add_mul(v[1], n1, v[2]);
    py2c_decref(n1);
    py2c_incref(v[0]);
    Py2cValue it = longrangeiter_new(last, neg, v[0]);
    release3(v);
    return it;
}

static Py2cValue rangeiter_next(Py2cValue self) {
    RangeIter *it = (RangeIter *)py2c_obj_ptr(self);
    if (it->left <= 0) return PY2C_NULL;
    int64_t v = it->next;
    it->left--;
    it->next += it->left ? it->step : 0;
    return int_value(v);
}

static Py2cValue longrangeiter_next(Py2cValue self) {
    LongRangeIter *it = (LongRangeIter *)py2c_obj_ptr(self);
    if (py2c_int_sign(it->left) <= 0) return PY2C_NULL;
    Py2cValue left = lop(PY2C_OP_SUB, it->left, py2c_int(1));
    if (PY2C_IS_NULL(left)) return left;
    Py2cValue next = lop(PY2C_OP_ADD, it->next, it->step);
    if (PY2C_IS_NULL(next)) {
        py2c_decref(left);
        return next;
    }
    Py2cValue v = it->next;
    py2c_decref(it->left);
    it->left = left;
    it->next = next;
    return v;
}

static void longrangeiter_dealloc(Py2cObject *o) {
    LongRangeIter *it = (LongRangeIter *)o;
    py2c_decref(it->next);
    py2c_decref(it->step);
    py2c_decref(it->left);
    free(it);
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
    .dealloc = range_dealloc,
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

const Py2cType py2c_longrange_iterator_type = {
    .ob = PY2C_STATIC_HEADER(&py2c_type_type),
    .name = "longrange_iterator",
    .base = &py2c_object_type,
    .basicsize = sizeof(LongRangeIter),
    .dealloc = longrangeiter_dealloc,
    .iter = iter_self,
    .iternext = longrangeiter_next,
};
